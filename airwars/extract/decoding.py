"""Bytes to a checked text: the codecs tried, the bytes that were not valid, and the text matching reads."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pyarabic import araby

from airwars.extract.lexicon import _ARABIC_LETTER
from airwars.i18n import Locale
from airwars.text import ARABIC_DECIMAL, ARABIC_PERCENT, ARABIC_THOUSANDS, to_western_digits

MAX_BYTES = 1_000_000
BAD_BYTES_MAX = 16  # invalid bytes a UTF-8 text may have and still be read as UTF-8 (each named in a warning)
# Byte-order marks, UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Embeddings and overrides (U+202A–U+202E) reorder what follows them: «7058» can be shown as «8507».
_OVERRIDES = dict.fromkeys(range(0x202A, 0x202F))


class ExtractError(ValueError):
    """The input cannot be read as an Arabic text; code names the reason for the message."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Decoded:
    """A text read from bytes: the codec it was read with, and the offsets of bytes that were not valid in it."""

    text: str
    codec: str
    bad_bytes: tuple[int, ...] = ()


def decode(raw: bytes) -> str:
    """Bytes as text (see read_bytes); the bad bytes of a nearly-UTF-8 text become U+FFFD."""
    return read_bytes(raw).text


def read_bytes(raw: bytes) -> Decoded:
    """UTF-16 or UTF-32 with a byte-order mark; UTF-8 (with or without one), also when a few bytes are invalid (their
    offsets kept for a warning); else Windows-1256 or ISO-8859-6, only when the bytes can be read as one of them alone."""
    if len(raw) > MAX_BYTES:
        raise ExtractError("too_large")
    if not raw.strip():
        raise ExtractError("empty")
    for mark, codec in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return Decoded(raw.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise ExtractError("binary") from exc
    if b"\x00" in raw:
        raise ExtractError("binary")
    try:
        return Decoded(raw.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    bad = _invalid_utf8(raw)
    text = raw.decode("utf-8-sig", errors="replace")
    if len(bad) <= BAD_BYTES_MAX and _ARABIC_LETTER.search(text):
        return Decoded(text, "utf-8", tuple(bad))
    return Decoded(_single_byte(raw), "single-byte")


def _invalid_utf8(raw: bytes) -> list[int]:
    """Offsets of the bytes UTF-8 cannot read, each run of them named by its first byte."""
    bad, at = [], 0
    while at < len(raw):
        try:
            raw[at:].decode("utf-8")
            break
        except UnicodeDecodeError as error:
            bad.append(at + error.start)
            at += error.end
            if len(bad) > BAD_BYTES_MAX:
                break
    return bad


def _single_byte(raw: bytes) -> str:
    """Windows-1256 or ISO-8859-6, when only one reads the bytes as plausible Arabic; otherwise refused."""
    readings = {}
    for codec in ("cp1256", "iso8859_6"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible_arabic(text):
            readings[codec] = text
    if len(readings) == 1:
        return next(iter(readings.values()))
    if not readings:
        raise ExtractError("binary")
    raise ExtractError("encoding")


def _plausible_arabic(text: str) -> bool:
    """Arabic letters, without Latin accented letters among them or vowel marks opening words (a misread codec)."""
    letters = len(_ARABIC_LETTER.findall(text))
    odd = len(re.findall(r"[\u00c0-\u00ff]", text)) + len(re.findall(r"(?:^|\s)[\u064b-\u0652]", text))
    return letters > 0 and odd * 20 <= letters


AMBIGUOUS_CODECS = "Windows-1256 / ISO-8859-6"


def error_message(error: ExtractError, loc: Locale) -> str:
    """The reader's message for a text that cannot be read."""
    return loc.t(f"finder.{error.code}", codecs=AMBIGUOUS_CODECS)


def bad_bytes_warning(decoded: Decoded, loc: Locale) -> str | None:
    """The warning naming the invalid bytes of a nearly-UTF-8 text (their offsets, from 0), or None."""
    if not decoded.bad_bytes:
        return None
    offsets = ", ".join(str(offset) for offset in decoded.bad_bytes)
    return loc.t("finder.bad_bytes", count=loc.num(len(decoded.bad_bytes)), offsets=offsets)


def check_text(text: str) -> None:
    """Refuse what is not a text, or has no Arabic in it."""
    if not text.strip():
        raise ExtractError("empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r")
    if controls > max(2, len(text) // 100):
        raise ExtractError("binary")
    if not _ARABIC_LETTER.search(text):
        raise ExtractError("no_arabic")


_MARKS = str.maketrans(
    {
        ARABIC_THOUSANDS: ",",
        ARABIC_DECIMAL: ".",
        ARABIC_PERCENT: "%",
        "\u2052": "%",  # «85,4⁒»: a paper's percent sign (the commercial minus sign, which looks like it)
        "\u066c": ",",
        "\u06cc": "ي",
        "\u06af": "ك",
        "\u06a9": "ك",
    }
)
# Direction marks and isolates (text copied from this dashboard has them around numbers) are dropped for matching too.
_MARKS_ON_LETTERS = set(araby.TASHKEEL) | {araby.TATWEEL, "\u0670"}
_DROPPED = _MARKS_ON_LETTERS | set("\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u200c\u200d")
_DROPPED |= {chr(code) for code in _OVERRIDES}


def without_overrides(text: str) -> str:
    """The text without embedding and override characters, which would reorder what a reader sees."""
    return text.translate(_OVERRIDES)


def normalized_with_origin(text: str) -> tuple[str, list[int]]:
    """Text without tashkeel and tatweel, with Western digits; and where each character came from."""
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for match in _DROPPED_RUN.finditer(text):  # whole runs at once: most of a text is kept as it is
        pieces.append(text[at : match.start()])
        origin.extend(range(at, match.start()))
        at = match.end()
    pieces.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    kept = "".join(pieces)
    normal = unicodedata.normalize("NFKC", kept) if _PRESENTATION.search(kept) else kept
    if len(normal) != len(kept):  # a presentation form that became two letters: keep the text as it was
        normal = kept
    return to_western_digits(normal).translate(_MARKS), origin


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_DROPPED_RUN = re.compile("[" + "".join(re.escape(c) for c in sorted(_DROPPED)) + "]+")
