"""Browser fixtures: one dashboard server and one Chromium for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools.browser import INSTALL_HINT, ROOT, find_chromium, launch

ARTIFACTS = ROOT / "artifacts"


def skipping_browser() -> bool:
    """REQUIRE_BROWSER=0 skips the browser tests on purpose, locally only: CI never skips them."""
    return os.environ.get("REQUIRE_BROWSER") == "0" and not os.environ.get("CI")


def pytest_collection_modifyitems(items):
    skip = pytest.mark.skip(reason="REQUIRE_BROWSER=0: browser tests skipped on purpose")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
        # Whatever needs Chromium (directly or through the server and browser fixtures), even when it is installed.
        if skipping_browser() and "chromium_path" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path:
        return path
    pytest.fail(INSTALL_HINT, pytrace=False)


@pytest.fixture(scope="session")
def server(chromium_path, dashboard) -> str:
    """The session's dashboard (tests/conftest.py), for tests that need Chromium too."""
    return dashboard.url


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = launch(playwright, chromium_path)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
