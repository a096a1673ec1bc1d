"""The reader-facing text built from the tables: facts for sentences, headline cards, display tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from airwars import reuse
from airwars.data import Dataset
from airwars.i18n import Locale
from airwars.layout import CHARTS, Block, Chart
from airwars.text import format_number

_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"]+")


@dataclass(frozen=True)
class Link:
    """A table cell that is a link: the renderers draw it as one, with the text escaped."""

    text: str
    url: str

    def __str__(self) -> str:
        return self.text


def link(text: str, url: str) -> Link | str:
    """A link when the address is a plain web address (never javascript: or data:), else the text alone."""
    return Link(text, url) if url and _WEB_ADDRESS.fullmatch(url) else text


@dataclass(frozen=True)
class Card:
    """One headline number: what it is, the value with its qualifier, who says so."""

    key: str
    label: str
    value: str
    caption: str
    quote: str
    derived: bool


def _figure(ds: Dataset, figure_id: str, loc: Locale) -> str:
    """A reported figure with its qualifier, as a reader should read it."""
    row = ds.figures.loc[figure_id]
    high = None if pd.isna(row["value_max"]) else float(row["value_max"])
    if row["unit"] == "percent":
        return loc.t(f"qualifier.{row['qualifier']}", value=loc.pct(row["value"]), value_max="")
    return loc.qualified(row["qualifier"], float(row["value"]), high)


def facts(ds: Dataset, tables: dict[str, pd.DataFrame], loc: Locale) -> dict[str, str]:
    """Formatted values for the placeholders of intro, method and note texts, every one from the data or the tables."""
    derived = tables["derived_values"].set_index("id")["value"]
    context = tables["us_share_context"].set_index("region")
    later = context["two_year_share"]
    cross = tables["cross_check"].set_index("series")
    monthly = tables["monthly_counts"].set_index(["as_of", "series"])["strikes"]
    before, after = cross.at["syria", "before_date"], cross.at["syria", "after_date"]
    shares = ds.monthly[ds.monthly["metric"] == "share_iraq"].set_index("as_of")["value"]
    return {
        "us_share_iraq_2016": loc.pct(later["iraq"]),
        "us_share_syria_2016": loc.pct(later["syria"]),
        "us_share_syria": loc.pct(later["syria"]),
        "us_share_syria_date": loc.date(context.at["syria", "as_of"][:7]),
        "other_reading": loc.num(derived["us_strikes_iraq_other_reading"]),
        "strikes_syria": loc.num(derived["strikes_syria"]),
        "before_date": loc.date(before),
        "before_total": loc.num(monthly[(before, "total")]),
        "before_share_iraq": loc.pct(shares[before]),
        "before_iraq": loc.num(monthly[(before, "iraq")]),
        "before_syria": loc.num(cross.at["syria", "before_strikes"]),
        "since": loc.num(derived["syria_since_last_count"]),
        "after_syria": loc.num(cross.at["syria", "after_strikes"]),
        "after_date": loc.date(after),
        "between": loc.num(derived["syria_between_counts"]),
        "strikes_total": loc.num(ds.value("strikes_total")),
        "strikes_iraq": loc.num(ds.value("strikes_iraq")),
        "share_iraq": loc.pct(derived["share_iraq"], 1),
        "us_share_iraq": loc.pct(ds.value("us_share_iraq")),
        "us_strikes_iraq": loc.num(derived["us_strikes_iraq"]),
        "civilian_deaths": _figure(ds, "civilian_deaths", loc),
        "fighters_killed_claimed": loc.t("qualifier.more_than", value=loc.thousands(ds.value("fighters_killed_claimed")))
        if ds.figures.at["fighters_killed_claimed", "qualifier"] == "more_than"
        else _figure(ds, "fighters_killed_claimed", loc),
    }


def cards(ds: Dataset, tables: dict[str, pd.DataFrame], loc: Locale) -> list[Card]:
    """The headline numbers of the overview, reported and derived, each with its claimant."""
    figures = ds.figures
    derived = tables["derived_values"].set_index("id")
    reported = []
    for figure_id in ("strikes_total", "strikes_iraq", "us_share_iraq", "civilian_deaths", "fighters_killed_claimed"):
        value = facts(ds, tables, loc)[figure_id] if figure_id == "fighters_killed_claimed" else _figure(ds, figure_id, loc)
        reported.append(
            Card(figure_id, loc.t(f"figure.{figure_id}"), value,
                 loc.t(f"claimant_short.{figures.at[figure_id, 'claimed_by']}"), figures.at[figure_id, "quote"], False)
        )  # fmt: skip
    syria = derived.loc["strikes_syria"]
    syria_card = Card(
        "strikes_syria", loc.t("derived.strikes_syria"), loc.qualified(syria["qualifier"], syria["value"]),
        f"{loc.t('common.derived_badge')}: {loc.t('formula.strikes_syria')}", "", True,
    )  # fmt: skip
    return reported[:2] + [syria_card] + reported[2:]


def _yes_no(flag: bool, loc: Locale) -> str:
    return loc.t("common.yes") if flag else loc.t("common.no")


def display_table(name: str, table: pd.DataFrame, loc: Locale) -> pd.DataFrame:
    """A table with headers and cells in the reader's language and digits, for showing, not computing."""
    col = lambda key: loc.t(f"column.{key}")  # noqa: E731
    if name == "strikes_by_country":
        return pd.DataFrame({
            col("country"): [loc.t(f"country.{c}") for c in table["country"]],
            col("strikes"): [loc.qualified(q, s) for q, s in zip(table["qualifier"], table["strikes"])],
            col("share"): [loc.pct(s, 1) for s in table["share"]],
            col("derived"): [_yes_no(d, loc) for d in table["derived"]],
            col("claimed_by"): [loc.t(f"claimant.{c}") for c in table["claimed_by"]],
        })  # fmt: skip
    if name == "us_share_iraq":
        return pd.DataFrame({
            col("partner"): [loc.t(f"partner.{p}") for p in table["partner"]],
            col("share"): [loc.pct(s) for s in table["share"]],
            col("strikes"): [loc.qualified("about", s) for s in table["strikes"]],
            col("derived"): [_yes_no(d, loc) for d in table["derived"]],
            col("claimed_by"): [loc.t(f"claimant.{c}") for c in table["claimed_by"]],
        })  # fmt: skip
    if name == "casualty_ranges":
        return pd.DataFrame({
            col("group"): [loc.t(f"group.{g}") for g in table["group"]],
            col("low"): [loc.num(v) for v in table["low"]],
            col("high"): [loc.t("common.open_ended") if pd.isna(v) else loc.num(v) for v in table["high"]],
            col("qualifier"): [loc.t(f"qualifier_name.{q}") for q in table["qualifier"]],
            col("claimed_by"): [loc.t(f"claimant.{c}") for c in table["claimed_by"]],
        })  # fmt: skip
    if name == "monthly_counts":
        return display_table("timeline", table.assign(report="airwars"), loc)
    if name == "derived_values":
        return pd.DataFrame({
            col("figure"): [loc.t(f"derived.{i}") for i in table["id"]],
            col("formula"): [loc.t(f"formula.{i}") for i in table["id"]],
            col("calculation"): [loc.iso(loc.digits_of(e)) for e in table["expression"]],
        })  # fmt: skip
    if name == "timeline":
        return pd.DataFrame({
            col("as_of"): [loc.date(d) for d in table["as_of"]],
            col("series"): [loc.t(f"series.{x}") for x in table["series"]],
            col("strikes"): [loc.qualified(q, v) for q, v in zip(table["qualifier"], table["strikes"])],
            col("derived"): [_yes_no(d, loc) + (f" ({loc.iso(loc.digits_of(e))})" if d else "")
                             for d, e in zip(table["derived"], table["expression"])],
            col("source"): [_source_name(table, i, loc) for i in range(len(table))],
        })  # fmt: skip
    if name == "cross_check":
        return pd.DataFrame({
            col("series"): [loc.t(f"series.{x}") for x in table["series"]],
            col("article"): [loc.qualified(q, v) + (f" ({loc.t('common.derived_badge')})" if d else "")
                             for q, v, d in zip(table["article_qualifier"], table["article"], table["article_derived"])],
            col("before"): [_count_cell(r, "before", loc) for _, r in table.iterrows()],
            col("after"): [_count_cell(r, "after", loc) for _, r in table.iterrows()],
        })  # fmt: skip
    if name == "us_share_context":
        return pd.DataFrame({
            col("region"): [loc.t(f"country.{r}") for r in table["region"]],
            col("article_share"): ["—" if pd.isna(v) else loc.pct(v) for v in table["article_share"]],
            col("two_year_share"): [loc.pct(v) for v in table["two_year_share"]],
            col("change"): ["—" if pd.isna(v) else _signed(v, loc) + loc.t("common.points") for v in table["difference"]],
        })  # fmt: skip
    raise KeyError(name)


def _signed(value: float, loc: Locale) -> str:
    """A difference with its sign always shown: +510, −142 (a true minus sign, isolated in Arabic)."""
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return loc.iso(sign + format_number(abs(value), digits=loc.digits))


def _count_cell(row: pd.Series, side: str, loc: Locale) -> str:
    """A nearest count, its date and the difference from the article."""
    if row[f"{side}_date"] is None or pd.isna(row[f"{side}_date"]):
        return "—"
    count = loc.num(row[f"{side}_strikes"])
    if row[f"{side}_derived"]:
        count = loc.qualified("about", row[f"{side}_strikes"])
    return f"{count} ({loc.date(row[f'{side}_date'])}) · {_signed(row[f'{side}_difference'], loc)}"


def _source_name(table: pd.DataFrame, index: int, loc: Locale) -> str:
    """The report a point comes from, linked to its address."""
    row = table.iloc[index]
    name = loc.t("context.article_source") if row["report"] == "article" else localized(row, "publisher", loc)
    return link(name, row["url"])


def localized(row: pd.Series, column: str, loc: Locale) -> str:
    """A source field in English when the reader asked for English and the file gives it."""
    english = row.get(f"{column}_en", "")
    return english if loc.lang == "en" and english else row[column]


def figures_table(ds: Dataset, loc: Locale, quotes: bool = True) -> pd.DataFrame:
    """Every reported figure with its qualifier, claimant, quote (unless left out) and source."""
    figures, sources = ds.figures, ds.sources
    table = pd.DataFrame({
        loc.t("column.figure"): [loc.t(f"figure.{i}") for i in figures.index],
        loc.t("column.value"): [_figure(ds, i, loc) for i in figures.index],
        loc.t("column.qualifier"): [loc.t(f"qualifier_name.{q}") for q in figures["qualifier"]],
        loc.t("column.claimed_by"): [loc.t(f"claimant.{c}") for c in figures["claimed_by"]],
        loc.t("column.quote"): [f"«{q}»" for q in figures["quote"]],
        loc.t("column.source"): [localized(sources.loc[s], "publisher", loc) for s in figures["source_id"]],
    })  # fmt: skip
    return table if quotes else table.drop(columns=[loc.t("column.quote"), loc.t("column.qualifier")])


def cited_sources(ds: Dataset, which: str) -> list[str]:
    """The ids of the sources behind the article's figures ("article"), Airwars' reports ("reports"), or "all"."""
    cited = {"article": ds.figures["source_id"], "reports": ds.monthly["source_id"]}.get(which, ds.sources.index)
    return [source_id for source_id in ds.sources.index if source_id in set(cited)]


def sources_table(ds: Dataset, loc: Locale, which: str = "all") -> pd.DataFrame:
    """The sources of the article's figures, of Airwars' reports, or all, in the reader's language where the file gives it."""
    rows = [ds.sources.loc[source_id] for source_id in cited_sources(ds, which)]
    return pd.DataFrame({
        loc.t("column.publisher"): [localized(row, "publisher", loc) for row in rows],
        loc.t("column.article_title"): [row["title"] for row in rows],
        loc.t("column.date"): [_published(row, loc) for row in rows],
        loc.t("column.cites"): [localized(row, "cites", loc) for row in rows],
        loc.t("column.address"): [link(row["url"], row["url"]) if row["url"] else "—" for row in rows],
        loc.t("column.url_kind"): [loc.t(f"url_kind.{row['url_kind']}") for row in rows],
    })  # fmt: skip


def _published(row: pd.Series, loc: Locale) -> str:
    """A source's publication date in words, or a note that it is not known."""
    return loc.date(row["published"]) if row["published"] not in ("", "unknown") else loc.t("common.undated")


def source_line(ds: Dataset, loc: Locale, source_id: str, short: bool = False) -> str:
    """The line under a chart: publisher, date, and what it cites."""
    row = ds.sources.loc[source_id]
    key = "common.source_short" if short else "common.source_line"
    return loc.t(
        key, publisher=localized(row, "publisher", loc), date=_published(row, loc), cites=localized(row, "cites", loc)
    )


def chart_sources(ds: Dataset, chart: Chart, loc: Locale, short: bool = False) -> list[str]:
    """The source lines of everything a chart rests on, each source once: the article's figures, and the Airwars
    reports its table draws on (reuse.table_sources, which the downloads' companion files use too)."""
    return _source_lines(ds, reuse.table_sources(chart.table, ds), loc, short)


def _source_lines(ds: Dataset, source_ids, loc: Locale, short: bool = False) -> list[str]:
    return [source_line(ds, loc, source_id, short) for source_id in dict.fromkeys(source_ids)]


def block_content(block: Block, ds: Dataset, tables: dict[str, pd.DataFrame], loc: Locale, presenting: bool,
                  page_facts: dict[str, str]) -> dict:
    """What one block of a page shows, for either renderer: its heading, and its cards, chart, table, text or lines."""
    content: dict = {"kind": block.kind, "name": block.name, "heading": loc.t(block.heading) if block.heading else "",
                     "note": loc.t(block.note, **page_facts) if block.note else ""}
    if block.kind == "cards":
        content["cards"] = cards(ds, tables, loc)
    elif block.kind == "chart":
        chart = CHARTS[block.name]
        table = tables[chart.table]
        content |= {"chart": chart, "data": table, "table": display_table(chart.table, table, loc),
                    "description": chart.describe(table, loc), "sources": chart_sources(ds, chart, loc)}  # fmt: skip
    elif block.kind == "table":
        content |= {"data": tables[block.name], "table": display_table(block.name, tables[block.name], loc)}
    elif block.kind == "note":
        content["text"] = loc.t(block.name, **page_facts)
    elif block.kind == "figures":
        content["table"] = figures_table(ds, loc, quotes=not presenting)
    elif block.kind == "sources":
        content["table"] = sources_table(ds, loc, block.name)
    elif block.kind == "source_lines":
        content["lines"] = _source_lines(ds, cited_sources(ds, block.name), loc)
    elif block.kind == "report_figures":
        content |= report_figures(ds, tables, loc)
    return content


def report_figures(ds: Dataset, tables: dict[str, pd.DataFrame], loc: Locale) -> dict:
    """Airwars' own figures for civilian deaths, each attributed and dated, beside the article's range."""
    rows = tables["airwars_civilian_deaths"]
    lines = []
    for row in rows.itertuples():
        high = None if pd.isna(row.high) else float(row.high)
        lines.append(loc.t(
            "note.credible" if row.metric == "civilian_deaths_credible" else "note.alleged",
            value=loc.qualified(row.qualifier, float(row.low), high), as_of=loc.date(row.as_of),
            period_end=loc.date(row.period_end), quote=row.quote,
        ))  # fmt: skip
    as_of = loc.date(rows["as_of"].max())
    lines.append(loc.t("note.not_in_reports", civilian_deaths=_figure(ds, "civilian_deaths", loc), as_of=as_of))
    return {"heading": loc.t("note.airwars_heading", as_of=as_of), "lines": lines, "data": rows,
            "sources": _source_lines(ds, rows["source_id"], loc)}  # fmt: skip
