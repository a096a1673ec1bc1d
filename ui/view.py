"""The blocks that pages arrange: title, headline cards, charts with their tables, notes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from airwars import charts, data, extract, report, story, tables
from airwars.i18n import Locale
from ui.shell import STORY, leave_pages_directory_mode, link_to, locale, presenting

CHART_PAGES = ("strikes", "us_share", "casualties", "context")
PRESENT_CHART_HEIGHT = 520  # fits 1366×768 with the title, source line and controls at 1.4× text


def plotly_config(name: str, present: bool) -> dict:
    """Plotly's own PNG button at presentation size, with a readable file name; no Plotly logo."""
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
        "responsive": True,
        "displayModeBar": not present,
        "toImageButtonOptions": {
            "format": "png", "filename": f"airwars-{name.replace('_', '-')}", "width": 1600, "height": 900, "scale": 2,
        },  # fmt: skip
    }


@dataclass(frozen=True)
class Loaded:
    """What the data files gave: the dataset and its tables, or the problems found."""

    dataset: data.Dataset | None
    tables: dict[str, pd.DataFrame]
    problems: list[data.Problem]


@dataclass(frozen=True)
class Page:
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
    """Size and modification time of the data files, so edits reach the cache."""
    files = (Path(directory) / name for name in data.DATA_FILES)
    return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) if f.is_file() else (f.name,) for f in files)


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
    """Build one chart once per data version, language, digits and mode."""
    loaded = load(directory, file_stamp)
    loc = Locale(lang, digits)
    source = "<br>".join(story.chart_sources(loaded.dataset, name, loc, short=True))
    fig = charts.build(name, loaded.tables[charts.CHART_TABLES[name]], loc, source, text_scale=1.4 if present else 1)
    if present:
        fig.update_layout(height=PRESENT_CHART_HEIGHT)
    return fig


@st.cache_data(show_spinner=False, max_entries=8)
def report_html(directory: str, file_stamp: tuple, lang: str, digits: str) -> bytes:
    """The static report, built once per data version, language and digits."""
    loaded = load(directory, file_stamp)
    return report.render(loaded.dataset, loaded.tables, Locale(lang, digits)).encode("utf-8")


def show_table(frame: pd.DataFrame) -> None:
    """A table drawn from markdown: lighter for the browser than st.table's Arrow machinery."""
    st.markdown(story.markdown_table(frame))


def heading(text: str, loc: Locale, level: int = 1) -> None:
    """A heading aligned with the reading direction."""
    align = "right" if loc.rtl else "left"
    if level == 1:
        st.title(text, anchor=False, text_alignment=align)
    else:
        st.header(text, anchor=False, text_alignment=align, divider=False)


def start(key: str) -> Page:
    """Load the data and draw the page's title and intro; stop with an error box when the data is bad."""
    leave_pages_directory_mode()
    loc = locale()
    directory = data_dir()
    file_stamp = stamp(directory)
    loaded = load(directory, file_stamp)
    if loaded.problems:
        show_problems(loaded.problems, loc)
        st.stop()
    page = Page(key, loc, loaded.dataset, loaded.tables, story.facts(loaded.dataset, loaded.tables, loc),
                presenting(), directory, file_stamp)  # fmt: skip
    heading(loc.t(f"title.{key}"), loc)
    if not page.present:
        st.caption(f"{loc.t('app.period')} · {loc.t('app.byline')}")
        st.markdown(loc.t(f"intro.{key}", **page.facts))
        sidebar_tools(page)
    return page


def sidebar_tools(page: Page) -> None:
    """The link to this view, and the static report, in the sidebar."""
    loc = page.loc
    with st.sidebar:
        # In a popover, the code box (and its highlighter's script) loads only when asked for.
        with st.popover(loc.t("present.link_heading"), help=loc.t("present.link_help"), width="stretch"):
            st.code(link_to(page.key), language=None, wrap_lines=True)
        st.download_button(
            loc.t("report.download"), lambda: report_html(page.directory, page.file_stamp, loc.lang, loc.digits),
            file_name=f"airwars-report-{loc.lang}.html", mime="text/html", help=loc.t("report.help"),
            key="report", on_click="ignore", width="stretch",
        )  # fmt: skip


def show_problems(problems: list[data.Problem], loc: Locale) -> None:
    """The data problems in an error box, one line each, in the reader's language."""
    lines = "\n".join(f"- {loc.problem(problem)}" for problem in problems)
    st.error(f"**{loc.t('error.heading')}**\n\n{lines}\n\n{loc.t('error.hint')}")


def _exit_presenter() -> None:
    st.session_state["present"] = False


def presenter_controls(page: Page) -> None:
    """Previous and next through the story (arrow keys too), the step number, and a way out."""
    if not page.present:
        return
    loc = page.loc
    if page.key not in CHART_PAGES:  # a chart carries its own source line
        for line in story.article_sources(page.dataset, loc):
            st.caption(line)
    step = STORY.index(page.key)
    # Arrows follow the reading direction: in Arabic the next step lies to the left.
    back_key, forward_key = ("Right", "Left") if loc.rtl else ("Left", "Right")
    back, where, forward, leave = st.columns([2, 1, 2, 2], vertical_alignment="center")
    with back:
        if st.button(loc.t("present.previous"), key="present-back", disabled=step == 0, shortcut=back_key,
                     icon="➡️" if loc.rtl else "⬅️", width="stretch"):  # fmt: skip
            st.switch_page(f"pages/{STORY[step - 1]}.py")
    with where:
        st.markdown(loc.t("present.step", step=loc.num(step + 1), total=loc.num(len(STORY))), text_alignment="center")
    with forward:
        if st.button(loc.t("present.next"), key="present-next", disabled=step == len(STORY) - 1,
                     shortcut=forward_key, icon="⬅️" if loc.rtl else "➡️", type="primary", width="stretch"):  # fmt: skip
            st.switch_page(f"pages/{STORY[step + 1]}.py")
    with leave:
        st.button(loc.t("present.exit"), key="present-exit", on_click=_exit_presenter, shortcut="Esc", width="stretch")


def headline_cards(page: Page) -> None:
    """The headline numbers, each with its qualifier and who claims it."""
    cards = story.cards(page.dataset, page.tables, page.loc)
    for row in (cards[:3], cards[3:]):
        for column, card in zip(st.columns(len(row)), row):
            with column:
                st.metric(card.label, card.value, help=card.quote or None, border=True)
                st.caption(card.caption)


def chart_block(page: Page, name: str) -> None:
    """A chart with its source line and description, and the table behind it with a download."""
    loc = page.loc
    table_name = charts.CHART_TABLES[name]
    table = page.tables[table_name]
    description = charts.describe(name, table, loc)
    fig = chart(name, page.directory, page.file_stamp, loc.lang, loc.digits, page.present)
    config = plotly_config(name, page.present)
    if page.present:
        st.plotly_chart(fig, config=config, key=f"chart-{name}", alt=description)
        return
    chart_tab, table_tab = st.tabs([loc.t("common.chart_tab"), loc.t("common.table_tab")])
    with chart_tab:
        st.plotly_chart(fig, config=config, key=f"chart-{name}", alt=description)
    with table_tab:
        show_table(story.display_table(table_name, table, loc))
    for line in story.chart_sources(page.dataset, name, loc):
        st.caption(line)
    st.markdown(description)
    st.download_button(
        loc.t("common.download_csv"), tables.csv_bytes(table), file_name=f"airwars-{table_name}.csv",
        mime="text/csv", key=f"csv-{name}", on_click="ignore",
    )  # fmt: skip


def method_notes(page: Page, keys: tuple[str, ...]) -> None:
    """Method notes, with the page's figures filled in (left out when presenting)."""
    if page.present:
        return
    heading(page.loc.t("common.method_heading"), page.loc, level=2)
    st.markdown("\n".join(f"- {page.loc.t(f'method.{key}', **page.facts)}" for key in keys))


def sources_and_method(page: Page) -> None:
    """Every figure with its quote and claimant, every derived value with its formula, the sources."""
    loc = page.loc
    if page.present:
        show_table(story.figures_table(page.dataset, loc, quotes=False))
        show_table(story.sources_table(page.dataset, loc, cited_by=page.dataset.figures))
        return
    heading(loc.t("common.figures_heading"), loc, level=2)
    show_table(story.figures_table(page.dataset, loc))
    heading(loc.t("common.derived_heading"), loc, level=2)
    show_table(story.display_table("derived_values", page.tables["derived_values"], loc))
    st.download_button(
        loc.t("common.download_csv"), tables.csv_bytes(page.tables["derived_values"]),
        file_name="airwars-derived_values.csv", mime="text/csv", key="csv-derived", on_click="ignore",
    )  # fmt: skip
    heading(loc.t("common.sources_heading"), loc, level=2)
    show_table(story.sources_table(page.dataset, loc))


def context_tables(page: Page) -> None:
    """The article beside Airwars' nearest counts, and every report with its address."""
    if page.present:
        return
    loc = page.loc
    heading(loc.t("context.cross_heading"), loc, level=2)
    show_table(story.display_table("cross_check", page.tables["cross_check"], loc))
    st.download_button(
        loc.t("common.download_csv"), tables.csv_bytes(page.tables["cross_check"]), file_name="airwars-cross_check.csv",
        mime="text/csv", key="csv-cross-check", on_click="ignore",
    )  # fmt: skip
    heading(loc.t("context.sources_heading"), loc, level=2)
    show_table(story.sources_table(page.dataset, loc, cited_by=page.dataset.monthly))


def us_share_context(page: Page) -> None:
    """The article's 70% beside Airwars' two-year shares."""
    if page.present:
        return
    loc = page.loc
    table = page.tables["us_share_context"].set_index("region")
    heading(loc.t("context.us_heading"), loc, level=2)
    st.markdown(loc.t("context.us_note", iraq=loc.pct(table.at["iraq", "two_year_share"]),
                      syria=loc.pct(table.at["syria", "two_year_share"]), article=loc.pct(table.at["iraq", "article_share"])))  # fmt: skip
    show_table(story.display_table("us_share_context", page.tables["us_share_context"], loc))
