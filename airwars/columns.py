"""The one description of each table's columns, read by the screen table (story.display_table) and its CSV
(downloads.export_table): the header's label key, the column it reads, how a cell reads, its qualifier and whether the
dashboard computed it.

The screen shows a value with its qualifier and «(محسوبة)» in one cell; the CSV gives the number alone, with the qualifier
and the derived flag in columns of their own (on="file"). A form names how a cell reads; story.SCREEN_FORMS and
downloads.FILE_FORMS say how each form is drawn on screen and in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Column:
    """One column of a table as readers get it."""

    key: str  # the header's label key
    source: str  # the built table's column it reads
    form: str  # how a cell reads (label, count, share, number, qualifier, yes_no ...)
    labels: str = ""  # the label key of a "label" cell, its value in {}: "country.{}"
    qualifier: str = ""  # the column holding the value's qualifier
    derived: str = ""  # the column saying whether the dashboard computed the value
    beside: str = ""  # another column the form reads (the expression, the side of a cross-check, the exact value)
    file_key: str = ""  # the header's label key in the CSV, when it says more than the screen's (a unit)
    on: Literal["both", "screen", "file"] = "both"


def _side(side: str) -> tuple[Column, ...]:
    """The nearest monthly count before or after the article, in a cross-check."""
    return (
        Column(f"download.{side}_date", f"{side}_date", "text", on="file"),
        Column(f"column.{side}", f"{side}_strikes", "nearest", beside=side),
        Column(f"download.{side}_derived", f"{side}_derived", "yes_no", on="file"),
        Column(f"download.{side}_difference", f"{side}_difference", "number", on="file"),
        Column(f"download.{side}_address", f"{side}_url", "text", on="file"),
    )


_COUNTS = (
    Column("column.as_of", "as_of", "date"),
    Column("column.series", "series", "label", labels="series.{}"),
    Column("column.strikes", "strikes", "count", qualifier="qualifier"),
    Column("column.qualifier", "qualifier", "qualifier", on="file"),
    # A count from a rounded share is a range: the file gives its bounds beside the midpoint (4027, 4093 beside 4060).
    Column("column.low", "strikes_low", "number", on="file"),
    Column("column.high", "strikes_high", "number", on="file"),
    Column("column.derived", "derived", "derived", beside="expression"),
    Column("column.calculation", "expression", "text", on="file"),
    Column("column.source", "publisher", "source", file_key="column.publisher"),
    Column("column.address", "url", "text", on="file"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "strikes_by_country": (
        Column("column.country", "country", "label", labels="country.{}"),
        Column("column.strikes", "strikes", "count", qualifier="qualifier", derived="derived"),
        Column("column.qualifier", "qualifier", "qualifier", on="file"),
        Column(
            "column.share",
            "share",
            "share",
            qualifier="share_qualifier",
            derived="share_derived",
            file_key="download.share_percent",
        ),
        # Every share is the dashboard's own division of two counts: none is "as reported", the total's 100% included.
        Column("download.share_qualifier", "share_qualifier", "computed_qualifier", on="file"),
        Column("download.share_derived", "share", "computed", on="file"),
        Column("column.derived", "derived", "which_derived", derived="share_derived"),
        Column("column.formula", "country", "label", labels="formula.strikes_{}", derived="derived", on="file"),
        Column("column.claimed_by", "claimed_by", "label", labels="claimant.{}"),
    ),
    # The counts rest on a rounded share: the count the pages show (to the hundred, "about"), then the working.
    "us_share_iraq": (
        Column("column.partner", "partner", "label", labels="partner.{}"),
        Column(
            "column.share",
            "share",
            "share",
            qualifier="share_qualifier",
            derived="derived",
            file_key="download.share_percent",
        ),
        Column("download.share_qualifier", "share_qualifier", "qualifier", on="file"),
        Column("download.share_derived", "derived", "yes_no", on="file"),
        Column(
            "download.share_formula",
            "partner",
            "label",
            labels="formula.others_share_iraq",
            derived="derived",
            on="file",
        ),
        Column("column.strikes", "strikes", "count", qualifier="strikes_qualifier", derived="strikes_derived"),
        Column("column.qualifier", "strikes_qualifier", "qualifier", on="file"),
        Column("download.strikes_derived", "strikes_derived", "yes_no", on="file"),
        Column("download.strikes_exact", "strikes_exact", "number", on="file"),
        Column("download.strikes_formula", "partner", "label", labels="formula.{}_strikes_iraq", on="file"),
        Column("column.derived", "strikes_derived", "which_derived", derived="derived", on="screen"),
        Column("column.claimed_by", "claimed_by", "label", labels="claimant.{}"),
    ),
    "casualty_ranges": (
        Column("column.group", "group", "label", labels="group.{}"),
        Column("column.low", "low", "number"),
        Column("column.high", "high", "upper"),
        Column("column.qualifier", "qualifier", "qualifier"),
        Column("column.claimed_by", "claimed_by", "label", labels="claimant.{}"),
    ),
    "derived_values": (
        Column("column.figure", "id", "label", labels="derived.{}"),
        Column("column.value", "value", "number", on="file"),
        Column("column.high", "value_max", "number", on="file"),
        Column("download.unit", "unit", "label", labels="download.unit_{}", on="file"),
        Column("column.qualifier", "qualifier", "qualifier", on="file"),
        Column("column.formula", "id", "label", labels="formula.{}"),
        Column("column.calculation", "expression", "calculation"),
        # Only where the value shown was rounded beyond its one decimal (the counts to the hundred).
        Column("column.exact", "exact", "exact", beside="value", on="file"),
    ),
    "monthly_counts": _COUNTS,
    "timeline": _COUNTS,
    "cross_check": (
        Column("column.series", "series", "label", labels="series.{}"),
        Column("column.article", "article", "count", qualifier="article_qualifier", derived="article_derived"),
        Column("column.qualifier", "article_qualifier", "qualifier", on="file"),
        Column("column.derived", "article_derived", "yes_no", on="file"),
        *_side("before"),
        *_side("after"),
    ),
    # No difference column: the two shares are cumulative over different periods, not a change.
    "us_share_context": (
        Column("column.region", "region", "label", labels="country.{}"),
        Column("column.article_share", "article_share", "percent", file_key="download.article_share_percent"),
        Column("column.as_of", "as_of", "text", on="file"),
        Column("column.two_year_share", "two_year_share", "percent", file_key="download.two_year_share_percent"),
        Column("column.address", "url", "text", on="file"),
    ),
    # Airwars' own figures are written out as sentences on the page (story.report_figures): the CSV only.
    "airwars_civilian_deaths": (
        Column("column.figure", "metric", "label", labels="download.metric.{}", on="file"),
        Column("column.as_of", "as_of", "text", on="file"),
        Column("column.low", "low", "number", on="file"),
        Column("column.high", "high", "number", on="file"),
        Column("column.qualifier", "qualifier", "qualifier", on="file"),
        Column("column.claimed_by", "claimed_by", "label", labels="claimant.{}", on="file"),
        Column("download.period_start", "period_start", "text", on="file"),
        Column("download.period_end", "period_end", "text", on="file"),
        Column("column.report_quote", "quote", "text", on="file"),
        Column("column.quote_url", "quote_url", "text", on="file"),
        Column("column.publisher", "publisher", "source", on="file"),
        Column("column.address", "url", "text", on="file"),
        Column("column.url_kind", "url_kind", "label", labels="url_kind.{}", on="file"),
    ),
}


def shown(table_name: str) -> list[Column]:
    """The columns of a table on screen."""
    return [column for column in TABLES[table_name] if column.on != "file"]


def written(table_name: str) -> list[Column]:
    """The columns of a table in its CSV."""
    return [column for column in TABLES[table_name] if column.on != "screen"]
