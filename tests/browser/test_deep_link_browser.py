"""A deep link as the very first request after the server starts still gets the shell (sidebar, language, styles).

Streamlit treats pages/ as its old multipage folder until st.navigation has run once in the process; ui/shell.py
switches that off through an internal (PagesManager). If a Streamlit upgrade breaks it, this test fails.
"""

from __future__ import annotations

from airwars.i18n import Locale
from tools.browser import serve

SCRIPT_DONE = "() => document.querySelector('[data-testid=stApp]')?.dataset.testScriptState === 'notRunning'"


def test_deep_link_first(browser):
    with serve() as running:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(f"{running.url}/strikes?lang=en")
        page.wait_for_selector("h1", timeout=60_000)
        page.wait_for_function(SCRIPT_DONE, timeout=60_000)
        assert page.inner_text("h1").strip() == Locale("en").t("title.strikes")
        nav = page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()
        assert Locale("en").t("nav.overview") in [n.strip() for n in nav]
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
        assert page.locator(".aw-chart").count() == 1
        page.close()
