"""The Streamlit pages and the static report draw the same description: same titles, charts, tables, sources, links."""

from __future__ import annotations

import html
import re

import pytest

from airwars import layout, report
from airwars.i18n import Locale
from airwars.text import strip_isolates
from tests.test_pages import cards_in, cards_shown, charts_drawn, figure_json, open_page


def _text(fragment: str) -> str:
    return strip_isolates(html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def _pieces(fragment: str) -> dict[str, list[str]]:
    """Table headers, source lines and link addresses in a piece of HTML."""
    return {
        "headers": [_text(h) for h in re.findall(r'<th scope="col">(.*?)</th>', fragment)],
        "sources": [_text(s) for s in re.findall(r'<p class="aw-source">(.*?)</p>', fragment)],
        "links": re.findall(r'<a href="([^"]+)" rel="noopener noreferrer"', fragment),
    }


@pytest.fixture(scope="module", params=["ar", "en"])
def lang_and_report(request, dataset, built):
    return request.param, report.render(dataset, built, Locale(request.param))


@pytest.mark.parametrize("page", [p for p in layout.PAGES if p.report], ids=lambda p: p.key)
def test_page_and_report_section_match(page, lang_and_report):
    lang, document = lang_and_report
    section = re.search(rf'<section id="{page.key}">(.*?)</section>', document, re.S)
    assert section, f"the report has no section for {page.key}"
    section = section.group(1)
    app = open_page(page.script, lang=lang)
    assert not app.exception

    assert [_text(h) for h in re.findall(r"<h2>(.*?)</h2>", section)] == [strip_isolates(t.value) for t in app.title]
    on_page = _pieces("\n".join(h.proto.body for h in app.get("html")))
    in_report = _pieces(section)
    assert on_page == in_report
    chart_titles = [strip_isolates(figure_json(c)["layout"]["title"]["text"]) for c in charts_drawn(app)]
    assert [f"chart-{chart.name}" for chart in page.charts()] == re.findall(r'<div class="chart" id="([^"]+)"', section)
    assert len(chart_titles) == len(page.charts())
    assert cards_in(section) == cards_shown(app)
    assert len(cards_shown(app)) == sum(block.kind == "cards" for block in page.blocks) * 6
    # "Cite this" closes every page; the report has it once, at its end (test below).
    block_headings = [strip_isolates(h.value) for h in app.header if h.value != Locale(lang).t("cite.heading")]
    report_headings = [_text(h) for h in re.findall(r"<h3>(.*?)</h3>", section)]
    assert block_headings == report_headings


def test_the_report_holds_every_page_but_the_finder_in_order(lang_and_report):
    lang, document = lang_and_report
    keys = re.findall(r'<section id="([^"]+)">', document)
    assert keys == [p.key for p in layout.PAGES if p.key != "finder"]
    titles = [_text(h) for h in re.findall(r"<h2>(.*?)</h2>", document)]
    assert titles == [Locale(lang).t(f"title.{key}") for key in keys]


def test_every_address_in_the_report_is_a_link(dataset, lang_and_report):
    _, document = lang_and_report
    for url in dataset.sources["url"]:
        if url:
            assert f'<a href="{html.escape(url)}" rel="noopener noreferrer"' in document
    body = document.split("<body>")[1].split("<script>")[0]
    assert "](http" not in body, "no markdown link left as text"


def test_the_report_closes_with_the_citation_and_licences(lang_and_report):
    lang, document = lang_and_report
    loc = Locale(lang)
    footer = document.split("<footer>")[1]
    assert _text(re.search(r'<h2 id="cite">(.*?)</h2>', footer).group(1)) == loc.t("cite.heading")
    assert 'class="aw-citation"' in footer and "MIT" in footer
