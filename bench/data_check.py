"""How fast the data files near the size limit are checked, tabulated and reported: `python -m bench.data_check`.

Each file in turn is grown to just under data.MAX_FILE_BYTES by repeating its rows under new ids (in a copy of
data/), then checked; rows per second are printed. The monthly file grows validly (a new date for each added row), so
it is also tabulated and rendered as the report: the targets say the work is linear and the report phone-sized.
`make bench` calls measure(); a missed target exits 1.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from airwars import data

START = datetime.date(2016, 9, 1)


def grow(path: Path, size: int, new_id: Callable[[str, int], str], dated: bool = False) -> int:
    """Grow a CSV data file to about size bytes by repeating its rows under new ids; return the rows added.

    dated (the monthly file): each added row gets a date of its own, a day after the last, from 2016-09-01, so that
    the grown file stays valid (one count per date and metric).
    """
    header, *rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    lines: list[str] = []
    writer = csv.writer(type("Sink", (), {"write": staticmethod(lines.append)})())
    writer.writerows([header, *rows])
    added, written = 0, sum(len(line.encode()) for line in lines)
    while written < size:
        row = list(rows[added % len(rows)])
        row[0] = new_id(row[0], added)
        if dated:
            row[header.index("as_of")] = (START + datetime.timedelta(days=added)).isoformat()
        writer.writerow(row)
        written += len(lines[-1].encode())
        added += 1
    path.write_text("".join(lines), encoding="utf-8")
    return added


def measure(size: int = data.MAX_FILE_BYTES - 100_000) -> dict[str, dict[str, float]]:
    """For each data file grown to size bytes: rows, seconds to check, rows per second and problems found."""
    results = {}
    for name in data.DATA_FILES:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "data"
            shutil.copytree(data.DEFAULT_DATA_DIR, copy)
            rows = grow(copy / name, size, lambda old, i: f"{old}_{i}", dated=name == data.MONTHLY_FILE)
            start = time.perf_counter()
            problems = data.find_problems(copy)
            seconds = time.perf_counter() - start
            results[name] = {
                "rows": rows,
                "seconds": round(seconds, 2),
                "rows_per_s": round(rows / seconds),
                "problems": len(problems),
            }
            if name == data.MONTHLY_FILE:
                results[name] |= _tabulate_and_report(copy)
    return results


# Targets for the valid 10 MB monthly file: a few seconds to tabulate, a report a phone can open.
TABLES_SECONDS = 5.0
REPORT_MB = 15.0


def _tabulate_and_report(folder: Path) -> dict[str, float]:
    """Seconds to build the tables, and the Arabic report's seconds and size, for a valid grown data folder."""
    from airwars import report, tables
    from airwars.i18n import Locale

    dataset = data.load(folder)
    start = time.perf_counter()
    built = tables.build_tables(dataset)
    tabulated = time.perf_counter() - start
    start = time.perf_counter()
    html = report.render(dataset, built, Locale("ar"))
    rendered = time.perf_counter() - start
    return {
        "tables_seconds": round(tabulated, 2),
        "report_seconds": round(rendered, 2),
        "report_mb": round(len(html.encode()) / 1e6, 1),
    }


def missed(results: dict[str, dict[str, float]]) -> list[str]:
    """The targets the results miss, in words."""
    monthly = results[data.MONTHLY_FILE]
    found = []
    if monthly["problems"]:
        found.append(f"the grown monthly file has {monthly['problems']} problems: it should be valid")
    if monthly["tables_seconds"] > TABLES_SECONDS:
        found.append(f"tables took {monthly['tables_seconds']} s (target {TABLES_SECONDS} s)")
    if monthly["report_mb"] > REPORT_MB:
        found.append(f"the report is {monthly['report_mb']} MB (target {REPORT_MB} MB)")
    return found


if __name__ == "__main__":
    measured = measure()
    print(json.dumps(measured, indent=1))
    for line in missed(measured):
        print(f"missed: {line}", file=sys.stderr)
    sys.exit(1 if missed(measured) else 0)
