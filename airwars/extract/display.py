"""The figures found, shown: the text highlighted, a preview, and the tables of the page and the CSV."""

from __future__ import annotations

from html import escape

import pandas as pd

from airwars.extract.figure import VAGUE_STATUS, Figure, rounded
from airwars.i18n import Locale
from airwars.text import format_number, format_percent

SHOWN = 300  # figures a page table and the highlighted text show; the CSV holds them all
TEXT_SHOWN = 50_000  # characters of the text shown highlighted: more makes a reader's tab slow to draw


def highlight_html(text: str, found: list[Figure]) -> str:
    """The text as HTML with every figure marked; every piece of the text is escaped."""
    pieces, at = [], 0
    for figure in found:
        if figure.start < at:
            continue
        pieces.append(escape(text[at : figure.start]))
        pieces.append(f'<mark class="figure">{escape(text[figure.start : figure.end])}</mark>')
        at = figure.end
    pieces.append(escape(text[at:]))
    return "".join(pieces).replace("\n", "<br>")


def text_pieces(text: str, found: list[Figure]) -> list[dict]:
    """The text cut at its figures, for the page's template: plain pieces and marked ones (index, status), in order."""
    pieces: list[dict] = []
    at = 0
    for index, figure in enumerate(found):
        if figure.start < at:
            continue
        if figure.start > at:
            pieces.append({"text": text[at : figure.start]})
        pieces.append({"text": text[figure.start : figure.end], "index": index, "status": figure.status})
        at = figure.end
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces


def preview(text: str, found: list[Figure]) -> tuple[str, list[Figure]]:
    """The part of a text a reader's tab draws quickly, and its figures to mark: at most SHOWN, within TEXT_SHOWN."""
    cut = found[SHOWN].start if len(found) > SHOWN else len(text)  # up to the first figure not in the table
    if cut > TEXT_SHOWN:
        space = text.rfind(" ", 0, TEXT_SHOWN)
        cut = space if space > TEXT_SHOWN // 2 else TEXT_SHOWN
    return text[:cut], [f for f in found[:SHOWN] if f.end <= cut]


CSV_UNITS = {
    "civilians": "people",
    "fighters": "people",
    "soldiers": "people",
    "children": "people",
    "people": "people",
    "strikes": "strikes",
    "percent": "percent",
}


def as_figure_rows(found: list[Figure]) -> list[dict]:
    """Rows in the format of data/figures.csv, for a person to complete with ids and sources; figures with a value only."""
    return [
        {
            "id": "",
            "value": rounded(f.value),
            "value_max": "" if f.value_max is None else rounded(f.value_max),
            "unit": CSV_UNITS.get(f.unit or "", ""),
            "qualifier": f.qualifier,
            "claimed_by": "",
            "source_id": "",
            "period_start": "",
            "period_end": "",
            "quote": f.sentence,
        }
        for f in found
        if f.value is not None
    ]


def found_table(found: list[Figure], loc: Locale) -> pd.DataFrame:
    """The figures found in a text, for showing: value with its qualifier, unit, phrase, sentence and status."""
    return pd.DataFrame(
        {
            loc.t("column.value"): [_found_value(f, loc) for f in found],
            loc.t("column.qualifier"): [loc.t(f"qualifier_name.{f.qualifier}") for f in found],
            loc.t("finder.unit"): [unit_label(f, loc) for f in found],
            loc.t("finder.phrase"): [f.phrase for f in found],
            loc.t("finder.sentence"): [f.sentence for f in found],
            loc.t("finder.status"): [status_label(f, loc) for f in found],
        }
    )


def found_rows(found: list[Figure], loc: Locale) -> pd.DataFrame:
    """The figures found, for a spreadsheet: headers and words in the reader's language, numbers as numbers."""
    return pd.DataFrame(
        {
            loc.t("column.value"): ["" if f.value is None else rounded(f.value) for f in found],
            loc.t("finder.value_max"): ["" if f.value_max is None else rounded(f.value_max) for f in found],
            loc.t("column.qualifier"): [loc.t(f"qualifier_name.{f.qualifier}") for f in found],
            loc.t("finder.unit"): [unit_label(f, loc) for f in found],
            loc.t("finder.phrase"): [f.phrase for f in found],
            loc.t("finder.sentence"): [f.sentence for f in found],
            loc.t("finder.status"): [status_label(f, loc) for f in found],
        },
        dtype=object,
    )


def unit_label(figure: Figure, loc: Locale) -> str:
    """The unit in the reader's language."""
    return loc.t(f"finder.unit_{figure.unit or 'none'}")


def status_label(figure: Figure, loc: Locale) -> str:
    """figure, vague quantity, or not read with its reason."""
    label = loc.t(f"finder.status_{figure.status}")
    return f"{label}: {loc.t(f'finder.reason_{figure.reason}')}" if figure.reason else label


_FRACTIONS_SHOWN = {1 / 2: "1/2", 1 / 3: "1/3", 1 / 4: "1/4", 2 / 3: "2/3"}


def _found_value(figure: Figure, loc: Locale) -> str:
    """A found figure as a reader writes it: with its qualifier and sign, % for a percentage, 1/4 for a quarter;
    a dash for a vague quantity and a question mark for a phrase left unread."""
    if figure.status == VAGUE_STATUS:
        return loc.t("finder.vague_value")
    if figure.value is None:
        return loc.t("finder.unread_value")
    percent = figure.unit == "percent"
    upper = "" if figure.value_max is None else _number(figure.value_max, loc, percent)
    if figure.unit == "fraction" and figure.value in _FRACTIONS_SHOWN:  # «أكثر من ربع»: a share, not "0.25"
        shown = loc.iso(loc.digits_of(_FRACTIONS_SHOWN[figure.value]))
    else:
        shown = _number(figure.value, loc, percent)
    return loc.t(f"qualifier.{figure.qualifier}", value=shown, value_max=upper)


def _number(value: float, loc: Locale, percent: bool) -> str:
    """A number in the reader's digits with as many decimals as it has (up to two) and a true minus sign."""
    decimals = next(places for places in (0, 1, 2) if round(value, places) == round(value, 2))
    # Arabic text writes numbers as the article does (7058, 15٬000): format_number's arabic style (glossary).
    digits = (
        format_percent(abs(value), decimals, loc.digits)
        if percent
        else format_number(abs(value), decimals, loc.digits, arabic=loc.lang == "ar")
    )
    return loc.iso(("\u2212" if round(value, 2) < 0 else "") + digits)
