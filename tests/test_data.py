"""airwars.data and `python -m airwars check`: each bad case gives its message and exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from airwars import data
from airwars.__main__ import main
from airwars.i18n import Locale
from bench.data_check import grow

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
    "header only": (
        lambda d: (d / FIGURES).write_text((d / FIGURES).read_text().splitlines()[0] + "\n"),
        FIGURES,
        "",
        "no_rows",
    ),
    "not utf-8": (
        lambda d: (d / FIGURES).write_bytes((d / FIGURES).read_text().encode("cp1256")),
        FIGURES,
        "",
        "not_utf8",
    ),
    "missing column": (lambda d: edit(d, FIGURES, ",quote\n", ",citation\n"), FIGURES, "", "missing_column"),
    "duplicate id": (
        lambda d: edit(d, FIGURES, "strikes_iraq,", "strikes_total,"),
        FIGURES,
        "strikes_total",
        "duplicate_id",
    ),
    "required figure missing": (lambda d: drop_line(d, FIGURES, "civilian_deaths,"), FIGURES, "", "missing_figure"),
    "non-numeric value": (
        lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,كثير"),
        FIGURES,
        "strikes_iraq",
        "not_number",
    ),
    "formula-like value": (
        lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,=1+2"),
        FIGURES,
        "strikes_iraq",
        "not_number",
    ),
    "non-finite value": (
        lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq," + "9" * 400),
        FIGURES,
        "strikes_iraq",
        "not_finite",
    ),
    "negative count": (
        lambda d: edit(d, FIGURES, "civilian_deaths,500", "civilian_deaths,-500"),
        FIGURES,
        "civilian_deaths",
        "negative",
    ),
    "fractional count": (
        lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,4564.5"),
        FIGURES,
        "strikes_iraq",
        "not_whole",
    ),
    "share above 100": (
        lambda d: edit(d, FIGURES, "us_share_iraq,70", "us_share_iraq,170"),
        FIGURES,
        "us_share_iraq",
        "share_out_of_range",
    ),
    "range low above high": (
        lambda d: edit(d, FIGURES, "civilian_deaths,500,1800", "civilian_deaths,1800,500"),
        FIGURES,
        "civilian_deaths",
        "range_inverted",
    ),
    "range without high": (
        lambda d: edit(d, FIGURES, "civilian_deaths,500,1800", "civilian_deaths,500,"),
        FIGURES,
        "civilian_deaths",
        "range_without_max",
    ),
    "iraq above total": (
        lambda d: edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,9000"),
        FIGURES,
        "strikes_iraq",
        "iraq_above_total",
    ),
    "unknown source id": (
        lambda d: edit(d, FIGURES, "people,range,airwars,aljazeera_2015_09_29", "people,range,airwars,bbc_2015"),
        FIGURES,
        "civilian_deaths",
        "unknown_source",
    ),
    "empty quote": (
        lambda d: edit(d, FIGURES, '"وتحدث التقرير في المقابل عن سقوط ما بين 500 و1800 ضحية مدنية."', '""'),
        FIGURES,
        "civilian_deaths",
        "empty_quote",
    ),
    "unknown qualifier": (
        lambda d: edit(d, FIGURES, "strikes,about,", "strikes,roughly,"),
        FIGURES,
        "strikes_total",
        "unknown_value",
    ),
    "wrong unit": (
        lambda d: edit(d, FIGURES, "us_share_iraq,70,,percent", "us_share_iraq,70,,strikes"),
        FIGURES,
        "us_share_iraq",
        "wrong_unit",
    ),
    "bad date": (
        lambda d: edit(d, FIGURES, "2014-09,2015-09-29", "2014-13,2015-09-29"),
        FIGURES,
        "strikes_total",
        "bad_date",
    ),
    "period inverted": (
        lambda d: edit(d, FIGURES, "2014-09,2015-09-29", "2016-09,2015-09-29"),
        FIGURES,
        "strikes_total",
        "period_inverted",
    ),
    "empty id": (lambda d: edit(d, FIGURES, "strikes_iraq,4564", ",4564"), FIGURES, "", "empty_id"),
    "sources missing": (lambda d: (d / SOURCES).unlink(), SOURCES, "", "missing_file"),
    "sources empty publisher": (
        lambda d: edit(d, SOURCES, ",الجزيرة نت,", ",,"),
        SOURCES,
        "aljazeera_2015_09_29",
        "empty_field",
    ),
    "malformed csv": (lambda d: (d / SOURCES).write_text('id,publisher\n"unclosed,\n'), SOURCES, "", "bad_csv"),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_bad_data_is_reported(case, data_copy):
    breaker, file, row, code = BAD_CASES[case]
    breaker(data_copy)
    problems = data.find_problems(data_copy)
    assert any(p.file == file and p.row == row and p.code == code for p in problems), problems


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_check_command_prints_one_line_per_problem(case, data_copy, capsys):
    breaker, file, row, code = BAD_CASES[case]
    breaker(data_copy)
    assert main(["check", str(data_copy)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    expected = Locale("en").problem(next(p for p in data.find_problems(data_copy) if p.code == code))
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
    codes = {p.code for p in data.find_problems(data_copy)}
    assert {"not_number", "share_out_of_range"} <= codes


def test_check_never_writes_into_the_data_folder(data_copy):
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    data.find_problems(data_copy)
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
    "unknown metric": (
        lambda d: edit(d, MONTHLY, ",strikes_iraq,4605", ",strikes_iraqq,4605"),
        "2015-09-30_strikes_iraq",
        "unknown_value",
    ),
    "metric with the wrong unit": (
        lambda d: edit(d, MONTHLY, ",share_iraq,62,,percent", ",share_iraq,62,,strikes"),
        "2015-08-31_share_iraq",
        "wrong_unit",
    ),
    "bad as_of": (
        lambda d: edit(d, MONTHLY, "2015-10-31_strikes_iraq,2015-10-31", "2015-10-31_strikes_iraq,31/10/2015"),
        "2015-10-31_strikes_iraq",
        "bad_date",
    ),
    "monthly iraq above total": (
        lambda d: edit(d, MONTHLY, ",strikes_iraq,4605", ",strikes_iraq,7605"),
        "2015-09-30_strikes_iraq",
        "iraq_above_total",
    ),
    "monthly share above 100": (
        lambda d: edit(d, MONTHLY, ",us_share_syria,95", ",us_share_syria,195"),
        "2016-08-08_us_share_syria",
        "share_out_of_range",
    ),
    "monthly unknown source": (
        lambda d: edit(
            d, MONTHLY, 'airwars_2015_10,2014-08-08,2015-10-31,"The US-led', 'nobody,2014-08-08,2015-10-31,"The US-led'
        ),
        "2015-10-31_strikes_iraq",
        "unknown_source",
    ),
    "monthly range inverted": (
        lambda d: edit(d, MONTHLY, ",459,591,", ",591,459,"),
        "2015-08-03_civilian_deaths_credible",
        "range_inverted",
    ),
}


@pytest.mark.parametrize("case", list(MONTHLY_CASES))
def test_monthly_file_is_checked_like_the_figures(case, data_copy, capsys):
    breaker, row, code = MONTHLY_CASES[case]
    breaker(data_copy)
    problems = data.find_problems(data_copy)
    assert any(p.file == MONTHLY and p.row == row and p.code == code for p in problems), problems
    assert main(["check", str(data_copy)]) == 1
    assert capsys.readouterr().err.startswith(MONTHLY)


# sources.csv: the publication date and what kind of address each source has (report, listing, republication, none).
SOURCE_CASES = {
    "bad published date": (
        lambda d: edit(d, SOURCES, ",2015-11,", ",November 2015,"),
        "airwars_2015_10",
        "bad_published",
    ),
    "unknown url kind": (
        lambda d: edit(d, SOURCES, "-2015/,report", "-2015/,homepage"),
        "airwars_2015_09",
        "unknown_value",
    ),
    "empty url kind": (lambda d: edit(d, SOURCES, "-2015/,report", "-2015/,"), "airwars_2015_09", "empty_field"),
    "none with an address": (
        lambda d: edit(d, SOURCES, ",,none", ",https://www.aljazeera.net/,none"),
        "aljazeera_2015_09_29",
        "url_without_kind",
    ),
    "a kind without an address": (
        lambda d: edit(d, SOURCES, ",https://airwars.org/tag/sn4hr/,listing", ",,listing"),
        "airwars_2015_08",
        "kind_without_url",
    ),
    "old date column": (lambda d: edit(d, SOURCES, ",published,", ",date,"), "", "missing_column"),
}


@pytest.mark.parametrize("case", list(SOURCE_CASES))
def test_sources_file_is_checked(case, data_copy):
    breaker, row, code = SOURCE_CASES[case]
    breaker(data_copy)
    problems = data.find_problems(data_copy)
    assert any(p.file == SOURCES and p.row == row and p.code == code for p in problems), problems


@pytest.mark.parametrize(
    "source_id, published, url_kind",
    [
        ("aljazeera_2015_09_29", "2015-09-29", "none"),
        ("airwars_2015_08", "", "listing"),  # "unknown" in the file
        ("airwars_2015_10", "2015-11", "report"),
        ("airwars_2016_08_08", "2016-08", "republication"),
    ],
)
def test_sources_keep_publication_date_and_url_kind(dataset, source_id, published, url_kind):
    row = dataset.sources.loc[source_id]
    assert (row["published"], row["url_kind"]) == (published, url_kind)
    assert (row["url"] == "") is (url_kind == "none")


MONTHLY_FILE = "airwars_monthly_2015.csv"
# Invisible characters refused in text cells: direction overrides, embeddings and isolates, controls, line breaks.
REFUSED_CHARACTERS = {
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
    "NUL": "\x00",
    "ESC": "\x1b",
    "tab": "\t",
    "line feed": "\n",
    "carriage return": "\r",
    "DEL": "\x7f",
    "C1 NEL": "\x85",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
    "BOM inside a cell": "\ufeff",
    "zero-width space": "\u200b",
    "word joiner": "\u2060",
    "soft hyphen": "\u00ad",
    "tag letter": "\U000e0041",
}
# Where each goes: (file, text to find, the same with {c} where the character goes, row id, column)
TEXT_PLACES = {
    "figure quote": (FIGURES, "نحو 7058 ضربة", "نحو {c}7058 ضربة", "strikes_total", "quote"),
    "source publisher": (SOURCES, ",الجزيرة نت,", ",الجزيرة{c} نت,", "aljazeera_2015_09_29", "publisher"),
    "source title": (
        SOURCES,
        "Iraq and Syria: August 2015,",
        "Iraq and Syria:{c} August 2015,",
        "airwars_2015_08",
        "title",
    ),
    "source url": (
        SOURCES,
        "https://airwars.org/tag/sn4hr/",
        "https://airwars.org/{c}tag/sn4hr/",
        "airwars_2015_08",
        "url",
    ),
    "monthly quote": (MONTHLY_FILE, "Some 4,605 strikes", "Some 4,605{c} strikes", "2015-09-30_strikes_iraq", "quote"),
    "monthly id": (
        MONTHLY_FILE,
        "2015-10-31_strikes_syria,",
        "2015-10-31_strikes_syria{c},",
        "2015-10-31_strikes_syria\\u202e",
        "id",
    ),
}


def _invisible(problems: list[data.Problem], file: str, row: str, column: str) -> data.Problem | None:
    """The invisible-character problem of one cell, if reported."""
    return next(
        (
            p
            for p in problems
            if (p.file, p.row, p.code) == (file, row, "invisible_character") and dict(p.params).get("column") == column
        ),
        None,
    )


@pytest.mark.parametrize("name", list(REFUSED_CHARACTERS))
def test_invisible_characters_in_text_are_refused(name, data_copy):
    edit(data_copy, FIGURES, "نحو 7058 ضربة", f"نحو {REFUSED_CHARACTERS[name]}7058 ضربة")
    problem = _invisible(data.find_problems(data_copy), FIGURES, "strikes_total", "quote")
    assert problem is not None, name
    assert dict(problem.params)["char"].startswith(f"U+{ord(REFUSED_CHARACTERS[name]):04X}")


@pytest.mark.parametrize("place", list(TEXT_PLACES))
def test_an_override_is_refused_in_every_text_file(place, data_copy, capsys):
    file, old, new, row, column = TEXT_PLACES[place]
    edit(data_copy, file, old, new.format(c="\u202e"))
    problem = _invisible(data.find_problems(data_copy), file, row, column)
    assert problem is not None, data.find_problems(data_copy)
    assert main(["check", str(data_copy)]) == 1
    line = Locale("en").problem(problem)
    assert line in capsys.readouterr().err.splitlines()
    assert line.startswith(f"{file}: row {row}: {column} ") and "U+202E" in line
    assert "\u202e" not in line and "\u202e" not in Locale("ar").problem(problem)


@pytest.mark.parametrize(
    "mark", ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c"], ids=["ZWNJ", "ZWJ", "LRM", "RLM", "ALM"]
)
def test_marks_arabic_text_uses_are_kept(mark, data_copy):
    edit(data_copy, FIGURES, "نحو 7058 ضربة", f"نحو{mark} 7058 ضربة")
    edit(data_copy, SOURCES, ",الجزيرة نت,", f",الجزيرة{mark} نت,")
    assert data.find_problems(data_copy) == []


@pytest.mark.parametrize(
    "cell", ["\u200f7058\u200f", "\u202b7058\u202c", "\u2067٧٠٥٨\u2069"], ids=["RLM", "RLE", "RLI"]
)
def test_direction_marks_around_a_number_are_tolerated(cell, data_copy):
    edit(data_copy, FIGURES, "strikes_total,7058", f"strikes_total,{cell}")
    assert data.load(data_copy).value("strikes_total") == 7058


def test_unknown_figure_id_is_refused(data_copy, capsys):
    lines = (data_copy / FIGURES).read_text(encoding="utf-8").splitlines()
    line = next(x for x in lines if x.startswith("strikes_iraq,"))
    with (data_copy / FIGURES).open("a", encoding="utf-8") as handle:
        handle.write(line.replace("strikes_iraq,", "strikes_syria,", 1) + "\n")
    problems = data.find_problems(data_copy)
    assert [(p.file, p.row, p.code) for p in problems] == [(FIGURES, "strikes_syria", "unknown_figure")]
    assert main(["check", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "figures.csv: row strikes_syria: " in err and "strikes_total" in err


def test_known_figures_are_the_required_ones():
    assert set(data.KNOWN_FIGURES) == set(data.REQUIRED_FIGURES)


def _replace_with(path: Path, make) -> None:
    """Put something else where a data file was."""
    path.unlink()
    make(path)


def _sparse(path: Path, size: int) -> None:
    """A file of the given size that takes no room on disk."""
    with path.open("r+b") as handle:
        handle.truncate(size)


def _refuse(monkeypatch, path: Path, error: OSError) -> None:
    """Make every way of opening path fail as an unreadable file does (tests run as root: chmod 000 cannot)."""
    import builtins
    import io as io_module
    import os

    def guard(real):
        def opener(target, *args, **kwargs):
            if isinstance(target, (str, bytes, os.PathLike)) and Path(os.fsdecode(target)) == path:
                raise error
            return real(target, *args, **kwargs)

        return opener

    monkeypatch.setattr(os, "open", guard(os.open))
    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(io_module, "open", guard(io_module.open))
    for method in ("open", "read_bytes", "read_text"):
        monkeypatch.setattr(Path, method, guard(getattr(Path, method)))


# (how to make a data file unreadable, the file, the problem code)
FILE_CASES = {
    "directory": (lambda d, mp: _replace_with(d / FIGURES, Path.mkdir), FIGURES, "is_directory"),
    "named pipe": (lambda d, mp: _replace_with(d / FIGURES, os.mkfifo), FIGURES, "special_file"),
    "named pipe for sources": (lambda d, mp: _replace_with(d / SOURCES, os.mkfifo), SOURCES, "special_file"),
    "device": (
        lambda d, mp: _replace_with(d / MONTHLY_FILE, lambda p: p.symlink_to("/dev/zero")),
        MONTHLY_FILE,
        "special_file",
    ),
    "permission denied": (
        lambda d, mp: _refuse(mp, d / FIGURES, PermissionError(13, "Permission denied")),
        FIGURES,
        "no_permission",
    ),
    "input/output error": (
        lambda d, mp: _refuse(mp, d / SOURCES, OSError(5, "Input/output error")),
        SOURCES,
        "unreadable",
    ),
    "over the size limit": (lambda d, mp: _sparse(d / FIGURES, data.MAX_FILE_BYTES + 1), FIGURES, "too_large"),
}


def finish(function, *args, seconds: float = 30):
    """Run function in a thread and fail instead of hanging (reading a named pipe would block)."""
    result: list = []

    def run() -> None:
        try:
            result.append(function(*args))
        except BaseException as error:  # noqa: BLE001 - handed back to the test below
            result.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"{function.__name__} did not finish within {seconds} s"
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


@pytest.mark.parametrize("case", list(FILE_CASES))
def test_unreadable_files_give_one_problem(case, data_copy, monkeypatch):
    breaker, file, code = FILE_CASES[case]
    breaker(data_copy, monkeypatch)
    problems = finish(data.find_problems, data_copy)
    assert [(p.file, p.code) for p in problems] == [(file, code)]


@pytest.mark.parametrize("case", list(FILE_CASES))
@pytest.mark.parametrize("command", ["check", "tables", "export"])
def test_unreadable_files_give_one_line_from_each_command(case, command, data_copy, monkeypatch, capsys, tmp_path):
    breaker, file, code = FILE_CASES[case]
    target = tmp_path / "report.html"
    argv = {
        "check": ["check", str(data_copy)],
        "tables": ["tables", "--json", "--data-dir", str(data_copy)],
        "export": ["export", str(target), "--lang", "en", "--data-dir", str(data_copy)],
    }[command]
    breaker(data_copy, monkeypatch)
    assert finish(main, argv) == 1
    captured = capsys.readouterr()
    problems = finish(data.find_problems, data_copy)
    assert [p.code for p in problems] == [code]
    assert captured.err.splitlines() == [Locale("en").problem(problems[0])]
    assert "Traceback" not in captured.err and "cannot write" not in captured.err
    assert not target.exists() and not captured.out


def test_export_still_says_when_it_cannot_write(data_copy, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "report.html"
    assert main(["export", str(target), "--lang", "en", "--data-dir", str(data_copy)]) == 1
    assert capsys.readouterr().err.startswith(f"cannot write {target}")


def test_the_size_limit_is_ten_megabytes():
    assert data.MAX_FILE_BYTES == 10 * 1024 * 1024


def _many_rows(directory: Path, name: str, size: int, new_id) -> int:
    """Grow one data file of directory to about size bytes under new ids (bench.data_check.grow), validly."""
    return grow(directory / name, size, new_id, dated=name == MONTHLY_FILE)


def test_a_sound_file_near_the_limit_is_checked(data_copy):
    """About 30,000 valid rows: linear work, done in a few seconds (the speed itself is for make bench)."""
    added = _many_rows(data_copy, MONTHLY_FILE, data.MAX_FILE_BYTES - 100_000, lambda old, i: f"{old}_{i}")
    assert added > 30_000
    dataset = data.load(data_copy)
    assert len(dataset.monthly) == added + 16


def test_many_problems_are_summed_up(data_copy):
    _many_rows(data_copy, FIGURES, data.MAX_FILE_BYTES - 100_000, lambda old, i: f"extra_{i}")
    problems = data.find_problems(data_copy)
    assert len(problems) == data.MAX_PROBLEMS_PER_FILE + 1
    assert {p.code for p in problems[:-1]} == {"unknown_figure"}
    assert problems[-1].code == "more_problems" and int(dict(problems[-1].params)["count"].replace(",", "")) > 40_000


def test_no_problem_is_built_when_the_data_is_sound(data_copy, monkeypatch):
    """Problems cost time: building one for every passing test made check 20 times slower."""
    built = []
    real = data.Problem.of.__func__
    monkeypatch.setattr(data.Problem, "of", classmethod(lambda cls, *a, **k: built.append(a) or real(cls, *a, **k)))
    _many_rows(data_copy, MONTHLY_FILE, 50_000, lambda old, i: f"{old}_{i}")
    assert data.find_problems(data_copy) == []
    assert built == []


KEPT_MARKS = {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c"}  # ZWNJ, ZWJ, LRM, RLM, ALM


def test_the_refused_characters_are_every_control_and_format_character_but_the_kept_marks():
    import unicodedata

    chars = map(chr, range(0x110000))
    invisible = {c for c in chars if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")} - KEPT_MARKS
    refused = {chr(c) for c in range(0x110000) if data.INVISIBLE.fullmatch(chr(c))}
    assert refused == invisible
