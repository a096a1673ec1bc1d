"""axe-core (bundled by axe-playwright-python, offline) on every page in both languages: no violation at any impact level."""

from __future__ import annotations

import pytest

from tests.browser.test_browser import PAGES, open_page

ALL_PAGES = [*PAGES, ("finder", "finder", 0)]


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("query", ["", "?lang=en"], ids=["ar", "en"])
@pytest.mark.parametrize("path, key, charts", ALL_PAGES, ids=[p[1] for p in ALL_PAGES])
def test_no_accessibility_violation(browser, server, axe, path, key, charts, query):
    visit = open_page(browser, server, path, charts, query)
    results = axe.run(visit.page)
    # The sidebar's links are drawn in a tree of their own, which may come a frame after the page's last element.
    visit.page.locator(".st-key-aw-nav a").first.wait_for()
    focus = visit.js("""() => { const link = document.querySelector('.st-key-aw-nav a'); link.focus();
                               return getComputedStyle(link).outlineStyle; }""")
    charts_described = visit.js("""() => [...document.querySelectorAll('.aw-chart')]
                                       .map(c => c.matches('[role=figure]') && c.getAttribute('aria-label').length > 20)""")
    visit.page.context.close()
    # Every impact level, minor included (the finder's drop zone was a labelled, focusable role=presentation).
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in results.response["violations"]]
    assert violations == []
    assert focus != "none", "a visible focus ring on the sidebar's page links"
    assert charts_described == [True] * charts, "every chart is a figure with its description"
