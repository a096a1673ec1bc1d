"""The figures finder page: paste or upload an Arabic text and see every figure in it."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from airwars import data, extract, markup, tables
from airwars.i18n import Locale
from ui import shell
from ui.view import finder_sidebar, heading


def figures_finder() -> None:
    """Paste or upload an Arabic text; see its figures highlighted and tabulated; download them as rows."""
    loc = shell.start("finder")
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
        decoded = extract.read_bytes(raw)
        extract.check_text(decoded.text)
    except extract.ExtractError as error:
        st.warning(extract.error_message(error, loc))
        return
    warning = extract.bad_bytes_warning(decoded, loc)
    if warning:  # st.warning takes Markdown; the message is ours, with digits only in it
        st.warning(warning)
    show_found(extract.without_overrides(decoded.text), loc)


def _template() -> Any:
    return markup.environment().get_template("finder.html.j2").module


@st.cache_data(max_entries=8, show_spinner=False)
def scanned(text: str) -> extract.Scan:
    """The figures of a text, read once: a language or digits switch redraws a megabyte without reading it again."""
    return extract.scan(text)


def show_found(text: str, loc: Locale) -> None:
    """The text with its figures marked, above their table; each mark and its row link to each other.
    At most extract.SHOWN of them drawn, all in the CSV."""
    result = scanned(text)
    found = result.figures
    if result.too_large:
        st.info(loc.t("finder.too_big_numbers", count=loc.num(result.too_large)))
    shown_text, marked = extract.preview(text, found)
    heading(loc.t("finder.text_heading"), loc, level=2)
    if len(shown_text) < len(text):
        shell.caption(loc.t("finder.text_cut", shown=loc.num(len(shown_text)), total=loc.num(len(text))), loc, "cut")
    # The template escapes every piece of the reader's text; only its own <mark> and <a> tags are HTML.
    st.html(str(_template().text(extract.text_pieces(shown_text, marked), loc.t("finder.row_link"))))
    heading(loc.t("finder.table_heading"), loc, level=2)
    if not found:
        st.info(loc.t("finder.none_found"))
        return
    if len(found) > extract.SHOWN:
        shell.caption(loc.t("finder.showing", shown=loc.num(extract.SHOWN), total=loc.num(len(found))), loc, "showing")
    st.html(table_html(found[: extract.SHOWN], loc))
    # The files are made on click, on their own thread: a long list does not hold up the page.
    st.download_button(
        loc.t("finder.download_table"),
        lambda: tables.csv_bytes(extract.found_rows(found, loc)),
        file_name="figures-found.csv",
        mime="text/csv",
        key="finder-table-csv",
        on_click="ignore",
    )
    st.download_button(
        loc.t("finder.download"),
        lambda: tables.csv_bytes(figure_rows(found)),
        file_name="figures.csv",
        mime="text/csv",
        key="finder-csv",
        on_click="ignore",
    )


def table_html(found: list[extract.Figure], loc: Locale) -> str:
    """The table of found figures as escaped HTML; row i links to mark i in the text (the same index)."""
    frame = extract.found_table(found, loc)
    rows = [
        {"index": index, "status": figure.status, "cells": cells}
        for index, (figure, cells) in enumerate(zip(found, frame.astype(object).values.tolist()))
    ]
    return str(_template().table([str(c) for c in frame.columns], rows, loc.t("finder.text_link")))


def figure_rows(found: list[extract.Figure]) -> pd.DataFrame:
    """The figures as rows of data/figures.csv."""
    return pd.DataFrame(extract.as_figure_rows(found), columns=data.FIGURE_COLUMNS)
