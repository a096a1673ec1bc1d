"""The value of a number token: its digits, its separators and its scale word."""

from __future__ import annotations

import re

from airwars.extract.lexicon import (
    _DIGITS,
    ACCUSATIVE_DUALS,
    DUALS,
    HUNDRED_DUALS,
    HUNDREDS,
    MINUS_SIGNS,
    PLURAL_SCALES,
    SCALES,
    TWELVE_TWOS,
    _number_word,
    _one,
    _stem_in,
    _Token,
    _word_value,
)


def _digits_match(text: str) -> re.Match:
    """The parts of a digits token (clitic, sign, digits, percent), which _kind has already told apart."""
    match = _DIGITS.fullmatch(text)
    assert match is not None, text
    return match


def _dual_scale(token: _Token) -> float:
    return DUALS[_stem_in(token.text, DUALS) or ""]


# «23,614 مليار»: a comma before three digits and a scale word: 23.614 billion or 23,614 billion? (a count alone,
# «23,614 مدنيا», groups thousands)
COMMA_BEFORE_SCALE = 2
IN_DOUBT, MALFORMED = 1, 3  # «2.300»: a dot before three digits; «3.5.2», «1,2345»: digits grouped in no known way


def _digits_value(token: _Token) -> tuple[float, int]:
    """The number a digits token writes, and how far its separators leave it in doubt (0, IN_DOUBT or MALFORMED)."""
    match = _digits_match(token.text)
    body = re.sub(r"[ \u00a0\u202f]", "", match.group(3))
    if body.count("ر") > 1:
        # «675ر371ر2»: a number has one decimal sign, so the letter groups thousands here, in an order no rule tells
        return 0.0, MALFORMED
    doubtful = 0
    if "ر" in body:
        # Agency style: the letter splits the number into two runs that right-to-left display swaps back, so the
        # digits stored first are the decimals: «5ر1 مليون» shows as 1ر5, one and a half million.
        decimals, _, whole = body.partition("ر")
        body = f"{whole}.{decimals}"
    if "," in body:
        groups = body.split(",")
        if all(len(g) == 3 for g in groups[1:]) or (
            len(groups) > 1 and "." in groups[-1] and len(groups[-1].split(".")[0]) == 3
        ):
            doubtful = COMMA_BEFORE_SCALE if len(groups) == 2 and "." not in body else 0
            body = body.replace(",", "")
        elif len(groups) == 2 and 1 <= len(groups[1]) <= 2:
            body = body.replace(",", ".")  # «2,5 مليون», «12,5 في المئة»
        else:
            return float(body.replace(",", "").split(".")[0] or 0), MALFORMED  # «3,500,00», «1,2345»
    if body.count(".") > 1:
        if all(len(g) == 3 for g in body.split(".")[1:]):
            body = body.replace(".", "")  # «1.234.567»
        else:
            return float(body.split(".")[0] or 0), MALFORMED  # «3.5.2 مليار»: no scale makes it a decimal
    elif "." in body and len(body.split(".")[1]) == 3 and not body.startswith("0"):
        doubtful = IN_DOUBT  # «2.300»: two thousand three hundred, or two point three
    number = float(body)
    negative = (match.group(2) or "+") in MINUS_SIGNS or "-" in (match.group(4) or "")
    return (-number if negative else number), doubtful


_LETTER_GROUPS = re.compile(r"(?:\d{3}ر){2,}\d{1,3}")


_COMMA_BEFORE_SCALE = re.compile(r"(?<![\d.,])\d+,(\d+)(?![\d.,]) ?(\S+)")


def _comma_decimal_style(normal: str) -> bool:
    """Whether a text writes decimals with a comma before a scale word («10,3 مليار») and never groups thousands with
    one outside that place: then «19,452 مليار» is 19.452 billion."""
    decimal = grouping = False
    for match in _COMMA_BEFORE_SCALE.finditer(normal):
        scaled = _stem_in(match.group(2), SCALES) is not None
        decimal |= scaled and len(match.group(1)) <= 2
        grouping |= not scaled and len(match.group(1)) == 3
    return decimal and not grouping


_LETTER_GROUPS_IN_TEXT = re.compile(r"(?<![\dر])(?:\d{3}ر){2,}\d{1,3}(?![\dر])")


def _letter_groups(token: _Token) -> list[str] | None:
    """The digit groups of «000ر000ر000ر410», greatest first (an agency stores them in reverse), or None."""
    body = re.sub(r"[ \u00a0\u202f]", "", _digits_match(token.text).group(3))
    return body.split("ر")[::-1] if _LETTER_GROUPS.fullmatch(body) else None


def _grouped_whole(tokens: list[_Token], kinds: list[str | None]) -> float | None:
    """«2.300» as the whole number its separators group (2300); None unless the phrase is that one number alone."""
    if kinds != ["digits"]:
        return None
    digits = _ungrouped(_digits_match(tokens[0].text).group(3))
    return float(digits) if digits.isdecimal() else None


def _ungrouped(digits: str) -> str:
    """The digits without the dots and commas that group their thousands: «2.300» is «2300»."""
    return re.sub(r"[.,]", "", digits)


def _scale_of(token: _Token) -> float:
    form = _stem_in(token.text, SCALES) or _stem_in(token.text, PLURAL_SCALES)
    if form is None and token.text.startswith("ال"):
        form = token.text[2:]
    return SCALES[form or ""]


def _value(tokens: list[_Token], kinds: list[str | None]) -> tuple[float, int]:
    """Add up a phrase of digits, number words and scales: «12 ألفا و450» is 12450; and whether a dot is in doubt."""
    total = current = 0.0
    doubtful = 0
    largest = 0.0
    for index, (token, kind) in enumerate(zip(tokens, kinds)):
        if kind == "digits" and (groups := _letter_groups(token)):
            # «722ر758ر1»: 1758722; before a scale the first «ر» is the decimal sign, «675ر371ر2 مليون» 2.371675 million
            scaled = index + 1 < len(tokens) and kinds[index + 1] == "scale"
            current += float(f"{groups[0]}.{''.join(groups[1:])}") if scaled else float("".join(groups))
        elif kind == "digits":
            number, doubt = _digits_value(token)
            current += number
            doubtful = max(doubtful, doubt)
        elif kind == "scale" and total and _scale_of(token) > largest and not token.text.startswith("و"):
            # «عشرة آلاف مليون», «ألف ومئتي مليار»: the larger scale counts all before it, 1,200 billion
            total = (total + current) * _scale_of(token)
            current, largest = 0, _scale_of(token)
        elif kind == "scale":
            if token.text in ACCUSATIVE_DUALS and current == 0 and total == 0 and len(tokens) == 1:
                current = 2  # «ألفا قتيل»; in a compound, «مليوناً و30 ألفاً», the accusative is one million
            total += (current or 1) * _scale_of(token)
            current, largest = 0, max(largest, _scale_of(token))
        elif kind == "dual_scale":
            total += (current or 2) * _dual_scale(token)
            current, largest = 0, max(largest, _dual_scale(token))
        elif kind == "conj":
            continue
        elif _stem_in(token.text, HUNDRED_DUALS):
            current += 200
        elif _stem_in(token.text, TWELVE_TWOS):
            current += 2
        elif _one(token.text):
            current += 1  # «ثمانمئة وواحد وأربعين», «وأحد عشر ألف»
        else:
            word = _number_word(token.text) or token.text
            if word in HUNDREDS and 0 < current < 10:
                current *= 100  # «ثلاث مئة»
            else:
                current += _word_value(word)
    if doubtful == IN_DOUBT and total:  # «43.884 مليار»: before a scale word the dot is a decimal point
        doubtful = 0
    if doubtful == COMMA_BEFORE_SCALE and not total:  # «23,614 مدنيا»: the comma groups thousands
        doubtful = 0
    return total + current, doubtful


def _hard_wrapped(normal: str) -> bool:
    """A text whose lines were cut at a width, mid-sentence: most of its line breaks end no sentence."""
    lines = normal.split("\n")[:-1]  # the lines a break ends
    if len(lines) < 4:
        return False
    cut = sum(20 <= len(line) <= 90 and line[-1] not in '.!?؟:»"”) \t' for line in lines)
    return cut >= 0.7 * len(lines)
