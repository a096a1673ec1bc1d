"""Slide images: a chart laid out for a 1600×900 slide, plotly.js's camera button, and the renderer that draws them."""

from __future__ import annotations

import base64
import html
import json
import re
from functools import lru_cache
from pathlib import Path

import plotly.graph_objects as go
from PIL import ImageFont

from airwars import drawing
from airwars.charts import characters_per_line, tick_depth, wrap
from airwars.citation import one_line
from airwars.i18n import Locale
from airwars.text import strip_isolates

SLIDE_WIDTH, SLIDE_HEIGHT = 1600, 900
SLIDE_MARGIN = 120  # px either side: the title, the plot and the sources keep inside it
SLIDE_TITLE_SIZE = 44  # px at 900 px high: above the 1/25 of the height (36 px) readable from the back of a room
SLIDE_FONT_SIZE = 24  # ticks, legend, labels on the bars
SLIDE_AXIS_TITLE_SIZE = 22
SLIDE_SOURCE_SIZE = 20  # the smallest text on a slide: above 1/50 of its height (18 px)
SLIDE_TEXT_SCALE = 1.6  # explicit font sizes in a chart (notes, labels) grow by this much on a slide
SLIDE_MIN_SIZE = SLIDE_HEIGHT / 50
TITLE_TOP = 40  # px from the image's top edge to the title's
IMAGE_FORMATS = ("png", "svg")
RENDER_TIMEOUT = 30  # seconds before a stuck render gives up: the reader gets no image, not a wait without end
FONTS_DIR = Path(__file__).resolve().parent.parent / "static" / "fonts"
# A run of Arabic (letters, marks, Arabic-Indic digits, presentation forms): the font's Arabic face draws it; everything
# else, spaces and Western digits included, its Latin face (the pages' @font-face unicode ranges split them so too).
ARABIC_RUN = re.compile(r"([\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]+)")


def image_options(name: str, fmt: str = "png") -> dict:
    """Plotly's camera button where it has no slide figure (the report): the screen layout drawn at 800×450 and doubled,
    so a 20 px title lands at 40 px. On the pages, ui/chart.js saves the slide figure instead, at its own 1600×900."""
    return {
        "format": fmt if fmt in IMAGE_FORMATS else "png",
        "filename": f"airwars-{name.replace('_', '-')}",
        "width": SLIDE_WIDTH // 2,
        "height": SLIDE_HEIGHT // 2,
        "scale": 2,
    }


def plotly_config(name: str, present: bool = False) -> dict:
    """plotly.js's options for a chart, on the pages and in the report: the camera button at slide size, a readable
    file name, no Plotly logo, and nothing that leaves the machine.

    plotly.js 4 adds a "Share chart..." button that sends the figure to cloud.plotly.com: it is removed, and the address
    it would use is emptied, so even a stray call has nowhere to send. On the pages, ui/chart.js swaps the camera button
    for one that saves the slide figure (slide_figure: sources inside), the same image as the downloads menu's.
    """
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "sendChartToCloud"],
        "plotlyServerURL": "",
        "responsive": True,
        "displayModeBar": not present,
        "toImageButtonOptions": image_options(name, "png"),
    }


def _is_footer(annotation: go.layout.Annotation) -> bool:
    """The source line under the plot: on paper, at its foot, pushed down."""
    return annotation.yref == "paper" and (annotation.y or 0) <= 0 and (annotation.yshift or 0) < 0


def _scaled(size: float | None) -> float | None:
    return None if size is None else round(size * SLIDE_TEXT_SCALE)


@lru_cache(maxsize=8)
def _face(subset: str, weight: int, size: int) -> ImageFont.FreeTypeFont:
    """One face of the bundled Noto Sans Arabic (static/fonts), as the slide's page loads it."""
    return ImageFont.truetype(str(FONTS_DIR / f"noto-sans-arabic-{subset}-{weight}-normal.woff2"), size)


def text_width(text: str, size: int, bold: bool = False) -> float:
    """How wide text is drawn, in px, in the bundled font: each Arabic run shaped right to left (raqm) in the Arabic
    face, the rest in the Latin face."""
    weight = 700 if bold else 400
    return sum(
        _face("arabic", weight, size).getlength(run, direction="rtl")
        if ARABIC_RUN.fullmatch(run)
        else _face("latin", weight, size).getlength(run)
        for run in ARABIC_RUN.split(text)
        if run
    )


def wrap_to_width(text: str, width: float, size: int, bold: bool = False) -> list[str]:
    """Lines of at most width px in the bundled font, words kept whole, greedy (as ui/chart.js wraps at a drawn width)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _slide_title(fig: go.Figure, loc: Locale) -> str:
    """The chart's title re-wrapped for the slide's width inside its margins (the screen wraps it for its own width),
    measured in the font the slide is drawn in: a count of characters at a guessed width each broke the Arabic title
    after «وأرقام» with room for «المقال» on the line."""
    bare = strip_isolates(fig.layout.title.text or "").removeprefix("<b>").removesuffix("</b>").replace("<br>", " ")
    lines = wrap_to_width(bare, SLIDE_WIDTH - 2 * SLIDE_MARGIN, SLIDE_TITLE_SIZE, bold=True)
    return "<b>" + "<br>".join(loc.para(line) for line in lines) + "</b>"


def slide_figure(fig: go.Figure, loc: Locale, source_lines: list[str], note: str = "") -> go.Figure:
    """A copy of a chart laid out for a 1600×900 slide: large title and text inside the margins, the legend in one row
    under the tick labels, the sources and the note drawn inside the image beneath it, and no blank band between."""
    slide = go.Figure(fig)
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    slide.layout.meta = None  # the screen's wrapping hints (ui/chart.js): a slide is wrapped here, for its own width
    if meta.get("ticks") and slide.layout.xaxis.ticktext:
        # Category labels wrapped at the width each category has on the slide, not the phone's.
        slot = (SLIDE_WIDTH - 2 * SLIDE_MARGIN) / len(meta["ticks"]) * 0.8
        slide.update_xaxes(
            ticktext=[
                "<br>".join(
                    loc.para(line) for line in wrap(text, characters_per_line(slot, SLIDE_FONT_SIZE)).split("<br>")
                )
                for text in meta["ticks"]
            ]
        )
    side, anchor = (1, "right") if loc.rtl else (0, "left")
    text_width = characters_per_line(SLIDE_WIDTH - 2 * SLIDE_MARGIN, SLIDE_SOURCE_SIZE)
    # Our own lines keep their number isolates; escaping keeps a "<" in a title from becoming plotly markup.
    footer = [
        loc.para(part)
        for line in [*source_lines, note]
        if line
        for part in wrap(html.escape(one_line(line), quote=False), text_width).split("<br>")
    ]
    kept = [a for a in slide.layout.annotations if not _is_footer(a)]
    for annotation in kept:
        annotation.font.size = max(_scaled(annotation.font.size) or SLIDE_FONT_SIZE, SLIDE_SOURCE_SIZE)
    slide.layout.annotations = kept
    footer_height = round(len(footer) * SLIDE_SOURCE_SIZE * 1.35) + 12 if footer else 0
    legend_height = round(SLIDE_FONT_SIZE * 1.9)
    # Under the plot: the tick labels at slide size, the legend, the sources; each as deep as it is, no more.
    ticks = tick_depth(slide, SLIDE_FONT_SIZE)
    bottom = ticks + legend_height + footer_height + 16
    title_lines = _slide_title(fig, loc).count("<br>") + 1
    top = round(title_lines * SLIDE_TITLE_SIZE * 1.3) + 56
    # A title of two lines or more: plotly.js puts its first line's baseline at y (a one-line title's top, dy=0.7em, is
    # dropped), which would cut the first line at the image's top edge; that baseline goes down by the line's ascent.
    title_y = TITLE_TOP + (round(SLIDE_TITLE_SIZE * 0.75) if title_lines > 1 else 0)
    slide.update_layout(
        width=SLIDE_WIDTH,
        height=SLIDE_HEIGHT,
        title_text=_slide_title(fig, loc),
        title_font_size=SLIDE_TITLE_SIZE,
        # The title at the image's top, inside the side margins (the screen's title runs to the container's edges).
        title=dict(
            pad=dict(l=SLIDE_MARGIN, r=SLIDE_MARGIN, t=0, b=0),
            y=1 - title_y / SLIDE_HEIGHT,
            yref="container",
            yanchor="top",
            automargin=False,
        ),
        font_size=SLIDE_FONT_SIZE,
        margin=dict(l=SLIDE_MARGIN, r=SLIDE_MARGIN, t=top, b=bottom),
        # One row read in the reader's direction: plotly lays a row out left to right, so Arabic takes it reversed.
        legend=dict(
            orientation="h",
            yref="container",
            y=(footer_height + 8) / SLIDE_HEIGHT,
            yanchor="bottom",
            x=side,
            xanchor=anchor,
            font_size=SLIDE_FONT_SIZE,
            traceorder="reversed" if loc.rtl else "normal",
        ),
    )
    # Room for the slide-sized tick labels and axis titles (a date at the axis end, the value axis title).
    slide.update_xaxes(automargin=True, tickfont_size=SLIDE_FONT_SIZE)
    slide.update_yaxes(automargin=True, tickfont_size=SLIDE_FONT_SIZE, title_font_size=SLIDE_AXIS_TITLE_SIZE)
    slide.update_traces(textfont_size=SLIDE_FONT_SIZE, selector=lambda t: hasattr(t, "textfont"))
    if footer:
        # Anchored to the image's own bottom edge (a fixed gap below the plot would hang off a short image).
        slide.add_annotation(
            text="<br>".join(footer),
            showarrow=False,
            xref="paper",
            yref="paper",
            x=side,
            xanchor=anchor,
            y=0,
            yshift=-(bottom - 8),
            yanchor="bottom",
            align=anchor,
            font=dict(size=SLIDE_SOURCE_SIZE, color="#555555"),
        )
    return slide


def images_available() -> bool:
    """Whether slide images can be drawn here: a local Chromium to draw them."""
    return drawing.chromium() is not None


# The slide drawn by the local Chromium on a page that holds plotly.js and the project's own font (Noto Sans Arabic,
# static/fonts), so the text is measured and shaped with the glyphs it is shown with, as on the pages. The SVG carries
# the font (data: URLs in its own <style>), so it shows the same wherever it is opened; the PNG is that SVG painted on a
# canvas. kaleido drew both with whatever font the system had: none with Arabic here, so a fallback's shapes.
_SLIDE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<style>{font_css}</style><script>{plotly_js}</script></head><body>
<script type="application/json" id="figure">{figure}</script>
<script type="application/json" id="font">{font}</script>
<script>
const figure = JSON.parse(document.getElementById('figure').textContent);
const fontCss = JSON.parse(document.getElementById('font').textContent);
const put = (id, text) => {{
  const out = document.createElement('textarea');
  out.id = id;
  out.textContent = text;
  document.body.appendChild(out);
}};
const faces = ['16px "Noto Sans Arabic"', 'bold 16px "Noto Sans Arabic"'].map(f => document.fonts.load(f, 'ابت abc'));
Promise.all(faces).then(() => document.fonts.ready).then(async () => {{
  const url = await Plotly.toImage(figure, {{format: 'svg', width: {width}, height: {height}}});
  const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1))
    .replace(/<defs[^>]*>/, (defs) => `${{defs}}<style>${{fontCss}}</style>`);
  put('svg', svg);
  const image = new Image();
  image.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svg)));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = {width};
  canvas.height = {height};
  canvas.getContext('2d').drawImage(image, 0, 0);
  put('png', canvas.toDataURL('image/png'));
}}).catch(error => {{ document.body.dataset.failed = String(error); }});
</script></body></html>"""
_DRAWN = re.compile(r'<textarea id="(svg|png)">(.*?)</textarea>', re.DOTALL)


def _slide_page(figure_json: str) -> str:
    """The page the slide is drawn on: plotly.js and the font inline, the figure as JSON, nothing fetched."""
    from airwars import report

    return _SLIDE_PAGE.format(
        csp=drawing.CSP,
        font_css=report.font_css(),
        plotly_js=report.plotly_js(),
        figure=figure_json.replace("<", "\\u003c"),
        font=json.dumps(report.font_css()).replace("<", "\\u003c"),
        width=SLIDE_WIDTH,
        height=SLIDE_HEIGHT,
    )


@lru_cache(maxsize=8)
def _render(figure_json: str) -> dict[str, bytes]:
    """A slide figure drawn once as SVG and PNG by the local Chromium; empty when it cannot be drawn here."""
    dom = drawing.dump_dom(_slide_page(figure_json), "airwars-slide-", RENDER_TIMEOUT)
    if dom is None:
        return {}
    drawn = {kind: html.unescape(text) for kind, text in _DRAWN.findall(dom)}
    if set(drawn) != {"svg", "png"} or not drawn["png"].startswith("data:image/png;base64,"):
        return {}
    return {"svg": drawn["svg"].encode("utf-8"), "png": base64.b64decode(drawn["png"].split(",", 1)[1])}


def chart_image(fig: go.Figure, fmt: str = "png") -> bytes | None:
    """A slide figure as PNG or SVG bytes at 1600×900, in the project's own font; None when it cannot be drawn here."""
    if fmt not in IMAGE_FORMATS or not images_available():
        return None
    return _render(fig.to_json()).get(fmt)
