"""airwars.tables and `python -m airwars tables --json`: every figure and derived value."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from airwars import tables


def test_table_names(built):
    assert set(built) == set(tables.TABLE_NAMES)
    assert {"strikes_by_country", "us_share_iraq", "casualty_ranges"} <= set(built)


@pytest.mark.parametrize(
    "country, strikes, share, derived, qualifier",
    [("iraq", 4564, 64.7, False, "exact"), ("syria", 2494, 35.3, True, "about"), ("total", 7058, 100.0, False, "about")],
)
def test_strikes_by_country(built, country, strikes, share, derived, qualifier):
    row = built["strikes_by_country"].set_index("country").loc[country]
    assert row["strikes"] == strikes
    assert round(row["share"], 1) == share
    assert bool(row["derived"]) is derived
    assert row["qualifier"] == qualifier


def test_shares_add_up(built):
    rows = built["strikes_by_country"].set_index("country")
    assert rows.loc[["iraq", "syria"], "share"].sum() == pytest.approx(100)
    assert rows.loc[["iraq", "syria"], "strikes"].sum() == rows.at["total", "strikes"]


@pytest.mark.parametrize("partner, share, strikes, derived", [("us", 70, 3195, False), ("others", 30, 1369, True)])
def test_us_share_iraq(built, partner, share, strikes, derived):
    row = built["us_share_iraq"].set_index("partner").loc[partner]
    assert (row["share"], row["strikes"], bool(row["derived"])) == (share, strikes, derived)


def test_us_share_counts_add_up_to_iraq(built):
    assert built["us_share_iraq"]["strikes"].sum() == 4564


@pytest.mark.parametrize(
    "group, low, high, open_ended, claimed_by, qualifier",
    [("civilians", 500, 1800, False, "airwars", "range"), ("fighters", 15000, None, True, "coalition", "more_than")],
)
def test_casualty_ranges(built, group, low, high, open_ended, claimed_by, qualifier):
    row = tables.to_records(built["casualty_ranges"].query("group == @group"))[0]
    assert (row["low"], row["high"], row["open_ended"], row["claimed_by"], row["qualifier"]) == (
        low, high, open_ended, claimed_by, qualifier
    )  # fmt: skip


@pytest.mark.parametrize(
    "derived_id, value, value_max, expression",
    [
        ("strikes_syria", 2494, None, "7058 − 4564 = 2494"),
        ("share_iraq", 64.7, None, "4564 ÷ 7058 × 100 ≈ 64.7"),
        ("share_syria", 35.3, None, "2494 ÷ 7058 × 100 ≈ 35.3"),
        ("us_strikes_iraq", 3195, None, "70 ÷ 100 × 4564 = 3194.8 ≈ 3195"),
        ("others_share_iraq", 30, None, "100 − 70 = 30"),
        ("others_strikes_iraq", 1369, None, "4564 − 3195 = 1369"),
        ("civilians_per_100_strikes", 7.1, 25.5, "500 ÷ 7058 × 100 ≈ 7.1 … 1800 ÷ 7058 × 100 ≈ 25.5"),
    ],
)
def test_derived_values(built, derived_id, value, value_max, expression):
    row = built["derived_values"].set_index("id").loc[derived_id]
    assert round(row["value"], 1) == value
    if value_max is not None:
        assert round(row["value_max"], 1) == value_max
    assert row["expression"] == expression
    assert row["formula"], "every derived value carries its formula"


def test_derived_values_follow_the_data(data_copy):
    """Nothing is typed in: change a reported figure and the derived values move with it."""
    from airwars import data

    path = data_copy / "figures.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("strikes_total,7058", "strikes_total,8000"), "utf-8")
    derived = tables.build_tables(data.load(data_copy))["derived_values"].set_index("id")
    assert derived.at["strikes_syria", "value"] == 8000 - 4564


@pytest.mark.parametrize(
    "cell, expected",
    [("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1", "'+1"), ("-1+2", "'-1+2"), ("@SUM(A1)", "'@SUM(A1)"),
     ("العراق", "العراق")],
)  # fmt: skip
def test_csv_neutralises_formulas_and_keeps_numbers(cell, expected):
    import pandas as pd

    frame = pd.DataFrame({"text": [cell], "number": [-5]})
    content = tables.csv_bytes(frame)
    assert content.startswith(b"\xef\xbb\xbf")
    lines = content.decode("utf-8-sig").splitlines()
    assert lines[1].rsplit(",", 1) == [pd.Series([expected]).to_csv(index=False, header=False).strip(), "-5"]


def test_tables_json_command():
    result = subprocess.run([sys.executable, "-m", "airwars", "tables", "--json"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert {"strikes_by_country", "us_share_iraq", "casualty_ranges"} <= set(printed)
    syria = next(r for r in printed["strikes_by_country"] if r["country"] == "syria")
    assert syria["strikes"] == 2494 and syria["derived"] is True
    fighters = next(r for r in printed["casualty_ranges"] if r["group"] == "fighters")
    assert fighters["high"] is None and fighters["open_ended"] is True


def test_tables_command_on_bad_data(data_copy):
    (data_copy / "figures.csv").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "airwars", "tables", "--json", "--data-dir", str(data_copy)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "figures.csv: the file is empty"
    assert result.stdout == ""


@pytest.mark.parametrize(
    "as_of, series, strikes, qualifier, derived",
    [("2015-08-03", "total", 5800, "more_than", False), ("2015-08-31", "total", 6548, "exact", False),
     ("2015-08-31", "iraq", 4060, "about", True), ("2015-08-31", "syria", 2488, "about", True),
     ("2015-09-30", "iraq", 4605, "exact", False), ("2015-09-30", "syria", 2595, "exact", False),
     ("2015-10-31", "total", 7819, "exact", True)],
)  # fmt: skip
def test_monthly_counts(built, as_of, series, strikes, qualifier, derived):
    rows = built["monthly_counts"].query("as_of == @as_of and series == @series")
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["strikes"], row["qualifier"], bool(row["derived"])) == (strikes, qualifier, derived)
    assert row["url"].startswith("https://"), "every count keeps its address"


@pytest.mark.parametrize(
    "series, before, after", [("total", (6548, 510), (7200, -142)), ("iraq", (4060, 504), (4605, -41)),
                              ("syria", (2488, 6), (2595, -101))],
)  # fmt: skip
def test_cross_check(built, series, before, after):
    row = built["cross_check"].set_index("series").loc[series]
    assert (row["before_strikes"], row["before_difference"]) == before
    assert (row["after_strikes"], row["after_difference"]) == after
    assert row["before_date"] == "2015-08-31" and row["after_date"] == "2015-09-30"


def test_us_share_context(built):
    rows = built["us_share_context"].set_index("region")
    assert (rows.at["iraq", "article_share"], rows.at["iraq", "two_year_share"], rows.at["iraq", "difference"]) == (70, 68, -2)
    assert rows.at["syria", "two_year_share"] == 95


def test_monthly_counts_in_json(built):
    records = tables.to_records(built["monthly_counts"])
    assert all(r["url"] for r in records)
