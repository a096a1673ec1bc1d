"""Shared fixtures: the real data, a copy of it to break, and the tables built from it."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from airwars import data, tables
from tools.browser import Server, serve

# No deadline: a test asserts behaviour, never time (a loaded machine made 200 ms examples "flaky"); speed is make bench's.
# Derandomized, with no example database: the same examples on every run and every clone, so that `make test` passes
# or fails the same way each time; a case a wider search finds is kept with @example.
settings.register_profile("suite", deadline=None, derandomize=True, database=None)
settings.load_profile("suite")

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
BOM = "\ufeff".encode()


def csv_rows(payload: bytes) -> list[list[str]]:
    """A downloaded CSV as rows of text, as a spreadsheet would split it."""
    assert payload.startswith(BOM)
    return list(csv.reader(io.StringIO(payload.decode("utf-8-sig"), newline="")))


def csv_column(payload: bytes, header: str) -> list[str]:
    """One column of a downloaded CSV, below its header."""
    rows = csv_rows(payload)
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


@pytest.fixture(scope="session")
def dashboard() -> Iterator[Server]:
    """One dashboard server for a worker's session, shared by the config tests and the browser tests."""
    with serve() as running:
        yield running


@pytest.fixture(scope="session")
def dataset() -> data.Dataset:
    return data.load(DATA_DIR)


@pytest.fixture(scope="session")
def built(dataset) -> dict:
    return tables.build_tables(dataset)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target
