"""airwars.report and `python -m airwars export`: one self-contained, well-formed HTML file."""

from __future__ import annotations

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
        assert f'Plotly.newPlot("chart-{name}"' in html
    # one under every chart, and one for every table, figures and sources block a reader sees
    tabled = [b for p in layout.PAGES for b in p.blocks if b.kind in ("chart", "table", "figures", "sources") and b.shows(False)]
    assert html.replace(report._plotly_js(), "").count("<table") == len(tabled)


def test_self_contained(html):
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "data:font/woff2;base64," in html
    assert "plotly.js (basic - minified) v4.1.1" in html
    ours = html.replace(report._plotly_js(), "")  # plotly.js itself only refers to in-page SVG ids
    assert not re.search(r"""<script[^>]+src=|<link[^>]+href=|url\((?!["']?data:)""", ours)


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
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    content = target.read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in content and "٧٬٠٥٨" in content


def test_export_command_on_bad_data(tmp_path, data_copy):
    (data_copy / "sources.csv").write_bytes(b"\xff\xfe")
    result = subprocess.run(
        [sys.executable, "-m", "airwars", "export", str(tmp_path / "r.html"), "--data-dir", str(data_copy)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("sources.csv: ")
    assert not (tmp_path / "r.html").exists()
