"""The Streamlit pages and the static report draw the same description: same titles, charts, tables, sources, links."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag

from airwars import layout, report
from airwars.i18n import Locale
from airwars.text import strip_isolates
from tests.test_pages import cards_in, cards_shown, charts_drawn, figure_json, open_page, soup


def _text(element: Tag) -> str:
    """An element's text as read, without the isolates around numbers and names."""
    return strip_isolates(element.get_text()).strip()


def _pieces(tree: BeautifulSoup | Tag) -> dict[str, list[str]]:
    """Table headers, source lines and link addresses in a piece of HTML."""
    return {
        "headers": [_text(h) for h in tree.find_all("th", scope="col")],
        "sources": [_text(s) for s in tree.find_all("p", class_="aw-source")],
        "links": [a["href"] for a in tree.find_all("a", href=True, rel="noopener")],
    }


@pytest.fixture(scope="module", params=["ar", "en"])
def lang_and_report(request, dataset, built):
    return request.param, report.render(dataset, built, Locale(request.param))


@pytest.mark.parametrize("page", [p for p in layout.PAGES if p.report], ids=lambda p: p.key)
def test_page_and_report_section_match(page, lang_and_report):
    lang, document = lang_and_report
    section = soup(document).find("section", id=page.key)
    assert section, f"the report has no section for {page.key}"
    app = open_page(page.script, lang=lang)
    assert not app.exception

    assert [_text(h) for h in section.find_all("h2")] == [strip_isolates(t.value) for t in app.title]
    on_page = _pieces(soup("\n".join(h.proto.body for h in app.get("html"))))
    in_report = _pieces(section)
    assert on_page == in_report
    chart_titles = [strip_isolates(figure_json(c)["layout"]["title"]["text"]) for c in charts_drawn(app)]
    drawn = [d["id"] for d in section.find_all("div", class_="chart")]
    assert [f"chart-{chart.name}" for chart in page.charts()] == drawn
    assert len(chart_titles) == len(page.charts())
    assert cards_in(str(section)) == cards_shown(app)
    assert len(cards_shown(app)) == sum(block.kind == "cards" for block in page.blocks) * 6
    # "Cite this" closes every page; the report has it once, at its end (test below).
    block_headings = [strip_isolates(h.value) for h in app.header if h.value != Locale(lang).t("cite.heading")]
    report_headings = [_text(h) for h in section.find_all("h3")]
    assert block_headings == report_headings


def test_the_report_holds_every_page_but_the_finder_in_order(lang_and_report):
    lang, document = lang_and_report
    tree = soup(document)
    keys = [s["id"] for s in tree.find_all("section", id=True)]
    assert keys == [p.key for p in layout.PAGES if p.key != "finder"]
    titles = [_text(h) for h in tree.find_all("h2", id=False)]
    assert titles == [Locale(lang).t(f"title.{key}") for key in keys]


def test_every_address_in_the_report_is_a_link(dataset, lang_and_report):
    _, document = lang_and_report
    tree = soup(document)
    links = {a["href"] for a in tree.find_all("a", href=True, rel="noopener")}
    for url in dataset.sources["url"]:
        if url:
            assert url in links
    for script in tree.body.find_all("script"):
        script.decompose()
    assert "](http" not in tree.body.get_text(), "no markdown link left as text"


def test_the_report_closes_with_the_citation_and_licences(lang_and_report):
    lang, document = lang_and_report
    footer = soup(document).footer
    assert _text(footer.find("h2", id="cite")) == Locale(lang).t("cite.heading")
    assert footer.find(class_="aw-citation") and "MIT" in footer.get_text()
