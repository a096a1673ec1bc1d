"""What a reader cites: the citation line, the licences, the data's dates, and the sources each table rests on."""

from __future__ import annotations

import os
import unicodedata
from datetime import date
from urllib.parse import urlencode, urlsplit, urlunsplit

import pandas as pd

from airwars.data import Dataset
from airwars.i18n import DIGITS, LANGUAGES, Locale
from airwars.layout import CHARTS, PAGE_BY_KEY, PAGES
from airwars.tables import ARTICLE_DATE, CIVILIAN_METRICS
from airwars.text import isolate_latin, isolate_rtl, right_to_left

# The dashboard's last update: a constant bumped with each release of data or text. File times would say
# "today" on every fresh clone, which is not when anything changed.
UPDATED = date(2026, 11, 29)
PUBLIC_URL_SETTING = "AIRWARS_PUBLIC_URL"  # where the dashboard is published: citations give its address
# The reported figures and the Airwars metrics each table rests on: their sources go in the companion note.
# A chart's table rests on the figures layout.CHARTS gives the chart; only the tables no chart draws are listed here.
_CHART_OF_TABLE = {chart.table: chart for chart in CHARTS.values()}
_UNCHARTED_FIGURES = {
    "derived_values": ("strikes_total", "strikes_iraq", "us_share_iraq", "civilian_deaths"),
    "monthly_counts": (),
    "cross_check": ("strikes_total", "strikes_iraq"),
    "us_share_context": ("us_share_iraq",),
    "airwars_civilian_deaths": (),
}
TABLE_FIGURES = {**{table: chart.figures for table, chart in _CHART_OF_TABLE.items()}, **_UNCHARTED_FIGURES}
_COUNTS = ("strikes_total", "strikes_iraq", "strikes_syria", "share_iraq")
# Which of Airwars' metrics a table draws on. A chart's table draws on them only when its Chart says reports=True.
TABLE_METRICS = {
    "monthly_counts": _COUNTS,
    "cross_check": _COUNTS,
    "timeline": _COUNTS,
    "us_share_context": ("us_share_iraq", "us_share_syria"),
    # The other reading rests on Airwars' later US share in Syria, the same-day check on its counts either side.
    "derived_values": (*_COUNTS, "us_share_syria"),
    # The US-share chart's reading is supported by the 2016 summary and weighed against the June 2015 brief.
    "us_share_iraq": ("us_share_syria", "share_iraq_month"),
    "airwars_civilian_deaths": CIVILIAN_METRICS,
}


def cell_text(value: object) -> str:
    """A text cell; empty when missing."""
    return "" if value is None or pd.isna(value) else str(value)


def source_name(row: pd.Series, loc: Locale) -> str:
    """The publisher in English when the reader reads English and the file gives it."""
    english = cell_text(row.get("publisher_en", ""))
    if loc.lang == "en" and english:
        return english
    return isolate_latin(cell_text(row["publisher"])) if loc.rtl else cell_text(row["publisher"])


def titled(row: pd.Series, loc: Locale) -> str:
    """A source's title in quotation marks (isolated in Arabic); without one, our own description of it, unquoted and in
    the reader's language: a title is the source's words, never ours."""
    title = cell_text(row["title"])
    if title:
        # An Arabic title in English text (the article's) is isolated right to left: bare, the date after it takes its
        # direction, and the comma and quotation mark land on the wrong side of it.
        return f"«{loc.iso(title)}»" if loc.rtl else f'"{isolate_rtl(title) if right_to_left(title) else title}"'
    english = cell_text(row.get("cites_en", ""))
    arabic = isolate_latin(cell_text(row["cites"])) if loc.rtl else cell_text(row["cites"])
    return fill(loc, "common.untitled", description=english if loc.lang == "en" and english else arabic)


def one_line(value: str) -> str:
    """Text on one line: line breaks and other control characters become spaces."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in value).split())


def _clean(value: str) -> str:
    """Text from outside (a page title, an address) on one line, without direction marks or other format characters."""
    return one_line("".join(c for c in value if unicodedata.category(c)[0] != "C" or c in "\t\n\r"))


def fill(loc: Locale, key: str, **values: str) -> str:
    """A label with placeholders filled; its own digits in the reader's digits, the values as given (URLs keep 0-9)."""
    return loc.digits_of(loc.labels[key]).format(**values)


def plain_date(loc: Locale, day: date | str) -> str:
    """A date in words without direction isolates, for text that will be copied: «29 سبتمبر/أيلول 2015»."""
    year, month, *rest = (day.isoformat() if isinstance(day, date) else day).split("-")
    words = f"{int(rest[0])} " if rest else ""
    return loc.digits_of(f"{words}{loc.labels[f'month.m{month}']} {year}")


def _web_address(url: str) -> bool:
    """Whether url is an http(s) address with a host: anything else (javascript:, a file path) is left out."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in url


def public_url() -> str:
    """Where the dashboard is published ($AIRWARS_PUBLIC_URL), or "" when unset or not a web address.

    The server's own address is no citation: it is localhost, or a port of somebody's laptop, that nobody who gets the
    citation can open. Without the setting, a citation says this copy runs locally and cites its sources' addresses.
    """
    url = _clean(os.environ.get(PUBLIC_URL_SETTING, ""))
    return url if _web_address(url) else ""


def page_address(page_key: str, lang: str, digits: str, base: str | None = None) -> str:
    """The published address of a page in a language and digits (example.org/airwars/strikes?lang=en), from
    base or $AIRWARS_PUBLIC_URL; "" when there is none. The defaults (Arabic, Western digits) stay out of the query."""
    base = public_url() if base is None else base
    if not base:
        return ""
    parts = urlsplit(base)
    path = "" if page_key == PAGES[0].key else page_key  # the first page answers at the base address itself
    query = urlencode(
        [(k, v) for k, v, default in (("lang", lang, LANGUAGES[0]), ("digits", digits, DIGITS[0])) if v != default]
    )
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + "/" + path, query, ""))


def article_sources(ds: Dataset) -> list[str]:
    """The ids of the sources of the article's figures (the article itself)."""
    return list(dict.fromkeys(ds.figures["source_id"]))


def page_sources(page_key: str, ds: Dataset) -> list[str]:
    """The ids of the sources a page rests on, each once: its charts' and tables' sources, its source lists."""
    ids: list[str] = []
    for block in PAGE_BY_KEY[page_key].blocks:
        if block.kind == "chart":
            ids += table_sources(CHARTS[block.name].table, ds)
        elif block.kind in ("table", "report_figures") and block.name in TABLE_FIGURES:
            ids += table_sources(block.name, ds)
        elif block.kind == "report_figures":  # Airwars' own words: every report the monthly file quotes
            ids += list(ds.monthly.sort_values("as_of")["source_id"])
        elif block.kind == "sources":
            ids += list(ds.sources.index) if block.name == "all" else list(ds.monthly.sort_values("as_of")["source_id"])
        else:  # the headline cards, the figures table, the article's source lines, the finder
            ids += article_sources(ds)
    return list(dict.fromkeys(ids)) or article_sources(ds)


def address(loc: Locale, url: str) -> str:
    """A web address isolated left to right in Arabic text, so that it reads whole (never with its final slash thrown to the front)."""
    return loc.iso(url)


def _reference(ds: Dataset, source_id: str, loc: Locale) -> str:
    """A source as a citation names it: its publisher and address, or, without an address, its publisher, «title» and
    date (the article, which the data gives no address for)."""
    row = ds.sources.loc[source_id]
    sep = "، " if loc.rtl else ", "
    url = cell_text(row["url"])
    if _web_address(url):
        return f"{source_name(row, loc)} {address(loc, url)}"
    quoted = titled(row, loc)
    return sep.join([source_name(row, loc), quoted, _published(row, loc)])


def line(loc: Locale, ds: Dataset, page_title: str, source_ids: list[str], accessed: date, url: str = "") -> str:
    """A citation line in the reader's language: dashboard and page, Airwars and Al Jazeera, address, date seen.

    url is where this view is published (page_address); without one, the line says this copy runs locally and cites the
    sources by their own addresses. Al Jazeera is named only when the sources include the article: Airwars' monthly
    counts and its civilian death figures did not come through it.
    """
    title, page, url = loc.labels["app.title"], _clean(page_title or ""), _clean(url or "")
    parts = [fill(loc, "cite.work", title=title, page=page) if page else fill(loc, "cite.title", title=title)]
    if set(source_ids) & set(article_sources(ds)):
        parts.append(fill(loc, "cite.sources", article_date=plain_date(loc, ARTICLE_DATE)))
    else:
        parts.append(loc.t("cite.sources_reports"))
    if _web_address(url):
        parts.append(fill(loc, "cite.address", url=address(loc, url)))
    else:
        parts.append(loc.t("cite.local"))
        references = ("؛ " if loc.rtl else "; ").join(_reference(ds, s, loc) for s in source_ids)
        parts.append(fill(loc, "cite.references", sources=references))
    parts.append(fill(loc, "cite.accessed", date=plain_date(loc, accessed)))
    return ". ".join(parts) + "."


def licence_lines(loc: Locale) -> list[str]:
    """The code's licence, the font's, and how to reuse the figures."""
    return [loc.t("cite.licence_code"), loc.t("cite.licence_font"), loc.t("cite.licence_figures")]


def data_dates(ds: Dataset) -> tuple[str, str]:
    """The article's date and the end of the newest Airwars figures' period in the data, both ISO.

    The article's date is its publication date; when sources.csv leaves that empty, the end of the figures' period.
    """
    published = [
        d
        for d in ds.sources.loc[list(dict.fromkeys(ds.figures["source_id"])), "published"]
        if cell_text(d) and d != "unknown"
    ]
    ends = [d for d in ds.figures["period_end"] if cell_text(d)]
    article = max(published) if published else max(ends, default=ARTICLE_DATE)
    # The end of the newest figures' period, as the report words it ("declared to August 7th 2016"), not the date it
    # came out: the pages give the 2016 summary's figures "to 7 August 2016" too.
    periods = [end if cell_text(end) else as_of for end, as_of in zip(ds.monthly["period_end"], ds.monthly["as_of"])]
    airwars = max(periods) if periods else article
    return article, airwars


def dates_lines(ds: Dataset, loc: Locale, updated: date = UPDATED) -> list[str]:
    """ "Data as of" (the article and the newest Airwars figures) and the dashboard's last update."""
    article, airwars = data_dates(ds)
    return [
        fill(loc, "cite.data_as_of", article_date=plain_date(loc, article), airwars_date=plain_date(loc, airwars)),
        fill(loc, "cite.updated", date=plain_date(loc, updated)),
    ]


def table_metrics(table_name: str) -> tuple[str, ...]:
    """The Airwars metrics a table draws on: none for a chart's table unless its Chart says reports=True."""
    chart = _CHART_OF_TABLE.get(table_name)
    return TABLE_METRICS.get(table_name, ()) if chart is None or chart.reports else ()


def table_sources(table_name: str, ds: Dataset) -> list[str]:
    """The ids of the sources a table rests on, each once, in the order they appear."""
    ids = list(ds.figures.loc[[f for f in TABLE_FIGURES[table_name] if f in ds.figures.index], "source_id"])
    metrics = table_metrics(table_name)
    ids += list(ds.monthly.loc[ds.monthly["metric"].isin(metrics)].sort_values("as_of")["source_id"])
    return list(dict.fromkeys(ids))


def _published(row: pd.Series, loc: Locale) -> str:
    """A source's publication date in words, or that it is not known (as on the pages)."""
    known = cell_text(row["published"]) and row["published"] != "unknown"
    return plain_date(loc, row["published"]) if known else loc.labels["common.undated"]


def source_entry(ds: Dataset, source_id: str, loc: Locale) -> str:
    """One source: publisher, «title», publication date, address and what kind of page it is."""
    row = ds.sources.loc[source_id]
    quoted = titled(row, loc)
    sep = "، " if loc.rtl else ", "
    entry = sep.join([source_name(row, loc), quoted, _published(row, loc)])
    kind = loc.labels.get(f"url_kind.{cell_text(row.get('url_kind', ''))}", "")
    return (
        f"- {entry}"
        + (f". {address(loc, row['url'])}" if cell_text(row["url"]) else "")
        + (f" ({kind})" if kind else "")
    )
