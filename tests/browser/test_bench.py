"""`make bench`'s pieces: its targets, its phases, and a smoke test of its measures (the bench itself runs in make bench)."""

from __future__ import annotations

import ast

import pytest

from bench.__main__ import (
    CHART_PAGES,
    PAGES,
    READY,
    TARGETS,
    TIMEOUT_MS,
    VIEWPORTS,
    first_frame,
    load_time,
    profile,
    script_phases,
    summarise,
)
from tests.conftest import ROOT


def imported_modules(path) -> set[str]:
    """The top-level names of every module a file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize(
    "path",
    sorted([*(ROOT / "bench").glob("*.py"), *(ROOT / "tools").glob("*.py")]),
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_bench_and_tools_import_nothing_from_tests(path):
    assert "tests" not in imported_modules(path)


def timings(ratio: float) -> dict:
    """Fake timings where the dashboard takes `ratio` times the reference, for every measure."""
    sides = {"dashboard": [ratio], "reference": [1.0]}
    laptop = {name: sides for name in [*PAGES, "page_change", "language_change"]}
    return {"laptop": laptop, "phone": dict.fromkeys(PAGES, sides)} | {
        f"single_{size}": dict.fromkeys(CHART_PAGES, sides) for size in VIEWPORTS
    }


def test_a_slow_chart_page_misses_its_target_at_either_size():
    report = {"report": 0.5, "reference_all": 1.0, "ratio": 0.5}
    fine = summarise(timings(1.0), {"dashboard": 1.0, "reference": 1.0}, 10.0, report, 1)
    assert all(fine["targets"].values())
    slow = timings(1.0)
    slow["single_phone"]["context"] = {"dashboard": [TARGETS["single_chart"] + 0.01], "reference": [1.0]}
    targets = summarise(slow, {"dashboard": 1.0, "reference": 1.0}, 10.0, report, 1)["targets"]
    assert [name for name, met in targets.items() if not met] == ["single_chart_phone"]


def test_script_phases_without_a_running_state():
    """A run that starts and ends between two observer callbacks logs only its end: no phases, no crash."""
    assert script_phases([["notRunning", 812.5]]) == {"to_script_start_ms": None, "script_run_ms": None}
    assert script_phases([]) == {"to_script_start_ms": None, "script_run_ms": None}
    assert script_phases([["running", 100.2], ["notRunning", 480.6]]) == {
        "to_script_start_ms": 100,
        "script_run_ms": 380,
    }


def test_bench_measures_a_page(browser, server):
    """A smoke test of what `make bench` measures, on the suite's server: one timed load, one untimed profile."""
    seconds = load_time(browser, f"{server}/strikes", 1, 0, VIEWPORTS["phone"])
    assert 0 < seconds < TIMEOUT_MS / 1000
    profiled = profile(browser, f"{server}/strikes", "")
    assert profiled["websocket_kb"] > 0 and profiled["dom_nodes"] > 0 and profiled["to_drawn_ms"] > 0
    assert set(profiled) >= {"to_script_start_ms", "script_run_ms"}
    # The frame clock (the report's first view and the empty page): the first frame with the chart drawn, read in the page.
    framed = first_frame(browser, f"{server}/strikes", f"() => ({READY})([1, 0, ''])")
    assert 0 < framed < TIMEOUT_MS / 1000
