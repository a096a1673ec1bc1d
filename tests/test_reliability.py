"""Many reruns in a row: memory stays flat once the caches are warm."""

from __future__ import annotations

from pathlib import Path

from tests.test_pages import open_page


def resident_kib() -> int:
    """This process's resident memory, from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def test_two_hundred_reruns_do_not_grow_memory():
    app = open_page("pages/strikes.py")
    for _ in range(20):  # warm the caches and the allocator
        app.run()
    before = resident_kib()
    for _ in range(200):
        app.run()
        assert not app.exception
    after = resident_kib()
    assert after <= before * 1.10, f"resident memory grew from {before} KiB to {after} KiB"
