"""airwars.extract and `python -m airwars extract`: every form of number an Arabic report uses."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from airwars import extract

# (sentence, [(value, value_max, unit, qualifier, phrase), ...]) — sentences written for these tests.
CASES = {
    "western digits": ("شنّت الطائرات 7058 غارة على المواقع.", [(7058, None, "strikes", "exact", "7058")]),
    "thousands separator": ("شنّت الطائرات 7,058 غارة.", [(7058, None, "strikes", "exact", "7,058")]),
    "arabic-indic digits": ("شنّت الطائرات ٧٠٥٨ غارة.", [(7058, None, "strikes", "exact", "٧٠٥٨")]),
    "arabic separator": ("شنّت الطائرات ٧٬٠٥٨ غارة.", [(7058, None, "strikes", "exact", "٧٬٠٥٨")]),
    "percent sign": ("نفّذت الولايات المتحدة 70% من الهجمات.", [(70, None, "percent", "exact", "70%")]),
    "arabic percent sign": ("نفّذت الولايات المتحدة ٧٠٪ من الهجمات.", [(70, None, "percent", "exact", "٧٠٪")]),
    "percent in words": ("نفّذت 70 في المئة من الهجمات.", [(70, None, "percent", "exact", "70 في المئة")]),
    "percent in words, old spelling": ("نفّذت 65 في المائة منها.", [(65, None, "percent", "exact", "65 في المائة")]),
    "digits with thousand": ("قال إنه قتل 15 ألف مقاتل.", [(15000, None, "fighters", "exact", "15 ألف")]),
    "scale before a unit": (
        "شنّ 40 ألف غارة في عامين.",
        [(40000, None, "strikes", "exact", "40 ألف"), (2, None, None, "exact", "عامين")],
    ),
    "decimal million": ("نزح 1.5 مليون شخص.", [(1_500_000, None, "people", "exact", "1.5 مليون")]),
    "digit and word compound": ("قُتل 12 ألفا و450 مقاتلا.", [(12450, None, "fighters", "exact", "12 ألفا و450")]),
    "single number word": ("قُتل تسع مدنيين.", [(9, None, "civilians", "exact", "تسع")]),
    "short number word": ("أصيبت ست طائرات.", [(6, None, None, "exact", "ست")]),
    "hundreds word": ("نُفّذت ستمئة غارة.", [(600, None, "strikes", "exact", "ستمئة")]),
    "thousands in words": ("نُفّذت خمسة آلاف وتسعمئة ضربة.", [(5900, None, "strikes", "exact", "خمسة آلاف وتسعمئة")]),
    "words and digits": ("قُتل أربعة آلاف و210 مقاتلين.", [(4210, None, "fighters", "exact", "أربعة آلاف و210")]),
    "third": ("سيطر على ثلث مساحة العراق.", [(1 / 3, None, "fraction", "exact", "ثلث")]),
    "quarter": ("خسر ربع مقاتليه.", [(1 / 4, None, "fraction", "exact", "ربع")]),
    "half": ("دُمّر نصف المباني.", [(1 / 2, None, "fraction", "exact", "نصف")]),
    "range": ("سقط ما بين 500 و1800 ضحية مدنية.", [(500, 1800, "civilians", "range", "ما بين 500 و1800")]),
    "about": ("نفّذ نحو 7058 ضربة.", [(7058, None, "strikes", "about", "نحو 7058")]),
    "about, other word": ("قُتل حوالي 20 مدنيا.", [(20, None, "civilians", "about", "حوالي 20")]),
    "more than": ("قتل أكثر من 15 ألف مقاتل.", [(15000, None, "fighters", "more_than", "أكثر من 15 ألف")]),
    "more than, other words": ("قُتل ما يزيد على 100 مقاتل.", [(100, None, "fighters", "more_than", "ما يزيد على 100")]),
    "more than, verb": ("خسائر تزيد على 300 شخص.", [(300, None, "people", "more_than", "تزيد على 300")]),
    "at least": ("قُتل ما لا يقل عن 300 شخص.", [(300, None, "people", "at_least", "ما لا يقل عن 300")]),
    "tashkeel and tatweel": ("نفَّـــذَ نحوَ ٧٠٥٨ ضربةً.", [(7058, None, "strikes", "about", "نحوَ ٧٠٥٨")]),
    "year is not a count": ("بدأت الحملة عام 2014 في العراق.", []),
    "date is not a count": ("نُشر التقرير في 29 سبتمبر/أيلول 2015 مساءً.", []),
    "bare year is not a count": ("في 2015 تغيّر كل شيء.", []),
    "minus before a percentage": ("تراجعت الحصة -2% في الشهر.", [(-2, None, "percent", "exact", "-2%")]),
    "true minus sign": ("تراجعت الحصة −2% في الشهر.", [(-2, None, "percent", "exact", "−2%")]),
    "minus after arabic digits": ("تراجعت الحصة ٢-٪ في الشهر.", [(-2, None, "percent", "exact", "٢-٪")]),
    "minus after the percent sign": ("تراجعت الحصة ٢٪- في الشهر.", [(-2, None, "percent", "exact", "٢٪-")]),
    "signed count": ("تغيّر العدد −142 ضربة.", [(-142, None, "strikes", "exact", "−142")]),
    "plus sign": ("زاد العدد +510 ضربات.", [(510, None, "strikes", "exact", "+510")]),
    "isolated as this dashboard writes it": (
        "تراجعت الحصة \u2066-2%\u2069 في الشهر.",
        [(-2, None, "percent", "exact", "-2%")],
    ),
    "a span of years is not negative": ("بين عامي 2015-2016 تغيّر كل شيء.", []),
    "about a third": ("سيطر على نحو ثلث مساحة العراق.", [(1 / 3, None, "fraction", "about", "نحو ثلث")]),
    "more than half": ("دُمّر أكثر من نصف المباني.", [(1 / 2, None, "fraction", "more_than", "أكثر من نصف")]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_forms(case):
    sentence, expected = CASES[case]
    found = extract.find(sentence)
    got = [(f.value, f.value_max, f.unit, f.qualifier, f.phrase) for f in found]
    assert got == [(pytest.approx(v), h, u, q, p) for v, h, u, q, p in expected]
    for figure in found:
        assert sentence[figure.start : figure.end] == figure.phrase
        assert figure.sentence == sentence


def test_offsets_point_into_the_original_text():
    text = "مقدمة.\nنفَّـــذَ التحالف نحوَ ٧٠٥٨ ضربةً، منها 4564 في العراق."
    for figure in extract.find(text):
        assert text[figure.start : figure.end] == figure.phrase
        assert figure.sentence.startswith("نفَّـــذَ")


def test_every_quote_yields_its_value(dataset):
    """The data and its quotes can never drift apart."""
    for figure_id, row in dataset.figures.iterrows():
        found = extract.find(row["quote"])
        matches = [f for f in found if f.value == row["value"]]
        assert matches, f"{figure_id}: {row['value']} not found in its quote"
        if row["qualifier"] != "exact":
            assert any(f.qualifier == row["qualifier"] for f in matches), figure_id
        if row["qualifier"] == "range":
            assert matches[0].value_max == row["value_max"]


@pytest.mark.parametrize(
    "raw, code",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"hello world 123", "no_arabic"),
        (bytes(range(1, 32)) * 20 + "عربي".encode(), "binary"),
        (b"x" * (extract.MAX_BYTES + 1), "too_large"),
    ],
)
def test_bad_input(raw, code):
    with pytest.raises(extract.ExtractError) as error:
        extract.extract(raw)
    assert error.value.code == code


def test_windows_1256_and_byte_order_mark():
    sentence = "قُتل 300 شخص."
    assert [f.value for f in extract.extract(sentence.encode("cp1256"))] == [300]
    assert [f.value for f in extract.extract(b"\xef\xbb\xbf" + sentence.encode())] == [300]


def test_highlight_escapes_the_text():
    text = "<script>x</script> قتل 300 شخص"
    html = extract.highlight_html(text, extract.find(text))
    assert "<script>" not in html
    assert '<mark class="figure">300</mark>' in html


def test_rows_in_the_figures_file_format():
    rows = extract.as_figure_rows(extract.find("سقط ما بين 500 و1800 ضحية مدنية."))
    assert rows == [
        {
            "id": "",
            "value": 500,
            "value_max": 1800,
            "unit": "people",
            "qualifier": "range",
            "claimed_by": "",
            "source_id": "",
            "period_start": "",
            "period_end": "",
            "quote": "سقط ما بين 500 و1800 ضحية مدنية.",
        }
    ]


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "airwars", "extract", *args], input=stdin, capture_output=True)


def test_command_prints_json_lines():
    result = run(["-"], "قتل أكثر من 15 ألف مقاتل، ونفّذ 70% من الضربات.".encode())
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["value"], r["qualifier"], r["unit"]) for r in lines] == [
        (15000, "more_than", "fighters"),
        (70, "exact", "percent"),
    ]
    assert set(lines[0]) == {"value", "unit", "qualifier", "phrase", "start", "end", "sentence", "status"}
    assert lines[0]["status"] == "figure"


@pytest.mark.parametrize(
    "stdin, message",
    [
        (b"", "The text is empty"),
        (b"\x00\xff\x00", "This is not a text file"),
        (b"no arabic here", "The text has no Arabic letters"),
    ],
)
def test_command_rejects_bad_input(stdin, message):
    result = run(["-"], stdin)
    assert result.returncode == 1
    assert result.stderr.decode().startswith(message)
    assert b"Traceback" not in result.stderr


def test_command_on_a_missing_file(tmp_path):
    result = run([str(tmp_path / "nope.txt")])
    assert result.returncode == 1 and b"cannot read" in result.stderr


@pytest.mark.parametrize("number", ["1" * 400, "9" * 16, "1" + "0" * 309])
def test_numbers_beyond_a_count_are_left_out_and_counted(number):
    result = extract.scan(f"قتل 1200 شخص و{number} مدني.")
    assert [f.value for f in result.figures] == [1200]
    assert result.too_large == 1


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-16-le", "utf-32", "utf-32-be", "utf-32-le"])
def test_byte_order_marks(codec):
    sentence = "قُتل 300 شخص."
    mark = {
        "utf-16-be": b"\xfe\xff",
        "utf-16-le": b"\xff\xfe",
        "utf-32-be": b"\x00\x00\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
    }.get(codec, b"")
    assert [f.value for f in extract.extract(mark + sentence.encode(codec))] == [300]


@pytest.mark.parametrize(
    "sentence, value, value_max",
    [
        ("قتل 1200 شخص.", "1200", ""),
        ("سيطر على ثلث المساحة.", "0.33", ""),
        ("سيطر على ثلثي المساحة.", "0.67", ""),
        ("نزح 1.5 مليون شخص.", "1500000", ""),
        ("سقط ما بين 500 و1800 ضحية مدنية.", "500", "1800"),
        ("بلغت الحصة 64.7% منها.", "64.7", ""),
    ],
)
def test_both_csvs_write_whole_numbers_and_round_fractions(sentence, value, value_max):
    from airwars import tables
    from airwars.i18n import Locale

    found = extract.find(sentence)
    figures_file = tables.csv_bytes(pd.DataFrame(extract.as_figure_rows(found))).decode("utf-8-sig")
    assert figures_file.splitlines()[1].split(",")[1:3] == [value, value_max]
    for lang in ("ar", "en"):
        shown = tables.csv_bytes(extract.found_rows(found, Locale(lang))).decode("utf-8-sig")
        assert shown.splitlines()[1].split(",")[:2] == [value, value_max]


@pytest.mark.parametrize(
    "lang, headers, unit",
    [
        ("ar", ["القيمة", "درجة اليقين", "الوحدة", "العبارة", "الجملة", "الحالة"], "مدنيون"),
        ("en", ["Value", "Certainty", "Unit", "Phrase", "Sentence", "Status"], "civilians"),
    ],
)
def test_found_table_in_the_readers_language_with_the_sentence(lang, headers, unit):
    from airwars.i18n import Locale

    sentence = "قُتل حوالي 20 مدنيا في الغارة."
    table = extract.found_table(extract.find(sentence), Locale(lang))
    assert list(table.columns) == headers
    assert table.iloc[0].tolist()[2:5] == [unit, "حوالي 20", sentence]
    assert table.iloc[0].tolist()[5] == Locale(lang).t("finder.status_figure")


@pytest.mark.parametrize(
    "sentence, shown",
    [
        ("تراجعت الحصة −2% في الشهر.", "−2%"),
        ("بلغت الحصة 64.7% منها.", "64.7%"),
        ("قتل 1200 شخص.", "1200"),
        ("سيطر على نحو ثلث المساحة.", "نحو 1/3"),
        ("يعيش أكثر من ربع السكان هنا.", "أكثر من 1/4"),
        ("قتل عشرات المدنيين.", "—"),
        ("بلغ السعر 3.750 ريال.", "؟"),
        ("ما بين 20% و30% من الضربات.", "ما بين 20% و30%"),
        ("تغيّر العدد -142 ضربة.", "−142"),
    ],
)
def test_found_value_as_a_reader_writes_it(sentence, shown):
    from airwars.i18n import Locale
    from airwars.text import strip_isolates

    assert strip_isolates(extract.found_table(extract.find(sentence), Locale("ar")).iloc[0, 0]) == shown


def test_without_overrides():
    assert extract.without_overrides("قتل \u202e7058\u202c شخص \u2066-2%\u2069") == "قتل 7058 شخص \u2066-2%\u2069"


def test_preview_draws_at_most_the_shown_figures():
    text = "قتل " + " ".join(str(n) for n in range(1, 5000)) + "."
    found = extract.find(text)
    shown_text, marked = extract.preview(text, found)
    assert len(found) > extract.SHOWN and marked == found[: extract.SHOWN]
    assert len(shown_text) <= found[extract.SHOWN].start
    long_text = "قتل 300 شخص. " + "كلام بلا أرقام " * 10_000
    shown_text, marked = extract.preview(long_text, extract.find(long_text))
    assert len(shown_text) <= extract.TEXT_SHOWN and len(marked) == 1


def test_sentences_are_bounded_in_a_text_without_stops():
    text = "مقدمة.\nقتل " + " ".join(str(n) for n in range(1, 20_000))
    found = extract.find(text)
    assert len(found) > 19_000
    assert max(len(f.sentence) for f in found) <= extract.SENTENCE_MAX + 2
    middle = found[10_000]
    assert middle.phrase in middle.sentence and middle.sentence.startswith("…") and middle.sentence.endswith("…")


def test_number_words_leave_stdout_alone(monkeypatch):
    """redirect_stdout would swap sys.stdout for every thread of the server while pyarabic runs."""
    from pyarabic import number as arabic_number

    seen, original, real = [], sys.stdout, arabic_number.detect_numbers
    monkeypatch.setattr(
        arabic_number, "detect_numbers", lambda words: seen.append(sys.stdout is original) or real(words)
    )
    extract.lexicon._is_number_word.cache_clear()
    extract.lexicon._word_value.cache_clear()
    extract.lexicon._number_word.cache_clear()
    assert [f.value for f in extract.find("نُفّذت ستمئة غارة.")] == [600]
    assert seen and all(seen)


def test_one_name_one_thing():
    """text.normalize strips marks; extract's own normalizing is named for the pair it returns."""
    assert not hasattr(extract, "normalize")
    normal, origin = extract.normalized_with_origin("نحوَ ٧٠")
    assert normal == "نحو 70" and origin == [0, 1, 2, 4, 5, 6, 7]


def strict_json(line: str) -> dict:
    """json.loads that refuses Infinity and NaN, which are not JSON."""
    return json.loads(line, parse_constant=lambda name: pytest.fail(f"not JSON: {name}"))


def test_command_prints_valid_json_for_a_huge_number():
    result = run(["-"], f"قتل 1200 شخص و{'1' * 400} مدني.".encode())
    assert result.returncode == 0, result.stderr
    assert [strict_json(line)["value"] for line in result.stdout.decode().splitlines()] == [1200]
    assert b"left out: 1" in result.stderr and b"Traceback" not in result.stderr


def test_command_reads_utf16():
    result = run(["-"], "قُتل 300 شخص.".encode("utf-16"))
    assert result.returncode == 0, result.stderr
    assert [strict_json(line)["value"] for line in result.stdout.decode().splitlines()] == [300]


def test_command_into_a_closed_pipe():
    text = ("قتل " + " ".join(str(n) for n in range(1, 20_000))).encode()
    process = subprocess.Popen(
        [sys.executable, "-m", "airwars", "extract", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdin.write(text)
    process.stdin.close()
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    stderr = process.stderr.read()
    process.wait()
    assert b"Traceback" not in stderr


def test_one_invalid_byte_keeps_utf8_and_is_named():
    raw = "قال المرصد إن أكثر من 15 ألف مقاتل قتلوا".encode() + b" \xff " + "في المعارك.".encode()
    decoded, offset = extract.read_bytes(raw), raw.index(b"\xff")
    assert decoded.codec == "utf-8" and decoded.bad_bytes == (offset,)
    [figure] = extract.figures_only(extract.find(decoded.text))
    assert (figure.value, figure.qualifier, figure.unit) == (15000, "more_than", "fighters")
    result = run(["-"], raw)
    assert result.returncode == 0, result.stderr
    assert f"at: {offset}".encode() in result.stderr
    assert [strict_json(line)["value"] for line in result.stdout.decode().splitlines()] == [15000]


@pytest.mark.parametrize(
    "raw, codec",
    [
        ("قُتل 300 شخص في الغارة.".encode("cp1256"), "cp1256"),
        ("قتل 300 شخص في الغارة.".encode("iso8859_6"), "iso8859_6"),
    ],
)
def test_a_single_byte_codec_only_when_the_text_can_only_be_one(raw, codec):
    assert extract.decode(raw) == raw.decode(codec)
    assert [f.value for f in extract.extract(raw)] == [300]


def test_a_text_both_codecs_read_is_refused():
    raw = bytes([0xC7, 0xC8, 0x20, 0xC7, 0xC8])  # «اب اب» in both Windows-1256 and ISO-8859-6
    with pytest.raises(extract.ExtractError) as error:
        extract.decode(raw)
    assert error.value.code == "encoding"


def test_records_carry_their_status():
    records = [f.record() for f in extract.find("قتل عشرات المدنيين، وبلغ سعر الصرف 3.750 ريال، وقتل 5 جنود.")]
    assert [(r["status"], r["value"]) for r in records] == [("vague", None), ("unread", None), ("figure", 5)]
    assert records[1]["reason"] == "separator" and "reason" not in records[2]


def test_page_marks_and_rows_point_to_each_other():
    import re

    from airwars.i18n import Locale
    from ui import finder

    text = "قتل عشرات المدنيين، وبلغ سعر الصرف 3.750 ريال، وقتل أكثر من 5 جنود <b>x</b>."
    found = extract.find(text)
    marked = str(finder._template().text(extract.text_pieces(text, found), "row"))
    table = finder.table_html(found, Locale("ar"))
    marks = re.findall(r'<mark class="figure figure-(\w+)" id="finder-fig-(\d+)"><a href="#finder-row-(\d+)"', marked)
    rows = re.findall(r'<tr id="finder-row-(\d+)" class="finder-(\w+)">.*?<a href="#finder-fig-(\d+)"', table)
    assert [(s, i) for s, i, j in marks if i == j] == [("vague", "0"), ("unread", "1"), ("figure", "2")]
    assert [(i, s) for i, s, j in rows if i == j] == [("0", "vague"), ("1", "unread"), ("2", "figure")]
    assert "<b>" not in marked and "&lt;b&gt;x&lt;/b&gt;" in marked
    assert "كمية غير محددة" in table and "فاصل ملتبس" in table
    assert re.sub(r"<[^>]+>", "", marked).replace("&lt;", "<").replace("&gt;", ">") == text


def test_figures_file_rows_leave_out_what_has_no_value():
    rows = extract.as_figure_rows(extract.find("قتل عشرات المدنيين، وقتل 5 جنود."))
    assert [(r["value"], r["unit"]) for r in rows] == [(5, "people")]


def test_page_names_the_bad_bytes_and_still_reads_the_figure():
    from airwars.text import strip_isolates
    from tests.test_pages import finder_rows, open_page

    raw = "قال المرصد إن أكثر من 15 ألف مقاتل قتلوا".encode() + b" \xff " + "في المعارك.".encode()
    app = open_page("pages/finder.py")
    app.get("file_uploader")[0].upload("article.txt", raw, "text/plain").run()
    assert not app.exception
    offset = raw.index(b"\xff")
    expected = f"قُرئ النص بترميز UTF-8، وفيه بايتات غير صالحة (1) تظهر بالرمز �، في المواضع: {offset}."
    assert [strip_isolates(w.value) for w in app.warning] == [expected]
    assert strip_isolates(finder_rows(app)[0][0]) == "أكثر من 15٬000"  # the Arabic thousands sign from five digits


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_unread_reason_is_said_in_words(lang):
    """Each reason the written cases leave a figure blank for has its own sentence in the reader's language."""
    from airwars.i18n import Locale
    from bench.finder_cases import CASES

    found = [f for sentence, _ in CASES.values() for f in extract.find(sentence) if f.status == extract.UNREAD]
    reasons = {f.reason for f in found}
    assert {"separator", "range", "broken", "scale", "arabic_comma", "odd_separator", "malformed"} <= reasons
    assert {"decimal_count", "glued", "dash", "swapped", "definite_after", "bracketed"} <= reasons
    loc = Locale(lang)
    said = {reason: extract.status_label(next(f for f in found if f.reason == reason), loc) for reason in reasons}
    status = loc.t("finder.status_unread")
    assert all(label.startswith(status + ": ") and len(label) > len(status) + 20 for label in said.values()), said
    assert len(set(said.values())) == len(said)
