"""The reader-facing text built from the tables: facts for sentences, headline cards, display tables."""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from airwars import citation, columns
from airwars.columns import Column
from airwars.data import Dataset
from airwars.i18n import Locale
from airwars.layout import CHARTS, Block, Chart
from airwars.text import format_number, isolate, isolate_latin

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


# What a sentence cannot say when the monthly file lacks what it rests on (its facts are optional), by fact: the
# sentence gives way to a line in the reader's language naming what is missing (labels missing.*).
MISSING_FACTS = {
    **dict.fromkeys(
        ("before_date", "before_total", "before_share_iraq", "before_iraq", "before_syria", "since", "since_high"),
        "before",
    ),
    **dict.fromkeys(("after_syria", "after_date", "between", "between_low"), "after"),
    **dict.fromkeys(
        (
            "us_share_iraq_2016",
            "us_share_syria_2016",
            "us_share_syria",
            "us_share_syria_date",
            "two_year_end",
            "other_reading_max",
        ),
        "us_share",
    ),
}


def _range(loc: Locale, low: float, high: float) -> str:
    """A computed range in words, signs kept: «ما بين −27 و+38»."""
    return loc.t("qualifier.range", value=_signed(low, loc), value_max=_signed(high, loc))


def _monthly_value(ds: Dataset, metric: str) -> pd.Series | None:
    """Airwars' latest row of one metric, or None."""
    found = ds.monthly.reset_index()
    found = found[found["metric"] == metric].sort_values("as_of")
    return found.iloc[-1] if len(found) else None


def facts(ds: Dataset, tables: dict[str, pd.DataFrame], loc: Locale) -> dict[str, str]:
    """Formatted values for the placeholders of intro, method and note texts, every one from the data or the tables.

    The article's figures are always there (the schema requires them); Airwars' counts around its date are optional:
    a fact whose count the monthly file lacks is left out, and fill() says what is missing instead of its sentence.
    """
    derived = tables["derived_values"].set_index("id")
    value = derived["value"]
    context = tables["us_share_context"].set_index("region")
    later = context["two_year_share"]
    cross = tables["cross_check"].set_index("series")
    monthly = tables["monthly_counts"].set_index(["as_of", "series"])
    before, after = cross.at["syria", "before_date"], cross.at["syria", "after_date"]
    shares = ds.monthly[ds.monthly["metric"] == "share_iraq"].set_index("as_of")["value"]
    first_year, ratio = _monthly_value(ds, "strikes_first_year"), _monthly_value(ds, "strikes_per_civilian_death")
    month_share = _monthly_value(ds, "share_iraq_month")
    summary = first_year if first_year is not None else ratio
    since = lambda: derived.loc["syria_since_last_count"]  # noqa: E731
    between = lambda: derived.loc["syria_between_counts"]  # noqa: E731
    optional = {
        "us_share_iraq_2016": lambda: loc.pct(later["iraq"]),
        "us_share_syria_2016": lambda: loc.pct(later["syria"]),
        "us_share_syria": lambda: loc.pct(later["syria"]),
        "us_share_syria_date": lambda: loc.date(context.at["syria", "as_of"][:7]),
        "two_year_end": lambda: loc.date(context.at["syria", "period_end"]),
        "other_reading_max": lambda: loc.t(
            "qualifier.about", value=loc.pct(value["other_reading_us_share_syria_max"]), value_max=""
        ),
        "before_date": lambda: loc.date(before),
        "before_total": lambda: loc.num(monthly.at[(before, "total"), "strikes"]),
        "before_share_iraq": lambda: loc.pct(shares[before]),
        "before_iraq": lambda: loc.qualified(
            "range", monthly.at[(before, "iraq"), "strikes_low"], monthly.at[(before, "iraq"), "strikes_high"]
        ),
        "before_syria": lambda: loc.qualified(
            "range", cross.at["syria", "before_low"], cross.at["syria", "before_high"]
        ),
        "since": lambda: _range(loc, since()["value"], since()["value_max"]),
        "since_high": lambda: loc.num(since()["value_max"]),
        "after_syria": lambda: loc.num(cross.at["syria", "after_strikes"]),
        "after_date": lambda: loc.date(after),
        "between": lambda: loc.qualified("range", between()["value"], between()["value_max"]),
        "between_low": lambda: loc.num(between()["value"]),
    }
    found = {key: text for key, make in optional.items() if (text := _optional(make)) is not None}
    found |= {
        "others_share": loc.pct(value["others_share_iraq"]),
        "strikes_syria": loc.num(value["strikes_syria"]),
        "strikes_total": loc.num(ds.value("strikes_total")),
        "strikes_iraq": loc.num(ds.value("strikes_iraq")),
        "share_iraq": loc.pct(value["share_iraq"]),
        "us_share_iraq": loc.pct(ds.value("us_share_iraq")),
        "us_strikes_iraq": loc.num(value["us_strikes_iraq"]),
        "civilian_deaths": _figure(ds, "civilian_deaths", loc),
        "fighters_killed_claimed": loc.t(
            "qualifier.more_than", value=loc.thousands(ds.value("fighters_killed_claimed"))
        )
        if ds.figures.at["fighters_killed_claimed", "qualifier"] == "more_than"
        else _figure(ds, "fighters_killed_claimed", loc),
    }
    if summary is not None:
        found |= {
            "summary_date": loc.date(summary["as_of"][:7]),
            "summary_title": ds.sources.at[summary["source_id"], "title"],
        }
    if first_year is not None:
        found |= {"first_year": loc.num(first_year["value"]), "first_year_end": loc.date(first_year["period_end"][:7])}
    if ratio is not None:
        found |= {
            "one_in": loc.num(ratio["value"]),
            "ratio_quote": quote_text(ds, ratio, loc),
            "ratio_end": loc.date(ratio["period_end"]),
        }
    if month_share is not None:
        found |= {
            "month_share": loc.pct(month_share["value"]),
            "month_share_rest": loc.pct(100 - month_share["value"]),
            "month_share_month": loc.date(month_share["as_of"][:7]),
            "month_share_published": loc.date(ds.sources.at[month_share["source_id"], "published"]),
            "month_share_quote": quote_text(ds, month_share, loc),
        }
    return found


def _optional(make) -> str | None:
    """One optional fact, or None when the count it rests on is not in the monthly file (a missing row or date)."""
    try:
        return make()
    # A missing count shows up as a missing key, or as None or NaN where a number or date was expected.
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return None


def fill(loc: Locale, key: str, page_facts: dict[str, str]) -> str:
    """A label with the page's facts filled in; when a fact it needs is missing, the line that says what is missing."""
    missing = [name for name in _placeholders(loc.labels[key]) if name not in page_facts]
    if missing:
        # The most specific line: what kind of count is missing, when the sentence's facts say; else the general one.
        kinds = [MISSING_FACTS[name] for name in missing if name in MISSING_FACTS]
        return loc.t(f"missing.{kinds[0] if kinds else 'counts'}")
    return loc.t(key, **page_facts) if page_facts else loc.t(key)


def _placeholders(template: str) -> list[str]:
    """The names of a label's {placeholders}."""
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def cards(ds: Dataset, tables: dict[str, pd.DataFrame], loc: Locale) -> list[Card]:
    """The headline numbers of the overview, reported and derived, each with its claimant."""
    figures = ds.figures
    derived = tables["derived_values"].set_index("id")
    reported = []
    for figure_id in ("strikes_total", "strikes_iraq", "us_share_iraq", "civilian_deaths", "fighters_killed_claimed"):
        value = (
            facts(ds, tables, loc)[figure_id] if figure_id == "fighters_killed_claimed" else _figure(ds, figure_id, loc)
        )
        reported.append(
            Card(
                figure_id,
                loc.t(f"figure.{figure_id}"),
                value,
                loc.t(f"claimant_short.{figures.at[figure_id, 'claimed_by']}"),
                figures.at[figure_id, "quote"],
                False,
            )
        )
    syria = derived.loc["strikes_syria"]
    syria_card = Card(
        "strikes_syria",
        loc.t("derived.strikes_syria"),
        loc.qualified(syria["qualifier"], syria["value"]),
        f"{loc.t('common.derived_badge')}: {loc.t('formula.strikes_syria')}",
        "",
        True,
    )
    return reported[:2] + [syria_card] + reported[2:]


def _yes_no(flag: bool, loc: Locale) -> str:
    return loc.t("common.yes") if flag else loc.t("common.no")


# A shown table keeps at most this many rows, its first and last halves, with a row saying how many are left out:
# a 10 MB monthly file would otherwise make a page and a report no phone can open. The CSV download has them all.
MAX_SHOWN_ROWS = 40


def _share(qualifier: str, share: float, loc: Locale) -> str:
    """A share with its qualifier: «نحو 65%»."""
    return loc.t(f"qualifier.{qualifier}", value=loc.pct(share), value_max="")


def _badged(cell: str, derived: bool, loc: Locale) -> str:
    """A value with «(محسوبة)» after it when the dashboard computed it: derived is marked per value."""
    return f"{cell} ({loc.t('common.derived_badge')})" if derived else cell


def _bounds(column: Column, table: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """A count's low and high bounds, where the table gives them ("strikes_low", "strikes_high"), else the count."""
    low, high = f"{column.source}_low", f"{column.source}_high"
    if low in table.columns and high in table.columns:
        return table[low], table[high]
    return table[column.source], table[column.source]


def _count(qualifier: str, value: float, low: float, high: float, loc: Locale) -> str:
    """A count with its qualifier; a range reads from its low bound to its high one, never its midpoint alone."""
    if qualifier == "range":
        return loc.qualified("range", low, high)
    return loc.qualified(qualifier, value)


def _formulas(expression: str, loc: Locale) -> str:
    """A working in the reader's digits, each formula of a range («…» between its bounds) isolated left to right."""
    return " … ".join(loc.iso(loc.digits_of(part)) for part in str(expression).split(" … "))


def _which_derived(count: bool, share: bool, loc: Locale) -> str:
    """Which values of a row the dashboard computed: none, the count, the share, or both."""
    key = {
        (False, False): "common.no",
        (True, False): "derived_which.count",
        (False, True): "derived_which.share",
        (True, True): "derived_which.both",
    }[(bool(count), bool(share))]
    return loc.t(key)


def display_table(name: str, table: pd.DataFrame, loc: Locale) -> pd.DataFrame:
    """A table in the reader's language and digits, for showing: a long one cut to its first and last rows."""
    if len(table) <= MAX_SHOWN_ROWS:
        return _display_table(name, table, loc)
    half = MAX_SHOWN_ROWS // 2
    head, tail = _display_table(name, table.head(half), loc), _display_table(name, table.tail(half), loc)
    gap = {column: "" for column in head.columns}
    gap[head.columns[0]] = loc.t(
        "common.rows_left_out", count=loc.num(len(table) - 2 * half), total=loc.num(len(table))
    )
    return pd.concat([head, pd.DataFrame([gap]), tail], ignore_index=True)


def _display_table(name: str, table: pd.DataFrame, loc: Locale) -> pd.DataFrame:
    """A table with headers and cells in the reader's language and digits, for showing, not computing."""
    if name == "monthly_counts":  # Airwars' own counts: each row's report is Airwars
        table = table.assign(report="airwars")
    shown = columns.shown(name)
    if not shown:
        raise KeyError(name)  # a table written out as sentences on its page, not shown as a table
    return pd.DataFrame({loc.t(column.key): SCREEN_FORMS[column.form](column, table, loc) for column in shown})


def _flags(column: Column, table: pd.DataFrame) -> list[bool]:
    """Whether the dashboard computed each value of a column (never, when the column says nothing of it)."""
    return [bool(d) for d in table[column.derived]] if column.derived else [False] * len(table)


def _labelled(column: Column, table: pd.DataFrame, loc: Locale) -> list[str]:
    """Each value's label; empty where the value is missing or, for a formula, where nothing was computed."""
    wanted = _flags(column, table) if column.derived else [True] * len(table)
    return [
        loc.t(column.labels.format(v)) if citation.cell_text(v) and w else ""
        for v, w in zip(table[column.source], wanted)
    ]


# How each form of columns.py reads on screen: values with their qualifier and «(محسوبة)», in the reader's digits.
ScreenForm = Callable[[Column, pd.DataFrame, Locale], list]
SCREEN_FORMS: dict[str, ScreenForm] = {
    "label": _labelled,
    "count": lambda c, t, loc: [
        _badged(_count(q, v, low, high, loc), d, loc)
        for q, v, low, high, d in zip(t[c.qualifier], t[c.source], *_bounds(c, t), _flags(c, t))
    ],
    "share": lambda c, t, loc: [
        _badged(_share(q, v, loc), d, loc) for q, v, d in zip(t[c.qualifier], t[c.source], _flags(c, t))
    ],
    "number": lambda c, t, loc: [loc.num(v) for v in t[c.source]],
    "upper": lambda c, t, loc: [loc.t("common.open_ended") if pd.isna(v) else loc.num(v) for v in t[c.source]],
    "percent": lambda c, t, loc: ["—" if pd.isna(v) else loc.pct(v) for v in t[c.source]],
    "qualifier": lambda c, t, loc: [loc.t(f"qualifier_name.{q}") for q in t[c.source]],
    "which_derived": lambda c, t, loc: [_which_derived(d, sd, loc) for d, sd in zip(t[c.source], t[c.derived])],
    "derived": lambda c, t, loc: [
        _yes_no(d, loc) + (f" ({_formulas(e, loc)})" if d else "") for d, e in zip(t[c.source], t[c.beside])
    ],
    "calculation": lambda c, t, loc: [_formulas(e, loc) for e in t[c.source]],
    "date": lambda c, t, loc: [loc.date(d) for d in t[c.source]],
    "nearest": lambda c, t, loc: [_count_cell(r, c.beside, loc) for _, r in t.iterrows()],
    "source": lambda c, t, loc: [_source_name(t, i, loc) for i in range(len(t))],
}


def _signed(value: float, loc: Locale) -> str:
    """A difference with its sign always shown: +510, −142 (a true minus sign, isolated in Arabic)."""
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return loc.iso(sign + format_number(abs(value), digits=loc.digits))


def _count_cell(row: pd.Series, side: str, loc: Locale) -> str:
    """A nearest count, its date and the difference from the article, each no more precise than its inputs: a count
    from a rounded share as its range, a difference with an approximate count «نحو», to the ten."""
    if row[f"{side}_date"] is None or pd.isna(row[f"{side}_date"]):
        return "—"
    low, high, qualifier = row[f"{side}_low"], row[f"{side}_high"], row[f"{side}_qualifier"]
    count = loc.qualified("range", low, high) if low != high else loc.qualified(qualifier, row[f"{side}_strikes"])
    count = _badged(count, bool(row[f"{side}_derived"]), loc)
    d_low, d_high, d_qualifier = (
        row[f"{side}_difference_low"],
        row[f"{side}_difference_high"],
        row[f"{side}_difference_qualifier"],
    )
    if d_qualifier == "range":
        difference = _range(loc, d_low, d_high)
    elif d_qualifier == "about":
        difference = loc.t("qualifier.about", value=_signed(d_low, loc), value_max="")
    else:
        difference = _signed(d_low, loc)
    return f"{count} ({loc.date(row[f'{side}_date'])}) · {difference}"


def _source_name(table: pd.DataFrame, index: int, loc: Locale) -> Link | str:
    """The report a point comes from, linked to its address."""
    row = table.iloc[index]
    name = loc.t("context.article_source") if row["report"] == "article" else localized(row, "publisher", loc)
    if row["derived"]:  # the dashboard's arithmetic on the report's figures, never the report's own count
        name = loc.t("context.computed_source", source=name)
    return link(name, row["url"])


def localized(row: pd.Series, column: str, loc: Locale) -> str:
    """A source field in English when the reader asked for English and the file gives it."""
    english = row.get(f"{column}_en", "")
    if loc.lang == "en" and english:
        return english
    return isolate_latin(row[column]) if loc.rtl else row[column]


def figures_table(ds: Dataset, loc: Locale, quotes: bool = True) -> pd.DataFrame:
    """Every reported figure with its qualifier, claimant, quote (unless left out) and source."""
    figures, sources = ds.figures, ds.sources
    table = pd.DataFrame(
        {
            loc.t("column.figure"): [loc.t(f"figure.{i}") for i in figures.index],
            loc.t("column.value"): [_figure(ds, i, loc) for i in figures.index],
            loc.t("column.qualifier"): [loc.t(f"qualifier_name.{q}") for q in figures["qualifier"]],
            loc.t("column.claimed_by"): [loc.t(f"claimant.{c}") for c in figures["claimed_by"]],
            loc.t("column.quote"): [f"«{q}»" for q in figures["quote"]],
            loc.t("column.source"): [localized(sources.loc[s], "publisher", loc) for s in figures["source_id"]],
        }
    )
    return table if quotes else table.drop(columns=[loc.t("column.quote"), loc.t("column.qualifier")])


def cited_sources(ds: Dataset, which: str) -> list[str]:
    """The ids of the sources behind the article's figures ("article"), Airwars' reports ("reports"), or "all"."""
    cited = {"article": ds.figures["source_id"], "reports": ds.monthly["source_id"]}.get(which, ds.sources.index)
    return [source_id for source_id in ds.sources.index if source_id in set(cited)]


def sources_table(ds: Dataset, loc: Locale, which: str = "all") -> pd.DataFrame:
    """The sources of the article's figures, of Airwars' reports, or all, in the reader's language where the file gives it."""
    rows = [ds.sources.loc[source_id] for source_id in cited_sources(ds, which)]
    return pd.DataFrame(
        {
            loc.t("column.publisher"): [localized(row, "publisher", loc) for row in rows],
            loc.t("column.article_title"): [citation.titled(row, loc) for row in rows],
            loc.t("column.date"): [_published(row, loc) for row in rows],
            loc.t("column.cites"): [localized(row, "cites", loc) for row in rows],
            loc.t("column.address"): [link(row["url"], row["url"]) if row["url"] else "—" for row in rows],
            loc.t("column.url_kind"): [loc.t(f"url_kind.{row['url_kind']}") for row in rows],
        }
    )


def _published(row: pd.Series, loc: Locale) -> str:
    """A source's publication date in words, or a note that it is not known."""
    return loc.date(row["published"]) if row["published"] not in ("", "unknown") else loc.t("common.undated")


def source_line(ds: Dataset, loc: Locale, source_id: str, short: bool = False) -> str:
    """The line under a chart: publisher, date, and what it cites."""
    row = ds.sources.loc[source_id]
    if source_id not in set(ds.figures["source_id"]):
        # One of Airwars' own reports: cited by its title and date, not as a report citing a report.
        return loc.t(
            "common.source_report",
            publisher=localized(row, "publisher", loc),
            title=citation.titled(row, loc),
            date=_published(row, loc),
        )
    key = "common.source_short" if short else "common.source_line"
    return loc.t(
        key, publisher=localized(row, "publisher", loc), date=_published(row, loc), cites=localized(row, "cites", loc)
    )


def chart_sources(ds: Dataset, chart: Chart, loc: Locale, short: bool = False) -> list[str]:
    """The source lines of everything a chart rests on, each source once: the article's figures, and the Airwars
    reports its table draws on (citation.table_sources, which the downloads' companion files use too)."""
    return _source_lines(ds, citation.table_sources(chart.table, ds), loc, short)


PRESENT_SOURCE_LINES = 3  # source lines a presenter's step shows at most: more, at a size a room reads, crowd the chart


def present_sources(ds: Dataset, chart: Chart, loc: Locale) -> list[str]:
    """A chart's source lines on a presenter's step: all of them when they are few; else the article's, and one line
    saying that Airwars' reports are listed on the sources step (which shows them, layout.PAGES)."""
    lines = chart_sources(ds, chart, loc)
    if len(lines) <= PRESENT_SOURCE_LINES:
        return lines
    article = [
        source_id for source_id in citation.table_sources(chart.table, ds) if source_id in set(ds.figures["source_id"])
    ]
    return [*_source_lines(ds, article, loc), loc.t("present.reports_elsewhere", step=loc.t("nav.sources"))]


def _source_lines(ds: Dataset, source_ids, loc: Locale, short: bool = False) -> list[str]:
    return [source_line(ds, loc, source_id, short) for source_id in dict.fromkeys(source_ids)]


def block_content(
    block: Block,
    ds: Dataset,
    tables: dict[str, pd.DataFrame],
    loc: Locale,
    presenting: bool,
    page_facts: dict[str, str],
) -> dict:
    """What one block of a page shows, for either renderer: its heading, and its cards, chart, table, text or lines."""
    content: dict = {
        "kind": block.kind,
        "name": block.name,
        "heading": loc.t(block.heading) if block.heading else "",
        "note": fill(loc, block.note, page_facts) if block.note else "",
    }
    if block.kind == "cards":
        content["cards"] = cards(ds, tables, loc)
    elif block.kind == "chart":
        chart = CHARTS[block.name]
        table = tables[chart.table]
        content |= {
            "chart": chart,
            "data": table,
            "table": display_table(chart.table, table, loc),
            "description": chart.describe(table, loc),
            "sources": present_sources(ds, chart, loc) if presenting else chart_sources(ds, chart, loc),
        }
    elif block.kind == "table":
        content |= {
            "data": tables[block.name],
            "table": display_table(block.name, tables[block.name], loc),
            "sources": _source_lines(ds, citation.table_sources(block.name, ds), loc),
        }
    elif block.kind == "note":
        content["text"] = fill(loc, block.name, page_facts)
    elif block.kind == "figures":
        content["table"] = figures_table(ds, loc, quotes=not presenting)
        if not presenting:  # the presenter's step names the article in its own source lines
            content["sources"] = _source_lines(ds, citation.article_sources(ds), loc)
    elif block.kind == "sources":
        content["table"] = sources_table(ds, loc, block.name)
    elif block.kind == "source_lines":
        content["lines"] = _source_lines(ds, cited_sources(ds, block.name), loc)
    elif block.kind == "report_figures":
        content |= report_figures(ds, tables, loc, block.name)
    return content


@cache
def translations() -> dict[str, str]:
    """The dashboard's Arabic renderings of Airwars' sentences, by row id (labels/translations.toml)."""
    with (Path(__file__).parent / "labels" / "translations.toml").open("rb") as handle:
        return tomllib.load(handle)["ar"]


def _row_values(ds: Dataset, row: pd.Series, loc: Locale) -> dict[str, str]:
    """The placeholders of a row's translation: every figure of its date by metric, and its own value."""

    def shown(metric_row: pd.Series, column: str = "value") -> str:
        value = float(metric_row[column])
        return loc.pct(value) if metric_row["unit"] == "percent" else loc.num(value)

    same_day = ds.monthly[ds.monthly["as_of"] == row["as_of"]]
    values = {r["metric"]: shown(r) for _, r in same_day.iterrows()}
    values |= {"value": shown(row), "value_max": "" if pd.isna(row["value_max"]) else shown(row, "value_max")}
    if row["unit"] == "percent":
        values["rest"] = loc.pct(100 - float(row["value"]))
    return values


def quote_text(ds: Dataset, row: pd.Series, loc: Locale) -> str:
    """A report's sentence as the source wrote it, with the address where it was read. In Arabic the dashboard's
    rendering comes first, labelled as its translation, with the English original beside it in a left-to-right
    isolate (the plain-text <bdi dir=ltr>), so the original's numbers and punctuation stay in place."""
    original = f'"{row["quote"]}"'
    if loc.lang != "ar":
        return loc.t("quote.original", quote=original, url=row["quote_url"])
    try:
        rendering = translations()[row["id"]].format(**_row_values(ds, row, loc))
    # A row the dashboard has no translation for (an edited or new file), or one whose figures changed: the original
    # alone, isolated, rather than a translation that would not match it.
    except (KeyError, IndexError, ValueError):
        return loc.t("quote.original", quote=isolate(original), url=isolate(row["quote_url"]))
    return loc.t("quote.translated", translation=rendering, quote=isolate(original), url=isolate(row["quote_url"]))


def report_quotes(ds: Dataset, loc: Locale, metrics: tuple[str, ...] | None = None) -> list[str]:
    """One line per quoted sentence of Airwars' reports (each sentence once), with what it is and its source."""
    lines, seen = [], set()
    for _, row in ds.monthly.reset_index().sort_values("as_of").iterrows():
        if (metrics and row["metric"] not in metrics) or row["quote"] in seen:
            continue
        seen.add(row["quote"])
        source = ds.sources.loc[row["source_id"]]
        lines.append(
            loc.t(
                "quote.line",
                source=localized(source, "publisher", loc),
                title=citation.titled(source, loc),
                date=_published(source, loc),
                text=quote_text(ds, row, loc),
            )
        )
    return lines


def report_figures(
    ds: Dataset, tables: dict[str, pd.DataFrame], loc: Locale, name: str = "airwars_civilian_deaths"
) -> dict:
    """Airwars' own figures for civilian deaths, each attributed and dated, beside the article's range; or ("quotes")
    every sentence quoted from Airwars' reports, with the address where it was read."""
    if name == "quotes":
        return {
            "heading": loc.t("quote.heading"),
            "lines": report_quotes(ds, loc),
            "sources": _source_lines(ds, cited_sources(ds, "reports"), loc),
        }
    rows = tables["airwars_civilian_deaths"]
    if rows.empty:  # optional: the monthly file may have no civilian figures
        return {"heading": "", "lines": [loc.t("missing.civilian")], "data": rows, "sources": []}
    lines = []
    for row in rows.itertuples():
        high = None if pd.isna(row.high) else float(row.high)
        every = ds.monthly.reset_index()
        monthly_row = every[(every["metric"] == row.metric) & (every["as_of"] == row.as_of)].iloc[0]
        lines.append(
            loc.t(
                "note.credible" if row.metric == "civilian_deaths_credible" else "note.alleged",
                value=loc.qualified(row.qualifier, float(row.low), high),
                as_of=loc.date(row.as_of),
                period_end=loc.date(row.period_end),
                quote=quote_text(ds, monthly_row, loc),
            )
        )
    as_of = loc.date(rows["as_of"].max())
    lines.append(loc.t("note.not_in_reports", civilian_deaths=_figure(ds, "civilian_deaths", loc), as_of=as_of))
    return {
        "heading": loc.t("note.airwars_heading", as_of=as_of),
        "lines": lines,
        "data": rows,
        "sources": _source_lines(ds, rows["source_id"], loc),
    }
