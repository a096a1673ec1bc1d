"""The dashboard as data: every page, in order, and every chart. The Streamlit pages, the static report and the tests
all read this one description; nothing here draws anything.

A page's title, intro and navigation label are the labels `title.<key>`, `intro.<key>` and `nav.<key>`; a chart's
title, axis and notes are `chart.<name>.*`. To add a chart: write its builder and describer in airwars/charts.py,
add a Chart to CHARTS and a Block("chart", name) to the page that shows it, and give it its labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from airwars import charts
from airwars.i18n import Locale

Builder = Callable[[pd.DataFrame, Locale, str, float], go.Figure]
Describer = Callable[[pd.DataFrame, Locale], str]
# When a block shows: always, only while reading (not in presenter mode), or only while presenting.
WHEN = ("always", "reading", "presenting")
BLOCK_KINDS = ("cards", "chart", "table", "note", "figures", "sources", "source_lines", "report_figures", "finder")


@dataclass(frozen=True)
class Chart:
    """A chart purely as data: the table it draws, how to build and describe it, the figures it rests on."""

    name: str
    table: str
    build: Builder
    describe: Describer
    figures: tuple[str, ...]  # ids in data/figures.csv: their sources go under the chart
    note: str  # label key of the note the builder draws under the plot (the slide image repeats it with the sources)
    reports: bool = False  # also rests on Airwars' own reports (data/airwars_monthly_2015.csv)


@dataclass(frozen=True)
class Block:
    """One piece of a page. kind says how it is drawn; name says what: a chart, a table, a label or a set of sources."""

    kind: str
    name: str = ""
    heading: str = ""  # label key of the heading above it, if any
    when: str = "always"
    note: str = ""  # label key of a sentence under it, filled with the page's facts

    def shows(self, presenting: bool) -> bool:
        """Whether the block is drawn in the given mode."""
        return self.when == "always" or self.when == ("presenting" if presenting else "reading")


@dataclass(frozen=True)
class Page:
    """A page: its blocks in order, its method notes, and whether it is a step of the story and a section of the report."""

    key: str
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()  # keys of method.* labels
    story: bool = True
    report: bool = True

    @property
    def script(self) -> str:
        """The file in pages/ that draws this page."""
        return f"pages/{self.key}.py"

    def charts(self) -> list[Chart]:
        """The charts this page shows, in order."""
        return [CHARTS[block.name] for block in self.blocks if block.kind == "chart"]


CHARTS = {
    chart.name: chart
    for chart in (
        Chart(
            "strike_distribution",
            "strikes_by_country",
            charts.strike_distribution,
            charts.describe_strike_distribution,
            ("strikes_total", "strikes_iraq"),
            "chart.strike_distribution.derived_note",
        ),
        Chart(
            "us_share",
            "us_share_iraq",
            charts.us_share,
            charts.describe_us_share,
            ("us_share_iraq", "strikes_iraq"),
            "chart.us_share.derived_note",
            reports=True,
        ),
        Chart(
            "casualties",
            "casualty_ranges",
            charts.casualties,
            charts.describe_casualties,
            ("civilian_deaths", "fighters_killed_claimed"),
            "chart.casualties.scale_note",
        ),
        Chart(
            "timeline",
            "timeline",
            charts.timeline,
            charts.describe_timeline,
            ("strikes_total", "strikes_iraq"),
            "chart.timeline.note",
            reports=True,
        ),
        Chart(
            "gap",
            "cross_check",
            charts.gap,
            charts.describe_gap,
            ("strikes_total", "strikes_iraq"),
            "chart.gap.note",
            reports=True,
        ),
    )
}

PAGES = (
    Page("overview", (Block("cards"), Block("source_lines", "article"))),
    Page("strikes", (Block("chart", "strike_distribution"),), notes=("syria", "same_day", "rounding")),
    Page(
        "us_share",
        (
            Block("chart", "us_share"),
            Block("note", "note.us_share_reading", when="reading"),
            Block("note", "context.us_note", heading="context.us_heading", when="reading"),
            Block("table", "us_share_context", when="reading"),
        ),
        notes=("us_share", "rounding"),
    ),
    Page(
        "casualties",
        (
            Block("chart", "casualties"),
            Block("report_figures", "airwars_civilian_deaths", when="reading"),
        ),
        notes=("claims", "ratio", "scale"),
    ),
    Page(
        "context",
        (
            Block("chart", "timeline"),
            # One chart a presenter's step: two shared a screen at under a third of its height each, text over text.
            Block("chart", "gap", when="reading"),
            Block("note", "note.same_day", when="reading"),
            Block("table", "cross_check", heading="context.cross_heading", when="reading", note="context.cross_sign"),
            Block("sources", "reports", heading="context.sources_heading", when="reading"),
        ),
        notes=("time_direction", "monthly_period"),
    ),
    Page(
        "sources",
        (
            Block("figures", heading="common.figures_heading"),
            Block("table", "monthly_counts", heading="common.context_figures_heading", when="reading"),
            Block("report_figures", "quotes", when="reading"),
            Block("table", "derived_values", heading="common.derived_heading", when="reading"),
            Block("sources", "all", heading="common.sources_heading", when="reading"),
            Block("source_lines", "article", when="presenting"),
            # The reports the monthly step draws on: listed here, where they have room, not in that step's corner.
            Block("source_lines", "reports", when="presenting"),
        ),
        notes=("period", "sources_kinds", "us_share", "syria", "same_day", "claims", "ratio", "rounding", "scale"),
    ),
    Page("finder", (Block("finder"),), story=False, report=False),
)

PAGE_BY_KEY = {page.key: page for page in PAGES}
# The presenter's story: one page per step.
STORY = tuple(page.key for page in PAGES if page.story)
