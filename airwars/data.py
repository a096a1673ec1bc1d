"""Load the three data files and check them against one schema (pandera), one problem per line.

The schema (figures_schema, monthly_schema, sources_schema) is the contract: what passes it, every table, chart, page
and the report can draw. `python -m airwars check` and the loaders apply the same function, load().
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import pandas as pd
import pandera.pandas as pa

from airwars.text import parse_number

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FIGURES_FILE = "figures.csv"
SOURCES_FILE = "sources.csv"
MONTHLY_FILE = "airwars_monthly_2015.csv"
DATA_FILES = (FIGURES_FILE, MONTHLY_FILE, SOURCES_FILE)
FIGURE_COLUMNS = (
    "id",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "claimed_by",
    "source_id",
    "period_start",
    "period_end",
    "quote",
)
MONTHLY_COLUMNS = ("id", "as_of", "metric", *FIGURE_COLUMNS[1:], "quote_url")
# Where a quote was read: a plain web address, never javascript: or data:.
_WEB_ADDRESS = r"https?://[^\s<>\"]+"
# What each monthly metric counts, and so the unit its rows must have.
METRICS = {
    "strikes_total": "strikes",
    "strikes_iraq": "strikes",
    "strikes_syria": "strikes",
    "share_iraq": "percent",
    "us_share_iraq": "percent",
    "us_share_syria": "percent",
    "civilian_deaths_credible": "people",
    "civilian_deaths_claimed": "people",
    "strikes_first_year": "strikes",
    "strikes_per_civilian_death": "strikes",
    "share_iraq_month": "percent",
}
SOURCE_COLUMNS = ("id", "publisher", "publisher_en", "title", "published", "cites", "cites_en", "url", "url_kind")
# A source's publication date is a date (YYYY, YYYY-MM or YYYY-MM-DD) or this word; loaded, unknown reads as "".
UNKNOWN_DATE = "unknown"
# What a source's address is: the report itself, a page listing it, a copy on another site, or no address at all.
URL_KINDS = ("report", "listing", "republication", "none")
# The figures every table is built on, with the unit each must have.
REQUIRED_FIGURES = {
    "strikes_total": "strikes",
    "strikes_iraq": "strikes",
    "us_share_iraq": "percent",
    "fighters_killed_claimed": "people",
    "civilian_deaths": "people",
}
# The figure ids the pages know how to show: any other id is refused rather than shown without a place.
KNOWN_FIGURES = tuple(REQUIRED_FIGURES)
# Columns read as numbers: parse_number forgives direction marks around them, since only the parsed value is shown.
NUMBER_COLUMNS = ("value", "value_max")
UNITS = ("strikes", "percent", "people")
COUNT_UNITS = ("strikes", "people")
QUALIFIERS = ("about", "exact", "more_than", "at_least", "range")
CLAIMANTS = ("airwars", "coalition")
# No count in this story comes near a billion: larger ones are typing slips, and would overflow the tables.
MAX_COUNT = 1e9
# A plain number needs none of parse_number's work (digits, separators, marks): read it directly, 30 times faster.
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# Larger files are refused before they are read: the real ones are a few kilobytes, and a check must stay quick.
MAX_FILE_BYTES = 10 * 1024 * 1024
# Beyond this many problems in one file the rest are counted, not listed: a reader cannot use 50,000 lines.
MAX_PROBLEMS_PER_FILE = 20
# Refused in text cells: every character Unicode calls a control (Cc) or a format character (Cf), and the line and
# paragraph separators (Zl, Zp). That covers the direction embeddings and overrides U+202A-U+202E (an override shows
# 8507 for 7058), the isolates U+2066-U+2069 (the app adds its own where a reader needs them), C0 and C1 controls and
# line breaks (a cell is one line of text), the zero-width space, word joiner, soft hyphen, a byte-order mark inside a
# cell, the Arabic number signs U+0600-U+0605 (they span the digits after them), and tag characters.
# Kept, because Arabic text uses them: ZWNJ and ZWJ (U+200C, U+200D) for joining, and the marks LRM, RLM and ALM
# (U+200E, U+200F, U+061C): a mark has no scope, so it can settle where a neutral sign goes but cannot reorder
# letters or digits. tests/test_data.py checks this class against the Unicode categories.
INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file: which file, which row, what."""

    file: str
    code: str
    row: str = ""
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, file: str, code: str, row: str = "", **params: object) -> Problem:
        """Build a problem with its message parameters as text, invisible characters made visible."""
        return cls(file, code, _visible(row), tuple((key, _visible(str(value))) for key, value in params.items()))


def _visible(text: str) -> str:
    """Escape line breaks, controls and direction marks, so one problem stays one readable line."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


class DataError(Exception):
    """The data files cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in the data files")
        self.problems = problems


@dataclass(frozen=True)
class Dataset:
    """The validated figures and sources, indexed by id."""

    figures: pd.DataFrame
    sources: pd.DataFrame
    monthly: pd.DataFrame

    def value(self, figure_id: str) -> float:
        """The value of one figure."""
        return float(self.figures.at[figure_id, "value"])


@dataclass
class _Checker:
    """Collects the problems of one file while its rows are read."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def require(self, ok: bool, code: str, row: str = "", **params: object) -> bool:
        """Record a problem unless ok; return ok."""
        if not ok:
            self.problems.append(Problem.of(self.file, code, row, **params))
        return ok

    def report(self, code: str, row: str = "", **params: object) -> None:
        """Record a problem found without a test to pass."""
        self.require(False, code, row, **params)


def read_table(path: Path, columns: tuple[str, ...]) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read a UTF-8 CSV file as text cells; None with the problems when it cannot be used."""
    check = _Checker(path.name)
    raw = _read_bytes(path, check)
    if raw is None:
        return None, check.problems
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        check.report("not_utf8", position=exc.start)
        return None, check.problems
    if not check.require(bool(content.strip()), "empty_file"):
        return None, check.problems
    try:
        frame = pd.read_csv(io.StringIO(content), dtype=str, keep_default_na=False)
    # pandas raises several kinds of errors on malformed CSV; each becomes a message, never a traceback.
    except Exception as exc:  # noqa: BLE001
        check.report("bad_csv", detail=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)
        return None, check.problems
    # pandas renames a repeated name (id, id.1) but not one that repeats once trimmed (id, " id"): read them as written.
    try:
        names = [name.strip() for name in next(csv.reader(io.StringIO(content, newline="")), [])]
    except csv.Error as exc:  # «\r\x00»: pandas read it, the csv module does not; a message, never a traceback
        check.report("bad_csv", detail=str(exc).splitlines()[0][:200])
        return None, check.problems
    for name in dict.fromkeys(n for n in names if names.count(n) > 1):
        check.report("duplicate_column", column=name[:40])
    if check.problems:
        return None, check.problems
    frame.columns = [str(name).strip() for name in frame.columns]
    for column in columns:
        check.require(column in frame.columns, "missing_column", column=column)
    if check.problems:
        return None, check.problems
    if not check.require(len(frame) > 0, "no_rows"):
        return None, check.problems
    frame = frame[list(columns)].apply(lambda cells: cells.str.strip())
    return frame, check.problems + check_text(frame, path.name)


def _read_bytes(path: Path, check: _Checker) -> bytes | None:
    """The bytes of a regular file within the size limit; None with one problem otherwise."""
    try:
        # stat before opening: a named pipe would block the read, a device might never end.
        info = path.stat()
        if stat.S_ISDIR(info.st_mode) or not stat.S_ISREG(info.st_mode):
            check.report("is_directory" if stat.S_ISDIR(info.st_mode) else "special_file")
            return None
        if info.st_size > MAX_FILE_BYTES:
            _too_large(check, f"{info.st_size:,}")
            return None
        # Non-blocking, then checked again once open: the file may have been swapped for a pipe meanwhile.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(handle, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                check.report("special_file")
                return None
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        check.report("missing_file")
        return None
    except PermissionError:
        check.report("no_permission")
        return None
    except OSError as error:
        check.report("unreadable", reason=error.strerror or type(error).__name__)
        return None
    if len(raw) > MAX_FILE_BYTES:  # it grew after the stat
        _too_large(check, f"{len(raw):,}+")
        return None
    return raw


def _too_large(check: _Checker, size: str) -> None:
    """Report a file over the size limit."""
    check.report("too_large", size=size, limit=f"{MAX_FILE_BYTES:,}", limit_mb=MAX_FILE_BYTES // 2**20)


def check_text(frame: pd.DataFrame, file: str) -> list[Problem]:
    """Report invisible controls in text cells: one problem per cell, naming the row, column and character."""
    check = _Checker(file)
    row_ids = frame["id"].tolist()
    for column in frame.columns:
        if column in NUMBER_COLUMNS:
            continue
        cells = frame[column].tolist()
        joined = "".join(cells)
        # One test per column while the data is sound; isprintable is false for every refused character.
        if joined.isprintable() or not INVISIBLE.search(joined):
            continue
        for row_id, cell in zip(row_ids, cells):
            found = INVISIBLE.search(cell)
            if found:
                check.report("invisible_character", row=row_id, column=column, char=_character_name(found.group()))
    return check.problems


def _character_name(char: str) -> str:
    """U+202E RIGHT-TO-LEFT OVERRIDE: the code point, and its name when it has one."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".strip()


def check_ids(frame: pd.DataFrame, check: _Checker) -> pd.DataFrame:
    """Report empty and duplicate ids; keep the first row of each id."""
    empty = frame["id"] == ""
    for _ in range(int(empty.sum())):
        check.report("empty_id")
    for row_id in frame.loc[~empty & frame["id"].duplicated(), "id"].unique():
        check.report("duplicate_id", row=row_id)
    return frame[~empty & ~frame["id"].duplicated()].set_index("id")


# --- Numbers --------------------------------------------------------------------------------------------------------
# A thousands separator must be followed by groups of three digits: "7,5" is a decimal comma or a slip, never 75.
_GROUPED = re.compile(
    r"[-+\u2212]?[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}([,\u066c][0-9\u0660-\u0669\u06f0-\u06f9]{3})+"
    r"([.\u066b][0-9\u0660-\u0669\u06f0-\u06f9]+)?"
)
_SEPARATOR = re.compile("[,\u066c]")


def parse_numbers(frame: pd.DataFrame, file: str) -> tuple[pd.DataFrame, list[Problem]]:
    """The value columns as floats (NaN where empty or not a number), with a problem for each cell that is not one."""
    check = _Checker(file)
    parsed = {}
    for column in NUMBER_COLUMNS:
        cells = frame[column]
        plain = cells.str.fullmatch(_PLAIN_NUMBER.pattern)
        numbers = pd.to_numeric(cells.where(plain), errors="coerce").astype(float)
        for row_id in frame.index[numpy.isinf(numbers.to_numpy())]:  # 400 nines are digits, but not a finite float
            check.report("not_finite", row=row_id, column=column)
        numbers = numbers.where(~numpy.isinf(numbers))
        # Only the cells that are not plain numbers pay for parse_number (digits, separators, direction marks).
        for position in (~plain & (cells != "")).to_numpy().nonzero()[0]:
            row_id, cell = frame.index[position], cells.iloc[position]
            value = _number(check, row_id, column, cell)
            numbers.iloc[position] = math.nan if value is None else value
        if column == "value":  # the value is required; an empty value_max means "no upper bound"
            for row_id in frame.index[(cells == "").to_numpy()]:
                check.report("not_number", row=row_id, column=column, value="")
        parsed[column] = numbers
    return frame.assign(**parsed), check.problems


def _number(check: _Checker, row_id: str, column: str, cell: str) -> float | None:
    """Parse one numeric cell that is not a plain number, reporting text, stray separators and non-finite values."""
    bare = cell.translate(_BIDI_MARKS).strip()
    if _SEPARATOR.search(bare) and not _GROUPED.fullmatch(bare):
        check.report("bad_separator", row=row_id, column=column, value=cell[:40])
        return None
    value = parse_number(cell)
    if value is None:
        check.report("not_number", row=row_id, column=column, value=cell[:40])
        return None
    if not math.isfinite(value):
        check.report("not_finite", row=row_id, column=column)
        return None
    return value


_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


# --- Dates ----------------------------------------------------------------------------------------------------------
def _calendar(cells: pd.Series, precisions: tuple[int, ...] = (7, 10)) -> pd.Series:
    """True where a cell is a real calendar date in ASCII digits: YYYY-MM-DD (no 30 February), YYYY-MM, or YYYY when
    precisions allows 4. Arabic-Indic digits are refused: they would sort after every ASCII date."""
    shape = cells.str.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?") & cells.str.len().isin(precisions)
    return shape & first_day(cells).notna()


def first_day(cells: pd.Series) -> pd.Series:
    """The first day each date or month or year stands for, NaT where it is not one."""
    length = cells.str.len()
    padded = cells.where(length != 4, cells + "-01-01").where(length != 7, cells + "-01")
    padded = padded.where(padded.str.len() == 10)
    return pd.to_datetime(padded, format="%Y-%m-%d", errors="coerce")


def last_day(cells: pd.Series) -> pd.Series:
    """The last day each date or month or year stands for, NaT where it is not one."""
    start = first_day(cells)
    length = cells.str.len()
    month_end = start + pd.offsets.MonthEnd(0)
    year_end = start + pd.offsets.YearEnd(0)
    return start.where(length == 10, month_end.where(length == 7, year_end))


def _dated(frame: pd.DataFrame) -> pd.Series:
    """Rows whose period bounds are both dates (the others already have their bad_date problem)."""
    return _calendar(frame["period_start"]) & _calendar(frame["period_end"])


# --- The schema -----------------------------------------------------------------------------------------------------
# Each rule is a pandera check named after the problem it reports ("code", or "code@column" for a check on the whole
# row that blames one column). Problems are built from pandera's failure cases by _problems below, so a rule lives
# in one place: the schema, which check() and load() both apply.
# Text columns hold text by construction (read_table reads every cell as a string): their type is not tested again,
# which pandera would do column by column at a cost of most of the check's time on the real, small files.
TEXT = None


def _rule(code: str, test, column: str = "") -> pa.Check:
    """A vectorised check that reports the problem code (blaming column, for a check on whole rows)."""
    return pa.Check(test, name=f"{code}@{column}" if column else code)


def _choice(column: str, allowed) -> pa.Column:
    return pa.Column(TEXT, _rule("unknown_value", lambda cells: cells.isin(list(allowed))), name=column)


def _count_or_share(column: str) -> list[pa.Check]:
    """Bounds on value or value_max by the row's unit: counts whole, not negative, below a billion; shares 0-100."""

    def counts(df: pd.DataFrame) -> pd.Series:
        return df["unit"].isin(COUNT_UNITS) & df[column].notna()

    def shares(df: pd.DataFrame) -> pd.Series:
        return (df["unit"] == "percent") & df[column].notna()

    return [
        _rule("negative", lambda df: ~counts(df) | (df[column] >= 0), column),
        _rule("not_whole", lambda df: ~counts(df) | (df[column] % 1 == 0), column),
        _rule("implausible", lambda df: ~counts(df) | (df[column] <= MAX_COUNT), column),
        _rule("share_out_of_range", lambda df: ~shares(df) | df[column].between(0, 100), column),
    ]


def _figure_rules(expected_unit: Callable[[pd.DataFrame], pd.Series], source_ids: set[str]) -> dict:
    """The columns and row rules shared by the figures and the monthly file."""
    columns = {
        "value": pa.Column(float, nullable=True),
        "value_max": pa.Column(float, nullable=True),
        "unit": _choice("unit", UNITS),
        "qualifier": _choice("qualifier", QUALIFIERS),
        "claimed_by": _choice("claimed_by", CLAIMANTS),
        "source_id": pa.Column(TEXT, _rule("unknown_source", lambda cells: cells.isin(list(source_ids)))),
        "period_start": pa.Column(TEXT, _rule("bad_date", _calendar)),
        "period_end": pa.Column(TEXT, _rule("bad_date", _calendar)),
        "quote": pa.Column(TEXT, _rule("empty_quote", lambda cells: cells != "")),
    }
    has_max = lambda df: df["value_max"].notna()  # noqa: E731
    checks = [
        _rule("wrong_unit", lambda df: expected_unit(df).isna() | (df["unit"] == expected_unit(df)), "unit"),
        # A range needs its high end; a single value (about, exact, more than, at least) must not have one.
        _rule(
            "range_without_max", lambda df: (df["qualifier"] != "range") | has_max(df) | df["value"].isna(), "value_max"
        ),
        _rule(
            "max_without_range",
            lambda df: ~has_max(df) | (df["qualifier"] == "range") | ~df["qualifier"].isin(QUALIFIERS),
            "value_max",
        ),
        *_count_or_share("value"),
        *_count_or_share("value_max"),
        _rule("range_inverted", lambda df: ~has_max(df) | ~(df["value"] > df["value_max"]), "value"),
        # Day precision: a period of months runs from its first day to its last (2014-09 to 2015-09-29 is sound).
        _rule(
            "period_inverted",
            lambda df: ~_dated(df) | (first_day(df["period_start"]) <= last_day(df["period_end"])),
            "period_start",
        ),
    ]
    return {"columns": columns, "checks": checks}


def figures_schema(source_ids: set[str]) -> pa.DataFrameSchema:
    """figures.csv: the article's figures, one row per known id, each with its unit, and Iraq within a total above 0."""
    rules = _figure_rules(lambda df: df["id"].map(REQUIRED_FIGURES), source_ids)
    value_of = lambda df, figure: df.loc[df["id"] == figure, "value"].max()  # noqa: E731
    return pa.DataFrameSchema(
        {"id": pa.Column(TEXT, _rule("unknown_figure", lambda ids: ids.isin(KNOWN_FIGURES))), **rules["columns"]},
        checks=[
            *rules["checks"],
            # Every share is a part of the total: a total of 0 has no parts.
            _rule("total_not_positive", lambda df: (df["id"] != "strikes_total") | ~(df["value"] <= 0), "value"),
            _rule(
                "iraq_above_total",
                lambda df: (df["id"] != "strikes_iraq") | ~(df["value"] > value_of(df, "strikes_total")),
                "value",
            ),
            # The casualties chart and its working show the civilian deaths as the range the article gives.
            _rule(
                "needs_range", lambda df: (df["id"] != "civilian_deaths") | (df["qualifier"] == "range"), "qualifier"
            ),
            # The other partners' share is 100 minus the US share: at 100 there are none to compare.
            _rule("share_leaves_no_others", lambda df: (df["id"] != "us_share_iraq") | (df["value"] != 100), "value"),
        ],
    )


def monthly_schema(source_ids: set[str]) -> pa.DataFrameSchema:
    """airwars_monthly_2015.csv: Airwars' cumulative counts, one row per date and metric, by the figures' rules."""
    rules = _figure_rules(lambda df: df["metric"].map(METRICS), source_ids)

    def iraq_within_total(df: pd.DataFrame) -> pd.Series:
        totals = df[df["metric"] == "strikes_total"].drop_duplicates("as_of").set_index("as_of")["value"]
        return (df["metric"] != "strikes_iraq") | ~(df["value"] > df["as_of"].map(totals))

    return pa.DataFrameSchema(
        {
            "id": pa.Column(TEXT),
            "as_of": pa.Column(TEXT, _rule("bad_date", _calendar)),
            "metric": _choice("metric", METRICS),
            **rules["columns"],
            "quote_url": pa.Column(TEXT, _rule("bad_quote_url", lambda cells: cells.str.fullmatch(_WEB_ADDRESS))),
        },
        checks=[
            *rules["checks"],
            _rule("duplicate_metric", lambda df: ~df.duplicated(["as_of", "metric"]), "metric"),
            _rule("iraq_above_total", iraq_within_total, "value"),
        ],
    )


def sources_schema() -> pa.DataFrameSchema:
    """sources.csv: who published each source and when (a date, or the word unknown), what it cites, its address."""

    def required(column: str) -> pa.Column:
        return pa.Column(TEXT, _rule("empty_field", lambda cells: cells != ""), name=column)

    def kind_fits_url(df: pd.DataFrame) -> pd.Series:
        return ~df["url_kind"].isin(URL_KINDS) | ((df["url_kind"] == "none") == (df["url"] == ""))

    published = lambda cells: (cells == "") | (cells == UNKNOWN_DATE) | _calendar(cells, (4, 7, 10))  # noqa: E731
    return pa.DataFrameSchema(
        {
            "id": pa.Column(TEXT),
            "publisher": required("publisher"),
            "publisher_en": pa.Column(TEXT),
            "title": pa.Column(TEXT),  # empty where the page shows none: the pages then describe it (citation.titled)
            "published": pa.Column(
                TEXT, [_rule("empty_field", lambda cells: cells != ""), _rule("bad_published", published)]
            ),
            "cites": required("cites"),
            "cites_en": pa.Column(TEXT),
            "url": pa.Column(TEXT),
            "url_kind": pa.Column(
                TEXT,
                [
                    _rule("empty_field", lambda cells: cells != ""),
                    _rule("unknown_value", lambda cells: (cells == "") | cells.isin(URL_KINDS)),
                ],
            ),
        },
        checks=[_rule("url_kind_mismatch", kind_fits_url, "url_kind")],
    )


def _problems(schema: pa.DataFrameSchema, frame: pd.DataFrame, file: str) -> list[Problem]:
    """Validate a frame against its schema: one problem per failing rule and row, in the order of the rows."""
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        failures = errors.failure_cases
    else:
        return []
    found: dict[tuple[int, str], Problem] = {}
    order = {name: i for i, name in enumerate(_rule_names(schema))}
    for name, column, position in zip(failures["check"], failures["column"], failures["index"]):
        code, _, blamed = str(name).partition("@")
        key = (int(position) if pd.notna(position) else -1, str(name))
        if key in found or code not in _MESSAGES:
            continue
        found[key] = _problem(file, code, blamed or str(column), frame, key[0])
    return [found[key] for key in sorted(found, key=lambda k: (k[0], order.get(k[1], 0)))]


def _rule_names(schema: pa.DataFrameSchema) -> list[str]:
    """The rules of a schema, in the order they are declared: problems of one row are listed in that order."""
    names = [check.name for column in schema.columns.values() for check in column.checks]
    return names + [check.name for check in schema.checks]


def _cell(frame: pd.DataFrame, column: str, position: int) -> str:
    value = frame[column].iloc[position] if column in frame.columns and position >= 0 else ""
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:g}"
    return str(value)[:40]


def _problem(file: str, code: str, column: str, frame: pd.DataFrame, position: int) -> Problem:
    """The problem one rule found in one row, with what its message names."""
    row = frame["id"].iloc[position] if position >= 0 else ""
    cell = lambda name: _cell(frame, name, position)  # noqa: E731
    params = {name: cell(name) for name in _MESSAGES[code]}
    params |= {"column": column, "value": cell(column)} if "value" in _MESSAGES[code] else {}
    if code == "unknown_value":
        params["allowed"] = ", ".join(_ALLOWED[column])
    elif code == "unknown_figure":
        params["known"] = ", ".join(KNOWN_FIGURES)
    elif code == "wrong_unit":
        params["expected"] = (REQUIRED_FIGURES if file == FIGURES_FILE else METRICS).get(
            cell("id") if file == FIGURES_FILE else cell("metric"), ""
        )
    elif code == "range_inverted":
        params["value"] = cell("value")
    elif code == "iraq_above_total":
        params = {"iraq": cell("value"), "total": _total(frame, position, file)}
    elif code == "url_kind_mismatch":
        code = "url_without_kind" if cell("url_kind") == "none" else "kind_without_url"
        params = {"value": cell("url_kind")}
    elif code == "empty_field":
        params = {"column": column}
    return Problem.of(file, code, row, **params)


def _total(frame: pd.DataFrame, position: int, file: str) -> str:
    """The total that Iraq's count of the same row (and date) is above."""
    same = frame["metric"] == "strikes_total" if file == MONTHLY_FILE else frame["id"] == "strikes_total"
    if file == MONTHLY_FILE:
        same &= frame["as_of"] == frame["as_of"].iloc[position]
    return f"{frame.loc[same, 'value'].iloc[0]:g}"


# What each problem's message names, read from the row: the parameters of its label in airwars/labels/*.toml.
_MESSAGES: dict[str, tuple[str, ...]] = {
    "unknown_value": ("value",),
    "unknown_source": ("source_id",),
    "bad_date": ("value",),
    "empty_quote": (),
    "wrong_unit": ("unit",),
    "range_without_max": (),
    "max_without_range": ("qualifier", "value_max"),
    "negative": ("value",),
    "not_whole": ("value",),
    "implausible": ("value",),
    "share_out_of_range": ("value",),
    "range_inverted": ("value_max",),
    "period_inverted": ("period_start", "period_end"),
    "unknown_figure": (),
    "total_not_positive": ("value",),
    "iraq_above_total": (),
    "share_leaves_no_others": ("value",),
    "duplicate_metric": ("as_of", "metric"),
    "needs_range": ("qualifier",),
    "empty_field": (),
    "bad_published": ("value",),
    "url_kind_mismatch": (),
    "bad_quote_url": ("value",),
}
_ALLOWED = {
    "unit": UNITS,
    "qualifier": QUALIFIERS,
    "claimed_by": CLAIMANTS,
    "metric": tuple(METRICS),
    "url_kind": URL_KINDS,
}


def check_sources(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Check the sources file against its schema; the word unknown is read as an empty publication date."""
    check = _Checker(SOURCES_FILE)
    sources = check_ids(frame, check)
    problems = check.problems + _problems(sources_schema(), sources.reset_index(), SOURCES_FILE)
    return sources.assign(published=sources["published"].replace(UNKNOWN_DATE, "")), problems


def check_figures(frame: pd.DataFrame, source_ids: set[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """Check the figures file: its numbers, its schema, and the figures every table is built on."""
    check = _Checker(FIGURES_FILE)
    figures = check_ids(frame, check)
    figures, number_problems = parse_numbers(figures, FIGURES_FILE)
    problems = check.problems + number_problems
    problems += _problems(figures_schema(source_ids), figures.reset_index(), FIGURES_FILE)
    for figure_id in REQUIRED_FIGURES:
        if figure_id not in figures.index:
            problems.append(Problem.of(FIGURES_FILE, "missing_figure", id=figure_id))
    return figures, problems


def check_monthly(frame: pd.DataFrame, source_ids: set[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """Check Airwars' cumulative counts by the rules of the figures file, plus their date and metric."""
    check = _Checker(MONTHLY_FILE)
    monthly = check_ids(frame, check)
    monthly, number_problems = parse_numbers(monthly, MONTHLY_FILE)
    problems = check.problems + number_problems
    return monthly, problems + _problems(monthly_schema(source_ids), monthly.reset_index(), MONTHLY_FILE)


def load(data_dir: Path | str = DEFAULT_DATA_DIR) -> Dataset:
    """Load and check both files; raise DataError listing every problem."""
    data_dir = Path(data_dir)
    sources_frame, problems = read_table(data_dir / SOURCES_FILE, SOURCE_COLUMNS)
    figures_frame, figure_problems = read_table(data_dir / FIGURES_FILE, FIGURE_COLUMNS)
    problems += figure_problems
    monthly_frame, monthly_problems = read_table(data_dir / MONTHLY_FILE, MONTHLY_COLUMNS)
    problems += monthly_problems
    sources = None
    if sources_frame is not None:
        sources, source_problems = check_sources(sources_frame)
        problems += source_problems
    if figures_frame is not None:
        source_ids = set(sources.index) if sources is not None else set()
        figures, figure_problems = check_figures(figures_frame, source_ids)
        # Without a readable sources file every source id would be reported unknown: say it once instead.
        problems += [p for p in figure_problems if sources is not None or p.code != "unknown_source"]
    if monthly_frame is not None:
        source_ids = set(sources.index) if sources is not None else set()
        monthly, monthly_problems = check_monthly(monthly_frame, source_ids)
        problems += [p for p in monthly_problems if sources is not None or p.code != "unknown_source"]
    if problems:
        raise DataError(_capped(problems))
    return Dataset(figures=figures, sources=sources, monthly=monthly)


def _capped(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE problems per file, then one line counting the rest; files keep their order."""
    kept: list[Problem] = []
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem.file] = counts.get(problem.file, 0) + 1
        if counts[problem.file] <= MAX_PROBLEMS_PER_FILE:
            kept.append(problem)
    for file, count in counts.items():
        if count > MAX_PROBLEMS_PER_FILE:
            last = max(i for i, problem in enumerate(kept) if problem.file == file)
            kept.insert(last + 1, Problem.of(file, "more_problems", count=f"{count - MAX_PROBLEMS_PER_FILE:,}"))
    return kept


def find_problems(data_dir: Path | str = DEFAULT_DATA_DIR) -> list[Problem]:
    """Every problem in the data files; empty when they are sound."""
    try:
        load(data_dir)
    except DataError as error:
        return error.problems
    return []
