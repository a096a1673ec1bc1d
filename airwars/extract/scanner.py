"""The scan of a text: every figure in reading order, with its range, its qualifier, its unit and its sentence."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from airwars.extract.context import (
    _CLOSING,
    _DASHES,
    _GROUPED_TWICE,
    _HALF_AFTER,
    _HIJRI_YEAR_SHOWN,
    _LONG_ID,
    _MEASURES,
    _MINUTE_MARKS,
    _NO_SHARE_AFTER,
    _RANGE_NOUNS,
    _SAFAR_BEFORE,
    _TIME_NOUNS,
    _YEAR,
    _after_qualifier,
    _article_number_is_no_count,
    _bare_scale_is_no_count,
    _counted_after_bracket,
    _day_of_month_spelt,
    _dual_of_name,
    _fraction_with_pronoun,
    _fraction_word,
    _from_one_noun,
    _garbled_beside,
    _in_latin_code,
    _is_date,
    _is_model,
    _is_month,
    _is_name,
    _is_time,
    _kind,
    _list_scale,
    _name_then_dash,
    _named_place,
    _near_scale,
    _number_word_in_name,
    _percent_and_not,
    _percent_sign,
    _percent_words_at,
    _phrases,
    _qualifier,
    _rank_after_adjective,
    _rate_range,
    _scale_of_scale,
    _spelt_decimal,
    _split_compound,
    _unit,
    _word_kind,
    _word_unit,
    _words,
    _years_span,
)
from airwars.extract.decoding import _DROPPED, _MARKS_ON_LETTERS, check_text, decode, normalized_with_origin
from airwars.extract.figure import FIGURE, UNREAD, VAGUE_STATUS, Figure, Scan
from airwars.extract.lexicon import (
    _ARABIC_LETTER,
    _DUAL_FEMININE,
    _DUAL_NOUNS,
    _NOT_FIGURES,
    _ONE,
    _PERCENT_FIRST,
    _PHRASE_BREAK,
    _SENTENCE_END,
    _SOUND_PLURAL,
    _SPACE,
    _TOKEN,
    _YEARS,
    DAY_NAMES,
    DEFINITE_SHARES,
    FRACTIONS,
    NAME_WORDS,
    ORDINALS,
    PERCENT_WORDS,
    PLURAL_FRACTIONS,
    PLURAL_SCALES,
    SCALES,
    TWELVE_TWOS,
    _dual,
    _dual_form,
    _number_word,
    _one,
    _stem_in,
    _Token,
    _word_value,
)
from airwars.extract.numbers import (
    _LETTER_GROUPS_IN_TEXT,
    COMMA_BEFORE_SCALE,
    MALFORMED,
    _comma_decimal_style,
    _digits_match,
    _digits_value,
    _dual_scale,
    _grouped_whole,
    _scale_of,
    _ungrouped,
    _value,
)

# No count or share in a report comes near this; a longer number is an identifier or noise, and a float beyond it
# loses its units (and beyond 1e308 becomes infinity, which neither int() nor JSON accepts).
MAX_VALUE = 1e15
SENTENCE_MAX = 400  # characters of a sentence kept around a figure: a text without full stops is one long sentence


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
    """Every figure in an Arabic text, in reading order, with the vague and unread phrases among them."""
    return scan(text).figures


def figures_only(found: list[Figure]) -> list[Figure]:
    """The found phrases that have a value."""
    return [f for f in found if f.status == FIGURE]


def _countable(value: float | None) -> bool:
    """Whether a value can be a count or a share: finite and at most MAX_VALUE."""
    return value is None or (math.isfinite(value) and abs(value) <= MAX_VALUE)


_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}\.\d{3}(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
_PLAIN_DOTTED = re.compile(r"\d{1,3}\.\d{3}")
_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])")
# Verbs and nouns of change: «ارتفع من 30 إلى 80» gives two figures, not a range
_CHANGE = {
    "رفع",
    "رفعت",
    "يرفع",
    "خفض",
    "خفضت",
    "ارتفع",
    "ارتفعت",
    "يرتفع",
    "ترتفع",
    "انخفض",
    "انخفضت",
    "ينخفض",
    "تنخفض",
    "تراجع",
    "تراجعت",
    "يتراجع",
    "زاد",
    "زادت",
    "قفز",
    "قفزت",
    "صعد",
    "صعدت",
    "هبط",
    "هبطت",
    "تضاعف",
    "ازداد",
    "ازدادت",
    "تقلص",
    "تقلصت",
    "ارتفاع",
    "انخفاض",
    "زيادة",
    "يزيد",
    "تزيد",
    "ينمو",
    "نما",
    "نمت",
    "تحول",
    "تحولت",
    "تغير",
    "انتقل",
    "انتقلت",
    "ينتقل",
    "ارتفاعا",
    "انخفاضا",
    "تراجعا",
    "صعودا",
    "هبوطا",
}


def _partner_after_aside(
    tokens: list[_Token], runs: list[tuple[int, int, list[str | None]]], index: int, last: int, normal: str
) -> int | None:
    """After «بين» and a number, a gloss in brackets, then «و» and the range's other end: the other end's run, which
    follows the gloss's own («بين 610.9 مليون درهم (أي ما يعادل 166.3 مليون دولار) و739.5 مليون درهم»)."""
    if index + 2 >= len(runs):
        return None
    aside, partner = runs[index + 1], runs[index + 2]
    opening = normal[tokens[last - 1].end : tokens[aside[0]].start]
    closing = normal[tokens[aside[1] - 1].end : tokens[partner[0]].start]
    if "(" not in opening or len(opening) > 30 or ")" not in closing or "(" in closing or len(closing) > 20:
        return None
    if not tokens[partner[0]].text.startswith("و") or _unit(tokens, last) != _unit(tokens, partner[1]):
        return None
    return index + 2


_UNTIL = {"حتى", "وحتى", "ل"}


def _until(tokens: list[_Token], at: int, second: int) -> bool:
    """After «من» and a number, the word at `at` leads to the second number (its run starting at `second`) as «إلى»
    does: «من 30 لـ 35 جنيها», «من 3 لـ4 درجات», «بدءاً من 15 جنيها وحتى 35 جنيها»."""
    if at >= len(tokens):
        return False
    if second == at + 1:
        return tokens[at].text in _UNTIL
    return second == at and re.match(r"ل\d", tokens[at].text) is not None  # «لـ4»: the tatweel is normalised away


def _leads_to(tokens: list[_Token], at: int, second: int, after_from: bool) -> bool:
    """The word at `at` joins a number to the next (its run starting at `second`) as «إلى» does; after «من», so do
    «حتى» and the Egyptian «لـ»."""
    to = second == at + 1 and at < len(tokens) and tokens[at].text in ("إلى", "الى")
    return to or (after_from and _until(tokens, at, second))


def _change_before(tokens: list[_Token], first: int, normal: str) -> bool:
    """A verb or noun of change earlier in the sentence: «ارتفع عدد القتلى من 30 إلى 80», «…، ومن 16 إلى 17»."""
    for k in range(first - 1, max(first - 25, -1), -1):
        if _SENTENCE_END.search(normal, tokens[k].end, tokens[k + 1].start):
            return False
        if _stem_in(tokens[k].text, _CHANGE):
            return True
    return False


_AND_FRACTIONS = {"ونصف": 1 / 2, "وربع": 1 / 4}
_COUNT_UNITS = {"civilians", "fighters", "soldiers", "children", "families", "people", "strikes", "incidents"}


_SUKUN_DUAL = re.compile("\u064a\u0652\u0646$")
_BROKEN = re.compile(r"(?<![\d.,])\d+\.[ \t]*\n[ \t]*\d+")  # «5.\n1 تريليون»: a decimal cut by a line break


_ROW_START = re.compile(r"(?m)^[ \t]*(\d{1,3})[ \t]+(?=\D)")


def _row_numbers(normal: str) -> list[tuple[int, int]]:
    """«1 سيراميكا كليوباترا 32 نقطة», «2 بيراميدز 27 نقطة»: lines opening with 1, 2, 3… number the rows of a table."""
    rows = [(int(m.group(1)), m.start(1), m.end(1)) for m in _ROW_START.finditer(normal)]
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, int]] = []
    for row in rows + [(-1, 0, 0)]:
        if run and row[0] == run[-1][0] + 1:
            run.append(row)
            continue
        if len(run) >= 3:
            spans += [(start, end) for _, start, end in run]
        run = [row]
    return spans


def _tokens(normal: str) -> list[_Token]:
    blocked = [(m.start(), m.end()) for m in _NOT_FIGURES.finditer(normal)]
    blocked += [(m.start(), m.end()) for m in _BROKEN.finditer(normal)]
    blocked += _row_numbers(normal)
    blocked.sort()
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(normal)]
    if blocked:
        starts = [b[0] for b in blocked]
        for token in tokens:
            k = bisect_right(starts, token.start) - 1
            if k >= 0 and token.start < blocked[k][1]:
                token.blocked = True
    return tokens


_ARABIC_COMMA_IN_DIGITS = re.compile(r"(?<=\d)،(?=\d)")
_ARABIC_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")


def _token_kinds(text: str, normal: str, origin: list[int], tokens: list[_Token]) -> list[str | None]:
    """The kind of each token, read with its neighbours: a dual, a fraction or a compound number that the word alone
    does not show, and scale words that count nothing."""
    kinds = [_kind(t) for t in tokens]
    for index, token in enumerate(
        tokens
    ):  # «مدنييْن»: the sukun on the ya marks the dual the letters share with a plural
        if (
            kinds[index] is None
            and token.text.endswith("يين")
            and _SUKUN_DUAL.search(text, origin[token.start], origin[token.end - 1] + 1)
        ):
            if _stem_in(token.text[:-2], _SOUND_PLURAL):
                kinds[index] = "dual"
        elif kinds[index] is None and token.text.endswith("تي") and _construct_dual(tokens, index, normal):
            kinds[index] = "dual"
        elif (
            kinds[index] is None
            and token.text.endswith("ي")
            and _stem_in(token.text[:-1], _CONSTRUCT_MASCULINE)
            and _construct_dual(tokens, index, normal, masculine=True)
        ):
            kinds[index] = "dual"  # «حادثي مرور»
        elif (
            kinds[index] is None
            and token.text in ("النصف", "والنصف")
            and index + 1 < len(tokens)
            and kinds[index + 1] == "scale"
        ):
            kinds[index] = "fraction"  # «بزيادة قاربت النصف مليار دولار»: half a billion
        elif (
            kinds[index] is None
            and _one(token.text)
            and index + 1 < len(tokens)
            and tokens[index + 1].text.startswith("و")
            and kinds[index + 1] == "word"
            and (token.text in _ONE or (index > 0 and kinds[index - 1] in ("word", "scale", "dual_scale")))
        ):
            kinds[index] = "word"  # «واحد وثلاثين ألف», «ألفينِ وواحدٍ وعشرين»: one in a compound, no noun's number
        elif (
            kinds[index] is None
            and index + 1 < len(tokens)
            and tokens[index + 1].text in ("عشر", "عشرة")
            and _one(token.text)
        ):
            kinds[index] = "word"  # «أحدَ عشرَ مهاجراً», «إحدى عشرة امرأة»: eleven
        elif (
            kinds[index] is None
            and _stem_in(token.text, TWELVE_TWOS)
            and index + 1 < len(tokens)
            and tokens[index + 1].text in ("عشر", "عشرة")
        ):
            kinds[index] = "word"
    for index in range(len(tokens) - 1):
        if tokens[index].text in DEFINITE_SHARES and (
            text[origin[tokens[index].start] + 1 : origin[tokens[index].start] + 2] == "\u064f"
            or tokens[index + 1].text in ("ذلك", "هذا", "هذه", "تلك")
        ):
            kinds[index] = "fraction"  # «خُمس صادرات السلاح»: the damma marks a fifth; «خمس ذلك»: a fifth of it
        elif (
            tokens[index].text in DEFINITE_SHARES
            and tokens[index + 1].text.startswith("ال")
            and kinds[index + 1] is None
            and (index == 0 or kinds[index - 1] not in ("word", "digits"))
            and not _stem_in(tokens[index - 1].text if index else "", ORDINALS)
        ):
            kinds[index] = "fraction"  # «خمس المقاتلين»: a fifth of them
    for index in range(1, len(tokens)):
        if kinds[index] == "word" and kinds[index - 1] == "vague" and tokens[index].text.startswith("و"):
            kinds[index] = "vague"  # «بضعة وعشرون»: twenty-some, no value
        if (
            kinds[index] == "scale"
            and kinds[index - 1] not in ("digits", "word")
            and _bare_scale_is_no_count(tokens, kinds, index)
            and not _scale_of_scale(tokens, index, kinds)
        ):
            kinds[index] = None
        if kinds[index] is None and kinds[index - 1] in ("digits", "word") and _near_scale(tokens[index].text):
            kinds[index] = "misspelt"  # «1.38 تريلون»: a trillion, most likely; better blank than 1.38
    return kinds


def _run_is_no_count(tokens: list[_Token], first: int, last: int, run_kinds: list[str | None], normal: str) -> bool:
    """A run the text shows to be no count on its face: a vague plural, a number in a name, a model, a code, a score,
    a column's unit, an agency's stamp, a rank, a square measure."""
    if run_kinds[0] == "scale" and _stem_in(tokens[first].text, PLURAL_SCALES):
        return True  # «آلاف الشهداء»: vague, see _vague
    if run_kinds[0] == "word" and _article_number_is_no_count(tokens, first, last):
        return True
    if run_kinds == ["word"] and _number_word_in_name(tokens, first, last):
        return True
    if run_kinds == ["word"] and first > 0 and (tokens[first - 1].text, tokens[first].text) in PERCENT_WORDS:
        return True  # «بانخفاض واحد في المئة»: the words for percent after a word the finder leaves, no hundred
    unit_end = tokens[last].end if last < len(tokens) else len(normal)  # the column's unit word, if any
    if (
        run_kinds == ["scale"]
        and normal[tokens[first].start - 1 : tokens[first].start] == "("
        and ")" in (normal[tokens[first].end : tokens[first].end + 1], normal[unit_end : unit_end + 1])
    ):
        return True  # «إجمالي الدين (مليار دولار): 35293»: a column's unit, no billion of its own
    if run_kinds == ["digits"] and _garbled_beside(tokens, first, last):
        return True
    if run_kinds == ["digits"] and first > 0 and tokens[first - 1].text.rstrip("/*") == "انتهى":
        return True  # «//انتهى// 1347 ت م», «انتهى**3276»: an agency's closing stamp, a time or a code
    if run_kinds == ["word"] and tokens[first].text == "صفر" and first > 0 and tokens[first - 1].text in _SAFAR_BEFORE:
        return True  # «من مطلع صفر وحتى نهاية شهر رمضان»: Safar, the second month of the Hijri year
    if run_kinds == ["digits"] and re.fullmatch(r"0\d", tokens[first].text) and not _unit(tokens, last):
        return True  # «تحديث 04 15:50»: a day or an hour written with its zero, no count
    if (
        run_kinds == ["word"]
        and tokens[first].text == "صفر"
        and _SCORE_BEFORE.search(normal, max(tokens[first].start - 4, 0), tokens[first].start)
    ):
        return True  # «4/صفر», «2-صفر»: a score
    if run_kinds == ["digits"] and (_in_latin_code(normal, tokens[first]) or _is_model(tokens, first, normal)):
        return True
    if run_kinds == ["digits"] and _LEADING_ZEROS.fullmatch(_digits_match(tokens[first].text).group(3)):
        return True  # «0096171234567», «0100»: a telephone number or a code, no count
    if run_kinds == ["digits"] and last < len(tokens) and tokens[last].text in _RANK_ADVERBS:
        return True  # «المركز 3 عربيا و45 عالميا»: ranks
    if (
        run_kinds == ["digits"]
        and first > 0
        and tokens[first - 1].end == tokens[first].start
        and tokens[first].text in ("2", "3")
        and tokens[first - 1].text in _MEASURES
    ):
        return True  # «متر2», «كم2»: square or cubic, not a count
    return False


def scan(text: str) -> Scan:
    """Every figure in an Arabic text, in reading order; numbers too large to be a count are left out and counted."""
    normal, origin = normalized_with_origin(text)
    # «3،7 مليون»: an Arabic comma between digits is one number's, a decimal sign or a group; read as a comma, and
    # trusted only as a decimal before a scale or a percent (see below)
    arabic_commas = [m.start() for m in _ARABIC_COMMA_IN_DIGITS.finditer(normal)]
    if arabic_commas:
        normal = _ARABIC_COMMA_IN_DIGITS.sub(",", normal)
    sentences = _Sentences(normal)
    tokens = _tokens(normal)
    kinds = _token_kinds(text, normal, origin, tokens)
    found: list[Figure] = []
    runs = _phrases(tokens, kinds, normal)
    dots_group = (
        _DOT_GROUPS.search(normal) is not None or _COMMA_DECIMAL.search(normal) is not None
    ) and _DOT_DECIMAL.search(normal) is None  # «1.084.859», or «13,3%» beside «162.000»: the dot groups thousands
    dotted_counts = 0  # «44.664 شهيدا»: counts whose dot groups thousands, which says how the text writes them
    skip: set[int] = set()
    too_large = 0

    def add(value, high, unit, qualifier, begin, end, status=FIGURE, reason=None):
        found.append(
            _figure(
                text,
                sentences,
                origin,
                value,
                high,
                unit,
                qualifier,
                _start(tokens[begin]),
                tokens[end - 1].end,
                status,
                reason,
            )
        )

    # A word and a number that the text once shows to be a name («حي المزة 86», «(كويت 15)») are one everywhere in it
    hijri_years = set(_HIJRI_YEAR_SHOWN.findall(normal))
    names = {
        (tokens[first - 1].text, tokens[first].text)
        for first, last, run_kinds in runs
        if run_kinds == ["digits"]
        and first > 1
        and (
            _named_place(tokens, first)
            or (normal[tokens[first].end : tokens[first].end + 1] in _CLOSING and _is_model(tokens, first, normal))
        )
    }
    odd = _odd_separators(text, normal, origin, tokens, runs)
    swapped_style = "ر" in normal and _AGENCY_DECIMAL.search(normal) is not None
    letter_groups = "ر" in normal and _LETTER_GROUPS_IN_TEXT.search(normal) is not None
    comma_decimals = _comma_decimal_style(normal)
    run_firsts = [run[0] for run in runs] if odd else []
    dash_list = len(_DASH_THEN_NUMBER.findall(normal)) >= 2  # a list that writes «name – number» line after line
    for index, (first, last, run_kinds) in enumerate(runs):
        if index in skip:
            continue
        if index in odd:  # «1'200», «2؛5 مليون», «3ـ4»: one number or two? better blank than 1 and 200
            stop = odd[index]
            skip.update(range(index + 1, bisect_left(run_firsts, stop)))
            qualifier, begin = _qualifier(tokens, first, normal)
            add(None, None, _unit(tokens, stop), qualifier, begin, stop, UNREAD, "odd_separator")
            continue
        if (
            names
            and run_kinds == ["digits"]
            and first > 0
            and (
                (tokens[first - 1].text, tokens[first].text) in names
                or (tokens[first - 1].text[1:], tokens[first].text) in names  # «وكويت 15» after «(كويت 15)»
            )
            and not _unit(tokens, last)
        ):
            continue
        if _run_is_no_count(tokens, first, last, run_kinds, normal):
            continue
        if run_kinds == ["digits"] and (
            _is_date(tokens, first, last, run_kinds)
            or _is_time(tokens, first, last, run_kinds)
            or _is_name(tokens, first, last, run_kinds)
        ):
            following = runs[index + 1] if index + 1 < len(runs) else None
            if (
                following
                and following[0] == last
                and following[2] == ["digits"]
                and first > 0
                and _dual_of_name(tokens[first - 1].text)
                and tokens[last].text.startswith("و")
            ):
                skip.add(index + 1)  # «الدقيقتين 40 و62»: both are named
            elif first > 0 and _stem_in(tokens[first - 1].text, NAME_WORDS) is not None:
                # «الطوابق 16 و17 و18», «المادتان 5 و6»: the numbers joined to a name by «و» are names too
                at, end = index + 1, last
                while at < len(runs) and runs[at][0] == end and runs[at][2] == ["digits"]:
                    if not tokens[end].text.startswith("و") or _unit(tokens, runs[at][1]):
                        break
                    skip.add(at)
                    at, end = at + 1, runs[at][1]
            if (
                following
                and following[0] == last + 1
                and following[2] == ["digits"]
                and tokens[last].text in ("إلى", "الى", "حتى")
                # «2023 إلى 62,622»: a date's «إلى» leads to a count; «من 2019 إلى 2028»: a year to a year
                and (_is_name(tokens, first, last, run_kinds) or _years_span(tokens, first, following[0]))
                and not _unit(tokens, following[1])  # «عيار 12 إلى 2800 جنيه»: a price, its unit says so
            ):
                skip.add(index + 1)  # «من المراكز 9 إلى 24»: the end of a span of ranks is a rank too
            continue
        value, doubtful = _value(tokens[first:last], run_kinds)
        if (
            "word" in run_kinds
            and 1900 <= value <= 2100
            and first > 0
            and (_stem_in(tokens[first - 1].text, _YEARS) or _is_month(tokens[first - 1].text))
        ):
            continue  # «الربع الأخير من عام ألفين وعشرة», «في نيسان ألفين وستة عشر»: a year spelt out
        if (
            value < 0
            and dash_list
            and run_kinds == ["digits"]
            and first > 0
            and _ARABIC_LETTER.search(tokens[first - 1].text)
            and not _percent_sign(tokens, first, last, normal)
        ):
            value = -value  # «الاتحاد – 49 نقطة … الشباب -32 نقطة»: the list's dash run into the number, no minus
        if run_kinds == ["word"] and value <= 31 and _day_of_month_spelt(tokens, first, last):
            continue  # «حتى العشرين من هذا الشهر»: a day of the month, spelt out
        if run_kinds == ["digits"] and tokens[first].text in hijri_years and not _unit(tokens, last):
            continue  # «حجاج الخارج 1443» in a text that writes «1443/2022»: the year, wherever it stands
        if run_kinds == ["digits"] and (
            _name_then_dash(tokens, first, last, normal) or _rank_after_adjective(tokens, first, last, normal)
        ):
            continue
        if run_kinds == ["digits"] and _from_one_noun(tokens, first, last):
            add(1.0, value, _unit(tokens, last), "range", first - 3, last + 1)  # «من نقطة إلى 6 نقاط»: 1 to 6
            continue
        if run_kinds == ["digits"] and _list_scale(tokens, kinds, first, last, normal):
            add(None, None, None, "exact", first, last, UNREAD, "list_scale")
            continue
        share = last < len(tokens) and run_kinds in (["word"], ["digits"]) and tokens[last].text in PLURAL_FRACTIONS
        if share and 0 < value < PLURAL_FRACTIONS[tokens[last].text]:
            value, last = value / PLURAL_FRACTIONS[tokens[last].text], last + 1  # «ثلاثة أرباع»: three quarters
        else:
            share = False
        if run_kinds[-1] in ("scale", "dual_scale") and last < len(tokens) and tokens[last].text in _AND_FRACTIONS:
            # «3 ملايين ونصف المليون», «مليونان ونصف»: a fraction of the scale just named
            scale = _scale_of(tokens[last - 1]) if run_kinds[-1] == "scale" else _dual_scale(tokens[last - 1])
            value += _AND_FRACTIONS[tokens[last].text] * scale
            last += 1
            if last < len(tokens) and kinds[last] == "scale" and tokens[last].text.startswith("ال"):
                last += 1
        qualifier, begin = _qualifier(tokens, first, normal)
        high, end_token = None, last
        reason = None
        glued = (
            run_kinds[0] == "digits"
            and begin == first
            and first > 0
            and tokens[first - 1].end == tokens[first].start
            and _ARABIC_LETTER.search(tokens[first - 1].text) is not None
            and not tokens[first - 1].text.endswith(("ال", "لل"))
        )
        # «ق 96»: the minute of a goal, abbreviated and spaced (glued, «ق19», it is caught as glued)
        minute_mark = (
            run_kinds[0] == "digits" and begin == first and first > 0 and tokens[first - 1].text in _MINUTE_MARKS
        )
        following = runs[index + 1] if index + 1 < len(runs) else None
        # «30 إلى 80 ألفا», «من 40 ألفا إلى 50 ألفا», «بين عشرين ألفا إلى واحد وثلاثين ألف»: a range with «إلى»;
        # «ارتفع من 30 إلى 80» is a change, two figures
        after_from = first > 0 and tokens[first - 1].text == "من"
        to = following is not None and _leads_to(tokens, last, following[0], after_from)
        if to and following is not None and _percent_and_not(normal, tokens, first, last, following):
            to = False  # «من 10% إلى 462 درهما»: a share, then an amount; no range joins them
        unit_here = _unit(tokens, last) if last < len(tokens) and kinds[last] is None else None
        same_unit = (
            unit_here is not None
            and following is not None
            and _unit(tokens, following[1]) == unit_here
            and (
                not (first > 0 and tokens[first - 1].text in ("من", "بدءا", "بدءاً"))
                or (after_from and _until(tokens, last + 1, following[0]))
            )
        )  # «ما يعادل 1,13 مليار دولار إلى 1,37 مليار دولار»; «من 300 جنيه إلى 400 جنيه» may be a change, but
        # «من 15 جنيها وحتى 35 جنيها» is none
        gap = _percent_words_at(tokens, last) or (1 if unit_here and (qualifier == "range" or same_unit) else 0)
        if following is not None and gap and _leads_to(tokens, last + gap, following[0], after_from):
            to = True  # «ونسبة 2 بالمائة إلى 7 بالمائة»: a range, each end with its percent
        if (
            to
            and qualifier in ("exact", "about")
            and (not _change_before(tokens, first, normal) or _rate_range(normal, tokens, first, last, following))
        ):
            # «حوالي خمسة إلى ستة»: about, then a range; the range is what it says
            if qualifier == "exact":
                begin = first - 1 if first > 0 and tokens[first - 1].text == "من" else first
            qualifier = "range"
        dashed = (
            following is not None
            and following[0] == last + 1
            and tokens[last].text in _DASHES
            and run_kinds == ["digits"]
            and (following[2] == ["digits"] or following[2] == ["digits", "scale"])
        )
        if dashed and following:  # «150 - 200 مدني»: a range; «بنتيجة 3 - 1», a score, is none: left blank
            high, _ = _value(tokens[following[0] : following[1]], following[2])
            end_token = following[1]
            skip.add(index + 1)
            if following[2][-1] == "scale":  # «20 – 26 مليار ريال»: one scale for both ends
                scale = _scale_of(tokens[following[1] - 1])
                value, reason = (value * scale, reason) if value * scale < high else (value, "range")
            if not _dash_range(tokens, first, following[0], value, high, end_token):
                reason = "dash"
            elif qualifier in ("exact", "about"):
                qualifier, begin = "range", first
        elif qualifier == "range":
            spaced_and = (
                following is not None and following[0] == last + 1 and tokens[last].text == "و"
            )  # «بين 15 و 24»
            noun_between = (  # «بين ثلاث سنوات و15 سنة»: each end with its noun
                following is not None
                and following[0] == last + 1
                and tokens[following[0]].text.startswith("و")
                and (
                    _stem_in(tokens[last].text, _RANGE_NOUNS) is not None
                    or tokens[last].text in _MEASURES
                    or _unit(tokens, last) is not None
                )
            )
            joined = following is not None and (
                to or spaced_and or noun_between or (following[0] == last and tokens[last].text.startswith("و"))
            )
            partner = index + 1
            if following and not joined and (aside := _partner_after_aside(tokens, runs, index, last, normal)):
                # «بين 610.9 مليون درهم (…) و739.5 مليون»: the gloss falls inside the range's phrase, one per place
                partner, following, joined = aside, runs[aside], True
            if (
                following
                and joined
                and not (following[2] == ["digits"] and _range_end_is_date(tokens, first, following, run_kinds))
            ):
                high, doubt_high = _value(tokens[following[0] : following[1]], following[2])
                doubtful = max(doubtful, doubt_high)
                end_token = following[1]
                skip.add(partner)
                if following[2] == ["scale"] and end_token < len(tokens) and tokens[end_token].text in _AND_FRACTIONS:
                    high += _AND_FRACTIONS[tokens[end_token].text] * _scale_of(tokens[end_token - 1])
                    end_token += 1  # «بين مليار ومليار ونصف»: a billion and a half at the top
                if run_kinds in (["digits"], ["word"]) and following[2][-1] == "scale":
                    scale = _scale_of(tokens[following[1] - 1])  # «بين 2 و3 ملايين»: one scale for both
                    # «بين 900 و1,2 مليون»: 900 thousand? the scale cannot be shared, and 900 alone is no reading
                    value, reason = (value * scale, None) if value * scale < high else (value, "range")
                if value > high and tokens[last].text.startswith("و") or (noun_between and value > high):
                    value, high = high, value  # «بين 56.3 ملم و0.6 ملم», «ما بين 30 سنة وخمس سنوات»: high first
                if value >= high:
                    reason = "range"
            else:
                qualifier, begin = "exact", first
        if (
            high is None
            and following
            and run_kinds == ["digits"]
            and following[0] == last
            and tokens[last].text.startswith("و")
            and following[2][-1] == "scale"
            and not _unit(tokens, last)
        ):
            reason = reason or "list_scale"  # «بواقع 44 و26 مليون ريال»: 44 million too, most likely; not 44
        if high is None and following and _split_compound(tokens, first, last, following):
            reason, end_token = "not_compound", following[1]  # «991 ألفًا و337 ألف»: 991,337? two numbers?
            skip.add(index + 1)
        if high is None and run_kinds[-1] == "word" and (spelt := _spelt_decimal(tokens, runs, index)):
            reason, end_token = "spelt_decimal", runs[spelt][1]  # «ثمانية فاصل تسع من عشرة في المائة»: 8.9%
            skip.update(range(index + 1, spelt + 1))
        if "scale" in run_kinds and _GROUPED_TWICE.search(tokens[first].text):
            reason = reason or "separator"  # «4.385.717 ملايين نسمة»: thousands grouped, then a scale word: which?
        if _decimal_scale_then_more(tokens, first, last, kinds):
            reason = reason or "decimal_and"  # «103.5 مليار و563 مليون»: 103.5 billion and more, or 103 billion 563?
        if end_token < len(tokens) and kinds[end_token] == "misspelt":
            reason, end_token = "scale", end_token + 1
        at = bisect_left(arabic_commas, tokens[begin].start)
        comma = at < len(arabic_commas) and arabic_commas[at] < tokens[end_token - 1].end
        if not (_countable(value) and _countable(high)):
            too_large += 1
            continue
        unit = _unit(tokens, end_token)
        if (
            high is None
            and end_token + 1 < len(tokens)
            and kinds[end_token] is None
            and tokens[end_token + 1].text in _AND_FRACTIONS
            and not any(kind in ("scale", "dual_scale") for kind in run_kinds)
        ):
            # «3 سنوات ونصف»: three and a half years; the half is no share of its own
            value += _AND_FRACTIONS[tokens[end_token + 1].text]
            end_token += 2
        if run_kinds[0] == "word" and tokens[first].text.startswith(("ال", "وال")) and first > 0 and last - first == 1:
            unit = _unit(tokens, first - 1) or unit  # «القتلى الأربعة»: the noun comes first
        if share:
            unit = "fraction"
        elif "%" in tokens[end_token - 1].text:
            unit = "percent"
        elif end_token < len(tokens) and tokens[end_token].text == "%":
            unit, end_token = "percent", end_token + 1
        elif (
            end_token < len(tokens)
            and tokens[end_token].text in _PERCENT_FIRST
            and any(_words(tokens, end_token, len(w)) == w for w in PERCENT_WORDS)
        ):
            unit = "percent"
            end_token += next(len(w) for w in PERCENT_WORDS if _words(tokens, end_token, len(w)) == w)
        if (
            comma
            and not _arabic_decimals(tokens, kinds, range(begin, end_token), arabic_commas, unit)
            and not _arabic_groups(tokens, kinds, range(begin, end_token), unit)
        ):
            reason = reason or "arabic_comma"  # «12،40 حالة»: twelve point four, 1240, or twelve and forty
        if swapped_style and any(_COMMA_DECIMAL.fullmatch(tokens[k].text) for k in range(first, end_token)):
            # a text that writes «5ر1» for 1.5 stores decimals first: is «32,70» 32.7 or 70.32?
            reason = reason or "swapped"
        if doubtful == MALFORMED:
            reason = reason or "malformed"
        elif doubtful == COMMA_BEFORE_SCALE and comma_decimals and run_kinds == ["digits", "scale"]:
            value /= 1000  # «19,452 مليار» in a text that writes «10,3 مليار» and groups no thousands with a comma
        elif doubtful == COMMA_BEFORE_SCALE:
            reason = reason or "separator"
        elif doubtful:
            # «2.300 غارة»: a count has no decimals; the dot groups thousands, as it does in a text that writes
            # «1.084.859» and no decimal with a dot
            if "ر" in tokens[first].text and letter_groups and run_kinds == ["digits"] and unit in _COUNT_UNITS:
                # «140ر34 حاج» in a text that writes «722ر758ر1»: the letter groups thousands there, in reverse
                decimals, _, whole = _digits_match(tokens[first].text).group(3).replace(" ", "").partition("ر")
                value = float(whole + decimals)
            elif "ر" in tokens[first].text:
                reason = "separator"  # «140ر34 حاجا»: 34.140 has no decimals in a count, and 34140 is a guess
            elif (grouped := _grouped_whole(tokens[first:last], run_kinds)) is not None and (
                unit in _COUNT_UNITS or (dots_group and "," not in tokens[first].text)
            ):
                value = grouped
                dotted_counts += "." in tokens[first].text and unit in _COUNT_UNITS
            else:
                reason = "separator"
        if (
            run_kinds in (["word"], ["scale"])
            and not tokens[first].text.startswith(("ال", "وال"))
            and last < len(tokens)
            and tokens[last].text.startswith("ال")
            and kinds[last] is None
            and tokens[last].text not in _DEFINITE_TIMES
            and not _PHRASE_BREAK.search(normal, tokens[first].end, tokens[last].start)
            and unit is None
        ):
            # «تسع القاعة 500 شخص» (it holds), «ألف الكاتب» (he wrote): a number takes an indefinite noun
            reason = reason or "definite_after"
        if (
            run_kinds == ["digits"]
            and unit is None
            and normal[tokens[first].start - 1 : tokens[first].start] == "("
            and normal[tokens[first].end : tokens[first].end + 1] == ")"
            and tokens[first].text.isdigit()
            and value <= 130  # a minute, extra time included, or a note's number; «(1,805,255)» glosses a count
            and not _counted_after_bracket(tokens, first, normal)
        ):
            reason = reason or "bracketed"  # «ماريغا (81)»: a minute of a match, a reference, or a count?
        if minute_mark and unit is None:
            reason = reason or "minute_mark"
        if glued and unit is None and "scale" not in run_kinds:  # «الشعير39 مليون قنطار»: a name takes no scale
            reason = reason or "glued"  # «القطاع2 أمس»: a name's number? «سقوط235 قتيلا» is a count, its noun says so
        if (
            run_kinds == ["digits"]
            and last < len(tokens)
            and tokens[last].start == tokens[last - 1].end
            and tokens[last].text.startswith("ال")
            and kinds[last] is None
            and unit is None
        ):
            reason = reason or "glued"  # «3462المركز»: a table's cells run together; no count takes «ال» after it
        if (
            reason is None
            and unit in _COUNT_UNITS
            and high is None
            and not float(value).is_integer()
            and not any(kind in ("scale", "dual_scale") for kind in run_kinds)
        ):
            reason = "decimal_count"  # «1,20 شخصا»: no count of people has decimals; the separator is misread
        after, after_end = _after_qualifier(tokens, end_token)
        if after and qualifier == "exact":
            qualifier = after
        if (
            run_kinds == ["digits"]
            and value in (0, 1)
            and (high, unit, qualifier, reason) == (None, None, "exact", None)
        ):
            continue  # «السلالة الفرعية 1», «• 0»: a bare 1 names a thing, a bare 0 counts page views
        if run_kinds == ["digits"] and unit is None and _LONG_ID.fullmatch(tokens[first].text):
            continue  # «96550123», «0096550123456»: a telephone or an id, no count is written so
        if reason:
            add(None, None, unit, qualifier, begin, end_token, UNREAD, reason)
            continue
        add(value, high, unit, qualifier, begin, end_token)
    if dotted_counts and _DOT_DECIMAL.search(normal) is None:
        # «… 44.664 شهيدا، وارتفع عدد المصابين إلى 105.976»: the same dot in the same text; money stays in doubt
        found = [
            replace(f, value=float(_ungrouped(f.phrase)), status=FIGURE, reason=None)
            if f.reason == "separator" and f.unit in _COUNT_UNITS | {None} and _PLAIN_DOTTED.fullmatch(f.phrase)
            else f
            for f in found
        ]
    found += _broken_decimals(text, sentences, origin, tokens, normal)
    found += _dashed_pairs(text, sentences, origin, tokens, kinds, normal)
    found += _duals(text, sentences, origin, tokens, kinds, normal)
    found += _fractions(text, sentences, origin, tokens, kinds, normal)
    found += _vague(text, sentences, origin, tokens, kinds)
    found += _ones(text, sentences, origin, tokens)
    found.sort(key=lambda f: f.start)
    return Scan(_without_overlaps(found), too_large)


def _broken_decimals(
    text: str, sentences: _Sentences, origin: list[int], tokens: list[_Token], normal: str
) -> list[Figure]:
    """«5.\n1 تريليون»: a decimal cut by a line break; better blank than 5 and a trillion, said to be unread, with why."""
    found = []
    starts = [t.start for t in tokens]
    for match in _BROKEN.finditer(normal):
        begin = bisect_right(starts, match.start()) - 1
        end = bisect_right(starts, match.end() - 1)
        if 0 <= begin < end:
            end += 1 if end < len(tokens) and _stem_in(tokens[end].text, SCALES) else 0
            unit = _unit(tokens, end)
            start, stop = tokens[begin].start, tokens[end - 1].end
            found.append(_figure(text, sentences, origin, None, None, unit, "exact", start, stop, UNREAD, "broken"))
    return found


# A sign between digits that is neither a decimal point nor a group separator: an apostrophe, a semicolon, an
# underscore, a middle dot, or a dot or comma with a space before it («1 . 5 مليون»).
_ODD_SEPARATOR = re.compile(
    r"\d+(?:[.,]\d+)*(?:(?:['’‘`´·_؛;]|[ \t]+[.,][ \t]*|,\s+|/ر)\d+)+"  # «1'200», «(3,086,\n\n734.69)», «9/ر62 مليون»
)
# Two numbers with only a space between them, the second with a scale word: «4 8 ملايين» lost its decimal point
# (a row of a table, «10 5 3 2», is left to be read number by number).
_ADJACENT = re.compile(r"\d[ \t]+(?=\d)")
_ANY_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_DROPPED_IN_DIGITS = re.compile(
    f"(?<=[{_ANY_DIGIT}])[" + "".join(re.escape(c) for c in sorted(_DROPPED)) + f"]+(?=[{_ANY_DIGIT}])"
)


def _odd_separators(
    text: str,
    normal: str,
    origin: list[int],
    tokens: list[_Token],
    runs: list[tuple[int, int, list]],
) -> dict[int, int]:
    """The runs that hold or touch digits joined by an odd sign, or by one the matching copy dropped («3ـ4»: a
    tatweel): the first such run of each place, and the token where the unread phrase ends."""
    spans = [(m.start(), m.end(), 1) for m in _ODD_SEPARATOR.finditer(normal)]
    spans += [(m.start(), m.end() + 1, 2) for m in _ADJACENT.finditer(normal)]  # odd only as said above
    for match in _DROPPED_IN_DIGITS.finditer(text):
        after = bisect_left(origin, match.end())  # the digit after, in the matching copy
        spans.append((after - 1, after + 1, 1))
    found: dict[int, int] = {}
    if not spans:
        return found
    starts = [tokens[first].start for first, _, _ in runs]
    for start, end, runs_needed in sorted(spans):
        index = max(bisect_right(starts, start) - 1, 0)
        if index < len(runs) and tokens[runs[index][1] - 1].end <= start:
            index += 1
        touched = range(index, bisect_left(starts, end))
        if runs_needed == 2 and (len(touched) < 2 or not {"scale", "dual_scale"} & set(runs[touched[1]][2])):
            continue
        if touched and touched[0] not in found:
            found[touched[0]] = max(runs[k][1] for k in touched)
    return found


_DASH_THEN_NUMBER = re.compile("[\u0621-\u064a] ?[-\u2013\u2014] \\d")
_LEADING_ZEROS = re.compile(r"0\d{3,}")
_SCORE_BEFORE = re.compile(r"\d ?[-/] ?$")
# Definite words of time a count may stand before: «قتل خمسة اليوم», «أصيب ثلاثة الليلة الماضية».
_DEFINITE_TIMES = DAY_NAMES | {
    "اليوم",
    "الليلة",
    "الأسبوع",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنة",
    "الماضي",
    "الماضية",
    "الحالي",
    "الجاري",
    "الصباح",
    "المساء",
    "الفجر",
    "الظهر",
    "العصر",
    "المغرب",
    "العشاء",
    "الآن",
    "الان",
}
_AGENCY_DECIMAL = re.compile(r"(?<![\d.,])\d+ر ?\d")
_RANK_ADVERBS = {"عالميا", "عربيا", "محليا", "إقليميا", "اقليميا", "أفريقيا", "افريقيا", "آسيويا", "أوروبيا", "دوليا"}


def _dash_range(tokens: list[_Token], first: int, second: int, low: float, high: float, end: int) -> bool:
    """«150 - 200 مدني»: two numbers joined by a dash are a range when the first is the smaller, neither is a year, and
    a unit follows; a score («3 - 1», «1 - 3») or two years are no range."""
    years = any(_YEAR.fullmatch(_digits_match(tokens[k].text).group(3)) for k in (first, second))
    measured = end < len(tokens) and (tokens[end].text in _RANGE_MEASURES or tokens[end].text == "%")
    return low < high and not years and (_unit(tokens, end) is not None or measured)


# Measures after a range with a dash: «بسرعة 15 – 45 كم/ساعة», «بين 28 - 40 درجة».
_RANGE_MEASURES = {
    "كم",
    "كلم",
    "كيلومتر",
    "كيلومترا",
    "كيلومترات",
    "متر",
    "مترا",
    "أمتار",
    "ملم",
    "سم",
    "درجة",
    "درجات",
    "طن",
    "أطنان",
    "كغ",
    "كيلوغرام",
    "ساعة",
    "ساعات",
    "دقيقة",
    "دقائق",
    "يوما",
    "أيام",
    "ايام",
    "عاما",
    "سنوات",
    "أشهر",
    "اشهر",
    "شهرا",
    "نقطة",
    "نقاط",
}


_DASHED_PAIR = re.compile(r"(\d+)[-\u2013](\d+)")


def _dashed_pairs(
    text: str, sentences: _Sentences, origin: list[int], tokens: list[_Token], kinds: list[str | None], normal: str
) -> list[Figure]:
    """«10-15 شخصا»: two numbers joined by a dash, before a unit, are a range, or left blank when they make none; with
    no unit after them («6-2», «2012-2017») they are a score or years, and not reported."""
    found = []
    for index, token in enumerate(tokens):
        if kinds[index] is not None or token.blocked or "-" not in token.text and "\u2013" not in token.text:
            continue
        match = _DASHED_PAIR.fullmatch(token.text)
        unit = _unit(tokens, index + 1) if match else None
        if match is None or unit is None:
            continue
        low, high = float(match.group(1)), float(match.group(2))
        qualifier, begin = _qualifier(tokens, index, normal)
        start, end = _start(tokens[begin]), token.end
        if index + 1 < len(tokens) and kinds[index + 1] == "scale" and not tokens[index + 1].text.startswith("ال"):
            scale = _scale_of(tokens[index + 1])  # «بين 30-40 مليار دولار»: one scale for both ends
            low, high, end = low * scale, high * scale, tokens[index + 1].end
        if low < high and not any(_YEAR.fullmatch(group) for group in match.groups()):
            qualifier = "range" if qualifier in ("exact", "about") else qualifier
            found.append(_figure(text, sentences, origin, low, high, unit, qualifier, start, end))
        else:
            found.append(_figure(text, sentences, origin, None, None, unit, qualifier, start, end, UNREAD, "dash"))
    return found


def _range_end_is_date(
    tokens: list[_Token], first: int, following: tuple[int, int, list[str | None]], run_kinds: list[str | None]
) -> bool:
    """«بين 5 و6 مارس»: the end is a day; «بين 500 و 2089»: after a count that is no year, a year-like end is the
    count's upper bound unless a month names it a date."""
    start, stop, kinds = following
    if not _is_date(tokens, start, stop, kinds):
        return False
    year_like = re.fullmatch(r"(19|20)\d\d", _digits_match(tokens[start].text).group(3)) is not None
    first_year = run_kinds == ["digits"] and re.fullmatch(r"(19|20)\d\d", _digits_match(tokens[first].text).group(3))
    month = stop < len(tokens) and _is_month(tokens[stop].text)
    return not year_like or bool(first_year) or month


def _decimal_scale_then_more(tokens: list[_Token], first: int, last: int, kinds: list[str | None]) -> bool:
    """«حوالي 103.5 مليار و563 مليون»: a decimal before a scale, and the compound goes on with a smaller number."""
    for k in range(first, last - 2):
        if (
            kinds[k] == "digits"
            and kinds[k + 1] == "scale"
            and any(kinds[j] in ("digits", "word") for j in range(k + 2, last))
        ):
            if not float(_digits_value(tokens[k])[0]).is_integer():
                return True
    return False


def _arabic_decimals(
    tokens: list[_Token], kinds: list[str | None], span: range, commas: list[int], unit: str | None
) -> bool:
    """Whether every Arabic comma in a figure is a decimal sign: one or two digits after it, before a scale word or a
    percent («3،7 مليون», «12،5%»), where a writer marks no groups and lists no numbers."""
    for k in span:
        if not any(tokens[k].start <= at < tokens[k].end for at in commas):
            continue
        scale_after = k + 1 < len(tokens) and kinds[k + 1] in ("scale", "dual_scale")
        digits = _digits_match(tokens[k].text).group(3) if kinds[k] == "digits" else ""
        if not (_ARABIC_COMMA_DECIMAL.fullmatch(digits) and (scale_after or unit == "percent")):
            return False
    return True


_ARABIC_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_ARABIC_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")


def _arabic_groups(tokens: list[_Token], kinds: list[str | None], span: range, unit: str | None) -> bool:
    """Whether the Arabic commas of a figure group thousands: two groups or more («2،378،616»), or one group of three
    digits in a count with no scale after it («109،700 طفل»: a count of children has no decimals)."""
    for k in span:
        if kinds[k] != "digits" or "," not in tokens[k].text:
            continue
        digits = _digits_match(tokens[k].text).group(3)
        scale_after = k + 1 < len(tokens) and kinds[k + 1] in ("scale", "dual_scale")
        if scale_after or not (
            _ARABIC_COMMA_GROUPS.fullmatch(digits) or (unit in _COUNT_UNITS and _ARABIC_COMMA_GROUP.fullmatch(digits))
        ):
            return False
    return True


def _without_overlaps(found: list[Figure]) -> list[Figure]:
    """One phrase per place: a later phrase that starts inside an earlier one is dropped."""
    kept: list[Figure] = []
    for figure in found:
        if kept and figure.start < kept[-1].end:
            continue
        kept.append(figure)
    return kept


def _start(token: _Token) -> int:
    """Where a figure's first word starts: a leading «و» (and) belongs to the sentence, not to the figure."""
    return token.start + len(token.text) - len(token.bare)


def _duals(
    text: str, sentences: _Sentences, origin: list[int], tokens: list[_Token], kinds: list[str | None], normal: str
) -> list[Figure]:
    """«طائرتين», «جنديان», «مدنيان»: a dual noun is a count of two; «منشقان اثنان» and «جنديين قتيلين» are one figure."""
    found, index = [], 0
    while index < len(tokens):
        if (
            kinds[index] != "dual"
            or (index > 0 and kinds[index - 1] in ("digits", "word"))
            or (index + 1 < len(tokens) and kinds[index + 1] == "digits" and _dual_of_name(tokens[index].text))
            or (index > 0 and tokens[index - 1].text in _NAMING_PLACES)  # «بحي شهران»: a place's name
            or (index > 0 and tokens[index - 1].text == "غير")  # «الأطفال غير المطعمين»: unvaccinated, no two
        ):
            index += 1  # «الدقيقتين 40 و62»: the numbers name the two, which are no count of their own
            continue
        end = index + 1
        while end < len(tokens) and (
            (kinds[end] == "dual" and _dual_form(tokens[end].text) is not None and not _and_dual(tokens[end].text))
            or _number_word(tokens[end].text) == "اثنين"
        ):
            end += 1  # «طائرتين مسيّرتين» agree: one count; «امرأتان وطفلان», «إصابتان لفتيين» are two
        qualifier, begin = _qualifier(tokens, index, normal)
        low, high, stop = _dual_range(tokens, index, end)
        if high is not None:  # «بين شهرين وستة شهور», «ما بين ساعة وساعتين»: a range with the dual at one end
            begin = begin if qualifier == "range" else _qualifier(tokens, index - 1, normal)[1]
            found.append(
                _figure(text, sentences, origin, low, high, None, "range", _start(tokens[begin]), tokens[stop - 1].end)
            )
            index = stop
            continue
        if qualifier == "range":
            qualifier, begin = "exact", index
        after, _ = _after_qualifier(tokens, end)
        if after and qualifier == "exact":
            qualifier = after
        unit = (
            _dual(tokens[index].text)
            or _stem_in(tokens[index].text[:-2], _SOUND_PLURAL)
            and _SOUND_PLURAL[_stem_in(tokens[index].text[:-2], _SOUND_PLURAL) or ""]
            or _DUAL_NOUNS.get(_stem_in(tokens[index].text[:-1], _CONSTRUCT_MASCULINE) or "")  # «حادثي مرور»
            or None
        )
        # «وزيران»: a و that is the noun's own first letter stays in the phrase
        start = (
            tokens[index].start
            if begin == index and _dual_form(tokens[index].text) is not None
            else _start(tokens[begin])
        )
        value = 2.0
        if end < len(tokens) and tokens[end].text in _AND_FRACTIONS:
            value, end = value + _AND_FRACTIONS[tokens[end].text], end + 1  # «عامين ونصف»: two and a half years
        found.append(_figure(text, sentences, origin, value, None, unit, qualifier, start, tokens[end - 1].end))
        index = end
    return found


def _dual_range(tokens: list[_Token], index: int, end: int) -> tuple[float, float | None, int]:
    """The range a dual ends or starts after «بين»: (low, high, the token after it), high None if there is none."""
    between = {"بين", "مابين"}
    word = tokens[index].text
    if (  # «ما بين ساعة وساعتين»: the singular, then its dual
        index > 1
        and word.startswith("و")
        and _stem_in(tokens[index - 2].text, between)
        and _dual_form(word[1:]) is not None
        and word[1:].startswith(tokens[index - 1].text.removesuffix("ة"))
    ):
        return 1.0, 2.0, end
    if index == 0 or not _stem_in(tokens[index - 1].text, between) or end >= len(tokens):
        return 2.0, None, end
    at = end + 1 if tokens[end].text in ("إلى", "الى") else end  # «بين شهرين إلى 6 أشهر»
    number = tokens[at].text if at < len(tokens) else ""
    number = number[1:] if at == end and number.startswith("و") else number if at > end else ""
    value = float(number) if number.isdigit() else _word_value(_number_word(number) or "") if number else 0.0
    if value <= 2:
        return 2.0, None, end
    stop = at + 1
    if stop < len(tokens) and _word_kind(tokens[stop].text) is None and _stem_in(tokens[stop].text, _RANGE_NOUNS):
        stop += 1  # the noun of the far end: «وستة شهور»
    return 2.0, value, stop


# A dual right after these is a place's name, no count: «حي شهران», «بحي شهران»
_NAMING_PLACES = {
    form + place for place in ("حي", "قرية", "بلدة", "منطقة", "شارع", "مخيم") for form in ("", "ب", "و", "وب")
}


# Words after «سيارتي» (my car) that say it is no dual of construct: particles, pronouns, adverbs.
_PARTICLES = {
    "في",
    "من",
    "على",
    "إلى",
    "الى",
    "عن",
    "مع",
    "التي",
    "الذي",
    "قد",
    "لم",
    "لن",
    "ما",
    "لا",
    "هو",
    "هي",
    "كان",
    "كانت",
    "أن",
    "ان",
    "إن",
    "أو",
    "او",
    "ثم",
    "حتى",
    "منذ",
    "عند",
    "بعد",
    "قبل",
    "إذ",
    "اذ",
    "كما",
    "لكن",
    "هذه",
    "هذا",
    "تلك",
    "ذلك",
    "كل",
    "نحو",
    "خلال",
    "حيث",
    "أمس",
    "امس",
    "أي",
    "اي",
    "غير",
    "دون",
    "تماما",
    "كاملة",
    "أيضا",
    "ايضا",
    "فقط",
    "هنا",
    "هناك",
    "عندما",
    "لقد",
    "إنه",
    "انه",
    "إنها",
    "انها",
}


# Masculine nouns of events whose construct dual («حادثي مرور») is no common word of its own
# («هجومي»، «صاروخي»، «تفجيري»، «زلزالي» are adjectives too: «أداء هجومي قوي»)
_CONSTRUCT_MASCULINE = {"حادث", "اعتداء"}


def _construct_dual(tokens: list[_Token], index: int, normal: str, masculine: bool = False) -> bool:
    """«قذيفتي هاون», «عمليتي تفجير»: a feminine dual that lost its ن before the noun it is of; «سيارتي بالكامل» is
    «my car», so the next word must be a bare noun: no article, clitic, particle or number. The same for the few
    masculine nouns of events, «حادثي مرور»."""
    if not masculine and _stem_in(tokens[index].text[:-2] + "ة", _DUAL_FEMININE) is None:
        return False
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].text  # «قذيفتي “هاون”»: the noun may stand in quotes
    if _PHRASE_BREAK.search(normal, tokens[index].end, tokens[index + 1].start) or not _ARABIC_LETTER.match(following):
        return False
    return (
        not following.startswith(("ال", "ب", "ل", "ف", "ك", "و"))
        and following not in _PARTICLES
        and _word_kind(following) is None
    )


# «شخص واحد على الأقل»: one, after a noun of what is counted
_ONE_AFTER = {"واحد", "واحدة", "واحدا", "وحيد", "وحيدة", "وحيدا"}


def _ones(text: str, sentences: _Sentences, origin: list[int], tokens: list[_Token]) -> list[Figure]:
    """«قتل شخص واحد», «مدني وحيد»: one, written after a noun of people or strikes, is a count of one."""
    found = []
    for index in range(1, len(tokens)):
        if tokens[index].text not in _ONE_AFTER:
            continue
        if (
            index + 1 < len(tokens)
            and tokens[index + 1].text.startswith("و")
            and _word_kind(tokens[index + 1].text) == "word"
        ):
            continue  # «الضحايا واحد وثلاثون»: one in a compound, thirty-one
        unit = _word_unit(tokens[index - 1].text)[0]
        if unit not in _COUNT_UNITS:
            continue  # «هدف وحيد», «نقطة واحدة»: one is the noun's own number
        after, _ = _after_qualifier(tokens, index + 1)
        found.append(
            _figure(text, sentences, origin, 1.0, None, unit, after or "exact", tokens[index].start, tokens[index].end)
        )
    return found


def _and_dual(word: str) -> bool:
    """«وطفلان»: «و» (and) before a dual noun, which starts a count of its own."""
    return word.startswith("و") and _dual(word[1:]) is not None and _dual(word) is not None


def _fractions(
    text: str, sentences: _Sentences, origin: list[int], tokens: list[_Token], kinds: list[str | None], normal: str
) -> list[Figure]:
    """«ثلث» and its kind: shares of a whole, with the qualifier before them («نحو ثلث» is about a third);
    «ربع مليار» is a quarter of a billion, and «نصفهم» half of those named before."""
    found, skip = [], -1
    for index, token in enumerate(tokens):
        if kinds[index] != "fraction" or index == skip:
            continue
        word = _fraction_word(token.text) or _fraction_with_pronoun(token.text)
        word = word or (token.text if token.text in DEFINITE_SHARES else None)
        word = word or ("نصف" if token.text in ("النصف", "والنصف") else None)
        if word is None or (
            index + 1 < len(tokens)
            and (_stem_in(tokens[index + 1].text, _TIME_NOUNS) or tokens[index + 1].text in _NO_SHARE_AFTER)
        ):
            continue  # «خلال نصف عام», «ربع ساعة», «ربع سنوي», «ربع النهائي»: a span or a name, not a share
        if token.text in ("ونصف", "ونص") and index > 0 and tokens[index - 1].text in _HALF_AFTER:
            # «نحو عام ونصف»: a year and a half, about; the half alone is no share of anything
            qualifier, begin = _qualifier(tokens, index - 1, normal)
            start, stop = _start(tokens[begin]), token.end
            # «جنيه ونصف»: a pound and a half, in pounds
            found.append(_figure(text, sentences, origin, 1.5, None, _unit(tokens, index - 1), qualifier, start, stop))
            continue
        if index > 0 and tokens[index - 1].text in ("كل", "لكل", "بكل") and _stem_in(token.text, {"ربع"}):
            continue  # «في نهاية كل ربع»: each quarter of the year, a period
        qualifier, begin = _qualifier(tokens, index, normal)
        end, value = index + 1, FRACTIONS.get(word) or DEFINITE_SHARES[word]
        upper = _fraction_word(tokens[end].text) if qualifier == "range" and end < len(tokens) else None
        if upper and tokens[end].text.startswith("و") and FRACTIONS[upper] > value:
            # «بين ربع وثلث الكمية»: a range of shares
            found.append(
                _figure(
                    text,
                    sentences,
                    origin,
                    value,
                    FRACTIONS[upper],
                    "fraction",
                    "range",
                    _start(tokens[begin]),
                    tokens[end].end,
                )
            )
            skip = end
            continue
        if qualifier == "range":  # «بين نصف وثلث»: no range that way round, two fractions
            qualifier, begin = "exact", index
        unit: str | None = "fraction"
        if end < len(tokens) and kinds[end] == "scale" and not tokens[end].text.startswith("و"):
            value, unit = value * _scale_of(tokens[end]), None
            end += 1
            unit = _unit(tokens, end)
        after, _ = _after_qualifier(tokens, end)
        if after and qualifier == "exact":
            qualifier = after
        found.append(
            _figure(text, sentences, origin, value, None, unit, qualifier, _start(tokens[begin]), tokens[end - 1].end)
        )
    return found


def _vague(
    text: str, sentences: _Sentences, origin: list[int], tokens: list[_Token], kinds: list[str | None]
) -> list[Figure]:
    """«عشرات المدنيين», «مئات الآلاف», «آلاف»: a quantity without a number, reported as vague with no value."""
    found, index = [], 0

    def plural(k: int) -> bool:
        return kinds[k] == "scale" and _stem_in(tokens[k].text, PLURAL_SCALES) is not None

    while index < len(tokens):
        if not (kinds[index] == "vague" or plural(index)) or (
            index > 0 and kinds[index - 1] in ("digits", "word", "fraction")
        ):
            index += 1
            continue
        end = index + 1
        while end < len(tokens) and (kinds[end] == "vague" or plural(end)):
            end += 1
        unit = _unit(tokens, end)
        found.append(
            _figure(
                text,
                sentences,
                origin,
                None,
                None,
                unit,
                "vague",
                _start(tokens[index]),
                tokens[end - 1].end,
                VAGUE_STATUS,
            )
        )
        index = end
    return found


def _figure(
    text: str,
    sentences: _Sentences,
    origin: list[int],
    value: float | None,
    high: float | None,
    unit: str | None,
    qualifier: str,
    start: int,
    end: int,
    status: str = FIGURE,
    reason: str | None = None,
) -> Figure:
    """A figure with its offsets and sentence mapped back to the original text."""
    sentence_start, sentence_end = sentences.around(start)
    first, stop = origin[start], _end(text, origin, end)
    sentence = _sentence(text, origin[sentence_start], origin[sentence_end], first, stop)
    return Figure(value, high, unit, qualifier, text[first:stop], first, stop, sentence, status, reason)


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
