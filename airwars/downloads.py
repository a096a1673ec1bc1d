"""What a reader takes away as files: the CSV of a table in their language, and its companion note."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

import pandas as pd

from airwars import citation
from airwars.citation import cell_text, fill, source_entry, source_name
from airwars.data import Dataset
from airwars.i18n import Locale
from airwars.tables import _neutralise
from airwars.text import round_half_up

# Tables whose counts rest on a rounded share: their companion says how they are rounded.
ROUNDED_TABLES = ("us_share_iraq", "derived_values")
WESTERN_DIGITS = "0-9"  # what the CSV is written in, whatever digits the reader chose on screen
UNIT_OF_DERIVED = {"strikes": "download.unit_strikes", "percent": "download.unit_percent", "people": "download.unit_people"}


# --- numbers and cells ---------------------------------------------------------------------------------------------


def number(value: object) -> int | float | None:
    """A number as a spreadsheet should get it: whole as int, else one decimal; empty when missing."""
    if value is None or pd.isna(value):
        return None
    figure = float(value)  # type: ignore[arg-type]  # pandas cells: numpy numbers, Decimal, str
    if not math.isfinite(figure):
        return None
    return int(figure) if figure.is_integer() else round_half_up(figure, 1)


def _yes_no(flag: object, loc: Locale) -> str:
    """Yes or no in the reader's language; empty when unknown."""
    if flag is None or pd.isna(flag):
        return ""
    return loc.labels["common.yes"] if bool(flag) else loc.labels["common.no"]


def _label(loc: Locale, key: str) -> str:
    """A label as written, digits untouched: CSV cells keep 0-9 so spreadsheets read them."""
    return loc.labels[key]


def _qualifier(loc: Locale, qualifier: str) -> str:
    """A qualifier in words: «تقريبي (نحو)», "approximate (about)"."""
    return _label(loc, f"qualifier_name.{qualifier}")



# --- the CSV of each table -------------------------------------------------------------------------------------


def _strikes_by_country(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.country": [_label(loc, f"country.{c}") for c in table["country"]],
        "column.strikes": [number(v) for v in table["strikes"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "download.share_percent": [number(v) for v in table["share"]],
        # Every share is the dashboard's own division of two counts: none is "as reported", the total's 100% included.
        "download.share_qualifier": [_label(loc, "download.computed_exact") if q == "exact" else _qualifier(loc, q)
                                     for q in table["share_qualifier"]],
        "download.share_derived": [_yes_no(True, loc) for _ in table["share"]],
        "column.derived": [_yes_no(d, loc) for d in table["derived"]],
        "column.formula": [_label(loc, f"formula.strikes_{c}") if d else "" for c, d in zip(table["country"], table["derived"])],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
    }  # fmt: skip


def _us_share_iraq(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    # The counts rest on a rounded share: the count the pages show (to the hundred, "about"), then the working.
    return {
        "column.partner": [_label(loc, f"partner.{p}") for p in table["partner"]],
        "download.share_percent": [number(v) for v in table["share"]],
        "download.share_qualifier": [_qualifier(loc, q) for q in table["share_qualifier"]],
        "download.share_derived": [_yes_no(d, loc) for d in table["derived"]],
        "download.share_formula": [_label(loc, "formula.others_share_iraq") if d else "" for d in table["derived"]],
        "column.strikes": [number(v) for v in table["strikes"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["strikes_qualifier"]],
        "download.strikes_derived": [_yes_no(d, loc) for d in table["strikes_derived"]],
        "download.strikes_exact": [number(v) for v in table["strikes_exact"]],
        "download.strikes_formula": [_label(loc, f"formula.{p}_strikes_iraq") for p in table["partner"]],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
    }


def _casualty_ranges(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.group": [_label(loc, f"group.{g}") for g in table["group"]],
        "column.low": [number(v) for v in table["low"]],
        "column.high": [number(v) for v in table["high"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
    }


def _derived_values(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.figure": [_label(loc, f"derived.{i}") for i in table["id"]],
        "column.value": [number(v) for v in table["value"]],
        "column.high": [number(v) for v in table["value_max"]],
        "download.unit": [_label(loc, UNIT_OF_DERIVED[u]) for u in table["unit"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.formula": [_label(loc, f"formula.{i}") for i in table["id"]],
        "column.calculation": list(table["expression"]),
        # Only where the value shown was rounded beyond its one decimal (the counts to the hundred).
        "column.exact": [number(e) if number(e) != number(v) else None for v, e in zip(table["value"], table["exact"])],
    }


def _counts(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    # The formula codes of derived counts have no label; the calculation beside them reads as numbers.
    return {
        "column.as_of": list(table["as_of"]),
        "column.series": [_label(loc, f"series.{s}") for s in table["series"]],
        "column.strikes": [number(v) for v in table["strikes"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.derived": [_yes_no(d, loc) for d in table["derived"]],
        "column.calculation": [cell_text(e) for e in table["expression"]],
        "column.publisher": [source_name(row, loc) for _, row in table.iterrows()],
        "column.address": [cell_text(u) for u in table["url"]],
    }


def _cross_check(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    columns: dict[str, list] = {
        "column.series": [_label(loc, f"series.{s}") for s in table["series"]],
        "column.article": [number(v) for v in table["article"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["article_qualifier"]],
        "column.derived": [_yes_no(d, loc) for d in table["article_derived"]],
    }
    for side in ("before", "after"):
        columns |= {
            f"download.{side}_date": [cell_text(d) for d in table[f"{side}_date"]],
            f"column.{side}": [number(v) for v in table[f"{side}_strikes"]],
            f"download.{side}_derived": [_yes_no(d, loc) for d in table[f"{side}_derived"]],
            f"download.{side}_difference": [number(v) for v in table[f"{side}_difference"]],
            f"download.{side}_address": [cell_text(u) for u in table[f"{side}_url"]],
        }
    return columns


def _us_share_context(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    # No difference column: the two shares are cumulative over different periods, not a change.
    return {
        "column.region": [_label(loc, f"country.{r}") for r in table["region"]],
        "download.article_share_percent": [number(v) for v in table["article_share"]],
        "column.as_of": [cell_text(d) for d in table["as_of"]],
        "download.two_year_share_percent": [number(v) for v in table["two_year_share"]],
        "column.address": [cell_text(u) for u in table["url"]],
    }


def _airwars_civilian_deaths(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.figure": [_label(loc, f"download.metric.{m}") for m in table["metric"]],
        "column.as_of": [cell_text(d) for d in table["as_of"]],
        "column.low": [number(v) for v in table["low"]],
        "column.high": [number(v) for v in table["high"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
        "download.period_start": [cell_text(d) for d in table["period_start"]],
        "download.period_end": [cell_text(d) for d in table["period_end"]],
        "column.report_quote": [cell_text(q) for q in table["quote"]],
        "column.quote_url": [cell_text(u) for u in table["quote_url"]],
        "column.publisher": [source_name(row, loc) for _, row in table.iterrows()],
        "column.address": [cell_text(u) for u in table["url"]],
        "column.url_kind": [_label(loc, f"url_kind.{k}") if cell_text(k) else "" for k in table["url_kind"]],
    }


EXPORTS: dict[str, Callable[[pd.DataFrame, Locale], dict[str, list]]] = {
    "strikes_by_country": _strikes_by_country, "us_share_iraq": _us_share_iraq, "casualty_ranges": _casualty_ranges,
    "derived_values": _derived_values, "monthly_counts": _counts, "cross_check": _cross_check,
    "us_share_context": _us_share_context, "timeline": _counts, "airwars_civilian_deaths": _airwars_civilian_deaths,
}  # fmt: skip


def export_table(table_name: str, table: pd.DataFrame, loc: Locale) -> pd.DataFrame:
    """The readable columns of a table, headers in the reader's language, numbers as numbers."""
    columns = EXPORTS[table_name](table, loc)
    # object columns keep 7058 an int beside an empty cell (a float column would write 7058.0).
    return pd.DataFrame({_label(loc, key): pd.Series(values, dtype=object) for key, values in columns.items()})


def csv_text(frame: pd.DataFrame) -> bytes:
    """Like tables.csv_bytes (BOM, CRLF, formula-like text neutralised), but each cell keeps its own type."""
    # csv_bytes' DataFrame.map re-infers each column, so [1800, None] comes back as 1800.0: neutralise cell by cell.
    safe = pd.DataFrame({name: pd.Series([_neutralise(c) for c in frame[name]], dtype=object) for name in frame.columns})
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def csv_for(table_name: str, table: pd.DataFrame, loc: Locale) -> bytes:
    """The CSV under a chart: reader's headers, whole numbers, qualifiers in words, BOM, formulas neutralised."""
    return csv_text(export_table(table_name, table, loc))


def file_name(table_name: str, loc: Locale, suffix: str = "csv") -> str:
    """A download's file name: airwars-strikes-by-country-ar.csv."""
    return f"airwars-{table_name.replace('_', '-')}-{loc.lang}.{suffix}"


def notes_lines(table_name: str, loc: Locale) -> list[str]:
    """What the companion says about the columns: numbers, qualifiers, derived values, and rounding where it applies."""
    keys = ["qualifier", "derived", *(["rounding"] if table_name in ROUNDED_TABLES else [])]
    return [fill(loc, "download.note_numbers", digits=WESTERN_DIGITS), *[loc.t(f"download.note_{k}") for k in keys]]


def about_for(table_name: str, ds: Dataset, loc: Locale, url: str = "", accessed: date | None = None) -> bytes:
    """The companion of a CSV: its sources, the citation, the licences and the data's dates (UTF-8 text, BOM).

    url is where the page is published (citation.page_address); without one, the citation says the copy runs locally.
    """
    sources = citation.table_sources(table_name, ds)
    lines = [
        loc.labels["app.title"],
        fill(loc, "download.about_table", table=loc.labels[f"download.table.{table_name}"]),
        fill(loc, "download.about_file", file=file_name(table_name, loc)),
        "",
        loc.t("download.sources_heading"),
        *[source_entry(ds, s, loc) for s in sources],
        "",
        loc.t("download.cite_heading"),
        citation.line(loc, ds, loc.labels[f"download.table.{table_name}"], sources, accessed or date.today(), url),
        *citation.dates_lines(ds, loc),
        "",
        loc.t("download.notes_heading"),
        *[f"- {line}" for line in notes_lines(table_name, loc)],
        "",
        loc.t("download.licence_heading"),
        *[f"- {line}" for line in citation.licence_lines(loc)],
    ]
    # CRLF and a BOM: Notepad and spreadsheets on Windows then read the Arabic right.
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


