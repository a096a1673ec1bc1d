"""Draws the pages that airwars/layout.py describes, with Streamlit: one function per kind of block."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Literal

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from airwars import charts, data, deck, downloads, drawing, layout, markup, report, slides, story, tables
from airwars import citation as cite
from airwars.i18n import Locale
from ui import shell
from ui.shell import link_to, presenting

# The chart element: ui/chart.js draws a figure with plotly.js basic from static/vendor/ (what the report inlines), not
# Streamlit's full plotly.js; in the page's own DOM (no shadow root), so the page's styles (ui/*.css) and plotly's reach it.
# What every renderer does to a drawn figure (drawing.FIGURE_JS: tighten) comes first, shared with the export.
CHART = st.components.v2.component(
    "airwars.chart",
    js=drawing.FIGURE_JS + "\n" + (Path(__file__).parent / "chart.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


# Presenter mode's controls fade after this long without a mouse move or a key (ui/present.js).
PRESENTER = st.components.v2.component(
    "airwars.presenter", js=(Path(__file__).parent / "present.js").read_text(encoding="utf-8")
)
IDLE_MS = 3000


def show_chart(
    fig: go.Figure, name: str, description: str, present: bool, slide: go.Figure | None = None, slide_label: str = ""
) -> None:
    """A figure as the chart element draws it: its own height when reading, the screen's share when presenting.

    Presenting, the figure's text is sized for a screen charts.PRESENT_HEIGHT high; ui/chart.js scales it to the screen's.
    slide is what the chart's camera button saves (slides.slide_figure: the sources inside), under slide_label.
    """
    CHART(
        data={
            "figure": fig.to_json(),
            "config": slides.plotly_config(name, present),
            "label": description,
            "screen_height": charts.PRESENT_HEIGHT if present else None,
            "slide": slide.to_json() if slide is not None else None,
            "slide_label": slide_label,
        },
        key=f"chart-{name}",
        height="stretch" if present else "content",
    )


@dataclass(frozen=True)
class Loaded:
    """What the data files gave: the dataset and its tables, or the problems found."""

    dataset: data.Dataset | None
    tables: dict[str, pd.DataFrame]
    problems: list[data.Problem]


@dataclass(frozen=True)
class PageData:
    """What a page needs to draw its blocks."""

    key: str
    loc: Locale
    dataset: data.Dataset
    tables: dict[str, pd.DataFrame]
    facts: dict[str, str]
    present: bool
    directory: str
    file_stamp: tuple


def data_dir() -> str:
    """The data folder: data/ unless AIRWARS_DATA_DIR names another (tests use this)."""
    return os.environ.get("AIRWARS_DATA_DIR", str(data.DEFAULT_DATA_DIR))


def stamp(directory: str) -> tuple:
    """A hash of each data file's content, so every edit reaches the cache (one that keeps size and time too).

    Read within the loader's size limit, and only from regular files: a named pipe must not block the page.
    """
    return tuple((name, _digest(Path(directory) / name)) for name in data.DATA_FILES)


def _digest(path: Path) -> str:
    """The SHA-256 of a regular file's bytes (up to the size limit, plus one), or why there is none."""
    try:
        if not path.is_file():
            return "not a file"
        with path.open("rb") as stream:
            return (
                hashlib.file_digest(stream, "sha256").hexdigest()
                if path.stat().st_size <= data.MAX_FILE_BYTES
                else "too large"
            )
    except OSError as error:
        return f"unreadable: {error.errno}"


@st.cache_data(show_spinner=False, max_entries=8)
def load(directory: str, file_stamp: tuple) -> Loaded:
    """Read, check and tabulate the data once per version of the files."""
    try:
        dataset = data.load(directory)
    except data.DataError as error:
        return Loaded(None, {}, error.problems)
    return Loaded(dataset, tables.build_tables(dataset), [])


@st.cache_data(show_spinner=False, max_entries=64)
def chart(name: str, directory: str, file_stamp: tuple, lang: str, digits: str, present: bool) -> go.Figure:
    """Build one chart once per data version, language, digits and mode; its source line is drawn under it, not in it.

    When presenting, the figure has no height of its own: the chart fills what the screen leaves (ui/present.css).
    """
    spec = layout.CHARTS[name]
    scale = charts.PRESENT_SCALE if present else 1
    return spec.build(load(directory, file_stamp).tables[spec.table], Locale(lang, digits), "", scale)


@st.cache_data(show_spinner=False, max_entries=4)
def deck_pdf(directory: str, file_stamp: tuple, lang: str, digits: str) -> bytes:
    """The presenter's deck (airwars/deck.py), made on click, once per data version, language and digits; empty when it
    cannot be made here (the button says so beforehand when there is no Chromium)."""
    loaded = load(directory, file_stamp)
    if loaded.dataset is None:
        return b""
    try:
        return deck.pdf(loaded.dataset, loaded.tables, Locale(lang, digits))
    except deck.DeckError:
        return b""


@st.cache_data(show_spinner=False, max_entries=8)
def report_html(directory: str, file_stamp: tuple, lang: str, digits: str) -> bytes:
    """The static report, built once per data version, language and digits."""
    loaded = load(directory, file_stamp)
    assert loaded.dataset is not None, "pages ask for the report only once the data loaded"
    return report.render(loaded.dataset, loaded.tables, Locale(lang, digits)).encode("utf-8")


def show_table(frame: pd.DataFrame) -> None:
    """A table as escaped HTML from the shared template: light for the browser, scrolls inside its own box."""
    st.html(markup.table(frame))


def heading(text: str, loc: Locale, level: int = 1) -> None:
    """A heading aligned with the reading direction."""
    align: Literal["left", "right"] = "right" if loc.rtl else "left"
    if level == 1:
        st.title(text, anchor=False, text_alignment=align)
    else:
        st.header(text, anchor=False, text_alignment=align, divider=False)


def start(key: str) -> PageData:
    """Load the data and draw the page's title and intro; stop with an error box when the data is bad."""
    loc = shell.start(key)
    directory = data_dir()
    file_stamp = stamp(directory)
    loaded = load(directory, file_stamp)
    if loaded.problems or loaded.dataset is None:
        show_problems(loaded.problems, loc)
        st.stop()
    assert loaded.dataset is not None  # st.stop() ends the run
    page = PageData(
        key,
        loc,
        loaded.dataset,
        loaded.tables,
        story.facts(loaded.dataset, loaded.tables, loc),
        presenting(),
        directory,
        file_stamp,
    )
    heading(loc.t(f"title.{key}"), loc)
    if not page.present:
        shell.caption(f"{loc.t('app.period')} · {loc.t('app.byline')}", loc, "byline")
        # On paper the first page's header also says how recent the data is (the screen has it under "Cite this page").
        with st.container(key="aw-print-only"):  # its class hides it on screen (airwars/styles/print.css)
            st.html(markup.paragraphs(cite.dates_lines(page.dataset, loc)[:1], "aw-print-only"))
        st.html(markup.paragraphs([story.fill(loc, f"intro.{key}", page.facts)]))  # its facts may carry data text
        sidebar_tools(page)
    else:
        with st.sidebar:
            deck_button(page)
    return page


def sidebar_tools(page: PageData) -> None:
    """The link to this view, the static report and the presenter's deck, in the sidebar."""
    loc = page.loc
    with st.sidebar:
        # In a popover, the code box (and its highlighter's script) loads only when asked for.
        with st.popover(loc.t("present.link_heading"), help=loc.t("present.link_help"), width="stretch"):
            with st.container(key="aw-link"):  # its class keeps the copy button shown (ui/layout.css)
                st.code(link_to(page.key), language=None, wrap_lines=True)
        st.download_button(
            loc.t("report.download"),
            lambda: report_html(page.directory, page.file_stamp, loc.lang, loc.digits),
            file_name=f"airwars-report-{loc.lang}.html",
            mime="text/html",
            help=loc.t("report.help"),
            key="report",
            on_click="ignore",
            width="stretch",
        )
        deck_button(page)


def deck_button(page: PageData) -> None:
    """The presenter's deck: one 16:9 page per step, for a room without the dashboard; made only when asked for."""
    loc, can_draw = page.loc, drawing.available()
    st.download_button(
        loc.t("present.deck"),
        lambda: deck_pdf(page.directory, page.file_stamp, loc.lang, loc.digits),
        file_name=f"airwars-deck-{loc.lang}.pdf",
        mime="application/pdf",
        key="deck",
        on_click="ignore",
        help=loc.t("present.deck_help" if can_draw else "present.deck_missing"),
        disabled=not can_draw,
        width="stretch",
    )


def show_problems(problems: list[data.Problem], loc: Locale) -> None:
    """The data problems in an alert, one line each, in the reader's language; data text stays text."""
    st.html(
        markup.problems(loc.t("error.heading"), [loc.problem(problem) for problem in problems], loc.t("error.hint"))
    )


def _exit_presenter() -> None:
    st.session_state["present"] = False


def presenter_controls(page: PageData) -> None:
    """Previous and next through the story (arrow keys too), the step number, and a way out; they fade when idle.

    One arrow a button: Streamlit draws each shortcut as a key cap (→, ←, Esc), so the buttons take no icon.
    """
    if not page.present:
        return
    loc = page.loc
    step = layout.STORY.index(page.key)
    # Arrows follow the reading direction: in Arabic the next step lies to the left.
    back_key, forward_key = ("Right", "Left") if loc.rtl else ("Left", "Right")
    with st.container(key="present-controls"):
        PRESENTER(data={"idle_ms": IDLE_MS}, key="presenter")
        back, where, forward, leave = st.columns([2, 1, 2, 2], vertical_alignment="center")
        with back:
            if st.button(
                loc.t("present.previous"), key="present-back", disabled=step == 0, shortcut=back_key, width="stretch"
            ):
                st.switch_page(layout.PAGE_BY_KEY[layout.STORY[step - 1]].script)
        with where:
            st.markdown(
                loc.t("present.step", step=loc.num(step + 1), total=loc.num(len(layout.STORY))), text_alignment="center"
            )
        with forward:
            if st.button(
                loc.t("present.next"),
                key="present-next",
                disabled=step == len(layout.STORY) - 1,
                shortcut=forward_key,
                type="primary",
                width="stretch",
            ):
                st.switch_page(layout.PAGE_BY_KEY[layout.STORY[step + 1]].script)
        with leave:
            st.button(
                loc.t("present.exit"), key="present-exit", on_click=_exit_presenter, shortcut="Esc", width="stretch"
            )


def draw_cards(page: PageData, content: dict) -> None:
    """The headline numbers, each with its qualifier and who claims it: one escaped HTML piece, as in the report."""
    st.html(markup.cards(content["cards"]))


def draw_chart(page: PageData, content: dict) -> None:
    """A chart with its source line and description, and the table behind it with a download.

    The chart is drawn as its builder laid it out (fonts, greys at 4.5:1, sizes), with the report's plotly.js.
    """
    loc, spec = page.loc, content["chart"]
    fig = chart(spec.name, page.directory, page.file_stamp, loc.lang, loc.digits, page.present)
    if page.present:
        # "stretch": the figure takes its box's height, which ui/present.css ties to the screen's.
        show_chart(fig, spec.name, content["description"], present=True)
        st.html(markup.source_lines(content["sources"]))
        return
    # One box for the chart, its source lines and its description: on paper they print on one sheet (print.css).
    with st.container(key=f"figure-{spec.name}"):
        chart_tab, table_tab = st.tabs([loc.t("common.chart_tab"), loc.t("common.table_tab")])
        with chart_tab:
            slide = slides.slide_figure(fig, loc, content["sources"], loc.t(spec.note))
            label = loc.t("download.camera")
            show_chart(fig, spec.name, content["description"], present=False, slide=slide, slide_label=label)
        with table_tab:
            show_table(content["table"])
        st.html(markup.source_lines(content["sources"]))
        st.markdown(content["description"])
    # The downloads sit in a popover: its buttons are drawn only when it opens, which keeps the page light.
    with st.container(key=f"aw-downloads-{spec.name}"), st.popover(loc.t("download.menu"), icon=None):
        _downloads(page, content["data"], spec.table, key=f"chart-{spec.name}")
        if slides.images_available():
            _slide_images(page, fig, spec, content["sources"])


def _downloads(page: PageData, table: pd.DataFrame, table_name: str, key: str = "") -> None:
    """The table behind a block as CSV in the reader's language, and its companion: sources, citation, licence, dates.

    Both are made on click (a callable): a page load fetches neither. key tells the buttons apart when a chart and a
    table block on one page draw the same table (the gap chart and the cross-check).
    """
    key = key or table_name
    loc = page.loc
    # One button a line: side by side, the menu cut their labels («تنزيل الرسم للعرض (PN…»).
    with st.container():
        st.download_button(
            loc.t("common.download_csv"),
            lambda: downloads.csv_for(table_name, table, loc),
            file_name=downloads.file_name(table_name, loc),
            mime="text/csv",
            key=f"csv-{key}",
            on_click="ignore",
            width="stretch",
        )
        st.download_button(
            loc.t("download.about"),
            lambda: downloads.about_for(
                table_name, page.dataset, loc, url=cite.page_address(page.key, loc.lang, loc.digits)
            ),
            file_name=downloads.file_name(table_name, loc, "txt"),
            mime="text/plain",
            help=loc.t("download.about_help"),
            key=f"about-{key}",
            on_click="ignore",
            width="stretch",
        )


def _slide_image(fig: go.Figure, loc: Locale, sources: list[str], note: str, fmt: str) -> bytes:
    """One slide image, drawn when the reader asks for it (empty when the local Chromium cannot draw it)."""
    return slides.chart_image(slides.slide_figure(fig, loc, sources, note), fmt) or b""


def _slide_images(page: PageData, fig: go.Figure, spec: layout.Chart, sources: list[str]) -> None:
    """The chart at 1600×900 for a slide, with the source lines shown under it drawn inside, as PNG and SVG: made only
    when asked for."""
    loc = page.loc
    for fmt in slides.IMAGE_FORMATS:
        with st.container():
            st.download_button(
                loc.t(f"download.image_{fmt}"),
                partial(_slide_image, fig, loc, sources, loc.t(spec.note), fmt),
                file_name=f"airwars-{spec.name.replace('_', '-')}-{loc.lang}.{fmt}",
                mime="image/png" if fmt == "png" else "image/svg+xml",
                key=f"{fmt}-{spec.name}",
                on_click="ignore",
                width="stretch",
            )


def draw_table(page: PageData, content: dict) -> None:
    """A table from the tables, with its downloads."""
    show_table(content["table"])
    if content.get("sources"):
        st.html(markup.source_lines(content["sources"]))
    # The keyed container's class keeps the menu off paper (airwars/styles/print.css).
    with st.container(key=f"aw-downloads-table-{content['name']}"), st.popover(page.loc.t("download.menu"), icon=None):
        _downloads(page, content["data"], content["name"])


LICENCE_PAGE = "sources"  # the licences are written out once, on the sources page; the other pages link to it


def cite_this(page: PageData) -> None:
    """How to cite this page, the dates of the data, and the licences (as text: the lines may quote the data files);
    the licences in full on the sources page, a link to them elsewhere."""
    loc = page.loc
    citation = cite.line(
        loc,
        page.dataset,
        loc.t(f"title.{page.key}"),
        cite.page_sources(page.key, page.dataset),
        date.today(),
        cite.page_address(page.key, loc.lang, loc.digits),
    )
    licence_lines = cite.licence_lines(loc) if page.key == LICENCE_PAGE else []
    # One box: on paper a chart floats no further than the citation (print.css).
    with st.container(key="aw-cite-end"):
        heading(loc.t("cite.heading"), loc, level=2)
        st.html(markup.cite(citation, licence_lines, cite.dates_lines(page.dataset, loc)))
        if page.key != LICENCE_PAGE:
            st.page_link(
                layout.PAGE_BY_KEY[LICENCE_PAGE].script,
                label=loc.t("cite.licence_link", page=loc.t(f"nav.{LICENCE_PAGE}")),
            )


def next_page_link(page: PageData) -> None:
    """At the end of a reading page, the way on to the next page of the story."""
    step = layout.STORY.index(page.key) if page.key in layout.STORY else -1
    if page.present or not 0 <= step < len(layout.STORY) - 1:
        return
    following = layout.STORY[step + 1]
    # The arrow is text in the label: Material icons would load from Google's font servers.
    st.page_link(
        layout.PAGE_BY_KEY[following].script, label=page.loc.t("common.next_page", page=page.loc.t(f"nav.{following}"))
    )


def finder_sidebar() -> None:
    """The finder page's sidebar: the same tools as the reading pages (the link to this view, the report)."""
    loc, directory = shell.locale(), data_dir()
    file_stamp = stamp(directory)
    loaded = load(directory, file_stamp)
    if loaded.dataset is not None:
        sidebar_tools(PageData("finder", loc, loaded.dataset, loaded.tables, {}, False, directory, file_stamp))


def draw_plain_table(page: PageData, content: dict) -> None:
    """A table of figures or sources, drawn as it is, with its source lines where it has them."""
    show_table(content["table"])
    if content.get("sources"):
        st.html(markup.source_lines(content["sources"]))


def draw_note(page: PageData, content: dict) -> None:
    """A paragraph with the page's figures filled in, drawn as text."""
    st.html(markup.paragraphs([content["text"]]))


def draw_report_figures(page: PageData, content: dict) -> None:
    """Airwars' own figures, each with its date and sentence, and their source lines."""
    st.html(markup.paragraphs(content["lines"]))
    st.html(markup.source_lines(content["sources"]))


def draw_source_lines(page: PageData, content: dict) -> None:
    """Source lines under the page's blocks."""
    st.html(markup.source_lines(content["lines"]))


DRAW = {
    "cards": draw_cards,
    "chart": draw_chart,
    "table": draw_table,
    "note": draw_note,
    "figures": draw_plain_table,
    "sources": draw_plain_table,
    "source_lines": draw_source_lines,
    "report_figures": draw_report_figures,
}


def method_notes(page: PageData, keys: tuple[str, ...]) -> None:
    """Method notes, with the page's figures filled in (left out when presenting)."""
    if page.present or not keys:
        return
    heading(page.loc.t("common.method_heading"), page.loc, level=2)
    # Escaped HTML, not Markdown: the notes' facts carry text from the data files (Airwars' own sentences).
    st.html(markup.paragraphs([story.fill(page.loc, f"method.{key}", page.facts) for key in keys], "aw-method"))


def draw_page(key: str) -> None:
    """Draw one page of the description: title and intro, its blocks in order, method notes, presenter controls."""
    spec = layout.PAGE_BY_KEY[key]
    page = start(key)
    for block in spec.blocks:
        if block.shows(page.present):
            content = story.block_content(block, page.dataset, page.tables, page.loc, page.present, page.facts)
            if content["heading"]:
                heading(content["heading"], page.loc, level=2)
            DRAW[block.kind](page, content)
            if content["note"]:
                st.html(markup.paragraphs([content["note"]]))
    method_notes(page, spec.notes)
    if not page.present:
        next_page_link(page)
        cite_this(page)
    presenter_controls(page)
