"""Find the figures in an Arabic text: digits, number words, percentages, scales, fractions, ranges.

Offsets always point into the text as given; matching runs on a copy without tashkeel and tatweel,
with Arabic-Indic digits and separators made Western, mapped back character by character.
"""

from __future__ import annotations

import codecs
import math
import re
from bisect import bisect_right
from dataclasses import asdict, dataclass
from functools import lru_cache
from html import escape

import pandas as pd
from pyarabic import araby
from pyarabic import number as arabic_number

from airwars.i18n import Locale
from airwars.text import (
    ARABIC_DECIMAL,
    ARABIC_PERCENT,
    ARABIC_THOUSANDS,
    format_number,
    format_percent,
    to_western_digits,
)

MAX_BYTES = 1_000_000
# No count or share in a report comes near this; a longer number is an identifier or noise, and a float beyond it
# loses its units (and beyond 1e308 becomes infinity, which neither int() nor JSON accepts).
MAX_VALUE = 1e15
SHOWN = 300  # figures a page table and the highlighted text show; the CSV holds them all
TEXT_SHOWN = 50_000  # characters of the text shown highlighted: more makes a reader's tab slow to draw
SENTENCE_MAX = 400  # characters of a sentence kept around a figure: a text without full stops is one long sentence
SCALES = {"ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "الف": 1e3, "الاف": 1e3, "الفا": 1e3, "ألفان": 1e3, "ألفين": 1e3,
          "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6, "مليونان": 1e6, "مليونين": 1e6,
          "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9}  # fmt: skip
DUALS = {"ألفان", "ألفين", "مليونان", "مليونين"}
HUNDREDS = {"مئة", "مائة"}
# «خمس» is left out: it is five far more often than a fifth.
FRACTIONS = {"نصف": 1 / 2, "ثلث": 1 / 3, "ربع": 1 / 4, "ثلثا": 2 / 3, "ثلثي": 2 / 3}
PERCENT_WORDS = (("في", "المئة"), ("في", "المائة"), ("بالمئة",), ("بالمائة",))
QUALIFIERS = (  # the words before a figure, longest first
    (("ما", "لا", "يقل", "عن"), "at_least"), (("لا", "يقل", "عن"), "at_least"),
    (("ما", "يزيد", "على"), "more_than"), (("ما", "يزيد", "عن"), "more_than"),
    (("أكثر", "من"), "more_than"), (("اكثر", "من"), "more_than"),
    (("تزيد", "على"), "more_than"), (("تزيد", "عن"), "more_than"), (("يزيد", "على"), "more_than"),
    (("يزيد", "عن"), "more_than"), (("نحو",), "about"), (("حوالي",), "about"), (("حوالى",), "about"),
    (("قرابة",), "about"), (("زهاء",), "about"),
)  # fmt: skip
CIVILIAN_WORDS = ("مدني", "مدنيا", "مدنيين", "مدنيون", "مدنية")
UNITS = (  # word stems after a figure, and the unit they make evident
    (CIVILIAN_WORDS, "civilians"),
    (("مقاتل", "مقاتلا", "مقاتلين", "مقاتلو", "مقاتلون"), "fighters"),
    (("ضربة", "ضربات", "غارة", "غارات", "هجمة", "هجمات", "هجوم", "هجوما", "طلعة", "طلعات"), "strikes"),
    (("شخص", "أشخاص", "شخصا", "قتيل", "قتيلا", "قتلى", "ضحية", "ضحايا"), "people"),
)  # fmt: skip
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
          "أيلول", "تشرين", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
VAGUE = {"آلاف", "الاف", "ملايين", "مليارات"}  # «آلاف الإرهابيين»: thousands of, not a count
YEAR_WORDS = ("عام", "العام", "سنة", "السنة", "منذ", "عامي")
MINUS_SIGNS = "-\u2212"
# A sign before the digits (-2%, −2%, +510), or a minus after them as Arabic text often has it (٢-٪, ٢٪-).
_DIGITS = re.compile(r"(و)?([+\-\u2212])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(-%|%-?)?")
_BREAK = r"\s،,؛;:()\[\]«»\"'!?؟.…"
# A number token ends where the word ends: «70th» is not the number 70, «2015-2016» is not -2016.
_TOKEN = re.compile(rf"و?[+\-\u2212]?\d+(?:[.,]\d+)*(?:-%|%-?)?(?=[{_BREAK}]|$)|[^{_BREAK}]+|%")
_SENTENCE_END = re.compile(r"[.!?؟…]+(?=\s|$)|\n+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_SPACE = re.compile(r"\s")
# Byte-order marks, UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
# Embeddings and overrides (U+202A–U+202E) reorder what follows them: «7058» can be shown as «8507».
_OVERRIDES = dict.fromkeys(range(0x202A, 0x202F))


class ExtractError(ValueError):
    """The input cannot be read as an Arabic text; code names the reason for the message."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Figure:
    """One figure found in the text, with where it stands."""

    value: float
    value_max: float | None
    unit: str | None
    qualifier: str
    phrase: str
    start: int
    end: int
    sentence: str

    def record(self) -> dict:
        """As one JSON object: value_max only for a range, whole numbers as integers."""
        record = {key: _plain(value) for key, value in asdict(self).items()}
        if self.value_max is None:
            del record["value_max"]
        return record


def _plain(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def rounded(value: float) -> int | float:
    """A figure for a table or a spreadsheet: 1200 not 1200.0, a third as 0.33."""
    return _plain(round(value, 2))


@dataclass(frozen=True)
class Scan:
    """The figures of a text, and how many numbers were left out as too large to be a count."""

    figures: list[Figure]
    too_large: int


@dataclass
class _Token:
    text: str  # normalized
    start: int  # in the normalized text
    end: int

    @property
    def bare(self) -> str:
        """The word without a leading «و» (and)."""
        return self.text[1:] if self.text.startswith("و") and len(self.text) > 1 else self.text


def decode(raw: bytes) -> str:
    """Bytes as text: UTF-16 or UTF-32 with a byte-order mark, UTF-8 (with or without one), else Windows-1256."""
    if len(raw) > MAX_BYTES:
        raise ExtractError("too_large")
    if not raw.strip():
        raise ExtractError("empty")
    for mark, codec in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise ExtractError("binary") from exc
    if b"\x00" in raw:
        raise ExtractError("binary")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1256")
        except UnicodeDecodeError as exc:
            raise ExtractError("binary") from exc
    return text


def check_text(text: str) -> None:
    """Refuse what is not a text, or has no Arabic in it."""
    if not text.strip():
        raise ExtractError("empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r")
    if controls > max(2, len(text) // 100):
        raise ExtractError("binary")
    if not _ARABIC_LETTER.search(text):
        raise ExtractError("no_arabic")


_MARKS = str.maketrans({ARABIC_THOUSANDS: ",", ARABIC_DECIMAL: ".", ARABIC_PERCENT: "%", "\u066c": ","})
# Direction marks and isolates (text copied from this dashboard has them around numbers) are dropped for matching too.
_MARKS_ON_LETTERS = set(araby.TASHKEEL) | {araby.TATWEEL, "\u0670"}
_DROPPED = _MARKS_ON_LETTERS | set("\u200e\u200f\u061c\u2066\u2067\u2068\u2069")
_DROPPED |= {chr(code) for code in _OVERRIDES}


def without_overrides(text: str) -> str:
    """The text without embedding and override characters, which would reorder what a reader sees."""
    return text.translate(_OVERRIDES)


def normalized_with_origin(text: str) -> tuple[str, list[int]]:
    """Text without tashkeel and tatweel, with Western digits; and where each character came from."""
    kept, origin = [], []
    for index, char in enumerate(text):
        if char in _DROPPED:
            continue
        kept.append(char)
        origin.append(index)
    origin.append(len(text))
    return to_western_digits("".join(kept)).translate(_MARKS), origin


@lru_cache(maxsize=4096)
def _is_number_word(word: str) -> bool:
    """Whether pyarabic counts the word as a number word."""
    # detect_numbers and text2number do not print (detect_number_words does): no stdout to silence.
    return arabic_number.detect_numbers([word]) == ["DB"]


@lru_cache(maxsize=4096)
def _word_value(word: str) -> float:
    """The value of one number word: «ستمئة» is 600."""
    return float(arabic_number.text2number(word))


def _signed_value(match: re.Match) -> float:
    """The number of a digits token, negative when a minus stands before or after it."""
    number = float(match.group(3).replace(",", ""))
    negative = (match.group(2) or "+") in MINUS_SIGNS or "-" in (match.group(4) or "")
    return -number if negative else number


def _kind(token: _Token) -> str | None:
    """digits, scale, word, fraction or None."""
    if _DIGITS.fullmatch(token.text):
        return "digits"
    if token.bare in SCALES:
        return "scale"
    if token.bare in FRACTIONS:
        return "fraction"
    if token.bare not in ("أحد", "واحد", "احد") and _is_number_word(token.bare):
        return "word"
    return None


def _value(tokens: list[_Token], kinds: list[str]) -> float:
    """Add up a phrase of digits, number words and scales: «12 ألفا و450» is 12450."""
    total = current = 0.0
    for token, kind in zip(tokens, kinds):
        if kind == "digits":
            current += _signed_value(_DIGITS.fullmatch(token.text))
        elif kind == "scale":
            if token.bare in DUALS and current == 0:
                current = 2
            total += (current or 1) * SCALES[token.bare]
            current = 0
        elif token.bare in HUNDREDS and 0 < current < 10:
            current *= 100  # «ثلاث مئة»
        else:
            current += _word_value(token.bare)
    return total + current


def _phrases(tokens: list[_Token]) -> list[tuple[int, int, list[str]]]:
    """Runs of tokens that make one number: (first, last + 1, kinds)."""
    kinds = [_kind(t) for t in tokens]
    runs, i = [], 0
    while i < len(tokens):
        if kinds[i] not in ("digits", "word", "scale") or (kinds[i] == "scale" and tokens[i].text.startswith("و")):
            i += 1
            continue
        j, has_scale = i + 1, kinds[i] == "scale"
        while j < len(tokens) and kinds[j] in ("digits", "word", "scale"):
            joined = tokens[j].text.startswith("و")
            if kinds[j] == "digits" and not (joined and has_scale):
                break  # «500 و1800» are two numbers; «12 ألفا و450» is one
            if kinds[j - 1] == "digits" and kinds[j] == "word":
                break
            has_scale |= kinds[j] == "scale"
            j += 1
        runs.append((i, j, kinds[i:j]))
        i = j
    return runs


def _words(tokens: list[_Token], start: int, count: int) -> tuple[str, ...]:
    return tuple(t.text for t in tokens[max(start, 0):start + count]) if start >= 0 else ()


def _qualifier(tokens: list[_Token], first: int) -> tuple[str, int]:
    """The qualifier written before a figure, and the index where it starts."""
    if first >= 1 and tokens[first - 1].text == "بين":
        return "range", first - 2 if first >= 2 and tokens[first - 2].text == "ما" else first - 1
    for words, qualifier in QUALIFIERS:
        before = _words(tokens, first - len(words), len(words))
        # the first word may carry «و»: «وحوالي 20»
        if before and (tokens[first - len(words)].bare,) + before[1:] == words:
            return qualifier, first - len(words)
    return "exact", first


def _unit(tokens: list[_Token], after: int) -> str | None:
    """The unit the next words make evident."""
    for offset in range(2):
        if after + offset >= len(tokens):
            return None
        word = tokens[after + offset].bare
        for stems, unit in UNITS:
            if word in stems:
                if unit == "people" and after + offset + 1 < len(tokens) and tokens[after + offset + 1].text in CIVILIAN_WORDS:
                    return "civilians"  # «ضحية مدنية»
                return unit
        if word not in ("من", "منها", "منهم"):
            return None
    return None


def _is_date(tokens: list[_Token], first: int, last: int, kinds: list[str]) -> bool:
    """A year or a day of a month, which is not a count."""
    if kinds != ["digits"]:
        return False
    text = tokens[first].bare
    near = [tokens[k].text for k in (first - 1, last) if 0 <= k < len(tokens)]
    month_near = any(w.split("/")[0].lower() in MONTHS or w in MONTHS for w in near)
    if re.fullmatch(r"(19|20)\d\d", text):
        return month_near or (first > 0 and tokens[first - 1].bare in YEAR_WORDS) or not _unit(tokens, last)
    return bool(re.fullmatch(r"\d{1,2}", text)) and month_near


class _Sentences:
    """Sentence boundaries of a text, found once, looked up by position."""

    def __init__(self, normal: str):
        self.ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(normal)]
        self.starts = [end for _, end in self.ends]
        self.length = len(normal)

    def around(self, position: int) -> tuple[int, int]:
        """The span of the sentence holding a position."""
        index = bisect_right(self.starts, position)
        begin = self.starts[index - 1] if index else 0
        end = self.ends[index][1] if index < len(self.ends) else self.length
        return begin, end


def find(text: str) -> list[Figure]:
    """Every figure in an Arabic text, in reading order."""
    return scan(text).figures


def _countable(value: float | None) -> bool:
    """Whether a value can be a count or a share: finite and at most MAX_VALUE."""
    return value is None or (math.isfinite(value) and abs(value) <= MAX_VALUE)


def scan(text: str) -> Scan:
    """Every figure in an Arabic text, in reading order; numbers too large to be a count are left out and counted."""
    normal, origin = normalized_with_origin(text)
    sentences = _Sentences(normal)
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(normal)]
    found: list[Figure] = []
    runs = _phrases(tokens)
    skip, too_large = set(), 0
    for index, (first, last, kinds) in enumerate(runs):
        if index in skip or _is_date(tokens, first, last, kinds) or (kinds == ["scale"] and tokens[first].bare in VAGUE):
            continue
        value = _value(tokens[first:last], kinds)
        qualifier, begin = _qualifier(tokens, first)
        high, end_token = None, last
        if qualifier == "range":
            following = runs[index + 1] if index + 1 < len(runs) else None
            if following and following[0] == last and tokens[last].text.startswith("و"):
                high, end_token = _value(tokens[following[0]:following[1]], following[2]), following[1]
                skip.add(index + 1)
            else:
                qualifier, begin = "exact", first
        if not (_countable(value) and _countable(high)):
            too_large += 1
            continue
        unit = _unit(tokens, end_token)
        if "%" in tokens[end_token - 1].text:
            unit = "percent"
        elif end_token < len(tokens) and tokens[end_token].text == "%":
            unit, end_token = "percent", end_token + 1
        elif any(_words(tokens, end_token, len(w)) == w for w in PERCENT_WORDS):
            unit = "percent"
            end_token += next(len(w) for w in PERCENT_WORDS if _words(tokens, end_token, len(w)) == w)
        found.append(_figure(text, sentences, origin, value, high, unit, qualifier,
                             _start(tokens[begin]), tokens[end_token - 1].end))  # fmt: skip
    found += _fractions(text, sentences, origin, tokens)
    return Scan(sorted(found, key=lambda f: f.start), too_large)


def _start(token: _Token) -> int:
    """Where a figure's first word starts: a leading «و» (and) belongs to the sentence, not to the figure."""
    return token.start + len(token.text) - len(token.bare)


def _fractions(text: str, sentences: _Sentences, origin: list[int], tokens: list[_Token]) -> list[Figure]:
    """«ثلث» and its kind: shares of a whole, with the qualifier before them («نحو ثلث» is about a third)."""
    found = []
    for index, token in enumerate(tokens):
        if token.bare not in FRACTIONS:
            continue
        qualifier, begin = _qualifier(tokens, index)
        if qualifier == "range":  # «ما بين ثلث ونصف» is read as two fractions
            qualifier, begin = "exact", index
        found.append(_figure(text, sentences, origin, FRACTIONS[token.bare], None, "fraction", qualifier,
                             _start(tokens[begin]), token.end))  # fmt: skip
    return found


def _figure(text: str, sentences: _Sentences, origin: list[int], value: float, high: float | None, unit: str | None,
            qualifier: str, start: int, end: int) -> Figure:  # fmt: skip
    """A figure with its offsets and sentence mapped back to the original text."""
    sentence_start, sentence_end = sentences.around(start)
    first, stop = origin[start], _end(text, origin, end)
    sentence = _sentence(text, origin[sentence_start], origin[sentence_end], first, stop)
    return Figure(value, high, unit, qualifier, text[first:stop], first, stop, sentence)


def _end(text: str, origin: list[int], end: int) -> int:
    """Where a figure ends in the original text: with the marks on its last letter, without a direction mark after it."""
    stop = origin[end - 1] + 1
    while stop < len(text) and text[stop] in _MARKS_ON_LETTERS:
        stop += 1
    return stop


def _sentence(text: str, begin: int, end: int, start: int, stop: int) -> str:
    """The sentence around a figure; one longer than SENTENCE_MAX is cut to the whole words near it, marked «…»."""
    if end - begin <= SENTENCE_MAX:
        return text[begin:end].strip()
    reach = max((SENTENCE_MAX - (stop - start)) // 2, 40)
    left, right = max(begin, start - reach), min(end, stop + reach)
    if left > begin:  # drop the words cut in two
        space = _SPACE.search(text, left, start)
        left = space.end() if space else start
    if right < end:
        spaces = [m.start() for m in _SPACE.finditer(text, stop, right)]
        right = spaces[-1] if spaces else stop
    piece = text[left:right].strip()
    return ("…" if left > begin else "") + piece + ("…" if right < end else "")


def extract(raw: bytes) -> list[Figure]:
    """Decode, check and search bytes; raises ExtractError with a reason code."""
    text = decode(raw)
    check_text(text)
    return find(text)


def highlight_html(text: str, found: list[Figure]) -> str:
    """The text as HTML with every figure marked; every piece of the text is escaped."""
    pieces, at = [], 0
    for figure in found:
        if figure.start < at:
            continue
        pieces.append(escape(text[at:figure.start]))
        pieces.append(f'<mark class="figure">{escape(text[figure.start:figure.end])}</mark>')
        at = figure.end
    pieces.append(escape(text[at:]))
    return "".join(pieces).replace("\n", "<br>")


def preview(text: str, found: list[Figure]) -> tuple[str, list[Figure]]:
    """The part of a text a reader's tab draws quickly, and its figures to mark: at most SHOWN, within TEXT_SHOWN."""
    cut = found[SHOWN].start if len(found) > SHOWN else len(text)  # up to the first figure not in the table
    if cut > TEXT_SHOWN:
        space = text.rfind(" ", 0, TEXT_SHOWN)
        cut = space if space > TEXT_SHOWN // 2 else TEXT_SHOWN
    return text[:cut], [f for f in found[:SHOWN] if f.end <= cut]


CSV_UNITS = {"civilians": "people", "fighters": "people", "people": "people", "strikes": "strikes", "percent": "percent"}


def as_figure_rows(found: list[Figure]) -> list[dict]:
    """Rows in the format of data/figures.csv, for a person to complete with ids and sources."""
    return [
        {"id": "", "value": rounded(f.value), "value_max": "" if f.value_max is None else rounded(f.value_max),
         "unit": CSV_UNITS.get(f.unit or "", ""), "qualifier": f.qualifier, "claimed_by": "", "source_id": "",
         "period_start": "", "period_end": "", "quote": f.sentence}
        for f in found
    ]  # fmt: skip


def found_table(found: list[Figure], loc: Locale) -> pd.DataFrame:
    """The figures found in a text, for showing: value with its qualifier, unit, phrase and sentence."""
    return pd.DataFrame({
        loc.t("column.value"): [_found_value(f, loc) for f in found],
        loc.t("column.qualifier"): [loc.t(f"qualifier_name.{f.qualifier}") for f in found],
        loc.t("finder.unit"): [loc.t(f"finder.unit_{f.unit or 'none'}") for f in found],
        loc.t("finder.phrase"): [f.phrase for f in found],
        loc.t("finder.sentence"): [f.sentence for f in found],
    })  # fmt: skip


def found_rows(found: list[Figure], loc: Locale) -> pd.DataFrame:
    """The figures found, for a spreadsheet: headers and words in the reader's language, numbers as numbers."""
    return pd.DataFrame({
        loc.t("column.value"): [rounded(f.value) for f in found],
        loc.t("finder.value_max"): ["" if f.value_max is None else rounded(f.value_max) for f in found],
        loc.t("column.qualifier"): [loc.t(f"qualifier_name.{f.qualifier}") for f in found],
        loc.t("finder.unit"): [loc.t(f"finder.unit_{f.unit or 'none'}") for f in found],
        loc.t("finder.phrase"): [f.phrase for f in found],
        loc.t("finder.sentence"): [f.sentence for f in found],
    }, dtype=object)  # fmt: skip


def _found_value(figure: Figure, loc: Locale) -> str:
    """A found figure as a reader writes it: with its qualifier and sign, and % for a percentage."""
    percent = figure.unit == "percent"
    upper = "" if figure.value_max is None else _number(figure.value_max, loc, percent)
    return loc.t(f"qualifier.{figure.qualifier}", value=_number(figure.value, loc, percent), value_max=upper)


def _number(value: float, loc: Locale, percent: bool) -> str:
    """A number in the reader's digits with as many decimals as it has (up to two) and a true minus sign."""
    decimals = next(places for places in (0, 1, 2) if round(value, places) == round(value, 2))
    # Arabic text writes numbers as the article does (7058, 15٬000): format_number's arabic style (glossary).
    digits = (format_percent(abs(value), decimals, loc.digits) if percent
              else format_number(abs(value), decimals, loc.digits, arabic=loc.lang == "ar"))  # fmt: skip
    return loc.iso(("\u2212" if round(value, 2) < 0 else "") + digits)
