"""A room opens the link at once: a smoke test with three readers (`make bench` runs twelve, bench/load.py)."""

from __future__ import annotations

import pytest

from bench.load import readers


@pytest.mark.parametrize("path, charts", [("", 0), ("strikes", 1)])
def test_readers_at_once(browser, server, path, charts):
    room = readers(browser, server, path, charts, count=3)
    assert room.drawn == 3, "every reader's page drawn, none with an exception"
    assert room.errors == []
    assert room.healthy
