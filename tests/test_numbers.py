"""No number reaches a reader without a source or a formula.

Every number on every page (both languages) and in the report must be a reported figure, a context figure from
Airwars' reports, a value computed in airwars/tables.py (each shown with its formula), part of a date, or an
interface number listed below with its reason. Text quoted from the sources (sentences, titles, addresses) is
itself a source and is set aside first.
"""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

from airwars import layout, report
from airwars.i18n import Locale
from airwars.text import strip_isolates, to_western_digits
from tests.test_pages import charts_drawn, figure_json, open_page
from tests.test_story import latin_commas

# Interface numbers, each with why it may stand without a source.
INTERFACE = {
    "0123": "the digits toggle shows the digits it offers",
    "1.1": "the version of the font's licence (SIL Open Font License 1.1)",
    "0-9": "the companion notes say which digits the CSV uses",
}
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _allowed(dataset, built) -> set[float]:
    """Every value a reader may see: figures, context figures, every number the tables compute, and their working."""
    values: set[float] = set()
    for frame in (dataset.figures, dataset.monthly):
        values |= {float(v) for column in ("value", "value_max") for v in frame[column] if pd.notna(v)}
    for frame in built.values():
        for column in frame.columns:
            numeric = pd.to_numeric(frame[column], errors="coerce")
            if numeric.notna().any() and frame[column].dtype != object:
                values |= {float(v) for v in numeric.dropna()}
    for expression in [*built["derived_values"]["expression"], *built["monthly_counts"]["expression"]]:
        values |= {float(n.replace(",", "")) for n in _NUMBER.findall(expression)}
    # Formulas and scales: per 100, percentages out of 100, the log axis' 1-2-5 gridlines.
    values |= {100.0} | {m * 10**p for m in (1, 2, 5) for p in range(0, 6)}
    return values


def _shown(value: float, allowed: set[float]) -> bool:
    """Whether a number read off the page is an allowed value as written (rounded to 0 or 1 decimal, or to the hundred),
    or written in thousands as the article writes them («15 ألفاً»)."""
    if value * 1000 in allowed:
        return True
    for candidate in allowed:
        for rounded in (candidate, round(candidate), round(candidate, 1), round(candidate, -2), abs(candidate)):
            if abs(rounded - value) < 1e-9 or abs(round(abs(candidate), 1) - value) < 1e-9:
                return True
    return False


def _without_sources_and_dates(text: str, dataset, loc: Locale) -> str:
    """The text with every quoted source text and every date taken out."""
    texts = [*dataset.figures["quote"], *dataset.monthly["quote"]]
    texts += [
        t
        for column in ("title", "url", "publisher", "publisher_en", "cites", "cites_en")
        for t in dataset.sources[column]
    ]
    for quoted in sorted(filter(None, texts), key=len, reverse=True):
        text = text.replace(quoted, " ")
    months = "|".join(re.escape(loc.t(f"month.m{m:02d}")) for m in range(1, 13))
    text = re.sub(rf"(\d{{1,2}} )?({months}) \d{{4}}", " ", text)
    text = re.sub(r"\b(19|20)\d\d-\d\d(-\d\d)?\b", " ", text)  # ISO dates in file names and working
    text = re.sub(r"https?://\S+", " ", text)  # addresses, the dashboard's own among them
    years = {
        d[:4] for frame in (dataset.figures, dataset.monthly) for c in ("period_start", "period_end") for d in frame[c]
    }
    years |= {d[:4] for d in dataset.monthly["as_of"]}
    text = re.sub(rf"\b({'|'.join(sorted(years))})\b", " ", text)  # a year named alone is a date's year
    for number in INTERFACE:
        text = text.replace(number, " ")
    return text


def _unexplained(text: str, dataset, built, loc: Locale) -> list[str]:
    text = to_western_digits(strip_isolates(text)).replace("\u066c", ",").replace("\u066b", ".")
    text = _without_sources_and_dates(text, dataset, loc)
    allowed = _allowed(dataset, built)
    return [m.group() for m in _NUMBER.finditer(text) if not _shown(float(m.group().replace(",", "")), allowed)]


def _reader_text(document: str) -> str:
    # Scripts, styles and the charts drawn at export: a chart's text is its figure's, audited by _chart_text below.
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", document, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


@pytest.mark.parametrize("lang, digits", [("ar", "western"), ("en", "western"), ("ar", "arabic")])
def test_every_number_in_the_report_has_a_source(dataset, built, lang, digits):
    loc = Locale(lang, digits)
    document = report.render(dataset, built, loc)
    assert _unexplained(_reader_text(document), dataset, built, loc) == []
    if lang == "ar":
        assert latin_commas(_reader_text(document), dataset) == []


def _chart_text(spec: dict) -> str:
    layout_ = spec["layout"]
    parts = [layout_.get("title", {}).get("text", "")]
    parts += [a.get("text", "") for a in layout_.get("annotations", [])]
    for trace in spec["data"]:
        parts += [str(t) for t in (trace.get("text") or [])] + [str(trace.get("name", ""))]
    return " ".join(parts)


@pytest.mark.parametrize("page", [p for p in layout.PAGES if p.report], ids=lambda p: p.key)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_number_on_a_page_has_a_source(dataset, built, page, lang):
    loc = Locale(lang)
    app = open_page(page.script, lang=lang)
    parts = [t.value for t in app.title] + [h.value for h in app.header] + [m.value for m in app.markdown]
    parts += [c.value for c in app.caption]
    parts += [
        _reader_text(h.proto.body)
        for h in app.get("html")
        if "<style>" not in h.proto.body and "<script>" not in h.proto.body
    ]
    parts += [_chart_text(figure_json(c)) for c in charts_drawn(app)]
    text = re.sub(r"<[^>]+>", " ", " ".join(parts))
    assert _unexplained(text, dataset, built, loc) == []
    if lang == "ar":  # the article's style: 7058 and 15٬000, never a Latin comma between digits (glossary)
        assert latin_commas(text, dataset) == []


def test_the_check_catches_a_typed_number(dataset, built):
    assert _unexplained("نحو 7,058 ضربة، منها 4,321 في العراق", dataset, built, Locale("ar")) == ["4,321"]
    assert json.dumps(INTERFACE)  # every interface number carries its reason
