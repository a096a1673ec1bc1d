"""What a reader cites: the citation line, the licences, the data's dates, and the sources each table rests on."""

from __future__ import annotations

import unicodedata
from datetime import date
from urllib.parse import urlsplit

import pandas as pd

from airwars.data import Dataset
from airwars.i18n import Locale
from airwars.layout import CHARTS
from airwars.tables import ARTICLE_DATE, CIVILIAN_METRICS

# The dashboard's last update: a constant bumped with each release of data or text. File times would say
# "today" on every fresh clone, which is not when anything changed.
UPDATED = date(2026, 11, 29)
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
    "monthly_counts": _COUNTS, "cross_check": _COUNTS, "timeline": _COUNTS,
    "us_share_context": ("us_share_iraq", "us_share_syria"),
    # The other reading rests on Airwars' later US share in Syria, the same-day check on its counts either side.
    "derived_values": (*_COUNTS, "us_share_syria"),
    "airwars_civilian_deaths": CIVILIAN_METRICS,
}  # fmt: skip


def cell_text(value: object) -> str:
    """A text cell; empty when missing."""
    return "" if value is None or pd.isna(value) else str(value)


def source_name(row: pd.Series, loc: Locale) -> str:
    """The publisher in English when the reader reads English and the file gives it."""
    english = cell_text(row.get("publisher_en", ""))
    return english if loc.lang == "en" and english else cell_text(row["publisher"])


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


def line(loc: Locale, page_title: str, url: str, accessed: date, via_article: bool = True) -> str:
    """A citation line in the reader's language: dashboard and page, Airwars and Al Jazeera, address, date seen.

    via_article=False for what rests only on Airwars' own reports (its monthly counts, its civilian death figures):
    those did not come through the article.
    """
    title, page, url = loc.labels["app.title"], _clean(page_title or ""), _clean(url or "")
    parts = [fill(loc, "cite.work", title=title, page=page) if page else fill(loc, "cite.title", title=title)]
    if via_article:
        parts.append(fill(loc, "cite.sources", article_date=plain_date(loc, ARTICLE_DATE)))
    else:
        parts.append(loc.t("cite.sources_reports"))
    if _web_address(url):
        parts.append(fill(loc, "cite.address", url=url))
    parts.append(fill(loc, "cite.accessed", date=plain_date(loc, accessed)))
    return ". ".join(parts) + "."


def licence_lines(loc: Locale) -> list[str]:
    """The code's licence, the font's, and how to reuse the figures."""
    return [loc.t("cite.licence_code"), loc.t("cite.licence_font"), loc.t("cite.licence_figures")]


def data_dates(ds: Dataset) -> tuple[str, str]:
    """The article's date and the newest Airwars as-of date in the data, both ISO.

    The article's date is its publication date; when sources.csv leaves that empty, the end of the figures' period.
    """
    published = [d for d in ds.sources.loc[list(dict.fromkeys(ds.figures["source_id"])), "published"] if cell_text(d)]
    ends = [d for d in ds.figures["period_end"] if cell_text(d)]
    article = max(published) if published else max(ends, default=ARTICLE_DATE)
    airwars = max(ds.monthly["as_of"]) if len(ds.monthly) else article
    return article, airwars


def dates_lines(ds: Dataset, loc: Locale, updated: date = UPDATED) -> list[str]:
    """"Data as of" (the article and the newest Airwars figures) and the dashboard's last update."""
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
    return plain_date(loc, row["published"]) if cell_text(row["published"]) else loc.labels["common.undated"]


def source_entry(ds: Dataset, source_id: str, loc: Locale) -> str:
    """One source: publisher, «title», publication date, address and what kind of page it is."""
    row = ds.sources.loc[source_id]
    quoted = f"«{row['title']}»" if loc.rtl else f"\"{row['title']}\""
    sep = "، " if loc.rtl else ", "
    entry = sep.join([source_name(row, loc), quoted, _published(row, loc)])
    kind = loc.labels.get(f"url_kind.{cell_text(row.get('url_kind', ''))}", "")
    return f"- {entry}" + (f". {row['url']}" if cell_text(row["url"]) else "") + (f" ({kind})" if kind else "")

