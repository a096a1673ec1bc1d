"""A room opens the link at once: many browser sessions load one page together; every one must draw it.

`make bench` runs twelve readers on the home page and on a chart page; make test runs a three-reader smoke test.
"""

from __future__ import annotations

import time
import urllib.request
from dataclasses import dataclass, field

from tools.browser import DRAWN

VIEWPORT = {"width": 1366, "height": 768}
READERS = 12


@dataclass
class Room:
    """What the readers saw: seconds until the last one had the page drawn, errors, and whether the server lived."""

    seconds: float
    drawn: int
    errors: list[str] = field(default_factory=list)
    healthy: bool = False


def readers(browser, server: str, path: str, charts: int, count: int = READERS, timeout: float = 120_000) -> Room:
    """Open server/path in `count` fresh browser contexts at the same moment; wait until each has drawn the page."""
    contexts = [browser.new_context(viewport=VIEWPORT) for _ in range(count)]
    errors: list[str] = []
    start = time.perf_counter()
    pages = []
    for context in contexts:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{server}/{path}", wait_until="commit")  # all of them load at the same time
        pages.append(page)
    drawn = 0
    for page in pages:
        page.wait_for_function(DRAWN, arg=[charts, "ar", False], timeout=timeout)
        drawn += page.locator("[data-testid=stException]").count() == 0
    seconds = time.perf_counter() - start
    for context in contexts:
        context.close()
    with urllib.request.urlopen(f"{server}/_stcore/health", timeout=5) as response:
        healthy = response.status == 200
    return Room(round(seconds, 2), drawn, errors, healthy)
