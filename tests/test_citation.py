"""airwars.citation: the citation line, the licences, the data's dates and the sources of each table."""

from __future__ import annotations

from datetime import date

import pytest

from airwars import citation, data, tables
from airwars.i18n import LANGUAGES, Locale
from airwars.layout import CHARTS, PAGES
from tests.conftest import ROOT

# --- citation, licences, dates -------------------------------------------------------------------------------------

ACCESSED = date(2026, 11, 29)


ARTICLE = ["aljazeera_2015_09_29"]
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


@pytest.mark.parametrize(
    "lang, digits, page, url, expected",
    [
        (
            "ar",
            "western",
            "توزيع الضربات",
            "https://example.org/airwars/strikes",
            (
                "«توزيع الضربات»، من لوحة «عام من الضربات: حرب التحالف الجوية على تنظيم الدولة». "
                "أرقام مجموعة إير وور (Airwars) كما نقلتها الجزيرة نت في 29 سبتمبر/أيلول 2015. "
                f"متاحة على {LRI}https://example.org/airwars/strikes{PDI}. تاريخ الاطلاع: 29 نوفمبر/تشرين الثاني 2026."
            ),
        ),
        (
            "ar",
            "arabic",
            "",
            "https://example.org/airwars/?digits=arabic",
            (
                "لوحة «عام من الضربات: حرب التحالف الجوية على تنظيم الدولة». "
                "أرقام مجموعة إير وور (Airwars) كما نقلتها الجزيرة نت في ٢٩ سبتمبر/أيلول ٢٠١٥. "
                f"متاحة على {LRI}https://example.org/airwars/?digits=arabic{PDI}. تاريخ الاطلاع: ٢٩ نوفمبر/تشرين الثاني ٢٠٢٦."
            ),
        ),
        (
            "en",
            "western",
            "Strikes by country",
            "https://example.org/airwars/strikes?lang=en",
            (
                '"Strikes by country", from the dashboard "A year of air strikes: the coalition\'s air war on the Islamic '
                'State". Figures from the monitoring group Airwars, as reported by Al Jazeera Net on 29 September 2015. '
                "Available at https://example.org/airwars/strikes?lang=en. Accessed 29 November 2026."
            ),
        ),
        # Without a published address: the copy runs locally, and the article is cited by its own title and date.
        (
            "en",
            "western",
            "Strikes\u202e by\ncountry",
            "javascript:alert(1)",
            (
                '"Strikes by country", from the dashboard "A year of air strikes: the coalition\'s air war on the Islamic '
                'State". Figures from the monitoring group Airwars, as reported by Al Jazeera Net on 29 September 2015. '
                "This copy of the dashboard runs locally and has no published address. Sources: Al Jazeera Net, "
                f'"{RLI}روسيا: أميركا ترفض تبادل معلومات عن تنظيم الدولة{PDI}", 29 September 2015. Accessed 29 November 2026.'
            ),
        ),
    ],
)
def test_citation(dataset, lang, digits, page, url, expected):
    assert citation.line(Locale(lang, digits), dataset, page, ARTICLE, ACCESSED, url) == expected


def test_an_arabic_title_in_english_text_is_isolated(dataset):
    """The article's Arabic headline inside an English citation: unisolated, the date after it ("29 September") takes
    the headline's direction (a number after Arabic letters reads as Arabic), and the printed line shows
    «29 ,"…الدولة» with the quote mark and comma on the wrong side. Isolated right to left, it is one unit."""
    line = citation.line(Locale("en"), dataset, "Strikes", ARTICLE, ACCESSED, "")
    title = dataset.sources.at[ARTICLE[0], "title"]
    assert f'"{RLI}{title}{PDI}", 29 September 2015' in line
    english_title = citation.titled(dataset.sources.loc["airwars_2015_09"], Locale("en"))
    assert RLI not in english_title and english_title.startswith('"Coalition strikes')


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_key", [page.key for page in PAGES])
def test_without_a_published_address_a_citation_cites_the_sources_never_the_local_server(dataset, lang, page_key):
    loc = Locale(lang)
    sources = citation.page_sources(page_key, dataset)
    line = citation.line(
        loc, dataset, loc.t(f"nav.{page_key}"), sources, ACCESSED, citation.page_address(page_key, lang, "western", "")
    )
    assert loc.t("cite.local") in line
    assert "localhost" not in line and "127.0.0.1" not in line and ":8501" not in line
    for source_id in sources:
        url = dataset.sources.at[source_id, "url"]
        assert (url or dataset.sources.at[source_id, "title"]) in line
        if url and lang == "ar":
            assert f"{LRI}{url}{PDI}" in line, "the address reads whole in Arabic"


@pytest.mark.parametrize(
    "base, page_key, lang, digits, expected",
    [
        ("https://example.org/airwars", "strikes", "ar", "western", "https://example.org/airwars/strikes"),
        (
            "https://example.org/airwars/",
            "strikes",
            "en",
            "arabic",
            "https://example.org/airwars/strikes?lang=en&digits=arabic",
        ),
        ("https://example.org/airwars/", "overview", "ar", "arabic", "https://example.org/airwars/?digits=arabic"),
        ("https://example.org", "overview", "en", "western", "https://example.org/?lang=en"),
        ("", "strikes", "en", "western", ""),
    ],
)
def test_page_address_gives_page_language_and_digits(base, page_key, lang, digits, expected):
    assert citation.page_address(page_key, lang, digits, base) == expected


@pytest.mark.parametrize(
    "setting, expected",
    [
        ("https://example.org/airwars/", "https://example.org/airwars/strikes?lang=en"),
        ("javascript:alert(1)", ""),
        ("  ", ""),
        (None, ""),
    ],
)
def test_the_published_address_comes_from_the_setting(monkeypatch, setting, expected):
    if setting is None:
        monkeypatch.delenv(citation.PUBLIC_URL_SETTING, raising=False)
    else:
        monkeypatch.setenv(citation.PUBLIC_URL_SETTING, setting)
    assert citation.page_address("strikes", "en", "western") == expected


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ar", ["MIT", "LICENSE", "SIL Open Font License", "OFL.txt", "إير وور", "الجزيرة نت", "«نحو»", "«ما بين»"]),
        (
            "en",
            ["MIT", "LICENSE", "SIL Open Font License", "OFL.txt", "Airwars", "Al Jazeera Net", '"about"', '"between"'],
        ),
    ],
)
def test_licence_lines(lang, expected):
    lines = citation.licence_lines(Locale(lang))
    assert len(lines) == 3
    for word in expected:
        assert word in " ".join(lines)


def test_the_licences_named_are_in_the_repository():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Copyright (c) 2026 the project's authors" in licence
    assert "SIL Open Font License" in (ROOT / "static" / "fonts" / "OFL.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "lang, drop_2016, expected",
    [
        ("en", False, ["29 September 2015", "7 August 2016", "Dashboard last updated: 29 November 2026."]),
        ("en", True, ["29 September 2015", "31 October 2015"]),
        ("ar", False, ["29 سبتمبر/أيلول 2015", "7 أغسطس/آب 2016", "آخر تحديث للوحة: 29 نوفمبر/تشرين الثاني 2026."]),
    ],
)
def test_dates_come_from_the_data(data_copy, lang, drop_2016, expected):
    if drop_2016:
        path = data_copy / data.MONTHLY_FILE
        path.write_text(
            "".join(
                line
                for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                if not line.startswith("2016-")
            ),
            encoding="utf-8",
        )
    text = " ".join(citation.dates_lines(data.load(data_copy), Locale(lang), updated=date(2026, 11, 29)))
    for part in expected:
        assert part in text
    assert ("2016" in text) is not drop_2016


def test_a_charts_table_rests_on_the_charts_figures():
    for chart in CHARTS.values():
        assert citation.TABLE_FIGURES[chart.table] == chart.figures
    assert set(citation.TABLE_FIGURES) == set(tables.TABLE_NAMES)


@pytest.mark.parametrize(
    "table_name, sources",
    [
        ("strikes_by_country", ["aljazeera_2015_09_29"]),
        ("us_share_context", ["aljazeera_2015_09_29", "airwars_2016_08_08"]),
        ("us_share_iraq", ["aljazeera_2015_09_29", "airwars_2015_06", "airwars_2016_08_08"]),
        ("airwars_civilian_deaths", ["airwars_2015_08_03"]),
        (
            "timeline",
            ["aljazeera_2015_09_29", "airwars_2015_08_03", "airwars_2015_08", "airwars_2015_09", "airwars_2015_10"],
        ),
    ],
)
def test_table_sources(dataset, table_name, sources):
    assert citation.table_sources(table_name, dataset) == sources
