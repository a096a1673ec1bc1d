"""Shared fixtures: the real data, a copy of it to break, and the tables built from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from airwars import data, tables

# No deadline: a test asserts behaviour, never time (a loaded machine made 200 ms examples "flaky"); speed is make bench's.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"


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
