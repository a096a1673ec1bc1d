"""airwars.text: reading and writing numbers in Arabic and Western digits."""

import pytest

from airwars import text


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("7058", 7058.0),
        ("٧٠٥٨", 7058.0),
        ("۷۰۵۸", 7058.0),
        ("7,058", 7058.0),
        ("٧٬٠٥٨", 7058.0),
        ("  4564 ", 4564.0),
        ("64.7", 64.7),
        ("٦٤٫٧", 64.7),
        ("-5", -5.0),
        ("−5", -5.0),
        ("\u200f1800\u200f", 1800.0),
        ("", None),
        ("abc", None),
        ("سبعة", None),
        ("=cmd|' /C calc'!A0", None),
        ("1e5", None),
        ("inf", None),
        ("nan", None),
        ("70%", None),
    ],
)
def test_parse_number(cell, expected):
    assert text.parse_number(cell) == expected


@pytest.mark.parametrize(
    "value, decimals, digits, expected",
    [
        (7058, 0, "western", "7,058"),
        (7058, 0, "arabic", "٧٬٠٥٨"),
        (64.6642, 1, "western", "64.7"),
        (64.6642, 1, "arabic", "٦٤٫٧"),
        (3194.5, 0, "western", "3,195"),
        (0.05, 1, "western", "0.1"),
        (-2, 0, "western", "-2"),
    ],
)
def test_format_number(value, decimals, digits, expected):
    assert text.format_number(value, decimals, digits) == expected


@pytest.mark.parametrize(
    "value, digits, expected", [(70, "western", "70%"), (70, "arabic", "٧٠٪"), (64.66, "western", "65%")]
)
def test_format_percent(value, digits, expected):
    assert text.format_percent(value, 0, digits) == expected


@pytest.mark.parametrize("value, expected", [(3194.5, 3195), (2.5, 3), (-2.5, -3), (3194.4, 3194)])
def test_round_half_up(value, expected):
    assert text.round_half_up(value) == expected


def test_isolate_wraps_and_strips():
    wrapped = text.isolate("-2%")
    assert wrapped == "\u2066-2%\u2069"
    assert text.strip_isolates(wrapped) == "-2%"
    assert text.isolate_rtl("نحو") == "\u2067نحو\u2069"


@pytest.mark.parametrize("raw, expected", [("مـــدني", "مدني"), ("نَفَّذَ", "نفذ")])
def test_normalize(raw, expected):
    assert text.normalize(raw) == expected
