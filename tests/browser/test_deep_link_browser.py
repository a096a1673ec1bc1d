"""A fresh server's first load: never Streamlit's file-name menu, and a deep link as the first request gets the shell.

Until st.navigation has run once in the process, Streamlit treats pages/ as its old multipage folder and runs the
requested file on its own, with a menu of the files' names in English. .streamlit/config.toml hides that menu
(client.showSidebarNavigation = false), and every page draws the shell itself (ui/shell.start), so whichever way
Streamlit runs a page it looks the same. Each case starts its own server: the first request must be the one tested.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from airwars.i18n import Locale
from airwars.layout import PAGES
from tools.browser import serve, wait_drawn

# From the first paint, on every DOM change and every frame: what the sidebar's menus show.
SAMPLER = """window.__menus = [];
const sample = () => {
  const own = document.querySelector('[data-testid=stSidebarNav]');
  const links = [...document.querySelectorAll('[data-testid=stSidebar] a')].map(a => a.textContent.trim());
  window.__menus.push({streamlit: own ? own.innerText : null, links});
};
new MutationObserver(sample).observe(document, {subtree: true, childList: true, characterData: true});
const frame = () => { sample(); requestAnimationFrame(frame); };
requestAnimationFrame(frame);"""
FILE_NAMES = {"dashboard", "overview", "strikes", "us share", "casualties", "context", "sources", "finder"}


@pytest.mark.parametrize(
    "path, query", [("", ""), ("strikes", "?lang=en"), ("casualties", "")], ids=["home", "deep-link-en", "deep-link-ar"]
)
def test_first_load_of_a_fresh_server(browser, path, query):
    lang = "en" if "lang=en" in query else "ar"
    key = path or PAGES[0].key
    with serve() as running:
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        context.add_init_script(SAMPLER)
        page = context.new_page()
        page.goto(f"{running.url}/{path}{query}")
        wait_drawn(page, 0 if key in ("overview", "sources") else 1, query)
        expect(page.locator("h1")).to_have_text(Locale(lang).t(f"title.{key}"))
        menus = page.evaluate("() => window.__menus")
        expect(page.locator(".st-key-aw-nav a")).to_have_count(len(PAGES))  # the sidebar's tree may come a frame later
        nav = page.locator(".st-key-aw-nav a").all_inner_texts()
        context.close()
    assert len(menus) > 10, "the sidebar was sampled from the first paint on"
    assert all(sample["streamlit"] is None for sample in menus), "Streamlit's own page menu never appeared"
    seen = {link.lower().replace("_", " ") for sample in menus for link in sample["links"]}
    if lang == "ar":
        assert not seen & FILE_NAMES, f"file names in the sidebar at some moment: {seen & FILE_NAMES}"
    assert [n.strip() for n in nav] == [Locale(lang).t(f"nav.{p.key}") for p in PAGES], "our own menu, in order"
