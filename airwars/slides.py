"""Slide images: a chart laid out for a 1600×900 slide, plotly.js's camera button, and the renderer that draws them."""

from __future__ import annotations

import atexit
import contextlib
import html
import os
import shutil
import threading
import warnings

import plotly.graph_objects as go

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
IMAGE_FORMATS = ("png", "svg")
NO_PROXY = "http://127.0.0.1:9"  # the discard port: nothing answers, so nothing leaves the machine
RENDER_TIMEOUT = 20  # seconds before a stuck render gives up (kaleido's default is 90)


def image_options(name: str, fmt: str = "png") -> dict:
    """Plotly's camera button where it has no slide figure (the report): the screen layout drawn at 800×450 and doubled,
    so a 20 px title lands at 40 px. On the pages, ui/chart.js saves the slide figure instead, at its own 1600×900."""
    return {
        "format": fmt if fmt in IMAGE_FORMATS else "png", "filename": f"airwars-{name.replace('_', '-')}",
        "width": SLIDE_WIDTH // 2, "height": SLIDE_HEIGHT // 2, "scale": 2,
    }  # fmt: skip


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


def _slide_title(fig: go.Figure, loc: Locale) -> str:
    """The chart's title re-wrapped for the slide's width inside its margins (the screen wraps it for its own width)."""
    bare = strip_isolates(fig.layout.title.text or "").removeprefix("<b>").removesuffix("</b>").replace("<br>", " ")
    width = characters_per_line(SLIDE_WIDTH - 2 * SLIDE_MARGIN, SLIDE_TITLE_SIZE, bold=True)
    return "<b>" + "<br>".join(loc.para(line) for line in wrap(bare, width).split("<br>")) + "</b>"


def slide_figure(fig: go.Figure, loc: Locale, source_lines: list[str], note: str = "") -> go.Figure:
    """A copy of a chart laid out for a 1600×900 slide: large title and text inside the margins, the legend in one row
    under the tick labels, the sources and the note drawn inside the image beneath it, and no blank band between."""
    slide = go.Figure(fig)
    slide.layout.meta = None  # the screen's wrapping hints (ui/chart.js): a slide is wrapped here, for its own width
    side, anchor = (1, "right") if loc.rtl else (0, "left")
    text_width = characters_per_line(SLIDE_WIDTH - 2 * SLIDE_MARGIN, SLIDE_SOURCE_SIZE)
    # Our own lines keep their number isolates; escaping keeps a "<" in a title from becoming plotly markup.
    footer = [loc.para(part) for line in [*source_lines, note] if line
              for part in wrap(html.escape(one_line(line), quote=False), text_width).split("<br>")]  # fmt: skip
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
    slide.update_layout(
        width=SLIDE_WIDTH, height=SLIDE_HEIGHT, title_text=_slide_title(fig, loc), title_font_size=SLIDE_TITLE_SIZE,
        # The title at the image's top, inside the side margins (the screen's title runs to the container's edges).
        title=dict(pad=dict(l=SLIDE_MARGIN, r=SLIDE_MARGIN, t=0, b=0), y=1 - 40 / SLIDE_HEIGHT, yref="container",
                   yanchor="top", automargin=False),
        font_size=SLIDE_FONT_SIZE, margin=dict(l=SLIDE_MARGIN, r=SLIDE_MARGIN, t=top, b=bottom),
        # One row read in the reader's direction: plotly lays a row out left to right, so Arabic takes it reversed.
        legend=dict(orientation="h", yref="container", y=(footer_height + 8) / SLIDE_HEIGHT, yanchor="bottom", x=side,
                    xanchor=anchor, font_size=SLIDE_FONT_SIZE, traceorder="reversed" if loc.rtl else "normal"),
    )  # fmt: skip
    # Room for the slide-sized tick labels and axis titles (a date at the axis end, the value axis title).
    slide.update_xaxes(automargin=True, tickfont_size=SLIDE_FONT_SIZE)
    slide.update_yaxes(automargin=True, tickfont_size=SLIDE_FONT_SIZE, title_font_size=SLIDE_AXIS_TITLE_SIZE)
    slide.update_traces(textfont_size=SLIDE_FONT_SIZE, selector=lambda t: hasattr(t, "textfont"))
    if footer:
        # Anchored to the image's own bottom edge (a fixed gap below the plot would hang off a short image).
        slide.add_annotation(
            text="<br>".join(footer), showarrow=False, xref="paper", yref="paper", x=side, xanchor=anchor,
            y=0, yshift=-(bottom - 8), yanchor="bottom", align=anchor,
            font=dict(size=SLIDE_SOURCE_SIZE, color="#555555"),
        )  # fmt: skip
    return slide


_RENDER_LOCK = threading.Lock()
_server_started = False


def _chromium() -> str | None:
    """The Chromium kaleido drives: $BROWSER_PATH, $CHROMIUM, else the system one."""
    for candidate in (os.environ.get("BROWSER_PATH"), os.environ.get("CHROMIUM")):
        if candidate and os.path.exists(candidate):
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def images_available() -> bool:
    """Whether slide images can be drawn here: kaleido installed and a Chromium to drive."""
    try:
        import kaleido  # noqa: F401  (optional: the dashboard runs without it)
    except ImportError:
        return False
    return _chromium() is not None


def _start_renderer() -> None:
    """One headless Chromium for the process, started on the first image and stopped at exit."""
    global _server_started
    if _server_started:
        return
    import kaleido

    # Local and private: plotly.js comes from the plotly package; mathjax=False, else kaleido loads it from a CDN;
    # a proxy that goes nowhere keeps Chromium's own background requests off the network.
    kaleido.start_sync_server(path=_chromium(), mathjax=False, proxy_server=NO_PROXY, timeout=RENDER_TIMEOUT,
                              silence_warnings=True)  # fmt: skip
    atexit.register(_stop_renderer)
    _server_started = True


def _stop_renderer() -> None:
    """Close the renderer's Chromium at exit; a failure then is no reader's concern."""
    import kaleido

    with contextlib.suppress(Exception):
        kaleido.stop_sync_server(silence_warnings=True)


def chart_image(fig: go.Figure, fmt: str = "png") -> bytes | None:
    """A slide figure as PNG or SVG bytes at 1600×900; None when no renderer is available here."""
    if fmt not in IMAGE_FORMATS or not images_available():
        return None
    with _RENDER_LOCK:
        try:
            _start_renderer()
            with warnings.catch_warnings():
                # plotly warns on every image that a running server ignores its launch options: noise for a reader.
                warnings.simplefilter("ignore", UserWarning)
                return fig.to_image(format=fmt, width=SLIDE_WIDTH, height=SLIDE_HEIGHT, scale=1)
        # kaleido and its browser fail in many ways (no display, crashed tab): the reader gets no image, not a traceback.
        except Exception:  # noqa: BLE001
            return None
