"""The shell every page shares: page config, styles, and the reader's language and digits."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from airwars.i18n import DIGITS, LANGUAGES, Locale, pick

_HERE = Path(__file__).parent
# Constants read once; never built from user or data text.
BASE_CSS = (_HERE / "base.css").read_text(encoding="utf-8")
RTL_CSS = (_HERE / "rtl.css").read_text(encoding="utf-8")
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}


def leave_pages_directory_mode() -> None:
    """Rerun through dashboard.py when Streamlit ran a file of pages/ on its own.

    Until st.navigation has run once in the process, Streamlit treats pages/ as its old multipage
    folder: a first visit to a deep link such as /strikes would run that file without the shell.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def locale() -> Locale:
    """The reader's language and digits, as the sidebar controls (and the URL) set them."""
    return Locale(pick(st.session_state.get("lang"), LANGUAGES), pick(st.session_state.get("digits"), DIGITS))


def start() -> Locale:
    """Set up the page and the sidebar controls; return the reader's locale."""
    st.set_page_config(page_title=Locale().t("app.short_title"), page_icon="📊", layout="wide")
    with st.sidebar:
        st.radio(
            "Language · اللغة", LANGUAGES, key="lang", bind="query-params", horizontal=True,
            format_func=LANGUAGE_NAMES.__getitem__,
        )  # fmt: skip
        loc = locale()
        st.radio(
            loc.t("app.digits_toggle"), DIGITS, key="digits", bind="query-params", horizontal=True,
            format_func=lambda d: loc.t(f"app.digits_{d}"),
        )  # fmt: skip
    loc = locale()
    css = BASE_CSS + (RTL_CSS if loc.rtl else "")
    st.html(f"<style>{css}</style>")
    return loc
