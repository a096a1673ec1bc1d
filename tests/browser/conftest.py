"""Browser fixtures: one dashboard server and one Chromium for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools.browser import INSTALL_HINT, ROOT, find_chromium, launch, serve

ARTIFACTS = ROOT / "artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path:
        return path
    if os.environ.get("REQUIRE_BROWSER") == "0" and not os.environ.get("CI"):
        pytest.skip("REQUIRE_BROWSER=0: browser tests skipped on purpose")
    pytest.fail(INSTALL_HINT, pytrace=False)


@pytest.fixture(scope="session")
def server(chromium_path) -> str:
    with serve() as running:
        yield running.url


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
