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


def _seed_from_url(key: str, allowed: tuple[str, ...]) -> None:
    """On a session's first run, take a control's value from the URL; unknown values give the default."""
    if key not in st.session_state:
        st.session_state[key] = pick(st.query_params.get(key), allowed)


def _write_to_url(key: str, allowed: tuple[str, ...]) -> None:
    """Keep the URL in step with a control, so a copied link reopens the same view."""
    value = pick(st.session_state.get(key), allowed)
    if value == allowed[0]:
        st.query_params.pop(key, None)
    elif st.query_params.get(key) != value:
        st.query_params[key] = value


def start() -> Locale:
    """Set up the page and the sidebar controls; return the reader's locale."""
    leave_pages_directory_mode()
    st.set_page_config(page_title=Locale().t("app.short_title"), page_icon="📊", layout="wide")
    _seed_from_url("lang", LANGUAGES)
    _seed_from_url("digits", DIGITS)
    with st.sidebar:
        st.radio("Language · اللغة", LANGUAGES, key="lang", horizontal=True, format_func=LANGUAGE_NAMES.__getitem__)
        loc = locale()
        st.radio(
            loc.t("app.digits_toggle"), DIGITS, key="digits", horizontal=True,
            format_func=lambda d: loc.t(f"app.digits_{d}"),
        )  # fmt: skip
    _write_to_url("lang", LANGUAGES)
    _write_to_url("digits", DIGITS)
    loc = locale()
    css = BASE_CSS + (RTL_CSS if loc.rtl else "")
    st.html(f"<style>{css}</style>")
    return loc
