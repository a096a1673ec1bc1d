"""The shell every page shares: page config, styles, and the reader's choices kept in the URL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode, urlsplit

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from airwars.i18n import DIGITS, LANGUAGES, Locale, pick
from airwars.layout import PAGES
from airwars.markup import script_json

_HERE = Path(__file__).parent
# Constants read once; never built from user or data text.
BASE_CSS = (_HERE / "base.css").read_text(encoding="utf-8")
RTL_CSS = (_HERE / "rtl.css").read_text(encoding="utf-8")
PRESENT_CSS = (_HERE / "present.css").read_text(encoding="utf-8")
LAYOUT_CSS = (_HERE / "layout.css").read_text(encoding="utf-8")
DOCUMENT_JS = (_HERE / "document.js").read_text(encoding="utf-8")
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}
# The page Streamlit serves at "/" (its url_path is then ""); every other page lives at /<key>.
DEFAULT_PAGE = PAGES[0].key
# Streamlit's own interface text that ui/document.js relabels: setting name -> label key.
SHELL_LABELS = ("skip_to_main", "expand_sidebar", "collapse_sidebar", "sidebar", "main_menu", "upload", "upload_input", "per_file",
                "help_for")
# The reader's choices and their allowed values; the first is the default, left out of the URL.
CHOICES = {"lang": LANGUAGES, "digits": DIGITS, "present": ("0", "1")}


def leave_pages_directory_mode() -> None:
    """Rerun through dashboard.py when Streamlit ran a file of pages/ on its own.

    Until st.navigation has run once in the process, Streamlit treats pages/ as its old multipage
    folder: a first visit to a deep link such as /strikes would run that file without the shell.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def choice(key: str) -> str:
    """One of the reader's choices, always an allowed value."""
    value = st.session_state.get(key)
    if key == "present":
        value = "1" if value is True else "0"
    return pick(value, CHOICES[key])


def locale() -> Locale:
    """The reader's language and digits, as the sidebar controls (and the URL) set them."""
    return Locale(choice("lang"), choice("digits"))


def presenting() -> bool:
    """Whether presenter mode is on."""
    return choice("present") == "1"


def _seed_from_url() -> None:
    """On a session's first run, take the choices from the URL; unknown values give the defaults."""
    for key, allowed in CHOICES.items():
        if key not in st.session_state:
            value = pick(st.query_params.get(key), allowed)
            st.session_state[key] = value == "1" if key == "present" else value


def _write_to_url() -> None:
    """Keep the URL in step with the choices, so a copied link reopens the same view."""
    for key, allowed in CHOICES.items():
        value = choice(key)
        if value == allowed[0]:
            st.query_params.pop(key, None)
        elif st.query_params.get(key) != value:
            st.query_params[key] = value


def link_to(page_key: str) -> str:
    """The address of a page with the reader's choices, built from known values only."""
    current = urlsplit(st.context.url or "http://localhost:8501/")
    query = urlencode({key: choice(key) for key, allowed in CHOICES.items() if choice(key) != allowed[0]})
    path = "" if page_key == DEFAULT_PAGE else page_key  # the default page answers at "/" only
    return f"{current.scheme}://{current.netloc}/{path}" + (f"?{query}" if query else "")


def start() -> Locale:
    """Set up the page and the sidebar controls; return the reader's locale."""
    leave_pages_directory_mode()
    st.set_page_config(page_title=Locale().t("app.short_title"), page_icon="📊", layout="wide")
    _seed_from_url()
    with st.sidebar:
        st.radio("Language · اللغة", LANGUAGES, key="lang", horizontal=True, format_func=LANGUAGE_NAMES.__getitem__,
                 persist_state="session")
        loc = locale()
        labels = Locale(loc.lang)  # the digit choices show themselves as they are: 0123 and ٠١٢٣
        st.radio(
            loc.t("app.digits_toggle"), DIGITS, key="digits", horizontal=True,
            format_func=lambda d: labels.t(f"app.digits_{d}"), persist_state="session",
        )  # fmt: skip
        st.toggle(loc.t("present.toggle"), key="present", help=loc.t("present.help"), persist_state="session")
    _write_to_url()
    loc = locale()
    css = BASE_CSS + LAYOUT_CSS + (RTL_CSS if loc.rtl else "") + (PRESENT_CSS if presenting() else "")
    st.html(f"<style>{css}</style>")
    return loc


def tab_title(loc: Locale, page_key: str) -> str:
    """The browser tab's title: the page's name, then the dashboard's, in the reader's language."""
    return f"{loc.t(f'nav.{page_key}')} · {loc.t('app.short_title')}"


def document_script(loc: Locale) -> str:
    """The script that gives <html> the reader's lang and dir and relabels Streamlit's own text.

    Built only from the labels files (never from data or readers); "<" is escaped so the JSON
    cannot close the script element.
    """
    settings = {"lang": loc.lang, "dir": loc.labels["meta.dir"], **{key: loc.t(f"shell.{key}") for key in SHELL_LABELS}}
    return f"<script>{DOCUMENT_JS.replace('__SETTINGS__', script_json(settings), 1)}</script>"


def document(loc: Locale, page_key: str) -> None:
    """The page's own tab title, <html lang dir> and Streamlit's interface text in the reader's language.

    Call between st.navigation and page.run(): page_key is the page's url_path ("" for the default page).
    """
    page_key = page_key or DEFAULT_PAGE
    st.set_page_config(page_title=tab_title(loc, page_key))
    # st.html runs scripts only with this flag; its body is a constant file filled with label text.
    st.html(document_script(loc), unsafe_allow_javascript=True)
