"""Each figure's quote is a sentence of the source article, and holds the figure's value."""

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
