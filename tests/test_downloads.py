"""airwars.downloads: the CSV a reader takes away and its companion note."""

from __future__ import annotations

import re
from datetime import date

import pytest

from airwars import citation, downloads, tables
from airwars.i18n import LANGUAGES, Locale
from tests.conftest import BOM, csv_column, csv_rows

ACCESSED = date(2026, 11, 29)


# --- CSV ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, table_name, headers",
    [
        (
            "ar",
            "strikes_by_country",
            [
                "البلد",
                "الضربات",
                "درجة اليقين",
                "الحصة (%)",
                "درجة يقين الحصة",
                "الحصة محسوبة؟",
                "محسوبة؟",
                "المعادلة",
                "من يقول",
            ],
        ),
        (
            "en",
            "strikes_by_country",
            [
                "Country",
                "Strikes",
                "Certainty",
                "Share (%)",
                "Share certainty",
                "Share derived?",
                "Derived?",
                "Formula",
                "Who says it",
            ],
        ),
        ("ar", "casualty_ranges", ["الفئة", "الحد الأدنى", "الحد الأعلى", "درجة اليقين", "من يقول"]),
        ("en", "casualty_ranges", ["Group", "Low", "High", "Certainty", "Who says it"]),
        (
            "en",
            "airwars_civilian_deaths",
            [
                "Figure",
                "As of",
                "Low",
                "High",
                "Certainty",
                "Who says it",
                "Period start",
                "Period end",
                "Airwars' words, as published (in English)",
                "Where the words were read",
                "Publisher",
                "Address",
                "Kind of address",
            ],
        ),
        ("ar", "us_share_context", ["البلد", "في المقال (%)", "حتى تاريخ", "بعد عامين (%)", "الرابط"]),
        (
            "en",
            "timeline",
            [
                "As of",
                "Series",
                "Strikes",
                "Certainty",
                "Low",
                "High",
                "Derived?",
                "Calculation",
                "Publisher",
                "Address",
            ],
        ),
    ],
)
def test_csv_headers_in_the_readers_language(built, lang, table_name, headers):
    assert csv_rows(downloads.csv_for(table_name, built[table_name], Locale(lang)))[0] == headers


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_every_table_exports_distinct_readable_headers(built, lang, table_name):
    headers = csv_rows(downloads.csv_for(table_name, built[table_name], Locale(lang)))[0]
    assert len(headers) == len(
        downloads.export_columns(table_name, built[table_name], Locale(lang))
    )  # no two keys share a label
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
)
def test_whole_numbers_stay_whole_and_shares_are_rounded(built, table_name, header, expected):
    assert csv_column(downloads.csv_for(table_name, built[table_name], Locale("en")), header) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_no_float_noise_in_any_table(built, lang, table_name):
    text = downloads.csv_for(table_name, built[table_name], Locale(lang)).decode("utf-8-sig")
    assert not re.search(r"(^|,)-?\d+\.0(,|\r)", text, re.MULTILINE)
    rows = csv_rows(text.encode("utf-8-sig"))
    working = (
        rows[0].index(Locale(lang).labels["column.calculation"])
        if Locale(lang).labels["column.calculation"] in rows[0]
        else None
    )
    for row in rows[1:]:
        for index, cell in enumerate(row):
            # shares to one decimal at most; the working shows a product before its rounding (61.5% of 6548 = 4027.02)
            assert not re.search(r"\d\.\d{3,}" if index == working else r"\d\.\d{2,}", cell), (row, cell)


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
)
def test_qualifiers_in_words(built, lang, table_name, key, expected):
    rows = csv_rows(downloads.csv_for(table_name, built[table_name], Locale(lang)))
    certainty = rows[0].index(Locale(lang).labels["column.qualifier"])
    assert {row[0]: row[certainty] for row in rows[1:]}[key] == expected


@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_csv_has_a_byte_order_mark_and_no_internal_codes(built, table_name):
    payload = downloads.csv_for(table_name, built[table_name], Locale("ar"))
    assert payload.startswith(BOM) and b"\r\n" in payload
    text = payload.decode("utf-8-sig")
    for code in ("strikes_total", "claimed_by", "airwars_2015", "about", "exact", "True", "False"):
        assert code not in text


@pytest.mark.parametrize(
    "cell, written",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+cmd", "'+1+cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Airwars", "Airwars"),
    ],
)
def test_formula_like_text_is_neutralised_but_negative_numbers_stay_numbers(built, cell, written):
    table = built["timeline"].copy()
    table["publisher_en"] = cell
    payload = downloads.csv_for("timeline", table, Locale("en"))
    assert set(csv_column(payload, "Publisher")) == {written}
    assert "-142" in csv_column(
        downloads.csv_for("cross_check", built["cross_check"], Locale("en")),
        "Difference from the nearest count after (article − count)",
    )


@pytest.mark.parametrize(
    "lang, suffix, expected",
    [("ar", "csv", "airwars-strikes-by-country-ar.csv"), ("en", "txt", "airwars-strikes-by-country-en.txt")],
)
def test_file_name(lang, suffix, expected):
    assert downloads.file_name("strikes_by_country", Locale(lang), suffix) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("table_name", tables.TABLE_NAMES)
def test_about_names_every_source_the_citation_licences_and_dates(dataset, lang, table_name):
    loc = Locale(lang)
    payload = downloads.about_for(table_name, dataset, loc, url="http://127.0.0.1:8501/", accessed=ACCESSED)
    assert payload.startswith(BOM)
    text = payload.decode("utf-8-sig")
    for source_id in citation.table_sources(table_name, dataset):
        assert dataset.sources.at[source_id, "title"] in text
    assert (
        citation.line(
            loc,
            dataset,
            loc.labels[f"download.table.{table_name}"],
            citation.table_sources(table_name, dataset),
            ACCESSED,
            "http://127.0.0.1:8501/",
        )
        in text
    )
    for line in [*citation.licence_lines(loc), *citation.dates_lines(dataset, loc)]:
        assert line in text


@pytest.mark.parametrize(
    "table_name, via_article",
    [("strikes_by_country", True), ("monthly_counts", False), ("airwars_civilian_deaths", False)],
)
def test_the_citation_says_al_jazeera_only_for_what_came_through_the_article(dataset, table_name, via_article):
    text = downloads.about_for(table_name, dataset, Locale("en"), accessed=ACCESSED).decode("utf-8-sig")
    assert ("as reported by Al Jazeera Net on" in text) is via_article
    assert ("Airwars' own reports" in text) is not via_article


@pytest.mark.parametrize("lang, digits", [("ar", "arabic"), ("ar", "western"), ("en", "western")])
def test_the_companion_says_undated_and_the_csv_digits_whatever_the_screen_digits(dataset, lang, digits):
    loc = Locale(lang, digits)
    text = downloads.about_for("timeline", dataset, loc, accessed=ACCESSED).decode("utf-8-sig")
    undated = [line for line in text.splitlines() if line.startswith("- ") and "airwars.org/tag/sn4hr" in line]
    assert len(undated) == 1 and loc.labels["common.undated"] in undated[0]  # published is empty in sources.csv
    assert loc.labels["url_kind.listing"] in undated[0]
    assert "0-9" in text and "٠-٩" not in text


@pytest.mark.parametrize(
    "table_name, rounding", [("us_share_iraq", True), ("derived_values", True), ("strikes_by_country", False)]
)
def test_the_rounding_note_goes_with_the_rounded_counts(dataset, table_name, rounding):
    text = downloads.about_for(table_name, dataset, Locale("en"), accessed=ACCESSED).decode("utf-8-sig")
    assert ("rounded to the nearest hundred" in text) is rounding


def test_the_total_rows_share_is_marked_computed_not_as_reported(built):
    """100% of the total is the dashboard's own division, not a figure the article reports."""
    loc = Locale("en")
    rows = csv_rows(downloads.csv_for("strikes_by_country", built["strikes_by_country"], loc))
    total = dict(zip(rows[0], rows[[row[0] for row in rows].index(loc.t("country.total"))]))
    assert total["Share derived?"] == loc.t("common.yes")
    assert total["Share certainty"] != loc.t("qualifier_name.exact")


def test_a_range_count_gives_its_bounds_in_the_file(built):
    """The 31 August 2015 Iraq count rests on a rounded 62%: the file gives 4027 and 4093 beside the midpoint 4060."""
    header, *rows = csv_rows(downloads.csv_for("monthly_counts", built["monthly_counts"], Locale("en")))
    iraq = next(dict(zip(header, r)) for r in rows if r[:2] == ["2015-08-31", "Iraq"])
    assert (iraq["Strikes"], iraq["Low"], iraq["High"]) == ("4060", "4027", "4093")
