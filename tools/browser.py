"""Start the dashboard on a free loopback port and launch the system Chromium (for tests, screenshots, bench).

Imports nothing from tests/: bench/ and tests/ both use it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
INSTALL_HINT = (
    "No Chromium found for the browser tests. Install Debian's: `sudo apt-get install chromium` "
    "(make test does it when run as root), or set CHROMIUM=/path/to/chromium. "
    "To skip the browser tests on purpose, locally only: REQUIRE_BROWSER=0 make test."
)


# Streamlit's run state: the one internal the waits read (no public signal says a script run has ended).
SCRIPT_DONE = "() => document.querySelector('[data-testid=stApp]')?.dataset.testScriptState === 'notRunning'"
# The dashboard's charts that plotly.js has drawn (it makes two or three .main-svg layers for each chart, so counting
# those says less than it seems).
DRAWN_CHARTS = "[...document.querySelectorAll('.aw-chart')].filter(c => c.querySelector('.main-svg')).length"
# The static report is drawn when every chart block is: its live charts take the pictures' places one at a time, and
# its script marks each figure .drawn once plotly.js has drawn it.
REPORT_DRAWN = (
    "() => document.querySelectorAll('figure.drawn').length === document.querySelectorAll('figure.chart-block').length"
)
# A page of the dashboard is drawn when its script has ended, ui/document.js has given <html> the reader's language,
# its charts are drawn and its last element is there: the citation box (the finder's uploader on its page), or in
# presenter mode the way out, with the sidebar gone. Each is a condition of the page itself, never a pause.
DRAWN = """([charts, lang, present]) => {
  const app = document.querySelector('[data-testid=stApp]');
  const sidebar = document.querySelector('[data-testid=stSidebar]');
  return app?.dataset.testScriptState === 'notRunning'
    && document.documentElement.lang === lang
    && document.querySelector('h1') !== null
    && __DRAWN_CHARTS__ >= charts
    && (present ? document.querySelector('.st-key-present-exit button') !== null  // and the sidebar folded away:
                  && (!sidebar?.getClientRects().length || getComputedStyle(sidebar).visibility === 'hidden')
                : document.querySelector('.aw-cite, .st-key-finder-file') !== null);
}""".replace("__DRAWN_CHARTS__", DRAWN_CHARTS)


def wait_drawn(page: Page, charts: int, query: str = "", timeout: float = 60_000) -> None:
    """Wait until a dashboard page opened with this query string is drawn (DRAWN), then until its fonts are."""
    lang = "en" if "lang=en" in query else "ar"
    page.wait_for_function(DRAWN, arg=[charts, lang, "present=1" in query], timeout=timeout)
    page.evaluate("() => document.fonts.ready.then(() => true)")


def find_chromium() -> str | None:
    """The Chromium to drive: $CHROMIUM, else the system one."""
    candidates = [os.environ.get("CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((c for c in candidates if c and Path(c).is_file()), None)


def launch(playwright: Playwright, chromium: str | None = None) -> Browser:
    """Headless system Chromium with the project's flags (Playwright's own download does not work offline)."""
    path = chromium or find_chromium()
    if not path:
        raise RuntimeError(INSTALL_HINT)
    return playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)


def free_port() -> int:
    """A port nobody listens on, on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    """Wait for Streamlit's health endpoint, failing early if the server died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer /_stcore/health within {timeout} s")


@dataclass(frozen=True)
class Server:
    """A running Streamlit server: where it answers, and its process id (for memory readings)."""

    url: str
    pid: int


@contextmanager
def serve(
    script: str = "dashboard.py", env: dict[str, str] | None = None, cwd: Path = ROOT, options: tuple[str, ...] = ()
) -> Iterator[Server]:
    """Run `streamlit run SCRIPT [OPTIONS]` on a free loopback port; yield the server; stop it afterwards."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        *options,
    ]
    log = Path(tempfile.mkstemp(prefix="airwars-server-", suffix=".log")[1])
    with log.open("w") as sink:
        process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=sink, stderr=sink)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, log)
        yield Server(url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.unlink(missing_ok=True)
