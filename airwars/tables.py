"""The pandas tables behind the charts, with every derived value and its formula."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd

from airwars.data import Dataset
from airwars.text import round_half_up

TABLE_NAMES = (
    "strikes_by_country",
    "us_share_iraq",
    "casualty_ranges",
    "derived_values",
    "monthly_counts",
    "cross_check",
    "us_share_context",
    "timeline",
    "airwars_civilian_deaths",
)
SERIES = {"strikes_total": "total", "strikes_iraq": "iraq", "strikes_syria": "syria"}
ARTICLE_DATE = "2015-09-29"
# The precision rule (method note "rounding", tests/test_tables.py): a value computed from a rounded or approximate
# figure is shown no more precisely than its inputs allow. Counts from a rounded percentage are shown to the hundred
# (their last two digits are not known), shares of an approximate total and ratios of round figures to the whole
# percent or unit, differences with an approximate count to the ten; where a rounded share bounds a count, the count
# is shown as the range the rounding allows. The unrounded working stays in each value's expression.
ROUND_TO = 100
WHOLE, TENS, HUNDREDS = 0, -1, -2
# The dashboard is the claimant of every value it computes (claimant.dashboard in the labels).
DASHBOARD = "dashboard"
CIVILIAN_METRICS = ("civilian_deaths_credible", "civilian_deaths_claimed")


@dataclass(frozen=True)
class Derived:
    """A value computed from the reported figures, with its formula and the numbers used.

    value is what the pages show, rounded to places (see the precision rule above) when its inputs are rounded or
    approximate; exact is the unrounded result, kept in the expression too.
    """

    id: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    formula: str
    expression: str
    exact: float | None = None
    places: int | None = (
        None  # the decimal places it is shown to (0 whole, -2 hundreds); None: as computed, exact inputs
    )

    def __post_init__(self) -> None:
        if self.exact is None:
            object.__setattr__(self, "exact", self.value)


def plain(value: float, decimals: int = 1) -> str:
    """A number as written in a formula: no separators, decimals only when needed."""
    if float(value).is_integer():
        return str(int(value))
    return f"{round_half_up(value, decimals):.{decimals}f}".rstrip("0").removesuffix(".")


def to_hundred(value: float) -> float:
    """A count rounded to the nearest hundred, halves up: 3194.8 → 3200."""
    return round_half_up(value / ROUND_TO) * ROUND_TO


def to_places(value: float, places: int) -> float:
    """A value rounded to places, halves up: 64.66 → 65 (0), −101 → −100 (−1), 3194.8 → 3200 (−2)."""
    factor = 10.0**places
    return round_half_up(value * factor) / factor


def share_bounds(share: float) -> tuple[float, float]:
    """The interval a whole-percent share stands for: 62% is anything from 61.5% up to 62.5%."""
    return share - 0.5, share + 0.5


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
    us_strikes = to_hundred(us_exact)
    others_share = 100 - us_share
    others_exact = others_share / 100 * iraq
    others_strikes = to_hundred(others_exact)
    per_low = low / total * 100 if total else math.nan
    per_high = high / total * 100 if total else math.nan

    rows = [
        Derived(
            "strikes_syria",
            syria,
            None,
            "strikes",
            total_about,
            "strikes_total − strikes_iraq",
            f"{plain(total)} − {plain(iraq)} = {plain(syria)}",
        ),
        # A share of an approximate total: to the whole percent.
        Derived(
            "share_iraq",
            to_places(share_iraq, WHOLE),
            None,
            "percent",
            "about",
            "strikes_iraq ÷ strikes_total × 100",
            f"{plain(iraq)} ÷ {plain(total)} × 100 = {plain(share_iraq)} ≈ {plain(to_places(share_iraq, WHOLE))}",
            share_iraq,
            WHOLE,
        ),
        Derived(
            "share_syria",
            to_places(share_syria, WHOLE),
            None,
            "percent",
            "about",
            "strikes_syria ÷ strikes_total × 100",
            f"{plain(syria)} ÷ {plain(total)} × 100 = {plain(share_syria)} ≈ {plain(to_places(share_syria, WHOLE))}",
            share_syria,
            WHOLE,
        ),
        Derived(
            "us_strikes_iraq",
            us_strikes,
            None,
            "strikes",
            "about",
            "us_share_iraq ÷ 100 × strikes_iraq",
            f"{plain(us_share)} ÷ 100 × {plain(iraq)} = {plain(us_exact)} ≈ {plain(us_strikes)}",
            us_exact,
            HUNDREDS,
        ),
        # 100 − a rounded share is as rounded as the share: about, not exact.
        Derived(
            "others_share_iraq",
            others_share,
            None,
            "percent",
            "about",
            "100 − us_share_iraq",
            f"100 − {plain(us_share)} = {plain(others_share)}",
        ),
        Derived(
            "others_strikes_iraq",
            others_strikes,
            None,
            "strikes",
            "about",
            "others_share_iraq ÷ 100 × strikes_iraq",
            f"{plain(others_share)} ÷ 100 × {plain(iraq)} = {plain(others_exact)} ≈ {plain(others_strikes)}",
            others_exact,
            HUNDREDS,
        ),
        # A ratio of round figures (500, 1800) to an approximate total: to the whole death.
        Derived(
            "civilians_per_100_strikes",
            to_places(per_low, WHOLE),
            to_places(per_high, WHOLE),
            "people",
            "range",
            "civilian_deaths ÷ strikes_total × 100",
            f"{plain(low)} ÷ {plain(total)} × 100 = {plain(per_low)} ≈ {plain(to_places(per_low, WHOLE))} … "
            f"{plain(high)} ÷ {plain(total)} × 100 = {plain(per_high)} ≈ {plain(to_places(per_high, WHOLE))}",
            per_low,
            WHOLE,
        ),
    ]
    rows += _other_reading(iraq, syria, us_share)
    return {row.id: row for row in rows}


def _latest_monthly(ds: Dataset, metric: str) -> float | None:
    """Airwars' latest value of one metric, or None when the file has none."""
    found = ds.monthly[ds.monthly["metric"] == metric].sort_values("as_of")
    return float(found["value"].iloc[-1]) if len(found) else None


def _other_reading(iraq: float, syria: float, us_share: float) -> list[Derived]:
    """The test of the other reading, from the article's own figures: had the 70% been the share of the US's own
    strikes that fell in Iraq, the US strikes in Syria would be 30/70 of its strikes in Iraq, which are at most all the
    strikes in Iraq; so the US would have flown at most this share of the strikes in Syria. The 70% is rounded, so the
    working gives the range of 69.5% to 70.5% too."""
    if not 0 < us_share < 100 or not syria:
        return []

    def ceiling(share: float) -> float:
        return iraq / (share / 100) * (100 - share) / 100 / syria * 100

    exact = ceiling(us_share)
    low_share, high_share = share_bounds(us_share)
    low, high = ceiling(high_share), ceiling(low_share)
    shown = to_places(exact, WHOLE)
    return [
        Derived(
            "other_reading_us_share_syria_max",
            shown,
            None,
            "percent",
            "about",
            "strikes_iraq ÷ (us_share_iraq ÷ 100) × (100 − us_share_iraq) ÷ 100 ÷ strikes_syria × 100",
            f"{plain(iraq)} ÷ {plain(us_share / 100)} × {plain((100 - us_share) / 100)} ÷ {plain(syria)} × 100"
            f" = {plain(exact)} ≈ {plain(shown)} ({plain(high_share)}: {plain(low)}; {plain(low_share)}: {plain(high)})",
            exact,
            WHOLE,
        ),
    ]


def same_day(cross: pd.DataFrame) -> dict[str, Derived]:
    """How many strikes in Syria the article's counts leave after Airwars' last count before it, against Airwars' own
    count of the strikes in Syria between its counts either side of the article's date. Airwars' count for Syria on
    the earlier date rests on its rounded share of Iraq, so both are ranges."""
    rows = cross.set_index("series")
    if "syria" not in rows.index or pd.isna(rows.at["syria", "before_strikes"]):
        return {}
    article = float(rows.at["syria", "article"])
    before_low, before_high = float(rows.at["syria", "before_low"]), float(rows.at["syria", "before_high"])
    found = [
        Derived(
            "syria_since_last_count",
            article - before_high,
            article - before_low,
            "strikes",
            "range",
            "strikes_syria − strikes_syria (Airwars, before)",
            f"{plain(article)} − {plain(before_high)} = {plain(article - before_high)} … "
            f"{plain(article)} − {plain(before_low)} = {plain(article - before_low)}",
        ),
    ]
    if not pd.isna(rows.at["syria", "after_strikes"]):
        after = float(rows.at["syria", "after_strikes"])
        found.append(
            Derived(
                "syria_between_counts",
                after - before_high,
                after - before_low,
                "strikes",
                "range",
                "strikes_syria (Airwars, after) − strikes_syria (Airwars, before)",
                f"{plain(after)} − {plain(before_high)} = {plain(after - before_high)} … "
                f"{plain(after)} − {plain(before_low)} = {plain(after - before_low)}",
            )
        )
    return {row.id: row for row in found}


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
            # A share of an approximate total is approximate too.
            "share_qualifier": [derived["share_iraq"].qualifier, derived["share_syria"].qualifier, "exact"],
            "qualifier": [
                figures.at["strikes_iraq", "qualifier"],
                derived["strikes_syria"].qualifier,
                figures.at["strikes_total", "qualifier"],
            ],
            # Marked per value: Syria's count and both shares are computed; the row's derived is its count's.
            "derived": [False, True, False],
            "share_derived": [True, True, False],
            "formula": ["", derived["strikes_syria"].formula, ""],
            "share_formula": [derived["share_iraq"].formula, derived["share_syria"].formula, ""],
            # A computed value is the dashboard's, from the figures its formula names.
            "claimed_by": [
                figures.at["strikes_iraq", "claimed_by"],
                DASHBOARD,
                figures.at["strikes_total", "claimed_by"],
            ],
        }
    )


def us_share_iraq(ds: Dataset, derived: dict[str, Derived]) -> pd.DataFrame:
    """The US and the other partners' shares of the strikes in Iraq, with approximate counts.

    derived says whether the share is derived (the bar); every count is derived from a share (strikes_derived),
    shown to the hundred (strikes) with the unrounded working beside it (strikes_exact).
    """
    us, others = derived["us_strikes_iraq"], derived["others_strikes_iraq"]
    return pd.DataFrame(
        {
            "partner": ["us", "others"],
            "share": [ds.value("us_share_iraq"), derived["others_share_iraq"].value],
            "share_qualifier": [ds.figures.at["us_share_iraq", "qualifier"], derived["others_share_iraq"].qualifier],
            "strikes": pd.array([us.value, others.value], dtype="Int64"),
            "strikes_exact": [us.exact, others.exact],
            "strikes_qualifier": [us.qualifier, others.qualifier],
            "strikes_derived": [True, True],
            # Marked per value: the US share is the article's; the others' share and every count are computed.
            "derived": [False, True],
            "formula": ["", derived["others_share_iraq"].formula],
            "strikes_formula": [derived["us_strikes_iraq"].formula, derived["others_strikes_iraq"].formula],
            "claimed_by": [ds.figures.at["us_share_iraq", "claimed_by"], DASHBOARD],
            "strikes_claimed_by": [DASHBOARD, DASHBOARD],
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


def _count(
    as_of: str,
    series: str,
    strikes: float,
    qualifier: str,
    source_id: str,
    formula: str = "",
    expression: str = "",
    low: float | None = None,
    high: float | None = None,
) -> dict:
    """One count; a derived count from a rounded share carries the range the rounding allows (low, high)."""
    return {
        "as_of": as_of,
        "series": series,
        "strikes": strikes,
        "qualifier": qualifier,
        "derived": bool(formula),
        "formula": formula,
        "expression": expression,
        "source_id": source_id,
        "strikes_low": strikes if low is None else low,
        "strikes_high": strikes if high is None else high,
    }


def _derived_counts(wide: pd.DataFrame, qualifiers: pd.DataFrame, source_ids: pd.Series) -> list[dict]:
    """Counts a report implies but does not give: Iraq from its share, Syria or the total by difference.

    wide has one row per date and one column per metric (the schema allows one count per date and metric), qualifiers
    the same for each count's qualifier; only the dates that imply a count are visited, so the work stays linear in the
    file's length. A share given to the whole percent (62%) stands for 61.5% up to 62.5%, so Iraq and Syria are ranges:
    their middle is kept for drawing, and the pages show the range (the precision rule).
    """
    column = lambda name: wide[name] if name in wide.columns else pd.Series(math.nan, index=wide.index)  # noqa: E731
    total, iraq, syria, share = (column(m) for m in ("strikes_total", "strikes_iraq", "strikes_syria", "share_iraq"))
    rows = []
    for as_of in wide.index[(total.notna() & iraq.isna() & share.notna()).to_numpy()]:
        all_, part = float(total[as_of]), float(share[as_of])
        in_iraq = round_half_up(part / 100 * all_)
        low_share, high_share = share_bounds(part)
        iraq_low, iraq_high = round_half_up(low_share / 100 * all_), round_half_up(high_share / 100 * all_)
        rows.append(
            _count(
                as_of,
                "iraq",
                in_iraq,
                "range",
                source_ids[as_of],
                "share_iraq ÷ 100 × strikes_total",
                f"{plain(low_share)} ÷ 100 × {plain(all_)} = {plain(low_share / 100 * all_, 2)} ≈ {plain(iraq_low)} … "
                f"{plain(high_share)} ÷ 100 × {plain(all_)} = {plain(high_share / 100 * all_, 2)} ≈ {plain(iraq_high)}",
                iraq_low,
                iraq_high,
            )
        )
        if pd.isna(syria[as_of]):
            # Each bound is the nearest whole count to its own exact bound: 6548 − 4092.5 = 2455.5 → 2456.
            syria_low = round_half_up(all_ - high_share / 100 * all_)
            syria_high = round_half_up(all_ - low_share / 100 * all_)
            rows.append(
                _count(
                    as_of,
                    "syria",
                    all_ - in_iraq,
                    "range",
                    source_ids[as_of],
                    "strikes_total − strikes_iraq",
                    f"{plain(all_)} − {plain(high_share / 100 * all_, 2)} ≈ {plain(syria_low)} … "
                    f"{plain(all_)} − {plain(low_share / 100 * all_, 2)} ≈ {plain(syria_high)}",
                    syria_low,
                    syria_high,
                )
            )
    for as_of in wide.index[(total.isna() & iraq.notna() & syria.notna()).to_numpy()]:
        in_iraq, in_syria = float(iraq[as_of]), float(syria[as_of])
        exact = all(qualifiers.at[as_of, m] == "exact" for m in ("strikes_iraq", "strikes_syria"))
        rows.append(
            _count(
                as_of,
                "total",
                in_iraq + in_syria,
                "exact" if exact else "about",
                source_ids[as_of],
                "strikes_iraq + strikes_syria",
                f"{plain(in_iraq)} + {plain(in_syria)} = {plain(in_iraq + in_syria)}",
            )
        )
    return rows


COUNT_COLUMNS = (
    "as_of",
    "series",
    "strikes",
    "qualifier",
    "derived",
    "formula",
    "expression",
    "source_id",
    "strikes_low",
    "strikes_high",
)


def monthly_counts(ds: Dataset) -> pd.DataFrame:
    """Airwars' cumulative strike counts by date, reported and derived, each with its source and address.

    Built column by column (no loop over dates): a 10 MB monthly file is tabulated in a second or two.
    """
    monthly = ds.monthly
    counted = monthly[monthly["metric"].isin(list(SERIES))]
    strikes = counted["value"].to_numpy(dtype=float)
    reported = pd.DataFrame(
        {
            "as_of": counted["as_of"].to_numpy(),
            "series": counted["metric"].map(SERIES).to_numpy(),
            "strikes": strikes,
            "qualifier": counted["qualifier"].to_numpy(),
            "derived": False,
            "formula": "",
            "expression": "",
            "source_id": counted["source_id"].to_numpy(),
            "strikes_low": strikes,
            "strikes_high": strikes,
        },
        columns=list(COUNT_COLUMNS),
    )
    # A date's derived counts rest on its first row's report, as the file lists them.
    source_ids = monthly.groupby("as_of", sort=False)["source_id"].first()
    kept = monthly[monthly["metric"].isin([*SERIES, "share_iraq"])]
    wide = kept.pivot(index="as_of", columns="metric", values="value")
    qualifiers = kept.pivot(index="as_of", columns="metric", values="qualifier")
    derived = pd.DataFrame(_derived_counts(wide, qualifiers, source_ids), columns=list(COUNT_COLUMNS))
    # The monthly file may hold no strike counts at all (only civilian figures, say): the table is then empty.
    table = pd.concat([frame for frame in (reported, derived) if len(frame)] or [reported], ignore_index=True)
    table["derived"] = table["derived"].astype(bool)
    for column in ("strikes", "strikes_low", "strikes_high"):
        table[column] = table[column].astype(float).astype("Int64")
    for column in ("publisher", "publisher_en", "url"):  # story.localized falls back from publisher_en
        table[column] = table["source_id"].map(ds.sources[column]).to_numpy()
    order = {"total": 0, "iraq": 1, "syria": 2}
    return table.sort_values(
        ["as_of", "series"], key=lambda c: c.map(order) if c.name == "series" else c, ignore_index=True, kind="stable"
    )


def article_counts(ds: Dataset, derived: dict[str, Derived]) -> dict[str, tuple[float, str, bool]]:
    """The article's snapshot per series: (strikes, qualifier, derived)."""
    figures = ds.figures
    return {
        "total": (ds.value("strikes_total"), figures.at["strikes_total", "qualifier"], False),
        "iraq": (ds.value("strikes_iraq"), figures.at["strikes_iraq", "qualifier"], False),
        "syria": (derived["strikes_syria"].value, derived["strikes_syria"].qualifier, True),
    }


def _difference(value: float, approximate: bool, low: float, high: float) -> tuple[float, float, str]:
    """The article's count minus a count, shown by the precision rule: a range when the count is one, to the ten
    when either is approximate, else to the unit; with its qualifier."""
    if low != high:
        return value - high, value - low, "range"
    if approximate:
        shown = to_places(value - low, TENS)
        return shown, shown, "about"
    return value - low, value - low, "exact"


def cross_check(ds: Dataset, derived: dict[str, Derived], monthly: pd.DataFrame) -> pd.DataFrame:
    """The article's counts beside Airwars' nearest counts before and after its date, with the differences.

    before_/after_difference is the unrounded difference from the count's middle (for the working); the pages show
    before_/after_difference_low to _high with its qualifier (the precision rule)."""
    rows = []
    for series, (value, qualifier, is_derived) in article_counts(ds, derived).items():
        counts = monthly[monthly["series"] == series]
        before = counts[counts["as_of"] <= ARTICLE_DATE].tail(1)
        after = counts[counts["as_of"] > ARTICLE_DATE].head(1)
        row = {"series": series, "article": value, "article_qualifier": qualifier, "article_derived": is_derived}
        for side, found in (("before", before), ("after", after)):
            hit = found.iloc[0] if len(found) else None
            row |= dict.fromkeys(
                [
                    f"{side}_{k}"
                    for k in (
                        "date",
                        "strikes",
                        "low",
                        "high",
                        "qualifier",
                        "derived",
                        "difference",
                        "difference_low",
                        "difference_high",
                        "difference_qualifier",
                        "url",
                    )
                ]
            )
            if hit is None:
                continue
            approximate = qualifier != "exact" or hit["qualifier"] != "exact"
            low, high, diff_qualifier = _difference(
                value, approximate, int(hit["strikes_low"]), int(hit["strikes_high"])
            )
            row |= {
                f"{side}_date": hit["as_of"],
                f"{side}_strikes": int(hit["strikes"]),
                f"{side}_low": int(hit["strikes_low"]),
                f"{side}_high": int(hit["strikes_high"]),
                f"{side}_qualifier": hit["qualifier"],
                f"{side}_derived": bool(hit["derived"]),
                f"{side}_difference": value - int(hit["strikes"]),
                f"{side}_difference_low": low,
                f"{side}_difference_high": high,
                f"{side}_difference_qualifier": diff_qualifier,
                f"{side}_url": hit["url"],
            }
        rows.append(row)
    return pd.DataFrame(rows)


def timeline_points(
    ds: Dataset, derived: dict[str, Derived], monthly: pd.DataFrame, cross: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The points of the timeline: Airwars' counts, then the article's figures, which carry their differences from
    Airwars' counts either side (cross_check's, by the precision rule) for the chart to label the gap."""
    source_id = ds.figures.at["strikes_total", "source_id"]
    snapshot = pd.DataFrame(
        [
            {
                "as_of": ARTICLE_DATE,
                "series": series,
                "strikes": value,
                "qualifier": qualifier,
                "derived": is_derived,
                "formula": derived["strikes_syria"].formula if is_derived else "",
                "expression": derived["strikes_syria"].expression if is_derived else "",
                "source_id": source_id,
                "publisher": ds.sources.at[source_id, "publisher"],
                "publisher_en": ds.sources.at[source_id, "publisher_en"],
                "url": ds.sources.at[source_id, "url"],
            }
            for series, (value, qualifier, is_derived) in article_counts(ds, derived).items()
        ]
    )
    if cross is not None:
        gaps = [
            f"{side}_{k}"
            for side in ("before", "after")
            for k in ("date", "difference_low", "difference_high", "difference_qualifier")
        ]
        snapshot = snapshot.merge(cross[["series", *gaps]], on="series", how="left")
    points = pd.concat([monthly.assign(report="airwars"), snapshot.assign(report="article")], ignore_index=True)
    for column in ("strikes", "strikes_low", "strikes_high"):
        if column in points:
            points[column] = points[column].astype("Int64")
    return points


def us_share_context(ds: Dataset) -> pd.DataFrame:
    """The article's US share in Iraq beside Airwars' two-year shares (August 2016)."""
    latest = ds.monthly[ds.monthly["metric"].isin(["us_share_iraq", "us_share_syria"])].sort_values("as_of")
    rows = []
    for metric, region in (("us_share_iraq", "iraq"), ("us_share_syria", "syria")):
        found = latest[latest["metric"] == metric].tail(1)
        article = ds.value("us_share_iraq") if region == "iraq" else None
        share = float(found["value"].iloc[0]) if len(found) else None
        # No difference column: the two shares cover different periods and count different things
        # (the article's strikes to September 2015, Airwars' "actions" over two years), so they do not subtract.
        rows.append(
            {
                "region": region,
                "article_share": article,
                "as_of": found["as_of"].iloc[0] if len(found) else None,
                "two_year_share": share,
                "period_end": found["period_end"].iloc[0] if len(found) else None,
                "source_id": found["source_id"].iloc[0] if len(found) else None,
                "url": ds.sources.at[found["source_id"].iloc[0], "url"] if len(found) else None,
            }
        )
    return pd.DataFrame(rows)


def airwars_civilian_deaths(ds: Dataset) -> pd.DataFrame:
    """Airwars' own civilian death figures (credible and alleged), each with its date, period and source."""
    rows = ds.monthly[ds.monthly["metric"].isin(CIVILIAN_METRICS)]
    rows = rows.sort_values(
        ["as_of", "metric"], key=lambda c: c.map(CIVILIAN_METRICS.index) if c.name == "metric" else c
    )
    table = pd.DataFrame(
        {
            "metric": rows["metric"].tolist(),
            "as_of": rows["as_of"].tolist(),
            "low": rows["value"].to_numpy(dtype=float).astype("int64"),
            "high": pd.array(rows["value_max"].to_numpy(dtype=float), dtype="Int64"),
            "qualifier": rows["qualifier"].tolist(),
            "claimed_by": rows["claimed_by"].tolist(),
            "period_start": rows["period_start"].tolist(),
            "period_end": rows["period_end"].tolist(),
            "quote": rows["quote"].tolist(),
            "quote_url": rows["quote_url"].tolist(),
            "source_id": rows["source_id"].tolist(),
        }
    )
    for column in ("publisher", "publisher_en", "url", "url_kind"):
        table[column] = table["source_id"].map(ds.sources[column]).to_numpy()
    return table


def build_tables(ds: Dataset) -> dict[str, pd.DataFrame]:
    """All the tables, by name."""
    derived = derive(ds)
    monthly = monthly_counts(ds)
    cross = cross_check(ds, derived, monthly)
    derived |= same_day(cross)
    return {
        "strikes_by_country": strikes_by_country(ds, derived),
        "us_share_iraq": us_share_iraq(ds, derived),
        "casualty_ranges": casualty_ranges(ds),
        "derived_values": derived_values(derived),
        "monthly_counts": monthly,
        "cross_check": cross,
        "us_share_context": us_share_context(ds),
        "timeline": timeline_points(ds, derived, monthly, cross),
        "airwars_civilian_deaths": airwars_civilian_deaths(ds),
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
    # CRLF rows (RFC 4180): a cell holding a lone \r or \n is then quoted, so it cannot split its row.
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
