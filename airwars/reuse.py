"""What a reader can take away: CSV in their language, its companion note, a citation, licences, slide images."""

from __future__ import annotations

import atexit
import contextlib
import html
import math
import os
import shutil
import threading
import unicodedata
import warnings
from collections.abc import Callable
from datetime import date
from urllib.parse import urlsplit

import pandas as pd
import plotly.graph_objects as go

from airwars.charts import wrap
from airwars.data import Dataset
from airwars.i18n import Locale
from airwars.layout import CHARTS
from airwars.tables import ARTICLE_DATE, CIVILIAN_METRICS, _neutralise
from airwars.text import round_half_up, strip_isolates

# The dashboard's last update: a constant bumped with each release of data or text. File times would say
# "today" on every fresh clone, which is not when anything changed.
UPDATED = date(2026, 11, 29)
SLIDE_WIDTH, SLIDE_HEIGHT = 1600, 900
SLIDE_TITLE_SIZE = 44  # px at 900 px high: above the 1/25 of the height (36 px) readable from the back of a room
SLIDE_FONT_SIZE = 24
SLIDE_TITLE_WIDTH = 52  # characters per title line at 44 px across a 1600 px slide
SLIDE_SOURCE_SIZE = 20
SLIDE_TEXT_SCALE = 1.6  # explicit font sizes in a chart (notes, labels) grow by this much on a slide
IMAGE_FORMATS = ("png", "svg")
NO_PROXY = "http://127.0.0.1:9"  # the discard port: nothing answers, so nothing leaves the machine
RENDER_TIMEOUT = 20  # seconds before a stuck render gives up (kaleido's default is 90)
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
    # The US-share chart's reading is supported by the 2016 summary and weighed against the June 2015 brief.
    "us_share_iraq": ("us_share_syria", "share_iraq_month"),
    "airwars_civilian_deaths": CIVILIAN_METRICS,
}  # fmt: skip
# Tables whose counts rest on a rounded share: their companion says how they are rounded.
ROUNDED_TABLES = ("us_share_iraq", "derived_values")
WESTERN_DIGITS = "0-9"  # what the CSV is written in, whatever digits the reader chose on screen
UNIT_OF_DERIVED = {"strikes": "download.unit_strikes", "percent": "download.unit_percent", "people": "download.unit_people"}


# --- numbers and cells ---------------------------------------------------------------------------------------------


def number(value: object) -> int | float | None:
    """A number as a spreadsheet should get it: whole as int, else one decimal; empty when missing."""
    if value is None or pd.isna(value):
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() else round_half_up(value, 1)


def _yes_no(flag: object, loc: Locale) -> str:
    """Yes or no in the reader's language; empty when unknown."""
    if flag is None or pd.isna(flag):
        return ""
    return loc.labels["common.yes"] if bool(flag) else loc.labels["common.no"]


def _label(loc: Locale, key: str) -> str:
    """A label as written, digits untouched: CSV cells keep 0-9 so spreadsheets read them."""
    return loc.labels[key]


def _qualifier(loc: Locale, qualifier: str) -> str:
    """A qualifier in words: «تقريبي (نحو)», "approximate (about)"."""
    return _label(loc, f"qualifier_name.{qualifier}")


def _text(value: object) -> str:
    """A text cell; empty when missing."""
    return "" if value is None or pd.isna(value) else str(value)


def _source_name(row: pd.Series, loc: Locale) -> str:
    """The publisher in English when the reader reads English and the file gives it."""
    english = _text(row.get("publisher_en", ""))
    return english if loc.lang == "en" and english else _text(row["publisher"])


# --- the CSV of each table -------------------------------------------------------------------------------------


def _strikes_by_country(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.country": [_label(loc, f"country.{c}") for c in table["country"]],
        "column.strikes": [number(v) for v in table["strikes"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "download.share_percent": [number(v) for v in table["share"]],
        "download.share_qualifier": [_qualifier(loc, q) for q in table["share_qualifier"]],
        "column.derived": [_yes_no(d, loc) for d in table["derived"]],
        "column.formula": [_label(loc, f"formula.strikes_{c}") if d else "" for c, d in zip(table["country"], table["derived"])],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
    }  # fmt: skip


def _us_share_iraq(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    # The counts rest on a rounded share: the count the pages show (to the hundred, "about"), then the working.
    return {
        "column.partner": [_label(loc, f"partner.{p}") for p in table["partner"]],
        "download.share_percent": [number(v) for v in table["share"]],
        "download.share_qualifier": [_qualifier(loc, q) for q in table["share_qualifier"]],
        "download.share_derived": [_yes_no(d, loc) for d in table["derived"]],
        "download.share_formula": [_label(loc, "formula.others_share_iraq") if d else "" for d in table["derived"]],
        "column.strikes": [number(v) for v in table["strikes"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["strikes_qualifier"]],
        "download.strikes_derived": [_yes_no(d, loc) for d in table["strikes_derived"]],
        "download.strikes_exact": [number(v) for v in table["strikes_exact"]],
        "download.strikes_formula": [_label(loc, f"formula.{p}_strikes_iraq") for p in table["partner"]],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
    }


def _casualty_ranges(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.group": [_label(loc, f"group.{g}") for g in table["group"]],
        "column.low": [number(v) for v in table["low"]],
        "column.high": [number(v) for v in table["high"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
    }


def _derived_values(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.figure": [_label(loc, f"derived.{i}") for i in table["id"]],
        "column.value": [number(v) for v in table["value"]],
        "column.high": [number(v) for v in table["value_max"]],
        "download.unit": [_label(loc, UNIT_OF_DERIVED[u]) for u in table["unit"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.formula": [_label(loc, f"formula.{i}") for i in table["id"]],
        "column.calculation": list(table["expression"]),
        # Only where the value shown was rounded beyond its one decimal (the counts to the hundred).
        "column.exact": [number(e) if number(e) != number(v) else None for v, e in zip(table["value"], table["exact"])],
    }


def _counts(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    # The formula codes of derived counts have no label; the calculation beside them reads as numbers.
    return {
        "column.as_of": list(table["as_of"]),
        "column.series": [_label(loc, f"series.{s}") for s in table["series"]],
        "column.strikes": [number(v) for v in table["strikes"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.derived": [_yes_no(d, loc) for d in table["derived"]],
        "column.calculation": [_text(e) for e in table["expression"]],
        "column.publisher": [_source_name(row, loc) for _, row in table.iterrows()],
        "column.address": [_text(u) for u in table["url"]],
    }


def _cross_check(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    columns = {
        "column.series": [_label(loc, f"series.{s}") for s in table["series"]],
        "column.article": [number(v) for v in table["article"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["article_qualifier"]],
        "column.derived": [_yes_no(d, loc) for d in table["article_derived"]],
    }
    for side in ("before", "after"):
        columns |= {
            f"download.{side}_date": [_text(d) for d in table[f"{side}_date"]],
            f"column.{side}": [number(v) for v in table[f"{side}_strikes"]],
            f"download.{side}_derived": [_yes_no(d, loc) for d in table[f"{side}_derived"]],
            f"download.{side}_difference": [number(v) for v in table[f"{side}_difference"]],
            f"download.{side}_address": [_text(u) for u in table[f"{side}_url"]],
        }
    return columns


def _us_share_context(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    # No difference column: the two shares are cumulative over different periods, not a change.
    return {
        "column.region": [_label(loc, f"country.{r}") for r in table["region"]],
        "download.article_share_percent": [number(v) for v in table["article_share"]],
        "column.as_of": [_text(d) for d in table["as_of"]],
        "download.two_year_share_percent": [number(v) for v in table["two_year_share"]],
        "column.address": [_text(u) for u in table["url"]],
    }


def _airwars_civilian_deaths(table: pd.DataFrame, loc: Locale) -> dict[str, list]:
    return {
        "column.figure": [_label(loc, f"download.metric.{m}") for m in table["metric"]],
        "column.as_of": [_text(d) for d in table["as_of"]],
        "column.low": [number(v) for v in table["low"]],
        "column.high": [number(v) for v in table["high"]],
        "column.qualifier": [_qualifier(loc, q) for q in table["qualifier"]],
        "column.claimed_by": [_label(loc, f"claimant.{c}") for c in table["claimed_by"]],
        "download.period_start": [_text(d) for d in table["period_start"]],
        "download.period_end": [_text(d) for d in table["period_end"]],
        "column.report_quote": [_text(q) for q in table["quote"]],
        "column.quote_url": [_text(u) for u in table["quote_url"]],
        "column.publisher": [_source_name(row, loc) for _, row in table.iterrows()],
        "column.address": [_text(u) for u in table["url"]],
        "column.url_kind": [_label(loc, f"url_kind.{k}") if _text(k) else "" for k in table["url_kind"]],
    }


EXPORTS: dict[str, Callable[[pd.DataFrame, Locale], dict[str, list]]] = {
    "strikes_by_country": _strikes_by_country, "us_share_iraq": _us_share_iraq, "casualty_ranges": _casualty_ranges,
    "derived_values": _derived_values, "monthly_counts": _counts, "cross_check": _cross_check,
    "us_share_context": _us_share_context, "timeline": _counts, "airwars_civilian_deaths": _airwars_civilian_deaths,
}  # fmt: skip


def export_table(table_name: str, table: pd.DataFrame, loc: Locale) -> pd.DataFrame:
    """The readable columns of a table, headers in the reader's language, numbers as numbers."""
    columns = EXPORTS[table_name](table, loc)
    # object columns keep 7058 an int beside an empty cell (a float column would write 7058.0).
    return pd.DataFrame({_label(loc, key): pd.Series(values, dtype=object) for key, values in columns.items()})


def csv_text(frame: pd.DataFrame) -> bytes:
    """Like tables.csv_bytes (BOM, CRLF, formula-like text neutralised), but each cell keeps its own type."""
    # csv_bytes' DataFrame.map re-infers each column, so [1800, None] comes back as 1800.0: neutralise cell by cell.
    safe = pd.DataFrame({name: pd.Series([_neutralise(c) for c in frame[name]], dtype=object) for name in frame.columns})
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def csv_for(table_name: str, table: pd.DataFrame, loc: Locale) -> bytes:
    """The CSV under a chart: reader's headers, whole numbers, qualifiers in words, BOM, formulas neutralised."""
    return csv_text(export_table(table_name, table, loc))


def file_name(table_name: str, loc: Locale, suffix: str = "csv") -> str:
    """A download's file name: airwars-strikes-by-country-ar.csv."""
    return f"airwars-{table_name.replace('_', '-')}-{loc.lang}.{suffix}"


# --- citation, licences, dates ---------------------------------------------------------------------------------------


def _one_line(value: str) -> str:
    """Text on one line: line breaks and other control characters become spaces."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in value).split())


def _clean(value: str) -> str:
    """Text from outside (a page title, an address) on one line, without direction marks or other format characters."""
    return _one_line("".join(c for c in value if unicodedata.category(c)[0] != "C" or c in "\t\n\r"))


def _fill(loc: Locale, key: str, **values: str) -> str:
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


def citation(loc: Locale, page_title: str, url: str, accessed: date, via_article: bool = True) -> str:
    """A citation line in the reader's language: dashboard and page, Airwars and Al Jazeera, address, date seen.

    via_article=False for what rests only on Airwars' own reports (its monthly counts, its civilian death figures):
    those did not come through the article.
    """
    title, page, url = loc.labels["app.title"], _clean(page_title or ""), _clean(url or "")
    parts = [_fill(loc, "cite.work", title=title, page=page) if page else _fill(loc, "cite.title", title=title)]
    if via_article:
        parts.append(_fill(loc, "cite.sources", article_date=plain_date(loc, ARTICLE_DATE)))
    else:
        parts.append(loc.t("cite.sources_reports"))
    if _web_address(url):
        parts.append(_fill(loc, "cite.address", url=url))
    parts.append(_fill(loc, "cite.accessed", date=plain_date(loc, accessed)))
    return ". ".join(parts) + "."


def licence_lines(loc: Locale) -> list[str]:
    """The code's licence, the font's, and how to reuse the figures."""
    return [loc.t("cite.licence_code"), loc.t("cite.licence_font"), loc.t("cite.licence_figures")]


def data_dates(ds: Dataset) -> tuple[str, str]:
    """The article's date and the newest Airwars as-of date in the data, both ISO.

    The article's date is its publication date; when sources.csv leaves that empty, the end of the figures' period.
    """
    published = [d for d in ds.sources.loc[list(dict.fromkeys(ds.figures["source_id"])), "published"] if _text(d) and d != "unknown"]
    ends = [d for d in ds.figures["period_end"] if _text(d)]
    article = max(published) if published else max(ends, default=ARTICLE_DATE)
    airwars = max(ds.monthly["as_of"]) if len(ds.monthly) else article
    return article, airwars


def dates_lines(ds: Dataset, loc: Locale, updated: date = UPDATED) -> list[str]:
    """"Data as of" (the article and the newest Airwars figures) and the dashboard's last update."""
    article, airwars = data_dates(ds)
    return [
        _fill(loc, "cite.data_as_of", article_date=plain_date(loc, article), airwars_date=plain_date(loc, airwars)),
        _fill(loc, "cite.updated", date=plain_date(loc, updated)),
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
    return plain_date(loc, row["published"]) if _text(row["published"]) and row["published"] != "unknown" else loc.labels["common.undated"]


def _source_entry(ds: Dataset, source_id: str, loc: Locale) -> str:
    """One source: publisher, «title», publication date, address and what kind of page it is."""
    row = ds.sources.loc[source_id]
    quoted = f"«{row['title']}»" if loc.rtl else f"\"{row['title']}\""
    sep = "، " if loc.rtl else ", "
    entry = sep.join([_source_name(row, loc), quoted, _published(row, loc)])
    kind = loc.labels.get(f"url_kind.{_text(row.get('url_kind', ''))}", "")
    return f"- {entry}" + (f". {row['url']}" if _text(row["url"]) else "") + (f" ({kind})" if kind else "")


def notes_lines(table_name: str, loc: Locale) -> list[str]:
    """What the companion says about the columns: numbers, qualifiers, derived values, and rounding where it applies."""
    keys = ["qualifier", "derived", *(["rounding"] if table_name in ROUNDED_TABLES else [])]
    return [_fill(loc, "download.note_numbers", digits=WESTERN_DIGITS), *[loc.t(f"download.note_{k}") for k in keys]]


def about_for(table_name: str, ds: Dataset, loc: Locale, url: str = "", accessed: date | None = None) -> bytes:
    """The companion of a CSV: its sources, the citation, the licences and the data's dates (UTF-8 text, BOM)."""
    lines = [
        loc.labels["app.title"],
        _fill(loc, "download.about_table", table=loc.labels[f"download.table.{table_name}"]),
        _fill(loc, "download.about_file", file=file_name(table_name, loc)),
        "",
        loc.t("download.sources_heading"),
        *[_source_entry(ds, s, loc) for s in table_sources(table_name, ds)],
        "",
        loc.t("download.cite_heading"),
        citation(loc, loc.labels[f"download.table.{table_name}"], url, accessed or date.today(),
                 via_article=bool(TABLE_FIGURES[table_name])),
        *dates_lines(ds, loc),
        "",
        loc.t("download.notes_heading"),
        *[f"- {line}" for line in notes_lines(table_name, loc)],
        "",
        loc.t("download.licence_heading"),
        *[f"- {line}" for line in licence_lines(loc)],
    ]
    # CRLF and a BOM: Notepad and spreadsheets on Windows then read the Arabic right.
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


# --- images for slides -----------------------------------------------------------------------------------------------


def image_options(name: str, fmt: str = "png") -> dict:
    """Plotly's camera button: the screen layout drawn at 800×450 and doubled, so a 20 px title lands at 40 px."""
    return {
        "format": fmt if fmt in IMAGE_FORMATS else "png", "filename": f"airwars-{name.replace('_', '-')}",
        "width": SLIDE_WIDTH // 2, "height": SLIDE_HEIGHT // 2, "scale": 2,
    }  # fmt: skip


def plotly_config(name: str, present: bool = False) -> dict:
    """plotly.js's options for a chart, on the pages and in the report: the camera button with slide-sized text, a readable
    file name, no Plotly logo, and nothing that leaves the machine.

    plotly.js 4 adds a "Share chart..." button that sends the figure to cloud.plotly.com: it is removed, and the address
    it would use is emptied, so even a stray call has nowhere to send.
    """
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "sendChartToCloud"],
        "plotlyServerURL": "",
        "responsive": True,
        "displayModeBar": not present,
        "toImageButtonOptions": image_options(name, "png"),
    }


def _is_footer(annotation: go.layout.Annotation) -> bool:
    """The source line under the plot: on paper, at its foot, pushed down."""
    return annotation.yref == "paper" and (annotation.y or 0) <= 0 and (annotation.yshift or 0) < 0


def _scaled(size: float | None) -> float | None:
    return None if size is None else round(size * SLIDE_TEXT_SCALE)


def _slide_title(fig: go.Figure, loc: Locale) -> str:
    """The chart's title re-wrapped for a slide's width (the screen wraps it for a phone)."""
    bare = strip_isolates(fig.layout.title.text or "").removeprefix("<b>").removesuffix("</b>").replace("<br>", " ")
    return "<b>" + "<br>".join(loc.para(line) for line in wrap(bare, SLIDE_TITLE_WIDTH).split("<br>")) + "</b>"


def slide_figure(fig: go.Figure, loc: Locale, source_lines: list[str], note: str = "") -> go.Figure:
    """A copy of a chart laid out for a 1600×900 slide: large title and text, the legend in one row under the plot,
    the sources and the note drawn inside the image beneath it."""
    slide = go.Figure(fig)
    side, anchor = (1, "right") if loc.rtl else (0, "left")
    # Our own lines keep their number isolates; escaping keeps a "<" in a title from becoming plotly markup.
    footer = [loc.para(html.escape(_one_line(line), quote=False)) for line in [*source_lines, note] if line]
    kept = [a for a in slide.layout.annotations if not _is_footer(a)]
    for annotation in kept:
        annotation.font.size = _scaled(annotation.font.size)
    slide.layout.annotations = kept
    footer_height = round(max(len(footer), 1) * SLIDE_SOURCE_SIZE * 1.4) + 24
    legend_height = round(SLIDE_FONT_SIZE * 2)
    bottom = 110 + legend_height + footer_height
    slide.update_layout(
        width=SLIDE_WIDTH, height=SLIDE_HEIGHT, title_text=_slide_title(fig, loc), title_font_size=SLIDE_TITLE_SIZE,
        font_size=SLIDE_FONT_SIZE, margin=dict(l=150, r=150, t=170, b=bottom),
        # One row read in the reader's direction: plotly lays a row out left to right, so Arabic takes it reversed.
        legend=dict(orientation="h", yref="container", y=footer_height / SLIDE_HEIGHT, yanchor="bottom", x=side,
                    xanchor=anchor, font_size=SLIDE_FONT_SIZE, traceorder="reversed" if loc.rtl else "normal"),
    )  # fmt: skip
    # Room for the slide-sized tick labels and axis titles (a date at the axis end, the value axis title).
    slide.update_xaxes(automargin=True)
    slide.update_yaxes(automargin=True)
    slide.update_traces(textfont_size=SLIDE_FONT_SIZE, selector=lambda t: hasattr(t, "textfont"))
    if footer:
        # Anchored to the image's own bottom edge (a fixed gap below the plot would hang off a short image).
        slide.add_annotation(
            text="<br>".join(footer), showarrow=False, xref="paper", yref="paper", x=side, xanchor=anchor,
            y=0, yshift=-(bottom - 24), yanchor="bottom", align=anchor,
            font=dict(size=SLIDE_SOURCE_SIZE, color="#555555"),
        )  # fmt: skip
    return slide


_RENDER_LOCK = threading.Lock()
_server_started = False


def _chromium() -> str | None:
    """The Chromium kaleido drives: $BROWSER_PATH, $CHROMIUM, else the system one."""
    for candidate in (os.environ.get("BROWSER_PATH"), os.environ.get("CHROMIUM")):
        if candidate and os.path.exists(candidate):
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def images_available() -> bool:
    """Whether slide images can be drawn here: kaleido installed and a Chromium to drive."""
    try:
        import kaleido  # noqa: F401  (optional: the dashboard runs without it)
    except ImportError:
        return False
    return _chromium() is not None


def _start_renderer() -> None:
    """One headless Chromium for the process, started on the first image and stopped at exit."""
    global _server_started
    if _server_started:
        return
    import kaleido

    # Local and private: plotly.js comes from the plotly package; mathjax=False, else kaleido loads it from a CDN;
    # a proxy that goes nowhere keeps Chromium's own background requests off the network.
    kaleido.start_sync_server(path=_chromium(), mathjax=False, proxy_server=NO_PROXY, timeout=RENDER_TIMEOUT,
                              silence_warnings=True)  # fmt: skip
    atexit.register(_stop_renderer)
    _server_started = True


def _stop_renderer() -> None:
    """Close the renderer's Chromium at exit; a failure then is no reader's concern."""
    import kaleido

    with contextlib.suppress(Exception):
        kaleido.stop_sync_server(silence_warnings=True)


def chart_image(fig: go.Figure, fmt: str = "png") -> bytes | None:
    """A slide figure as PNG or SVG bytes at 1600×900; None when no renderer is available here."""
    if fmt not in IMAGE_FORMATS or not images_available():
        return None
    with _RENDER_LOCK:
        try:
            _start_renderer()
            with warnings.catch_warnings():
                # plotly warns on every image that a running server ignores its launch options: noise for a reader.
                warnings.simplefilter("ignore", UserWarning)
                return fig.to_image(format=fmt, width=SLIDE_WIDTH, height=SLIDE_HEIGHT, scale=1)
        # kaleido and its browser fail in many ways (no display, crashed tab): the reader gets no image, not a traceback.
        except Exception:  # noqa: BLE001
            return None
