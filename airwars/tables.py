"""The pandas tables behind the charts, with every derived value and its formula."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd

from airwars.data import Dataset
from airwars.text import round_half_up

TABLE_NAMES = ("strikes_by_country", "us_share_iraq", "casualty_ranges", "derived_values")


@dataclass(frozen=True)
class Derived:
    """A value computed from the reported figures, with its formula and the numbers used."""

    id: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    formula: str
    expression: str


def plain(value: float, decimals: int = 1) -> str:
    """A number as written in a formula: no separators, decimals only when needed."""
    if float(value).is_integer():
        return str(int(value))
    return f"{round_half_up(value, decimals):.{decimals}f}"


def derive(ds: Dataset) -> dict[str, Derived]:
    """Compute every derived value from the reported figures."""
    total, iraq = ds.value("strikes_total"), ds.value("strikes_iraq")
    us_share = ds.value("us_share_iraq")
    civilians = ds.figures.loc["civilian_deaths"]
    low, high = float(civilians["value"]), float(civilians["value_max"])
    total_about = "about" if ds.figures.at["strikes_total", "qualifier"] == "about" else "exact"

    syria = total - iraq
    share_iraq = iraq / total * 100 if total else math.nan
    share_syria = syria / total * 100 if total else math.nan
    us_exact = us_share / 100 * iraq
    us_strikes = round_half_up(us_exact)
    others_share = 100 - us_share
    others_strikes = iraq - us_strikes
    per_low = low / total * 100 if total else math.nan
    per_high = high / total * 100 if total else math.nan

    rows = [
        Derived("strikes_syria", syria, None, "strikes", total_about,
                "strikes_total − strikes_iraq", f"{plain(total)} − {plain(iraq)} = {plain(syria)}"),
        Derived("share_iraq", share_iraq, None, "percent", "about",
                "strikes_iraq ÷ strikes_total × 100", f"{plain(iraq)} ÷ {plain(total)} × 100 ≈ {plain(share_iraq)}"),
        Derived("share_syria", share_syria, None, "percent", "about",
                "strikes_syria ÷ strikes_total × 100", f"{plain(syria)} ÷ {plain(total)} × 100 ≈ {plain(share_syria)}"),
        Derived("us_strikes_iraq", us_strikes, None, "strikes", "about",
                "us_share_iraq ÷ 100 × strikes_iraq",
                f"{plain(us_share)} ÷ 100 × {plain(iraq)} = {plain(us_exact)} ≈ {plain(us_strikes)}"),
        Derived("others_share_iraq", others_share, None, "percent", "exact",
                "100 − us_share_iraq", f"100 − {plain(us_share)} = {plain(others_share)}"),
        Derived("others_strikes_iraq", others_strikes, None, "strikes", "about",
                "strikes_iraq − us_strikes_iraq", f"{plain(iraq)} − {plain(us_strikes)} = {plain(others_strikes)}"),
        Derived("civilians_per_100_strikes", per_low, per_high, "people", "range",
                "civilian_deaths ÷ strikes_total × 100",
                f"{plain(low)} ÷ {plain(total)} × 100 ≈ {plain(per_low)} … "
                f"{plain(high)} ÷ {plain(total)} × 100 ≈ {plain(per_high)}"),
    ]  # fmt: skip
    return {row.id: row for row in rows}


def derived_values(derived: dict[str, Derived]) -> pd.DataFrame:
    """Every derived value as a table, formula beside it."""
    return pd.DataFrame([asdict(row) for row in derived.values()])


def strikes_by_country(ds: Dataset, derived: dict[str, Derived]) -> pd.DataFrame:
    """Strikes in Iraq, in Syria (derived) and in all, with each one's share."""
    figures = ds.figures
    return pd.DataFrame(
        {
            "country": ["iraq", "syria", "total"],
            "strikes": pd.array(
                [ds.value("strikes_iraq"), derived["strikes_syria"].value, ds.value("strikes_total")], dtype="Int64"
            ),
            "share": [derived["share_iraq"].value, derived["share_syria"].value, 100.0],
            "qualifier": [
                figures.at["strikes_iraq", "qualifier"],
                derived["strikes_syria"].qualifier,
                figures.at["strikes_total", "qualifier"],
            ],
            "derived": [False, True, False],
            "formula": ["", derived["strikes_syria"].formula, ""],
            # Syria's count is derived from the total, so it rests on the total's claimant.
            "claimed_by": [figures.at[i, "claimed_by"] for i in ("strikes_iraq", "strikes_total", "strikes_total")],
        }
    )


def us_share_iraq(ds: Dataset, derived: dict[str, Derived]) -> pd.DataFrame:
    """The US and the other partners' shares of the strikes in Iraq, with approximate counts."""
    return pd.DataFrame(
        {
            "partner": ["us", "others"],
            "share": [ds.value("us_share_iraq"), derived["others_share_iraq"].value],
            "strikes": pd.array([derived["us_strikes_iraq"].value, derived["others_strikes_iraq"].value], dtype="Int64"),
            "derived": [False, True],
            "formula": ["", derived["others_share_iraq"].formula],
            "strikes_formula": [derived["us_strikes_iraq"].formula, derived["others_strikes_iraq"].formula],
            "claimed_by": [ds.figures.at["us_share_iraq", "claimed_by"]] * 2,
        }
    )


def casualty_ranges(ds: Dataset) -> pd.DataFrame:
    """Civilian deaths (a range) beside the coalition's open-ended claim of fighters killed."""
    rows = []
    for group, figure_id in (("civilians", "civilian_deaths"), ("fighters", "fighters_killed_claimed")):
        figure = ds.figures.loc[figure_id]
        high = float(figure["value_max"])
        rows.append(
            {
                "group": group,
                "low": int(figure["value"]),
                "high": None if math.isnan(high) else int(high),
                "open_ended": math.isnan(high),
                "qualifier": figure["qualifier"],
                "claimed_by": figure["claimed_by"],
                "figure_id": figure_id,
            }
        )
    return pd.DataFrame(rows).astype({"low": "Int64", "high": "Int64"})


def build_tables(ds: Dataset) -> dict[str, pd.DataFrame]:
    """All the tables, by name."""
    derived = derive(ds)
    return {
        "strikes_by_country": strikes_by_country(ds, derived),
        "us_share_iraq": us_share_iraq(ds, derived),
        "casualty_ranges": casualty_ranges(ds),
        "derived_values": derived_values(derived),
    }


def to_records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain JSON-ready dicts, NaN as None."""
    return [
        {key: (None if pd.isna(value) else _plain_type(value)) for key, value in row.items()}
        for row in frame.to_dict(orient="records")
    ]


def _plain_type(value: object) -> object:
    """numpy scalars as Python ones, so json can write them."""
    return value.item() if hasattr(value, "item") else value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(cell: object) -> object:
    """Prefix text that a spreadsheet would run as a formula; numbers stay numbers."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as CSV with a byte-order mark, so spreadsheets read the Arabic right."""
    safe = frame.map(_neutralise)
    return safe.to_csv(index=False).encode("utf-8-sig")
