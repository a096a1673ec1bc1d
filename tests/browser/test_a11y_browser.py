"""axe-core (bundled by axe-playwright-python, offline) on every page in both languages: no violation at any impact level."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.test_browser import PAGES, open_page

ALL_PAGES = [*PAGES, ("finder", "finder", 0)]


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


# Whether the element the keyboard has reached is one of the sidebar's page links, and how its focus ring is drawn.
FOCUSED_LINK = """() => { const e = document.activeElement;
  return {link: !!e?.matches('.st-key-aw-nav a'), visible: !!e?.matches(':focus-visible'),
          ring: !!e?.matches('.st-key-aw-nav a') && getComputedStyle(e).outlineStyle !== 'none'}; }"""


def keyboard_focus_ring(page) -> dict:
    """Tab from the top of the page to the sidebar's first page link, as a keyboard reader does; how its ring is drawn.

    A focus() from a script is shown with a ring only when the browser's heuristic for :focus-visible says so, which
    a previous focus can change: the keyboard is the reader's way, and always shows it. The sidebar's links are drawn
    in a tree of their own, which may come a frame after the page's last element: wait for them first.
    """
    page.locator(".st-key-aw-nav a").first.wait_for()
    for _ in range(12):  # the skip link and the sidebar's button come first
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_LINK)["link"]:
            break
    try:  # the page's styles are redrawn with the page: the condition, not one frame of it
        page.wait_for_function(f"() => ({FOCUSED_LINK})().ring", timeout=10_000)
    except PlaywrightTimeout:
        pass
    return page.evaluate(FOCUSED_LINK)


@pytest.mark.parametrize("query", ["", "?lang=en"], ids=["ar", "en"])
@pytest.mark.parametrize("path, key, charts", ALL_PAGES, ids=[p[1] for p in ALL_PAGES])
def test_no_accessibility_violation(browser, server, axe, path, key, charts, query):
    visit = open_page(browser, server, path, charts, query)
    results = axe.run(visit.page)
    focus = keyboard_focus_ring(visit.page)
    charts_described = visit.js("""() => [...document.querySelectorAll('.aw-chart')]
                                       .map(c => c.matches('[role=figure]') && c.getAttribute('aria-label').length > 20)""")
    visit.page.context.close()
    # Every impact level, minor included (the finder's drop zone was a labelled, focusable role=presentation).
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in results.response["violations"]]
    assert violations == []
    assert focus["ring"], f"a visible focus ring on the sidebar's page links: {focus}"
    assert charts_described == [True] * charts, "every chart is a figure with its description"
