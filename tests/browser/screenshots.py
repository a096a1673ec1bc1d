"""Regenerate the README's screenshots: `make screenshots` (python -m tests.browser.screenshots).

With --artifacts (`make bench` runs it), every page at laptop and desktop size into artifacts/ instead, to look at.
"""

from __future__ import annotations

import argparse
import sys

from tests.browser.test_browser import PAGES, open_page
from tools.browser import INSTALL_HINT, ROOT, find_chromium, launch, serve

SHOTS = {
    "docs/screenshot.png": ("strikes", 1, "", (1366, 900)),
    "docs/screenshot-en.png": ("casualties", 1, "?lang=en", (1366, 900)),
    "docs/screenshot-phone.png": ("", 0, "", (390, 844)),
    "docs/screenshot-phone-en.png": ("strikes", 1, "?lang=en", (390, 844)),
    "docs/screenshot-tablet.png": ("us_share", 1, "", (768, 1024)),
}
SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}


def every_page() -> dict[str, tuple[str, int, str, tuple[int, int]]]:
    """artifacts/<page>-<size>.png for every page at every size."""
    return {
        f"artifacts/{key}-{size}.png": (path, charts, "", dims)
        for size, dims in SIZES.items()
        for path, key, charts in PAGES
    }


def main(argv: list[str] | None = None) -> int:
    """Start the dashboard, open each page in Chromium and save its picture."""
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(prog="python -m tests.browser.screenshots", description=__doc__)
    parser.add_argument("--artifacts", action="store_true", help="every page at two sizes into artifacts/")
    shots = every_page() if parser.parse_args(argv).artifacts else SHOTS
    chromium = find_chromium()
    if not chromium:
        print(INSTALL_HINT, file=sys.stderr)
        return 1
    with serve() as running, sync_playwright() as playwright:
        url = running.url
        browser = launch(playwright, chromium)
        for target, (path, charts, query, size) in shots.items():
            visit = open_page(browser, url, path, charts, query, size)
            (ROOT / target).parent.mkdir(exist_ok=True)
            visit.page.screenshot(path=str(ROOT / target))
            visit.page.context.close()
            print(f"wrote {target}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
