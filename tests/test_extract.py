"""airwars.extract and `python -m airwars extract`: every form of number an Arabic report uses."""

from __future__ import annotations

import json
import subprocess
import sys

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
    "scale before a unit": ("شنّ 40 ألف غارة في عامين.", [(40000, None, "strikes", "exact", "40 ألف")]),
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
    "isolated as this dashboard writes it": ("تراجعت الحصة \u2066-2%\u2069 في الشهر.", [(-2, None, "percent", "exact", "-2%")]),
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
        assert sentence[figure.start:figure.end] == figure.phrase
        assert figure.sentence == sentence


def test_offsets_point_into_the_original_text():
    text = "مقدمة.\nنفَّـــذَ التحالف نحوَ ٧٠٥٨ ضربةً، منها 4564 في العراق."
    for figure in extract.find(text):
        assert text[figure.start:figure.end] == figure.phrase
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
    [(b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02binary", "binary"), (b"hello world 123", "no_arabic"),
     (bytes(range(1, 32)) * 20 + "عربي".encode(), "binary"), (b"x" * (extract.MAX_BYTES + 1), "too_large")],
)  # fmt: skip
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
    assert rows == [{"id": "", "value": 500, "value_max": 1800, "unit": "people", "qualifier": "range", "claimed_by": "",
                     "source_id": "", "period_start": "", "period_end": "",
                     "quote": "سقط ما بين 500 و1800 ضحية مدنية."}]  # fmt: skip


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "airwars", "extract", *args], input=stdin, capture_output=True)


def test_command_prints_json_lines():
    result = run(["-"], "قتل أكثر من 15 ألف مقاتل، ونفّذ 70% من الضربات.".encode())
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["value"], r["qualifier"], r["unit"]) for r in lines] == [(15000, "more_than", "fighters"), (70, "exact", "percent")]
    assert set(lines[0]) == {"value", "unit", "qualifier", "phrase", "start", "end", "sentence"}


@pytest.mark.parametrize("stdin, message", [(b"", "The text is empty"), (b"\x00\xff\x00", "This is not a text file"),
                                            (b"no arabic here", "The text has no Arabic letters")])  # fmt: skip
def test_command_rejects_bad_input(stdin, message):
    result = run(["-"], stdin)
    assert result.returncode == 1
    assert result.stderr.decode().startswith(message)
    assert b"Traceback" not in result.stderr


def test_command_on_a_missing_file(tmp_path):
    result = run([str(tmp_path / "nope.txt")])
    assert result.returncode == 1 and b"cannot read" in result.stderr
