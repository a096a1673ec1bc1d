"""The figures finder page: paste or upload an Arabic text and see every figure in it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from airwars import data, extract, tables
from ui.shell import leave_pages_directory_mode, locale
from ui.view import heading, show_table


def figures_finder() -> None:
    """Paste or upload an Arabic text; see its figures highlighted and tabulated; download them as rows."""
    leave_pages_directory_mode()
    loc = locale()
    heading(loc.t("finder.title"), loc)
    st.markdown(loc.t("finder.intro"))
    pasted = st.text_area(loc.t("finder.paste"), height=180, max_chars=extract.MAX_BYTES, key="finder-text")
    uploaded = st.file_uploader(loc.t("finder.upload"), type=["txt", "md", "csv"], key="finder-file")
    raw = uploaded.getvalue() if uploaded is not None else pasted.encode("utf-8")
    if not raw.strip():
        st.info(loc.t("finder.empty"))
        return
    try:
        text = extract.decode(raw)
        extract.check_text(text)
    except extract.ExtractError as error:
        st.warning(loc.t(f"finder.{error.code}"))
        return
    found = extract.find(text)
    text_column, table_column = st.columns([3, 2])
    with text_column:
        heading(loc.t("finder.text_heading"), loc, level=2)
        # highlight_html escapes every piece of the reader's text; only its own <mark> tags are HTML.
        st.html(f'<div class="finder-text" dir="auto">{extract.highlight_html(text, found)}</div>')
    with table_column:
        heading(loc.t("finder.table_heading"), loc, level=2)
        if not found:
            st.info(loc.t("finder.none_found"))
            return
        show_table(extract.found_table(found, loc))
        rows = pd.DataFrame(extract.as_figure_rows(found), columns=data.FIGURE_COLUMNS)
        st.download_button(loc.t("finder.download"), tables.csv_bytes(rows), file_name="figures-found.csv",
                           mime="text/csv", key="finder-csv", on_click="ignore")  # fmt: skip
