"""`make bench` runs: its quick mode (one run, no warm-up) measures everything and writes its results."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from bench.__main__ import CHART_PAGES, PAGES, TARGETS, VIEWPORTS, summarise
from tests.conftest import ROOT

TARGET_NAMES = {"home", "page_change", "memory", "rerun", "report", "single_chart_laptop", "single_chart_phone"}


def imported_modules(path) -> set[str]:
    """The top-level names of every module a file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("path", sorted([*(ROOT / "bench").glob("*.py"), *(ROOT / "tools").glob("*.py")]), ids=lambda path: str(path.relative_to(ROOT)))
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


def test_bench_runs_in_quick_mode(tmp_path, chromium_path):
    output = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(output)], cwd=ROOT, capture_output=True, text=True,
        timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(output.read_text(encoding="utf-8"))
    assert set(summary["timings_s"]) == {"laptop", "phone"}
    assert set(summary["timings_s"]["laptop"]) == {*PAGES, "page_change", "language_change"}
    assert set(summary["timings_s"]["phone"]) == set(PAGES)
    for size in ("laptop", "phone"):
        assert set(summary["single_chart"][size]) == {"strikes", "us_share", "casualties", "context"}
    rows = [*summary["timings_s"]["laptop"].values(), *summary["timings_s"]["phone"].values(),
            *summary["single_chart"]["laptop"].values(), *summary["single_chart"]["phone"].values()]  # fmt: skip
    assert all(row["dashboard"] > 0 and row["reference"] > 0 for row in rows)
    assert summary["memory_mib"]["dashboard"] > 0 and summary["rerun_ms"] > 0
    assert set(summary["targets"]) == TARGET_NAMES
    assert all(sides["dashboard"]["websocket_kb"] > 0 for sides in summary["profile"].values())
    assert "vs single chart (phone)" in result.stdout
