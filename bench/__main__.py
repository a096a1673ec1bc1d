"""`make bench`: the dashboard against plain Streamlit (bench/reference_app.py), side by side in one run.

Both servers run at once on loopback; headless Chromium loads each page in a fresh context,
alternating dashboard and reference, and times navigation to every chart drawn, clicks (page
change, language change) to the new page drawn, the static report from file://, and each
server's resident memory. Medians and ratios are printed and written to bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tools.browser import CHROMIUM_ARGS, INSTALL_HINT, ROOT, find_chromium, serve

RESULTS = ROOT / "bench" / "results.json"
VIEWPORT = {"width": 1366, "height": 768}
# What "drawn" means: the script has finished and the page shows its charts (or its headline numbers).
READY = """([charts, metrics, title]) => {
  const app = document.querySelector('[data-testid=stApp]');
  const h1 = document.querySelector('h1');
  return app?.dataset.testScriptState === 'notRunning' && h1 && (!title || h1.innerText.includes(title))
    && document.querySelectorAll('.js-plotly-plot .main-svg').length >= charts
    && document.querySelectorAll('[data-testid=stMetric]').length >= metrics;
}"""
PAGES = {  # name: (path, charts, metrics)
    "home": ("", 0, 5),
    "strikes": ("strikes", 1, 0),
    "us_share": ("us_share", 1, 0),
    "casualties": ("casualties", 1, 0),
}
TARGETS = {"home": 1.15, "page_change": 1.15, "memory": 1.2}
RERUN_TARGET_MS = 50
TIMEOUT_MS = int(os.environ.get("BENCH_TIMEOUT_MS", "120000"))


def load_time(browser, url: str, charts: int, metrics: int) -> float:
    """Seconds from navigation to the page drawn, in a fresh browser context."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_function(READY, arg=[charts, metrics, ""], timeout=TIMEOUT_MS, polling="raf")
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def click_time(browser, url: str, selector: str, charts_before: int, charts: int, title: str) -> float:
    """Seconds from a click to the new page (its title and charts) drawn."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(READY, arg=[charts_before, 0, ""], timeout=TIMEOUT_MS)
    page.wait_for_timeout(300)
    start = time.perf_counter()
    page.click(selector)
    page.wait_for_function(READY, arg=[charts, 0, title], timeout=TIMEOUT_MS, polling="raf")
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def report_time(browser, path: Path) -> float:
    """Seconds from opening the static report from disk to all its charts drawn."""
    page = browser.new_page(viewport=VIEWPORT)
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 3",
                           timeout=TIMEOUT_MS, polling="raf")  # fmt: skip
    elapsed = time.perf_counter() - start
    page.close()
    return elapsed


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


def measure(browser, dashboard: str, reference: str, runs: int) -> dict[str, dict[str, list[float]]]:
    """Alternate dashboard and reference over fresh contexts; return every timing."""
    timings: dict[str, dict[str, list[float]]] = {}

    def record(name: str, ours: float, theirs: float) -> None:
        timings.setdefault(name, {"dashboard": [], "reference": []})
        timings[name]["dashboard"].append(ours)
        timings[name]["reference"].append(theirs)

    nav = "[data-testid=stSidebarNav] a[href$='/strikes']"
    english = {"dashboard": "[data-testid=stSidebar] [data-testid=stRadioOption] >> text='English'",
               "reference": "[data-testid=stSidebar] [data-testid=stRadioOption] >> text='en'"}
    for run in range(runs):
        order = (0, 1) if run % 2 == 0 else (1, 0)  # alternate who goes first
        for name, (path, charts, metrics) in PAGES.items():
            pair = [lambda: load_time(browser, f"{dashboard}/{path}", charts, metrics),
                    lambda: load_time(browser, f"{reference}/{path}", charts, metrics)]  # fmt: skip
            results = {i: pair[i]() for i in order}
            record(name, results[0], results[1])
        pair = [lambda: click_time(browser, f"{dashboard}/", nav, 0, 1, "كيف توزعت"),
                lambda: click_time(browser, f"{reference}/", nav, 0, 1, "strikes")]  # fmt: skip
        results = {i: pair[i]() for i in order}
        record("page_change", results[0], results[1])
        pair = [lambda: click_time(browser, f"{dashboard}/strikes", english["dashboard"], 1, 1, "How the strikes"),
                lambda: click_time(browser, f"{reference}/strikes", english["reference"], 1, 1, "(en)")]  # fmt: skip
        results = {i: pair[i]() for i in order}
        record("language_change", results[0], results[1])
    return timings


def summarise(timings: dict, memory: dict, rerun: float, report: dict | None, runs: int) -> dict:
    """Medians, ratios and whether each target is met."""
    summary: dict = {"runs": runs, "machine": f"{os.cpu_count()} cores", "timings_s": {}, "targets": {}}
    for name, both in timings.items():
        ours, theirs = statistics.median(both["dashboard"]), statistics.median(both["reference"])
        summary["timings_s"][name] = {"dashboard": round(ours, 3), "reference": round(theirs, 3),
                                      "ratio": round(ours / theirs, 2)}  # fmt: skip
    summary["memory_mib"] = {k: round(v, 1) for k, v in memory.items()} | {
        "ratio": round(memory["dashboard"] / memory["reference"], 2)
    }
    summary["rerun_ms"] = round(rerun, 1)
    if report:
        summary["report_s"] = report
    checks = {
        "home": summary["timings_s"]["home"]["ratio"] <= TARGETS["home"],
        "page_change": summary["timings_s"]["page_change"]["ratio"] <= TARGETS["page_change"],
        "memory": summary["memory_mib"]["ratio"] <= TARGETS["memory"],
        "rerun": rerun <= RERUN_TARGET_MS,
    }
    if report:
        checks["report"] = report["ratio"] <= 0.7
    summary["targets"] = checks
    return summary


def print_summary(summary: dict) -> None:
    print(f"\n{'measure':<18}{'dashboard':>11}{'reference':>11}{'ratio':>8}")
    for name, row in summary["timings_s"].items():
        print(f"{name:<18}{row['dashboard']:>10.3f}s{row['reference']:>10.3f}s{row['ratio']:>8.2f}")
    memory = summary["memory_mib"]
    print(f"{'server memory':<18}{memory['dashboard']:>8.1f}MiB{memory['reference']:>8.1f}MiB{memory['ratio']:>8.2f}")
    if "report_s" in summary:
        report = summary["report_s"]
        print(f"{'static report':<18}{report['report']:>10.3f}s{report['reference_all']:>10.3f}s{report['ratio']:>8.2f}")
    print(f"{'rerun (server)':<18}{summary['rerun_ms']:>9.1f}ms")
    print("targets:", ", ".join(f"{k} {'met' if ok else 'MISSED'}" for k, ok in summary["targets"].items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="fresh browser contexts per measure (default 7)")
    parser.add_argument("--quick", action="store_true", help="one run, no warm-up: checks that the bench works")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    runs = 1 if args.quick else max(args.runs, 7)
    chromium = find_chromium()
    if not chromium:
        print(INSTALL_HINT, file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    from airwars import report as static_report

    with (
        serve() as dashboard,
        serve("reference_app.py", cwd=ROOT / "bench") as reference,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        if not args.quick:
            measure(browser, dashboard.url, reference.url, 1)  # warm-up: imports, caches, browser
        timings = measure(browser, dashboard.url, reference.url, runs)
        memory = {"dashboard": resident_mib(dashboard.pid), "reference": resident_mib(reference.pid)}
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            path = static_report.export(Path(folder) / "report.html")
            built = time.perf_counter() - start
            ours = statistics.median(report_time(browser, path) for _ in range(runs))
            theirs = statistics.median(load_time(browser, f"{reference.url}/all", 3, 0) for _ in range(runs))
        report = {"report": round(ours, 3), "reference_all": round(theirs, 3), "ratio": round(ours / theirs, 2),
                  "build_s": round(built, 2), "size_mb": round(path.stat().st_size / 1e6, 2) if path.exists() else None}  # fmt: skip
        browser.close()
    summary = summarise(timings, memory, rerun_ms(5 if args.quick else 30), report, runs)
    print_summary(summary)
    args.output.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0 if args.quick or all(summary["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
