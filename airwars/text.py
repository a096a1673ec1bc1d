"""Arabic text helpers: digits, number formatting and bidirectional isolation."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from pyarabic import araby, number, trans

LRI = "\u2066"  # left-to-right isolate: keeps "-2%" from reading as "2%-" in Arabic text
RLI = "\u2067"  # right-to-left isolate: an Arabic label inside a left-to-right plot
PDI = "\u2069"  # pop directional isolate
ARABIC_THOUSANDS = "\u066c"  # ٬
ARABIC_DECIMAL = "\u066b"  # ٫
ARABIC_PERCENT = "\u066a"  # ٪

_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
# A number inside running text: digits with their separators, and a percent sign right after.
_NUMBER_IN_TEXT = re.compile(r"\d+(?:[.,]\d+)*%?")
_SEPARATORS = {",": "", ARABIC_THOUSANDS: "", " ": "", "\u00a0": "", "\u202f": "", "_": ""}
# Direction marks and isolates that a spreadsheet may leave around a number.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def normalize(text: str) -> str:
    """Strip tashkeel and tatweel so that spellings compare equal."""
    return araby.strip_tatweel(araby.strip_tashkeel(text))


def to_western_digits(text: str) -> str:
    """Turn Arabic-Indic and Persian digits into 0-9 (pyarabic)."""
    return trans.normalize_digits(text, source="all", out="west")


_ARABIC_MARKS = str.maketrans({",": ARABIC_THOUSANDS, ".": ARABIC_DECIMAL, "%": ARABIC_PERCENT})


def to_arabic_digits(text: str) -> str:
    """Turn the numbers in text into Arabic-Indic digits with Arabic separators; other punctuation stays."""
    return _NUMBER_IN_TEXT.sub(
        lambda match: trans.normalize_digits(match.group(), source="all", out="east").translate(_ARABIC_MARKS), text
    )


def percent_words(value: float) -> str:
    """A whole percentage in Arabic words: 70 -> «سبعون في المئة» (pyarabic's number2text)."""
    # number2text answers «صفر» for numpy integers: hand it a Python int.
    return f"{number.number2text(int(value))} في المئة"


def parse_number(cell: str) -> float | None:
    """Read a number written with any digits and separators; None when it is not one."""
    text = to_western_digits(cell.translate(_BIDI_MARKS).strip())
    text = text.replace("\u2212", "-").replace(ARABIC_DECIMAL, ".")
    for separator, replacement in _SEPARATORS.items():
        text = text.replace(separator, replacement)
    if not _NUMBER.fullmatch(text):
        return None
    return float(text)


def round_half_up(value: float, decimals: int = 0) -> float:
    """Round as a reader expects (3194.5 -> 3195, 1.005 -> 1.01), not to even.

    The float's shortest repr is what the source wrote ("1.005"), so decimal rounds that, not its binary expansion.
    """
    return float(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def format_number(value: float, decimals: int = 0, digits: str = "western", arabic: bool = False) -> str:
    """Format with thousands separators and the chosen digits.

    arabic: as the article writes numbers in Arabic text (glossary, "a number in Arabic text"): no separator up to
    four digits (7058), the Arabic thousands separator ٬ from five digits on (15٬000), never a Latin comma, which
    beside the Arabic comma «،» reads as one."""
    text = f"{round_half_up(value, decimals):,.{decimals}f}"
    if arabic:
        whole = text.split(".")[0].lstrip("-").replace(",", "")
        text = text.replace(",", "" if len(whole) <= 4 else ARABIC_THOUSANDS)
    return to_arabic_digits(text) if digits == "arabic" else text


def format_percent(value: float, decimals: int = 0, digits: str = "western") -> str:
    """Format a share in percent, e.g. 64.7%."""
    text = f"{format_number(value, decimals)}%"
    return to_arabic_digits(text) if digits == "arabic" else text


def isolate(text: str) -> str:
    """Wrap text in a left-to-right isolate so signs and operators keep their places."""
    return f"{LRI}{text}{PDI}"


def isolate_rtl(text: str) -> str:
    """Wrap text in a right-to-left isolate, so it reads right to left wherever it is placed."""
    return f"{RLI}{text}{PDI}"


# A run of Latin script inside Arabic text: a name such as "Vermont Independent" or an address, through its inner
# spaces and punctuation, ending on a letter or digit (a closing bracket after it stays Arabic's).
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9 .,'’&/:-]*[A-Za-z0-9]|[A-Za-z]")


def right_to_left(text: str) -> bool:
    """Whether text has a right-to-left letter (Arabic, Hebrew), by its Unicode bidirectional class."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def isolate_latin(text: str) -> str:
    """Isolate each Latin run of an Arabic text left to right, so the brackets and commas around it keep their places:
    «إير وور (عبر Vermont Independent)» never shows as «(Vermont Independent (عبر»."""
    return _LATIN_RUN.sub(lambda m: isolate(m.group()), text)


def strip_isolates(text: str) -> str:
    """Remove direction isolates and marks, for comparing displayed text."""
    return text.translate(_BIDI_MARKS)
