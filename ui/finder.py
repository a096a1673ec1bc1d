"""The figures finder page: paste or upload an Arabic text and see every figure in it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from airwars import data, extract, tables
from airwars.i18n import Locale
from ui.shell import leave_pages_directory_mode, locale
from ui.view import finder_sidebar, heading, show_table


def figures_finder() -> None:
    """Paste or upload an Arabic text; see its figures highlighted and tabulated; download them as rows."""
    leave_pages_directory_mode()
    loc = locale()
    heading(loc.t("finder.title"), loc)
    finder_sidebar()
    st.markdown(loc.t("finder.intro"))
    pasted = st.text_area(loc.t("finder.paste"), height=180, max_chars=extract.MAX_BYTES, key="finder-text")
    uploaded = st.file_uploader(loc.t("finder.upload"), type=["txt", "md", "csv"], key="finder-file")
    # A file over the uploader's limit never reaches the script: say what is accepted, not that the text is empty.
    if uploaded is None and not pasted.strip():
        st.info(loc.t("finder.waiting"))
        return
    raw = uploaded.getvalue() if uploaded is not None else pasted.encode("utf-8")
    try:
        text = extract.decode(raw)
        extract.check_text(text)
    except extract.ExtractError as error:
        st.warning(loc.t(f"finder.{error.code}"))
        return
    show_found(extract.without_overrides(text), loc)


def show_found(text: str, loc: Locale) -> None:
    """The text with its figures marked beside their table; at most extract.SHOWN of them drawn, all in the CSV."""
    result = extract.scan(text)
    found = result.figures
    if result.too_large:
        st.info(loc.t("finder.too_big_numbers", count=loc.num(result.too_large)))
    shown_text, marked = extract.preview(text, found)
    text_column, table_column = st.columns([3, 2])
    with text_column:
        heading(loc.t("finder.text_heading"), loc, level=2)
        if len(shown_text) < len(text):
            st.caption(loc.t("finder.text_cut", shown=loc.num(len(shown_text)), total=loc.num(len(text))))
        # highlight_html escapes every piece of the reader's text; only its own <mark> tags are HTML.
        st.html(f'<div class="finder-text" dir="auto">{extract.highlight_html(shown_text, marked)}</div>')
    with table_column:
        heading(loc.t("finder.table_heading"), loc, level=2)
        if not found:
            st.info(loc.t("finder.none_found"))
            return
        if len(found) > extract.SHOWN:
            st.caption(loc.t("finder.showing", shown=loc.num(extract.SHOWN), total=loc.num(len(found))))
        show_table(extract.found_table(found[: extract.SHOWN], loc))
        # The files are made on click, on their own thread: a long list does not hold up the page.
        st.download_button(loc.t("finder.download_table"), lambda: tables.csv_bytes(extract.found_rows(found, loc)),
                           file_name="figures-found.csv", mime="text/csv", key="finder-table-csv", on_click="ignore")
        st.download_button(loc.t("finder.download"), lambda: tables.csv_bytes(figure_rows(found)),
                           file_name="figures.csv", mime="text/csv", key="finder-csv", on_click="ignore")  # fmt: skip


def figure_rows(found: list[extract.Figure]) -> pd.DataFrame:
    """The figures as rows of data/figures.csv."""
    return pd.DataFrame(extract.as_figure_rows(found), columns=data.FIGURE_COLUMNS)
