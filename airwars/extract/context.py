"""What the words around a number say: its kind, qualifier and unit, and whether it is a date, a time or a name."""

from __future__ import annotations

import re
from functools import lru_cache

from airwars.extract.lexicon import (
    _ARABIC_LETTER,
    _CLAUSE_BREAK,
    _CLOCK,
    _COUNT_SUBJECT,
    _COUNT_SUBJECTS,
    _DAY_PARTS,
    _DAY_WORDS,
    _DIGITS,
    _FEMININE_REACH,
    _HIJRI_YEAR_WORDS,
    _LATIN_NAME,
    _LONG_MONTHS,
    _LONG_SCALE_FORMS,
    _MONTH_PREFIXES,
    _MONTH_SECOND_WORDS,
    _NEAR_SCALE_ENDINGS,
    _PERCENT_FIRST,
    _PERIOD_WORDS,
    _PRONOUNS,
    _RANK_WORDS,
    _REACH_VERBS,
    _SENTENCE_END,
    _THE_MONTH,
    _THIS_MONTH,
    _THOUSAND_IDIOMS,
    _THRESHOLDS,
    _TIME_AFTER,
    _UNIT_OF,
    _VERB_REACH,
    _YEARS,
    AFTER_QUALIFIERS,
    CIVILIAN_WORDS,
    DAY_NAMES,
    DUALS,
    FRACTIONS,
    HUNDRED_DUALS,
    MODEL_WORDS,
    MONTHS,
    NAME_WORDS,
    NICKNAMES,
    ORDINALS,
    PERCENT_WORDS,
    PLURAL_SCALES,
    PRAYERS,
    QUALIFIERS,
    SCALES,
    VAGUE,
    VERBS,
    _dual,
    _number_word,
    _slips,
    _stem_in,
    _stems,
    _Token,
    _word_value,
)
from airwars.extract.numbers import _digits_match, _digits_value, _dual_scale, _hard_wrapped, _letter_groups, _scale_of


@lru_cache(maxsize=4096)
def _near_scale(word: str) -> bool:
    """A word one slip from a long scale word (two for the longest), and no word of its own: «تريلون», «ملبون»."""
    if word.endswith(_NEAR_SCALE_ENDINGS) or _word_kind(word) is not None or len(word) < 4:
        return False
    if any(word.startswith(form) and _word_unit(word[len(form) :])[0] for form in _LONG_SCALE_FORMS):
        return True  # «33.5 ملياردولار»: the scale run into the currency; read apart, it is no slip to trust
    return any(_slips(form, word) <= (2 if len(form) >= 7 else 1) for form in _LONG_SCALE_FORMS)


def _kind(token: _Token) -> str | None:
    """digits, scale, dual_scale, word, fraction, vague, dual or None."""
    return None if token.blocked else _word_kind(token.text)


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> str | None:
    """The kind of a word, whatever its place."""
    if _DIGITS.fullmatch(word) and any(ch.isdigit() for ch in word):
        return "digits"
    if _stem_in(word, DAY_NAMES):
        return None
    if _stem_in(word, VAGUE):
        return "vague"
    if _stem_in(word, SCALES) or (word.startswith("ال") and word[2:] in SCALES) or _stem_in(word, PLURAL_SCALES):
        return "scale"
    if _stem_in(word, DUALS):
        return "dual_scale"
    if _stem_in(word, HUNDRED_DUALS):
        return "word"
    if _fraction_word(word) or _fraction_with_pronoun(word):
        return "fraction"
    if _number_word(word):
        return "word"
    if _dual(word) is not None:
        return "dual"
    return None


def _fraction_word(word: str) -> str | None:
    """«ثلث», «وربع», «بنصف»; not «الربع» (a quarter of the year) or «النصف الأول»."""
    if word in FRACTIONS:
        return word
    if word == "النصف":
        return None  # «النصف الأول»; «النصف مليار» is marked a fraction in scan, where its scale is seen
    if word[:1] in "وفبلك" and word[1:] in FRACTIONS:
        return word[1:]
    return None


def _fraction_with_pronoun(word: str) -> str | None:
    """«نصفهم», «ثلثها»: the fraction word of a share of what came before."""
    for form in _stems(word):
        for pronoun in _PRONOUNS:
            if form.endswith(pronoun) and form[: -len(pronoun)] in FRACTIONS:
                return form[: -len(pronoun)]
    return None


def _second_scale_of_range(tokens: list[_Token], kinds: list[str | None], i: int) -> bool:
    """«بين مليار ومليار ونصف»: a scale word with «و» after «بين» and a bare scale is the range's upper end."""
    return i >= 2 and kinds[i - 1] == "scale" and _stem_in(tokens[i - 2].text, {"بين", "مابين"}) is not None


def _phrases(
    tokens: list[_Token], kinds: list[str | None], normal: str = ""
) -> list[tuple[int, int, list[str | None]]]:
    """Runs of tokens that make one number: (first, last + 1, kinds)."""
    runs, i = [], 0
    numeric = ("digits", "word", "scale", "dual_scale")
    line_end = "\n\n" if _hard_wrapped(normal) else "\n"  # «عشرة\nالاف ليرة»: a wrapped line ends no number
    while i < len(tokens):
        if kinds[i] not in numeric or (
            kinds[i] == "scale" and tokens[i].text.startswith("و") and not _second_scale_of_range(tokens, kinds, i)
        ):
            i += 1
            continue
        j, has_scale = i + 1, kinds[i] in ("scale", "dual_scale")
        run_kinds = [kinds[i]]
        part = i  # where the part being read began: the run ends there if the part proves a second number
        scales = {_scale_of(tokens[i])} if kinds[i] == "scale" else set()
        while j < len(tokens):
            kind = kinds[j]
            gap = normal[tokens[j - 1].end : tokens[j].start]
            bracketed = normal[tokens[i].start - 1 : tokens[i].start] == "("  # «(99) مليوناً (867) ألفاً و(946)»
            if line_end in gap or ("(" in gap and not bracketed):
                break  # «عام 2023\n\nملايين السياح», «4 ملايير (400 مليار»: a line break or «(» ends a number
            if tokens[j].text == "و" and j + 1 < len(tokens) and kinds[j + 1] in ("digits", "word") and has_scale:
                run_kinds += ["conj"]  # «13 ألفاً و 40»
                part = j
                j += 1
                continue
            if kind not in numeric:
                break
            if kind == "digits" and (tokens[j].text[:1] in "-\u2212+" or "%" in tokens[j].text):
                break  # «أكثر من 4 مليون -71% منهم»: a sign or a percentage starts a number of its own
            if kind in ("word", "digits") and tokens[j].text.startswith("ب"):
                break  # «خمسة وتسعين بسبعة آلاف ليرة»: octane 95, at seven thousand; «ب» starts another number
            joined = tokens[j].text.startswith("و")
            if joined:
                part = j
            if kind == "word" and run_kinds[-1] == "word" and joined and _no_compound(tokens[j - 1], tokens[j]):
                break  # «ما بين أربعة وخمسة ملايين»: four and five make no compound; two numbers, a range here
            if part > i and (
                (kind == "scale" and _scale_of(tokens[j]) in scales)
                or (kind == "dual_scale" and joined and _dual_scale(tokens[j]) in scales)
            ):
                j, run_kinds = part, run_kinds[: part - i]
                break  # «بين ألف و ستة آلاف», «991 ألفًا و337 ألف», «بين مليون ومليوني»: one scale twice, two numbers
            if kind == "scale":
                scales.add(_scale_of(tokens[j]))
            if kind == "digits" and run_kinds[-1] == "conj":
                pass
            elif kind == "digits" and not (has_scale and (joined or run_kinds[-1] in ("scale", "dual_scale"))):
                break  # «500 و1800» are two numbers; «12 ألفا و450» and «7 آلاف 215» are one
            elif kind == "digits" and not joined and run_kinds[-1] in ("scale", "dual_scale"):
                scale = _scale_of(tokens[j - 1]) if run_kinds[-1] == "scale" else _dual_scale(tokens[j - 1])
                if _digits_value(tokens[j])[0] >= scale:
                    break
            if run_kinds[-1] == "digits" and kind == "word":
                break
            if run_kinds[-1] == "digits" and tokens[j].start - tokens[j - 1].end != 1 and _letter_groups(tokens[j - 1]):
                break  # «( 000ر000ر000ر100ر1 ) ألف ومئة مليار»: the words restate the number in brackets
            if kind in ("scale", "dual_scale") and run_kinds[-1] in ("scale", "dual_scale") and not joined:
                if not _scale_of_scale(tokens, j, kinds):
                    break
            if kind == "dual_scale" and run_kinds[-1] in ("digits", "word"):
                break  # «300 ألفي»: not a phrase
            has_scale |= kind in ("scale", "dual_scale")
            run_kinds.append(kind)
            j += 1
        while run_kinds and run_kinds[-1] == "conj":
            run_kinds.pop()
            j -= 1
        runs.append((i, j, run_kinds))
        i = j
    return runs


# «1443/2022», «1443 هـ»: a text that shows a number so is naming a year of the Hijri calendar by it
_HIJRI_YEAR_SHOWN = re.compile(r"(?<!\d)(1[34]\d\d)(?=\s*/\s*(?:19|20)\d\d(?!\d)|\s*هـ|ه(?![\u0621-\u064a]))")


def _percent_and_not(
    normal: str, tokens: list[_Token], first: int, last: int, following: tuple[int, int, list]
) -> bool:
    """One end a percentage and the other an amount in a unit: «10% إلى 462 درهم»."""
    ends = (
        normal[tokens[first].start : tokens[last - 1].end + 1],
        normal[tokens[following[0]].start : tokens[following[1] - 1].end + 1],
    )
    percent = ["%" in end for end in ends]
    return percent[0] != percent[1] and (_unit(tokens, following[1]) is not None or _unit(tokens, last) is not None)


def _rate_range(
    normal: str, tokens: list[_Token], first: int, last: int, following: tuple[int, int, list] | None
) -> bool:
    """«ارتفع التضخم بنسبة 4.9 إلى 5%»: after «بنسبة», one percent for both ends: a range of the rise, not a change
    from 4.9 to 5."""
    if following is None or first == 0 or tokens[first - 1].text not in ("بنسبة", "بمعدل"):
        return False
    return not _is_share(tokens, first, last, normal) and _is_share(tokens, following[0], following[1], normal)


def _is_share(tokens: list[_Token], first: int, last: int, normal: str) -> bool:
    """A percentage, by its sign in or right after the number («5%», «27 %») or by words after it («بالمئة»)."""
    return _percent_sign(tokens, first, last, normal) or bool(_percent_words_at(tokens, last))


def _percent_words_at(tokens: list[_Token], at: int) -> int:
    """How many tokens the words for percent take at a place: «بالمائة» 1, «في المئة» 2, none 0."""
    if at >= len(tokens) or tokens[at].text not in _PERCENT_FIRST:
        return 0
    for words in PERCENT_WORDS:
        if tuple(t.text for t in tokens[at : at + len(words)]) == words:
            return len(words)
    return 0


def _list_scale(tokens: list[_Token], kinds: list[str | None], first: int, last: int, normal: str) -> bool:
    """«20 مليار دولار لمصر، و7.5 مليار للمغرب، و 4.4 للأردن», «3.45 مليار دولار مقابل 2.53»: a bare number after
    amounts with a scale, to which their scale may carry; 4.4 alone would be a wrong amount."""
    if _unit(tokens, last) or last >= len(tokens):
        return False
    if _is_share(tokens, first, last, normal):
        return False  # «مقارنة بـ 21،6 بالمائة»: a share, which takes no scale
    joined = tokens[first].text.startswith("و") or (first > 0 and tokens[first - 1].text == "و")
    against = (
        first > 0
        and (
            tokens[first - 1].text in ("مقابل", "بمقابل")
            or (first > 1 and tokens[first - 2].text == "مقارنة" and tokens[first - 1].text.startswith("ب"))
        )  # «مقارنة بحوالي 120»: compared with about 120 (millions, as before)
        and _digits_value(tokens[first])[0] < 1000
    )
    # «3,7 مليون نسمة بينهم 2,5 من الاجانب»: a part with decimals, and no noun of its own, takes the scale too
    part = tokens[last].text == "من" and not float(_digits_value(tokens[first])[0]).is_integer()
    if not (against or part or (joined and tokens[last].text.startswith("ل"))):
        return False  # «3.45 مليار دولار مقابل 2.53»: the amount compared takes the scale of the one before
    for k in range(first - 1, max(first - 16, -1), -1):
        if _SENTENCE_END.search(normal, tokens[k].end, tokens[k + 1].start):
            return False
        if kinds[k] in ("scale", "dual_scale"):
            return True
    return False


def _percent_sign(tokens: list[_Token], first: int, last: int, normal: str) -> bool:
    """A «%» in the number or right after it: «−2%», «31.6 %»."""
    return "%" in normal[tokens[first].start : tokens[last - 1].end + 2]


def _char_after(tokens: list[_Token], last: int, normal: str) -> str:
    """The first character after a number, spaces skipped ('' at the end); a short look, never the rest of the text."""
    return normal[tokens[last - 1].end : tokens[last - 1].end + 16].lstrip(" ")[:1]


def _name_then_dash(tokens: list[_Token], first: int, last: int, normal: str) -> bool:
    """«السفينة سي ووتش -3،», «سي ووتش - 3.»: a name's number after a dash, with no noun to count."""
    if first == 0 or _unit(tokens, last) or _percent_sign(tokens, first, last, normal):
        return False  # «تراجعت الحصة −2%»: a fall, a percentage
    gap = normal[tokens[first - 1].end : tokens[first].start] + tokens[first].text[:1]
    before = tokens[first - 1].text
    if before in _DASHES and first > 1:  # «سي ووتش - 3»: the dash a token of its own
        gap, before = before, tokens[first - 2].text
    after = _char_after(tokens, last, normal)
    return (
        after in ("", "،", ",", ".", "؛", ";", ":", ")", "\n")  # «القانون والعدالة – 200 مقعدًا» is a count
        and any(dash in gap for dash in ("-", "\u2013", "\u2212"))
        and _ARABIC_LETTER.search(before) is not None
        and _word_kind(before) is None
        and before not in ("إلى", "الى", "من", "بين", "نحو", "حوالي", "بنسبة", "بلغ", "بلغت")
    )


def _spelt_decimal(tokens: list[_Token], runs: list[tuple[int, int, list]], index: int) -> int | None:
    """«ثمانية فاصل تسع من عشرة», «أربعة من عشرة في المائة»: decimals spelt out; the index of the last run taken."""
    at, last = index, runs[index][1]
    if (
        last < len(tokens)
        and tokens[last].text in ("فاصل", "فاصلة")
        and at + 1 < len(runs)
        and runs[at + 1][0] == last + 1
    ):
        at, last = at + 1, runs[at + 1][1]
    if (
        last + 1 < len(tokens)
        and tokens[last].text == "من"
        and at + 1 < len(runs)
        and runs[at + 1][0] == last + 1
        and runs[at + 1][2] == ["word"]
        and _number_word(tokens[last + 1].text) in ("عشرة", "عشر", "مئة", "مائة")
    ):
        return at + 1
    return at if at > index else None


def _split_compound(tokens: list[_Token], first: int, last: int, following: tuple[int, int, list]) -> bool:
    """Two runs that _phrases split out of one compound (a scale twice, or two units): no range says which."""
    start, stop, after_kinds = following
    if (  # «59 ألف شخص و824»: the rest of the number after the noun; 59,824 or two counts?
        start == last + 1
        and after_kinds == ["digits"]
        and tokens[start].text.startswith("و")
        and _word_kind(tokens[last - 1].text) == "scale"
        and _unit(tokens, last) is not None
        and _digits_value(tokens[start])[0] < _scale_of(tokens[last - 1])
        and _unit(tokens, stop) is None
    ):
        return True
    if not (
        (start == last and tokens[start].text.startswith("و"))
        or (start == last + 1 and tokens[last].text == "و" and after_kinds[0] in ("digits", "word"))
    ):
        return False
    if after_kinds[0] == "word" and _word_kind(tokens[last - 1].text) == "word":
        if _no_compound(tokens[last - 1], tokens[start]):
            return True
    scales = {_scale_of(t) for t in tokens[first:last] if _word_kind(t.text) == "scale"}
    return any(_scale_of(t) in scales for t in tokens[start:stop] if _word_kind(t.text) == "scale")


def _no_compound(before: _Token, after: _Token) -> bool:
    """«أربعة وخمسة», «عشرين وثلاثين»: two numbers under a hundred that no compound joins (a unit, then a ten)."""
    low, high = (_word_value(_number_word(t.text) or t.text) for t in (before, after))
    if not (0 < low < 100 and 0 < high < 100):
        return False
    return not (low < 10 and high >= 20 and high % 10 == 0)  # «خمسة وعشرين» is one number


def _scale_of_scale(tokens: list[_Token], j: int, kinds: list[str | None]) -> bool:
    """«ألف مليون», «عشرة آلاف مليون»: thousands of millions, a larger scale right after a thousand."""
    if kinds[j - 1] not in ("scale", "dual_scale") or tokens[j].start - tokens[j - 1].end != 1:
        return False
    before = _scale_of(tokens[j - 1]) if kinds[j - 1] == "scale" else _dual_scale(tokens[j - 1])
    return _stem_in(tokens[j].text, SCALES) is not None and _scale_of(tokens[j]) > before == 1000


def _words(tokens: list[_Token], start: int, count: int) -> tuple[str, ...]:
    return tuple(t.text for t in tokens[max(start, 0) : start + count]) if start >= 0 else ()


def _qualifier(tokens: list[_Token], first: int, normal: str = "") -> tuple[str, int]:
    """The qualifier written before a figure, and the index where it starts."""
    if first >= 1 and _stem_in(tokens[first - 1].text, {"بين", "مابين"}):  # «مابين»: «ما بين» run together
        return "range", first - 2 if first >= 2 and tokens[first - 2].text == "ما" else first - 1
    if first >= 1 and tokens[first - 1].text in _RANGE_VERBS:
        return "range", first  # «قيمة الأسهم تتراوح 4,16 مليار درهم إلى 5,04 مليار درهم»
    if first >= 2 and tokens[first - 1].text == "ال" and tokens[first - 1].end < tokens[first].start:
        qualifier, begin = _qualifier(tokens, first - 1, normal)  # «نحو الـ 50 قتيلا»: the article set apart
        if qualifier != "exact":
            return qualifier, begin
    last_word = tokens[first - 1].text if first >= 1 else ""
    for words, qualifier in _QUALIFIERS_BY_LAST.get(last_word, ()) + _QUALIFIERS_BY_LAST.get(_last_stem(last_word), ()):
        before = _words(tokens, first - len(words), len(words))
        # the first word may carry a clitic: «وحوالي 20», «بنحو 100», «لحوالي 1,7»
        if before and before[1:] == words[1:] and words[0] in _stems(before[0]):
            return qualifier, first - len(words)
    if first >= 2 and tokens[first - 1].text in ("على", "عن") and normal:
        # «تزيد الحصيلة على 300»; further back with the count between: «زاد عدد النازحين المسجلين في المخيمات على 90»
        for k in range(max(first - 8, 0), first - 1):
            if (
                _stem_in(tokens[k].text, {"يزيد", "تزيد", "يربو", "تربو", "زادت", "زاد"})
                and not _CLAUSE_BREAK.search(normal, tokens[k].end, tokens[first].start)
                and (k >= first - 4 or any(t.text.startswith(_COUNT_SUBJECT) for t in tokens[k + 1 : first]))
            ):
                return "more_than", first
    if normal:
        verb = _verb_before(tokens, first, normal)
        if verb:
            return verb, first
        if first > 0 and tokens[first - 1].text in ("إلى", "الى") and _denied_reach(tokens, first - 1, normal):
            return "less_than", first
    return "exact", first


def _denied_reach(tokens: list[_Token], to: int, normal: str) -> bool:
    """«لم يصل عدد النواب، الذين صوتوا بالرفض، إلى 20»: a reach denied earlier in the sentence, commas and all."""
    for k in range(to - 1, max(to - 14, 0), -1):
        if _SENTENCE_END.search(normal, tokens[k].end, tokens[k + 1].start):
            return False
        if tokens[k].text in ("يصل", "تصل", "يبلغ", "تبلغ") and tokens[k - 1].text in ("لم", "لن"):
            return True
    return False


_QUALIFIERS_BY_LAST: dict[str, tuple] = {}
for _words_, _qualifier_ in QUALIFIERS:
    _QUALIFIERS_BY_LAST[_words_[-1]] = _QUALIFIERS_BY_LAST.get(_words_[-1], ()) + ((_words_, _qualifier_),)
_AFTER_FIRST = {words[0] for words, _ in AFTER_QUALIFIERS}
_ONE_WORD_QUALIFIERS = {words[0] for words, _ in QUALIFIERS if len(words) == 1}


@lru_cache(maxsize=4096)
def _last_stem(word: str) -> str:
    """A one-word qualifier without its clitic: «بنحو» → «نحو»; '' when it has none."""
    return next((form for form in _stems(word)[1:] if form in _QUALIFIERS_BY_LAST and len(form) > 2), "")


def _verb_before(tokens: list[_Token], first: int, normal: str) -> str | None:
    """A verb of excess or approximation before, in the same clause, with the count it governs between
    («تجاوز عدد القتلى 300») or the mark it passes just before the number («تخطت الحصيلة … حاجز 500»)."""
    if tokens[first].text.startswith("ب"):
        return None  # «تجاوز التوقعات بنصف مليار»: the margin it exceeds by
    threshold = first > 0 and _stem_in(tokens[first - 1].text, _THRESHOLDS) is not None
    for back in range(1, _VERB_REACH + 1):
        k = first - back
        if k < 0:
            return None
        word = tokens[k]
        if _CLAUSE_BREAK.search(normal, word.end, tokens[k + 1].start):  # the gaps after it were seen already
            return None
        verb = _stem_in(word.text, VERBS)
        subject = back == 2 and tokens[k + 1].text.startswith("ال")  # «تجاوزت الصادرات تريليون درهم»
        subject = subject or _adverbial(tokens[k + 1 : first])
        if verb and k > 0 and tokens[k - 1].text in ("لم", "لن", "لا", "ما"):
            return None  # «لم تتجاوز 41 ألفا»: not more than
        if verb and (
            back == 1
            or subject
            or threshold
            or any(
                t.text.startswith(_COUNT_SUBJECT) or _stem_in(t.text, _COUNT_SUBJECTS) for t in tokens[k + 1 : first]
            )
        ):
            # «في البلدتين حاجز 500»: a threshold further on says the verb's number is the one after it
            return None if not threshold and _threshold_ahead(tokens, first, normal) else VERBS[verb]
        if _word_kind(word.text) in ("digits", "word", "scale", "dual_scale"):
            return None  # «تجاوز عدد النازحين ألفي شخص خلال يومين»: the verb's number came before
    return None


_ADVERBIALS = {"بالفعل", "فعلا", "فعليا", "حتى", "الآن", "اليوم", "أمس", "امس", "تقريبا"}
_ADVERBIAL_PREPOSITIONS = {"في", "خلال"}


def _adverbial(between: list[_Token]) -> bool:
    """«تجاوز بالفعل ألف», «تخطت في الفترة نفسها المليار»: only an adverb, or a short phrase of time or place, between
    a verb of excess and its number."""
    if not between:
        return False
    if all(t.text in _ADVERBIALS for t in between):
        return True
    return between[0].text in _ADVERBIAL_PREPOSITIONS and 2 <= len(between) <= 3


def _threshold_ahead(tokens: list[_Token], first: int, normal: str) -> bool:
    """A threshold word a few words after a number, in the same clause."""
    for k in range(first + 1, min(first + 6, len(tokens))):
        if _CLAUSE_BREAK.search(normal, tokens[first].end, tokens[k].start):
            return False
        if _stem_in(tokens[k].text, _THRESHOLDS):
            return True
    return False


def _after_qualifier(tokens: list[_Token], after: int) -> tuple[str | None, int]:
    """A qualifier written after the figure and its noun: «352 مدنيا على الأقل», «53 مليون دولار تقريبا»."""
    for skip in range(0, 4):
        if after + skip >= len(tokens):
            break
        for words, qualifier in AFTER_QUALIFIERS if tokens[after + skip].text in _AFTER_FIRST else ():
            if _words(tokens, after + skip, len(words)) == words:
                following = tokens[after + skip + len(words)].text if after + skip + len(words) < len(tokens) else ""
                if words == ("أو", "أكثر") and following.startswith(("مما", "من", "م")):
                    continue  # «3.8 بليون دولار، أو أكثر مما جمع…»: a comparison, not «or more»
                return qualifier, after + skip + len(words)
        if after + skip >= len(tokens):
            break
        word = tokens[after + skip].text
        if _DIGITS.fullmatch(word) or word in ("و",) or _kind(tokens[after + skip]) in ("digits", "word", "scale"):
            break
    return None, after


def _unit(tokens: list[_Token], after: int) -> str | None:
    """The unit the next words make evident."""
    for offset in range(3):
        if after + offset >= len(tokens):
            return None
        word = tokens[after + offset].text
        unit, passed_over = _word_unit(word)
        if unit == "people" and after + offset + 1 < len(tokens) and tokens[after + offset + 1].text in CIVILIAN_WORDS:
            return "civilians"  # «ضحية مدنية»
        if unit:
            return unit
        if word == "د" and after + offset + 1 < len(tokens) and tokens[after + offset + 1].text == "ك":
            return "dinars"  # «د.ك»
        if not passed_over:
            return None
    return None


@lru_cache(maxsize=65536)
def _word_unit(word: str) -> tuple[str | None, bool]:
    """The unit a word makes evident, and whether the search for one goes on past it («من», «جوية», a glossing scale)."""
    form = _stem_in(word, _UNIT_OF)
    if form:
        return _UNIT_OF[form], False
    dual = _dual(word)
    if dual:
        return dual, False
    for pronoun in ("ها", "هم", "ه"):  # «أربعة من جنودها»
        if word.endswith(pronoun) and _stem_in(word[: -len(pronoun)], _UNIT_OF):
            return _UNIT_OF[_stem_in(word[: -len(pronoun)], _UNIT_OF) or ""], False
    # «مليار (بليون) دولار»: a scale glossed by another is passed over
    return None, word in ("من", "منها", "منهم", "جوية", "جويا", "جوي", "حصيلة") or _stem_in(word, SCALES) is not None


@lru_cache(maxsize=16384)
def _is_month(word: str) -> bool:
    w = word.lower()
    if any(form in MONTHS or form.startswith(_MONTH_PREFIXES) for form in _stems(w)):
        return True
    # «26 سبتمر 2025»: a long month's name with one letter slipped
    return len(w) >= 5 and _ARABIC_LETTER.match(w) is not None and any(_slips(w, m) <= 1 for m in _LONG_MONTHS)


_YEAR_ADJECTIVES = _THIS_MONTH | {"الفائت", "السابق"}  # «العام الماضي 2023», «العام الفائت 2022»


def _year_word_before(tokens: list[_Token], first: int) -> bool:
    """«عام 2023», «العام الماضي 2023»: a word for year just before, or with its adjective between."""
    if first > 0 and _stem_in(tokens[first - 1].text, _YEARS) is not None:
        return True
    return (
        first > 1
        and tokens[first - 1].text in _YEAR_ADJECTIVES
        and _stem_in(tokens[first - 2].text, _YEARS) is not None
    )


def _from_one_noun(tokens: list[_Token], first: int, last: int) -> bool:
    """«من نقطة إلى 6 نقاط», «من يوم إلى 3 أيام»: from one (a noun alone), to a number of the same noun."""
    if (
        first < 3
        or last >= len(tokens)
        or tokens[first - 3].text != "من"
        or tokens[first - 1].text not in ("إلى", "الى")
    ):
        return False
    one, many = tokens[first - 2].text.removesuffix("ة"), tokens[last].text.lstrip("أا")
    return len(one) >= 3 and len(many) >= 2 and _word_kind(one) is None and one[0] == many[0] and one[-1] in many[1:]


def _years_span(tokens: list[_Token], first: int, second: int) -> bool:
    """«من 2019 إلى 2028»: after «من», a year, then a later year within a lifetime: a span of years, no count."""
    low, high = (_digits_match(tokens[k].text).group(3) for k in (first, second))
    return (
        first > 0
        and tokens[first - 1].text == "من"
        and all(_YEAR.fullmatch(year) for year in (low, high))
        and 0 < int(high) - int(low) <= 100
    )


def _ordinal_after_article(tokens: list[_Token], first: int) -> bool:
    """«الدفعة الـ 21», «الذكرى الـ 48»: a definite singular noun, the article set apart, then digits: the 21st;
    «الجنود الـ 30», a plural before, are thirty."""
    noun = tokens[first - 2].text if first >= 2 else ""
    return (
        noun.startswith("ال")
        and tokens[first - 1].text == "ال"
        and tokens[first - 1].end < tokens[first].start
        and (noun.endswith("ة") or noun in ("الذكرى", "المرة"))
        and not (first >= 3 and tokens[first - 3].text.startswith("ال"))  # «المخيمات العشوائية الـ 160»: an adjective
        and _word_kind(noun) is None
    )  # «الدفعة الـ 17 من النازحين»: the noun after is the batch's, the 17th


def _day_of_month_spelt(tokens: list[_Token], first: int, last: int) -> bool:
    """«العشرين من هذا الشهر», «الحادي والعشرين من مارس»: a number word with the article, then «من» and a month."""
    if "ال" not in tokens[first].text[:3]:  # «العشرين», «والعشرين», «بالعشرين»
        return False
    return _of_the_month([tokens[k].text for k in range(last, min(last + 2, len(tokens)))])


def _of_the_month(words: list[str]) -> bool:
    """«من مارس», «من الشهر الجاري», «من هذا الشهر», «من نفس الشهر»: «من», then a month or the month of the text."""
    return len(words) > 1 and words[0] == "من" and (_is_month(words[1]) or words[1] in _THE_MONTH)


def _is_date(tokens: list[_Token], first: int, last: int, kinds: list[str | None]) -> bool:
    """A year or a day of a month, which is not a count."""
    if kinds != ["digits"]:
        return False
    text = _digits_match(tokens[first].text).group(3)
    following = [tokens[k].text for k in range(last, min(last + 2, len(tokens)))]
    month_after = bool(following) and (
        _is_month(following[0])
        or _of_the_month(following)
        or (following[0] in ("شهر", "الشهر") and len(following) > 1 and _is_month(following[1]))  # «22 شهر حزيران»
    )
    month_before = first > 0 and (
        _is_month(tokens[first - 1].text)
        or (  # «كانون الأول 2017»
            first > 1 and tokens[first - 1].text in _MONTH_SECOND_WORDS and _is_month(tokens[first - 2].text)
        )
    )
    if re.fullmatch(r"1[34]\d\d", text) and (
        month_before
        or (following and following[0] in ("هـ", "ه", "هجري", "هجرية", "للهجرة"))
        or (first > 0 and _stem_in(tokens[first - 1].text, _HIJRI_YEAR_WORDS) is not None and not _unit(tokens, last))
    ):
        return True  # «5 رجب 1439»: a year of the Hijri calendar
    if re.fullmatch(r"(19|20)\d\d", text):
        if first > 0 and _stem_in(tokens[first - 1].text, _PERIOD_WORDS):
            return True  # «سجل الربع الأول 2024 نموا», «أواخر 2019»: a year after the part of it named
        counted = (
            bool(following)
            and tokens[last].start - tokens[last - 1].end == 1  # «من 2025\n\nهلا نيوز»: a headline's end, no noun
            and following[0].endswith("ا")
            and following[0] not in _ADVERBS
            and _ARABIC_LETTER.match(following[0]) is not None
        )  # «2085 مستفيداً»: a count takes its noun in -an
        after_in = first > 0 and tokens[first - 1].text in ("في", "فى")  # «منح في 2016 قرضا»: a year
        if counted and not month_before and not after_in and not _year_word_before(tokens, first):
            return False
        if first > 0 and _stem_in(tokens[first - 1].text, _ONE_WORD_QUALIFIERS) and not (month_after or month_before):
            return False  # «حوالي 1900 مدينة»: a count said to be about; a year is not
        return month_after or month_before or _year_word_before(tokens, first) or not _unit(tokens, last)
    if not re.fullmatch(r"\d{1,2}", text) or int(text) > 31:
        return False
    if following and following[0] in _THIS_MONTH:
        return True  # «يوم 24 الجاري»: a day of this month
    if (
        following[1:]
        and following[0] == "الشهر"
        and following[1] in _THIS_MONTH
        and first > 0
        and tokens[first - 1].text in ("في", "فى", "يوم")
    ):
        return True  # «في 30 الشهر الماضي»: a day of last month («قتل 30 الشهر الماضي» counts the dead)
    if month_after or (month_before and not _unit(tokens, last)):
        return True
    if first > 0 and _stem_in(tokens[first - 1].text, _DAY_WORDS) and not _unit(tokens, last):
        # «ليلة الأحد 10 إلى الاثنين 11 سبتمبر», «السبت 21 من الشهر»: a day's name, then its date («الجمعة 12 وفاة»
        # is a count)
        after = [tokens[k].text for k in range(last, min(last + 2, len(tokens)))]
        return len(after) == 2 and (
            (after[0] in ("إلى", "الى", "حتى") and _stem_in(after[1], DAY_NAMES) is not None)
            or (after[0] == "من" and after[1] in ("الشهر", "شهر"))
        )
    # «من 17 إلى 24 أكتوبر»: the first day of a span
    span = [tokens[k].text for k in range(last, min(last + 3, len(tokens)))]
    if (
        len(span) == 3
        and span[0] in ("إلى", "الى", "حتى")
        and re.fullmatch(r"\d{1,2}", span[1])
        and (_is_month(span[2]) or span[2] in _THIS_MONTH)
    ):
        return True
    # «يومي 5 و6 مارس», «في 23 و24 من يناير»: the first day of a pair
    if last < len(tokens) and re.fullmatch(r"و\d{1,2}", tokens[last].text):
        after = [tokens[k].text for k in range(last + 1, min(last + 3, len(tokens)))]
        return bool(after) and (_is_month(after[0]) or _of_the_month(after))
    # «ما بين 9 و 15 فبراير»: the same, the «و» spaced from its day
    after = [tokens[k].text for k in range(last, min(last + 3, len(tokens)))]
    return (
        len(after) == 3 and after[0] == "و" and re.fullmatch(r"\d{1,2}", after[1]) is not None and _is_month(after[2])
    )


# Nouns of a series, ranked by a ten after them: «القرن العشرين» is the twentieth century, «الدورة الأربعين» the 40th.
_SERIES_NOUNS = NAME_WORDS | {
    "خط",  # «خط الستين», «مديرية السبعين»: streets and districts named by a ten
    "مديرية",
    "ميدان",
    "حي",
    "دوار",
    "ساحة",
    "القرن",
    "الذكرى",
    "العيد",
    "المؤتمر",
    "الجلسة",
    "القمة",
    "الاجتماع",
    "المهرجان",
    "البطولة",
    "اليوم",
    "الأسبوع",
    "الشهر",
    "العام",
    "السنة",
    "المرتبة",
    "المركز",
    "الطابق",
    "الدقيقة",
    "الألفية",
    "الحكومة",
    "الكنيست",
    "الفيلق",
    "عيد",
    "ذكرى",
    "قرن",
}
_NAMED_PLACES = {"حي", "حيي", "منطقة", "منطقتي", "ضاحية", "مخيم", "مشروع", "شارع", "جادة"}
_PLACE_WORDS = {"قرية", "بلدة", "مدينة", "منطقة", "حي", "ناحية", "بلدات", "قرى", "مخيم"}


def _bare_scale_is_no_count(tokens: list[_Token], kinds: list[str | None], first: int) -> bool:
    """«قرية بليون»: a place; «72.4 مليار (بليون)»: a gloss of the scale before; «ألف ليلة وليلة»: a title; none is a
    count of its own."""
    if first + 1 < len(tokens) and tokens[first + 1].text in _THOUSAND_IDIOMS and tokens[first].text in ("ألف", "الف"):
        return True
    if first == 0 or _second_scale_of_range(tokens, kinds, first):
        return False  # «بين مليار ومليار ونصف»: the range's other end
    before = tokens[first - 1]
    return (
        kinds[first - 1] in ("scale", "dual_scale") or _stem_in(before.text, _PLACE_WORDS) is not None or before.blocked
    )


def _article_number_is_no_count(tokens: list[_Token], first: int, last: int) -> bool:
    """«السادس والعشرون من سبتمبر»: a number word with the article after an ordinal, or before a month, is a date;
    a ten with the article after a noun of a series («القرن العشرين», «الذكرى الثلاثين») is a rank."""
    word = tokens[first].text
    if first > 0 and _stem_in(tokens[first - 1].text, ORDINALS) and word in ("عشر", "عشرة"):
        return True
    if not word.startswith(("ال", "وال")):
        return False
    if first > 0 and _stem_in(tokens[first - 1].text, ORDINALS):
        return True  # «السادس والعشرون», «الثامنة عشرة»: a rank, not a count
    if first > 0 and word.startswith("وال") and tokens[first - 1].text in ("الواحد", "الواحدة"):
        return True  # «الدقيقة الواحدة والثمانين»: the eighty-first, a rank
    if (
        first > 1
        and tokens[first - 1].text == "إلى"
        and any(_stem_in(t.text, ORDINALS) for t in tokens[max(0, first - 4) : first - 1])
    ):
        return True  # «من السابع والعشرين إلى الثلاثين»: the end of a span of ranks is a rank
    if first > 0 and _stem_in(tokens[first - 1].text, {"دور"}):
        return True  # «دور الثمانية», «دور الستة عشر»: a round of a cup, named by the teams left
    if first > 0 and last - first == 1 and word in NICKNAMES.get(_stem_in(tokens[first - 1].text, NICKNAMES) or "", ()):
        return True  # «للأسود الثلاثة»: a team's name
    if first > 0 and last - first == 1 and _stem_in(tokens[first - 1].text, _SERIES_NOUNS):
        value = _word_value(_number_word(word) or word)
        if value >= 20 and value % 10 == 0:
            return True
    following = [tokens[k].text for k in range(last, min(last + 2, len(tokens)))]
    return bool(following) and (
        _is_month(following[0]) or (following[0] == "من" and len(following) > 1 and _is_month(following[1]))
    )


def _is_time(tokens: list[_Token], first: int, last: int, kinds: list[str | None]) -> bool:
    """«الساعة 10 صباحاً», «الفجر 5.16», «10.30 من صباح اليوم»: an hour, not a count."""
    if kinds != ["digits"]:
        return False
    before = tokens[first - 1].text if first > 0 else ""
    after = tokens[last].text if last < len(tokens) else ""
    if _stem_in(before, {"الساعة", "ساعة"}) is not None or (after in _TIME_AFTER and not _unit(tokens, last)):
        return True
    if after == "من" and last + 1 < len(tokens) and _stem_in(tokens[last + 1].text, _DAY_PARTS):
        return not _unit(tokens, last)
    # After a prayer only an hour with its minutes is a time: «المغرب 5» may be Morocco's five of something.
    return _CLOCK.fullmatch(tokens[first].text) is not None and _stem_in(before, PRAYERS) is not None


_MINUTE_MARKS = {"ق", "د"}  # «ق 96», «د 45»: a minute of a match, abbreviated
_TIME_NOUNS = {"عام", "سنة", "ساعة", "شهر", "يوم", "قرن", "أسبوع", "اسبوع", "دقيقة", "عقد", "ليلة", "نهار"}
# «عام ونصف», «جنيه ونصف»: one of these and a half
_HALF_AFTER = _TIME_NOUNS | {"جنيه", "دولار", "دينار", "ريال", "درهم", "ليرة", "يورو", "كيلو", "متر", "طن", "لتر"}
_NO_SHARE_AFTER = {
    "نقل",  # «سيارة ربع نقل», «نصف نقل»: a class of vehicle
    "المصنعة",  # «المنتجات نصف المصنعة»: semi-finished goods; «نصف رسمية»: semi-official
    "مصنعة",
    "المصنّعة",
    "رسمي",
    "رسمية",
    "الرسمية",
    "السنوي",
    "السنوية",
    "الشهري",
    "الشهرية",
    "سنوي",
    "سنوية",
    "سنويا",
    "شهري",
    "شهرية",
    "نهائي",
    "النهائي",
    "نهائية",
    "النهائية",
    "الكرة",
    "قطر",
    "قطرها",
    "دائري",
    "دائرية",
}
_PLURAL_TIMES = {
    "أشهر",
    "اشهر",
    "شهور",
    "أيام",
    "ايام",
    "ساعات",
    "سنوات",
    "سنين",
    "أعوام",
    "اعوام",
    "أسابيع",
    "اسابيع",
    "دقائق",
    "عقود",
}


def _counted_plural(word: str) -> bool:
    """«الأشهر», «الضحايا»: a plural noun of time or of what is counted, which a number after it counts."""
    bare = re.sub("(?:ها|هم|ه|نا)$", "", word)  # «مبارياته الـ12», «مشاركاتها الـ10»
    return _stem_in(word, _PLURAL_TIMES) is not None or _word_unit(word)[0] is not None or bare.endswith("ات")


_COUNTED_TIME = {
    "ساعة",
    "ساعات",
    "يوما",
    "يوم",
    "أيام",
    "ايام",
    "دقيقة",
    "دقائق",
    "عاما",
    "سنة",
    "شهرا",
    "أسبوعا",
    "اسبوعا",
    "ساعه",
}
_SAFAR_BEFORE = {"مطلع", "شهر", "منتصف", "نهاية", "أواخر", "اواخر", "أوائل", "اوائل", "بداية", "غرة"}
_GROUPED_TWICE = re.compile(r"\d[.,]\d{3}[.,]\d{3}")
_RANGE_VERBS = {"تتراوح", "يتراوح", "تراوحت", "تراوح", "تترواح"}
_RANGE_NOUNS = _COUNTED_TIME | {"سنوات", "أعوام", "اعوام", "أشهر", "اشهر", "شهور", "أسابيع", "اسابيع", "ساعتين"}
# Words ending in «ا» after a number that are not its counted noun: a year can be followed by them.
_ADVERBS = {
    "أيضا",
    "ايضا",
    "تقريبا",
    "حاليا",
    "مجددا",
    "جدا",
    "سابقا",
    "لاحقا",
    "مثلا",
    "خصوصا",
    "عموما",
    "تحديدا",
    "رسميا",
    "فصاعدا",
    "يوميا",
    "سنويا",
    "شهريا",
    "فقط",
    "أساسا",
    "حتى",
    "إذا",
    "اذا",
    "هنا",
    "ما",
    "لا",
    "عندما",
    "بينما",
    "حينما",
    "كلما",
    "ربما",
    "طالما",
    "مثلما",
    "إنما",
    "انما",
    "كما",
    "أما",
    "اما",
    "فيما",
    "لما",
    "مسجلا",
    "مرتفعا",
    "منخفضا",
    "مقارنة",
}


def _is_name(tokens: list[_Token], first: int, last: int, kinds: list[str | None]) -> bool:
    """«الحلقة 12», «القناة الـ12», «الفرقة91»: a number that names or ranks, unless a unit follows."""
    if kinds == ["digits"] and first > 0 and _stem_in(tokens[first - 1].text, _RANK_WORDS):
        return True  # «في المرتبة 109 من حوادث الطرق»: a rank, whatever it ranks among
    if kinds == ["digits"] and _ordinal_after_article(tokens, first):
        return True  # «الدفعة الـ 17 من النازحين»: the 17th, though a noun follows
    if kinds != ["digits"] or _unit(tokens, last):
        return False
    glued = first > 0 and tokens[first - 1].end == tokens[first].start
    before = tokens[first - 1].text if first > 0 else ""
    if glued and before.endswith("ال"):  # «القناة الـ12», «شارع الـ30»: the article on a number makes it a rank
        if first > 1 and before == "ال" and _counted_plural(tokens[first - 2].text):
            return False  # «الأشهر الـ12», «الضحايا الـ30»: after a plural the article is the count's
        return not (last < len(tokens) and _stem_in(tokens[last].text, _COUNTED_TIME))  # «خلال الـ24 ساعة» is a count
    if before == "ال":  # «الـ 186 شخصاً» is a count; «الحلقة الـ 12», «اليوم الـ 437» a name or a rank
        if first > 1 and _stem_in(tokens[first - 2].text, _SERIES_NOUNS) is not None:
            return True
        # «مصر الـ 109 على العالم»: no noun after it and no plural before it, the article ranks the number
        return (
            first > 1
            and not _counted_plural(tokens[first - 2].text)
            and last < len(tokens)
            and _ranks_it(tokens[last].text)
        )
    if before == "العدد" and first > 1 and _stem_in(tokens[first - 2].text, _REACH_VERBS):
        return False  # «بلغ العدد 500»: the number reached, no issue of a paper
    return (
        _named_place(tokens, first)
        or _stem_in(before, NAME_WORDS) is not None
        or (  # «الرقم الأخضر 1548», «الخط الساخن 911»: a name word and its adjective; «العدد الإجمالي 500» counts
            first > 1
            and before.startswith("ال")
            and tokens[first - 2].text in NAME_WORDS - {"العدد"}
            and tokens[first - 2].text.startswith("ال")
            and _stem_in(before, ORDINALS) is None  # «المادة الثالثة 5 شروط»: the article's count
        )
        or (before.startswith("لل") and "ال" + before[1:] in NAME_WORDS)  # «للواء 35»: «ل» + «اللواء»
        or _dual_of_name(before)
        or _minutes_of_hour(tokens, first)
    )


# Adjectives of relation that say how a number counts, not what it ranks: «بلغ العدد الإجمالي 500.» is a total.
_AMOUNT_ADJECTIVES = {
    f"ال{stem}{ending}" for stem in ("إجمالي", "اجمالي", "كلي", "تراكمي", "تقريبي", "فعلي") for ending in ("", "ة")
}


def _rank_after_adjective(tokens: list[_Token], first: int, last: int, normal: str) -> bool:
    """«في فصله التشريعي 17.»: a number after an adjective of relation with the article, ending its clause: a rank."""
    before = tokens[first - 1].text if first > 0 else ""
    if not (before.startswith("ال") and before.endswith(("ي", "ية")) and len(before) > 4) or _unit(tokens, last):
        return False
    if before in _AMOUNT_ADJECTIVES:
        return False  # «العدد الإجمالي 500.»: a total, a count
    if _percent_sign(tokens, first, last, normal):
        return False  # «التحالف المدني 31.6%»: a share in a list of results
    return _char_after(tokens, last, normal) in ("", ".", "،", ",", "؛", "\n")


# «أبو ستة», «بئر السبع», «بن ثلاث»: a number word after these is a family's or a place's name
_NAME_BEFORE_WORD = {"أبو", "ابو", "أبي", "ابي", "أبا", "ابا", "أم", "ام", "بن", "ابن", "بنت", "آل", "بئر", "بير"}
# «وست هام», «وست بروميتش»: teams whose English «West» is spelt as the Arabic «and six»
_WEST_NAMES = {"هام", "هام،", "بروميتش", "بروم", "ويستمنستر", "فرجينيا", "بنغال", "بنك"}


def _number_word_in_name(tokens: list[_Token], first: int, last: int) -> bool:
    """«أبو ستة», «بئر السبع», «وست هام»: a number word that is part of a name, no count."""
    if first > 0 and _stem_in(tokens[first - 1].text, _NAME_BEFORE_WORD):
        return True
    return tokens[first].text == "وست" and last < len(tokens) and tokens[last].text in _WEST_NAMES


def _minutes_of_hour(tokens: list[_Token], first: int) -> bool:
    """«الساعة 10 و30 دقيقة», «الساعة 11 و 15 دقيقة»: the minutes of a time of day, no count."""
    at = first - 1 if tokens[first].text.startswith("و") else first - 2
    if at < 1 or (at == first - 2 and tokens[first - 1].text != "و"):
        return False
    hours = {"الساعة", "ساعة", "الساعه"}
    if tokens[at].text.isdigit():
        return _stem_in(tokens[at - 1].text, hours) is not None
    # «الساعة الثانية عشرة و45 دقيقة»: the hour spelt as an ordinal
    words = [t.text for t in tokens[max(at - 2, 0) : at + 1]]
    ordinal = any(_stem_in(word, ORDINALS) for word in words)
    return ordinal and any(_stem_in(t.text, hours) for t in tokens[max(at - 3, 0) : at])


@lru_cache(maxsize=4096)
def _ranks_it(word: str) -> bool:
    """Words after «X الـ N» that say N ranks X: «على العالم», «عالميا», «عربيا»."""
    return word in ("على", "عالميا", "عربيا", "إفريقيا", "أفريقيا", "آسيويا", "دوليا", "عالمياً", "عربياً")


def _dual_of_name(word: str) -> bool:
    """«الدقيقتين 40 و62», «المادتين 5 و6»: the dual of a word that names by number, before the numbers it names."""
    for form in _stems(word):
        singular = (
            form[:-3] + "ة" if form.endswith(("تين", "تان")) else form[:-2] if form.endswith(("ين", "ان")) else ""
        )
        if singular and (singular in NAME_WORDS or "ال" + singular in NAME_WORDS):
            return True
    return False


def _named_place(tokens: list[_Token], first: int) -> bool:
    """«حي المزة 86»: a neighbourhood named with its number."""
    return (
        first > 1
        and tokens[first - 1].text.startswith("ال")
        and _stem_in(tokens[first - 2].text, _NAMED_PLACES) is not None
    )


def _is_model(tokens: list[_Token], first: int, normal: str) -> bool:
    """«إف 16», «سو 24», «F 16», «بوينغ 737»: the number of a model's or a product's name, not a count."""
    if first == 0:
        return False
    before = tokens[first - 1].text.rstrip("-\u2013")  # «إف- 22»
    if before.startswith("و") and before[1:] in MODEL_WORDS:
        before = before[1:]  # «وسو 24»
    elif before.startswith(("ب", "ل", "وب", "ول")) and (stem := _stem_in(before, MODEL_WORDS)) and len(stem) >= 3:
        before = stem  # «مصاب بكوفيد 19»; a short letter name («بي») keeps its «ب»
    if before in MODEL_WORDS or _LATIN_NAME.fullmatch(before) is not None:
        return True
    if _unit(tokens, first + 1) is None and (
        _media_name(tokens, first)
        or _dateline(tokens, first, normal)
        or _source_named(tokens, first)
        or (before.startswith("ال") and before.endswith("ية") and tokens[first].text in _MEDIA_NUMBERS)
    ):
        return True  # «قناة فرانس 24», «موقع عرب 48», «مؤشر داو 30»; a dateline «جو 24 :»
    # «كويت 15», (كويت 15): a word and a number alone between quotes or brackets are a name; «(15 عاما)» is not
    start, end = tokens[first - 1].start, tokens[first].end
    if (
        _QUOTED_NUMBER.fullmatch(normal, max(tokens[first].start - 1, 0), end + 1)
        and normal[end + 1 : end + 3].strip(" ")[:1]
        not in ("", "،", ",", ".", "؛", ";", ":")  # «الجزائر “137”،»: a list
        and _ARABIC_LETTER.search(before)
        and len(before) > 2  # «إن "12" قتلوا»: a particle, then a quoted count
        and _word_kind(before) is None
        and before not in _PREPOSITIONS | _SAYING
        and _stem_in(before, _ONE_WORD_QUALIFIERS | _REACH_VERBS | _FEMININE_REACH) is None  # «وبلغت "30"»: a count
        and _stem_in(before, _COUNT_SUBJECTS | {"العدد", "الحصيلة"}) is None  # «بلغ العدد "45"»: a count
        and first + 1 < len(tokens)
        and (tokens[first + 1].text.startswith("ال") or tokens[first + 1].text in ("أمس", "امس"))
        # «"997" البلاغ», «"30" أمس»: the sentence goes on; «"1104172" حاجة» counts its noun
    ):
        return True  # «مؤشر بورصة مسقط "30"», «غرفة عمليات الهلال الأحمر "997"»: a name's number, quoted after it
    if first >= 2 and _stem_in(tokens[first - 2].text, _NAMED_THINGS):
        after = tokens[first + 1].text if first + 1 < len(tokens) else ""
        if (
            not before.startswith(("ال", "«", '"'))
            and _word_kind(before) is None
            and (after in _PREPOSITIONS or not after or normal[end : end + 1] in ".،,")
        ):
            return True  # «صواريخ فاتح 110», «طائرة شاهد 136»: a weapon named by a word and its number
        # «صواريخ "فادي 2، و…»: a weapon's name whose quote the site never closed
        return _NAME_AFTER_QUOTE.fullmatch(normal, max(start - 1, 0), end + 1) is not None
    starts = [start] + ([tokens[first - 2].start] if first >= 2 else [])
    return any(_NAME_IN_QUOTES.fullmatch(normal, max(at - 1, 0), end + 1) is not None for at in starts)


# A name made of a word and a number after one of these is a broadcaster's, a site's or an index's, no count
_MEDIA_WORDS = {"وكالة", "قناة", "موقع", "شبكة", "صحيفة", "جريدة", "إذاعة", "اذاعة", "تلفزيون", "مؤشر", "منصة"}


def _media_name(tokens: list[_Token], first: int) -> bool:
    """«وكالة فرانس 24», «موقع القاهرة 24»: a media word, indefinite as in a construct, a name's word, its number."""
    if first >= 3 and all(
        _word_kind(t.text) is None and t.text not in _PREPOSITIONS | {"بعد", "قبل", "نحو", "حوالي"}
        for t in tokens[first - 2 : first]
    ):  # «في موقع على بعد 16 كم» is a distance
        media = tokens[first - 3].text
        if (media[1:] if media.startswith(("و", "ب", "ل")) else media) in _MEDIA_WORDS - {"مؤشر"}:
            return True  # «موقع دير الزور 24»: a name of two words
    if first < 2:
        return False
    media = tokens[first - 2].text
    media = media[1:] if media.startswith(("و", "ب", "ل")) and media[1:] in _MEDIA_WORDS else media
    if tokens[first - 1].text.startswith(("ال", "وال", "بال")):
        return media in _MEDIA_WORDS - {"مؤشر"}  # «موقع القاهرة 24»; «مؤشر البورصة 30 نقطة» may be its gain
    if media == "مؤشر" and first + 1 < len(tokens) and tokens[first + 1].text in _POINTS:
        return False  # «ارتفع مؤشر نيكاي 300 نقطة»: the index's gain, counted in points
    return media in _MEDIA_WORDS


_POINTS = {"نقطة", "نقطه", "نقاط", "نقطتين"}
_SAYING = {"قال", "قالت", "ذكر", "ذكرت", "أفاد", "أفادت", "نقل", "نقلت", "أورد", "أوردت", "أكد", "أكدت", "بحسب", "حسب"}


_MEDIA_NUMBERS = {"24", "21", "48", "360", "180", "365"}  # «الإخبارية 24», «عربي 21»: the numbers of media brands
_MOJIBAKE = re.compile("[\u00c0-\u00ff]{2}")  # «١٤ ÌãÇÏí»: text decoded in the wrong code page


def _garbled_beside(tokens: list[_Token], first: int, last: int) -> bool:
    """«الاحد ١٤ ÌãÇÏí ÇáËÇäíÉ»: a number beside mojibake, whose words (a month? a noun?) cannot be read."""
    near = [tokens[k].text for k in (first - 1, last) if 0 <= k < len(tokens)]
    return any(_MOJIBAKE.search(word) for word in near)


def _source_named(tokens: list[_Token], first: int) -> bool:
    """«وقال لبنان 24 إن …»: a word and a number between a verb of saying and «إن»: a source's name, no count."""
    said = first >= 2 and _stem_in(tokens[first - 2].text, _SAYING) is not None
    return said and first + 1 < len(tokens) and tokens[first + 1].text in ("إن", "ان", "أن", "بأن", "عن")


def _dateline(tokens: list[_Token], first: int, normal: str) -> bool:
    """«جو 24 : ارتفع …»: a site's name with its number opens a line, then a colon; the dateline, not a count."""
    start = tokens[first - 1].start
    line = normal.rfind("\n", 0, start) + 1
    return (
        not normal[line:start].strip() and normal[tokens[first].end : tokens[first].end + 16].lstrip(" \t")[:1] == ":"
    )


_LONG_ID = re.compile(r"0\d{6,}|\d{8,}")
_PREPOSITIONS = {"على", "في", "من", "إلى", "الى", "باتجاه", "نحو", "عن", "ضد"}
_NAMED_THINGS = {"صاروخ", "صواريخ", "طائرة", "طائرات", "مسيرة", "مسيرات", "منظومة", "منظومات", "قذيفة", "قذائف"}
_NAMED_THINGS |= {"دبابة", "دبابات", "عملية", "لواء", "كتيبة", "سفينة", "قمر", "صاروخي", "طراز"}
_NAME_AFTER_QUOTE = re.compile('[«"“][^\\s\\d«»()"“”]+ \\d+[»"”،,]')


_CLOSING = set('»)"”')
_QUOTED_NUMBER = re.compile('[«"“]\\d+[»"”]')
_NAME_IN_QUOTES = re.compile('[«("“](?:[^\\s\\d«»()"“”]+ ){1,2}\\d+[»)"”]')  # «"درع الفرات 2"»


_MEASURES = {"متر", "م", "كم", "سم", "ملم", "مم", "كيلومتر", "مترا", "أمتار", "طن", "كلم"}


def _counted_after_bracket(tokens: list[_Token], first: int, normal: str) -> bool:
    """«(73) مقعداً»: the word right after the bracket is an indefinite noun in the accusative, the counted thing."""
    if first + 1 >= len(tokens) or normal[tokens[first].end : tokens[first + 1].start].strip() != ")":
        return False
    word = tokens[first + 1].text
    return (
        len(word) >= 4
        and word.endswith("ا")
        and not word.startswith(("ال", "و", "ف"))
        and word not in _ADVERBS  # «(27) أيضا»
        and _ARABIC_LETTER.fullmatch(word[0]) is not None
    )


def _in_latin_code(normal: str, token: _Token) -> bool:
    """«alert(1)», «x2», «mp3»: digits glued to Latin letters or a call are code or a model name, not a count."""
    before = normal[max(token.start - 2, 0) : token.start]
    after = normal[token.end : token.end + 1]
    # «كوفيد-19», «إف-16»: a name with its number after a hyphen
    return bool(re.search(r"[A-Za-z_][(\[]?$|[A-Za-z\u0621-\u064a]-$", before)) or bool(re.match(r"[A-Za-z_]", after))


_DASHES = {"-", "\u2013", "\u2014"}
_YEAR = re.compile(r"(19|20)\d\d")
