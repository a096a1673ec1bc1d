"""`make bench` runs: its quick mode (one run, no warm-up) measures everything and writes its results."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_bench_runs_in_quick_mode(tmp_path, chromium_path):
    output = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(output)], cwd=ROOT, capture_output=True, text=True,
        timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(output.read_text(encoding="utf-8"))
    assert set(summary["timings_s"]) == {"home", "strikes", "us_share", "casualties", "page_change", "language_change"}
    assert all(row["dashboard"] > 0 and row["reference"] > 0 for row in summary["timings_s"].values())
    assert summary["memory_mib"]["dashboard"] > 0 and summary["rerun_ms"] > 0
    assert set(summary["targets"]) == {"home", "page_change", "memory", "rerun", "report"}
