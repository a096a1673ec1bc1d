"""Hostile data, requests and text: never a traceback, always a message; nothing written, nothing injected."""

from __future__ import annotations

import ast
import csv
import hashlib
import io
import re
from html import escape
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from airwars import data, extract, tables
from airwars.__main__ import main
from airwars.i18n import Locale
from tests.conftest import DATA_DIR, ROOT
from tests.test_data import FILE_CASES
from tests.test_pages import PAGES, charts_drawn, figure_spec, html_text, open_page

FIGURES = (DATA_DIR / "figures.csv").read_text(encoding="utf-8")
HEADER, *ROWS = list(csv.reader(io.StringIO(FIGURES)))
NASTY_CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "1e309",
            "9" * 400,
            "-1",
            "0",
            "١٢٣",
            "٧٬٠٥٨",
            "كثير",
            "نحو",
            "\u200f70\u200f",
            "\u202e1800",
            '"',
            '""',
            "'",
            "=cmd|' /C calc'!A0",
            "+1+1",
            "@SUM(A1)",
            "-2+3",
            "x" * 100_000,
            "\x00",
            "\r\n",
            ",",
            "range",
            "percent",
            "about",
            "aljazeera_2015_09_29",
            "2015-13-40",
            "<script>alert(1)</script>",
        ]
    ),
    st.text(max_size=50),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)


@st.composite
def mutated_figures(draw) -> str:
    """figures.csv with cells replaced, columns reordered or dropped, rows dropped or doubled."""
    header = list(HEADER)
    rows = [list(r) for r in ROWS]
    for _ in range(draw(st.integers(0, 6))):
        row, column = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, len(header) - 1))
        rows[row][column] = draw(NASTY_CELLS)
    if draw(st.booleans()):
        order = draw(st.permutations(range(len(header))))
        header = [header[i] for i in order]
        rows = [[r[i] for i in order] for r in rows]
    if draw(st.integers(0, 4)) == 0:
        drop = draw(st.integers(0, len(header) - 1))
        header = header[:drop] + header[drop + 1 :]
        rows = [r[:drop] + r[drop + 1 :] for r in rows]
    if draw(st.integers(0, 4)) == 0:
        rows = draw(st.lists(st.sampled_from(rows), max_size=8))
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=mutated_figures())
def test_check_never_raises_on_mutated_data(content, data_copy, capsys):
    (data_copy / "figures.csv").write_text(content, encoding="utf-8")
    code = main(["check", str(data_copy)])
    captured = capsys.readouterr()
    assert code in (0, 1)
    if code == 1:
        assert captured.err.strip(), "a failure says why"
        assert all(line.startswith("figures.csv") for line in captured.err.strip().splitlines())
    else:
        tables.build_tables(data.load(data_copy))  # sound data must tabulate too


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=3000))
@example(raw=b"\r\x00")  # pandas read it and the csv module raised: a traceback from `check` (found by a random run)
def test_check_never_raises_on_random_bytes(raw, data_copy, capsys):
    (data_copy / "figures.csv").write_bytes(raw)
    assert main(["check", str(data_copy)]) in (0, 1)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(alphabet='",\n\r\t ab\\١٢و', max_size=200))
def test_check_never_raises_on_broken_csv(body, data_copy, capsys):
    """Unbalanced quotes and ragged rows: pandas' parser errors become a message."""
    (data_copy / "figures.csv").write_text(",".join(HEADER) + "\n" + body, encoding="utf-8")
    assert main(["check", str(data_copy)]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=mutated_figures())
def test_dashboard_shows_an_error_box_not_a_traceback(content, data_copy, monkeypatch):
    (data_copy / "figures.csv").write_text(content, encoding="utf-8")
    monkeypatch.setenv("AIRWARS_DATA_DIR", str(data_copy))
    for path in ("pages/strikes.py", "pages/casualties.py"):
        app = open_page(path)
        assert not app.exception, app.exception
        assert any('role="alert"' in h.proto.body for h in app.get("html")) or charts_drawn(app)


QUERY_VALUES = st.one_of(st.text(max_size=300), st.sampled_from(["ar", "en", "1", "0", "arabic", "<b>x</b>", "\x00"]))


@settings(max_examples=25, deadline=None)
@given(
    path=st.sampled_from(list(PAGES)),
    lang=QUERY_VALUES,
    digits=QUERY_VALUES,
    present=QUERY_VALUES,
    extra=st.dictionaries(st.text(min_size=1, max_size=20), st.text(max_size=50), max_size=3),
)
def test_random_query_parameters_never_raise(path, lang, digits, present, extra):
    app = open_page(path, **{**extra, "lang": lang, "digits": digits, "present": present})
    assert not app.exception, app.exception


@settings(max_examples=200, deadline=None)
@given(
    raw=st.one_of(
        st.binary(max_size=5000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(
            alphabet=st.sampled_from("٠١٢٣٤٥٦٧٨٩0123456789 ,.٬٫%٪وألفآلافمليوننحوأكثرمنبينماثلثربع\u0640\u064e\n"),
            max_size=400,
        ).map(lambda t: t.encode()),
    )
)
def test_finder_never_raises(raw):
    try:
        found = extract.extract(raw)
    except extract.ExtractError as error:
        assert error.code in ("empty", "binary", "no_arabic", "too_large", "encoding")
        return
    text = extract.decode(raw)
    for figure in found:
        assert text[figure.start : figure.end] == figure.phrase


def test_finder_on_a_megabyte_and_mixed_encodings():
    sentence = "نفّذ التحالف نحو 7058 ضربة، وقتل أكثر من 15 ألف مقاتل. "
    big = (sentence * (extract.MAX_BYTES // len(sentence.encode())))[: extract.MAX_BYTES // 2]
    assert len(extract.extract(big.encode())) > 100
    mixed = sentence.encode("utf-8") + sentence.encode("cp1256")
    assert extract.extract(mixed)  # not UTF-8 as a whole: read as Windows-1256, no exception
    with pytest.raises(extract.ExtractError):
        extract.extract(("x" * (extract.MAX_BYTES + 10)).encode())


@given(text=st.text(max_size=300))
def test_highlight_escapes_any_text(text):
    html = extract.highlight_html(text, extract.find(text) if text.strip() else [])
    bare = re.sub(r'</?mark( class="figure")?>', "", html)
    assert bare == escape(text).replace("\n", "<br>")


@given(cell=st.text(max_size=30), number=st.integers(-(10**6), 10**6))
def test_csv_never_starts_a_text_cell_with_a_formula(cell, number):
    content = tables.csv_bytes(pd.DataFrame({"text": [cell], "number": [number]})).decode("utf-8-sig")
    parsed = next(csv.DictReader(io.StringIO(content, newline="")))
    assert not parsed["text"].startswith(("=", "+", "-", "@", "\t", "\r"))
    assert int(parsed["number"]) == number


SOURCE_DIRS = ("ui", "pages")


def _html_calls() -> list[tuple[str, ast.Call]]:
    """Every st.html call and every call with unsafe_allow_html in the app's Streamlit code."""
    calls = []
    for directory in SOURCE_DIRS:
        for path in sorted((ROOT / directory).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                unsafe = any(k.arg in ("unsafe_allow_html", "unsafe_allow_javascript") for k in node.keywords)
                if name == "html" or unsafe:
                    calls.append((f"{directory}/{path.name}", node))
    return calls


def _names(node: ast.AST) -> set[str]:
    """The names and called functions an expression is built from."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


# What each injected HTML may be built from: constants read from our own files, or the escaping highlighter.
ALLOWED_HTML = {
    "ui/shell.py": {"css", "BASE_CSS", "RTL_CSS", "PRESENT_CSS", "presenting", "loc", "rtl", "document_script"},
    # The shared templates autoescape every value (airwars/markup.py).
    "ui/view.py": {
        "markup",
        "table",
        "source_lines",
        "problems",
        "frame",
        "content",
        "loc",
        "t",
        "problem",
        "paragraphs",
        "cite",
        "cards",
        "citation",
        "licence_lines",
        "dates_lines",
        "page",
        "dataset",
        # the intro and method notes, filled with the page's facts (some carry data text) and escaped
        "story",
        "fill",
        "facts",
        "key",
        "keys",
    },
    # The finder's own autoescaped template (airwars/templates/finder.html.j2): the reader's text as pieces, ours as labels.
    "ui/finder.py": {
        "extract",
        "text_pieces",
        "_template",
        "str",
        "loc",
        "t",
        "text",
        "table_html",
        "SHOWN",
        "found",
        "shown_text",
        "marked",
    },
}


# The one script the app runs: ui/document.js, filled in from the labels files only (ui/shell.document_script).
SCRIPT_CALLS = {("ui/shell.py", "document_script")}


def test_no_unsafe_html_flags():
    assert not [f for f, call in _html_calls() if any(k.arg == "unsafe_allow_html" for k in call.keywords)]
    scripts = {
        (f, call.args[0].func.id if isinstance(call.args[0], ast.Call) else "")
        for f, call in _html_calls()
        if any(k.arg == "unsafe_allow_javascript" for k in call.keywords)
    }
    assert scripts == SCRIPT_CALLS


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_document_script_is_built_from_labels_only(lang):
    from ui import shell

    script = shell.document_script(Locale(lang))
    # One script element; no "<" + letter inside it (DOMPurify would drop the script, and nothing can close it early).
    assert script.startswith("<script>") and script.endswith("</script>")
    assert not re.search(r"<[/\w!]", script[len("<script>") : -len("</script>")])
    assert f'"lang": "{lang}"' in script and "__SETTINGS__" not in script


def test_every_injected_html_comes_from_constants_or_is_escaped():
    calls = _html_calls()
    assert {f for f, _ in calls} == set(ALLOWED_HTML), "a new place injects HTML: check it and list it here"
    for file, call in calls:
        built_from = set().union(*(_names(arg) for arg in call.args))
        assert built_from <= ALLOWED_HTML[file], (file, built_from - ALLOWED_HTML[file])


def test_css_is_built_from_our_files_only():
    from ui import shell

    for css in (shell.BASE_CSS, shell.RTL_CSS, shell.PRESENT_CSS):
        assert "<" not in css and "url(" not in css


def test_hostile_text_in_the_finder_is_shown_as_text():
    app = open_page("pages/finder.py")
    app.text_area[0].input("<script>alert(1)</script><img src=x onerror=alert(2)> قتل 300 شخص").run()
    assert not app.exception
    body = next(e.proto.body for e in app.get("html") if "finder-text" in e.proto.body)
    assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;" in body and re.search(
        r'<mark class="figure figure-figure" id="finder-fig-0"><a [^>]*>300</a></mark>', body
    )


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_running_every_page_leaves_data_untouched():
    before = _digest(DATA_DIR)
    for path in [*PAGES, "pages/finder.py"]:
        for params in ({}, {"lang": "en", "digits": "arabic"}, {"present": "1"}):
            app = open_page(path, **params)
            assert not app.exception
    finder = open_page("pages/finder.py")
    finder.text_area[0].input("قتل 300 شخص").run()
    assert _digest(DATA_DIR) == before


# Hostile data files: each gives the dashboard an error box naming the problem, never an exception.
HOSTILE_FILES = {  # case: (how to break the data, the problem it must give)
    "override in a publisher": (
        lambda d, mp: _edit(d / "sources.csv", ",الجزيرة نت,", ",الجزيرة\u202e نت,"),
        "invisible_character",
    ),
    "isolate in a quote": (
        lambda d, mp: _edit(d / "figures.csv", "نحو 7058 ضربة", "نحو \u20667058\u2069 ضربة"),
        "invisible_character",
    ),
    "unknown figure id": (
        lambda d, mp: _append_copy(d / "figures.csv", "strikes_iraq,", "strikes_syria,"),
        "unknown_figure",
    ),
    **{case: (breaker, code) for case, (breaker, _, code) in FILE_CASES.items()},
}


def _append_copy(path: Path, start: str, new_start: str) -> None:
    """Add a copy of the row that starts with start, under a new id."""
    row = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(start))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(new_start + row.removeprefix(start) + "\n")


def _edit(path: Path, old: str, new: str) -> None:
    content = path.read_text(encoding="utf-8")
    assert old in content
    path.write_text(content.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("case", list(HOSTILE_FILES))
def test_hostile_data_files_reach_the_error_box(case, data_copy, monkeypatch):
    breaker, code = HOSTILE_FILES[case]
    breaker(data_copy, monkeypatch)
    monkeypatch.setenv("AIRWARS_DATA_DIR", str(data_copy))
    problems = data.find_problems(data_copy)
    assert [p.code for p in problems] == [code]
    app = open_page("pages/sources.py")
    assert not app.exception, app.exception
    shown = " ".join(html_text(h.proto.body) for h in app.get("html") if 'role="alert"' in h.proto.body)
    for problem in problems:
        assert Locale("ar").problem(problem) in shown, problem


# Markup of every kind a data file could carry: Markdown, Streamlit directives, HTML, Plotly markup, entities.
MARKUP_PAYLOADS = [
    "![x](http://example.invalid/x.png)",
    ":red[x]",
    "$x^2$",
    ":smile:",
    '<a href="http://example.invalid/">x</a>',
    '<span style="font-size:90px">x</span>',
    "<!--",
    "&#x202E;8507",
    "<script>alert(1)</script>",
    "**x** _y_",
    "[x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "</table><b>x</b>",
]
TEXT_COLUMNS = {
    "figures.csv": ("quote",),
    "airwars_monthly_2015.csv": ("quote",),
    "sources.csv": ("publisher", "publisher_en", "title", "cites", "cites_en"),
}


def _put_in_column(directory: Path, file: str, column: str, payload: str) -> None:
    """Append the payload to every cell of one text column of one data file."""
    path = directory / file
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    for row in rows:
        row[column] = f"{row[column]} {payload}"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _interpreting_text(app) -> str:
    """Everything a page hands to an element that reads Markdown or directives: data text must never be there."""
    parts = [
        e.value
        for kind in ("title", "header", "markdown", "caption", "error", "warning", "info")
        for e in getattr(app, kind)
    ]
    return "\n".join(str(p) for p in parts)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payload=st.sampled_from(MARKUP_PAYLOADS),
    place=st.sampled_from([(f, c) for f, columns in TEXT_COLUMNS.items() for c in columns]),
)
def test_markup_in_any_text_column_is_shown_as_text(payload, place, data_copy, monkeypatch):
    _put_in_column(data_copy, *place, payload)
    monkeypatch.setenv("AIRWARS_DATA_DIR", str(data_copy))
    assert data.find_problems(data_copy) == [], "markup is not refused: it is shown as text"
    for path in PAGES:
        app = open_page(path)
        assert not app.exception, app.exception
        assert payload not in _interpreting_text(app), (path, payload)
        for piece in app.get("html"):
            assert payload not in piece.proto.body or "<" not in payload and "&" not in payload, (path, payload)
        for chart in charts_drawn(app):
            assert payload not in figure_spec(chart) or "<" not in payload


@pytest.mark.parametrize("payload", MARKUP_PAYLOADS)
def test_markup_in_the_data_reaches_the_report_as_text(payload, data_copy):
    import markupsafe

    from airwars import report

    for file, columns in TEXT_COLUMNS.items():
        for column in columns:
            _put_in_column(data_copy, file, column, payload)
    document = report.from_data_dir(data_copy)
    body = re.sub(r"<script[^>]*>.*?</script>", "", document, flags=re.S)
    if "<" in payload or "&" in payload:
        assert payload not in body
    assert str(markupsafe.escape(payload)) in body  # as Jinja's autoescape writes it
    # The charts' data rides as JSON in a script element: tojson writes «<» as \u003c, so no markup and no end of
    # the element; the report's own scripts are code, and hold the payload nowhere.
    specs = re.search(r'<script type="application/json" id="chart-specs">(.*?)</script>', document, flags=re.S)
    assert specs is not None and "<" not in specs.group(1)
    for script in re.findall(r"<script[^>]*>(.*?)</script>", document, flags=re.S):
        assert payload not in script or ("<" not in payload and "&" not in payload)


# Values from the browser are input like any other: a forged rerun message may carry anything for a widget's state,
# and the page address (st.context.url) is whatever the browser says.
ODD_WIDGET_VALUES = [
    ("lang", ["ar"]),
    ("lang", None),
    ("lang", "fr"),
    ("digits", {"a": 1}),
    ("present", "yes"),
    ("present", ["1"]),
    ("present", 1.5),
]


@pytest.mark.parametrize("key, value", ODD_WIDGET_VALUES, ids=[f"{k}={v!r}" for k, v in ODD_WIDGET_VALUES])
def test_an_odd_widget_value_does_not_break_the_session(key, value):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.session_state[key] = value
    app.run()
    assert not app.exception, app.exception
    assert app.title, "the page is drawn"
    app.switch_page("pages/strikes.py").run()  # and the session goes on
    assert not app.exception and charts_drawn(app)


@pytest.mark.parametrize("url", ["http://[::1/strikes", "javascript:alert(1)//x", "http://a b/<script>", "", "http://"])
def test_a_forged_page_address_gives_the_local_link(url):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.context["url"] = url
    app.run()
    assert not app.exception, app.exception
    links = [c.value for c in app.get("code")]
    assert links and all(
        link.startswith(("http://localhost:8501/", "http://"))
        and "<" not in link
        and " " not in link
        and "javascript" not in link
        for link in links
    ), links


def test_a_foreign_origin_makes_streamlit_look_up_the_external_address_as_the_readme_says(monkeypatch):
    """Streamlit 1.67 has no setting that skips the lookup: the README says exactly what leaves the machine, and when."""
    from streamlit import net_util
    from streamlit.testing.v1.util import patch_config_options
    from streamlit.web.server.starlette import starlette_websocket

    asked: list[str] = []
    monkeypatch.setattr(net_util, "_make_blocking_http_get", lambda url, timeout=5: asked.append(url))
    monkeypatch.setattr(net_util, "_external_ip", None)
    options = {
        "server.enableCORS": True,
        "server.allowedHosts": ["localhost", "127.0.0.1"],
        "browser.serverAddress": "localhost",
    }
    with patch_config_options(options):
        assert not starlette_websocket._is_origin_allowed("https://attacker.example", "localhost:8501")
        assert starlette_websocket._is_origin_allowed(None, "localhost:8501")
    assert asked == ["http://checkip.amazonaws.com", "https://checkip.amazonaws.com"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "goes nowhere" not in readme
    assert "checkip.amazonaws.com" in readme and "DNS query" in readme and "enableCORS" in readme


@pytest.mark.parametrize("lang, size, separator", [("ar", "1 ميغابايت", "، "), ("en", "1 MB", ", ")])
def test_uploader_limit_line_is_written_in_the_readers_language(lang, size, separator):
    """Streamlit's «1MB per file · TXT, MD» is rebuilt from labels: «1 ميغابايت للملف الواحد · TXT، MD» in Arabic."""
    import json

    from airwars.text import strip_isolates
    from ui import shell

    script = shell.document_script(Locale(lang))
    settings = json.loads(re.search(r"const s = (\{.*?\});", script, re.S).group(1))
    assert strip_isolates(settings["upload_size"]) == size
    assert settings["list_separator"] == separator
    assert ".join(s.list_separator)" in script
