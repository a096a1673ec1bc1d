"""Load the figures and sources files and check them, one problem per line."""

from __future__ import annotations

import io
import math
import re
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
MONTHLY_COLUMNS = ("id", "as_of", "metric", *FIGURE_COLUMNS[1:])
# What each monthly metric counts, and so the unit its rows must have.
METRICS = {
    "strikes_total": "strikes", "strikes_iraq": "strikes", "strikes_syria": "strikes", "share_iraq": "percent",
    "us_share_iraq": "percent", "us_share_syria": "percent", "civilian_deaths_credible": "people",
    "civilian_deaths_claimed": "people",
}  # fmt: skip
SOURCE_COLUMNS = ("id", "publisher", "publisher_en", "title", "published", "cites", "cites_en", "url", "url_kind")
# The publication date may be unknown (empty); the figures' as-of dates live in the figure rows, not here.
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
UNITS = ("strikes", "percent", "people")
COUNT_UNITS = ("strikes", "people")
QUALIFIERS = ("about", "exact", "more_than", "at_least", "range")
CLAIMANTS = ("airwars", "coalition")
# No count in this story comes near a billion: larger ones are typing slips, and would overflow the tables.
MAX_COUNT = 1e9
_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?")


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
        problem = Problem.of(self.file, code, row, **params)
        if not ok:
            self.problems.append(problem)
        return ok

    def report(self, code: str, row: str = "", **params: object) -> None:
        """Record a problem found without a test to pass."""
        self.require(False, code, row, **params)


def read_table(path: Path, columns: tuple[str, ...]) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read a UTF-8 CSV file as text cells; None with the problems when it cannot be used."""
    check = _Checker(path.name)
    if not check.require(path.is_file(), "missing_file"):
        return None, check.problems
    raw = path.read_bytes()
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
    return frame, check.problems


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
    for row_id, row in sources.iterrows():
        for column in SOURCE_REQUIRED:
            check.require(row[column] != "", "empty_field", row=row_id, column=column)
        if row["published"]:
            check.require(bool(_DATE.fullmatch(row["published"])), "bad_date", row=row_id, column="published",
                          value=row["published"][:40])  # fmt: skip
        if row["url_kind"]:
            _check_url_kind(check, str(row_id), row)
    return sources, check.problems


def _check_url_kind(check: _Checker, row_id: str, row: pd.Series) -> None:
    """Report an unknown url_kind, and an address that its kind contradicts (none with a url, a kind without one)."""
    if not _check_choice(check, row_id, row, "url_kind", URL_KINDS):
        return
    if row["url_kind"] == "none":
        check.require(row["url"] == "", "url_without_kind", row=row_id)
    else:
        check.require(row["url"] != "", "kind_without_url", row=row_id, value=row["url_kind"])


def _number(check: _Checker, row_id: str, column: str, cell: str) -> float | None:
    """Parse one numeric cell, reporting text and non-finite values."""
    value = parse_number(cell)
    if not check.require(value is not None, "not_number", row=row_id, column=column, value=cell[:40]):
        return None
    if not check.require(math.isfinite(value), "not_finite", row=row_id, column=column):
        return None
    return value


def _check_choice(check: _Checker, row_id: str, row: pd.Series, column: str, allowed: tuple[str, ...]) -> bool:
    """Report a cell whose value is not one of the allowed words."""
    return check.require(
        row[column] in allowed, "unknown_value", row=row_id, column=column,
        value=row[column][:40], allowed=", ".join(allowed),
    )  # fmt: skip


def check_figure(
    check: _Checker, row_id: str, row: pd.Series, source_ids: set[str], expected: str | None = None
) -> tuple[float, float] | None:
    """Check one figure row (expected: the unit it must have); return its (value, value_max) when usable."""
    for column, allowed in (("unit", UNITS), ("qualifier", QUALIFIERS), ("claimed_by", CLAIMANTS)):
        _check_choice(check, row_id, row, column, allowed)
    check.require(row["source_id"] in source_ids, "unknown_source", row=row_id, source_id=row["source_id"][:40])
    check.require(row["quote"] != "", "empty_quote", row=row_id)
    for column in ("period_start", "period_end"):
        check.require(bool(_DATE.fullmatch(row[column])), "bad_date", row=row_id, column=column, value=row[column][:40])
    if _DATE.fullmatch(row["period_start"]) and _DATE.fullmatch(row["period_end"]):
        check.require(row["period_start"][:7] <= row["period_end"][:7], "period_inverted", row=row_id)
    if expected:
        check.require(row["unit"] == expected, "wrong_unit", row=row_id, unit=row["unit"][:40], expected=expected)
    value = _number(check, row_id, "value", row["value"])
    high = float("nan")
    if row["value_max"] != "":
        high = _number(check, row_id, "value_max", row["value_max"])
    elif row["qualifier"] == "range":
        check.report("range_without_max", row=row_id)
    if value is None or high is None:
        return None
    return _check_bounds(check, row_id, row["unit"], value, high)


def _check_bounds(check: _Checker, row_id: str, unit: str, value: float, high: float) -> tuple[float, float] | None:
    """Report negative counts, shares outside 0-100 and inverted ranges."""
    ok = True
    for number in (value, high):
        if math.isnan(number):
            continue
        if unit in COUNT_UNITS:
            ok &= check.require(number >= 0, "negative", row=row_id, value=f"{number:g}")
            ok &= check.require(number.is_integer(), "not_whole", row=row_id, value=f"{number:g}")
            ok &= check.require(number <= MAX_COUNT, "implausible", row=row_id, value=f"{number:g}")
        if unit == "percent":
            ok &= check.require(0 <= number <= 100, "share_out_of_range", row=row_id, value=f"{number:g}")
    if not math.isnan(high):
        ok &= check.require(value <= high, "range_inverted", row=row_id, value=f"{value:g}", value_max=f"{high:g}")
    return (value, high) if ok else None


def check_figures(frame: pd.DataFrame, source_ids: set[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """Check the figures file: each row, the required ids, and Iraq against the total."""
    check = _Checker(FIGURES_FILE)
    figures = check_ids(frame, check)
    values: dict[str, tuple[float, float]] = {}
    for row_id, row in figures.iterrows():
        numbers = check_figure(check, str(row_id), row, source_ids, REQUIRED_FIGURES.get(str(row_id)))
        if numbers is not None:
            values[str(row_id)] = numbers
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
    for row_id, row in monthly.iterrows():
        row_id = str(row_id)
        check.require(bool(_DATE.fullmatch(row["as_of"])), "bad_date", row=row_id, column="as_of", value=row["as_of"][:40])
        known = _check_choice(check, row_id, row, "metric", tuple(METRICS))
        numbers = check_figure(check, row_id, row, source_ids, METRICS[row["metric"]] if known else None)
        if numbers is not None:
            values[row_id] = numbers
    counts = {(row["as_of"], row["metric"]): values[i][0] for i, row in monthly.iterrows() if i in values}
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
        raise DataError(problems)
    return Dataset(figures=figures, sources=sources, monthly=monthly)


def check(data_dir: Path | str = DEFAULT_DATA_DIR) -> list[Problem]:
    """Every problem in the data files; empty when they are sound."""
    try:
        load(data_dir)
    except DataError as error:
        return error.problems
    return []
