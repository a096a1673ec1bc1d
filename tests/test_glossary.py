"""airwars/labels/glossary.toml: one term per thing; no rejected variant in any label outside a quotation."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from airwars.i18n import LABELS_DIR, LANGUAGES, flatten, load_labels

GLOSSARY = LABELS_DIR / "glossary.toml"
# Quotations keep the source's own words.
QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^”]*”")
# Short vowels, shadda, sukun and tatweel: «عدّاد» and «عداد» are the same word to a reader.
MARKS = re.compile(r"[\u064B-\u0652\u0640]")
ARABIC_LETTER = r"\u0621-\u064A"
# A word may carry و/ف, then ب/ل/ك, then ال before it.
ARABIC_PREFIX = r"(?:[وف])?(?:[بلك])?(?:ال)?"


def load_glossary(path: Path = GLOSSARY) -> list[dict]:
    with path.open("rb") as handle:
        return tomllib.load(handle)["term"]


def unquoted(text: str) -> str:
    """A label with its quotations taken out."""
    return QUOTED.sub(" ", text)


def patterns(term: dict, lang: str) -> list[re.Pattern]:
    """The rejected variants of one term in one language, as patterns."""
    found = []
    for variant in term[f"{lang}_rejected"]:
        if lang == "ar":
            word = MARKS.sub("", variant)
            found.append(re.compile(rf"(?<![{ARABIC_LETTER}]){ARABIC_PREFIX}{re.escape(word)}"))
        else:
            found.append(re.compile(rf"\b{re.escape(variant)}", re.IGNORECASE))
    found += [re.compile(p) for p in term.get(f"{lang}_patterns", [])]
    return found


def offenders(labels: dict[str, str], term: dict, lang: str) -> list[str]:
    """The label keys that use a rejected variant of the term outside a quotation."""
    checks = patterns(term, lang)
    hits = []
    for key, text in labels.items():
        plain = MARKS.sub("", unquoted(text)) if lang == "ar" else unquoted(text)
        if any(check.search(plain) for check in checks):
            hits.append(key)
    return hits


TERMS = load_glossary()


@pytest.mark.parametrize("term", TERMS, ids=[t["thing"] for t in TERMS])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_rejected_variant_in_the_labels(lang, term):
    assert offenders(flatten(load_labels(lang)), term, lang) == []


@pytest.mark.parametrize("term", TERMS, ids=[t["thing"] for t in TERMS])
def test_every_term_is_recorded_in_both_languages(term):
    for field in ("thing", "ar", "en", "note"):
        assert term[field].strip(), field
    assert isinstance(term["ar_rejected"], list) and isinstance(term["en_rejected"], list)
    assert term["ar_rejected"] or term.get("ar_patterns") or term["en_rejected"] or term.get("en_patterns")


@pytest.mark.parametrize(
    "lang, text, thing, caught",
    [
        ("ar", "نفّذ التحالف نحو 7,058 غارة", "a strike", True),
        ("ar", "وبالغارات الجوية", "a strike", True),
        ("ar", "قالت إن الولايات المتحدة «نفّذت 70% من هجماتها في العراق»", "a strike", False),
        ("ar", "أين تقع لقطة المقال", "the article's figures on its date", True),
        ("ar", "بين عدّادات إير وور", "Airwars' cumulative count at a date", True),
        ("ar", "أعداد الضربات محسوبة", "Airwars' cumulative count at a date", False),
        ("ar", "قيمة مشتقة", "a value computed from reported figures", True),
        ("ar", "الضحايا المدنيون", "people killed", True),
        ("ar", "الضحايا المبلّغ عنهم", "people killed", True),
        ("ar", "«سقوط ما بين 500 و1800 ضحية مدنية»", "people killed", False),
        ("ar", "حصة بقية الشركاء", "the coalition members other than the United States", True),
        ("ar", "−2 نقطة", "the difference of two shares", True),
        ("ar", "الفرق (نقاط مئوية)", "the difference of two shares", False),
        ("ar", "إير وور تقدّر سقوط", "what Airwars did with the 500 to 1,800", True),
        ("ar", "تقدير تقريبي", "what Airwars did with the 500 to 1,800", False),
        ("ar", "عمودان: العراق", "a description of a chart", True),
        ("ar", "أكثر من {count} ألف", "a round number of thousands with no noun after it", True),
        ("ar", "{count} ألف", "a round number of thousands with no noun after it", False),  # thousands.other: «100 ألف»
        ("en", "Airwars estimates 500 to 1,800", "what Airwars did with the 500 to 1,800", True),
        ("en", "the article's snapshot", "the article's figures on its date", True),
        ("en", "Other partners' share", "the coalition members other than the United States", True),
        ("en", 'carried out "70% of its attacks in Iraq"', "a strike", False),
        ("en", "-2 points", "the difference of two shares", True),
        ("en", "Difference (percentage points)", "the difference of two shares", False),
    ],
)
def test_the_checker_catches_variants_and_spares_quotations(lang, text, thing, caught):
    term = next(t for t in TERMS if t["thing"] == thing)
    assert bool(offenders({"key": text}, term, lang)) is caught
