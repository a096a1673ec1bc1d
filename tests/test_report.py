"""airwars.report and `python -m airwars export`: one self-contained, well-formed HTML file."""

from __future__ import annotations

import base64
import gzip
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from airwars import layout, report
from airwars.i18n import Locale
from airwars.layout import CHARTS

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "wbr", "source"}


class TagBalance(HTMLParser):
    """Fails on a closing tag that does not match the open one."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


@pytest.fixture(scope="module", params=[("ar", "western"), ("en", "western"), ("ar", "arabic")])
def html(request, dataset, built) -> str:
    lang, digits = request.param
    return report.render(dataset, built, Locale(lang, digits))


def test_well_formed(html):
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    assert parser.errors == [] and parser.stack == []


def test_every_chart_and_table(html):
    for name in CHARTS:
        assert f'id="chart-{name}"' in html
        assert f'["chart-{name}", ' in html  # the arguments of its Plotly.newPlot call
    # one under every chart, and one for every table, figures and sources block a reader sees
    tabled = [
        b
        for p in layout.PAGES
        for b in p.blocks
        if b.kind in ("chart", "table", "figures", "sources") and b.shows(False)
    ]
    assert html.replace(report._plotly_packed(), "").count("<table") == len(tabled)


def test_self_contained(html):
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "data:font/woff2;base64," in html
    # plotly.js rides gzipped as base64 text, unpacked in the page: the same bytes as the vendored file.
    packed = re.search(r'<script type="application/gzip;base64" id="plotly-bundle">([A-Za-z0-9+/=]+)</script>', html)
    assert packed and gzip.decompress(base64.b64decode(packed[1])) == report.PLOTLY_JS.read_bytes()
    assert b"plotly.js (basic - minified) v4.1.1" in report.PLOTLY_JS.read_bytes()
    ours = html.replace(packed[1], "")
    # Inline SVG refers only to its own clip paths and patterns: url(#id).
    assert not re.search(r"""<script[^>]+src=|<link[^>]+href=|url\((?!["']?(data:|#))""", ours)


def test_direction(dataset, built):
    assert '<html lang="ar" dir="rtl">' in report.render(dataset, built, Locale("ar"))
    assert '<html lang="en" dir="ltr">' in report.render(dataset, built, Locale("en"))


def test_size_budget(html):
    assert len(html.encode("utf-8")) < 8_000_000


def test_data_text_is_escaped(dataset, built):
    """A quote with markup in the data file reaches the report as text."""
    hostile = dataset.figures.copy()
    hostile.loc["civilian_deaths", "quote"] = "<img src=x onerror=alert(1)></script>"
    from airwars.data import Dataset

    html = report.render(Dataset(hostile, dataset.sources, dataset.monthly), built, Locale("ar"))
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;" in html


def test_export_command(tmp_path):
    target = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, "-m", "airwars", "export", str(target), "--lang", "en", "--digits", "arabic"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    content = target.read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in content and "٧٬٠٥٨" in content


def test_export_command_on_bad_data(tmp_path, data_copy):
    (data_copy / "sources.csv").write_bytes(b"\xff\xfe")
    result = subprocess.run(
        [sys.executable, "-m", "airwars", "export", str(tmp_path / "r.html"), "--data-dir", str(data_copy)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("sources.csv: ")
    assert not (tmp_path / "r.html").exists()


def test_every_chart_drawn_for_the_first_view(html):
    """Each chart is drawn at export as inline SVG (the view without scripts, and on paper), ahead of its live place."""
    ours = html.replace(report._plotly_packed(), "")
    assert ours.count('class="aw-chart-svg"') == len(CHARTS)
    for name in CHARTS:
        live = ours.index(f'id="chart-{name}"')
        assert ours.rfind('class="aw-chart-svg"', 0, live) > ours.rfind("<figure", 0, live)
    assert "<script" not in re.sub(r"<script>|<script type=\"text/x-plotly\"", "", ours.split("</footer>")[0])


def test_without_chromium_each_chart_says_so_and_keeps_its_table(dataset, built, monkeypatch):
    from airwars import drawing

    monkeypatch.setattr(drawing, "chromium", lambda: None)
    drawing._DRAWN_BEFORE.clear()
    loc = Locale("en")
    html = report.render(dataset, built, loc)
    assert html.count('class="aw-chart-missing"') == len(CHARTS) and 'class="aw-chart-svg"' not in html
    assert html.count(loc.t("report.no_static_chart").split(",")[0]) == len(CHARTS)
    tabled = [
        b
        for p in layout.PAGES
        for b in p.blocks
        if b.kind in ("chart", "table", "figures", "sources") and b.shows(False)
    ]
    assert html.replace(report._plotly_packed(), "").count("<table") == len(tabled)
    drawing._DRAWN_BEFORE.clear()


HOSTILE_SVG = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50"
 onload="alert(1)"><script>alert(2)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
<a xlink:href="javascript:alert(3)"><text>link</text></a><image xlink:href="http://example.org/x.png"/>
<rect width="10" height="10" style="fill: url(http://example.org/p.svg#a)" onclick="alert(4)"/>
<rect width="10" height="10" style="fill: url('#hatch')" clip-path="url(#clip1)"/>
<text x="1" y="2">&lt;img src=x onerror=alert(5)&gt; &amp; «نص»</text></svg>"""


def test_drawn_svg_is_rebuilt_from_an_allow_list():
    from airwars import drawing

    clean = drawing.sanitize(HOSTILE_SVG, 'a "label" <b>')
    for bad in (
        "onload",
        "onclick",
        "<script",
        "alert(2)",
        "foreignObject",
        "javascript:",
        "<image",
        "example.org",
        "<a ",
    ):
        assert bad not in clean, bad
    assert "&lt;img src=x onerror=alert(5)&gt; &amp; «نص»" in clean and "<img" not in clean
    assert "url('#hatch')" in clean and 'clip-path="url(#clip1)"' in clean
    assert 'aria-label="a &quot;label&quot; &lt;b&gt;"' in clean and 'viewBox="0 0 100 50"' in clean
    with pytest.raises(ValueError):
        drawing.sanitize("<html><body>not svg</body></html>")


PLOTLY_LEFTOVERS_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><defs><g class="clips">
<clipPath id="used"><rect width="90" height="40"/></clipPath><clipPath id="unused"><rect width="5" height="5"/></clipPath>
</g><g class="gradients"/></defs><g class="bglayer"/><g class="layer-below"><g class="imagelayer"/><g class="shapelayer"/></g>
<path class="xlines-below"/><path class="ylines-above" d="M0,0" style="fill: none;"/>
<g class="points"><path d="M1,1H9V9Z" clip-path="url(#used)" style="fill: rgb(0, 114, 178);"/></g>
<rect class="legendtoggle" width="30" height="10" style="fill: rgb(0, 0, 0); fill-opacity: 0;"/>
<rect class="scrollbar" width="0" height="0" style="fill: rgb(128, 139, 164);"/>
<rect class="bg" width="20" height="9" style="stroke: rgb(0, 0, 0); stroke-opacity: 0; fill: rgb(0, 0, 0); fill-opacity: 0;"/>
<rect class="bg" width="20" height="9" style="stroke-opacity: 0; fill: rgb(255, 255, 255); fill-opacity: 1;"/>
<rect class="frame" width="20" height="9" style="fill: none; stroke: rgb(34, 34, 34);"/>
<g class="g-xtitle"/><text class="empty"/><text x="1" y="2"><tspan class="line">«نص»</tspan></text></svg>"""


def test_drawn_svg_keeps_only_what_draws():
    """What plotly leaves for interaction and for layers a figure does not use is dropped; every mark and text stays."""
    from airwars import drawing

    clean = drawing.sanitize(PLOTLY_LEFTOVERS_SVG)
    gone = ("bglayer", "gradients", "imagelayer", "g-xtitle", 'id="unused"', "xlines", "ylines", "toggle", "scrollbar")
    assert not [name for name in gone if name in clean]
    assert 'id="used"' in clean and 'clip-path="url(#used)"' in clean and 'd="M1,1H9V9Z"' in clean
    assert clean.count('class="bg"') == 1 and "fill-opacity: 1" in clean and 'class="frame"' in clean
    assert "«نص»</tspan></text>" in clean and 'class="empty"' not in clean and 'class="points"' in clean


def test_data_text_drawn_into_a_chart_stays_text():
    """A label that reaches plotly as escaped text comes back from Chromium as text, not markup."""
    import html as html_module

    import plotly.graph_objects as go

    from airwars import drawing

    if not drawing.available():
        pytest.skip("no Chromium here: the report says so in words instead (test above)")
    fig = go.Figure(
        go.Bar(x=[html_module.escape("<img src=x onerror=alert(1)>")], y=[1]),
        layout={"title": {"text": html_module.escape("<script>alert(2)</script>")}, "height": 300},
    )
    (svg,) = drawing.draw([fig], ["hostile"])
    assert "<img" not in svg and "<script" not in svg
    assert "&lt;img src=x onerror=alert(1)&gt;" in svg and "&lt;script&gt;alert(2)&lt;/script&gt;" in svg


@pytest.mark.parametrize("lang, iraq", [("ar", "ما بين 4027 و4093"), ("en", "between 4,027 and 4,093")])
def test_the_report_reads_a_range_count_whole(dataset, built, lang, iraq):
    """The report's monthly counts table gives the 31 August 2015 range, not «ما بين 4060 و» with nothing after it."""
    from airwars.text import strip_isolates

    text = strip_isolates(report.render(dataset, built, Locale(lang)))
    assert iraq in text
    assert not re.search(r"(ما بين \d+ و|between [\d,]+ and )<", text)
