"""The finder never raises on any run of number-like pieces: a text it cannot read gets a blank, not a traceback."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from airwars import extract

# Digits in every separator style agencies and papers use, scale words and their slips, clitics, qualifiers, units,
# and the punctuation that sits between them; not phrases from any text.
PIECES = [
    *("7", "12", "2089", "140ر34", "5ر1", "675ر371ر2", "07ر0", "2.300", "1.234.567", "3.5.2", "3،7", "2,5"),
    *("1,805,255", "3,500,00", "12 400", "٣٤", "٥٧ر١٢", "٢٫٥", "-3", "+6", "%", "٪", "بالمائة", "في المئة"),
    *("مليون", "مليوناً", "ملايين", "مليونين", "ألف", "ألفاً", "آلاف", "ألاف", "آلف", "الف", "مليار", "تريلون"),
    *("و", "و30", "ب2500", "ل3000", "بـ10", "نحو", "حوالي", "أكثر من", "على الأقل", "بين", "إلى", "يترواح"),
    *("قتيلا", "حاج", "غارة", "دولار", "نصف", "ربع", "نصفهم", "ثلاثة", "الثلاثة", "طائرتين", "عشرات", "مئات"),
    *("ايار", "الساعة", "10:30", "يومي", "عام", "2015", "إف", "16", "،", ".", ":", "(", ")", "\n", "/", "ر"),
    *("من", "يوم", "ا", "حتى", "لـ", "لـ4", "الـ", '"', "«", "»", "انتهى//", "شهر", "الشهر", "الماضي", "بنسبة"),
    *("مقارنة", "بحدود", "-71%", "خُمس", "ذلك", "30-40", "ومليار", "ومليوني", "الدفعة", "الطوابق"),
]


@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", " و"])), max_size=10))
@settings(max_examples=400, deadline=None, derandomize=True, database=None)
def test_scan_never_raises_and_a_blank_has_no_value(pieces: list[tuple[str, str]]) -> None:
    """Any run of pieces is read: each figure has a value, or is vague or unread and has none."""
    text = "".join(piece + gap for piece, gap in pieces)
    for figure in extract.scan(text).figures:
        assert (figure.value is not None) == (figure.status == extract.FIGURE), (text, figure)
        assert text[figure.start : figure.end] == figure.phrase, (text, figure)


# Texts that end where a rule looks one word further: each once raised, or could, on the word that is not there.
EDGES = [
    "من يوم إلى 3 ا",  # «من نقطة إلى 6 نقاط» with a one-letter noun after: IndexError before
    "الـ 5",
    '"30"',
    "انتهى// 5",
    "بين مليار و",
    "بين مليار ومليار ونصف",
    "من 3 ل",
    "من 3 لـ4",
    "بنسبة 4 إلى",
    "بين 610.9 مليون درهم (أي ما يعادل 166.3 مليون دولار) و",
    "في 30 الشهر",
    "العشرين من",
    "إجمالي الدين (مليون",  # a column's unit in brackets, cut at the end of the text: IndexError before
]


def test_scan_reads_the_edges_of_its_rules() -> None:
    """A rule that looks past a number meets the end of the text: a reading or a blank, never a traceback."""
    for text in EDGES:
        for figure in extract.scan(text).figures:
            assert (figure.value is not None) == (figure.status == extract.FIGURE), (text, figure)
