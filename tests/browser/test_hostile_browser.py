"""Markup in every text column of the data files, in a real Chromium: nothing leaves the machine, nothing breaks,
no override character reaches the page, and the report still draws its charts."""

from __future__ import annotations

import shutil
from urllib.parse import urlparse

import pytest

from airwars import report
from airwars.text import strip_isolates
from tests.browser.test_browser import PAGES, SCRIPT_DONE
from tests.conftest import DATA_DIR
from tests.test_hostile import MARKUP_PAYLOADS, TEXT_COLUMNS, _put_in_column
from tools.browser import DRAWN_CHARTS, REPORT_DRAWN, serve

LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"
# plotly.js 4's "Share chart..." button, which would post the figure to cloud.plotly.com (airwars/slides.plotly_config).
SHARE_BUTTON = ".modebar-btn[data-title='Share chart...']"


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory):
    """A copy of data/ with a different payload appended to each text column."""
    target = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(DATA_DIR, target)
    places = [(f, c) for f, columns in TEXT_COLUMNS.items() for c in columns]
    for index, (file, column) in enumerate(places):
        _put_in_column(target, file, column, " ".join(MARKUP_PAYLOADS[index :: len(places)]))
    return target


def _guard(page, left: list[str]) -> None:
    """Abort, and record, every request that is not to loopback or an in-page URL."""

    def handle(route):
        url = route.request.url
        if url.startswith(("data:", "blob:", "about:", "file:")) or urlparse(url).hostname in LOOPBACK:
            route.continue_()
        else:
            left.append(url)
            route.abort()

    page.route("**/*", handle)


def test_pages_with_markup_in_the_data(browser, hostile_data):
    left, errors = [], []
    with serve(env={"AIRWARS_DATA_DIR": str(hostile_data)}) as running:
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        for path, _, charts in PAGES:
            page = context.new_page()
            _guard(page, left)
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{running.url}/{path}")
            page.wait_for_selector("h1", timeout=60_000)
            page.wait_for_function(SCRIPT_DONE, timeout=60_000)
            page.wait_for_function(f"n => {DRAWN_CHARTS} >= n", arg=charts, timeout=60_000)
            text = page.evaluate("() => document.body.innerText")
            assert not any(char in text for char in OVERRIDES), path
            assert page.query_selector_all("[data-testid=stException]") == [], path
            assert page.query_selector_all("main img, [data-testid=stMain] img") == [], "no image from the data"
            assert page.query_selector_all(SHARE_BUTTON) == [], "plotly.js's button that posts the chart to its cloud"
            page.close()
        context.close()
    assert left == [], "no request leaves the machine"
    assert errors == []


def test_report_with_markup_in_the_data(browser, hostile_data, tmp_path):
    path = report.export(tmp_path / "report.html", hostile_data)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    left, errors = [], []
    _guard(page, left)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_function(REPORT_DRAWN, timeout=30_000)
    # The text as a reader selects and copies it: innerText leaves out the blocks the report lays out only near the
    # window (content-visibility), which a reader still finds, selects and copies.
    text = page.evaluate("() => { const s = getSelection(); s.selectAllChildren(document.body); return s.toString(); }")
    assert not any(char in text for char in OVERRIDES)
    for shown in (
        "![x](http://example.invalid/x.png)",
        "&#x202E;8507",
        "<img src=x onerror=alert(1)>",
        "</table><b>x</b>",
    ):
        # Latin runs inside Arabic text are isolated (text.isolate_latin): invisible marks, the characters all there.
        assert shown in strip_isolates(text), f"{shown} is shown as text"
    assert left == [] and errors == []
    assert page.query_selector_all(SHARE_BUTTON) == []
    page.close()
