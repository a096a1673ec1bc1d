"""`make bench`: the dashboard against plain Streamlit, side by side in one run, at laptop and phone size.

Three servers run at once on loopback, all without Streamlit's file watcher (as the dashboard is
configured): the dashboard; bench/reference_app.py (plain Streamlit, plotly express defaults, the same
pages); and bench/reference_single.py (plain Streamlit drawing the dashboard's own chart alone on one
page: no navigation, no sidebar). Headless Chromium loads each page in a fresh context, alternating
dashboard and reference, at 1366×768 (laptop) and 390×844 (phone), and times navigation to every chart
drawn; at laptop size also clicks (page change, language change) to the new page drawn, the static
report from file://, and each server's resident memory. An untimed pass records, for each chart page and
its single-chart reference, what the browser received (websocket and HTTP bytes), Chrome's performance
counters (script, layout, style) and when Streamlit's script started and finished. Medians and ratios
are printed and written to bench/results.json; then twelve readers open a page at once (bench/load.py). A missed
target exits 1, except with --quick.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.load import READERS, readers
from tools.browser import INSTALL_HINT, ROOT, find_chromium, launch, serve

RESULTS = ROOT / "bench" / "results.json"
VIEWPORTS = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
# Plain Streamlit's defaults, except the file watcher: the dashboard turns it off, so the references do too.
REFERENCE_OPTIONS = ("--server.fileWatcherType", "none")
# What "drawn" means: the script has finished and the page shows its charts (or its headline numbers);
# a title of null means the page has no h1 (the single-chart reference).
READY = """([charts, metrics, title]) => {
  const app = document.querySelector('[data-testid=stApp]');
  const h1 = document.querySelector('h1');
  return app?.dataset.testScriptState === 'notRunning'
    && (title === null || (h1 && h1.innerText.includes(title)))
    && document.querySelectorAll('.js-plotly-plot .main-svg').length >= charts
    && document.querySelectorAll('[data-testid=stMetric], .aw-card').length >= metrics;  // the reference's metrics, our cards
}"""
# Records when Streamlit's script state changes, for the untimed pass (an observer would slow the timed runs).
STATE_LOG = """window.__states = [];
new MutationObserver(() => {
  const state = document.querySelector('[data-testid=stApp]')?.dataset.testScriptState;
  if (state && window.__states.at(-1)?.[0] !== state) window.__states.push([state, performance.now()]);
}).observe(document, {subtree: true, childList: true, attributes: true});"""
PAGES = {  # name: (path, charts, metrics)
    "home": ("", 0, 5),
    "strikes": ("strikes", 1, 0),
    "us_share": ("us_share", 1, 0),
    "casualties": ("casualties", 1, 0),
}
CHART_PAGES = ("strikes", "us_share", "casualties", "context")  # each against bench/reference_single.py
TARGETS = {
    "home": 1.15,
    "page_change": 1.15,
    "memory": 1.2,
    "single_chart": 1.15,
    "report": 0.7,
    "report_first_view": 0.2,
}
RERUN_TARGET_MS = 50
TIMEOUT_MS = int(os.environ.get("BENCH_TIMEOUT_MS", "120000"))
Timings = dict[str, dict[str, dict[str, list[float]]]]  # section: measure: side: seconds


def load_time(browser, url: str, charts: int, metrics: int, viewport: dict, title: str | None = "") -> float:
    """Seconds from navigation to the page drawn, in a fresh browser context."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_function(READY, arg=[charts, metrics, title], timeout=TIMEOUT_MS, polling="raf")
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def click_time(browser, url: str, selector: str, charts_before: int, charts: int, title: str) -> float:
    """Seconds from a click to the new page (its title and charts) drawn, at laptop size."""
    context = browser.new_context(viewport=VIEWPORTS["laptop"])
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(READY, arg=[charts_before, 0, ""], timeout=TIMEOUT_MS)
    page.locator(selector).first.wait_for(state="visible", timeout=TIMEOUT_MS)  # what is clicked is there
    start = time.perf_counter()
    page.click(selector)
    page.wait_for_function(READY, arg=[charts, 0, title], timeout=TIMEOUT_MS, polling="raf")
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def report_time(browser, path: Path) -> float:
    """Seconds from opening the static report from disk to all its charts drawn."""
    page = browser.new_page(viewport=VIEWPORTS["laptop"])
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 3", timeout=TIMEOUT_MS, polling="raf"
    )
    elapsed = time.perf_counter() - start
    page.close()
    return elapsed


def script_phases(states: list[list]) -> dict[str, int | None]:
    """When Streamlit's script started, and for how long it ran, from the logged states (None when not seen).

    A run that starts and ends between two observer callbacks shows only its end: no "running" state.
    """
    started = next((at for state, at in states if state == "running"), None)
    finished = next((at for state, at in reversed(states) if state == "notRunning"), None)
    if started is None or finished is None:
        return {"to_script_start_ms": None, "script_run_ms": None}
    return {"to_script_start_ms": round(started), "script_run_ms": round(finished - started)}


def profile(browser, url: str, title: str | None) -> dict[str, float | int | None]:
    """One untimed load of a chart page at laptop size: bytes received, Chrome's counters, script phases."""
    context = browser.new_context(viewport=VIEWPORTS["laptop"])
    context.add_init_script(STATE_LOG)
    page = context.new_page()
    received = {"websocket": 0, "http": 0, "requests": 0}

    def count(kind: str, size: int) -> None:
        received[kind] += size
        received["requests"] += kind == "http"

    page.on("websocket", lambda socket: socket.on("framereceived", lambda payload: count("websocket", len(payload))))
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    cdp.send("Network.enable")
    cdp.on("Network.loadingFinished", lambda event: count("http", int(event["encodedDataLength"])))
    page.goto(url, wait_until="commit")
    page.wait_for_function(READY, arg=[1, 0, title], timeout=TIMEOUT_MS, polling="raf")
    drawn, states = page.evaluate("() => [performance.now(), window.__states]")
    counters = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    context.close()
    return {
        "websocket_kb": round(received["websocket"] / 1024, 1),
        "http_kb": round(received["http"] / 1024, 1),
        "http_requests": received["requests"],
        "dom_nodes": int(counters.get("Nodes", 0)),
        "script_ms": round(counters.get("ScriptDuration", 0) * 1000),
        "layout_ms": round(counters.get("LayoutDuration", 0) * 1000),
        "style_ms": round(counters.get("RecalcStyleDuration", 0) * 1000),
        "task_ms": round(counters.get("TaskDuration", 0) * 1000),
        "to_drawn_ms": round(drawn),
        **script_phases(states),
    }


def profiles(browser, dashboard: str, single: str) -> dict[str, dict[str, dict[str, float | int | None]]]:
    """The untimed pass over every chart page and its single-chart reference."""
    return {
        name: {
            "dashboard": profile(browser, f"{dashboard}/{name}", ""),
            "reference": profile(browser, f"{single}/?chart={name}", None),
        }
        for name in CHART_PAGES
    }


def resident_mib(pid: int) -> float:
    """A process's resident memory in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rerun_ms(runs: int) -> float:
    """Median server-side time of a page rerun (AppTest, warm caches), in milliseconds."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    app.switch_page("pages/strikes.py").run()
    app.run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        app.run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def in_order(ours: Callable[[], float], theirs: Callable[[], float], first: int) -> tuple[float, float]:
    """Run both measurements, dashboard first when first is 0; return (dashboard, reference)."""
    if first == 0:
        mine = ours()
        return mine, theirs()
    other = theirs()
    return ours(), other


def measure(browser, urls: dict[str, str], runs: int) -> Timings:
    """Alternate dashboard and references over fresh contexts at both sizes; return every timing."""
    timings: Timings = {}

    def record(section: str, name: str, both: tuple[float, float]) -> None:
        sides = timings.setdefault(section, {}).setdefault(name, {"dashboard": [], "reference": []})
        sides["dashboard"].append(both[0])
        sides["reference"].append(both[1])

    dashboard, reference, single = urls["dashboard"], urls["reference"], urls["single"]
    ours_nav, their_nav = ".st-key-aw-nav a[href*='strikes']", "[data-testid=stSidebarNav] a[href$='/strikes']"
    english = "[data-testid=stSidebar] [data-testid=stRadioOption] >> text='{}'"
    for run in range(runs):
        first = run % 2  # alternate who goes first
        for size, viewport in VIEWPORTS.items():
            for name, (path, charts, metrics) in PAGES.items():
                record(
                    size,
                    name,
                    in_order(
                        partial(load_time, browser, f"{dashboard}/{path}", charts, metrics, viewport),
                        partial(load_time, browser, f"{reference}/{path}", charts, metrics, viewport),
                        first,
                    ),
                )
            for name in CHART_PAGES:
                record(
                    f"single_{size}",
                    name,
                    in_order(
                        partial(load_time, browser, f"{dashboard}/{name}", 1, 0, viewport),
                        partial(load_time, browser, f"{single}/?chart={name}", 1, 0, viewport, None),
                        first,
                    ),
                )
        # Clicks need the sidebar open: laptop size only.
        record(
            "laptop",
            "page_change",
            in_order(
                lambda: click_time(browser, f"{dashboard}/", ours_nav, 0, 1, "كيف توزعت"),
                lambda: click_time(browser, f"{reference}/", their_nav, 0, 1, "strikes"),
                first,
            ),
        )
        record(
            "laptop",
            "language_change",
            in_order(
                lambda: click_time(browser, f"{dashboard}/strikes", english.format("English"), 1, 1, "How the strikes"),
                lambda: click_time(browser, f"{reference}/strikes", english.format("en"), 1, 1, "(en)"),
                first,
            ),
        )
    return timings


def medians(sides: dict[str, list[float]]) -> dict[str, float]:
    """Median of each side and their ratio."""
    ours, theirs = statistics.median(sides["dashboard"]), statistics.median(sides["reference"])
    return {"dashboard": round(ours, 3), "reference": round(theirs, 3), "ratio": round(ours / theirs, 2)}


def summarise(timings: Timings, memory: dict, rerun: float, report: dict, runs: int) -> dict:
    """Medians, ratios and whether each target is met."""
    summary: dict = {"runs": runs, "machine": f"{os.cpu_count()} cores", "viewports": VIEWPORTS}
    summary["timings_s"] = {size: {name: medians(sides) for name, sides in timings[size].items()} for size in VIEWPORTS}
    summary["single_chart"] = {
        size: {name: medians(sides) for name, sides in timings[f"single_{size}"].items()} for size in VIEWPORTS
    }
    summary["memory_mib"] = {k: round(v, 1) for k, v in memory.items()} | {
        "ratio": round(memory["dashboard"] / memory["reference"], 2)
    }
    summary["rerun_ms"] = round(rerun, 1)
    summary["report_s"] = report
    laptop = summary["timings_s"]["laptop"]
    summary["targets"] = {
        "home": laptop["home"]["ratio"] <= TARGETS["home"],
        "page_change": laptop["page_change"]["ratio"] <= TARGETS["page_change"],
        "memory": summary["memory_mib"]["ratio"] <= TARGETS["memory"],
        "rerun": rerun <= RERUN_TARGET_MS,
        "report": report["ratio"] <= TARGETS["report"],
    } | {
        f"single_chart_{size}": all(row["ratio"] <= TARGETS["single_chart"] for row in rows.values())
        for size, rows in summary["single_chart"].items()
    }
    return summary


def print_summary(summary: dict) -> None:
    """The printed table: every measure, both sides, the ratio."""
    row = "{:<30}{:>10.3f}s{:>10.3f}s{:>8.2f}"
    print(f"\n{'measure':<30}{'dashboard':>11}{'reference':>11}{'ratio':>8}")
    for size, rows in summary["timings_s"].items():
        for name, times in rows.items():
            print(row.format(f"{name} ({size})", times["dashboard"], times["reference"], times["ratio"]))
    for size, rows in summary["single_chart"].items():
        for name, times in rows.items():
            print(
                row.format(f"{name} vs single chart ({size})", times["dashboard"], times["reference"], times["ratio"])
            )
    memory = summary["memory_mib"]
    print(f"{'server memory':<30}{memory['dashboard']:>8.1f}MiB{memory['reference']:>8.1f}MiB{memory['ratio']:>8.2f}")
    report = summary["report_s"]
    print(row.format("static report vs all charts", report["report"], report["reference_all"], report["ratio"]))
    print(f"{'rerun (server)':<30}{summary['rerun_ms']:>9.1f}ms")
    if "profile" in summary:
        print("\nuntimed pass, laptop (dashboard / single chart):")
        for name, sides in summary["profile"].items():
            ours, theirs = sides["dashboard"], sides["reference"]
            print(f"  {name}: " + ", ".join(f"{key} {ours[key]}/{theirs[key]}" for key in ours))
    for name, room in summary.get("readers", {}).items():
        print(
            f"{room['readers']} readers at once, {name}: {room['drawn']} drawn in {room['seconds']:.1f}s, "
            f"{len(room['errors'])} errors, server {'up' if room['server_healthy'] else 'DOWN'}"
        )
    print("targets:", ", ".join(f"{k} {'met' if ok else 'MISSED'}" for k, ok in summary["targets"].items()))


def static_report(browser, reference: str, runs: int) -> dict:
    """The static report from file:// against plain Streamlit drawing its three charts on one page."""
    from airwars import report as builder

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        path = builder.export(Path(folder) / "report.html")
        built = time.perf_counter() - start
        size = round(path.stat().st_size / 1e6, 2)
        ours = statistics.median(report_time(browser, path) for _ in range(runs))
    theirs = statistics.median(load_time(browser, f"{reference}/all", 3, 0, VIEWPORTS["laptop"]) for _ in range(runs))
    return {
        "report": round(ours, 3),
        "reference_all": round(theirs, 3),
        "ratio": round(ours / theirs, 2),
        "build_s": round(built, 2),
        "size_mb": size,
    }


# The report's first view: every text in (the footer parsed, the font loaded) and every chart (four, five since the gap
# chart) on screen with a size: drawn at export as inline SVG, or already replaced by plotly.js.
FIRST_VIEW = """() => document.querySelector('footer .source') && document.fonts.status === 'loaded'
  && [...document.querySelectorAll('figure.chart-block')].every(f => [...f.querySelectorAll('svg.aw-chart-svg, .main-svg')]
       .some(s => s.getBoundingClientRect().height > 0)) && document.querySelectorAll('figure.chart-block').length >= 4"""


# When a condition first holds, read in the page itself: an init script checks it before every frame and notes the time.
# Asked from here instead (wait_for_function), the answer waits for the page's main thread to take the question, and it
# may be busy with what comes after the first view (the report's plotly.js), so the bench measured that too.
FRAME_CLOCK = """(() => {
  const check = __CHECK__;
  const frame = () => {
    let held = false;
    try { held = check(); } catch (error) { held = false; }
    if (held) window.__firstFrame = performance.timeOrigin + performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();"""


def first_frame(browser, url: str, check: str) -> float:
    """Seconds from asking for url, in a fresh context at laptop size, to the first frame in which check() holds."""
    context = browser.new_context(viewport=VIEWPORTS["laptop"])
    context.add_init_script(FRAME_CLOCK.replace("__CHECK__", check))
    page = context.new_page()
    start = time.time() * 1000  # the page's clock (performance.timeOrigin) is the same wall clock, in milliseconds
    page.goto(url, wait_until="commit")
    page.wait_for_function("() => window.__firstFrame", timeout=TIMEOUT_MS)
    seen = page.evaluate("() => window.__firstFrame")
    context.close()
    return (seen - start) / 1000


def report_first_view(browser, empty: str, runs: int) -> dict:
    """The static report's first view from file:// against plain Streamlit's empty page (bench/reference_empty.py), both
    timed to the first frame that shows them (FRAME_CLOCK), alternating."""
    from airwars import report as builder

    empty_drawn = f"() => ({READY})([0, 0, 'Empty'])"
    with tempfile.TemporaryDirectory() as folder:
        path = builder.export(Path(folder) / "report.html")
        ours, theirs = [], []
        for run in range(runs):
            both = in_order(
                partial(first_frame, browser, path.as_uri(), FIRST_VIEW),
                partial(first_frame, browser, empty, empty_drawn),
                run % 2,
            )
            ours.append(both[0])
            theirs.append(both[1])
    mine, other = statistics.median(ours), statistics.median(theirs)
    return {"report": round(mine, 3), "reference_empty": round(other, 3), "ratio": round(mine / other, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="fresh browser contexts per measure (default 7)")
    parser.add_argument(
        "--quick", action="store_true", help="one run, no warm-up, never fails: checks that the bench works"
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    runs = 1 if args.quick else max(args.runs, 7)
    chromium = find_chromium()
    if not chromium:
        print(INSTALL_HINT, file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    load_before = os.getloadavg()[0]
    references = {"cwd": ROOT / "bench", "options": REFERENCE_OPTIONS, "env": {"PYTHONPATH": str(ROOT)}}
    with (
        serve() as dashboard,
        serve("reference_app.py", **references) as reference,
        serve("reference_single.py", **references) as single,
        serve("reference_empty.py", **references) as empty,
        sync_playwright() as playwright,
    ):
        browser = launch(playwright, chromium)
        urls = {"dashboard": dashboard.url, "reference": reference.url, "single": single.url}
        if not args.quick:
            measure(browser, urls, 1)  # warm-up: imports, caches, browser
        timings = measure(browser, urls, runs)
        memory = {"dashboard": resident_mib(dashboard.pid), "reference": resident_mib(reference.pid)}
        report = static_report(browser, reference.url, runs)
        first_view = report_first_view(browser, empty.url, runs)
        profiled = profiles(browser, dashboard.url, single.url)
        rooms = {name: readers(browser, dashboard.url, PAGES[name][0], PAGES[name][1]) for name in ("home", "strikes")}
        browser.close()
    summary = summarise(timings, memory, rerun_ms(5 if args.quick else 30), report, runs)
    summary["profile"] = profiled
    summary["readers"] = {
        name: {
            "readers": READERS,
            "drawn": room.drawn,
            "seconds": room.seconds,
            "errors": room.errors,
            "server_healthy": room.healthy,
        }
        for name, room in rooms.items()
    }
    summary["targets"]["readers"] = all(
        room.drawn == READERS and not room.errors and room.healthy for room in rooms.values()
    )
    summary["report_first_view_s"] = first_view
    summary["targets"]["report_first_view"] = first_view["ratio"] <= TARGETS["report_first_view"]
    print(
        f"{'report first view vs empty page':<30}{first_view['report']:>10.3f}s{first_view['reference_empty']:>10.3f}s"
        f"{first_view['ratio']:>8.2f}"
    )
    summary["load_average"] = {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)}
    print_summary(summary)
    args.output.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {args.output}; 1-minute load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after "
        f"on {os.cpu_count()} cores (above the core count, ratios are noisy)"
    )
    return 0 if args.quick or all(summary["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
