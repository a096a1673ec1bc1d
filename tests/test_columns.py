"""The one description of each table's columns (airwars/columns.py), as the screen table and the CSV read it."""

from __future__ import annotations

import pytest

from airwars import columns, downloads, story
from airwars.i18n import Locale


@pytest.mark.parametrize("table_name", list(columns.TABLES))
def test_each_form_is_drawn_where_its_column_shows(table_name):
    for column in columns.shown(table_name):
        assert column.form in story.SCREEN_FORMS, f"{table_name}.{column.source}: no screen form {column.form}"
    for column in columns.written(table_name):
        assert column.form in downloads.FILE_FORMS, f"{table_name}.{column.source}: no file form {column.form}"


@pytest.mark.parametrize("table_name", [name for name in columns.TABLES if columns.shown(name)])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_screen_and_the_csv_read_the_same_columns(table_name, lang, built):
    """A column on both has its header in both; the CSV's headers are the description's, in its order."""
    loc = Locale(lang)
    table = built[table_name]
    screen = list(story.display_table(table_name, table, loc).columns)
    assert screen == [loc.t(column.key) for column in columns.shown(table_name)]
    written = list(downloads.export_table(table_name, table, loc).columns)
    assert written == [loc.labels[column.file_key or column.key] for column in columns.written(table_name)]
    both = [column for column in columns.TABLES[table_name] if column.on == "both"]
    assert both, "a table shown on screen shares columns with its CSV"
