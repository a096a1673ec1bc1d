"""How much of Streamlit's private surface the stylesheets and scripts lean on: few internal names, no English text."""

from __future__ import annotations

import re
from pathlib import Path

import streamlit

ROOT = Path(__file__).resolve().parent.parent
OURS = sorted([*ROOT.glob("ui/*.css"), *ROOT.glob("ui/*.js"), *ROOT.glob("airwars/styles/*.css")])
BUNDLE = Path(streamlit.__file__).parent / "static" / "static" / "js"
MOST_INTERNAL_NAMES = 8

# Streamlit's internal names: data-testid values, ids and its "st" classes (stMain, stSidebar, .stApp ...); our own
# keyed containers' classes (st-key-...) are public API and do not count.
INTERNAL = re.compile(r"\bst[A-Z][A-Za-z]+\b")
# A phrase of plain words in quotes or slashes (a string or a regular expression), e.g. 'Help for ' or / per file /.
PHRASE = re.compile(r"""(?:'|"|`|/)\s*([A-Za-z]+(?: [A-Za-z]+)+)\s*(?:'|"|`|/)""")


def _without_comments(text: str) -> str:
    """A stylesheet's or script's code, its comments dropped (they may name what they do not use)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"(?m)^\s*//.*$|\s//\s.*$", "", text)


def internal_names() -> dict[str, list[str]]:
    """Each internal Streamlit name used, with the files that use it."""
    found: dict[str, list[str]] = {}
    for path in OURS:
        for name in sorted(set(INTERNAL.findall(_without_comments(path.read_text(encoding="utf-8"))))):
            found.setdefault(name, []).append(path.name)
    return found


def test_few_of_streamlits_internal_names_are_used():
    names = internal_names()
    assert len(names) <= MOST_INTERNAL_NAMES, f"{len(names)} internal names: {names}"


def test_each_internal_name_used_is_streamlits_own():
    """A name Streamlit no longer draws is a dead rule (stDecoration, stSidebarCollapsedControl in 1.67)."""
    bundle = "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in BUNDLE.glob("*.js"))
    assert [name for name in internal_names() if f"`{name}`" not in bundle and f'"{name}"' not in bundle] == []


def test_no_english_text_of_streamlit_is_matched():
    """Streamlit's interface text ("Help for …", "… per file") changes with any release and is English only."""
    bundle = "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in BUNDLE.glob("*.js"))
    matched = []
    for path in OURS:
        code = _without_comments(path.read_text(encoding="utf-8"))
        matched += [f"{path.name}: {m}" for m in PHRASE.findall(code) if m in bundle]
        matched += [f"{path.name}: {m}" for m in re.findall(r"\[aria-label[\^*$|~]?=[^\]]*\]", code)]
    assert matched == []
