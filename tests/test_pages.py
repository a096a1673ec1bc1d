"""Every page through Streamlit's AppTest: no exception, its title, its charts, in both languages."""

from __future__ import annotations

import base64
import json

import pytest
from bs4 import BeautifulSoup
from streamlit.testing.v1 import AppTest

from airwars import drawing, extract, slides
from airwars.i18n import Locale
from airwars.text import strip_isolates
from tests.conftest import ROOT

PAGES = {
    "pages/overview.py": ("overview", 0),
    "pages/strikes.py": ("strikes", 1),
    "pages/us_share.py": ("us_share", 1),
    "pages/casualties.py": ("casualties", 1),
    "pages/context.py": ("context", 2),
    "pages/sources.py": ("sources", 0),
}


def open_page(path: str, **params: str) -> AppTest:
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    if path != "pages/overview.py":
        app.switch_page(path).run()
    return app


def soup(body: str) -> BeautifulSoup:
    """An HTML piece parsed, as a browser would (Python's html.parser, through BeautifulSoup)."""
    return BeautifulSoup(body, "html.parser")


def html_text(body: str) -> str:
    """What a reader sees of an HTML piece: its text, entities decoded, elements apart."""
    return soup(body).get_text(" ")


def tables_shown(app: AppTest) -> list[str]:
    """The tables a page draws (escaped HTML from the shared template), as their text."""
    return [html_text(h.proto.body) for h in app.get("html") if 'class="aw-table"' in h.proto.body]


def body_rows(body: str) -> list[list[str]]:
    """The body rows of the first table in an HTML piece, each cell's text."""
    table = soup(body).find("table", class_="aw-table")
    return [[cell.get_text(" ").strip() for cell in row.find_all("td")] for row in table.tbody.find_all("tr")]


def table_rows(app: AppTest) -> list[list[str]]:
    """The body rows of the first table a page draws, each cell's text."""
    return body_rows(next(h.proto.body for h in app.get("html") if 'class="aw-table"' in h.proto.body))


CARD_PARTS = ("aw-card-label", "aw-card-value", "aw-card-caption")


def cards_in(body: str) -> list[tuple[str, ...]]:
    """The headline cards in a piece of HTML (a page's or the report's): label, value and caption, as read."""
    return [
        tuple(strip_isolates(card.find(class_=part).get_text(" ")).strip() for part in CARD_PARTS)
        for card in soup(body).find_all(class_="aw-card")
    ]


def cards_shown(app: AppTest) -> list[tuple[str, str, str]]:
    """The headline cards a page draws."""
    return [card for h in app.get("html") for card in cards_in(h.proto.body)]


def html_shown(app: AppTest) -> str:
    """Every HTML piece a page injects, as sent."""
    return "\n".join(h.proto.body for h in app.get("html"))


def charts_drawn(app: AppTest) -> list:
    """The chart elements a page draws: the component of ui/chart.js, one per figure."""
    return [element for element in app.get("bidi_component") if element.proto.component_name == "airwars.chart"]


def chart_data(element) -> dict:
    """What a chart element hands ui/chart.js: the figure as JSON, plotly.js's config and the description."""
    return json.loads(element.proto.json)


def figure_spec(element) -> str:
    """A chart element's figure, as the JSON plotly.js receives."""
    return chart_data(element)["figure"]


def figure_json(element) -> dict:
    return json.loads(figure_spec(element))


def decode(array) -> list:
    """Plotly may send numbers as base64 typed arrays ({"dtype", "bdata"})."""
    if isinstance(array, dict) and "bdata" in array:
        import numpy as np

        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


@pytest.mark.parametrize("path", list(PAGES))
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_page_runs_with_title_and_charts(path, lang):
    key, chart_count = PAGES[path]
    app = open_page(path, lang=lang)
    assert not app.exception, app.exception
    assert [strip_isolates(t.value) for t in app.title] == [Locale(lang).t(f"title.{key}")]
    charts = charts_drawn(app)
    assert len(charts) == chart_count
    for chart in charts:
        figure = figure_json(chart)
        assert figure["layout"]["title"]["x"] == (1 if lang == "ar" else 0)
        assert figure["layout"]["yaxis"]["side"] == ("right" if lang == "ar" else "left")
        assert figure["data"], "the chart draws something"


def test_strike_chart_carries_the_figures():
    app = open_page("pages/strikes.py")
    figure = figure_json(charts_drawn(app)[0])
    heights = sorted(v for trace in figure["data"] for v in decode(trace["y"]))
    assert heights == [2494, 4564]


def test_overview_shows_headline_numbers_with_qualifiers():
    app = open_page("pages/overview.py")
    values = {label: value for label, value, _caption in cards_shown(app)}
    assert values["إجمالي الضربات الجوية"] == "نحو 7058"
    assert values["القتلى المدنيون"] == "ما بين 500 و1800"
    assert values["مقاتلو التنظيم القتلى (ادعاء التحالف)"] == "أكثر من 15 ألفاً"


def test_sources_page_shows_quotes_and_formulas(dataset):
    app = open_page("pages/sources.py")
    shown = "\n".join(strip_isolates(t) for t in tables_shown(app))
    for quote in dataset.figures["quote"]:
        assert quote in shown
    assert "7058 − 4564 = 2494" in shown


def test_every_chart_page_offers_its_table_as_csv():
    for path in ("pages/strikes.py", "pages/us_share.py", "pages/casualties.py"):
        app = open_page(path)
        labels = {b.proto.label for b in app.main.get("download_button")}
        assert {"تنزيل الجدول (CSV)", "تنزيل المصدر والاستشهاد (TXT)"} <= labels
        if slides.images_available():
            assert {"تنزيل الرسم للعرض (PNG)", "تنزيل الرسم للعرض (SVG)"} <= labels
        assert tables_shown(app)


def test_the_report_and_the_deck_are_offered_in_the_sidebar():
    app = open_page("pages/overview.py")
    buttons = app.sidebar.get("download_button")
    assert [b.proto.label for b in buttons] == ["تنزيل التقرير (HTML)", "تنزيل العرض (PDF)"]
    # Made on click only (a page load builds neither), and offered only where Chromium can draw it.
    assert buttons[1].proto.disabled is not drawing.available()


@pytest.mark.parametrize("path", list(PAGES))
def test_bad_data_shows_an_arabic_error_box(path, data_copy, monkeypatch):
    (data_copy / "figures.csv").write_text("id,value\nstrikes_total,abc\n", encoding="utf-8")
    monkeypatch.setenv("AIRWARS_DATA_DIR", str(data_copy))
    app = open_page(path)
    assert not app.exception
    alerts = [h.proto.body for h in app.get("html") if 'role="alert"' in h.proto.body]
    assert len(alerts) == 1
    message = html_text(alerts[0])
    assert "تعذّر عرض اللوحة" in message
    assert "figures.csv: العمود «quote» مفقود" in message
    assert not charts_drawn(app)


def test_arabic_digits_option():
    app = open_page("pages/strikes.py", digits="arabic")
    assert not app.exception
    figure = figure_json(charts_drawn(app)[0])
    labels = " ".join(t for trace in figure["data"] for t in trace["text"])
    assert "٤٥٦٤" in labels and "4564" not in labels


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "x" * 5000, "fr", "\x00"])
def test_hostile_language_values_fall_back(value):
    app = open_page("pages/strikes.py", lang=value, digits=value)
    assert not app.exception
    assert strip_isolates(app.title[0].value) == Locale("ar").t("title.strikes")


def test_figures_finder_page():
    app = open_page("pages/finder.py")
    assert not app.exception
    assert strip_isolates(app.title[0].value) == "أرقام من نص"
    assert [i.value for i in app.info] == [Locale("ar").t("finder.waiting")], "no text yet is not an empty text"
    assert "1 ميغابايت" in app.info[0].value, "a refused upload never reaches the page: the note names the limit"
    app.text_area[0].input("قال التحالف إنه قتل أكثر من 15 ألف مقاتل، وسقط ما بين 500 و1800 ضحية مدنية.").run()
    assert not app.exception
    rows = finder_rows(app)
    assert [strip_isolates(row[0]) for row in rows] == ["أكثر من 15٬000", "ما بين 500 و1800"]
    assert [row[2] for row in rows] == ["مقاتلون", "مدنيون"]
    assert rows[0][4] == "قال التحالف إنه قتل أكثر من 15 ألف مقاتل، وسقط ما بين 500 و1800 ضحية مدنية."
    assert [b.proto.label for b in app.main.get("download_button")] == [
        "تنزيل الجدول (CSV)",
        "تنزيل الجدول بصيغة figures.csv",
    ]


def finder_rows(app: AppTest) -> list[list[str]]:
    """The cells of the finder's table, unescaped: what a reader sees."""
    tables = [h.proto.body for h in app.get("html") if 'class="aw-table"' in h.proto.body]
    assert len(tables) == 1
    table = soup(tables[0]).find("table")
    return [[cell.get_text() for cell in row.find_all("td")] for row in table.tbody.find_all("tr")]


@pytest.mark.parametrize("payload", [":red[x]", "$x$", "![a](http://x/y.png)", "<b>x</b>", "&#x202E;", "\u202e7058"])
def test_figures_finder_shows_reader_text_literally(payload):
    app = open_page("pages/finder.py")
    sentence = f"قتل 300 شخص {payload} في الغارة."
    app.text_area[0].input(sentence).run()
    assert not app.exception
    assert finder_rows(app)[0][4] == sentence.replace("\u202e", "")  # an override would show 8507 for 7058


def test_figures_finder_many_figures_stay_light():
    app = open_page("pages/finder.py", lang="en")
    # from 2: a bare 1 names a thing and is no figure
    app.text_area[0].input("قتل " + " ".join(str(n) for n in range(2, 1002))).run()
    assert not app.exception
    assert len(finder_rows(app)) == extract.SHOWN
    assert "Showing the first 300 of 1,000 figures; the download holds them all." in [c.value for c in app.caption]
    marked = [h.proto.body for h in app.get("html") if "finder-text" in h.proto.body][0]
    assert marked.count("<mark") == extract.SHOWN


@pytest.mark.parametrize(
    "content, note",
    [
        ("قُتل 300 شخص.".encode("utf-16"), None),
        ("قُتل 300 شخص.".encode("utf-32"), None),
        (b"x" * (extract.MAX_BYTES + 1), "النص أكبر من 1 ميغابايت."),
        (b"  ", "النص فارغ: الصق مقالاً أو ارفع ملفاً."),
    ],
    ids=["utf-16", "utf-32", "over the limit", "blank"],
)
def test_figures_finder_uploads(content, note):
    app = open_page("pages/finder.py")
    app.get("file_uploader")[0].upload("article.txt", content, "text/plain").run()
    assert not app.exception
    if note is None:
        assert [row[3] for row in finder_rows(app)] == ["300"]
    else:
        assert [w.value for w in app.warning] == [note]


@pytest.mark.parametrize(
    "text, note",
    [("no arabic at all 123", "لا يحوي النص أي حرف عربي."), ("نص عربي بلا أرقام", "لم يُعثر على أرقام في هذا النص.")],
)
def test_figures_finder_notes(text, note):
    app = open_page("pages/finder.py")
    app.text_area[0].input(text).run()
    assert not app.exception
    assert note in [e.value for e in (*app.warning, *app.info)]


def test_context_page_traces_every_count_to_its_address(dataset):
    app = open_page("pages/context.py")
    shown = "\n".join(tables_shown(app))
    for url in dataset.sources.loc[list(set(dataset.monthly["source_id"])), "url"]:
        assert f'<a href="{url}" rel="noopener noreferrer"' in html_shown(app)
    assert "+510" in strip_isolates(shown) and "−140" in strip_isolates(shown)
