"""airwars.slides: slide images and plotly.js's camera button."""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageFont

from airwars import drawing, report, slides, story
from airwars.i18n import LANGUAGES, Locale
from airwars.layout import CHARTS
from airwars.text import strip_isolates
from tests.test_pages import chart_data, charts_drawn, open_page

# --- images --------------------------------------------------------------------------------------------------------


def _chart(built, dataset, name: str, loc: Locale):
    spec = CHARTS[name]
    return spec.build(built[spec.table], loc, "\n".join(story.chart_sources(dataset, spec, loc, short=True)), 1)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(CHARTS))
def test_camera_button_title_is_slide_sized(built, dataset, lang, name):
    options = slides.image_options(name, "png")
    fig = _chart(built, dataset, name, Locale(lang))
    height = options["height"] * options["scale"]
    assert (options["width"] * options["scale"], height) == (1600, 900)
    assert fig.layout.title.font.size * options["scale"] >= height / 25
    assert fig.layout.font.size * options["scale"] >= 24


@pytest.mark.parametrize("fmt, expected", [("png", "png"), ("svg", "svg"), ("gif", "png")])
def test_image_options_format(fmt, expected):
    assert slides.image_options("us_share", fmt)["format"] == expected


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(CHARTS))
def test_slide_figure_has_slide_text_and_its_sources_inside(built, dataset, lang, name):
    loc = Locale(lang)
    sources = story.chart_sources(dataset, CHARTS[name], loc, short=True)
    slide = slides.slide_figure(_chart(built, dataset, name, loc), loc, sources, note="<b>note</b>")
    assert (slide.layout.width, slide.layout.height) == (1600, 900)
    assert slide.layout.title.font.size >= slide.layout.height / 25
    footers = [a for a in slide.layout.annotations if a.yref == "paper" and a.y == 0 and a.yshift < 0]
    assert len(footers) == 1  # the screen's own source line is replaced, not doubled
    footer = footers[0]
    assert footer.yanchor == "bottom" and -footer.yshift < slide.layout.margin.b  # drawn within the bottom margin
    # A long line is wrapped to the slide's width: read the footer as one text, without its breaks and isolates.
    unwrapped = strip_isolates(footer.text.replace("<br>", " "))
    for line in sources:
        assert strip_isolates(loc.para(line)) in unwrapped
    assert "&lt;b&gt;note&lt;/b&gt;" in footer.text  # text from outside is text, not plotly markup


def _png_size(payload: bytes) -> tuple[int, int]:
    assert payload[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", payload[16:24])


def test_chart_image_is_none_without_a_renderer(built, dataset, monkeypatch):
    monkeypatch.setattr(drawing, "chromium", lambda: None)
    assert slides.chart_image(_chart(built, dataset, "us_share", Locale("ar")), "png") is None


@pytest.mark.skipif(not slides.images_available(), reason="Chromium missing: slide images are optional")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_chart_image_png_and_svg_at_slide_size(built, dataset, lang):
    loc = Locale(lang)
    sources = story.chart_sources(dataset, CHARTS["strike_distribution"], loc, short=True)
    slide = slides.slide_figure(_chart(built, dataset, "strike_distribution", loc), loc, sources)
    assert _png_size(slides.chart_image(slide, "png")) == (1600, 900)
    svg = slides.chart_image(slide, "svg").decode("utf-8")
    assert 'width="1600" height="900"' in svg
    title_size = int(re.search(r'class="gtitle"[^>]*font-size: (\d+)px', svg).group(1))
    assert title_size >= 900 / 25
    # Every text on the slide at 1/50 of its height or more (ticks, legend, labels, sources, notes).
    sizes = [float(size) for size in re.findall(r"font-size: ?([\d.]+)px", svg)]
    assert sizes and min(sizes) >= 900 / 50, sorted(set(sizes))[:3]
    # The title inside the side margins: anchored at the margin on the reading side.
    title_x = float(re.search(r'<text class="gtitle"[^>]* x="([\d.]+)"', svg).group(1))
    assert slides.SLIDE_MARGIN - 1 <= title_x <= 1600 - slides.SLIDE_MARGIN + 1
    # The source line's box ends inside the image.
    boxes = re.findall(
        r'translate\([\d.]+,([\d.]+)\)"><rect class="bg" [^>]*height="([\d.]+)"[^>]*/><text[^>]*>(.*?)</text>', svg
    )
    footer = [(top, height) for top, height, text in boxes if strip_isolates(sources[0]) in strip_isolates(text)]
    assert len(footer) == 1 and float(footer[0][0]) + float(footer[0][1]) <= 900


FONTS = Path(__file__).parent.parent / "static" / "fonts"


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The bounding box of what is drawn darker than light grey inside box, in the image's coordinates."""
    crop = image.convert("L").crop(box).point(lambda v: 255 if v < 160 else 0)
    found = crop.getbbox()
    return None if found is None else (found[0] + box[0], found[1] + box[1], found[2] + box[0], found[3] + box[1])


@pytest.mark.skipif(not slides.images_available(), reason="Chromium missing: slide images are optional")
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["strike_distribution", "timeline"])
def test_slide_image_is_drawn_in_the_projects_font_inside_its_margins(built, dataset, lang, name):
    """The title on the PNG is as wide as Noto Sans Arabic (static/fonts) draws it, shaped (raqm), not a fallback's
    width; it sits inside the margins and below the top edge; the SVG carries the font, so it shows the same anywhere;
    and no blank band: no run of white rows a tenth of the image high, nothing empty under the last line."""
    loc = Locale(lang)
    sources = story.chart_sources(dataset, CHARTS[name], loc, short=True)
    slide = slides.slide_figure(_chart(built, dataset, name, loc), loc, sources, note=loc.t(CHARTS[name].note))
    image = Image.open(io.BytesIO(slides.chart_image(slide, "png"))).convert("RGB")
    assert image.size == (1600, 900)
    svg = slides.chart_image(slide, "svg").decode("utf-8")
    assert "@font-face" in svg and "data:font/woff2;base64," in svg
    first_line = strip_isolates(slide.layout.title.text).removeprefix("<b>").removesuffix("</b>").split("<br>")[0]
    subset = "arabic" if loc.rtl else "latin"
    font = ImageFont.truetype(str(FONTS / f"noto-sans-arabic-{subset}-700-normal.woff2"), slides.SLIDE_TITLE_SIZE)
    expected = font.getlength(first_line, direction="rtl" if loc.rtl else "ltr")
    ink = _ink(image, (0, 0, 1600, slides.TITLE_TOP + round(slides.SLIDE_TITLE_SIZE * 1.2)))
    assert ink is not None
    left, top, right, _ = ink
    assert abs((right - left) - expected) <= 0.03 * expected, (right - left, expected)
    # No early wrap: the next line's first word, measured in the same font, would not have fitted after the first line's
    # ink (the Arabic timeline's title broke after «وأرقام» with room for «المقال»).
    lines = strip_isolates(slide.layout.title.text).removeprefix("<b>").removesuffix("</b>").split("<br>")
    room = 1600 - 2 * slides.SLIDE_MARGIN
    if len(lines) > 1:
        following = slides.text_width(" " + lines[1].split()[0], slides.SLIDE_TITLE_SIZE, bold=True)
        assert (right - left) + following > room, (lines, right - left, following)
    assert top >= slides.TITLE_TOP / 2, "the title's first line below the image's top edge"
    assert left >= slides.SLIDE_MARGIN - 2 and right <= 1600 - slides.SLIDE_MARGIN + 2, "the title inside the margins"
    whole = _ink(image, (0, 0, 1600, 900))
    assert whole is not None and 900 - whole[3] <= 40, "nothing empty under the sources"
    gray = image.convert("L")
    runs, run = [], 0
    for y in range(900):
        run = run + 1 if gray.crop((0, y, 1600, y + 1)).getextrema()[0] > 245 else 0
        runs.append(run)
    assert max(runs[ink[3] : whole[3]] or [0]) < 90, "no blank band between the title and the sources"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(CHARTS))
def test_slide_legend_sits_above_the_sources_and_the_title_uses_the_width(built, dataset, lang, name):
    loc = Locale(lang)
    sources = story.chart_sources(dataset, CHARTS[name], loc)
    slide = slides.slide_figure(_chart(built, dataset, name, loc), loc, sources, note="note")
    footer = next(a for a in slide.layout.annotations if a.yref == "paper" and a.y == 0 and a.yshift < 0)
    footer_lines = footer.text.count("<br>") + 1
    assert footer_lines >= len(sources) + 1
    assert slide.layout.legend.orientation == "h" and slide.layout.legend.yref == "container"
    assert slide.layout.legend.y * slide.layout.height >= footer_lines * slides.SLIDE_SOURCE_SIZE * 1.3
    assert slide.layout.legend.traceorder == ("reversed" if loc.rtl else "normal")
    lines = strip_isolates(slide.layout.title.text).removeprefix("<b>").removesuffix("</b>").split("<br>")
    # The title wraps at the width inside the slide's margins, measured in the slide's font, not at a count of characters.
    room, size = slides.SLIDE_WIDTH - 2 * slides.SLIDE_MARGIN, slides.SLIDE_TITLE_SIZE
    assert all(slides.text_width(line, size, bold=True) <= room for line in lines) and len(lines) <= 2
    for line, following in zip(lines, lines[1:]):
        assert slides.text_width(f"{line} {following.split()[0]}", size, bold=True) > room, lines
    assert (slide.layout.title.pad.l, slide.layout.title.pad.r) == (slides.SLIDE_MARGIN, slides.SLIDE_MARGIN)


@pytest.mark.parametrize("present", [False, True])
def test_plotly_config_sends_nothing_away(present):
    """plotly.js 4's "Share chart..." button posts the figure to cloud.plotly.com: gone, with nowhere to post."""
    config = slides.plotly_config("strike_distribution", present)
    assert "sendChartToCloud" in config["modeBarButtonsToRemove"]
    assert config["plotlyServerURL"] == ""
    assert config["displaylogo"] is False
    assert config["displayModeBar"] is not present


def test_pages_and_report_give_plotly_the_same_config(built, dataset):
    page_config = chart_data(charts_drawn(open_page("pages/strikes.py"))[0])["config"]
    content = {"chart": CHARTS["strike_distribution"], "data": built[CHARTS["strike_distribution"].table]}
    assert (
        page_config
        == report._chart_script(content, Locale("ar"))["config"]
        == slides.plotly_config("strike_distribution")
    )
