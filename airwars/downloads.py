"""What a reader takes away as files: the CSV of a table in their language, and its companion note."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

import pandas as pd

from airwars import citation, columns
from airwars.citation import cell_text, fill, source_entry, source_name
from airwars.columns import Column
from airwars.data import Dataset
from airwars.i18n import Locale
from airwars.tables import _neutralise
from airwars.text import round_half_up

# Tables whose counts rest on a rounded share: their companion says how they are rounded.
ROUNDED_TABLES = ("us_share_iraq", "derived_values")
WESTERN_DIGITS = "0-9"  # what the CSV is written in, whatever digits the reader chose on screen


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


# --- the CSV of each table: its columns as airwars/columns.py describes them --------------------------------------


def _labelled(column: Column, table: pd.DataFrame, loc: Locale) -> list[str]:
    """Each value's label as written; empty where the value is missing or, for a formula, where nothing was computed."""
    wanted = [bool(d) for d in table[column.derived]] if column.derived else [True] * len(table)
    return [
        _label(loc, column.labels.format(v)) if cell_text(v) and w else "" for v, w in zip(table[column.source], wanted)
    ]


# How each form reads in the file: the number alone, the qualifier and the derived flag in their own columns, words as
# written (digits 0-9).
FileForm = Callable[[Column, pd.DataFrame, Locale], list]
FILE_FORMS: dict[str, FileForm] = {
    "label": _labelled,
    **dict.fromkeys(
        ("count", "share", "number", "upper", "percent", "nearest"), lambda c, t, loc: [number(v) for v in t[c.source]]
    ),
    "qualifier": lambda c, t, loc: [_qualifier(loc, q) for q in t[c.source]],
    "computed_qualifier": lambda c, t, loc: [
        _label(loc, "download.computed_exact") if q == "exact" else _qualifier(loc, q) for q in t[c.source]
    ],
    "computed": lambda c, t, loc: [_yes_no(True, loc) for _ in t[c.source]],
    **dict.fromkeys(("yes_no", "which_derived", "derived"), lambda c, t, loc: [_yes_no(d, loc) for d in t[c.source]]),
    **dict.fromkeys(("text", "date", "calculation"), lambda c, t, loc: [cell_text(v) for v in t[c.source]]),
    "exact": lambda c, t, loc: [
        number(e) if number(e) != number(v) else None for e, v in zip(t[c.source], t[c.beside])
    ],
    "source": lambda c, t, loc: [source_name(row, loc) for _, row in t.iterrows()],
}


def export_columns(table_name: str, table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    """The CSV's columns of a table, by header label key."""
    return {
        column.file_key or column.key: FILE_FORMS[column.form](column, table, loc)
        for column in columns.written(table_name)
    }


def export_table(table_name: str, table: pd.DataFrame, loc: Locale) -> pd.DataFrame:
    """The readable columns of a table, headers in the reader's language, numbers as numbers."""
    cells = export_columns(table_name, table, loc)
    # object columns keep 7058 an int beside an empty cell (a float column would write 7058.0).
    return pd.DataFrame({_label(loc, key): pd.Series(values, dtype=object) for key, values in cells.items()})


def csv_text(frame: pd.DataFrame) -> bytes:
    """Like tables.csv_bytes (BOM, CRLF, formula-like text neutralised), but each cell keeps its own type."""
    # csv_bytes' DataFrame.map re-infers each column, so [1800, None] comes back as 1800.0: neutralise cell by cell.
    safe = pd.DataFrame(
        {name: pd.Series([_neutralise(c) for c in frame[name]], dtype=object) for name in frame.columns}
    )
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
