"""The shell every page shares: page config, the sidebar (our navigation, the reader's choices), styles, the URL.

Each page draws it (ui/view.start, ui/finder), so a page looks the same however Streamlit came to run it: through
dashboard.py's st.navigation, or, on a fresh server's first request, straight from pages/ (Streamlit's old multipage
folder mode, which lasts until st.navigation has run once). Streamlit's own menu is off in .streamlit/config.toml
(client.showSidebarNavigation = false): it would list the files of pages/ by name, in English.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import SplitResult, urlencode, urlsplit

import streamlit as st

from airwars import styles
from airwars.i18n import DIGITS, LANGUAGES, Locale, pick
from airwars.layout import PAGES
from airwars.markup import script_json

_HERE = Path(__file__).parent
# Constants read once; never built from user or data text.
# The pieces the report shares (cards, tables, source lines) and the print rules come from airwars/styles/ (one stylesheet).
BASE_CSS = styles.SHARED_CSS + (_HERE / "base.css").read_text(encoding="utf-8")
RTL_CSS = (_HERE / "rtl.css").read_text(encoding="utf-8")
PRESENT_CSS = (_HERE / "present.css").read_text(encoding="utf-8")
LAYOUT_CSS = (_HERE / "layout.css").read_text(encoding="utf-8")
DOCUMENT_JS = (_HERE / "document.js").read_text(encoding="utf-8")
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}
# The page Streamlit serves at "/" (its url_path is then ""); every other page lives at /<key>.
DEFAULT_PAGE = PAGES[0].key
# Streamlit's own interface text that ui/document.js relabels: setting name -> label key.
SHELL_LABELS = (
    "skip_to_main",
    "expand_sidebar",
    "collapse_sidebar",
    "sidebar",
    "main_menu",
    "upload",
    "upload_input",
    "per_file",
    "list_separator",
)
# The reader's choices and their allowed values; the first is the default, left out of the URL.
CHOICES = {"lang": LANGUAGES, "digits": DIGITS, "present": ("0", "1")}


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
    """On a session's first run, take the choices from the URL (unknown values give the defaults); later, keep them.

    Each page draws the controls, so each page has its own widgets: assigning a choice back to session state before
    they are drawn is Streamlit's documented way to carry a widget's value to the same key on the next page. A value
    the browser sent that no widget could hold (a forged rerun message: a list where a choice is expected, a string for
    the toggle) is replaced by the default before the widgets read it, so the session goes on.
    """
    for key, allowed in CHOICES.items():
        value = st.session_state.get(key)
        if key in st.session_state and not (isinstance(value, bool) if key == "present" else value in allowed):
            del st.session_state[key]
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
        else:
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


# The address a link may start with: http or https and a host name, IPv4 or bracketed IPv6 address, and a port.
_HOST = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?")
_LOCAL = urlsplit("http://localhost:8501/")


def _page_address(url: object) -> SplitResult:
    """The browser's address for this page, split; the local default when it is missing or not a plain web address
    (the browser sends it, so it may be anything: a bad IPv6 literal, another scheme, markup)."""
    try:
        current = urlsplit(url) if isinstance(url, str) and url else _LOCAL
    except ValueError:
        return _LOCAL
    if current.scheme not in ("http", "https") or not _HOST.fullmatch(current.netloc):
        return _LOCAL
    return current


def link_to(page_key: str) -> str:
    """The address of a page with the reader's choices, built from known values only."""
    current = _page_address(st.context.url)
    query = urlencode({key: choice(key) for key, allowed in CHOICES.items() if choice(key) != allowed[0]})
    path = "" if page_key == DEFAULT_PAGE else page_key  # the default page answers at "/" only
    return f"{current.scheme}://{current.netloc}/{path}" + (f"?{query}" if query else "")


def navigation(loc: Locale, page_key: str) -> None:
    """The dashboard's pages in the sidebar, in the reader's language, each link keeping the reader's choices."""
    query = {key: choice(key) for key, allowed in CHOICES.items() if choice(key) != allowed[0]}
    with st.container(key="aw-nav"):
        for page in PAGES:
            st.page_link(page.script, label=loc.t(f"nav.{page.key}"), query_params=query or None)


def caption(text: str, loc: Locale, key: str) -> None:
    """A caption in a keyed container, whose class base.css darkens to 4.5:1 (Streamlit's own grey is 3.9:1)."""
    with st.container(key=f"aw-caption-{key}"):
        st.caption(text, text_alignment="right" if loc.rtl else "left")


def start(page_key: str) -> Locale:
    """Set up the page (config, sidebar, styles, <html lang dir>) for the page page_key; return the reader's locale."""
    _seed_from_url()
    # Presenting, the sidebar starts folded (its button fades with the controls, ui/present.css): the deck is in it.
    folded: Literal["collapsed", "auto"] = "collapsed" if presenting() else "auto"
    title = tab_title(locale(), page_key)
    st.set_page_config(page_title=title, page_icon="📊", layout="wide", initial_sidebar_state=folded)
    with st.sidebar:
        navigation(locale(), page_key)
        st.radio(
            "Language · اللغة",
            LANGUAGES,
            key="lang",
            horizontal=True,
            format_func=LANGUAGE_NAMES.__getitem__,
            persist_state="session",
        )
        loc = locale()
        labels = Locale(loc.lang)  # the digit choices show themselves as they are: 0123 and ٠١٢٣
        st.radio(
            loc.t("app.digits_toggle"),
            DIGITS,
            key="digits",
            horizontal=True,
            format_func=lambda d: labels.t(f"app.digits_{d}"),
            persist_state="session",
        )
        # Its explanation is shown, not a help icon: Streamlit names that icon "Help for …" in English, with no key.
        st.toggle(loc.t("present.toggle"), key="present", persist_state="session")
        caption(loc.t("present.help"), loc, "present")
    _write_to_url()
    loc = locale()
    css = BASE_CSS + LAYOUT_CSS + (RTL_CSS if loc.rtl else "") + (PRESENT_CSS if presenting() else "")
    st.html(f"<style>{css}</style>")
    # st.html runs scripts only with this flag; its body is a constant file filled with label text. Its keyed container
    # takes no room (base.css).
    with st.container(key="aw-document"):
        st.html(document_script(loc), unsafe_allow_javascript=True)
    return loc


def tab_title(loc: Locale, page_key: str) -> str:
    """The browser tab's title: the page's name, then the dashboard's, in the reader's language."""
    return f"{loc.t(f'nav.{page_key}')} · {loc.t('app.short_title')}"


def document_script(loc: Locale) -> str:
    """The script that gives <html> the reader's lang and dir and relabels Streamlit's own text.

    Built only from the labels files (never from data or readers); "<" is escaped so the JSON
    cannot close the script element.
    """
    settings: dict[str, object] = {
        "lang": loc.lang,
        "dir": loc.labels["meta.dir"],
        **{key: loc.t(f"shell.{key}") for key in SHELL_LABELS},
    }
    # The limit in the reader's words and digits (Streamlit writes "1MB"); the number isolated by loc.num.
    settings["upload_size"] = loc.t("shell.upload_size", size=loc.num(st.get_option("server.maxUploadSize")))
    return f"<script>{DOCUMENT_JS.replace('__SETTINGS__', script_json(settings), 1)}</script>"
