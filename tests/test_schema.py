"""The data contract (airwars/data.py's schema): what `check` accepts, `tables`, `export` and every page draw.

Each case below is an edit of the shipped files that once passed `check` and then crashed the tables, the report and
every page (or that passed when it should not): now it is refused in words, in both languages, or drawn everywhere.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from airwars import data, report, tables
from airwars.__main__ import main
from airwars.i18n import Locale
from tests.conftest import DATA_DIR, ROOT
from tests.test_pages import PAGES, html_text

FIGURES, MONTHLY, SOURCES = data.FIGURES_FILE, data.MONTHLY_FILE, data.SOURCES_FILE


def edit(directory: Path, name: str, old: str, new: str) -> None:
    """Replace text in one data file; fail loudly when the text is not there."""
    path = directory / name
    content = path.read_text(encoding="utf-8")
    assert old in content, f"{old!r} not in {name}"
    path.write_text(content.replace(old, new, 1), encoding="utf-8")


def keep_rows(directory: Path, name: str, keep) -> None:
    """Keep the header and the rows for which keep(row as a dict) is true."""
    path = directory / name
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    write_rows(path, list(rows[0]), [row for row in rows if keep(row)])


def write_rows(path: Path, header: list[str], rows: list[dict]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def append_row(directory: Path, name: str, **cells: str) -> None:
    """Add a copy of the file's first row with some cells changed."""
    path = directory / name
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    write_rows(path, list(rows[0]), [*rows, {**rows[0], **cells}])


ARTICLE = "2015-09-29"
# (how to edit the shipped files, the problem check must name; None: the edit is sound and must be drawn everywhere)
EDITS = {
    "range without its maximum": (
        lambda d: edit(d, FIGURES, "civilian_deaths,500,1800,people,range", "civilian_deaths,500,,people,about"),
        "needs_range",
    ),
    "a maximum with a single-value qualifier": (
        lambda d: edit(d, FIGURES, "civilian_deaths,500,1800,people,range", "civilian_deaths,500,1800,people,about"),
        "max_without_range",
    ),
    "a maximum on an open-ended claim": (
        lambda d: edit(d, FIGURES, "fighters_killed_claimed,15000,,", "fighters_killed_claimed,15000,20000,"),
        "max_without_range",
    ),
    "totals of zero": (
        lambda d: (
            edit(d, FIGURES, "strikes_total,7058", "strikes_total,0"),
            edit(d, FIGURES, "strikes_iraq,4564", "strikes_iraq,0"),
        ),
        "total_not_positive",
    ),
    "a share of 100%": (lambda d: edit(d, FIGURES, "us_share_iraq,70", "us_share_iraq,100"), "share_leaves_no_others"),
    "two rows for one date and metric": (
        lambda d: append_row(d, MONTHLY, id="again", value="5900"),
        "duplicate_metric",
    ),
    "30 February": (
        lambda d: edit(d, MONTHLY, "2015-08-31_strikes_total,2015-08-31", "2015-08-31_strikes_total,2015-02-30"),
        "bad_date",
    ),
    "31 April": (lambda d: edit(d, FIGURES, "2014-09,2015-09-29", "2014-09,2015-04-31"), "bad_date"),
    "an Arabic-Indic year": (
        lambda d: edit(d, MONTHLY, "2015-08-31_strikes_total,2015-08-31", "2015-08-31_strikes_total,٢٠١٥-08-31"),
        "bad_date",
    ),
    "column names repeated once trimmed": (
        lambda d: edit(d, FIGURES, "id,value,", "id, id,value,"),
        "duplicate_column",
    ),
    "7,5 for 7.5": (lambda d: edit(d, FIGURES, "us_share_iraq,70", 'us_share_iraq,"7,5"'), "bad_separator"),
    "a period ending before it starts within one month": (
        lambda d: edit(
            d, MONTHLY, "airwars_2015_08_03,2014-08-08,2015-08-03", "airwars_2015_08_03,2015-08-20,2015-08-03"
        ),
        "period_inverted",
    ),
    "published on 30 February": (lambda d: edit(d, SOURCES, ",2015-11,", ",2015-02-30,"), "bad_published"),
    "published left empty": (lambda d: edit(d, SOURCES, ",unknown,", ",,"), "empty_field"),
    # Optional: the pages say what is missing and go on.
    "no count before the article": (lambda d: keep_rows(d, MONTHLY, lambda r: r["as_of"] > ARTICLE), None),
    "no count after the article": (
        lambda d: keep_rows(d, MONTHLY, lambda r: not (ARTICLE < r["as_of"] < "2016")),
        None,
    ),
    "no civilian rows": (lambda d: keep_rows(d, MONTHLY, lambda r: "civilian" not in r["metric"]), None),
    "only one metric": (lambda d: keep_rows(d, MONTHLY, lambda r: r["metric"] == "strikes_total"), None),
    "only civilian figures": (
        lambda d: keep_rows(d, MONTHLY, lambda r: r["metric"] == "civilian_deaths_credible"),
        None,
    ),
    "no later US shares": (lambda d: keep_rows(d, MONTHLY, lambda r: "us_share" not in r["metric"]), None),
    "a publication year alone": (lambda d: edit(d, SOURCES, ",2016-08,", ",2016,"), None),
}
# What a page says in place of what the monthly file lacks (labels missing.*).
MISSING_SAID = {
    "no count before the article": ("pages/context.py", "missing.before"),
    "no count after the article": ("pages/context.py", "missing.after"),
    "no civilian rows": ("pages/casualties.py", "missing.civilian"),
    "only one metric": ("pages/us_share.py", "missing.us_share"),
    "no later US shares": ("pages/us_share.py", "missing.us_share"),
}


def every_page(directory: Path, lang: str, monkeypatch) -> dict[str, str]:
    """Run every page of one session in one language; the text each shows (raises on an exception)."""
    monkeypatch.setenv("AIRWARS_DATA_DIR", str(directory))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.query_params["lang"] = lang
    shown = {}
    for path in PAGES:
        (app.switch_page(path) if path != "pages/overview.py" else app).run()
        assert not app.exception, (path, lang, app.exception)
        texts = [html_text(h.proto.body) for h in app.get("html")] + [m.value for m in app.markdown]
        shown[path] = "\n".join(texts)
    return shown


def drawn_everywhere(directory: Path, monkeypatch, pages: bool = True) -> dict[str, dict[str, str]]:
    """tables, export (both languages) and, unless pages is False, every page in both languages, without an exception."""
    tables.build_tables(data.load(directory))
    for lang in ("ar", "en"):
        report.from_data_dir(directory, lang)
    return {lang: every_page(directory, lang, monkeypatch) for lang in ("ar", "en")} if pages else {}


@pytest.mark.parametrize("case", list(EDITS))
def test_an_edit_is_refused_in_words_or_drawn_everywhere(case, data_copy, monkeypatch, capsys):
    breaker, code = EDITS[case]
    breaker(data_copy)
    problems = data.find_problems(data_copy)
    if code is None:
        assert problems == [], problems
        shown = drawn_everywhere(data_copy, monkeypatch)
        if case in MISSING_SAID:
            path, key = MISSING_SAID[case]
            for lang in ("ar", "en"):
                assert Locale(lang).t(key) in shown[lang][path], (case, lang)
        return
    assert code in [p.code for p in problems], problems
    for lang in ("ar", "en"):
        assert main(["check", "--data-dir", str(data_copy), "--lang", lang]) == 1
        err = capsys.readouterr().err
        expected = Locale(lang).problem(next(p for p in problems if p.code == code))
        assert expected in err.splitlines() and "Traceback" not in err
        assert "{" not in expected, "every placeholder of the message is filled"


def test_the_shipped_files_publish_unknown_dates_as_the_word(dataset):
    assert ",," not in ",".join(line.split(",")[4] for line in (DATA_DIR / SOURCES).read_text().splitlines()[1:])
    # The August 2015 report's date is not known; the September one's page says October 2015 (issue 25).
    assert (DATA_DIR / SOURCES).read_text(encoding="utf-8").count(",unknown,") == 1
    assert dataset.sources.at["airwars_2015_08", "published"] == ""  # loaded: unknown reads as no date


def test_one_schema_is_declared_with_pandera():
    import pandera.pandas as pa

    for schema in (data.figures_schema(set()), data.monthly_schema(set()), data.sources_schema()):
        assert isinstance(schema, pa.DataFrameSchema)
    # Each rule names a problem that has a message in both languages.
    schemas = (data.figures_schema(set()), data.monthly_schema(set()), data.sources_schema())
    names = {
        check.name.partition("@")[0]
        for schema in schemas
        for check in [*schema.checks, *(c for column in schema.columns.values() for c in column.checks)]
    }
    for lang in ("ar", "en"):
        labels = Locale(lang).labels
        missing = {n for n in names if f"problem.{n}" not in labels and n != "url_kind_mismatch"}
        assert not missing, (lang, missing)


# --- Valid data of every shape the schema allows: it must draw ------------------------------------------------------
COUNTS = st.integers(1, 2_000_000)
QUALIFIED = st.sampled_from(["about", "exact", "more_than", "at_least"])


@st.composite
def valid_data(draw) -> tuple[list[dict], list[dict]]:
    """figures.csv and airwars_monthly_2015.csv rows that the schema must accept."""
    figures = {r["id"]: r for r in csv.DictReader(io.StringIO((DATA_DIR / FIGURES).read_text(encoding="utf-8")))}
    total = draw(COUNTS)
    low = draw(st.integers(0, 10**6))
    figures["strikes_total"] |= {"value": str(total), "qualifier": draw(QUALIFIED)}
    figures["strikes_iraq"] |= {"value": str(draw(st.integers(0, total))), "qualifier": draw(QUALIFIED)}
    figures["us_share_iraq"] |= {"value": str(draw(st.integers(0, 99))), "qualifier": draw(QUALIFIED)}
    figures["civilian_deaths"] |= {"value": str(low), "value_max": str(draw(st.integers(low, low + 10**6)))}
    figures["fighters_killed_claimed"] |= {"value": str(draw(st.integers(0, 10**7))), "qualifier": draw(QUALIFIED)}
    monthly = []
    base = next(csv.DictReader(io.StringIO((DATA_DIR / MONTHLY).read_text(encoding="utf-8"))))
    days = draw(
        st.lists(
            st.dates(
                min_value=__import__("datetime").date(2014, 9, 1), max_value=__import__("datetime").date(2017, 12, 31)
            ),
            max_size=6,
            unique=True,
        )
    )
    for day in days:
        metrics = draw(st.lists(st.sampled_from(list(data.METRICS)), min_size=1, max_size=4, unique=True))
        count = draw(COUNTS)
        for metric in metrics:
            unit = data.METRICS[metric]
            value = draw(st.integers(0, 100)) if unit == "percent" else count
            if metric == "strikes_iraq" and "strikes_total" in metrics:
                value = draw(st.integers(0, count))
            ranged = metric == "civilian_deaths_credible" and draw(st.booleans())
            monthly.append(
                base
                | {
                    "id": f"{day}_{metric}",
                    "as_of": day.isoformat(),
                    "metric": metric,
                    "value": str(value),
                    "value_max": str(value + draw(st.integers(0, 1000))) if ranged else "",
                    "unit": unit,
                    "qualifier": "range" if ranged else draw(QUALIFIED),
                    "period_start": "2014-08-08",
                    "period_end": day.isoformat(),
                }
            )
    return list(figures.values()), monthly


def _write(directory: Path, figures: list[dict], monthly: list[dict]) -> None:
    write_rows(directory / FIGURES, list(figures[0]), figures)
    header = next(csv.reader(io.StringIO((DATA_DIR / MONTHLY).read_text(encoding="utf-8"))))
    if monthly:
        write_rows(directory / MONTHLY, header, monthly)
    else:  # a monthly file needs one row: keep the shipped first one (hypothesis reuses the folder between examples)
        (directory / MONTHLY).write_bytes((DATA_DIR / MONTHLY).read_bytes())
        keep_rows(directory, MONTHLY, lambda r: r["id"] == "2015-08-03_strikes_total")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=valid_data())
def test_valid_data_tabulates_and_exports(files, data_copy, monkeypatch):
    _write(data_copy, *files)
    assert data.find_problems(data_copy) == []
    drawn_everywhere(data_copy, monkeypatch, pages=False)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=valid_data())
def test_valid_data_draws_every_page_in_both_languages(files, data_copy, monkeypatch):
    _write(data_copy, *files)
    assert data.find_problems(data_copy) == []
    drawn_everywhere(data_copy, monkeypatch)


# --- Edits of the shipped monthly file: refused in words, or drawn ---------------------------------------------------
MONTHLY_ROWS = list(csv.DictReader(io.StringIO((DATA_DIR / MONTHLY).read_text(encoding="utf-8"))))
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "100",
            "2015-02-30",
            "2015-09-29",
            "2016",
            "٢٠١٥-09-30",
            "7,5",
            "1,000",
            "range",
            "about",
            "strikes_total",
            "share_iraq",
            "civilian_deaths_claimed",
            "percent",
            "airwars_2015_09",
            "nobody",
            "-1",
            "1e9",
            "NaN",
        ]
    ),
    st.integers(-5, 10**6).map(str),
)


@st.composite
def edited_monthly(draw) -> list[dict]:
    rows = draw(st.lists(st.sampled_from(MONTHLY_ROWS), min_size=1, max_size=len(MONTHLY_ROWS)))
    rows = [dict(row, id=f"{i}_{row['id']}") for i, row in enumerate(rows)]
    for _ in range(draw(st.integers(0, 4))):
        row = draw(st.integers(0, len(rows) - 1))
        rows[row][draw(st.sampled_from(list(rows[0])[1:]))] = draw(CELLS)
    return rows


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=edited_monthly())
def test_edits_of_the_monthly_file_are_refused_or_drawn(rows, data_copy, monkeypatch, capsys):
    write_rows(data_copy / MONTHLY, list(MONTHLY_ROWS[0]), rows)
    code = main(["check", str(data_copy)])
    captured = capsys.readouterr()
    if code == 1:
        lines = captured.err.strip().splitlines()
        assert lines and all(line.startswith(MONTHLY) for line in lines), lines
        assert "{" not in captured.err and "Traceback" not in captured.err
    else:
        assert code == 0
        drawn_everywhere(data_copy, monkeypatch, pages=False)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=edited_monthly())
def test_accepted_edits_of_the_monthly_file_draw_every_page(rows, data_copy, monkeypatch):
    write_rows(data_copy / MONTHLY, list(MONTHLY_ROWS[0]), rows)
    if data.find_problems(data_copy) == []:
        drawn_everywhere(data_copy, monkeypatch)


def test_a_long_table_is_shown_cut_with_its_rows_counted(built):
    from airwars import story

    long = built["monthly_counts"].sample(n=200, replace=True, random_state=1).sort_values("as_of", ignore_index=True)
    shown = story.display_table("monthly_counts", long, Locale("en"))
    assert len(shown) == story.MAX_SHOWN_ROWS + 1
    gap = shown.iloc[story.MAX_SHOWN_ROWS // 2, 0]
    assert "160 more rows" in gap and "200 in all" in gap
