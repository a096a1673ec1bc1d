"""airwars.reuse: the CSV a reader takes away, its companion note, the citation, the licences and slide images."""

from __future__ import annotations

import csv
import io
import re
import struct
from datetime import date
from pathlib import Path

import pytest

from airwars import data, report, reuse, story, tables
from airwars.i18n import LANGUAGES, Locale
from airwars.layout import CHARTS
from airwars.text import strip_isolates
from tests.test_pages import chart_data, charts_drawn, open_page

ROOT = Path(__file__).resolve().parent.parent
BOM = "\ufeff".encode()


def _rows(payload: bytes) -> list[list[str]]:
    """A downloaded CSV as rows of text, as a spreadsheet would split it."""
    assert payload.startswith(BOM)
    return list(csv.reader(io.StringIO(payload.decode("utf-8-sig"), newline="")))


def _column(payload: bytes, header: str) -> list[str]:
    rows = _rows(payload)
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


# --- CSV ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, table_name, headers",
    [
        ("ar", "strikes_by_country", ["البلد", "الضربات", "درجة اليقين", "الحصة (%)", "درجة يقين الحصة", "محسوبة؟",
                                      "المعادلة", "من يقول"]),
        ("en", "strikes_by_country", ["Country", "Strikes", "Certainty", "Share (%)", "Share certainty", "Derived?",
                                      "Formula", "Who says it"]),
        ("ar", "casualty_ranges", ["الفئة", "الحد الأدنى", "الحد الأعلى", "درجة اليقين", "من يقول"]),
        ("en", "casualty_ranges", ["Group", "Low", "High", "Certainty", "Who says it"]),
        ("en", "airwars_civilian_deaths", ["Figure", "As of", "Low", "High", "Certainty", "Who says it", "Period start",
                                           "Period end", "Airwars' words, as published (in English)", "Where the words were read", "Publisher", "Address",
                                           "Kind of address"]),
        ("ar", "us_share_context", ["البلد", "في المقال (%)", "حتى تاريخ", "بعد عامين (%)", "الرابط"]),
        ("en", "timeline", ["As of", "Series", "Strikes", "Certainty", "Derived?", "Calculation", "Publisher", "Address"]),
    ],
)  # fmt: skip
def test_csv_headers_in_the_readers_language(built, lang, table_name, headers):
    assert _rows(reuse.csv_for(table_name, built[table_name], Locale(lang)))[0] == headers


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_every_table_exports_distinct_readable_headers(built, lang, table_name):
    headers = _rows(reuse.csv_for(table_name, built[table_name], Locale(lang)))[0]
    assert len(headers) == len(reuse.EXPORTS[table_name](built[table_name], Locale(lang)))  # no two keys share a label
    assert not [h for h in headers if re.fullmatch(r"[a-z]+(_[a-z]+)*", h)], headers  # no internal column codes


@pytest.mark.parametrize(
    "table_name, header, expected",
    [
        ("strikes_by_country", "Strikes", ["4564", "2494", "7058"]),
        ("strikes_by_country", "Share (%)", ["65", "35", "100"]),
        # The counts that rest on a rounded share, as the pages show them (to the hundred), and their working.
        ("us_share_iraq", "Strikes", ["3200", "1400"]),
        ("us_share_iraq", "Strikes before rounding", ["3194.8", "1369.2"]),
        ("us_share_iraq", "Certainty", ["approximate (about)", "approximate (about)"]),
        ("casualty_ranges", "High", ["1800", ""]),
        ("derived_values", "Value", ["2494", "65", "35", "3200", "30", "1400", "7", "78", "-27", "74"]),
        ("derived_values", "Before rounding", ["", "64.7", "35.3", "3194.8", "", "1369.2", "7.1", "78.4", "", ""]),
        ("airwars_civilian_deaths", "Low", ["459", "1000"]),
        ("airwars_civilian_deaths", "High", ["591", ""]),
        ("us_share_context", "In the article (%)", ["70", ""]),
        ("cross_check", "Difference from the nearest count after (article − count)", ["-142", "-41", "-101"]),
    ],
)  # fmt: skip
def test_whole_numbers_stay_whole_and_shares_are_rounded(built, table_name, header, expected):
    assert _column(reuse.csv_for(table_name, built[table_name], Locale("en")), header) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_no_float_noise_in_any_table(built, lang, table_name):
    text = reuse.csv_for(table_name, built[table_name], Locale(lang)).decode("utf-8-sig")
    assert not re.search(r"(^|,)-?\d+\.0(,|\r)", text, re.MULTILINE)
    assert not re.search(r"\d\.\d{2,}", text)  # shares to one decimal at most


@pytest.mark.parametrize(
    "lang, table_name, key, expected",
    [
        ("ar", "strikes_by_country", "سوريا", "تقريبي (نحو)"),
        ("en", "strikes_by_country", "Total", "approximate (about)"),
        ("en", "strikes_by_country", "Iraq", "as reported"),
        ("ar", "casualty_ranges", "مقاتلو تنظيم الدولة", "حدّ أدنى (أكثر من)"),
        ("en", "casualty_ranges", "Civilians", "range (between)"),
        ("ar", "us_share_iraq", "الولايات المتحدة", "تقريبي (نحو)"),
    ],
)  # fmt: skip
def test_qualifiers_in_words(built, lang, table_name, key, expected):
    rows = _rows(reuse.csv_for(table_name, built[table_name], Locale(lang)))
    certainty = rows[0].index(Locale(lang).labels["column.qualifier"])
    assert {row[0]: row[certainty] for row in rows[1:]}[key] == expected


@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_csv_has_a_byte_order_mark_and_no_internal_codes(built, table_name):
    payload = reuse.csv_for(table_name, built[table_name], Locale("ar"))
    assert payload.startswith(BOM) and b"\r\n" in payload
    text = payload.decode("utf-8-sig")
    for code in ("strikes_total", "claimed_by", "airwars_2015", "about", "exact", "True", "False"):
        assert code not in text


@pytest.mark.parametrize(
    "cell, written",
    [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1+cmd", "'+1+cmd"), ("@SUM(A1)", "'@SUM(A1)"),
     ("Airwars", "Airwars")],
)  # fmt: skip
def test_formula_like_text_is_neutralised_but_negative_numbers_stay_numbers(built, cell, written):
    table = built["timeline"].copy()
    table["publisher_en"] = cell
    payload = reuse.csv_for("timeline", table, Locale("en"))
    assert set(_column(payload, "Publisher")) == {written}
    assert "-142" in _column(reuse.csv_for("cross_check", built["cross_check"], Locale("en")),
                             "Difference from the nearest count after (article − count)")  # fmt: skip


@pytest.mark.parametrize("lang, suffix, expected", [("ar", "csv", "airwars-strikes-by-country-ar.csv"),
                                                    ("en", "txt", "airwars-strikes-by-country-en.txt")])  # fmt: skip
def test_file_name(lang, suffix, expected):
    assert reuse.file_name("strikes_by_country", Locale(lang), suffix) == expected


# --- citation, licences, dates -------------------------------------------------------------------------------------

ACCESSED = date(2026, 11, 29)


@pytest.mark.parametrize(
    "lang, digits, page, url, expected",
    [
        ("ar", "western", "توزيع الضربات", "http://127.0.0.1:8501/strikes",
         ("«توزيع الضربات»، من لوحة «عام من الضربات: حرب التحالف الجوية على تنظيم الدولة». "
         "أرقام مجموعة إير وور (Airwars) كما نقلتها الجزيرة نت في 29 سبتمبر/أيلول 2015. "
         "متاحة على http://127.0.0.1:8501/strikes. تاريخ الاطلاع: 29 نوفمبر/تشرين الثاني 2026.")),
        ("ar", "arabic", "", "http://127.0.0.1:8501/",
         ("لوحة «عام من الضربات: حرب التحالف الجوية على تنظيم الدولة». "
         "أرقام مجموعة إير وور (Airwars) كما نقلتها الجزيرة نت في ٢٩ سبتمبر/أيلول ٢٠١٥. "
         "متاحة على http://127.0.0.1:8501/. تاريخ الاطلاع: ٢٩ نوفمبر/تشرين الثاني ٢٠٢٦.")),
        ("en", "western", "Strikes by country", "http://127.0.0.1:8501/strikes",
         ("\"Strikes by country\", from the dashboard \"A year of air strikes: the coalition's air war on the Islamic "
         "State\". Figures from the monitoring group Airwars, as reported by Al Jazeera Net on 29 September 2015. "
         "Available at http://127.0.0.1:8501/strikes. Accessed 29 November 2026.")),
        ("en", "western", "Strikes\u202e by\ncountry", "javascript:alert(1)",
         ("\"Strikes by country\", from the dashboard \"A year of air strikes: the coalition's air war on the Islamic "
         "State\". Figures from the monitoring group Airwars, as reported by Al Jazeera Net on 29 September 2015. "
         "Accessed 29 November 2026.")),
    ],
)  # fmt: skip
def test_citation(lang, digits, page, url, expected):
    assert reuse.citation(Locale(lang, digits), page, url, ACCESSED) == expected


@pytest.mark.parametrize(
    "lang, expected",
    [("ar", ["MIT", "LICENSE", "SIL Open Font License", "OFL.txt", "إير وور", "الجزيرة نت", "«نحو»", "«ما بين»"]),
     ("en", ["MIT", "LICENSE", "SIL Open Font License", "OFL.txt", "Airwars", "Al Jazeera Net", "\"about\"", "\"between\""])],
)  # fmt: skip
def test_licence_lines(lang, expected):
    lines = reuse.licence_lines(Locale(lang))
    assert len(lines) == 3
    for word in expected:
        assert word in " ".join(lines)


def test_the_licences_named_are_in_the_repository():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Copyright (c) 2026 the project's authors" in licence
    assert "SIL Open Font License" in (ROOT / "static" / "fonts" / "OFL.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "lang, drop_2016, expected",
    [("en", False, ["29 September 2015", "8 August 2016", "Dashboard last updated: 29 November 2026."]),
     ("en", True, ["29 September 2015", "31 October 2015"]),
     ("ar", False, ["29 سبتمبر/أيلول 2015", "8 أغسطس/آب 2016", "آخر تحديث للوحة: 29 نوفمبر/تشرين الثاني 2026."])],
)  # fmt: skip
def test_dates_come_from_the_data(data_copy, lang, drop_2016, expected):
    if drop_2016:
        path = data_copy / data.MONTHLY_FILE
        path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                                if not line.startswith("2016-")), encoding="utf-8")  # fmt: skip
    text = " ".join(reuse.dates_lines(data.load(data_copy), Locale(lang), updated=date(2026, 11, 29)))
    for part in expected:
        assert part in text
    assert ("2016" in text) is not drop_2016


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_about_names_every_source_the_citation_licences_and_dates(dataset, lang, table_name):
    loc = Locale(lang)
    payload = reuse.about_for(table_name, dataset, loc, url="http://127.0.0.1:8501/", accessed=ACCESSED)
    assert payload.startswith(BOM)
    text = payload.decode("utf-8-sig")
    for source_id in reuse.table_sources(table_name, dataset):
        assert dataset.sources.at[source_id, "title"] in text
    via_article = bool(reuse.TABLE_FIGURES[table_name])
    assert reuse.citation(loc, loc.labels[f"download.table.{table_name}"], "http://127.0.0.1:8501/", ACCESSED,
                          via_article=via_article) in text  # fmt: skip
    for line in [*reuse.licence_lines(loc), *reuse.dates_lines(dataset, loc)]:
        assert line in text


@pytest.mark.parametrize(
    "table_name, via_article", [("strikes_by_country", True), ("monthly_counts", False), ("airwars_civilian_deaths", False)]
)
def test_the_citation_says_al_jazeera_only_for_what_came_through_the_article(dataset, table_name, via_article):
    text = reuse.about_for(table_name, dataset, Locale("en"), accessed=ACCESSED).decode("utf-8-sig")
    assert ("as reported by Al Jazeera Net on" in text) is via_article
    assert ("Airwars' own reports" in text) is not via_article


@pytest.mark.parametrize("lang, digits", [("ar", "arabic"), ("ar", "western"), ("en", "western")])
def test_the_companion_says_undated_and_the_csv_digits_whatever_the_screen_digits(dataset, lang, digits):
    loc = Locale(lang, digits)
    text = reuse.about_for("timeline", dataset, loc, accessed=ACCESSED).decode("utf-8-sig")
    undated = [line for line in text.splitlines() if "airwars.org/tag/sn4hr" in line]
    assert len(undated) == 1 and loc.labels["common.undated"] in undated[0]  # published is empty in sources.csv
    assert loc.labels["url_kind.listing"] in undated[0]
    assert "0-9" in text and "٠-٩" not in text


@pytest.mark.parametrize("table_name, rounding", [("us_share_iraq", True), ("derived_values", True),
                                                  ("strikes_by_country", False)])  # fmt: skip
def test_the_rounding_note_goes_with_the_rounded_counts(dataset, table_name, rounding):
    text = reuse.about_for(table_name, dataset, Locale("en"), accessed=ACCESSED).decode("utf-8-sig")
    assert ("rounded to the nearest hundred" in text) is rounding


def test_a_charts_table_rests_on_the_charts_figures():
    for chart in CHARTS.values():
        assert reuse.TABLE_FIGURES[chart.table] == chart.figures
    assert set(reuse.TABLE_FIGURES) == set(tables.TABLE_NAMES)


@pytest.mark.parametrize(
    "table_name, sources",
    [("strikes_by_country", ["aljazeera_2015_09_29"]),
     ("us_share_context", ["aljazeera_2015_09_29", "airwars_2016_08_08"]),
     ("us_share_iraq", ["aljazeera_2015_09_29", "airwars_2015_06", "airwars_2016_08_08"]),
     ("airwars_civilian_deaths", ["airwars_2015_08_03"]),
     ("timeline", ["aljazeera_2015_09_29", "airwars_2015_08_03", "airwars_2015_08", "airwars_2015_09", "airwars_2015_10"])],
)  # fmt: skip
def test_table_sources(dataset, table_name, sources):
    assert reuse.table_sources(table_name, dataset) == sources


# --- images --------------------------------------------------------------------------------------------------------


def _chart(built, dataset, name: str, loc: Locale):
    spec = CHARTS[name]
    return spec.build(built[spec.table], loc, "\n".join(story.chart_sources(dataset, spec, loc, short=True)), 1)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(CHARTS))
def test_camera_button_title_is_slide_sized(built, dataset, lang, name):
    options = reuse.image_options(name, "png")
    fig = _chart(built, dataset, name, Locale(lang))
    height = options["height"] * options["scale"]
    assert (options["width"] * options["scale"], height) == (1600, 900)
    assert fig.layout.title.font.size * options["scale"] >= height / 25
    assert fig.layout.font.size * options["scale"] >= 24


@pytest.mark.parametrize("fmt, expected", [("png", "png"), ("svg", "svg"), ("gif", "png")])
def test_image_options_format(fmt, expected):
    assert reuse.image_options("us_share", fmt)["format"] == expected


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(CHARTS))
def test_slide_figure_has_slide_text_and_its_sources_inside(built, dataset, lang, name):
    loc = Locale(lang)
    sources = story.chart_sources(dataset, CHARTS[name], loc, short=True)
    slide = reuse.slide_figure(_chart(built, dataset, name, loc), loc, sources, note="<b>note</b>")
    assert (slide.layout.width, slide.layout.height) == (1600, 900)
    assert slide.layout.title.font.size >= slide.layout.height / 25
    footers = [a for a in slide.layout.annotations if a.yref == "paper" and a.y == 0 and a.yshift < 0]
    assert len(footers) == 1  # the screen's own source line is replaced, not doubled
    footer = footers[0]
    assert footer.yanchor == "bottom" and -footer.yshift < slide.layout.margin.b  # drawn within the bottom margin
    for line in sources:
        assert loc.para(line) in footer.text
    assert "&lt;b&gt;note&lt;/b&gt;" in footer.text  # text from outside is text, not plotly markup


def _png_size(payload: bytes) -> tuple[int, int]:
    assert payload[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", payload[16:24])


def test_chart_image_is_none_without_a_renderer(built, dataset, monkeypatch):
    monkeypatch.setattr(reuse, "_chromium", lambda: None)
    assert reuse.chart_image(_chart(built, dataset, "us_share", Locale("ar")), "png") is None


@pytest.mark.skipif(not reuse.images_available(), reason="kaleido or Chromium missing: slide images are optional")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_chart_image_png_and_svg_at_slide_size(built, dataset, lang):
    loc = Locale(lang)
    sources = story.chart_sources(dataset, CHARTS["strike_distribution"], loc, short=True)
    slide = reuse.slide_figure(_chart(built, dataset, "strike_distribution", loc), loc, sources)
    assert _png_size(reuse.chart_image(slide, "png")) == (1600, 900)
    svg = reuse.chart_image(slide, "svg").decode("utf-8")
    assert 'width="1600" height="900"' in svg
    title_size = int(re.search(r'class="gtitle"[^>]*font-size: (\d+)px', svg).group(1))
    assert title_size >= 900 / 25
    # The source line's box ends inside the image.
    boxes = re.findall(r'translate\([\d.]+,([\d.]+)\)"><rect class="bg" [^>]*height="([\d.]+)"[^>]*/><text[^>]*>(.*?)</text>', svg)
    footer = [(top, height) for top, height, text in boxes if strip_isolates(sources[0]) in strip_isolates(text)]
    assert len(footer) == 1 and float(footer[0][0]) + float(footer[0][1]) <= 900


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(CHARTS))
def test_slide_legend_sits_above_the_sources_and_the_title_uses_the_width(built, dataset, lang, name):
    loc = Locale(lang)
    sources = story.chart_sources(dataset, CHARTS[name], loc)
    slide = reuse.slide_figure(_chart(built, dataset, name, loc), loc, sources, note="note")
    footer_lines = len(sources) + 1
    assert slide.layout.legend.orientation == "h" and slide.layout.legend.yref == "container"
    assert slide.layout.legend.y * slide.layout.height >= footer_lines * reuse.SLIDE_SOURCE_SIZE * 1.4
    assert slide.layout.legend.traceorder == ("reversed" if loc.rtl else "normal")
    lines = strip_isolates(slide.layout.title.text).removeprefix("<b>").removesuffix("</b>").split("<br>")
    assert all(len(line) <= reuse.SLIDE_TITLE_WIDTH for line in lines) and len(lines) <= 2


@pytest.mark.parametrize("present", [False, True])
def test_plotly_config_sends_nothing_away(present):
    """plotly.js 4's "Share chart..." button posts the figure to cloud.plotly.com: gone, with nowhere to post."""
    config = reuse.plotly_config("strike_distribution", present)
    assert "sendChartToCloud" in config["modeBarButtonsToRemove"]
    assert config["plotlyServerURL"] == ""
    assert config["displaylogo"] is False
    assert config["displayModeBar"] is not present


def test_pages_and_report_give_plotly_the_same_config(built, dataset):
    page_config = chart_data(charts_drawn(open_page("pages/strikes.py"))[0])["config"]
    content = {"chart": CHARTS["strike_distribution"], "data": built[CHARTS["strike_distribution"].table]}
    assert page_config == report._chart_script(content, Locale("ar"))["config"] == reuse.plotly_config("strike_distribution")
