"""The blocks that pages arrange: title, headline cards, charts with their tables, notes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from airwars import data, figures, story, tables
from airwars.i18n import Locale
from ui.shell import leave_pages_directory_mode, locale

PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"], "responsive": True}


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


def data_dir() -> str:
    """The data folder: data/ unless AIRWARS_DATA_DIR names another (tests use this)."""
    return os.environ.get("AIRWARS_DATA_DIR", str(data.DEFAULT_DATA_DIR))


def stamp(directory: str) -> tuple:
    """Size and modification time of the data files, so edits reach the cache."""
    files = (Path(directory) / name for name in (data.FIGURES_FILE, data.SOURCES_FILE))
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
def chart(name: str, directory: str, file_stamp: tuple, lang: str, digits: str) -> go.Figure:
    """Build one chart once per data version, language and digits."""
    loaded = load(directory, file_stamp)
    loc = Locale(lang, digits)
    source = "<br>".join(story.chart_sources(loaded.dataset, name, loc, short=True))
    return figures.build(name, loaded.tables[figures.CHART_TABLES[name]], loc, source)


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
    loaded = load(directory, stamp(directory))
    if loaded.problems:
        show_problems(loaded.problems, loc)
        st.stop()
    facts = story.facts(loaded.dataset, loaded.tables, loc)
    heading(loc.t(f"title.{key}"), loc)
    st.caption(f"{loc.t('app.period')} · {loc.t('app.byline')}")
    st.markdown(loc.t(f"intro.{key}", **facts))
    return Page(key, loc, loaded.dataset, loaded.tables, facts)


def show_problems(problems: list[data.Problem], loc: Locale) -> None:
    """The data problems in an error box, one line each, in the reader's language."""
    lines = "\n".join(f"- {loc.problem(problem)}" for problem in problems)
    st.error(f"**{loc.t('error.heading')}**\n\n{lines}\n\n{loc.t('error.hint')}")


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
    directory = data_dir()
    table_name = figures.CHART_TABLES[name]
    table = page.tables[table_name]
    description = figures.describe(name, table, loc)
    chart_tab, table_tab = st.tabs([loc.t("common.chart_tab"), loc.t("common.table_tab")])
    with chart_tab:
        fig = chart(name, directory, stamp(directory), loc.lang, loc.digits)
        st.plotly_chart(fig, config=PLOTLY_CONFIG, key=f"chart-{name}", alt=description)
    with table_tab:
        st.table(story.display_table(table_name, table, loc), hide_index=True)
    for line in story.chart_sources(page.dataset, name, loc):
        st.caption(line)
    st.markdown(description)
    st.download_button(
        loc.t("common.download_csv"), tables.csv_bytes(table), file_name=f"airwars-{table_name}.csv",
        mime="text/csv", key=f"csv-{name}", on_click="ignore",
    )  # fmt: skip


def method_notes(page: Page, keys: tuple[str, ...]) -> None:
    """Method notes, with the page's figures filled in."""
    heading(page.loc.t("common.method_heading"), page.loc, level=2)
    st.markdown("\n".join(f"- {page.loc.t(f'method.{key}', **page.facts)}" for key in keys))


def sources_and_method(page: Page) -> None:
    """Every figure with its quote and claimant, every derived value with its formula, the sources."""
    loc = page.loc
    heading(loc.t("common.figures_heading"), loc, level=2)
    st.table(story.figures_table(page.dataset, loc), hide_index=True)
    heading(loc.t("common.derived_heading"), loc, level=2)
    st.table(story.display_table("derived_values", page.tables["derived_values"], loc), hide_index=True)
    st.download_button(
        loc.t("common.download_csv"), tables.csv_bytes(page.tables["derived_values"]),
        file_name="airwars-derived_values.csv", mime="text/csv", key="csv-derived", on_click="ignore",
    )  # fmt: skip
    heading(loc.t("common.sources_heading"), loc, level=2)
    st.table(story.sources_table(page.dataset, loc), hide_index=True)
