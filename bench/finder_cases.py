"""Sentences written for the finder's tests, each reproducing a kind of figure seen in real Arabic news, with the
figures a careful reader takes from it: (value, value_max, unit, qualifier, status).

Read by tests/test_extract_cases.py and bench/finder.py; kept here because bench must not import tests.
No sentence here is copied from a news site."""

from __future__ import annotations

Expected = tuple[float | None, float | None, str | None, str, str]
F, V, U = "figure", "vague", "unread"

CASES: dict[str, tuple[str, list[Expected]]] = {
    # decimals as agencies and newspapers write them
    "decimal comma": ("بلغت المساعدات 2,5 مليون دولار هذا العام.", [(2_500_000, None, "dollars", "exact", F)]),
    "decimal comma, percent": ("ارتفعت البطالة إلى 12,5 في المئة.", [(12.5, None, "percent", "exact", F)]),
    # «ر» splits the number into two runs that right-to-left display swaps: stored «3ر8» shows as 8ر3, 8.3.
    "agency decimal": ("سجلت الصادرات 3ر8 مليون طن.", [(8_300_000, None, None, "exact", F)]),
    "agency decimal, percent": ("نما الاقتصاد 2ر5 بالمئة في الربع الأخير.", [(5.2, None, "percent", "exact", F)]),
    "agency decimal glued to its scale": ("قدّمت المفوضية مساعدات بقيمة 5ر1مليون يورو.", [(1_500_000, None, "euros", "exact", F)]),
    "agency decimal, two digits": ("بلغ النمو 25ر12 بالمئة.", [(12.25, None, "percent", "exact", F)]),
    "thousands with a space": ("نفذت الطائرات 12 400 غارة منذ الصيف.", [(12_400, None, "strikes", "exact", F)]),
    "thousands with a dot": ("نفذت الطائرات 2.300 غارة منذ الصيف.", [(2_300, None, "strikes", "exact", F)]),
    "thousands with a dot, people": ("وثق الفريق مقتل 21.534 مدنياً.", [(21_534, None, "civilians", "exact", F)]),
    "a dot before a scale is a decimal": ("بلغ العجز 43.884 مليار دينار.", [(43_884_000_000, None, "dinars", "exact", F)]),
    "a dot in doubt is left unread": ("بلغ سعر الصرف 3.750 ريال للدولار.", [(None, None, "riyals", "exact", U)]),
    # fractions
    "fraction of a scale": ("خصصت الحكومة ربع مليار دولار للإعمار.", [(250_000_000, None, "dollars", "exact", F)]),
    "half a million": ("فرّ نصف مليون شخص من المدينة.", [(500_000, None, "people", "exact", F)]),
    "fraction with a pronoun": ("نزح ثلاثة ملايين شخص، نصفهم من الأطفال.",
                                [(3_000_000, None, "people", "exact", F), (0.5, None, "fraction", "exact", F)]),
    "more than a quarter is a share": ("يعيش أكثر من ربع السكان في المخيمات.", [(0.25, None, "fraction", "more_than", F)]),
    "a third at least, after": ("يُعتقد أن ثلثهم على الأقل قد قتلوا.", [(1 / 3, None, "fraction", "at_least", F)]),
    # duals
    "dual, feminine": ("أسقطت الدفاعات طائرتين مسيّرتين فوق المطار.", [(2, None, None, "exact", F)]),
    "dual, nominative": ("قُتل جنديان في الهجوم على الحاجز.", [(2, None, "soldiers", "exact", F)]),
    "dual, genitive": ("أعلن الجيش مقتل جنديين قرب الحدود.", [(2, None, "soldiers", "exact", F)]),
    "dual of a sound plural": ("أصيب مدنيان بجروح طفيفة.", [(2, None, "civilians", "exact", F)]),
    "dual of a hamza noun": ("أصيبت امرأتان في القصف.", [(2, None, "people", "exact", F)]),
    "two duals joined by and": ("أصيبت امرأتين وطفلين.", [(2, None, "people", "exact", F), (2, None, "children", "exact", F)]),
    "sound plural is no dual": ("سقط قتلى مدنيين في الغارة.", []),
    "dual with a number after it": ("انشق ضابطان اثنان عن الوحدة.", [(2, None, "soldiers", "exact", F)]),
    "dual with a clitic": ("استهدفت الطائرة المنزل بصاروخين.", [(2, None, None, "exact", F)]),
    "dual of a scale": ("تعهدت الدول بملياري دولار.", [(2_000_000_000, None, "dollars", "exact", F)]),
    "dual of a thousand alone": ("سقط ألفا قتيل في شهر واحد.", [(2_000, None, "people", "exact", F)]),
    "two weeks": ("أُرجئ التصويت لأسبوعين.", [(2, None, None, "exact", F)]),
    # clitics and glued words
    "clitic b on digits": ("قامت الطائرات ب2500 طلعة جوية.", [(2_500, None, "strikes", "exact", F)]),
    "clitic l on digits": ("وصل عدد المنضمين ل3000 مقاتل.", [(3_000, None, "fighters", "exact", F)]),
    "clitic with tatweel": ("مقارنة بـ14.1 مليار دولار قبل عام.", [(14_100_000_000, None, "dollars", "exact", F)]),
    "digits glued to the noun": ("أسفر الانفجار عن سقوط235 قتيلاً.", [(235, None, "people", "exact", F)]),
    "digits glued after": ("وأُسر نحو 2500أسير من القوات.", [(2_500, None, "people", "about", F)]),
    # number words
    "number word with the article": ("نجا الأطفال الثلاثة من القصف.", [(3, None, "children", "exact", F)]),
    "number word without hamza": ("قتل اربع مدنيين في القصف.", [(4, None, "civilians", "exact", F)]),
    "article number before a scale": ("تزيد الحصيلة على الثلاثة آلاف وثمانمئة مدني.", [(3_800, None, "civilians", "more_than", F)]),
    "monday is no two": ("قتل اليوم الاثنين 3 مدنيين.", [(3, None, "civilians", "exact", F)]),
    "an ordinal compound is a date": ("كان السادس والعشرون من أيلول أدمى الأيام.", []),
    "words to hundreds": ("ارتفع عدد القتلى إلى مائة وأربعة وسبعين صحافياً.", [(174, None, "people", "exact", F)]),
    # compounds and ranges
    "compound with a spaced و": ("بلغ عدد القتلى 13 ألفاً و 40 شخصاً.", [(13_040, None, "people", "exact", F)]),
    "compound without و": ("وثقت المنظمة 7 آلاف 215 حالة.", [(7_215, None, "incidents", "exact", F)]),
    "range sharing a scale": ("نزح ما بين 2 و3 ملايين شخص.", [(2_000_000, 3_000_000, "people", "range", F)]),
    "range sharing a scale, money": ("قُدّرت الخسائر ما بين 200 و450 مليون دولار.",
                                     [(200_000_000, 450_000_000, "dollars", "range", F)]),
    "range whose scale cannot be shared": ("نزح ما بين 900 و1,2 مليون شخص.", [(None, None, "people", "range", U)]),
    # qualifiers
    "at least, after": ("قتل عشرة جنود على الأقل.", [(10, None, "soldiers", "at_least", F)]),
    "verb of excess": ("تجاوز عدد القتلى 300 شخص.", [(300, None, "people", "more_than", F)]),
    "verb of approximation": ("يناهز عددهم 400 مقاتل.", [(400, None, "fighters", "about", F)]),
    "verb of excess, present": ("يتجاوز العدد الإجمالي 1500 قتيل.", [(1_500, None, "people", "more_than", F)]),
    "qirabat": ("فرّ قرابة 50 ألف مدني.", [(50_000, None, "civilians", "about", F)]),
    "zuhaa": ("قتل زهاء 200 مسلح.", [(200, None, "fighters", "about", F)]),
    "ma yuqarib": ("أحصى المرصد ما يقارب 900 غارة.", [(900, None, "strikes", "about", F)]),
    "more than": ("شنّ التحالف أكثر من 1200 غارة.", [(1_200, None, "strikes", "more_than", F)]),
    "about, with a clitic": ("يقدر عددهم بنحو 100 عائلة.", [(100, None, "families", "about", F)]),
    "about, after": ("قدّمت 53 مليون دولار تقريباً.", [(53_000_000, None, "dollars", "about", F)]),
    "more than, yarbu": ("قتل ما يربو على ثلاثة آلاف مدني.", [(3_000, None, "civilians", "more_than", F)]),
    "less than": ("قتل أقل من 10 أشخاص.", [(10, None, "people", "less_than", F)]),
    "at least, glued": ("قتل مالا يقل عن 22980 مدنيا.", [(22_980, None, "civilians", "at_least", F)]),
    # not figures
    "month without hamza": ("وقع الهجوم في 15 ايار الماضي.", []),
    "month after min": ("عُقد الاجتماع في 3 من شباط.", []),
    "pair of days": ("جرت المحادثات يومي 5 و6 مارس.", []),
    "pair of days with min": ("انعقد الاجتماع في 23 و24 من يناير.", []),
    "time of day": ("بدأ القصف الساعة 10:30 صباحاً.", []),
    "hour in words of the clock": ("تبدأ ساعات العمل من الساعة 10 صباحًا.", []),
    "time after a date": ("نُشر الخبر الثلاثاء 06 فبراير 2018 08:08 م.", []),
    "date in digits": ("جرت العملية بتاريخ 27/1/2002 في القدس.", []),
    "day and month in digits": ("نُشر الخبر 17:47 20/03 في الموقع.", []),
    "egyptian month spelling": ("نُشر الخبر الجمعة 10 يوليه 2020.", []),
    "name": ("عُرضت الحلقة 12 من البرنامج.", []),
    "name with the article": ("قالت القناة الـ12 إن الهجوم فشل.", []),
    "hijri date": ("نُشر في 5 رجب 1439 أن 20 مدنياً قتلوا.", [(20, None, "civilians", "exact", F)]),
    "a place named like a scale": ("قتل في قرية بليون وأربعة مدنيين.", [(4, None, "civilians", "exact", F)]),
    "a scale glossed by another": ("بلغ الإنفاق 72.4 مليار (بليون) دولار.", [(72_400_000_000, None, "dollars", "exact", F)]),
    "a decimal cut by a line break": ("بلغ العجز 5.\n1 تريليون دينار.", [(None, None, "dinars", "exact", U)]),
    "trillions and billions": ("بلغت الإيرادات 91 تريليوناً و168 مليار دينار.",
                               [(91_168_000_000_000, None, "dinars", "exact", F)]),
    "dual told by its sukun": ("وأضاف أن مدنييْن آخريْن قُتلا.", [(2, None, "civilians", "exact", F)]),
    "and one is no count": ("نفذت 9 غارات، 8 منها في الحسكة، وواحدة في الرقة.",
                            [(9, None, "strikes", "exact", F), (8, None, None, "exact", F)]),
    "code is no count": ("نُسخ النص مع alert(1) و x2 ثم قتل 300 شخص.", [(300, None, "people", "exact", F)]),
    "list numbers": ("والقتلى هم:\n  1. أحمد\n  2. محمود", []),
    "month glued to the next word": ("اتفقا على موعد 17 نوفمبرالمقبل.", []),
    # vague
    "tens of": ("قتل عشرات المدنيين في الغارة.", [(None, None, "civilians", "vague", V)]),
    "hundreds of thousands": ("نزح مئات الآلاف من السكان.", [(None, None, None, "vague", V)]),
    "thousands of": ("فرّ آلاف السكان من القرية.", [(None, None, None, "vague", V)]),
    "thousands, with a clitic": ("يقدر عددهم بالآلاف.", [(None, None, None, "vague", V)]),
    # units
    "dollars": ("بلغت قيمة العقد مليون دولار.", [(1_000_000, None, "dollars", "exact", F)]),
    "euros": ("خصص الاتحاد 5 ملايين يورو للإغاثة.", [(5_000_000, None, "euros", "exact", F)]),
    "lira": ("بلغ سعر الكيلو 7000 ليرة سورية.", [(7_000, None, "lira", "exact", F)]),
    "pounds": ("سجل الذهب 3530 جنيها للجرام.", [(3_530, None, "pounds", "exact", F)]),
    "incidents": ("ما زال التحالف يحقق في 695 تقريرا.", [(695, None, "incidents", "exact", F)]),
    "billion written bilyun": ("جمع المؤتمر 3.8 بليون دولار.", [(3_800_000_000, None, "dollars", "exact", F)]),
    "families": ("نزحت 1.765 عائلة إلى المخيمات.", [(1_765, None, "families", "exact", F)]),
}
