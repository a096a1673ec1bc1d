"""airwars.layout: one description of the pages and charts, and the rules the code keeps around it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from airwars import layout, tables
from airwars.i18n import Locale
from tests.conftest import ROOT


def test_every_page_has_its_script_and_labels():
    for page in layout.PAGES:
        assert (ROOT / page.script).is_file(), page.script
        for lang in ("ar", "en"):
            assert Locale(lang).t(f"nav.{page.key}")
            if page.report:
                assert Locale(lang).t(f"title.{page.key}") and f"intro.{page.key}" in Locale(lang).labels


@pytest.mark.parametrize("page", [p for p in layout.PAGES if p.key != "finder"], ids=lambda p: p.key)
def test_each_page_script_only_names_its_page(page):
    """A file in pages/ arranges nothing itself: it asks for its page of the description."""
    source = (ROOT / page.script).read_text(encoding="utf-8")
    assert f'view.draw_page("{page.key}")' in source
    assert len([n for n in ast.parse(source).body if not isinstance(n, (ast.Expr, ast.ImportFrom, ast.Import))]) == 0


def test_blocks_name_what_exists(built):
    kinds = set(layout.BLOCK_KINDS)
    for page in layout.PAGES:
        for block in page.blocks:
            assert block.kind in kinds and block.when in layout.WHEN
            if block.kind == "chart":
                assert block.name in layout.CHARTS
            if block.kind == "table":
                assert block.name in tables.TABLE_NAMES
            if block.heading:
                assert Locale("ar").t(block.heading) and Locale("en").t(block.heading)


def test_every_chart_draws_a_table_and_rests_on_figures(dataset, built):
    for chart in layout.CHARTS.values():
        assert chart.table in built
        assert set(chart.figures) <= set(dataset.figures.index)
        assert chart.build(built[chart.table], Locale("ar"), "", 1).data
        assert chart.describe(built[chart.table], Locale("en"))


def test_every_chart_is_on_a_page():
    shown = [chart.name for page in layout.PAGES for chart in page.charts()]
    assert sorted(shown) == sorted(layout.CHARTS)


def test_story_is_the_pages_in_order():
    assert layout.STORY == ("overview", "strikes", "us_share", "casualties", "context", "sources")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}


@pytest.mark.parametrize(
    "path", sorted((ROOT / "airwars").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT / "airwars"))
)
def test_the_logic_never_imports_streamlit(path):
    assert not {name for name in _imports(path) if name.split(".")[0] == "streamlit"}


# The figures finder's modules in the order they read (airwars/extract/__init__.py): each imports only those before it.
FINDER_LAYERS = ("lexicon", "figure", "decoding", "numbers", "context", "scanner", "display")


def test_the_finder_reads_in_layers():
    package = ROOT / "airwars" / "extract"
    assert sorted(p.stem for p in package.glob("*.py")) == sorted(("__init__", *FINDER_LAYERS))
    for index, layer in enumerate(FINDER_LAYERS):
        # never the package itself («from airwars.extract import find»): it imports every layer
        ours = {
            name.removeprefix("airwars.extract").lstrip(".") or "__init__"
            for name in _imports(package / f"{layer}.py")
            if name == "airwars.extract" or name.startswith("airwars.extract.")
        }
        assert ours <= set(FINDER_LAYERS[:index]), (layer, ours - set(FINDER_LAYERS[:index]))


def test_importing_the_logic_loads_no_streamlit():
    code = "import sys, airwars.__main__, airwars.report, airwars.layout; print('streamlit' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr


def test_bench_does_not_import_tests():
    for path in (ROOT / "bench").rglob("*.py"):
        assert not {name for name in _imports(path) if name.split(".")[0] == "tests"}, path
