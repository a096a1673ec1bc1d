"""Find the figures in an Arabic text: digits, number words, percentages, scales, fractions, ranges.

Offsets always point into the text as given; matching runs on a copy without tashkeel and tatweel,
with Arabic-Indic digits and separators made Western, mapped back character by character.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, replace
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
BAD_BYTES_MAX = 16  # invalid bytes a UTF-8 text may have and still be read as UTF-8 (each named in a warning)

# Scale words as written after a number («12 ألفا»), and their duals, which are 2 × the scale on their own («ألفا قتيل»,
# «ملياري دولار»); after a number the accusative «ألفا» is the scale itself («29 ألفا و920»).
_SCALE_FORMS = {
    1e3: ("ألف", "آلاف", "ألفا", "الف", "الاف", "الفا", "ألوف"),
    1e6: ("مليون", "ملايين", "مليونا"),
    1e9: ("مليار", "مليارات", "مليارا", "بليون", "بلايين", "بليونا", "ملايير"),  # «ملايير»: the Maghreb's plural
    1e12: ("تريليون", "ترليون", "تريليونات", "تريليونا", "ترليونا", "ترليونات"),
}
_DUAL_FORMS = {
    1e3: ("ألفان", "ألفين", "ألفي", "الفان", "الفين", "الفي", "ألفى", "الفى"),  # «الفى ميجاوات»: «ي» written «ى»
    1e6: ("مليونان", "مليونين", "مليوني", "مليونى"),
    1e9: ("ملياران", "مليارين", "ملياري", "بليونان", "بليونين", "بليوني", "مليارى"),
    1e12: ("تريليونان", "تريليونين"),
}


def _hamza_spellings(form: str) -> set[str]:
    """The form with each of its alefs written with or without hamza or madda: «ألاف», «آلف» are «آلاف», «ألف»."""
    spellings = {""}
    for at, letter in enumerate(form):
        # «إ» is left out at the start: «إلف» is another word
        choices = ("ا", "أ", "آ") if letter in "اأآ" and (at == 0 or form[at - 1] == "ل") else (letter,)
        spellings = {s + choice for s in spellings for choice in choices}
    return spellings


# A form of thousand whose only slip is its hamza is read as one: the skeleton of the word is whole.
_THOUSAND_SPELLINGS = {
    spelling for form in _SCALE_FORMS[1e3] if form != "ألوف" for spelling in _hamza_spellings(form)
} - set(_SCALE_FORMS[1e3])
SCALES = {form: scale for scale, forms in _SCALE_FORMS.items() for form in forms} | dict.fromkeys(
    _THOUSAND_SPELLINGS, 1e3
)
DUALS = {form: scale for scale, forms in _DUAL_FORMS.items() for form in forms}
# The long scale words, for a near miss after a number («1.38 تريلون», «3 ملبون»): the scale is in doubt, so the
# figure is left blank. The forms of thousand have too many real words a letter away («إلى», «ألم», «ألوان»).
_LONG_SCALE_FORMS = tuple(
    form for scale, forms in (*_SCALE_FORMS.items(), *_DUAL_FORMS.items()) if scale > 1e3 for form in forms
)
# Real words a slip away from a scale word: «مليونية» (a march of a million), «بليونير» (a billionaire).
_NEAR_SCALE_ENDINGS = ("ية", "يات", "ير", "يرا", "يرة", "يرات")
# Letters that share a shape and differ only in their dots: swapping one for another is a typing slip.
_SAME_SHAPE = [set("بتثنيىئ"), set("جحخ"), set("دذ"), set("رز"), set("سش"), set("صض"), set("طظ"), set("عغ"), set("فق")]
ACCUSATIVE_DUALS = {"ألفا", "الفا", "مليونا", "مليارا", "بليونا"}  # «ألفا قتيل» alone is 2,000
HUNDREDS = {"مئة", "مائة"}
# Two hundred as a dual, «أكثر من مئتي مصاب», «مائتي ألف»: a number word of 200 that pyarabic does not read
HUNDRED_DUALS = {"مئتان", "مئتين", "مئتي", "مئتا", "مائتان", "مائتين", "مائتي", "مائتا"}
# The two of twelve, «اثني عشر مليون»: read only before «عشر» («الاثنا عشرية» is no count)
TWELVE_TWOS = {"اثني", "اثنا", "اثنتي", "اثنتا", "إثني", "إثنا", "اثنى", "إثنى"}  # «واثنى عشر»: «ي» written «ى»
# «خمس» is left out: it is five far more often than a fifth.
FRACTIONS = {"نصف": 1 / 2, "ثلث": 1 / 3, "ربع": 1 / 4, "ثلثا": 2 / 3, "ثلثي": 2 / 3}
# Ordinal fractions that are also numbers: «خمس السكان» is a fifth (the share takes a definite noun), «خمس سنوات»
# five (the count an indefinite one). «ثمن» is left out: «ثمن الخبز» is the price of bread.
DEFINITE_SHARES = {"خمس": 1 / 5, "سدس": 1 / 6, "سبع": 1 / 7, "عشر": 1 / 10}
# Plural fractions after a number: «ثلاثة أرباع السكان» is three quarters, not three.
PLURAL_FRACTIONS = {"أرباع": 4, "ارباع": 4, "أخماس": 5, "اخماس": 5, "أسداس": 6, "أعشار": 10, "اعشار": 10}
_PRONOUNS = ("هم", "ها", "هما", "هن")  # «نصفهم»: half of them, a share of what came before
# Plural scale words and counting nouns without a number: «عشرات المدنيين», «مئات الآلاف», «آلاف»: vague, never a value.
VAGUE = {"عشرات", "مئات", "بضع", "بضعة", "بضعا", "نيف", "العشرات", "المئات"}
PLURAL_SCALES = {
    "ألوف",
    "ملايين",
    "مليارات",
    "ملايير",
    "الملايير",
    "بلايين",
    "تريليونات",
    "الملايين",
    "المليارات",
    *_hamza_spellings("آلاف"),
    *("ال" + spelling for spelling in _hamza_spellings("آلاف")),
}
ORDINALS = {
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحادي",
    "الحادية",  # «الحادية عشرة مساء»: the eleventh hour
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
}
PERCENT_WORDS = (
    ("في", "المئة"),
    ("في", "المائة"),
    ("بالمئة",),
    ("بالمائة",),
    ("في", "المية"),
    ("بالمية",),
    ("فى", "المئة"),  # «200 فى المئة»: the final «ي» written «ى», as Egyptian papers do
    ("فى", "المائة"),
)
_PERCENT_FIRST = {words[0] for words in PERCENT_WORDS}
# The words before a figure, longest first; the first may carry a clitic («وحوالي»، «بنحو»، «لحوالي»).
QUALIFIERS = (
    (("ما", "لا", "يقل", "عن"), "at_least"),
    (("لا", "يقل", "عن"), "at_least"),
    (("مالا", "يقل", "عن"), "at_least"),
    (("لا", "تقل", "عن"), "at_least"),
    (("ما", "لا", "تقل", "عن"), "at_least"),
    (("ما", "لايقل", "عن"), "at_least"),
    (("لايقل", "عن"), "at_least"),
    (("ما", "لاتقل", "عن"), "at_least"),
    (("لاتقل", "عن"), "at_least"),
    (("مالايقل", "عن"), "at_least"),
    (("ما", "لا", "يقل"), "at_least"),  # «ما لا يقل 6575»: «عن» dropped
    (("ما", "لا", "تقل"), "at_least"),
    (("لا", "يقل"), "at_least"),
    (("لا", "تقل"), "at_least"),
    (("ما", "يزيد", "على"), "more_than"),
    (("ما", "يزيد", "عن"), "more_than"),
    (("ما", "يربو", "على"), "more_than"),
    (("ما", "يربو", "عن"), "more_than"),
    (("يربو", "على"), "more_than"),
    (("أكثر", "من"), "more_than"),
    (("اكثر", "من"), "more_than"),
    (("أكتر", "من"), "more_than"),
    (("أزيد", "من"), "more_than"),
    (("تزيد", "على"), "more_than"),
    (("تزيد", "عن"), "more_than"),
    (("يزيد", "على"), "more_than"),
    (("يزيد", "عن"), "more_than"),
    (("أقل", "من"), "less_than"),
    (("اقل", "من"), "less_than"),
    # run together, as some sites type them: «أكثرمن 85%»
    (("أكثرمن",), "more_than"),
    (("اكثرمن",), "more_than"),
    (("أقلمن",), "less_than"),
    (("اقلمن",), "less_than"),
    (("ما", "يقارب"), "about"),
    (("مايقارب",), "about"),
    (("مايزيد", "على"), "more_than"),
    (("مايزيد", "عن"), "more_than"),
    (("مايربو", "على"), "more_than"),
    (("مايربو", "عن"), "more_than"),
    (("مايناهز",), "about"),
    (("مايقرب", "من"), "about"),
    (("ما", "تقارب"), "about"),
    (("ما", "يقرب", "من"), "about"),
    (("يقرب", "من"), "about"),
    (("ما", "يناهز"), "about"),
    (("نحو",), "about"),
    (("بحدود",), "about"),
    (("في", "حدود"), "about"),
    (("حوالي",), "about"),
    (("حوالى",), "about"),
    (("قرابة",), "about"),
    (("زهاء",), "about"),
    (("تقريبا",), "about"),
    (("قرابه",), "about"),
    (("فوق",), "more_than"),
    (("دون",), "less_than"),
    (("مقتربة", "من"), "about"),
    (("مقتربا", "من"), "about"),
    (("يقترب", "من"), "about"),
    (("تقترب", "من"), "about"),
    (("اقترب", "من"), "about"),
    (("اقتربت", "من"), "about"),
)
# Verbs of excess or approximation, a few words before the figure: «تجاوز عدد القتلى 300», «يناهز عددهم 400».
VERBS = {
    "تجاوز": "more_than",
    "يتجاوز": "more_than",
    "تتجاوز": "more_than",
    "تجاوزت": "more_than",
    "فاق": "more_than",
    "يفوق": "more_than",
    "تفوق": "more_than",
    "فاقت": "more_than",
    "تخطى": "more_than",
    "يتخطى": "more_than",
    "تخطت": "more_than",
    "يناهز": "about",
    "ناهز": "about",
    "تناهز": "about",
    "ناهزت": "about",
    "يقارب": "about",
    "قارب": "about",
    "تقارب": "about",
    "قاربت": "about",
    "تتخطى": "more_than",
    "متجاوزة": "more_than",
    "متجاوزا": "more_than",
    "متخطية": "more_than",
    "متخطيا": "more_than",
    "تعدى": "more_than",
    "يتعدى": "more_than",
    "تتعدى": "more_than",
    "تعدت": "more_than",
    "اقترب": "about",
    "اقتربت": "about",
    "يقترب": "about",
    "تقترب": "about",
    "مقتربة": "about",
    "مقتربا": "about",
}
_COUNT_SUBJECT = ("عدد", "حصيلة", "عتبة", "حاجز", "مجموع", "إجمالي", "اجمالي", "كلفة", "كلفت", "تكلفة", "تكلفت", "قيمة")
_COUNT_SUBJECTS = set(_COUNT_SUBJECT)
# «تجاوز … عتبة الألف»: the mark a verb of excess passes; the number after it is the verb's, however far the verb.
_THRESHOLDS = {"عتبة", "حاجز", "سقف", "العتبة", "الحاجز"}
_VERB_REACH = 12  # words between a verb and its number: «يتجاوز عدد الأطفال الذين يعانون … في المحافظة 2000»
AFTER_QUALIFIERS = (
    (("على", "الأقل"), "at_least"),
    (("على", "الاقل"), "at_least"),
    (("علي", "الأقل"), "at_least"),
    (("على", "أقل", "تقدير"), "at_least"),
    (("تقريبا",), "about"),
    (("أو", "أكثر"), "at_least"),
    (("فأكثر",), "at_least"),
    (("ونيف",), "more_than"),
)
CIVILIAN_WORDS = ("مدني", "مدنيا", "مدنيين", "مدنيون", "مدنية", "مدنيان", "مدنيي")
UNITS = (  # word forms after a figure, and the unit they make evident
    (CIVILIAN_WORDS, "civilians"),
    (
        (
            "مقاتل",
            "مقاتلا",
            "مقاتلين",
            "مقاتلو",
            "مقاتلون",
            "إرهابي",
            "إرهابيا",
            "إرهابيين",
            "ارهابي",
            "ارهابيا",
            "ارهابيين",
            "عنصر",
            "عنصرا",
            "عناصر",
            "مسلح",
            "مسلحا",
            "مسلحين",
            "داعشي",
            "داعشيا",
        ),
        "fighters",
    ),
    (
        (
            "جندي",
            "جنديا",
            "جنود",
            "جنودها",
            "جنوده",
            "عسكري",
            "عسكريا",
            "عسكريين",
            "ضابط",
            "ضابطا",
            "ضباط",
            "شرطي",
            "شرطيا",
        ),
        "soldiers",
    ),
    (("طفل", "طفلا", "أطفال", "اطفال", "طفلة"), "children"),
    (("عائلة", "عائلات", "أسرة", "أسر", "اسرة", "عوائل"), "families"),
    (
        ("ضربة", "ضربات", "غارة", "غارات", "هجمة", "هجمات", "هجوم", "هجوما", "طلعة", "طلعات", "قصف", "ضربه", "غاره"),
        "strikes",
    ),
    (
        (
            "تقرير",
            "تقريرا",
            "تقارير",
            "بلاغ",
            "بلاغا",
            "بلاغات",
            "حادث",
            "حادثا",
            "حادثة",
            "حوادث",
            "واقعة",
            "وقائع",
            "خرق",
            "خرقا",
            "خروقات",
            "انتهاك",
            "انتهاكا",
            "انتهاكات",
            "ادعاء",
            "ادعاءات",
            "حالة",
            "حالات",
            "إصابة",
            "إصابات",
            "اصابة",
            "اصابات",
        ),
        "incidents",
    ),
    (
        (
            "شخص",
            "أشخاص",
            "شخصا",
            "اشخاص",
            "قتيل",
            "قتيلا",
            "قتلى",
            "ضحية",
            "ضحايا",
            "شهيد",
            "شهيدا",
            "شهداء",
            "جريح",
            "جريحا",
            "جرحى",
            "مصاب",
            "مصابا",
            "مصابين",
            "نسمة",
            "إنسان",
            "مواطن",
            "مواطنا",
            "مواطنين",
            "مواطنة",
            "مقيم",
            "مقيما",
            "مقيمة",
            "مقيمين",
            "فلسطيني",
            "فلسطينيا",
            "فلسطينيين",
            "لاجئ",
            "لاجئا",
            "لاجئين",
            "نازح",
            "نازحا",
            "نازحين",
            "معتقل",
            "معتقلا",
            "أسير",
            "أسيرا",
            "رهينة",
            "رهائن",
            "امرأة",
            "سيدة",
            "مدنيات",
            "قتيلة",
            "أفراد",
            "فرد",
            "آخرين",
            "آخرون",
            "صحافيا",
            "صحفيا",
            "صحفيين",
            "صحافيين",
            "إسرائيليا",
            "إسرائيليين",
            "اسرائيليين",
            "نساء",
            "منشق",
            "منشقا",
            "منشقين",
            "مصابين",
            "قتيلة",
            "ضحيه",
            "راكب",
            "راكبا",
            "ركاب",
            "حاج",
            "حاجا",
            "حجاج",
            "جثة",
            "جثث",
            "فردا",
        ),
        "people",
    ),
    (("دولار", "دولارا", "دولارات", "دولارًا", "$"), "dollars"),
    (("يورو", "€"), "euros"),
    (("جنيه", "جنيها", "جنيهات", "إسترليني", "استرليني", "£"), "pounds"),
    (("ليرة", "ليرات"), "lira"),
    (("دينار", "دينارا", "دنانير", "د.ك"), "dinars"),
    (("درهم", "دراهم", "درهما"), "dirhams"),
    (("ريال", "ريالا", "ريالات"), "riyals"),
)
_UNIT_OF = {form: unit for forms, unit in UNITS for form in forms}
# Nouns whose dual is a count of two: «طائرتين»، «جنديين»، «مدنيان». Sound plurals (مدنيين، مواطنين) end like a dual
# in -ين, so for those only the -ان form is read as two.
_DUAL_NOUNS = {  # singular stem: unit
    "جندي": "soldiers",
    "طفل": "children",
    "شخص": "people",
    "صاروخ": None,
    "قتيل": "people",
    "جريح": "people",
    "شهيد": "people",
    "أسبوع": None,
    "اسبوع": None,
    "عام": None,
    "شهر": None,
    "يوم": None,
    "منزل": None,
    "هجوم": "strikes",
    "مبنى": None,
    "عنصر": "fighters",
    "ضابط": "soldiers",
    "بلاغ": "incidents",
    "تقرير": "incidents",
    "انفجار": None,
    "لغم": None,
    "شاب": "people",
    "رجل": "people",
    "شقيق": "people",
    "ابن": "people",
    "فتي": "people",
    "صبي": "people",
    "طبيب": "people",
    "سجين": "people",
    "أسير": "people",
    "اسير": "people",
    "هدف": None,
    "عقد": None,
    "سد": None,
    "وزير": "people",
    "نائب": "people",
    "عضو": "people",
    "شوط": None,
    "مقعد": None,
    "موقع": None,
    "معبر": None,
    "مخيم": None,
    "جسر": None,
    "مركز": None,
    "مصنع": None,
    "مطعم": None,
    "زورق": None,
    "اعتداء": "incidents",
    "تفجير": "incidents",
    "فندق": None,
    "مبني": None,
    "مسجد": None,
    "مستشفي": None,
    "مطار": None,
    "حزب": None,
    "زوج": "people",
    "حارس": "people",
    "زلزال": None,
    "فريق": None,
    "انتصار": None,
    "تعادل": None,
    "حزام": None,
    "حادث": "incidents",
    # nouns whose plural is broken, so that their dual in -ين is no plural: «نهران», «إقليمين», «جنيهان»
    "نهر": None,
    "إقليم": None,
    "اقليم": None,
    "شارع": None,
    "سجن": None,
    "قرن": None,
    "مشروع": None,
    "قرار": None,
    "برميل": None,
    "حقل": None,
    "قارب": None,
    "بيت": None,
    "قائد": "people",
    "جنيه": "pounds",
    "دينار": "dinars",
    "دولار": "dollars",
    "ريال": "riyals",
    "درهم": "dirhams",
}
# Plurals that end like a dual of a noun above: «فتيان» and «صبيان» are boys, not two boys.
_NOT_DUALS = {"فتيان", "صبيان"}
_DUAL_FEMININE = {
    "طائرة": None,
    "سيارة": None,
    "مسيرة": None,
    "مسيّرة": None,
    "غارة": "strikes",
    "ضربة": "strikes",
    "ساعة": None,
    "دولة": None,
    "قرية": None,
    "بلدة": None,
    "حالة": "incidents",
    "قذيفة": None,
    "سنة": None,
    "مرة": None,
    "عملية": None,
    "طفلة": "children",
    "عائلة": "families",
    "دقيقة": None,
    "امرأة": "people",
    "إمرأة": "people",  # a common misspelling of امرأة
    "هزة": None,
    "ممرضة": "people",
    "صحفية": "people",
    "موظفة": "people",
    "طالبة": "people",
    "معلمة": "people",
    "مدينة": None,
    "حادثة": "incidents",
    "مروحية": None,
    "مركبة": None,
    "إصابة": "incidents",
    "اصابة": "incidents",
    "دبابة": None,
    "آلية": None,
    "عربة": None,
    "شاحنة": None,
    "مقاتلة": None,
    "سفينة": None,
    "فتاة": "people",
    "سيدة": "people",
    "رهينة": "people",
    "شقيقة": "people",
    "مواطنة": "people",
    "عبوة": None,
    "قنبلة": None,
    "رصاصة": None,
    "نقطة": None,
    "مباراة": None,
    "جولة": None,
    "محطة": None,
    "شركة": None,
    "منظمة": None,
    "مجموعة": None,
    "كتيبة": None,
    "سفارة": None,
    "جامعة": None,
    "مرحلة": None,
    "غرفة": None,
    "حافلة": None,
    "أسرة": "families",
    "ابنة": "people",
    "كنيسة": None,
    "ولاية": None,
    "مدرسة": None,
    "بناية": None,
    "عمارة": None,
    "ليلة": None,
    "محافظة": None,
    "منطقة": None,
    "وحدة": None,
    "شقة": None,
    "وزارة": None,
    "قاعدة": None,
    "ناقلة": None,
    "جثة": "people",
    "ضحية": "people",
}
_SOUND_PLURAL = {
    "مدني": "civilians",
    "مواطن": "people",
    "فلسطيني": "people",
    "مصاب": "people",
    "مقاتل": "fighters",
    "إسرائيلي": "people",
    "اسرائيلي": "people",
    "أمريكي": None,
    "أميركي": None,
    "عسكري": "soldiers",
    "منشق": "fighters",
    "مهاجم": "fighters",
    "انتحاري": "fighters",
    "شرطي": "soldiers",
    "مسلح": "fighters",
    "إرهابي": "fighters",
    "لاجئ": "people",
    "سوري": "people",
    "عراقي": "people",
    "معتقل": "people",
    "مدرس": None,
    "صحفي": "people",
    "صحافي": "people",
    "مسعف": "people",
    "ناشط": "people",
    "موظف": "people",
    "آخر": "people",
    "مستوطن": "people",
    "عامل": "people",
    "مسؤول": "people",
    "لاعب": "people",
    "راكب": "people",
    "متظاهر": "people",
    "مهاجر": "people",
    "سائق": "people",
    "محتج": "people",
    "مدرب": "people",
}
_TWO = {"اثنين", "اثنان", "اثنتين", "اثنتان", "إثنين", "إثنان", "إثنتين", "إثنتان"}
MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "إبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "يونيه",
    "يوليه",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "اذار",
    "أذار",
    "نيسان",
    "أيار",
    "آيار",
    "ايار",
    "حزيران",
    "تموز",
    "آب",
    "اب",  # «29 اب/اغسطس»: without its madda
    "أيلول",
    "ايلول",
    "تشرين",
    "غشت",
    "يوليوز",
    "شتنبر",
    "نونبر",
    "دجنبر",
    "جانفي",
    "فيفري",
    "أفريل",
    "افريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "اوت",
    "محرم",
    "صفر",
    "ربيع",
    "جمادى",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "القعدة",
    "الحجة",
    "ذو",
    "ذي",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# «كانون الأول», «ربيع الآخر», «جمادى الأولى»: the second word of a month's name
_MONTH_SECOND_WORDS = {"الأول", "الاول", "الثاني", "الآخر", "الاخر", "الأولى", "الاولى", "الآخرة", "الاخرة", "الثانية"}
_MONTH_PREFIXES = tuple(m for m in MONTHS if len(m) >= 4)  # «نوفمبرالمقبل»: a month glued to the next word
_LONG_MONTHS = tuple(m for m in MONTHS if len(m) >= 6 and "\u0621" <= m[0] <= "\u064a")  # for slips: «سبتمر»
DAY_NAMES = {"الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد"}
YEAR_WORDS = ("عام", "العام", "سنة", "السنة", "منذ", "عامي", "لعام", "لسنة", "بعام", "العامين")
_YEARS = set(YEAR_WORDS)
_THE_MONTH = {"الشهر", "شهر", "هذا", "نفس", "ذات"}  # «يومي 26 و28 من الشهر الجاري», «حتى 20 من هذا الشهر»
_DAY_WORDS = DAY_NAMES | {"يوم"}  # «يوم 18 من الشهر الجاري»: a date, named by its day
_PERIOD_WORDS = ORDINALS | {
    "أواخر",
    "اواخر",
    "أوائل",
    "اوائل",
    "منتصف",
    "مطلع",
    "بداية",
    "نهاية",
    "خريف",
    "ربيع",
    "صيف",
    "شتاء",
}
_REACH_VERBS = {
    "بلغ",
    "وصل",
    "ارتفع",
    "يبلغ",
    "يصل",
    "ليبلغ",
    "ليصل",
    "ليرتفع",
    "تجاوز",
    "يتجاوز",
    "أصبح",
    "بات",
    "صار",
}
_FEMININE_REACH = {"بلغت", "وصلت", "تبلغ", "تصل", "ارتفعت", "تجاوزت", "أصبحت", "باتت", "صارت"}
_RANK_WORDS = {"المرتبة", "المركز", "مرتبة", "المراتب", "المراكز", "الترتيب"}
# «من 14 إلى 24 الجاري»: the month of the text, named without its name
_THIS_MONTH = {
    "الجاري",
    "الحالي",
    "الماضي",
    "المقبل",
    "القادم",
    "المنصرم",
}
# «عام 1443», «موسم حج 1445»: a year of the Hijri calendar, named by the year or by the season of the pilgrimage
_HIJRI_YEAR_WORDS = _YEARS | {"حج", "الحج", "موسم", "الموسم", "رمضان", "لحج", "لموسم"}
# A number after these is a name, an edition or a rank, not a count: «الحلقة 12», «عيار 21», «العدد 3972».
NAME_WORDS = {
    "الحلقة",
    "حلقة",
    "رقم",
    "الرقم",
    "عيار",
    "العدد",
    "الفرقة",
    "اللواء",
    "القناة",
    "شارع",
    "الشارع",
    "طراز",
    "الجولة",
    "المادة",
    "مادة",
    "البند",
    "بند",
    "الفقرة",
    "الصفحة",
    "صفحة",
    "الطبعة",
    "الدورة",
    "القرار",
    "قرار",
    "الكتيبة",
    "الموسم",
    "المرحلة",
    "النسخة",
    "الفصل",
    "الباب",
    "الحزمة",
    "الإصدار",
    "الحافلة",
    "الطريق",
    "طريق",
    "القافلة",
    "الحارة",
    "الطوابق",
    "المخرج",
    "البوابة",
    "الكيلو",
    "الكيلومتر",
    "الدرجة",
    "القسم",
    "الغرفة",
    "المبنى",
    "العمارة",
    "الصف",
    "المقعد",
    "الدائرة",
    "المنطقة",
    "الجزء",
    "المجلد",
    "الخط",
    "الرحلة",
    "الحديث",
    "الآية",
    "السورة",
    "الساعة",
    "ساعة",
    "الدقيقة",
    "المركز",
    "المراكز",
    "المرتبة",
    "الطابق",
    "صحيفة",
    "الصحيفة",
    "جريدة",
    "مجلة",
    "قناة",
    "إذاعة",
    "موقع",  # «نقل موقع 180 بوست»
    "الحي",  # «والحي 18»
    "حي",
    "مركز",  # «مركز (937) للاستشارات»: a call centre named by its number
    "التعميم",  # «التعميم 158», «التعميمين 158 و166»: a central bank's circular
    "تعميم",
    "الذكرى",  # «الذكرى 48 لنصر أكتوبر»: an anniversary's rank
    "ذكرى",
    "المرسوم",  # «المرسوم 66», «القانون 18/2010»: a text of law named by its number
    "مرسوم",
    "القانون",
    "قانون",
}
# Nicknames made of a plural noun and a number word with the article: «الأسود الثلاثة» is England's team, not three
# lions («الأشخاص الثلاثة» is three people). Keyed by the noun without its article or clitic.
# «مجموعة العشرين» (G20), «مجموعة السبع» (G7): groups of states named by a number.
NICKNAMES = {
    "أسود": {"الثلاثة"},
    "اسود": {"الثلاثة"},
    "فرسان": {"الثلاثة"},
    "مجموعة": {"السبع", "الثماني", "العشرين", "الخمس", "الأربع"},
}
# «ألف ليلة وليلة», «ألف مبروك»: a thousand in a title or a greeting, no count.
_THOUSAND_IDIOMS = {"ليلة", "مبروك", "شكر", "سلامة", "رحمة", "حساب"}
# A number after these is part of a model's or a product's name: Latin letters spelt in Arabic («إف 16», «تي 72»,
# «إس 300») and families of aircraft, weapons and products («سو 24», «ميغ 29», «بوينغ 737», «آيفون 15»). The letter
# names that are also common words («في», «أو», «إن», «ما») are left out.
MODEL_WORDS = {
    "إف",
    "اف",
    "أف",
    "إل",
    "أل",
    "إس",
    "اس",
    "إم",
    "تي",
    "بي",
    "سي",
    "دي",
    "جي",
    "كيه",
    "إيه",
    "ايه",
    "إتش",
    "اتش",
    "يو",
    "إكس",
    "اكس",
    "آر",
    "كيو",
    "زد",
    "دبليو",
    "سو",
    "سوخوي",
    "سوخوى",
    "ميغ",
    "ميج",
    "مي",
    "كا",
    "توبوليف",
    "إليوشن",
    "اليوشن",
    "إيل",
    "أنتونوف",
    "انتونوف",
    "ياك",
    "بوينغ",
    "بوينج",
    "إيرباص",
    "ايرباص",
    "ميراج",
    "آيفون",
    "ايفون",
    "أيفون",
    "غالاكسي",
    "جالاكسي",
    "بلايستيشن",
    "ويندوز",
    "كوفيد",
    "فورمولا",
    "بركان",
    "صماد",
    "قاصف",
    "شهاب",
}
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.]*")  # «F 16», «Su 24», «Lebanon 24»
_TIME_AFTER = {
    "صباحا",
    "مساء",
    "مساءا",
    "ظهرا",
    "فجرا",
    "ليلا",
    "عصرا",
    "ص",
    "م",
    "بتوقيت",
    "صباح",
    "بالتوقيت",
    "فجر",
    "ظهر",
    "عصر",
}
# «من صباح اليوم»: a part of the day after «من»
_DAY_PARTS = {"صباح", "مساء", "ظهر", "فجر", "عصر", "ليل", "ليلة", "بعد", "منتصف"}
# Prayers, and the fast's hours, whose times newspapers print as «الفجر 5.16»
PRAYERS = {
    "الفجر",
    "الشروق",
    "الظهر",
    "العصر",
    "المغرب",
    "العشاء",
    "الإمساك",
    "الامساك",
    "الإفطار",
    "الافطار",
    "السحور",
}
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.,:][0-5]\d")  # 5.16, 12,05: an hour and its minutes
_CLITICS = ("وبال", "وال", "بال", "لل", "فال", "كال", "ال", "وب", "ول", "فب", "فل", "وك", "و", "ب", "ل", "ف", "ك")
MINUS_SIGNS = "-\u2212"
_BREAK = r"\s،,؛;:()\[\]{}«»\"'!?؟.…/“”‘’"  # «اصيب {11} مدنيا»: some sites brace numbers and names
_AR = "\u0621-\u064a"
# A number token ends where the word ends or an Arabic word begins («2500أسير»): «70th» is not the number 70, and
# «2015-2016» is not -2016. Clitics may lead it («ب2500»، «ل3000»، «وب14.1»). Groups of three digits after a space
# are thousands («12 400»); «3ر8» is an agency's decimal; «%98.8» is a percentage typed sign first.
_NUMBER = (
    rf"(?:و?[بلك]|[وف])?(?:(?<![\d%])%(?=\d))?[+\-\u2212]?(?:(?<!\d[ \u00a0\u202f])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,]|[ \u00a0\u202f]\d)|\d+(?:[.,]\d+|ر[ \u00a0]?\d+)*)"
    rf"(?:-%|%-?)?(?=[{_BREAK}%$€£]|$|[{_AR}])"
)
# The plain word first, whole (possessive): most tokens are words without digits.
_TOKEN = re.compile(rf"[^{_BREAK}\d%]++(?![\d%])|(?<![\d.,]){_NUMBER}|[^{_BREAK}\d%]+(?=\d)|[^{_BREAK}]+|%")
_DIGITS = re.compile(r"(و?[بلك]|[وف])?(?:%(?=\d))?([+\-\u2212])?([\d \u00a0\u202f.,ر]*\d)(-%|%-?)?")
# Times of day, dates written in digits, and the numbers of a list are not figures.
_NOT_FIGURES = re.compile(
    r"(?=[\d(hw]|(?<=رقم )|(?m:^))(?:"  # where any of them can start: most places are letters, passed over at once
    r"(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"  # 10:30, 04:51
    r"|\(\d{1,2} ?: ?\d{2}\)"  # «(55: 05)»: minutes and seconds, spaced
    r"|(?<![\d.,/])\d{1,4}[/\-.]\d{1,2}[/\-.]\d{2,4}(?![\d])"  # 27/1/2002, 2024/10/04, 20-9-2024
    r"|(?<![\d.,/])(?:1[34]|19|20)\d\d[/\-.]\d{1,2}[/\-.]\d(?![\d])"  # «2017/10/3»: the year first, a one-digit day
    r"|(?<![\d.,/])\d{1,4} ?/ ?\d{1,2} ?/ ?\d{2,4}(?![\d])"  # «2 / 12 / 1435هـ»
    r"|(?<![\d.,/])\d{1,2}/\d{1,2}(?![\d/])"  # 20/03: a day and a month
    r"|(?<![\d.,/])(?:1[34]|19|20)\d\d ?/ ?(?:1[34]|19|20)\d\d(?![\d])"  # «1430/1431ه», «2019/2020»: fiscal years
    r"|(?<![\d.,])\d{1,2} ?- ?\d{1,2}(?= ?\()"  # «الكويت - 22 - 10 (كونا)»: an agency's dateline
    r"|(?m:^[ \t]*\d{1,3}(?:[.)\-]|[ \t]+[\-\u2013\u2014])(?=[ \t]))"  # «  1. محمد …», «1 - شركة …»
    r"|(?<![\d.,/])\d{1,2}[ \t]*[\-–][ \t]*\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{2,4}"  # «23 – 25 /10/1433»
    r"|(?<![\d.,/])\d+(?:/\d+){2,}(?![\d])"  # «18/5/13908»: three numbers and slashes, a date or an id
    r"|(?<=رقم )\d+/\d+(?![\d])"  # «تعميم رقم 13612/167»: a circular's number
    r"|(?:https?://|www\.)[^\s«»\"“”]+"  # a link: «status/1806583125348167928?s=46»
    r")"
)
_SENTENCE_END = re.compile(r"[.!?؟…]+(?=\s|$)|\n+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_SPACE = re.compile(r"\s")
_CLAUSE_BREAK = re.compile(r"[.،,؛;:!?؟()«»\"“”]")
_PHRASE_BREAK = re.compile(r"[.،,؛;:!?؟()]")
# Byte-order marks, UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Embeddings and overrides (U+202A–U+202E) reorder what follows them: «7058» can be shown as «8507».
_OVERRIDES = dict.fromkeys(range(0x202A, 0x202F))

FIGURE, VAGUE_STATUS, UNREAD = "figure", "vague", "unread"


class ExtractError(ValueError):
    """The input cannot be read as an Arabic text; code names the reason for the message."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Figure:
    """One figure found in the text, with where it stands; a vague or unread phrase has no value."""

    value: float | None
    value_max: float | None
    unit: str | None
    qualifier: str
    phrase: str
    start: int
    end: int
    sentence: str
    status: str = FIGURE  # figure, vague (a quantity with no number: «عشرات») or unread (see reason)
    reason: str | None = None  # why an unread phrase was left blank

    def record(self) -> dict:
        """As one JSON object: value_max only for a range, reason only for an unread phrase, whole numbers as integers."""
        record = {key: _plain(value) for key, value in asdict(self).items()}
        if self.value_max is None:
            del record["value_max"]
        if self.reason is None:
            del record["reason"]
        return record


def _plain(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def rounded(value: float) -> int | float:
    """A figure for a table or a spreadsheet: 1200 not 1200.0, a third as 0.33."""
    value = round(value, 2)
    return int(value) if value.is_integer() else value


@dataclass(frozen=True)
class Scan:
    """The figures of a text, and how many numbers were left out as too large to be a count."""

    figures: list[Figure]
    too_large: int


@dataclass(slots=True)
class _Token:
    text: str  # normalized
    start: int  # in the normalized text
    end: int
    blocked: bool = False  # inside a time, a date in digits or a list number

    @property
    def bare(self) -> str:
        """The word without a leading «و» (and); «واحد» (one) keeps its own."""
        keeps = self.text in _ONE
        return self.text[1:] if self.text.startswith("و") and len(self.text) > 1 and not keeps else self.text


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


@lru_cache(maxsize=8192)
def _is_number_word(word: str) -> bool:
    """Whether pyarabic counts the word as a number word."""
    # detect_numbers and text2number do not print (detect_number_words does): no stdout to silence.
    return arabic_number.detect_numbers([word]) == ["DB"]


@lru_cache(maxsize=8192)
def _word_value(word: str) -> float:
    """The value of one number word: «ستمئة» is 600."""
    return float(arabic_number.text2number(word))


@lru_cache(maxsize=16384)
def _number_word(word: str) -> str | None:
    """The number word a written word is, without its article or «و» and with its hamza: «الثلاثة», «اربع»."""
    if _stem_in(word, DAY_NAMES) or word in _ONE:
        return None  # «والإثنين الماضي»: Monday, with or without its clitics, is no two
    if word in ("بالمئة", "بالمائة", "وبالمئة", "وبالمائة"):
        return None  # «سبعة بالمئة»: seven percent, not seven hundred
    candidates = [word]
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1 and not (prefix == "ب" and word[1] == "و"):
            candidates.append(word[len(prefix) :])  # «بوست» (post) is no «ب» before «وست»: «و» comes first
    for candidate in list(candidates):
        if candidate.startswith("ا"):
            candidates.append("أ" + candidate[1:])
    if any(candidate in _ONE for candidate in candidates):
        return None  # «وواحدة»: one is a noun's own number, not a count to report
    for candidate in candidates:
        if candidate in _TWO:
            return "اثنين"
        if _is_number_word(candidate) and (_word_value(candidate) or candidate == "صفر"):
            return candidate  # a word pyarabic takes for a number but values at 0 is not one
    return None


_ONE = {"أحد", "واحد", "احد", "واحدة", "إحدى", "احدى"}


@lru_cache(maxsize=16384)
def _one(word: str) -> bool:
    """«واحد», «وأحد»: the word one, with or without «و»."""
    return word in _ONE or (word.startswith("و") and word[1:] in _ONE)


@lru_cache(maxsize=16384)
def _stems(word: str) -> tuple[str, ...]:
    """The word, and the word without each clitic it may carry («بملياري» → «ملياري»)."""
    forms = [word]
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            forms.append(word[len(clitic) :])
    return tuple(forms)


def _stem_in(word: str, table: dict | set) -> str | None:
    """The first form of the word (with or without clitics) found in a table."""
    return next((form for form in _stems(word) if form in table), None)


@lru_cache(maxsize=16384)
def _dual(word: str) -> str | None:
    """The unit key of a dual noun («طائرتين», «جنديان»), '' for a dual with no unit; None if the word is no dual."""
    for form in _stems(word):
        if form.endswith("يين") and form[:-2] in _SOUND_PLURAL:
            return None  # «مدنيين»: a plural, unless its marks say dual (see scan)
        unit = _dual_form(form)
        if unit is not None:
            return unit
    return None


@lru_cache(maxsize=16384)
def _dual_form(form: str) -> str | None:
    """The unit key of a word that is a dual as it stands, without a clitic taken off."""
    if form in _NOT_DUALS:
        return None
    for ending in ("تين", "تان", "تا"):
        if form.endswith(ending) and form[: -len(ending)] + "ة" in _DUAL_FEMININE:
            return _DUAL_FEMININE[form[: -len(ending)] + "ة"] or ""
    for ending in ("ين", "ان"):
        stem = form[: -len(ending)]
        if form.endswith(ending) and stem in _DUAL_NOUNS:
            return _DUAL_NOUNS[stem] or ""
    if form.endswith("ان") and form[:-2] in _SOUND_PLURAL:
        return _SOUND_PLURAL[form[:-2]] or ""
    return None


def _slips(word: str, form: str) -> int:
    """Typing slips between a word and a form: a letter added, dropped or swapped with a neighbour, or one that differs
    only in its dots («ملبون»); any other change counts as three, more than a slip."""
    if abs(len(word) - len(form)) > 2:
        return 3
    previous = list(range(len(form) + 1))
    before: list[int] = []
    for i, letter in enumerate(word, 1):
        row = [i]
        for j, other in enumerate(form, 1):
            same_shape = letter == other or any(letter in group and other in group for group in _SAME_SHAPE)
            cost = previous[j - 1] + (0 if letter == other else 1 if same_shape else 3)
            row.append(min(cost, previous[j] + 1, row[j - 1] + 1))
            if i > 1 and j > 1 and letter == form[j - 2] and word[i - 2] == other:
                row[j] = min(row[j], before[j - 2] + 1)  # «ميلون»: two letters swapped
        before, previous = previous, row
    return previous[-1]


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


_PERCENT_FIRST = {words[0] for words in PERCENT_WORDS}


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


def _rank_after_adjective(tokens: list[_Token], first: int, last: int, normal: str) -> bool:
    """«في فصله التشريعي 17.»: a number after an adjective of relation with the article, ending its clause: a rank."""
    before = tokens[first - 1].text if first > 0 else ""
    if not (before.startswith("ال") and before.endswith(("ي", "ية")) and len(before) > 4) or _unit(tokens, last):
        return False
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
        if run_kinds[0] == "scale" and _stem_in(tokens[first].text, PLURAL_SCALES):
            continue  # «آلاف الشهداء»: vague, see _vague
        if run_kinds[0] == "word" and _article_number_is_no_count(tokens, first, last):
            continue
        if run_kinds == ["word"] and _number_word_in_name(tokens, first, last):
            continue
        if run_kinds == ["word"] and first > 0 and (tokens[first - 1].text, tokens[first].text) in PERCENT_WORDS:
            continue  # «بانخفاض واحد في المئة»: the words for percent after a word the finder leaves, no hundred
        unit_end = tokens[last].end if last < len(tokens) else len(normal)  # the column's unit word, if any
        if (
            run_kinds == ["scale"]
            and normal[tokens[first].start - 1 : tokens[first].start] == "("
            and ")" in (normal[tokens[first].end : tokens[first].end + 1], normal[unit_end : unit_end + 1])
        ):
            continue  # «إجمالي الدين (مليار دولار): 35293»: a column's unit, no billion of its own
        if run_kinds == ["digits"] and _garbled_beside(tokens, first, last):
            continue
        if run_kinds == ["digits"] and first > 0 and tokens[first - 1].text.rstrip("/*") == "انتهى":
            continue  # «//انتهى// 1347 ت م», «انتهى**3276»: an agency's closing stamp, a time or a code
        if (
            run_kinds == ["word"]
            and tokens[first].text == "صفر"
            and first > 0
            and tokens[first - 1].text in _SAFAR_BEFORE
        ):
            continue  # «من مطلع صفر وحتى نهاية شهر رمضان»: Safar, the second month of the Hijri year
        if run_kinds == ["digits"] and re.fullmatch(r"0\d", tokens[first].text) and not _unit(tokens, last):
            continue  # «تحديث 04 15:50»: a day or an hour written with its zero, no count
        if (
            run_kinds == ["word"]
            and tokens[first].text == "صفر"
            and _SCORE_BEFORE.search(normal, max(tokens[first].start - 4, 0), tokens[first].start)
        ):
            continue  # «4/صفر», «2-صفر»: a score
        if run_kinds == ["digits"] and (_in_latin_code(normal, tokens[first]) or _is_model(tokens, first, normal)):
            continue
        if run_kinds == ["digits"] and _LEADING_ZEROS.fullmatch(_digits_match(tokens[first].text).group(3)):
            continue  # «0096171234567», «0100»: a telephone number or a code, no count
        if run_kinds == ["digits"] and last < len(tokens) and tokens[last].text in _RANK_ADVERBS:
            continue  # «المركز 3 عربيا و45 عالميا»: ranks

        if (
            run_kinds == ["digits"]
            and first > 0
            and tokens[first - 1].end == tokens[first].start
            and tokens[first].text in ("2", "3")
            and tokens[first - 1].text in _MEASURES
        ):
            continue  # «متر2», «كم2»: square or cubic, not a count
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
    starts = [t.start for t in tokens]
    for match in _BROKEN.finditer(normal):  # better blank than 5 and a trillion: said to be unread, with why
        begin = bisect_right(starts, match.start()) - 1
        end = bisect_right(starts, match.end() - 1)
        if 0 <= begin < end:
            end += 1 if end < len(tokens) and _stem_in(tokens[end].text, SCALES) else 0
            found.append(
                _figure(
                    text,
                    sentences,
                    origin,
                    None,
                    None,
                    _unit(tokens, end),
                    "exact",
                    tokens[begin].start,
                    tokens[end - 1].end,
                    UNREAD,
                    "broken",
                )
            )
    found += _dashed_pairs(text, sentences, origin, tokens, kinds, normal)
    found += _duals(text, sentences, origin, tokens, kinds, normal)
    found += _fractions(text, sentences, origin, tokens, kinds, normal)
    found += _vague(text, sentences, origin, tokens, kinds)
    found += _ones(text, sentences, origin, tokens)
    found.sort(key=lambda f: f.start)
    return Scan(_without_overlaps(found), too_large)


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


_DASHES = {"-", "\u2013", "\u2014"}
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
_YEAR = re.compile(r"(19|20)\d\d")


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


def highlight_html(text: str, found: list[Figure]) -> str:
    """The text as HTML with every figure marked; every piece of the text is escaped."""
    pieces, at = [], 0
    for figure in found:
        if figure.start < at:
            continue
        pieces.append(escape(text[at : figure.start]))
        pieces.append(f'<mark class="figure">{escape(text[figure.start : figure.end])}</mark>')
        at = figure.end
    pieces.append(escape(text[at:]))
    return "".join(pieces).replace("\n", "<br>")


def text_pieces(text: str, found: list[Figure]) -> list[dict]:
    """The text cut at its figures, for the page's template: plain pieces and marked ones (index, status), in order."""
    pieces: list[dict] = []
    at = 0
    for index, figure in enumerate(found):
        if figure.start < at:
            continue
        if figure.start > at:
            pieces.append({"text": text[at : figure.start]})
        pieces.append({"text": text[figure.start : figure.end], "index": index, "status": figure.status})
        at = figure.end
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces


def preview(text: str, found: list[Figure]) -> tuple[str, list[Figure]]:
    """The part of a text a reader's tab draws quickly, and its figures to mark: at most SHOWN, within TEXT_SHOWN."""
    cut = found[SHOWN].start if len(found) > SHOWN else len(text)  # up to the first figure not in the table
    if cut > TEXT_SHOWN:
        space = text.rfind(" ", 0, TEXT_SHOWN)
        cut = space if space > TEXT_SHOWN // 2 else TEXT_SHOWN
    return text[:cut], [f for f in found[:SHOWN] if f.end <= cut]


CSV_UNITS = {
    "civilians": "people",
    "fighters": "people",
    "soldiers": "people",
    "children": "people",
    "people": "people",
    "strikes": "strikes",
    "percent": "percent",
}


def as_figure_rows(found: list[Figure]) -> list[dict]:
    """Rows in the format of data/figures.csv, for a person to complete with ids and sources; figures with a value only."""
    return [
        {
            "id": "",
            "value": rounded(f.value),
            "value_max": "" if f.value_max is None else rounded(f.value_max),
            "unit": CSV_UNITS.get(f.unit or "", ""),
            "qualifier": f.qualifier,
            "claimed_by": "",
            "source_id": "",
            "period_start": "",
            "period_end": "",
            "quote": f.sentence,
        }
        for f in found
        if f.value is not None
    ]


def found_table(found: list[Figure], loc: Locale) -> pd.DataFrame:
    """The figures found in a text, for showing: value with its qualifier, unit, phrase, sentence and status."""
    return pd.DataFrame(
        {
            loc.t("column.value"): [_found_value(f, loc) for f in found],
            loc.t("column.qualifier"): [loc.t(f"qualifier_name.{f.qualifier}") for f in found],
            loc.t("finder.unit"): [unit_label(f, loc) for f in found],
            loc.t("finder.phrase"): [f.phrase for f in found],
            loc.t("finder.sentence"): [f.sentence for f in found],
            loc.t("finder.status"): [status_label(f, loc) for f in found],
        }
    )


def found_rows(found: list[Figure], loc: Locale) -> pd.DataFrame:
    """The figures found, for a spreadsheet: headers and words in the reader's language, numbers as numbers."""
    return pd.DataFrame(
        {
            loc.t("column.value"): ["" if f.value is None else rounded(f.value) for f in found],
            loc.t("finder.value_max"): ["" if f.value_max is None else rounded(f.value_max) for f in found],
            loc.t("column.qualifier"): [loc.t(f"qualifier_name.{f.qualifier}") for f in found],
            loc.t("finder.unit"): [unit_label(f, loc) for f in found],
            loc.t("finder.phrase"): [f.phrase for f in found],
            loc.t("finder.sentence"): [f.sentence for f in found],
            loc.t("finder.status"): [status_label(f, loc) for f in found],
        },
        dtype=object,
    )


def unit_label(figure: Figure, loc: Locale) -> str:
    """The unit in the reader's language."""
    return loc.t(f"finder.unit_{figure.unit or 'none'}")


def status_label(figure: Figure, loc: Locale) -> str:
    """figure, vague quantity, or not read with its reason."""
    label = loc.t(f"finder.status_{figure.status}")
    return f"{label}: {loc.t(f'finder.reason_{figure.reason}')}" if figure.reason else label


_FRACTIONS_SHOWN = {1 / 2: "1/2", 1 / 3: "1/3", 1 / 4: "1/4", 2 / 3: "2/3"}


def _found_value(figure: Figure, loc: Locale) -> str:
    """A found figure as a reader writes it: with its qualifier and sign, % for a percentage, 1/4 for a quarter;
    a dash for a vague quantity and a question mark for a phrase left unread."""
    if figure.status == VAGUE_STATUS:
        return loc.t("finder.vague_value")
    if figure.value is None:
        return loc.t("finder.unread_value")
    percent = figure.unit == "percent"
    upper = "" if figure.value_max is None else _number(figure.value_max, loc, percent)
    if figure.unit == "fraction" and figure.value in _FRACTIONS_SHOWN:  # «أكثر من ربع»: a share, not "0.25"
        shown = loc.iso(loc.digits_of(_FRACTIONS_SHOWN[figure.value]))
    else:
        shown = _number(figure.value, loc, percent)
    return loc.t(f"qualifier.{figure.qualifier}", value=shown, value_max=upper)


def _number(value: float, loc: Locale, percent: bool) -> str:
    """A number in the reader's digits with as many decimals as it has (up to two) and a true minus sign."""
    decimals = next(places for places in (0, 1, 2) if round(value, places) == round(value, 2))
    # Arabic text writes numbers as the article does (7058, 15٬000): format_number's arabic style (glossary).
    digits = (
        format_percent(abs(value), decimals, loc.digits)
        if percent
        else format_number(abs(value), decimals, loc.digits, arabic=loc.lang == "ar")
    )
    return loc.iso(("\u2212" if round(value, 2) < 0 else "") + digits)
