"""The words the figures finder knows: scales, number words and their forms, and the words around a figure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pyarabic import number as arabic_number

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


_PERCENT_FIRST = {words[0] for words in PERCENT_WORDS}
