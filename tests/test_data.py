"""airwars.data and `python -m airwars check`: each bad case gives its message and exit 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from airwars import data
from airwars.__main__ import main
from airwars.i18n import Locale

FIGURES = "figures.csv"
SOURCES = "sources.csv"


def edit(directory: Path, name: str, old: str, new: str, count: int = 1) -> None:
    """Replace text in one data file; fail loudly when the text is not there."""
    path = directory / name
    content = path.read_text(encoding="utf-8")
    assert old in content, f"{old!r} not in {name}"
    path.write_text(content.replace(old, new, count), encoding="utf-8")


def drop_line(directory: Path, name: str, start: str) -> None:
    path = directory / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith(start)), encoding="utf-8")


# (how to break the data, the file, the row id, the problem code)
BAD_CASES = {
    "missing file": (lambda d: (d / FIGURES).unlink(), FIGURES, "", "missing_file"),
    "empty file": (lambda d: (d / FIGURES).write_bytes(b""), FIGURES, "", "empty_file"),
    "header only": (lambda d: (d / FIGURES).write_text((d / FIGURES).read_text().splitlines()[0] + "\n"),
                    FIGURES, "", "no_rows"),
    "not utf-8": (lambda d: (d / FIGURES).write_bytes((d / FIGURES).read_text().encode("cp1256")),
                  FIGURES, "", "not_utf8"),
    "missing column": (lambda d: edit(d, FIGURES, ",quote\n", ",citation\n"), FIGURES, "", "missing_column"),
    "duplicate id": (lambda d: edit(d, FIGURES, "strikes_iraq,", "strikes_total,"), FIGURES, "strikes_total",
                     "duplicate_id"),
    "required figure missing": (lambda d: drop_line(d, FIGURES, "civilian_deaths,"), FIGURES, "", "missing_figure"),
    "non-numeric value": (lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,كثير"), FIGURES,
                          "strikes_iraq", "not_number"),
    "formula-like value": (lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,=1+2"), FIGURES,
                           "strikes_iraq", "not_number"),
    "non-finite value": (lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq," + "9" * 400), FIGURES,
                         "strikes_iraq", "not_finite"),
    "negative count": (lambda d: edit(d, FIGURES, "civilian_deaths,500", "civilian_deaths,-500"), FIGURES,
                       "civilian_deaths", "negative"),
    "fractional count": (lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,4564.5"), FIGURES,
                         "strikes_iraq", "not_whole"),
    "share above 100": (lambda d: edit(d, FIGURES, "us_share_iraq,70", "us_share_iraq,170"), FIGURES,
                        "us_share_iraq", "share_out_of_range"),
    "range low above high": (lambda d: edit(d, FIGURES, "civilian_deaths,500,1800", "civilian_deaths,1800,500"),
                             FIGURES, "civilian_deaths", "range_inverted"),
    "range without high": (lambda d: edit(d, FIGURES, "civilian_deaths,500,1800", "civilian_deaths,500,"),
                           FIGURES, "civilian_deaths", "range_without_max"),
    "iraq above total": (lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,9000"), FIGURES,
                         "strikes_iraq", "iraq_above_total"),
    "unknown source id": (lambda d: edit(d, FIGURES, "people,range,airwars,aljazeera_2015_09_29",
                                         "people,range,airwars,bbc_2015"), FIGURES, "civilian_deaths",
                          "unknown_source"),
    "empty quote": (lambda d: edit(d, FIGURES, '"وتحدث التقرير في المقابل عن سقوط ما بين 500 و1800 ضحية مدنية."', '""'),
                    FIGURES, "civilian_deaths", "empty_quote"),
    "unknown qualifier": (lambda d: edit(d, FIGURES, "strikes,about,", "strikes,roughly,"), FIGURES,
                          "strikes_total", "unknown_value"),
    "wrong unit": (lambda d: edit(d, FIGURES, "us_share_iraq,70,,percent", "us_share_iraq,70,,strikes"), FIGURES,
                   "us_share_iraq", "wrong_unit"),
    "bad date": (lambda d: edit(d, FIGURES, "2014-09,2015-09-29", "2014-13,2015-09-29"), FIGURES, "strikes_total",
                 "bad_date"),
    "period inverted": (lambda d: edit(d, FIGURES, "2014-09,2015-09-29", "2016-09,2015-09-29"), FIGURES,
                        "strikes_total", "period_inverted"),
    "empty id": (lambda d: edit(d, FIGURES, "strikes_iraq,4564", ",4564"), FIGURES, "", "empty_id"),
    "sources missing": (lambda d: (d / SOURCES).unlink(), SOURCES, "", "missing_file"),
    "sources empty publisher": (lambda d: edit(d, SOURCES, ",الجزيرة نت,", ",,"), SOURCES, "aljazeera_2015_09_29",
                                "empty_field"),
    "malformed csv": (lambda d: (d / SOURCES).write_text('id,publisher\n"unclosed,\n'), SOURCES, "", "bad_csv"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_bad_data_is_reported(case, data_copy):
    breaker, file, row, code = BAD_CASES[case]
    breaker(data_copy)
    problems = data.check(data_copy)
    assert any(p.file == file and p.row == row and p.code == code for p in problems), problems


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_check_command_prints_one_line_per_problem(case, data_copy, capsys):
    breaker, file, row, code = BAD_CASES[case]
    breaker(data_copy)
    assert main(["check", str(data_copy)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    expected = Locale("en").problem(next(p for p in data.check(data_copy) if p.code == code))
    assert expected in lines
    assert all(line.startswith(("figures.csv", "sources.csv")) for line in lines)
    assert "Traceback" not in captured.err


def test_sound_data_passes(data_copy, capsys):
    assert main(["check", str(data_copy)]) == 0
    assert "ok" in capsys.readouterr().out


@pytest.mark.parametrize(
    "change",
    [
        lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,٤٥٦٤"),
        lambda d: (d / FIGURES).write_bytes(b"\xef\xbb\xbf" + (d / FIGURES).read_bytes()),
        lambda d: edit(d, FIGURES, "strikes_total,7058", "strikes_total,٧٬٠٥٨"),
    ],
    ids=["arabic-indic digits", "byte-order mark", "arabic thousands separator"],
)
def test_accepted_forms(change, data_copy):
    change(data_copy)
    ds = data.load(data_copy)
    assert ds.value("strikes_iraq") == 4564
    assert ds.value("strikes_total") == 7058


def test_several_problems_are_all_reported(data_copy):
    edit(data_copy, FIGURES, "strikes_iraq,4564", "strikes_iraq,x")
    edit(data_copy, FIGURES, "us_share_iraq,70", "us_share_iraq,170")
    codes = {p.code for p in data.check(data_copy)}
    assert {"not_number", "share_out_of_range"} <= codes


def test_check_never_writes_into_the_data_folder(data_copy):
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    data.check(data_copy)
    assert {p.name: p.read_bytes() for p in data_copy.iterdir()} == before


def test_command_line_runs_as_a_module(data_copy):
    edit(data_copy, FIGURES, "us_share_iraq,70", "us_share_iraq,170")
    result = subprocess.run([sys.executable, "-m", "airwars", "check", str(data_copy)], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip() == "figures.csv: row us_share_iraq: share 170 is outside 0 to 100"
    arabic = subprocess.run(
        [sys.executable, "-m", "airwars", "check", str(data_copy), "--lang", "ar"], capture_output=True, text=True
    )
    assert "النسبة 170 خارج المجال من 0 إلى 100" in arabic.stderr


MONTHLY = "airwars_monthly_2015.csv"
MONTHLY_CASES = {
    "monthly missing": (lambda d: (d / MONTHLY).unlink(), "", "missing_file"),
    "unknown metric": (lambda d: edit(d, MONTHLY, ",strikes_iraq,4605", ",strikes_iraqq,4605"), "2015-09-30_strikes_iraq",
                       "unknown_value"),
    "metric with the wrong unit": (lambda d: edit(d, MONTHLY, ",share_iraq,62,,percent", ",share_iraq,62,,strikes"),
                                   "2015-08-31_share_iraq", "wrong_unit"),
    "bad as_of": (lambda d: edit(d, MONTHLY, "2015-10-31_strikes_iraq,2015-10-31", "2015-10-31_strikes_iraq,31/10/2015"),
                  "2015-10-31_strikes_iraq", "bad_date"),
    "monthly iraq above total": (lambda d: edit(d, MONTHLY, ",strikes_iraq,4605", ",strikes_iraq,7605"),
                                 "2015-09-30_strikes_iraq", "iraq_above_total"),
    "monthly share above 100": (lambda d: edit(d, MONTHLY, ",us_share_syria,95", ",us_share_syria,195"),
                                "2016-08-08_us_share_syria", "share_out_of_range"),
    "monthly unknown source": (lambda d: edit(d, MONTHLY, "airwars_2015_10,2014-08-08,2015-10-31,\"5,107",
                                              "nobody,2014-08-08,2015-10-31,\"5,107"), "2015-10-31_strikes_iraq", "unknown_source"),
    "monthly range inverted": (lambda d: edit(d, MONTHLY, ",459,591,", ",591,459,"), "2015-08-03_civilian_deaths_credible",
                               "range_inverted"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(MONTHLY_CASES))
def test_monthly_file_is_checked_like_the_figures(case, data_copy, capsys):
    breaker, row, code = MONTHLY_CASES[case]
    breaker(data_copy)
    problems = data.check(data_copy)
    assert any(p.file == MONTHLY and p.row == row and p.code == code for p in problems), problems
    assert main(["check", str(data_copy)]) == 1
    assert capsys.readouterr().err.startswith(MONTHLY)


# sources.csv: the publication date and what kind of address each source has (report, listing, republication, none).
SOURCE_CASES = {
    "bad published date": (lambda d: edit(d, SOURCES, ",2015-11,", ",November 2015,"), "airwars_2015_10", "bad_date"),
    "unknown url kind": (lambda d: edit(d, SOURCES, "-2015/,report", "-2015/,homepage"), "airwars_2015_09",
                         "unknown_value"),
    "empty url kind": (lambda d: edit(d, SOURCES, "-2015/,report", "-2015/,"), "airwars_2015_09", "empty_field"),
    "none with an address": (lambda d: edit(d, SOURCES, ",,none", ",https://www.aljazeera.net/,none"),
                             "aljazeera_2015_09_29", "url_without_kind"),
    "a kind without an address": (lambda d: edit(d, SOURCES, ",https://airwars.org/tag/sn4hr/,listing", ",,listing"),
                                  "airwars_2015_08", "kind_without_url"),
    "old date column": (lambda d: edit(d, SOURCES, ",published,", ",date,"), "", "missing_column"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(SOURCE_CASES))
def test_sources_file_is_checked(case, data_copy):
    breaker, row, code = SOURCE_CASES[case]
    breaker(data_copy)
    problems = data.check(data_copy)
    assert any(p.file == SOURCES and p.row == row and p.code == code for p in problems), problems


@pytest.mark.parametrize("source_id, published, url_kind", [
    ("aljazeera_2015_09_29", "2015-09-29", "none"), ("airwars_2015_08", "", "listing"),
    ("airwars_2015_10", "2015-11", "report"), ("airwars_2016_08_08", "2016-08", "republication"),
])  # fmt: skip
def test_sources_keep_publication_date_and_url_kind(dataset, source_id, published, url_kind):
    row = dataset.sources.loc[source_id]
    assert (row["published"], row["url_kind"]) == (published, url_kind)
    assert (row["url"] == "") is (url_kind == "none")
