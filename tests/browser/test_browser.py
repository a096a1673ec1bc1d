"""Every page in a real Chromium: right to left, charts drawn, bundled font, offline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest

from airwars.i18n import Locale
from tools.browser import SCRIPT_DONE, wait_drawn

# (url path, title key, charts on the page)
PAGES = [
    ("", "overview", 0),
    ("strikes", "strikes", 1),
    ("us_share", "us_share", 1),
    ("casualties", "casualties", 1),
    ("context", "context", 2),
    ("sources", "sources", 0),
]
SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Streamlit's frontend probes for its base path on a deep link (/strikes/_stcore/health): expected 404s.
BASE_PATH_PROBE = re.compile(r"/[^/]+/_stcore/(health|host-config)$")

__all__ = ["PAGES", "SCRIPT_DONE", "open_page"]


@dataclass
class Visit:
    """A page opened in Chromium, with what it asked for and what it complained about."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, script: str, *args):
        return self.page.evaluate(script, *args)


def open_page(browser, server: str, path: str, charts: int, query: str = "", size=(1366, 768)) -> Visit:
    """Open a page and wait until it is drawn: its title, its charts, its last element and its fonts (wait_drawn)."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    # Presenting, the controls fade after 3 s without input, and a faded button has no role to find: a loaded machine
    # can take longer than that to draw a page. Here they stay; the test of the fade sets its own delay.
    context.add_init_script("window.airwarsIdleMs = 600000")
    page = context.new_page()
    visit = Visit(page)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on(
        "response",
        lambda r: (
            r.status >= 400
            and not BASE_PATH_PROBE.search(urlparse(r.url).path)
            and visit.errors.append(f"HTTP {r.status} {r.url}")
        ),
    )
    page.on(
        "console",
        lambda m: m.type == "error" and "Failed to load resource" not in m.text and visit.errors.append(m.text),
    )
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.goto(f"{server}/{path}{query}")
    wait_drawn(page, charts, query)
    return visit


@pytest.fixture(scope="module", params=PAGES, ids=[p[1] for p in PAGES])
def arabic_page(request, browser, server):
    path, key, charts = request.param
    visit = open_page(browser, server, path, charts)
    yield visit, key, charts
    visit.page.context.close()


def test_page_loads_cleanly(arabic_page):
    visit, key, _ = arabic_page
    assert visit.page.query_selector_all("[data-testid=stException]") == []
    assert visit.errors == []
    assert visit.page.inner_text("h1").strip() == Locale("ar").t(f"title.{key}")


def test_charts_are_drawn(arabic_page):
    visit, _, charts = arabic_page
    drawn = visit.js(
        "() => [...document.querySelectorAll('.js-plotly-plot .main-svg')].map(s => s.getBoundingClientRect().height)"
    )
    assert len(drawn) >= charts
    assert all(height > 100 for height in drawn[:charts])


def test_main_area_and_sidebar_read_right_to_left(arabic_page):
    visit, _, _ = arabic_page
    for selector in ("[data-testid=stMain]", "[data-testid=stSidebar]", ".stApp"):
        assert visit.js(f"() => getComputedStyle(document.querySelector('{selector}')).direction") == "rtl", selector


TITLE_EDGES = """() => {
  const title = document.querySelector('h1');
  const range = document.createRange();
  range.selectNodeContents(title);
  const text = range.getBoundingClientRect();
  const column = title.closest('[data-testid=stMainBlockContainer]');
  const box = column.getBoundingClientRect();
  const style = getComputedStyle(column);
  return {textLeft: text.left, textRight: text.right,
          left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight)};
}"""


def test_title_text_ends_at_the_right_edge(arabic_page):
    visit, _, _ = arabic_page
    edges = visit.js(TITLE_EDGES)
    assert abs(edges["textRight"] - edges["right"]) <= 2, edges
    assert edges["textLeft"] - edges["left"] > 2 or edges["textRight"] - edges["textLeft"] > 0.6 * (
        edges["right"] - edges["left"]
    )


def test_bundled_font_is_in_use(arabic_page):
    visit, _, _ = arabic_page
    loaded = visit.js(
        "() => [...document.fonts].filter(f => f.family.replace(/\"/g, '') === 'Noto Sans Arabic' && f.status === 'loaded').length"
    )
    assert loaded >= 1
    assert "Noto Sans Arabic" in visit.js("() => getComputedStyle(document.querySelector('h1')).fontFamily")
    arabic_subset = visit.js(
        "() => [...document.fonts].some(f => f.status === 'loaded' && f.unicodeRange.includes('U+600-6FF'))"
    )
    assert arabic_subset, "the Arabic subset of the bundled font is loaded"
    assert any("/app/static/fonts/noto-sans-arabic-arabic-" in url for url in visit.requests)


def test_nothing_leaves_the_machine(arabic_page):
    visit, _, _ = arabic_page
    hosts = {urlparse(url).hostname for url in visit.requests if urlparse(url).scheme in ("http", "https", "ws", "wss")}
    assert hosts <= LOCAL_HOSTS, hosts - LOCAL_HOSTS


CHAR_X = """([needle, first, second]) => {
  const walker = document.createTreeWalker(document.querySelector('[data-testid=stMain]'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const at = node.data.indexOf(needle);
    if (at < 0 || !node.parentElement.getClientRects().length) continue;
    const x = offset => { const r = document.createRange(); r.setStart(node, at + offset); r.setEnd(node, at + offset + 1);
                          return r.getBoundingClientRect().left; };
    return [x(first), x(second)];
  }
  return null;
}"""


def test_percent_reads_after_its_number(browser, server):
    visit = open_page(browser, server, "us_share", 1)
    first, percent = visit.js(CHAR_X, ["70%", 0, 2])
    assert first < percent, "70% must not read as %70"
    visit.page.context.close()


def test_negative_value_keeps_its_sign(browser, server):
    """A negative percentage formatted by the app, in an Arabic paragraph of the page, reads -2%, not 2%-."""
    visit = open_page(browser, server, "strikes", 1)
    sentence = f"تغيّرت الحصة بمقدار {Locale('ar').pct(-2)} خلال العام"
    visit.js(
        """text => { const p = document.createElement('p'); p.textContent = text;
                     document.querySelector('[data-testid=stMain] [data-testid=stMarkdownContainer]').appendChild(p); }""",
        sentence,
    )
    minus, two = visit.js(CHAR_X, ["-2%", 0, 1])
    assert minus < two
    visit.page.context.close()


def test_formula_reads_left_to_right(browser, server):
    visit = open_page(browser, server, "sources", 0)
    total, minus = visit.js(CHAR_X, ["7058 − 4564", 0, 5])
    iraq_at = visit.js(CHAR_X, ["7058 − 4564", 5, 7])[1]
    assert total < minus < iraq_at
    visit.page.context.close()


SVG_CHAR_X = """([needle, first, second]) => {
  for (const text of document.querySelectorAll('.js-plotly-plot text')) {
    const at = text.textContent.indexOf(needle);
    if (at < 0) continue;
    return [text.getStartPositionOfChar(at + first).x, text.getStartPositionOfChar(at + second).x];
  }
  return null;
}"""


def test_chart_labels_keep_numbers_whole(browser, server):
    visit = open_page(browser, server, "strikes", 1)
    six, percent = visit.js(SVG_CHAR_X, ["65%", 0, 2])
    assert six < percent
    visit.page.context.close()


def test_english_reads_left_to_right(browser, server):
    visit = open_page(browser, server, "strikes", 1, "?lang=en")
    assert visit.js("() => getComputedStyle(document.querySelector('[data-testid=stMain]')).direction") == "ltr"
    assert visit.page.inner_text("h1").strip() == Locale("en").t("title.strikes")
    edges = visit.js(TITLE_EDGES)
    assert abs(edges["textLeft"] - edges["left"]) <= 2, edges
    visit.page.context.close()


def test_language_survives_page_navigation(browser, server):
    visit = open_page(browser, server, "strikes", 1, "?lang=en&digits=arabic")
    visit.page.click(".st-key-aw-nav a[href*='casualties']")
    title = Locale("en", "arabic").t("title.casualties")
    visit.page.wait_for_function("t => document.querySelector('h1')?.innerText.trim() === t", arg=title)
    visit.page.wait_for_function("() => location.search.includes('lang=en')")
    assert "digits=arabic" in visit.page.url
    visit.page.context.close()


def test_screenshot(browser, server, artifacts):
    """A smoke test of the screenshots: one page, one size (`make bench` takes every page at two sizes)."""
    visit = open_page(browser, server, "strikes", 1, size=SIZES["1366x768"])
    visit.page.screenshot(path=str(artifacts / "strikes-1366x768.png"))
    visit.page.context.close()
    assert (artifacts / "strikes-1366x768.png").read_bytes().startswith(b"\x89PNG")
