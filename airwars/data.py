"""Load the figures and sources files and check them, one problem per line."""

from __future__ import annotations

import io
import math
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from airwars.text import parse_number

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FIGURES_FILE = "figures.csv"
SOURCES_FILE = "sources.csv"
MONTHLY_FILE = "airwars_monthly_2015.csv"
DATA_FILES = (FIGURES_FILE, MONTHLY_FILE, SOURCES_FILE)
FIGURE_COLUMNS = (
    "id", "value", "value_max", "unit", "qualifier", "claimed_by",
    "source_id", "period_start", "period_end", "quote",
)  # fmt: skip
# quote_url: the address where the quote's words were read (a report, a listing or a copy of it).
MONTHLY_COLUMNS = ("id", "as_of", "metric", *FIGURE_COLUMNS[1:], "quote_url")
# What each monthly metric counts, and so the unit its rows must have.
METRICS = {
    "strikes_total": "strikes", "strikes_iraq": "strikes", "strikes_syria": "strikes", "share_iraq": "percent",
    "us_share_iraq": "percent", "us_share_syria": "percent", "civilian_deaths_credible": "people",
    "civilian_deaths_claimed": "people", "strikes_first_year": "strikes", "strikes_per_civilian_death": "strikes",
    "share_iraq_month": "percent",
}  # fmt: skip
SOURCE_COLUMNS = ("id", "publisher", "publisher_en", "title", "published", "cites", "cites_en", "url", "url_kind")
# The publication date is a date or the word unknown; the figures' as-of dates live in the figure rows, not here.
SOURCE_REQUIRED = ("publisher", "title", "cites", "url_kind")
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
_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?")
# Where a quote was read: a plain web address, never javascript: or data:.
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"]+")
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


def _records(frame: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Each row as a plain dict by id: a Series per row (iterrows) or to_dict made the check 20 times slower."""
    columns = list(frame.columns)
    cells = zip(*(frame[column].tolist() for column in columns))
    return {row_id: dict(zip(columns, row)) for row_id, row in zip(frame.index.tolist(), cells)}


def check_ids(frame: pd.DataFrame, check: _Checker) -> pd.DataFrame:
    """Report empty and duplicate ids; keep the first row of each id."""
    for row_id in frame["id"]:
        check.require(row_id != "", "empty_id")
    named = frame["id"] != ""
    for row_id in frame.loc[named & frame["id"].duplicated(), "id"].unique():
        check.report("duplicate_id", row=row_id)
    return frame[(frame["id"] != "") & ~frame["id"].duplicated()].set_index("id")


def check_sources(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Check the sources file row by row."""
    check = _Checker(SOURCES_FILE)
    sources = check_ids(frame, check)
    for row_id, row in _records(sources).items():
        for column in SOURCE_REQUIRED:
            check.require(row[column] != "", "empty_field", row=row_id, column=column)
        if row["published"] != "unknown":
            check.require(bool(_DATE.fullmatch(row["published"])), "bad_date", row=row_id, column="published",
                          value=row["published"][:40])  # fmt: skip
        if row["url_kind"]:
            _check_url_kind(check, str(row_id), row)
    return sources, check.problems


def _check_url_kind(check: _Checker, row_id: str, row: dict[str, str]) -> None:
    """Report an unknown url_kind, and an address that its kind contradicts (none with a url, a kind without one)."""
    if not _check_choice(check, row_id, row, "url_kind", URL_KINDS):
        return
    if row["url_kind"] == "none":
        check.require(row["url"] == "", "url_without_kind", row=row_id)
    else:
        check.require(row["url"] != "", "kind_without_url", row=row_id, value=row["url_kind"])


# The checks below test first and build a message only for a failure: formatting the message of every passing test
# was most of the time the check took.
def _number(check: _Checker, row_id: str, column: str, cell: str) -> float | None:
    """Parse one numeric cell, reporting text and non-finite values."""
    value = float(cell) if _PLAIN_NUMBER.fullmatch(cell) else parse_number(cell)
    if value is None:
        check.report("not_number", row=row_id, column=column, value=cell[:40])
        return None
    if not math.isfinite(value):
        check.report("not_finite", row=row_id, column=column)
        return None
    return value


def _check_choice(check: _Checker, row_id: str, row: dict[str, str], column: str, allowed: tuple[str, ...]) -> bool:
    """Report a cell whose value is not one of the allowed words."""
    if row[column] in allowed:
        return True
    check.report("unknown_value", row=row_id, column=column, value=row[column][:40], allowed=", ".join(allowed))
    return False


def _check_dates(check: _Checker, row_id: str, row: dict[str, str]) -> None:
    """Report a period bound that is not a date, and a period that ends before it starts."""
    dated = True
    for column in ("period_start", "period_end"):
        if not _DATE.fullmatch(row[column]):
            check.report("bad_date", row=row_id, column=column, value=row[column][:40])
            dated = False
    if dated and row["period_start"][:7] > row["period_end"][:7]:
        check.report("period_inverted", row=row_id)


def check_figure(
    check: _Checker, row_id: str, row: dict[str, str], source_ids: set[str], expected: str | None = None
) -> tuple[float, float] | None:
    """Check one figure row (expected: the unit it must have); return its (value, value_max) when usable."""
    for column, allowed in (("unit", UNITS), ("qualifier", QUALIFIERS), ("claimed_by", CLAIMANTS)):
        _check_choice(check, row_id, row, column, allowed)
    if row["source_id"] not in source_ids:
        check.report("unknown_source", row=row_id, source_id=row["source_id"][:40])
    if row["quote"] == "":
        check.report("empty_quote", row=row_id)
    _check_dates(check, row_id, row)
    if expected and row["unit"] != expected:
        check.report("wrong_unit", row=row_id, unit=row["unit"][:40], expected=expected)
    value = _number(check, row_id, "value", row["value"])
    high = float("nan")
    if row["value_max"] != "":
        high = _number(check, row_id, "value_max", row["value_max"])
    elif row["qualifier"] == "range":
        check.report("range_without_max", row=row_id)
    if value is None or high is None:
        return None
    return _check_bounds(check, row_id, row["unit"], value, high)


def _bound_problems(unit: str, number: float) -> list[str]:
    """The codes a single value breaks: negative, fractional or implausible counts, shares outside 0-100."""
    if unit in COUNT_UNITS:
        tests = (("negative", number >= 0), ("not_whole", number.is_integer()), ("implausible", number <= MAX_COUNT))
    elif unit == "percent":
        tests = (("share_out_of_range", 0 <= number <= 100),)
    else:
        return []
    return [code for code, ok in tests if not ok]


def _check_bounds(check: _Checker, row_id: str, unit: str, value: float, high: float) -> tuple[float, float] | None:
    """Report negative counts, shares outside 0-100 and inverted ranges."""
    ok = True
    for number in (value, high):
        if math.isnan(number):
            continue
        for code in _bound_problems(unit, number):
            check.report(code, row=row_id, value=f"{number:g}")
            ok = False
    if not math.isnan(high) and value > high:
        check.report("range_inverted", row=row_id, value=f"{value:g}", value_max=f"{high:g}")
        ok = False
    return (value, high) if ok else None


def check_figures(frame: pd.DataFrame, source_ids: set[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """Check the figures file: each row, the required ids, and Iraq against the total."""
    check = _Checker(FIGURES_FILE)
    figures = check_ids(frame, check)
    values: dict[str, tuple[float, float]] = {}
    for row_id, row in _records(figures).items():
        if row_id not in KNOWN_FIGURES:
            check.report("unknown_figure", row=row_id, known=", ".join(KNOWN_FIGURES))
        numbers = check_figure(check, row_id, row, source_ids, REQUIRED_FIGURES.get(row_id))
        if numbers is not None:
            values[row_id] = numbers
    for figure_id in REQUIRED_FIGURES:
        check.require(figure_id in figures.index, "missing_figure", id=figure_id)
    if "strikes_iraq" in values and "strikes_total" in values:
        iraq, total = values["strikes_iraq"][0], values["strikes_total"][0]
        check.require(iraq <= total, "iraq_above_total", row="strikes_iraq", iraq=f"{iraq:g}", total=f"{total:g}")
    if check.problems:
        return figures, check.problems
    figures = figures.assign(
        value=[values[i][0] for i in figures.index], value_max=[values[i][1] for i in figures.index]
    )
    return figures, check.problems


def check_monthly(frame: pd.DataFrame, source_ids: set[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """Check Airwars' cumulative counts by the rules of the figures file, plus their date and metric."""
    check = _Checker(MONTHLY_FILE)
    monthly = check_ids(frame, check)
    values: dict[str, tuple[float, float]] = {}
    rows = _records(monthly)
    metrics = tuple(METRICS)
    for row_id, row in rows.items():
        if not _DATE.fullmatch(row["as_of"]):
            check.report("bad_date", row=row_id, column="as_of", value=row["as_of"][:40])
        known = _check_choice(check, row_id, row, "metric", metrics)
        check.require(bool(_WEB_ADDRESS.fullmatch(row["quote_url"])), "bad_quote_url", row=row_id,
                      value=row["quote_url"][:80])  # fmt: skip
        numbers = check_figure(check, row_id, row, source_ids, METRICS[row["metric"]] if known else None)
        if numbers is not None:
            values[row_id] = numbers
    counts = {(row["as_of"], row["metric"]): values[i][0] for i, row in rows.items() if i in values}
    for (as_of, metric), iraq in counts.items():
        total = counts.get((as_of, "strikes_total"))
        if metric == "strikes_iraq" and total is not None:
            check.require(iraq <= total, "iraq_above_total", row=f"{as_of}_strikes_iraq", iraq=f"{iraq:g}", total=f"{total:g}")
    if check.problems:
        return monthly, check.problems
    return monthly.assign(value=[values[i][0] for i in monthly.index], value_max=[values[i][1] for i in monthly.index]), []


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
