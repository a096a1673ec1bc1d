"""How fast `python -m airwars check` reads data files near the size limit: `python -m bench.data_check`.

Each file in turn is grown to just under data.MAX_FILE_BYTES by repeating its rows under new ids (in a copy of
data/), then checked; rows per second are printed. The lead can call measure() from `make bench`.
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
        results[name] = {"rows": rows, "seconds": round(seconds, 2), "rows_per_s": round(rows / seconds),
                         "problems": len(problems)}  # fmt: skip
    return results


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))
    sys.exit(0)
