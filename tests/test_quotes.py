"""Each figure's quote is a sentence of its source, and holds the figure as the source wrote it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from airwars.text import normalize, parse_number
from tests.conftest import ROOT

ARTICLE = Path(os.environ.get("AIRWARS_ARTICLE", ROOT.parent / "shared" / "seed" / "000_525ecddc6b3f777e.txt"))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text).replace('"', "").replace(",", "،"))


def test_quotes_are_in_the_article(dataset):
    if not ARTICLE.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"the source article is missing in CI: {ARTICLE}")
        pytest.skip(f"the source article is not beside this checkout ({ARTICLE}); set AIRWARS_ARTICLE")
    article = _flat(ARTICLE.read_text(encoding="utf-8"))
    for figure_id, quote in dataset.figures["quote"].items():
        assert _flat(quote).rstrip(".") in article, figure_id


def test_quotes_hold_their_values(dataset):
    """The value (and the range's high end) appears in digits in its own quote."""
    for figure_id, row in dataset.figures.iterrows():
        numbers = {parse_number(n) for n in re.findall(r"\d+", row["quote"])}
        assert row["value"] in numbers or row["value"] / 1000 in numbers, figure_id
        if row["qualifier"] == "range":
            assert row["value_max"] in numbers, figure_id


def _written_forms(value: float) -> set[str]:
    """The ways a source writes a whole number: 7200, 7,200, and Airwars' 6.548 (a point for the thousands)."""
    whole = int(value)
    grouped = f"{whole:,}"
    return {str(whole), grouped, grouped.replace(",", ".")}


def _holds(quote: str, value: float) -> bool:
    """Whether the number stands in the quote as a whole number, not as part of a longer one."""
    return any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", quote) for form in _written_forms(value))


def test_report_quotes_hold_their_figures_as_written(dataset):
    """Each of Airwars' quotes holds its figure as Airwars wrote it (a share with its %, a range with its high end),
    and keeps "alleged" where a civilian figure is an allegation."""
    for row_id, row in dataset.monthly.iterrows():
        quote, value = row["quote"], row["value"]
        if row["unit"] == "percent":
            assert f"{int(value)}%" in quote, row_id
        else:
            assert _holds(quote, value), row_id
        if row["qualifier"] == "range":
            assert re.search(
                rf"{int(value)}\s*[-–]\s*{int(row['value_max'])}|{int(value)} to {int(row['value_max'])}", quote
            ), row_id
        if row["metric"].startswith("civilian_deaths"):
            assert "alleged" in quote, row_id
        if row["qualifier"] == "more_than":
            assert "more than" in quote, row_id


def test_report_quotes_say_where_they_were_read(dataset):
    """Every quote of a report carries the address where its words were read."""
    for row_id, url in dataset.monthly["quote_url"].items():
        assert re.fullmatch(r"https://\S+", url), row_id


def test_the_quote_check_catches_a_paraphrase():
    assert not _holds("6,548 coalition strikes", 6458)
    assert _holds("6.548 Coalition airstrikes had been carried out", 6548)
    assert not _holds("more than 15,800 airstrikes", 5800)


def test_the_arabic_rendering_keeps_alleged_where_the_quote_says_it(dataset):
    """The phrase "claims totaling more than 1,000 alleged civilian fatalities" was rendered «ادعاءات بمقتل أكثر من 1000 من
    المدنيين»: the word was gone from the dashboard's translation, shown beside the original on every Arabic page."""
    from airwars import story

    translations = story.translations()
    for row_id, quote in dataset.monthly["quote"].items():
        if "alleged" in quote:
            assert "المزعوم" in translations[row_id], row_id
