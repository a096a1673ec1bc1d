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
    [("iraq", 4564, 65, False, "exact"), ("syria", 2494, 35, True, "about"), ("total", 7058, 100.0, False, "about")],
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


@pytest.mark.parametrize(
    "partner, share, share_qualifier, strikes, exact, derived",
    [("us", 70, "exact", 3200, 3194.8, False), ("others", 30, "about", 1400, 1369.2, True)],
)
def test_us_share_iraq(built, partner, share, share_qualifier, strikes, exact, derived):
    """Counts resting on a rounded share are shown to the hundred; the partners' 30% is as rounded as the 70%."""
    row = built["us_share_iraq"].set_index("partner").loc[partner]
    assert (row["share"], row["share_qualifier"], row["strikes"], bool(row["derived"])) == (
        share,
        share_qualifier,
        strikes,
        derived,
    )
    assert round(row["strikes_exact"], 1) == exact
    assert (row["strikes_qualifier"], bool(row["strikes_derived"])) == ("about", True), "every count is derived"


def test_us_share_exact_counts_add_up_to_iraq(built):
    assert built["us_share_iraq"]["strikes_exact"].sum() == pytest.approx(4564)


@pytest.mark.parametrize("country, share_qualifier", [("iraq", "about"), ("syria", "about"), ("total", "exact")])
def test_shares_of_an_approximate_total_are_approximate(built, country, share_qualifier):
    assert built["strikes_by_country"].set_index("country").at[country, "share_qualifier"] == share_qualifier


@pytest.mark.parametrize(
    "group, low, high, open_ended, claimed_by, qualifier",
    [("civilians", 500, 1800, False, "airwars", "range"), ("fighters", 15000, None, True, "coalition", "more_than")],
)
def test_casualty_ranges(built, group, low, high, open_ended, claimed_by, qualifier):
    row = tables.to_records(built["casualty_ranges"].query("group == @group"))[0]
    assert (row["low"], row["high"], row["open_ended"], row["claimed_by"], row["qualifier"]) == (
        low,
        high,
        open_ended,
        claimed_by,
        qualifier,
    )


@pytest.mark.parametrize(
    "derived_id, value, value_max, expression",
    [
        ("strikes_syria", 2494, None, "7058 − 4564 = 2494"),
        ("share_iraq", 65, None, "4564 ÷ 7058 × 100 = 64.7 ≈ 65"),
        ("share_syria", 35, None, "2494 ÷ 7058 × 100 = 35.3 ≈ 35"),
        ("us_strikes_iraq", 3200, None, "70 ÷ 100 × 4564 = 3194.8 ≈ 3200"),
        ("others_share_iraq", 30, None, "100 − 70 = 30"),
        ("others_strikes_iraq", 1400, None, "30 ÷ 100 × 4564 = 1369.2 ≈ 1400"),
        ("civilians_per_100_strikes", 7, 26, "500 ÷ 7058 × 100 = 7.1 ≈ 7 … 1800 ÷ 7058 × 100 = 25.5 ≈ 26"),
        (
            "other_reading_us_share_syria_max",
            78,
            None,
            "4564 ÷ 0.7 × 0.3 ÷ 2494 × 100 = 78.4 ≈ 78 (70.5: 76.6; 69.5: 80.3)",
        ),
        ("syria_since_last_count", -27, 38, "2494 − 2521 = -27 … 2494 − 2456 = 38"),
        ("syria_between_counts", 74, 139, "2595 − 2521 = 74 … 2595 − 2456 = 139"),
    ],
)
def test_derived_values(built, derived_id, value, value_max, expression):
    row = built["derived_values"].set_index("id").loc[derived_id]
    assert round(row["value"], 1) == value
    if value_max is not None:
        assert round(row["value_max"], 1) == value_max
    assert row["expression"] == expression
    assert row["formula"], "every derived value carries its formula"


@pytest.mark.parametrize(
    "derived_id, exact, qualifier",
    [
        ("us_strikes_iraq", 3194.8, "about"),
        ("others_strikes_iraq", 1369.2, "about"),
        ("others_share_iraq", 30, "about"),
        ("other_reading_us_share_syria_max", 78.4, "about"),
        ("strikes_syria", 2494, "about"),
    ],
)
def test_derived_values_keep_the_exact_working(built, derived_id, exact, qualifier):
    row = built["derived_values"].set_index("id").loc[derived_id]
    assert (round(row["exact"], 1), row["qualifier"]) == (exact, qualifier)


def test_the_other_reading_of_the_70_percent_rests_on_the_article(built):
    """Had 70% of US strikes been in Iraq, the US could have flown no more than about 78% of the strikes in Syria
    (4564 ÷ 0.7 × 0.3 ÷ 2494), from the article's own figures alone: no 2016 figure enters the working."""
    row = built["derived_values"].set_index("id").loc["other_reading_us_share_syria_max"]
    assert row["exact"] == pytest.approx(4564 / 0.7 * 0.3 / 2494 * 100)
    assert "95" not in row["expression"]


@pytest.mark.parametrize(
    "metric, low, high, qualifier, period_end",
    [
        ("civilian_deaths_credible", 459, 591, "range", "2015-06-30"),
        ("civilian_deaths_claimed", 1000, None, "more_than", "2015-08-03"),
    ],
)
def test_airwars_civilian_deaths(built, metric, low, high, qualifier, period_end):
    """Airwars' own 3 August 2015 figures, each with its period and source, beside the article's range."""
    rows = built["airwars_civilian_deaths"]
    assert rows["metric"].tolist() == ["civilian_deaths_credible", "civilian_deaths_claimed"]
    row = tables.to_records(rows.query("metric == @metric"))[0]
    assert (row["low"], row["high"], row["qualifier"], row["period_end"], row["as_of"]) == (
        low,
        high,
        qualifier,
        period_end,
        "2015-08-03",
    )
    assert row["url"].startswith("https://") and row["url_kind"] == "republication"


def test_derived_values_follow_the_data(data_copy):
    """Nothing is typed in: change a reported figure and the derived values move with it."""
    from airwars import data

    path = data_copy / "figures.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("strikes_total,7058", "strikes_total,8000"), "utf-8")
    derived = tables.build_tables(data.load(data_copy))["derived_values"].set_index("id")
    assert derived.at["strikes_syria", "value"] == 8000 - 4564
    assert derived.at["syria_since_last_count", "value"] == 8000 - 4564 - 2521


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("العراق", "العراق"),
    ],
)
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
        [sys.executable, "-m", "airwars", "tables", "--json", "--data-dir", str(data_copy)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "figures.csv: the file is empty"
    assert result.stdout == ""


@pytest.mark.parametrize(
    "as_of, series, strikes, qualifier, derived",
    [
        ("2015-08-03", "total", 5800, "more_than", False),
        ("2015-08-31", "total", 6548, "exact", False),
        ("2015-08-31", "iraq", 4060, "range", True),
        ("2015-08-31", "syria", 2488, "range", True),
        ("2015-09-30", "iraq", 4605, "about", False),
        ("2015-09-30", "syria", 2595, "exact", False),
        ("2015-10-31", "total", 7819, "exact", True),
    ],
)
def test_monthly_counts(built, as_of, series, strikes, qualifier, derived):
    rows = built["monthly_counts"].query("as_of == @as_of and series == @series")
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["strikes"], row["qualifier"], bool(row["derived"])) == (strikes, qualifier, derived)
    assert row["url"].startswith("https://"), "every count keeps its address"


@pytest.mark.parametrize(
    "series, before, after",
    [
        ("total", ((6548, 6548), (510, 510)), ((7200, 7200), (-140, -140))),
        ("iraq", ((4027, 4093), (471, 537)), ((4605, 4605), (-40, -40))),
        ("syria", ((2456, 2521), (-27, 38)), ((2595, 2595), (-100, -100))),
    ],
)
def test_cross_check(built, series, before, after):
    """Counts from Airwars' rounded 62% are ranges, and so are their differences; a difference with an approximate
    count (the article's total, Airwars' estimated 7,200) is to the ten."""
    row = built["cross_check"].set_index("series").loc[series]
    for side, ((low, high), (d_low, d_high)) in (("before", before), ("after", after)):
        assert (row[f"{side}_low"], row[f"{side}_high"]) == (low, high), side
        assert (row[f"{side}_difference_low"], row[f"{side}_difference_high"]) == (d_low, d_high), side
    assert row["before_date"] == "2015-08-31" and row["after_date"] == "2015-09-30"


def test_us_share_context(built):
    rows = built["us_share_context"].set_index("region")
    assert (rows.at["iraq", "article_share"], rows.at["iraq", "two_year_share"]) == (70, 68)
    assert "difference" not in rows.columns, "two periods and two counts (strikes, actions) do not subtract"
    assert rows.at["syria", "two_year_share"] == 95


def test_monthly_counts_in_json(built):
    records = tables.to_records(built["monthly_counts"])
    assert all(r["url"] for r in records)


# The precision rule (tables.py, method note "rounding"): what a value computed from rounded or approximate inputs
# may show. Each derived value names its places; shown values must be rounded to them and carry "about" or a range.
APPROXIMATE_INPUTS = {
    "share_iraq",
    "share_syria",
    "us_strikes_iraq",
    "others_strikes_iraq",
    "civilians_per_100_strikes",
    "other_reading_us_share_syria_max",
}


def test_precision_rule_values_are_rounded_to_their_places(built):
    rows = built["derived_values"].set_index("id")
    for derived_id in APPROXIMATE_INPUTS:
        row = rows.loc[derived_id]
        assert row["places"] is not None and row["places"] <= 0, derived_id
        assert row["value"] == tables.to_places(row["value"], int(row["places"])), derived_id
        assert row["qualifier"] in ("about", "range"), derived_id


def test_precision_rule_counts_from_a_rounded_share_are_ranges(built):
    """Airwars' 62% of 6,548 allows Syria anything from about 2,456 to 2,521 strikes on 31 August 2015."""
    row = built["monthly_counts"].query("as_of == '2015-08-31' and series == 'syria'").iloc[0]
    assert (row["strikes_low"], row["strikes_high"], row["qualifier"]) == (2456, 2521, "range")


def test_precision_rule_shows_no_false_digits(dataset, built):
    """No page shows a share of the approximate total, or deaths per 100 strikes, to a decimal."""
    from airwars import story
    from airwars.i18n import Locale

    for lang in ("ar", "en"):
        loc = Locale(lang)
        shown = story.display_table("strikes_by_country", built["strikes_by_country"], loc).to_string()
        facts = story.facts(dataset, built, loc)
        assert "64.7" not in shown and "35.3" not in shown and "64.7" not in facts["share_iraq"]
        cross = story.display_table("cross_check", built["cross_check"], loc).to_string()
        assert "101" not in cross and "504" not in cross and "2,488" not in cross and "2488" not in cross


def test_to_places():
    assert (tables.to_places(64.66, 0), tables.to_places(-101, -1), tables.to_places(3194.8, -2)) == (65, -100, 3200)


@pytest.mark.parametrize(
    "series, working",
    [
        ("iraq", "61.5 ÷ 100 × 6548 = 4027.02 ≈ 4027 … 62.5 ÷ 100 × 6548 = 4092.5 ≈ 4093"),
        ("syria", "6548 − 4092.5 ≈ 2456 … 6548 − 4027.02 ≈ 2521"),
    ],
)
def test_range_working_shows_what_was_rounded(built, series, working):
    """The working of a range from a rounded share shows each product before its rounding, never «4027 ≈ 4027»."""
    counts = built["monthly_counts"]
    row = counts[(counts["as_of"] == "2015-08-31") & (counts["series"] == series)].iloc[0]
    assert row["expression"] == working
