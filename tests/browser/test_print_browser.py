"""Print, read from real PDFs: the static report and a dashboard page printed by Chromium (page.pdf) on A4 and US Letter
in both languages, then read back with poppler's pdftotext. Each PDF is made once and read by every test."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest

from airwars import citation, data, layout, report, story, tables
from airwars.i18n import Locale
from airwars.text import strip_isolates
from tests.browser.pdf_text import RUNS, flatten, found_on, longest_run, outside, pages
from tools.browser import REPORT_DRAWN, wait_drawn

LANGS = ("ar", "en")
FORMATS = ("A4", "Letter")
PRINTS = [(kind, lang, fmt) for kind in ("report", "page") for lang in LANGS for fmt in FORMATS]
PAGE_PATH = "strikes"  # the dashboard page printed: a chart, its source lines, method notes, the citation


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("print")
    return {lang: report.export(folder / f"report-{lang}.html", lang=lang) for lang in LANGS}


def open_drawn(browser, url: str, query: str = ""):
    """A new 1366×768 page at url (the report's file, or a dashboard page with query), once all of it is drawn: every
    chart of the report, or the page's language, chart, last element and fonts (wait_drawn)."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    if url.startswith("file:"):
        page.goto(url)
        page.wait_for_function(REPORT_DRAWN, timeout=60_000)
    else:
        page.goto(url + query)
        wait_drawn(page, 1, query)
    return page


@pytest.fixture(scope="module")
def printed(browser, server, reports, tmp_path_factory):
    """PDF of (kind, lang, format), printed the first time it is asked for."""
    folder, made = tmp_path_factory.mktemp("pdf"), {}

    def pdf(kind: str, lang: str, fmt: str) -> Path:
        """kind: "report", "page" (PAGE_PATH) or another page's key."""
        if (kind, lang, fmt) not in made:
            query = "?lang=en" if lang == "en" else ""
            url = reports[lang].as_uri() if kind == "report" else f"{server}/{PAGE_PATH if kind == 'page' else kind}"
            page = open_drawn(browser, url, query)
            made[(kind, lang, fmt)] = folder / f"{kind}-{lang}-{fmt}.pdf"
            page.pdf(path=made[(kind, lang, fmt)], format=fmt)
            page.close()
        return made[(kind, lang, fmt)]

    return pdf


def chart_texts(kind: str, lang: str) -> list[tuple[str, list[str]]]:
    """Each printed chart's first title line, and the text under it (its source lines and description), as the renderers
    make them."""
    ds = data.load(data.DEFAULT_DATA_DIR)
    built, loc = tables.build_tables(ds), Locale(lang)
    keys = [page.key for page in layout.PAGES if page.report] if kind == "report" else [kind.replace("page", PAGE_PATH)]
    texts = []
    for key in keys:
        for block in layout.PAGE_BY_KEY[key].blocks:
            if block.kind == "chart":
                content = story.block_content(block, ds, built, loc, False, story.facts(ds, built, loc))
                title = content["chart"].build(content["data"], loc, "", 1).layout.title.text
                first = html.unescape(strip_isolates(re.sub(r"<[^>]+>", "", title.split("<br>")[0])))
                texts.append((first, [*content["sources"], content["description"]]))
    return texts


def title_on(sheets: list, title: str) -> list[int]:
    """The pages on which every stretch of a title in one script appears (a title may end in words found everywhere:
    «الفارق عن قرب: أرقام المقال»)."""
    parts = [part for part in RUNS.findall(title) if len(flatten(part)) >= 4]
    return sorted(set.intersection(*(set(found_on(sheets, part)) for part in parts)))


@pytest.mark.parametrize("kind, lang, fmt", PRINTS)
def test_nothing_cut_and_each_chart_on_one_page(printed, kind, lang, fmt):
    sheets = pages(printed(kind, lang, fmt))
    size = {"A4": (595.9, 842.9), "Letter": (612.0, 792.0)}[fmt]
    assert all(abs(p.width - size[0]) < 1 and abs(p.height - size[1]) < 1 for p in sheets)
    assert len(sheets) >= 2 and all(p.words for p in sheets)
    for number, sheet in enumerate(sheets, 1):
        assert outside(sheet) == [], f"page {number}: words past the edge"
        # Page numbers in the bottom margin: "3 / 12" (12 / 3 once an Arabic line is read back left to right).
        foot = {w.text for w in sheet.words if w.y0 > sheet.height - 16 / 25.4 * 72}
        assert {str(number), str(len(sheets))} <= foot, (number, foot)
    for title, under in chart_texts(kind, lang):
        on = title_on(sheets, title)
        assert len(on) == 1, (title, on)
        # The source lines and the description under the chart print on the chart's page.
        for text in under:
            assert on[0] in found_on(sheets, text), (title, text)


@pytest.mark.parametrize("lang, fmt", [(lang, fmt) for lang in LANGS for fmt in FORMATS])
def test_the_report_ends_on_more_than_a_lone_line(printed, lang, fmt):
    """The last sheet holds the report's colophon with the dates, the licences and the citation's last lines (the date
    it was read): the Arabic report printed on A4 once ended on a sheet holding its colophon alone."""
    loc = Locale(lang)
    sheets = pages(printed("report", lang, fmt))
    last = len(sheets) - 1
    ending = [
        loc.t("report.generated"),
        citation.fill(loc, "cite.accessed", date=citation.plain_date(loc, date.today())),
    ]
    for text in ending + citation.licence_lines(loc) + citation.dates_lines(data.load(data.DEFAULT_DATA_DIR), loc):
        assert last in found_on(sheets, text), (text, len(sheets))


def filled(sheet) -> float:
    """How far down a sheet its text reaches, as a share of the height inside print.css's margins (page number aside)."""
    top, bottom = 14 / 25.4 * 72, sheet.height - 16 / 25.4 * 72
    return (max((w.y1 for w in sheet.words if w.y1 < bottom), default=top) - top) / (bottom - top)


@pytest.mark.parametrize("lang, fmt", [(lang, fmt) for lang in LANGS for fmt in FORMATS])
def test_a_chart_too_tall_for_the_rest_of_a_sheet_leaves_it_no_blank(printed, lang, fmt):
    """The US share page's chart does not fit under its title and intro: it goes to the next sheet, and the text after it
    fills the first one (it held only the title and intro, 0.3 of its height), its source lines and description with it."""
    sheets = pages(printed("us_share", lang, fmt))
    assert filled(sheets[0]) > 0.8, [round(filled(sheet), 2) for sheet in sheets]
    for title, under in chart_texts("us_share", lang):
        on = title_on(sheets, title)
        # The first letters of each: a Latin title in an Arabic source line reads back in two pieces where it wraps.
        assert len(on) == 1 and all(on[0] in found_on(sheets, text, 20) for text in under), (title, on)


@pytest.mark.parametrize("lang, fmt", [(lang, fmt) for lang in LANGS for fmt in FORMATS])
def test_a_page_ends_with_its_whole_citation(printed, lang, fmt):
    """A dashboard page's last sheet holds its citation's heading as well as the link to the licences under it (the US
    share page on Letter ended on a sheet holding that link alone)."""
    loc = Locale(lang)
    sheets = pages(printed("us_share", lang, fmt))
    link = loc.t("cite.licence_link", page=loc.t("nav.sources"))
    assert len(sheets) - 1 in found_on(sheets, link) and len(sheets) - 1 in found_on(sheets, loc.t("cite.heading"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_page_says_what_when_and_how_recent(printed, lang):
    loc = Locale(lang)
    for kind in ("report", "page"):
        first = pages(printed(kind, lang, "A4"))
        title = loc.t("app.title") if kind == "report" else loc.t(f"title.{PAGE_PATH}")
        for line in (title, loc.t("app.period"), loc.t("cite.data_as_of", article_date="", airwars_date="")):
            assert 0 in found_on(first, line), (kind, line)


@pytest.mark.parametrize("lang", LANGS)
def test_no_sidebar_toolbar_or_button_on_paper(printed, browser, server, reports, lang):
    loc = Locale(lang)
    sheets = pages(printed("page", lang, "A4"))
    # The sidebar's language switch and report button, the tabs and the downloads menu: on screen only.
    for label in (loc.t("report.download"), loc.t("download.menu"), loc.t("present.toggle"), "Language"):
        assert found_on(sheets, label) == [], label
    query = "?lang=en" if lang == "en" else ""
    for url in (reports[lang].as_uri(), f"{server}/{PAGE_PATH}"):
        page = open_drawn(browser, url, query)  # all of it: a button drawn after the check would go unchecked
        # and a chart's toolbar there on screen, for the check to hide on paper
        page.wait_for_function(
            "() => document.querySelectorAll('.js-plotly-plot .modebar').length >= 1", timeout=30_000
        )
        page.emulate_media(media="print")
        shown = page.evaluate("""() => [...document.querySelectorAll('.modebar, button, [data-testid=stSidebar]')]
            .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden').map(e => e.className)""")
        assert shown == [], (url, shown)
        page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_printed_links_carry_their_address(printed, browser, reports, lang):
    """A link whose text is not its address (a publisher's name) prints the address after it; a bare address once."""
    page = browser.new_page()
    page.goto(reports[lang].as_uri())
    # The text as a reader selects and copies it: innerText leaves out the blocks the report lays out only near the
    # window (content-visibility), which a reader still finds, selects and copies.
    shown = page.evaluate(
        "() => { const s = getSelection(); s.selectAllChildren(document.body); return s.toString(); }"
    )
    links = page.evaluate(
        "() => [...document.querySelectorAll('a[href^=http]')].map(a => [a.href, a.classList.contains('aw-bare')])"
    )
    page.close()
    text = "".join(p.flat for p in pages(printed("report", lang, "A4")))
    # Addresses short enough to print on one line (a long one wraps, and then reads back in pieces).
    short = {url for url, bare in links if len(url) <= 40 and not bare}
    assert short, "no short address behind a named link in the report"
    for url in short:
        assert text.count(url) == shown.count(url) + sum(1 for u, bare in links if u == url and not bare), url


# Only the tables' own text on paper, laid out as printed: the rest of the page hidden (visibility keeps its place), and
# the addresses in cells too, which may break anywhere.
TABLE_ONLY_CSS = (
    "body * { visibility: hidden !important; } .aw-table, .aw-table * { visibility: visible !important; }"
    " .aw-table a, .aw-table a * { visibility: hidden !important; }"
)
TABLE_TEXT = """() => [...document.querySelectorAll('.aw-table')].flatMap(t => {
  const texts = [], walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (!walker.currentNode.parentElement.closest('a')) texts.push(walker.currentNode);
  return texts;
})"""
# The words of the tables' cells (addresses aside) whose letters lie on more than one line, laid out for paper. A slash
# or a hyphen parts two words (the month's two names, «أغسطس/آب»; «1st-30th»): a line may end after it.
SPLIT_WORDS = """() => (__TEXT__)().flatMap(node => [...node.textContent.matchAll(/[^\\s\\/-]+/g)].filter(m => {
  const range = document.createRange();
  range.setStart(node, m.index);
  range.setEnd(node, m.index + m[0].length);
  const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => r.bottom);
  return tops.some(top => Math.abs(top - tops[0]) > 4);
}).map(m => m[0]))""".replace("__TEXT__", TABLE_TEXT)
A4_WIDTH = round((210 - 2 * 13) / 25.4 * 96)  # CSS px between the left and right margins of print.css's @page


@pytest.mark.parametrize("lang", LANGS)
def test_table_words_print_whole(browser, reports, tmp_path, lang):
    """A table's words print whole on A4 (a column as narrow as a letter split «Tot/al», «المجمو/ع»): no word's letters on
    two lines in the layout for paper, and every Latin word pdftotext reads off the printed tables is one of their words
    (pdftotext splits Arabic words where their glyphs are spaced, so the Arabic ones are read in the layout)."""
    page = open_drawn(browser, reports[lang].as_uri())
    text = page.evaluate(f"() => ({TABLE_TEXT})().map(node => node.textContent)")
    page.add_style_tag(content=TABLE_ONLY_CSS)
    page.pdf(path=tmp_path / "tables.pdf", format="A4")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_WIDTH, "height": 1000})
    split_in_layout = page.evaluate(SPLIT_WORDS)
    page.close()
    assert split_in_layout == [], f"words split across lines in a printed table: {split_in_layout}"
    known = {word for cell in text for word in re.findall(r"[A-Za-z]+", cell)}
    assert len(known) > 10, "the report's tables were not found"
    words = [w.text for sheet in pages(tmp_path / "tables.pdf") for w in sheet.words]
    printed = {word for piece in words for word in re.findall(r"[A-Za-z]+", piece)}
    assert sorted(printed - known) == [], "words split across lines in a printed table"


# Each table's last row, as the report's HTML has it: the text of its cell with the longest stretch in one script.
LAST_ROWS = """() => [...document.querySelectorAll('.aw-table tbody tr:last-child')].map(row =>
  [...row.querySelectorAll('td')].map(td => td.textContent))"""


@pytest.mark.parametrize("lang", LANGS)
def test_every_table_prints_its_rows(printed, browser, reports, lang):
    """The tables below the first view are laid out on screen only near the window (content-visibility): on paper each
    prints whole, down to its last row (a table printed without its rows is how Chromium once got this wrong)."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(reports[lang].as_uri())
    rows = page.evaluate(LAST_ROWS)
    page.close()
    sheets = pages(printed("report", lang, "A4"))
    assert len(rows) >= 8
    for cells in rows:
        cell = max(cells, key=lambda text: len(longest_run(text)))
        assert found_on(sheets, cell, 8), cell
