"""Every page on phones, tablets, laptops and projectors, in both languages: nothing off screen, nothing colliding."""

from __future__ import annotations

import contextlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from airwars.i18n import Locale
from tests.browser.test_browser import PAGES, open_page

SIZES = {"phone": (390, 844), "tablet": (768, 1024), "laptop": (1366, 768), "desktop": (1920, 1080)}
LANGS = {"ar": "", "en": "?lang=en"}

STATE = """() => {
  const sidebar = document.querySelector('[data-testid=stSidebar]');
  const collapsed = sidebar && sidebar.dataset.collapsed === 'true';
  // What of the folded sidebar a reader could see: any visible box of it that lies on the screen.
  const sidebarOnScreen = collapsed && [...sidebar.querySelectorAll('*')].some(e => {
    const r = e.getBoundingClientRect();
    return getComputedStyle(e).visibility !== 'hidden' && r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth;
  });
  const charts = [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
    const box = plot.getBoundingClientRect();
    const texts = [...plot.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getClientRects().length)
      .map(t => { const r = t.getBoundingClientRect(); return {text: t.textContent.slice(0, 30), l: r.left, r: r.right, t: r.top, b: r.bottom}; });
    return {left: box.left, right: box.right, texts};
  });
  const main = document.querySelector('[data-testid=stMain]');
  return {
    lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title,
    sideways: document.scrollingElement.scrollWidth > innerWidth + 1 || main.scrollWidth > main.clientWidth + 1,
    collapsed, sidebarOnScreen, charts, width: innerWidth,
    cards: document.querySelectorAll('.aw-card').length,
    cardsWhole: [...document.querySelectorAll('.aw-card p')].every(p => {
      const card = p.closest('.aw-card').getBoundingClientRect(), r = p.getBoundingClientRect();
      return r.left >= card.left - 1 && r.right <= card.right + 1;
    }),
  };
}"""


def overlaps(texts: list[dict], slack: float = 2) -> list[tuple[str, str]]:
    """Pairs of text boxes in one chart that cover each other by more than slack pixels each way."""
    found = []
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if min(a["r"], b["r"]) - max(a["l"], b["l"]) > slack and min(a["b"], b["b"]) - max(a["t"], b["t"]) > slack:
                found.append((a["text"], b["text"]))
    return found


@pytest.fixture(scope="module")
def titles() -> dict:
    return {}


@pytest.mark.parametrize("lang", list(LANGS))
@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("path, key, charts", PAGES, ids=[p[1] for p in PAGES])
def test_page_fits_the_screen(browser, server, titles, path, key, charts, size, lang):
    visit = open_page(browser, server, path, charts, LANGS[lang], SIZES[size])
    if size in ("phone", "tablet"):
        # Streamlit folds the sidebar with a slide: wait for the fold to end (a condition, bounded), then measure.
        with contextlib.suppress(PlaywrightTimeoutError):
            visit.page.wait_for_function(
                f"() => {{ const s = ({STATE})(); return s.collapsed && !s.sidebarOnScreen; }}", timeout=15_000
            )
    state = visit.js(STATE)
    visit.page.context.close()
    loc = Locale(lang)
    assert (state["lang"], state["dir"]) == (lang, loc.labels["meta.dir"])
    assert loc.t(f"nav.{key}") in state["title"]
    assert titles.setdefault((lang, state["title"]), key) == key, "every page has its own tab title"
    assert not state["sideways"], "no sideways scroll"
    assert state["cards"] == (6 if key == "overview" else 0)
    assert state["cardsWhole"], "each headline card shows its whole label, value and caption"
    if size in ("phone", "tablet"):
        assert state["collapsed"] and not state["sidebarOnScreen"], "the folded sidebar leaves nothing on screen"
    for chart in state["charts"]:
        assert chart["left"] >= -1 and chart["right"] <= state["width"] + 1
        for text in chart["texts"]:
            assert text["l"] >= chart["left"] - 1 and text["r"] <= chart["right"] + 1, text
        assert overlaps(chart["texts"]) == []


MENU_LABELS = """() => [...document.querySelectorAll('[data-testid=stPopoverBody] button')].filter(b => b.getClientRects().length)
  .map(b => { const label = b.querySelector('[data-testid=stMarkdownContainer]') || b;
              return {text: label.textContent, scroll: label.scrollWidth, client: label.clientWidth}; })"""


@pytest.mark.parametrize("lang", list(LANGS))
@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_download_menu_labels_are_whole(browser, server, lang, size):
    visit = open_page(browser, server, "strikes", 1, LANGS[lang], SIZES[size])
    visit.page.get_by_role("button", name=Locale(lang).t("download.menu"), exact=True).first.click()
    visit.page.wait_for_selector("[data-testid=stPopoverBody] button", timeout=30_000)
    labels = visit.js(MENU_LABELS)
    visit.page.context.close()
    assert len(labels) >= 2
    cut = [label["text"] for label in labels if label["scroll"] > label["client"]]
    assert cut == [], "no label cut in the download menu (scrollWidth ≤ clientWidth)"


TABLE_CARDS = """() => [...document.querySelectorAll('.aw-table')].filter(t => t.getClientRects().length).map(table => {
  const box = table.closest('.aw-scroll'), cells = [...table.querySelectorAll('td')];
  return {
    sideways: box.scrollWidth > box.clientWidth + 1,
    labelled: cells.every(td => getComputedStyle(td, '::before').content.includes(td.dataset.label)),
    inside: cells.every(td => td.getBoundingClientRect().right <= innerWidth + 1 && td.getBoundingClientRect().left >= -1),
    cells: cells.length,
  };
})"""


@pytest.mark.parametrize("lang", list(LANGS))
@pytest.mark.parametrize("path", ["sources", "context"])
def test_tables_on_a_phone_are_cards_of_label_and_value(browser, server, lang, path):
    visit = open_page(browser, server, path, 0 if path == "sources" else 1, LANGS[lang], SIZES["phone"])
    tables = visit.js(TABLE_CARDS)
    visit.page.context.close()
    assert tables and all(t["cells"] for t in tables)
    for table in tables:
        assert not table["sideways"], "no table scrolls sideways on a phone"
        assert table["labelled"] and table["inside"], "each value beside its column's label, on the screen"


MAIN_MENU = """() => { const r = document.querySelector('[data-testid=stMainMenu]').getBoundingClientRect();
  return {left: r.left, right: r.right, width: innerWidth}; }"""


@pytest.mark.parametrize("lang", list(LANGS))
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_main_menu_sits_at_the_headers_far_end(browser, server, lang, size):
    """The "⋮" menu in the header's far corner, the left in Arabic as the right in English (mirrored), not mid-header."""
    visit = open_page(browser, server, "strikes", 1, LANGS[lang], SIZES[size])
    menu = visit.js(MAIN_MENU)
    visit.page.context.close()
    gap = menu["left"] if lang == "ar" else menu["width"] - menu["right"]
    assert 0 <= gap <= 24, menu


TICK_LINES = """() => [...document.querySelectorAll('.aw-chart .xaxislayer-above .xtick text')]
  .map(t => Math.max(1, t.querySelectorAll('tspan.line').length))"""


@pytest.mark.parametrize("lang", list(LANGS))
def test_category_labels_rewrap_at_the_drawn_width(browser, server, lang):
    """The deaths chart's category labels (three lines on a phone) take at most two lines at 1920 px: ui/chart.js wraps
    them at the width each category is drawn at, not at the phone's count."""
    lines = {}
    for size in ("phone", "desktop"):
        visit = open_page(browser, server, "casualties", 1, LANGS[lang], SIZES[size])
        lines[size] = visit.js(TICK_LINES)
        visit.page.context.close()
    assert lines["desktop"] and max(lines["desktop"]) <= 2, lines
    assert max(lines["phone"]) >= max(lines["desktop"]), lines
