"""airwars.markup: every piece of HTML comes from an autoescaped template, so data and reader text stay text."""

from __future__ import annotations

import re
from html import unescape

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from airwars import extract, markup
from airwars.i18n import Locale
from airwars.story import Link

PAYLOADS = [
    ":red[x]",
    "$x$",
    "![a](http://x/y.png)",
    "<b>x</b>",
    "&#x202E;",
    "[a](http://x)",
    "| a | b |",
    "**x**",
    "<!--",
    "</script>",
    '" onmouseover="alert(1)',
]


def _cells(html: str) -> list[str]:
    """Each table cell's text, as a reader sees it."""
    return [cell.get_text() for cell in BeautifulSoup(html, "html.parser").find_all("td")]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_table_shows_text_literally(payload):
    sentence = f"قتل 300 شخص {payload} في الغارة."
    html = markup.table(extract.found_table(extract.find(sentence), Locale("ar")))
    assert sentence in _cells(html)
    assert "<b>" not in html and "&#x202E;" not in html
    assert re.sub(r"</?(div|table|thead|tbody|tr|th|td|bdi)[^>]*>", "", html).count("<") == 0


@pytest.mark.parametrize("payload", PAYLOADS)
def test_source_lines_and_problems_escape(payload):
    assert "<b>" not in markup.source_lines([payload]) and payload in unescape(markup.source_lines([payload]))
    box = markup.problems("heading", [payload], "hint")
    assert 'role="alert"' in box and payload in unescape(box) and "<b>" not in box


def test_links_are_links_and_nothing_else():
    frame = pd.DataFrame({"address": [Link("Airwars <b>", "https://airwars.org/x/"), "https://plain.example/"]})
    html = markup.table(frame)
    assert (
        '<a href="https://airwars.org/x/" rel="noopener noreferrer" target="_blank"><bdi>Airwars &lt;b&gt;</bdi></a>'
        in html
    )
    assert html.count("<a ") == 1, "a text that looks like an address is not made a link"


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!--", "a<b"])
def test_script_json_cannot_close_or_comment_out_its_script(value):
    assert "<" not in markup.script_json({"text": value})
