"""airwars.i18n: one labels file per language, with the same keys and placeholders."""

import re
import string

import pytest

from airwars import data, story
from airwars.i18n import LANGUAGES, Locale, flatten, load_labels, pick
from airwars.text import strip_isolates


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_exists_in_every_language():
    keys = {lang: set(flatten(load_labels(lang))) for lang in LANGUAGES}
    for lang in LANGUAGES:
        for other in LANGUAGES:
            assert not keys[lang] - keys[other], f"in {lang}.toml but not in {other}.toml: {keys[lang] - keys[other]}"


def test_placeholders_match_across_languages():
    arabic, english = flatten(load_labels("ar")), flatten(load_labels("en"))
    for key, template in arabic.items():
        assert _placeholders(template) == _placeholders(english[key]), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_direction(lang):
    assert Locale(lang).rtl is (lang == "ar")


@pytest.mark.parametrize(
    "lang, digits, qualifier, value, high, expected",
    [
        ("ar", "western", "about", 7058, None, "نحو 7058"),
        ("ar", "western", "more_than", 15000, None, "أكثر من 15٬000"),
        ("ar", "western", "range", 500, 1800, "ما بين 500 و1800"),
        ("ar", "arabic", "range", 500, 1800, "ما بين ٥٠٠ و١٨٠٠"),
        ("en", "western", "range", 500, 1800, "between 500 and 1,800"),
        ("en", "western", "exact", 4564, None, "4,564"),
    ],
)
def test_qualified(lang, digits, qualifier, value, high, expected):
    assert strip_isolates(Locale(lang, digits).qualified(qualifier, value, high)) == expected


def test_numbers_are_isolated_in_arabic_only():
    assert Locale("ar").pct(-2) == "\u2066-2%\u2069"
    assert Locale("en").pct(-2) == "-2%"


@pytest.mark.parametrize(
    "lang, value, expected",
    [
        ("ar", 15000, "15 ألفاً"),
        ("ar", 1000, "ألف"),
        ("ar", 2000, "ألفان"),
        ("ar", 3000, "3 آلاف"),
        ("ar", 1500, "1500"),
        ("ar", 100_000, "100 ألف"),
        ("ar", 103_000, "103 آلاف"),
        ("ar", 111_000, "111 ألفاً"),
        ("ar", 200_000, "200 ألف"),
        ("en", 15000, "15,000"),
        ("en", 1000, "1,000"),
        ("en", 100_000, "100,000"),
    ],
)
def test_thousands(lang, value, expected):
    assert strip_isolates(Locale(lang).thousands(value)) == expected


@pytest.mark.parametrize(
    "lang, digits, iso, expected",
    [
        ("ar", "western", "2015-09-29", "29 سبتمبر/أيلول 2015"),
        ("ar", "arabic", "2015-09-29", "٢٩ سبتمبر/أيلول ٢٠١٥"),
        ("en", "western", "2014-09", "September 2014"),
    ],
)
def test_date(lang, digits, iso, expected):
    assert strip_isolates(Locale(lang, digits).date(iso)) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_problem_code_has_a_message(lang):
    """Each code the checker can raise renders with its parameters in both languages."""
    loc = Locale(lang)
    sample = {
        "position": "3",
        "detail": "x",
        "column": "value",
        "id": "strikes_total",
        "value": "-1",
        "value_max": "1",
        "iraq": "2",
        "total": "1",
        "source_id": "x",
        "allowed": "a, b",
        "unit": "u",
        "expected": "strikes",
        "kind": "report",
        "reason": "x",
        "size": "1",
        "limit": "1",
        "limit_mb": "1",
        "char": "U+202E",
        "known": "a, b",
        "count": "2",
        "period_start": "2015-09",
        "period_end": "2015-08-01",
        "qualifier": "about",
        "as_of": "2015-09-30",
        "metric": "strikes_total",
    }
    for code in load_labels(lang)["problem"]:
        line = loc.problem(data.Problem.of("figures.csv", code, "strikes_iraq", **sample))
        assert line.startswith("figures.csv: ")


@pytest.mark.parametrize(
    "value, expected", [("en", "en"), ("ar", "ar"), ("<script>", "ar"), (None, "ar"), ("x" * 10000, "ar"), (3, "ar")]
)
def test_pick_falls_back_to_the_default(value, expected):
    assert pick(value, LANGUAGES) == expected


@pytest.mark.parametrize(
    "key, expected",
    [
        ("note.us_share_reading", ["95%", "78%", "4,564", "2016", "65%"]),
        ("note.same_day", ["6,548", "62%", "4,027", "2,456", "2,494", "2,595", "139", "31 "]),
        ("note.credible", ["459", "591", "30 ", "alleged"]),
        ("note.not_in_reports", ["500", "1,800", "3 "]),
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_notes_are_filled_from_the_tables(dataset, built, lang, key, expected):
    """Every number in a note arrives through a placeholder filled from tables.py (story.facts), none typed in the label."""
    loc = Locale(lang)
    if key in ("note.credible", "note.not_in_reports"):
        lines = story.report_figures(dataset, built, loc)["lines"]
        text = strip_isolates(lines[0] if key == "note.credible" else lines[-1])
    else:
        text = strip_isolates(loc.t(key, **story.facts(dataset, built, loc)))
    assert "{" not in text
    for number in expected:
        if lang == "ar":  # Arabic writes numbers as the article does: 4564, with no Latin comma
            number = re.sub(r"(\d),(\d{3})", r"\1\2", number)
        assert number in text, (number, text)


# Digits a label may carry: years and days of dates, the "per 100" of a ratio and of a share, the scale's gridlines,
# the digits toggle, the finder's size limit and encodings. Any other number must come through a placeholder.
_ALLOWED_DIGITS = re.compile(
    r"(?<!\d)(?<!\d,)(?:16:9|20(?:14|15|16)|29|8|100,000|100٬000|100|1|2|5|200|500|1,000|0123|٠١٢٣)(?!\d|,\d)"
)
_DATES_AND_TICKS = {
    "app.digits_western",
    "app.digits_arabic",
    "finder.intro",
    "finder.too_large",
    "finder.upload",
    "thousands.one",
    "thousands.few",
    "thousands.many",
    "thousands.other",
    "thousands.two",
    "problem.implausible",
    "problem.share_out_of_range",
    "problem.bad_date",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_label_types_a_figure(lang):
    for key, template in flatten(load_labels(lang)).items():
        if key in _DATES_AND_TICKS:
            continue
        bare = re.sub(r"\{[^}]*\}", "", template)
        assert not re.search(r"\d", _ALLOWED_DIGITS.sub("", bare)), (key, template)
