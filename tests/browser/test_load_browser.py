"""A room opens the link at once: twelve browser sessions, every chart drawn, the server still up."""

from __future__ import annotations

import urllib.request

import pytest

from tests.browser.test_browser import DOM_QUIET, SCRIPT_DONE

SESSIONS = 12


@pytest.mark.parametrize("path, charts, metrics", [("", 0, 6), ("strikes", 1, 0)])
def test_twelve_readers_at_once(browser, server, path, charts, metrics):
    contexts = [browser.new_context(viewport={"width": 1366, "height": 768}) for _ in range(SESSIONS)]
    pages = [context.new_page() for context in contexts]
    errors: list[str] = []
    for page in pages:
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{server}/{path}", wait_until="commit")  # all twelve load at the same time
    for page in pages:
        page.wait_for_selector("h1", timeout=90_000)
        page.wait_for_function(SCRIPT_DONE, timeout=90_000)
        page.wait_for_function(
            "n => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n", arg=charts, timeout=90_000
        )
        page.wait_for_function(
            "n => document.querySelectorAll('.aw-card').length >= n", arg=metrics, timeout=90_000
        )
        page.evaluate(DOM_QUIET)
        assert page.query_selector_all("[data-testid=stException]") == []
    assert errors == []
    with urllib.request.urlopen(f"{server}/_stcore/health", timeout=5) as response:
        assert response.status == 200
    for context in contexts:
        context.close()
