"""The pandas tables behind the charts, with every derived value and its formula."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd

from airwars.data import Dataset
from airwars.text import round_half_up

TABLE_NAMES = (
    "strikes_by_country", "us_share_iraq", "casualty_ranges", "derived_values", "monthly_counts", "cross_check",
    "us_share_context", "timeline", "airwars_civilian_deaths",
)  # fmt: skip
SERIES = {"strikes_total": "total", "strikes_iraq": "iraq", "strikes_syria": "syria"}
ARTICLE_DATE = "2015-09-29"
# Counts that rest on a rounded percentage are shown to the hundred: their last two digits are not known.
ROUND_TO = 100
CIVILIAN_METRICS = ("civilian_deaths_credible", "civilian_deaths_claimed")


@dataclass(frozen=True)
class Derived:
    """A value computed from the reported figures, with its formula and the numbers used.

    value is what the pages show (rounded to the hundred where the inputs are rounded percentages);
    exact is the unrounded result, kept in the expression too.
    """

    id: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    formula: str
    expression: str
    exact: float | None = None

    def __post_init__(self) -> None:
        if self.exact is None:
            object.__setattr__(self, "exact", self.value)


def plain(value: float, decimals: int = 1) -> str:
    """A number as written in a formula: no separators, decimals only when needed."""
    if float(value).is_integer():
        return str(int(value))
    return f"{round_half_up(value, decimals):.{decimals}f}"


def to_hundred(value: float) -> float:
    """A count rounded to the hundred, halves up: 3194.8 → 3200."""
    return round_half_up(value / ROUND_TO) * ROUND_TO


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
        Derived("strikes_syria", syria, None, "strikes", total_about,
                "strikes_total − strikes_iraq", f"{plain(total)} − {plain(iraq)} = {plain(syria)}"),
        Derived("share_iraq", share_iraq, None, "percent", "about",
                "strikes_iraq ÷ strikes_total × 100", f"{plain(iraq)} ÷ {plain(total)} × 100 ≈ {plain(share_iraq)}"),
        Derived("share_syria", share_syria, None, "percent", "about",
                "strikes_syria ÷ strikes_total × 100", f"{plain(syria)} ÷ {plain(total)} × 100 ≈ {plain(share_syria)}"),
        Derived("us_strikes_iraq", us_strikes, None, "strikes", "about",
                "us_share_iraq ÷ 100 × strikes_iraq",
                f"{plain(us_share)} ÷ 100 × {plain(iraq)} = {plain(us_exact)} ≈ {plain(us_strikes)}", us_exact),
        # 100 − a rounded share is as rounded as the share: about, not exact.
        Derived("others_share_iraq", others_share, None, "percent", "about",
                "100 − us_share_iraq", f"100 − {plain(us_share)} = {plain(others_share)}"),
        Derived("others_strikes_iraq", others_strikes, None, "strikes", "about",
                "others_share_iraq ÷ 100 × strikes_iraq",
                f"{plain(others_share)} ÷ 100 × {plain(iraq)} = {plain(others_exact)} ≈ {plain(others_strikes)}",
                others_exact),
        Derived("civilians_per_100_strikes", per_low, per_high, "people", "range",
                "civilian_deaths ÷ strikes_total × 100",
                f"{plain(low)} ÷ {plain(total)} × 100 ≈ {plain(per_low)} … "
                f"{plain(high)} ÷ {plain(total)} × 100 ≈ {plain(per_high)}"),
    ]  # fmt: skip
    rows += _other_reading(ds, us_share, syria)
    return {row.id: row for row in rows}


def _latest_monthly(ds: Dataset, metric: str) -> float | None:
    """Airwars' latest value of one metric, or None when the file has none."""
    found = ds.monthly[ds.monthly["metric"] == metric].sort_values("as_of")
    return float(found["value"].iloc[-1]) if len(found) else None


def _other_reading(ds: Dataset, us_share: float, syria: float) -> list[Derived]:
    """Why the 70% is read as the US share of Iraq's strikes: the other reading asks for more US strikes in Iraq
    than there were strikes in Iraq at all (with Airwars' later US share of the strikes in Syria)."""
    us_syria_share = _latest_monthly(ds, "us_share_syria")
    if us_syria_share is None or us_share >= 100:
        return []
    exact = us_syria_share / 100 * syria * us_share / (100 - us_share)
    rounded = to_hundred(exact)
    return [
        Derived("us_strikes_iraq_other_reading", rounded, None, "strikes", "about",
                "us_share_syria ÷ 100 × strikes_syria × us_share_iraq ÷ (100 − us_share_iraq)",
                f"{plain(us_syria_share)} ÷ 100 × {plain(syria)} × {plain(us_share)} ÷ {plain(100 - us_share)}"
                f" = {plain(exact)} ≈ {plain(rounded)}", exact),
    ]  # fmt: skip


def same_day(cross: pd.DataFrame) -> dict[str, Derived]:
    """How many strikes in Syria the article's counts leave after Airwars' last count before it, against
    Airwars' own count of the strikes in Syria between its counts either side of the article's date."""
    rows = cross.set_index("series")
    if "syria" not in rows.index or pd.isna(rows.at["syria", "before_strikes"]):
        return {}
    article, before = float(rows.at["syria", "article"]), float(rows.at["syria", "before_strikes"])
    found = [
        Derived("syria_since_last_count", article - before, None, "strikes", "about",
                "strikes_syria − strikes_syria (Airwars, before)",
                f"{plain(article)} − {plain(before)} = {plain(article - before)}"),
    ]  # fmt: skip
    if not pd.isna(rows.at["syria", "after_strikes"]):
        after = float(rows.at["syria", "after_strikes"])
        found.append(
            Derived("syria_between_counts", after - before, None, "strikes", "about",
                    "strikes_syria (Airwars, after) − strikes_syria (Airwars, before)",
                    f"{plain(after)} − {plain(before)} = {plain(after - before)}")
        )  # fmt: skip
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
            "derived": [False, True, False],
            "formula": ["", derived["strikes_syria"].formula, ""],
            # Syria's count is derived from the total, so it rests on the total's claimant.
            "claimed_by": [figures.at[i, "claimed_by"] for i in ("strikes_iraq", "strikes_total", "strikes_total")],
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


def _count(as_of: str, series: str, strikes: float, qualifier: str, source_id: str, formula: str = "",
           expression: str = "") -> dict:  # fmt: skip
    return {"as_of": as_of, "series": series, "strikes": strikes, "qualifier": qualifier, "derived": bool(formula),
            "formula": formula, "expression": expression, "source_id": source_id}  # fmt: skip


def _derived_counts(wide: pd.DataFrame, source_ids: pd.Series) -> list[dict]:
    """Counts a report implies but does not give: Iraq from its share, Syria or the total by difference.

    wide has one row per date and one column per metric (the schema allows one count per date and metric); only the
    dates that imply a count are visited, so the work stays linear in the file's length.
    """
    column = lambda name: wide[name] if name in wide.columns else pd.Series(math.nan, index=wide.index)  # noqa: E731
    total, iraq, syria, share = (column(m) for m in ("strikes_total", "strikes_iraq", "strikes_syria", "share_iraq"))
    rows = []
    for as_of in wide.index[(total.notna() & iraq.isna() & share.notna()).to_numpy()]:
        all_, part = float(total[as_of]), float(share[as_of])
        in_iraq = round_half_up(part / 100 * all_)
        rows.append(_count(as_of, "iraq", in_iraq, "about", source_ids[as_of], "share_iraq ÷ 100 × strikes_total",
                           f"{plain(part)} ÷ 100 × {plain(all_)} ≈ {plain(in_iraq)}"))  # fmt: skip
        if pd.isna(syria[as_of]):
            rows.append(_count(as_of, "syria", all_ - in_iraq, "about", source_ids[as_of], "strikes_total − strikes_iraq",
                               f"{plain(all_)} − {plain(in_iraq)} = {plain(all_ - in_iraq)}"))  # fmt: skip
    for as_of in wide.index[(total.isna() & iraq.notna() & syria.notna()).to_numpy()]:
        in_iraq, in_syria = float(iraq[as_of]), float(syria[as_of])
        rows.append(_count(as_of, "total", in_iraq + in_syria, "exact", source_ids[as_of], "strikes_iraq + strikes_syria",
                           f"{plain(in_iraq)} + {plain(in_syria)} = {plain(in_iraq + in_syria)}"))  # fmt: skip
    return rows


COUNT_COLUMNS = ("as_of", "series", "strikes", "qualifier", "derived", "formula", "expression", "source_id")


def monthly_counts(ds: Dataset) -> pd.DataFrame:
    """Airwars' cumulative strike counts by date, reported and derived, each with its source and address.

    Built column by column (no loop over dates): a 10 MB monthly file is tabulated in a second or two.
    """
    monthly = ds.monthly
    counted = monthly[monthly["metric"].isin(list(SERIES))]
    reported = pd.DataFrame({
        "as_of": counted["as_of"].to_numpy(), "series": counted["metric"].map(SERIES).to_numpy(),
        "strikes": counted["value"].to_numpy(dtype=float), "qualifier": counted["qualifier"].to_numpy(),
        "derived": False, "formula": "", "expression": "", "source_id": counted["source_id"].to_numpy(),
    }, columns=list(COUNT_COLUMNS))  # fmt: skip
    # A date's derived counts rest on its first row's report, as the file lists them.
    source_ids = monthly.groupby("as_of", sort=False)["source_id"].first()
    wide = monthly[monthly["metric"].isin([*SERIES, "share_iraq"])].pivot(index="as_of", columns="metric", values="value")
    derived = pd.DataFrame(_derived_counts(wide, source_ids), columns=list(COUNT_COLUMNS))
    # The monthly file may hold no strike counts at all (only civilian figures, say): the table is then empty.
    table = pd.concat([frame for frame in (reported, derived) if len(frame)] or [reported], ignore_index=True)
    table["derived"] = table["derived"].astype(bool)
    table["strikes"] = table["strikes"].astype(float).astype("Int64")
    for column in ("publisher", "publisher_en", "url"):  # story.localized falls back from publisher_en
        table[column] = table["source_id"].map(ds.sources[column]).to_numpy()
    order = {"total": 0, "iraq": 1, "syria": 2}
    return table.sort_values(["as_of", "series"], key=lambda c: c.map(order) if c.name == "series" else c,
                             ignore_index=True, kind="stable")


def article_counts(ds: Dataset, derived: dict[str, Derived]) -> dict[str, tuple[float, str, bool]]:
    """The article's snapshot per series: (strikes, qualifier, derived)."""
    figures = ds.figures
    return {
        "total": (ds.value("strikes_total"), figures.at["strikes_total", "qualifier"], False),
        "iraq": (ds.value("strikes_iraq"), figures.at["strikes_iraq", "qualifier"], False),
        "syria": (derived["strikes_syria"].value, derived["strikes_syria"].qualifier, True),
    }


def cross_check(ds: Dataset, derived: dict[str, Derived], monthly: pd.DataFrame) -> pd.DataFrame:
    """The article's counts beside Airwars' nearest counts before and after its date, with the differences."""
    rows = []
    for series, (value, qualifier, is_derived) in article_counts(ds, derived).items():
        counts = monthly[monthly["series"] == series]
        before = counts[counts["as_of"] <= ARTICLE_DATE].tail(1)
        after = counts[counts["as_of"] > ARTICLE_DATE].head(1)
        row = {"series": series, "article": value, "article_qualifier": qualifier, "article_derived": is_derived}
        for side, found in (("before", before), ("after", after)):
            hit = found.iloc[0] if len(found) else None
            row |= {
                f"{side}_date": None if hit is None else hit["as_of"],
                f"{side}_strikes": None if hit is None else int(hit["strikes"]),
                f"{side}_derived": None if hit is None else bool(hit["derived"]),
                f"{side}_difference": None if hit is None else value - int(hit["strikes"]),
                f"{side}_url": None if hit is None else hit["url"],
            }
        rows.append(row)
    return pd.DataFrame(rows)


def timeline_points(ds: Dataset, derived: dict[str, Derived], monthly: pd.DataFrame) -> pd.DataFrame:
    """The points of the timeline: Airwars' counts, then the article's snapshot."""
    source_id = ds.figures.at["strikes_total", "source_id"]
    snapshot = pd.DataFrame([
        {"as_of": ARTICLE_DATE, "series": series, "strikes": value, "qualifier": qualifier, "derived": is_derived,
         "formula": derived["strikes_syria"].formula if is_derived else "",
         "expression": derived["strikes_syria"].expression if is_derived else "", "source_id": source_id,
         "publisher": ds.sources.at[source_id, "publisher"], "publisher_en": ds.sources.at[source_id, "publisher_en"],
         "url": ds.sources.at[source_id, "url"]}
        for series, (value, qualifier, is_derived) in article_counts(ds, derived).items()
    ])  # fmt: skip
    points = pd.concat([monthly.assign(report="airwars"), snapshot.assign(report="article")], ignore_index=True)
    points["strikes"] = points["strikes"].astype("Int64")
    return points


def us_share_context(ds: Dataset) -> pd.DataFrame:
    """The article's US share in Iraq beside Airwars' two-year shares (August 2016)."""
    latest = ds.monthly[ds.monthly["metric"].isin(["us_share_iraq", "us_share_syria"])].sort_values("as_of")
    rows = []
    for metric, region in (("us_share_iraq", "iraq"), ("us_share_syria", "syria")):
        found = latest[latest["metric"] == metric].tail(1)
        article = ds.value("us_share_iraq") if region == "iraq" else None
        share = float(found["value"].iloc[0]) if len(found) else None
        rows.append({
            "region": region, "article_share": article, "as_of": found["as_of"].iloc[0] if len(found) else None,
            "two_year_share": share,
            "difference": None if article is None or share is None else share - article,
            "url": ds.sources.at[found["source_id"].iloc[0], "url"] if len(found) else None,
        })  # fmt: skip
    return pd.DataFrame(rows)


def airwars_civilian_deaths(ds: Dataset) -> pd.DataFrame:
    """Airwars' own civilian death figures (credible and alleged), each with its date, period and source."""
    rows = ds.monthly[ds.monthly["metric"].isin(CIVILIAN_METRICS)]
    rows = rows.sort_values(["as_of", "metric"], key=lambda c: c.map(CIVILIAN_METRICS.index) if c.name == "metric" else c)
    table = pd.DataFrame({
        "metric": rows["metric"].tolist(), "as_of": rows["as_of"].tolist(),
        "low": rows["value"].to_numpy(dtype=float).astype("int64"),
        "high": pd.array(rows["value_max"].to_numpy(dtype=float), dtype="Int64"),
        "qualifier": rows["qualifier"].tolist(), "claimed_by": rows["claimed_by"].tolist(),
        "period_start": rows["period_start"].tolist(), "period_end": rows["period_end"].tolist(),
        "quote": rows["quote"].tolist(), "source_id": rows["source_id"].tolist(),
    })  # fmt: skip
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
        "timeline": timeline_points(ds, derived, monthly),
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
