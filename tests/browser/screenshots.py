"""Regenerate the README's screenshot: `make screenshots` (python -m tests.browser.screenshots)."""

from __future__ import annotations

import sys

from tests.browser.test_browser import open_page
from tools.browser import INSTALL_HINT, ROOT, find_chromium, launch, serve

SHOTS = {
    "docs/screenshot.png": ("strikes", 1, "", (1366, 900)),
    "docs/screenshot-en.png": ("casualties", 1, "?lang=en", (1366, 900)),
    "docs/screenshot-phone.png": ("", 0, "", (390, 844)),
    "docs/screenshot-phone-en.png": ("strikes", 1, "?lang=en", (390, 844)),
    "docs/screenshot-tablet.png": ("us_share", 1, "", (768, 1024)),
}


def main() -> int:
    """Start the dashboard, open each page in Chromium and save its picture."""
    from playwright.sync_api import sync_playwright

    chromium = find_chromium()
    if not chromium:
        print(INSTALL_HINT, file=sys.stderr)
        return 1
    with serve() as running, sync_playwright() as playwright:
        url = running.url
        browser = launch(playwright, chromium)
        for target, (path, charts, query, size) in SHOTS.items():
            visit = open_page(browser, url, path, charts, query, size)
            (ROOT / target).parent.mkdir(exist_ok=True)
            visit.page.screenshot(path=str(ROOT / target))
            visit.page.context.close()
            print(f"wrote {target}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
