"""Presenter mode and downloads in Chromium: one screen per step, no chrome, files that open."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from airwars import layout, story
from airwars.i18n import Locale
from tests.browser.pdf_text import found_on, pages
from tests.browser.test_browser import open_page
from tools.browser import SCRIPT_DONE, wait_drawn

# The sizes a room needs, as shares of the screen's height: the smallest text of the page and of the chart, the chart's
# ticks, labels and legend, and the titles (the step's and the chart's).
SIZES = """() => {
  const size = e => parseFloat(e.style?.fontSize || getComputedStyle(e).fontSize);
  const shown = e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden' && e.textContent.trim();
  const html = [];
  const walker = document.createTreeWalker(document.querySelector('[data-testid=stMain]'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const e = walker.currentNode.parentElement;
    if (walker.currentNode.textContent.trim() && !e.closest('svg') && shown(e)) html.push(size(e));
  }
  const svg = sel => [...document.querySelectorAll(`.js-plotly-plot ${sel}`)].filter(shown).map(size);
  const min = list => list.length ? Math.min(...list) : null;
  return {
    height: innerHeight, html_min: min(html), chart_min: min(svg('.main-svg text')),
    labels_min: min([...svg('.xtick text'), ...svg('.ytick text'), ...svg('.legendtext'), ...svg('.g-ytitle text')]),
    titles_min: min([size(document.querySelector('h1')), ...svg('.gtitle')]),
  };
}"""

FITS = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const hidden = sel => [...document.querySelectorAll(sel)].every(e => !e.getClientRects().length);
  const chart = document.querySelector('.js-plotly-plot');
  const box = chart ? chart.getBoundingClientRect() : null;
  const title = document.querySelector('h1').getBoundingClientRect();
  const below = [...document.querySelectorAll('.aw-card, .aw-chart, .aw-scroll')]
    .map(e => e.getBoundingClientRect().top);
  const sources = [...document.querySelectorAll('.aw-source')].map(e => e.getBoundingClientRect());
  return {
    scrolls: main.scrollHeight > main.clientHeight + 1 || document.scrollingElement.scrollHeight > innerHeight + 1,
    // The sidebar folded off the screen; of the header only the button that unfolds it (the deck is in the sidebar).
    chrome_hidden: [...document.querySelectorAll('[data-testid=stSidebar]')].every(e => !e.getClientRects().length
        || getComputedStyle(e).visibility === 'hidden' || e.getBoundingClientRect().right <= 0
        || e.getBoundingClientRect().left >= innerWidth)
      && [...document.querySelectorAll('[data-testid=stHeader] button')].filter(b => b.getClientRects().length)
        .map(b => b.dataset.testid).join() === 'stExpandSidebarButton',
    chart_inside: box ? box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth : null,
    chart_share: box ? box.height / innerHeight : null,
    title_gap: below.length ? Math.min(...below) - title.bottom : null,
    sources_inside: sources.length > 0 && sources.every(r => r.bottom <= innerHeight && r.top >= 0),
    source_lines: sources.length,
    controls_inside: [...document.querySelectorAll('[data-testid=stMain] button')].filter(b => b.getClientRects().length)
      .every(b => b.getBoundingClientRect().bottom <= innerHeight),
    ...(__SIZES__)(),
    // Text cut: a line of the page or of a chart (the note under the plot, a label) past the screen or past a box that
    // clips its overflow (the step's column, the chart's box, the chart's SVG).
    clipped: (() => {
      const cut = [];
      const clips = e => e !== document.body && e !== document.documentElement
        && ['overflowX', 'overflowY'].some(k => getComputedStyle(e)[k] !== 'visible');
      // Each line's em box, not its content area: Noto Sans Arabic's ascent and descent reach far past its glyphs.
      const em = (r, e) => {
        const size = parseFloat(getComputedStyle(e).fontSize), mid = (r.top + r.bottom) / 2;
        return { left: r.left, right: r.right, width: r.width, height: r.height, top: mid - size / 2, bottom: mid + size / 2 };
      };
      const check = (lines, e, text) => {
        const rects = [...lines].map(r => em(r, e));
        const boxes = [{ left: 0, top: 0, right: innerWidth, bottom: innerHeight }];
        for (let a = e.parentElement; a; a = a.parentElement) if (clips(a)) boxes.push(a.getBoundingClientRect());
        const out = [...rects].some(r => r.width && r.height && boxes.some(b => r.left < b.left - 1
          || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1));
        if (out) cut.push(text.trim().slice(0, 60));
      };
      const walker = document.createTreeWalker(document.querySelector('[data-testid=stMain]'), NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode, e = node.parentElement;
        if (!node.textContent.trim() || e.closest('svg') || !e.getClientRects().length
            || getComputedStyle(e).visibility === 'hidden') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        check(range.getClientRects(), e, node.textContent);
      }
      for (const e of document.querySelectorAll('.js-plotly-plot .main-svg text')) {
        if (e.textContent.trim() && e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
          check(e.getClientRects(), e, e.textContent);
      }
      return cut;
    })(),
    // The plot itself, not only its box: the room left between the title, the ticks and the notes.
    plot_share: (() => {
      const plot = document.querySelector('.js-plotly-plot .nsewdrag');
      return plot ? plot.getBoundingClientRect().height / innerHeight : null;
    })(),
    cards_bottom: Math.max(...[...document.querySelectorAll('.aw-card')].map(c => c.getBoundingClientRect().bottom)),
    card_value: Math.min(...[...document.querySelectorAll('.aw-card-value')].map(v => parseFloat(getComputedStyle(v).fontSize))),
    cards_whole: [...document.querySelectorAll('.aw-card p')].every(p => {
      const card = p.closest('.aw-card').getBoundingClientRect(), r = p.getBoundingClientRect();
      return r.left >= card.left - 1 && r.right <= card.right + 1;
    }),
  };
}""".replace("__SIZES__", SIZES)


@pytest.mark.parametrize(
    "path, charts", [("", 0), ("strikes", 1), ("us_share", 1), ("casualties", 1), ("context", 1), ("sources", 0)]
)
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["laptop", "projector"])
@pytest.mark.parametrize("query", ["?present=1", "?present=1&lang=en"], ids=["ar", "en"])
def test_presenter_view_fills_one_screen(browser, server, path, charts, size, query):
    visit = open_page(browser, server, path, charts, query, size)
    visit.page.wait_for_function(CHARTS_FIT_THEIR_BOXES, timeout=30_000)
    state = visit.js(FITS)
    visit.page.context.close()
    assert state["chrome_hidden"]
    assert not state["scrolls"], "one view per screen, no scrolling"
    assert state["controls_inside"] and state["sources_inside"], "the buttons and the source lines on the screen"
    assert state["chart_inside"] in (True, None)
    # The chart grows with the screen: at least half of a laptop's height and of a projector's.
    assert state["chart_share"] is None or state["chart_share"] >= 0.5
    assert state["clipped"] == [], "no text cut at the screen's edge or by the box it sits in"
    assert state["plot_share"] is None or state["plot_share"] >= 0.3, "the plot keeps a readable height"
    assert state["title_gap"] is None or state["title_gap"] >= 8, "the title does not touch what follows it"
    height = state["height"]
    assert state["html_min"] >= height / 54, "no text under 1/54 of the screen's height"
    assert state["chart_min"] is None or state["chart_min"] >= height / 54
    assert state["labels_min"] is None or state["labels_min"] >= height / 45, "ticks, labels and legend at 1/45 or more"
    assert state["titles_min"] >= height / 25, "titles at 1/25 of the height or more"
    assert state["cards_whole"], "each headline card shows its whole label and value"
    if path == "":  # the headline step, a deck's opening: the cards take the screen (they ended at half of it)
        assert state["cards_bottom"] >= 0.75 * height and state["card_value"] >= height / 18, state
    if path == "sources":  # the last step lists the reports the monthly step leaves out of its corner
        assert state["source_lines"] > story.PRESENT_SOURCE_LINES
    else:
        assert state["source_lines"] <= story.PRESENT_SOURCE_LINES, "a few source lines a step, each legible"
    assert visit.errors == []


def wait_for_step(page, path: str) -> None:
    """The single-page app changes its address without a page load: wait for the address itself."""
    page.wait_for_function(
        "p => location.pathname.endsWith('/' + p) && location.search.includes('present=1')", arg=path, timeout=30_000
    )
    wait_drawn(page, 0, "?present=1")
    expect(page.locator("h1")).to_have_text(Locale("ar").t(f"title.{path}"))


# Each chart as tall as its box: a box that shrinks once the lines below it are drawn resizes its chart a moment later
# (plotly.js waits 100 ms), and the view is measured after.
CHARTS_FIT_THEIR_BOXES = """() => [...document.querySelectorAll('.aw-chart')].every(box => {
  const svg = box.querySelector('.main-svg');
  return svg && Math.abs(svg.getBoundingClientRect().height - box.clientHeight) <= 2; })"""
IDLE_HIDDEN = """() => { const c = document.querySelector('.st-key-present-controls');
  return !!c && getComputedStyle(c).visibility === 'hidden' && getComputedStyle(c).opacity === '0'; }"""
# Back: visible, and under way in their fade in (a half-second transition that starts at opacity 0).
SHOWN = """() => { const c = document.querySelector('.st-key-present-controls');
  return !!c && getComputedStyle(c).visibility === 'visible' && parseFloat(getComputedStyle(c).opacity) > 0; }"""


def test_presenter_steps_with_buttons_and_arrow_keys(browser, server):
    visit = open_page(browser, server, "strikes", 1, "?present=1")
    page = visit.page
    page.get_by_role("button", name=Locale("ar").t("present.next")).click()
    wait_for_step(page, "us_share")
    page.wait_for_function("() => document.querySelector('h1')?.innerText.includes('حصة الولايات المتحدة')")
    page.mouse.click(10, 10)
    page.keyboard.press("ArrowLeft")  # in Arabic the next step lies to the left
    wait_for_step(page, "casualties")
    page.keyboard.press("ArrowRight")
    wait_for_step(page, "us_share")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !location.search.includes('present')")
    page.wait_for_selector("[data-testid=stSidebar]", state="visible")
    visit.page.context.close()


def test_the_deck_from_the_sidebar_in_presenter_mode(browser, server, tmp_path):
    """Presenting, the sidebar starts folded; its button unfolds it, and it offers the deck: the 16:9 PDF, one page per
    step of the story, each with its step's title."""
    loc = Locale("en")
    visit = open_page(browser, server, "us_share", 1, "?present=1&lang=en")
    page = visit.page
    unfold = page.get_by_role("button", name=loc.t("shell.expand_sidebar"))
    assert unfold.get_attribute("aria-expanded") == "false"
    unfold.click()
    deck_button = page.locator("[data-testid=stSidebar]").get_by_role("button", name=loc.t("present.deck"))
    expect(deck_button).to_be_in_viewport()
    with page.expect_download(timeout=120_000) as download:
        deck_button.click()
    assert download.value.suggested_filename == "airwars-deck-en.pdf"
    saved = tmp_path / "deck.pdf"
    download.value.save_as(saved)
    sheets = pages(saved)
    assert len(sheets) == len(layout.STORY)
    assert all(abs(p.width / p.height - 16 / 9) < 0.01 for p in sheets)
    for number, key in enumerate(layout.STORY):
        assert number in found_on(sheets, loc.t(f"title.{key}")), key
    assert visit.errors == []
    page.context.close()


def test_csv_download_opens_in_a_spreadsheet(browser, server):
    visit = open_page(browser, server, "strikes", 1)
    visit.page.get_by_role("button", name=Locale("ar").t("download.menu"), exact=True).first.click()
    with visit.page.expect_download() as download:
        visit.page.get_by_role("button", name=Locale("ar").t("common.download_csv")).click()
    content = open(download.value.path(), "rb").read()
    assert download.value.suggested_filename == "airwars-strikes-by-country-ar.csv"
    assert content.startswith(b"\xef\xbb\xbf")
    assert "البلد,الضربات".encode() in content and "سوريا,2494,تقريبي (نحو)".encode() in content
    visit.page.context.close()


def test_png_download_from_plotly_button(browser, server):
    visit = open_page(browser, server, "us_share", 1)
    visit.page.hover(".js-plotly-plot")
    with visit.page.expect_download() as download:
        visit.page.click(
            ".js-plotly-plot .modebar-btn[data-title*='png'], .js-plotly-plot .modebar-btn[data-title*='PNG']"
        )
    assert download.value.suggested_filename == "airwars-us-share.png"
    content = open(download.value.path(), "rb").read()
    assert content.startswith(b"\x89PNG")
    width, height = int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
    assert (width, height) == (1600, 900), "800×450 drawn at twice the size: slide-sized text"
    visit.page.context.close()
    # The same slide as the downloads menu's, in the same font: the title's ink where the server's image has it.
    from io import BytesIO

    from PIL import Image

    from airwars import data, slides, tables
    from airwars.layout import CHARTS
    from tests.test_slides import _ink

    if not slides.images_available():
        return
    dataset, loc, spec = data.load(data.DEFAULT_DATA_DIR), Locale("ar"), CHARTS["us_share"]
    fig = spec.build(tables.build_tables(dataset)[spec.table], loc, "", 1)
    served = slides.chart_image(
        slides.slide_figure(fig, loc, story.chart_sources(dataset, spec, loc), loc.t(spec.note))
    )
    band = (0, 0, 1600, slides.TITLE_TOP + round(slides.SLIDE_TITLE_SIZE * 1.2))
    mine, theirs = (_ink(Image.open(BytesIO(png)), band) for png in (content, served))
    assert mine and theirs and all(abs(a - b) <= 3 for a, b in zip(mine, theirs, strict=True)), (mine, theirs)


def test_slide_image_from_the_downloads(browser, server):
    """The strikes page's PNG for a slide: 1600×900, drawn on click with the sources inside."""
    visit = open_page(browser, server, "strikes", 1)
    visit.page.get_by_role("button", name=Locale("ar").t("download.menu"), exact=True).first.click()
    with visit.page.expect_download(timeout=60_000) as download:
        visit.page.get_by_role("button", name=Locale("ar").t("download.image_png")).click()
    content = open(download.value.path(), "rb").read()
    assert download.value.suggested_filename == "airwars-strike-distribution-ar.png"
    assert content.startswith(b"\x89PNG")
    assert (int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")) == (1600, 900)
    visit.page.context.close()


def test_presenter_controls_fade_when_idle_and_come_back(browser, server):
    """Controls gone after a short idle (a test delay, waited on as a condition) and back on a mouse move or a key."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    # The delay is read at each wake: long while the test looks at the controls, short when it waits for the fade
    # (a short delay from the start could fade them before a loaded machine has found them).
    context.add_init_script("window.airwarsIdleMs = 600000")
    page = context.new_page()
    page.goto(f"{server}/strikes?present=1")
    page.wait_for_function(SCRIPT_DONE, timeout=60_000)
    next_button = page.get_by_role("button", name=Locale("ar").t("present.next"))
    next_button.wait_for(state="visible", timeout=30_000)

    def idle_after(ms: int) -> None:
        page.evaluate(f"window.airwarsIdleMs = {ms}")

    idle_after(300)
    page.mouse.move(300, 300)
    page.wait_for_function(IDLE_HIDDEN, timeout=10_000)
    assert not next_button.is_visible()
    idle_after(600000)
    page.mouse.move(320, 310)
    page.wait_for_function(SHOWN, timeout=10_000)
    idle_after(300)
    page.mouse.move(300, 300)
    page.wait_for_function(IDLE_HIDDEN, timeout=10_000)
    idle_after(600000)
    page.keyboard.press("Shift")
    page.wait_for_function(SHOWN, timeout=10_000)
    # One arrow a button: the key cap Streamlit draws for the shortcut, no icon beside it.
    icons = page.evaluate(
        "() => document.querySelectorAll('.st-key-present-controls [data-testid=stIconEmoji]').length"
    )
    assert icons == 0
    context.close()
