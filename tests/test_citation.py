"""airwars.citation: the citation line, the licences, the data's dates and the sources of each table."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from airwars import citation, data, tables
from airwars.i18n import Locale
from airwars.layout import CHARTS

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
    assert citation.line(Locale(lang, digits), page, url, ACCESSED) == expected


@pytest.mark.parametrize(
    "lang, expected",
    [("ar", ["MIT", "LICENSE", "SIL Open Font License", "OFL.txt", "إير وور", "الجزيرة نت", "«نحو»", "«ما بين»"]),
     ("en", ["MIT", "LICENSE", "SIL Open Font License", "OFL.txt", "Airwars", "Al Jazeera Net", "\"about\"", "\"between\""])],
)  # fmt: skip
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
    [("en", False, ["29 September 2015", "8 August 2016", "Dashboard last updated: 29 November 2026."]),
     ("en", True, ["29 September 2015", "31 October 2015"]),
     ("ar", False, ["29 سبتمبر/أيلول 2015", "8 أغسطس/آب 2016", "آخر تحديث للوحة: 29 نوفمبر/تشرين الثاني 2026."])],
)  # fmt: skip
def test_dates_come_from_the_data(data_copy, lang, drop_2016, expected):
    if drop_2016:
        path = data_copy / data.MONTHLY_FILE
        path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                                if not line.startswith("2016-")), encoding="utf-8")  # fmt: skip
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
    [("strikes_by_country", ["aljazeera_2015_09_29"]),
     ("us_share_context", ["aljazeera_2015_09_29", "airwars_2016_08_08"]),
     ("us_share_iraq", ["aljazeera_2015_09_29"]),
     ("airwars_civilian_deaths", ["airwars_2015_08_03"]),
     ("timeline", ["aljazeera_2015_09_29", "airwars_2015_08_03", "airwars_2015_08", "airwars_2015_09", "airwars_2015_10"])],
)  # fmt: skip
def test_table_sources(dataset, table_name, sources):
    assert citation.table_sources(table_name, dataset) == sources


