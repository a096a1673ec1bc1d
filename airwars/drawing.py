"""Charts drawn once, at export, as inline SVG: the report's first view without JavaScript, and the deck's charts.

The local Chromium draws each figure with the same plotly.js and the same embedded font the report uses
(`chromium --headless --dump-dom` on a page built here), so the labels are measured with the glyphs they are shown
with (slides.chart_image draws the slide images the same way).
Nothing is fetched: the page is a file with everything inline, under a CSP that allows no request.

The SVG comes back as text from a browser: it is parsed and rebuilt from an allow-list of elements and attributes,
so whatever text the data put in a label stays text (no element, no script, no event handler, no outside reference).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import plotly.graph_objects as go

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
WIDTH = 760  # px: the report's printed column is about 680 px (A4, Letter), its screen column up to 1036 px
RENDER_TIMEOUT = 60  # seconds for Chromium to draw every chart of one export
# What every renderer does to a drawn figure (closing the blank bands the layout's estimates leave), in one file read by
# the dashboard's chart element (ui/view.py) and by the page below: the same figure, the same result.
FIGURE_JS = (Path(__file__).resolve().parent / "figure.js").read_text(encoding="utf-8")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
    "--mute-audio",
    "--proxy-server=http://127.0.0.1:9",
)
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; font-src data:; img-src data:"
# What plotly.js draws: shapes, text, clip paths, hatch patterns. No <a>, <image>, <foreignObject>, <script>, <use>.
ELEMENTS = {
    "svg",
    "g",
    "defs",
    "clipPath",
    "rect",
    "path",
    "text",
    "tspan",
    "line",
    "polyline",
    "polygon",
    "circle",
    "ellipse",
    "pattern",
    "linearGradient",
    "radialGradient",
    "stop",
    "title",
    "style",
}
ATTRIBUTES = {
    "class",
    "id",
    "x",
    "y",
    "x1",
    "x2",
    "y1",
    "y2",
    "dx",
    "dy",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "width",
    "height",
    "d",
    "points",
    "transform",
    "style",
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "opacity",
    "clip-path",
    "text-anchor",
    "dominant-baseline",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "viewBox",
    "preserveAspectRatio",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "offset",
    "stop-color",
    "stop-opacity",
    "gradientUnits",
    "gradientTransform",
    "data-unformatted",
    "data-math",
    "data-notex",
    "pointer-events",
    "vector-effect",
    "shape-rendering",
    "xml:space",
    "direction",
}
# url() may only point inside the same SVG (a clip path, a hatch pattern): url(#id), url('#id'), url("#id").
_OUTSIDE_URL = re.compile(r"url\(\s*(?![\"']?#)", re.IGNORECASE)
_UNSAFE_STYLE = re.compile(r"expression\s*\(|javascript:|@import|</", re.IGNORECASE)

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


def chromium() -> str | None:
    """The local Chromium that draws charts and slides: $BROWSER_PATH, $CHROMIUM, else the system one."""
    for candidate in (os.environ.get("BROWSER_PATH"), os.environ.get("CHROMIUM")):
        if candidate and os.path.exists(candidate):
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def dump_dom(page: str, prefix: str, timeout: int) -> str | None:
    """The DOM the local Chromium leaves once page (an HTML document) has run, scripts and fonts settled (a virtual
    time budget, not a wait); None when Chromium is missing, fails or takes longer than timeout seconds."""
    path = chromium()
    if path is None:
        return None
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        document = Path(folder) / "page.html"
        document.write_text(page, encoding="utf-8")
        command = [
            path,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={folder}/profile",
            "--virtual-time-budget=30000",
            "--dump-dom",
            document.as_uri(),
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
                env={**os.environ, "HOME": folder},
            )
        except (OSError, subprocess.SubprocessError):
            return None
    return done.stdout


def available() -> bool:
    """Whether charts can be drawn here at export."""
    return chromium() is not None


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _safe_value(name: str, value: str) -> bool:
    """Whether an attribute's value stays inside the drawing: no outside address, no script."""
    if _UNSAFE_STYLE.search(value):
        return False
    return not (name in ("style", "fill", "stroke", "clip-path") and _OUTSIDE_URL.search(value))


def _clean(element: ET.Element) -> None:
    """Drop, in place, every child element and attribute not on the allow-lists (and everything under them)."""
    for child in list(element):
        if _local_name(child.tag) not in ELEMENTS or not str(child.tag).startswith(f"{{{SVG_NS}}}"):
            element.remove(child)
        else:
            _clean(child)
    if (
        _local_name(element.tag) == "style"
        and element.text
        and (_OUTSIDE_URL.search(element.text) or _UNSAFE_STYLE.search(element.text))
    ):
        element.text = ""
    for name in list(element.attrib):
        local = _local_name(name) if name.startswith(f"{{{SVG_NS}}}") or "}" not in name else name
        if name == "{http://www.w3.org/XML/1998/namespace}space":
            continue
        if local not in ATTRIBUTES or local.lower().startswith("on") or not _safe_value(local, element.attrib[name]):
            del element.attrib[name]


_REFERENCE = re.compile(r"url\(\s*[\"']?#([^\"')\s]+)")
_NOTHING = re.compile(r"^\s*(M\s*0\s*,\s*0\s*)?$")  # a path that only moves: draws nothing


def _declarations(element: ET.Element) -> dict[str, str]:
    """The element's paint properties, from its attributes and its style attribute (the latter wins, as in CSS)."""
    paints = ("fill", "fill-opacity", "stroke", "stroke-opacity")
    found = {name: element.attrib[name] for name in paints if name in element.attrib}
    for part in element.get("style", "").split(";"):
        name, _, value = part.partition(":")
        found[name.strip()] = value.strip()
    return found


def _draws_nothing(element: ET.Element) -> bool:
    """Whether a shape plotly left for interaction only is invisible: a path that only moves, a box of no size, or a box
    with no fill and no stroke (the legend's click targets, an annotation's transparent background)."""
    name = _local_name(element.tag)
    if name == "path":
        return bool(_NOTHING.match(element.get("d", "")))
    if name != "rect":
        return False
    if element.get("width") in ("0", "0px") or element.get("height") in ("0", "0px"):
        return True
    paint = _declarations(element)
    unfilled = paint.get("fill") == "none" or paint.get("fill-opacity") == "0"
    unstroked = paint.get("stroke", "none") == "none" or paint.get("stroke-opacity") == "0"
    return "fill" in paint and unfilled and unstroked


def _values(root: ET.Element) -> list[str]:
    """Every attribute value in the drawing."""
    return [value for element in root.iter() for value in element.attrib.values()]


def _prune(element: ET.Element, referenced: set[str]) -> None:
    """Drop, in place, what draws nothing: invisible shapes, empty groups, clip paths and patterns nothing uses (plotly
    keeps them for interaction and for layers a figure does not use; the first view lays each one out)."""
    for child in list(element):
        _prune(child, referenced)
        name = _local_name(child.tag)
        empty = len(child) == 0 and not (child.text or "").strip()
        unused = name in ("clipPath", "pattern") and child.get("id") not in referenced
        if _draws_nothing(child) or unused or (empty and name in ("g", "defs", "clipPath", "pattern", "text", "tspan")):
            element.remove(child)


def sanitize(svg: str, label: str = "") -> str:
    """An SVG document rebuilt as safe inline markup: allow-listed elements and attributes, text escaped on the way out.

    label becomes the drawing's accessible name (role="img" with aria-label). Raises ValueError on what is not SVG.
    """
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as error:
        raise ValueError(f"not an SVG document: {error}") from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise ValueError("not an SVG document")
    _clean(root)
    _prune(root, {match for value in _values(root) for match in _REFERENCE.findall(value)})
    width, height = root.get("width", ""), root.get("height", "")
    if "viewBox" not in root.attrib and width.isdigit() and height.isdigit():
        root.set("viewBox", f"0 0 {width} {height}")
    # The box scales with its column: width and height come from the viewBox, the page sets the width.
    for name in ("width", "height", "style"):
        root.attrib.pop(name, None)
    root.set("class", "aw-chart-svg")
    root.set("role", "img")
    root.set("aria-label", label)
    root.set("preserveAspectRatio", "xMidYMin meet")
    return ET.tostring(root, encoding="unicode", short_empty_elements=True)


_RENDER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<style>{font_css}</style><script>{plotly_js}</script><script>{figure_js}</script></head><body>
<script type="application/json" id="figures">{figures}</script>
<script>
const figures = JSON.parse(document.getElementById('figures').textContent);
// The font first, so plotly measures the labels with the glyphs they will be shown with.
document.fonts.load('16px "Noto Sans Arabic"', 'ابت abc').then(() => document.fonts.ready).then(async () => {{
  for (const [i, f] of figures.entries()) {{
    // Drawn on the page, its blank bands closed as the dashboard closes them (tighten, figure.js), then taken as SVG.
    const box = document.body.appendChild(document.createElement('div'));
    const figure = {{data: f.data, layout: {{...f.layout, width: f.width, height: f.height}}}};
    await Plotly.newPlot(box, figure.data, figure.layout);
    await tighten(box, figure, Plotly);
    const url = await Plotly.toImage(box, {{format: 'svg', width: f.width, height: figure.layout.height}});
    Plotly.purge(box);
    box.remove();
    const out = document.createElement('textarea');
    out.id = 'svg-' + i;
    out.value = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    out.textContent = out.value;
    document.body.appendChild(out);
  }}
  document.body.dataset.drawn = String(figures.length);
}}).catch(error => {{ document.body.dataset.failed = String(error); }});
</script></body></html>"""
_DRAWN = re.compile(r'<textarea id="svg-(\d+)">(.*?)</textarea>', re.DOTALL)


def _page(figures: Sequence[go.Figure], width: int) -> str:
    """The page Chromium draws the figures on: plotly.js and the font inline, the figures as JSON."""
    from airwars import report

    specs = []
    for fig in figures:
        spec = json.loads(fig.to_json())
        layout = spec["layout"]
        specs.append(
            {
                "data": spec["data"],
                "layout": layout,
                "width": layout.get("width") or width,
                "height": layout.get("height") or 480,
            }
        )
    return _RENDER_PAGE.format(
        csp=CSP,
        font_css=report.font_css(),
        plotly_js=report.plotly_js(),
        figures=json.dumps(specs, ensure_ascii=False).replace("<", "\\u003c"),
        figure_js=FIGURE_JS,
    )


def draw(figures: Sequence[go.Figure], labels: Sequence[str], width: int = WIDTH) -> list[str] | None:
    """Each figure as sanitized inline SVG, in one run of the local Chromium; None when it cannot be drawn here."""
    if not figures:
        return None if chromium() is None else []
    dom = dump_dom(_page(figures, width), "airwars-draw-", RENDER_TIMEOUT)
    if dom is None:
        return None
    drawn = {int(i): html.unescape(text) for i, text in _DRAWN.findall(dom)}
    if sorted(drawn) != list(range(len(figures))):
        return None
    try:
        return [sanitize(drawn[i], label) for i, label in enumerate(labels)]
    except ValueError:
        return None


_DRAWN_BEFORE: dict[tuple, tuple[str, ...]] = {}  # what this process has drawn: figures, labels and width -> SVG


def draw_once(figures: Sequence[go.Figure], labels: Sequence[str], width: int = WIDTH) -> list[str] | None:
    """Like draw(), but each set of figures drawn once per process (a report or deck made twice, a test suite); a failure
    is not remembered, so the next export tries again."""
    key = (tuple(fig.to_json() for fig in figures), tuple(labels), width)
    if key not in _DRAWN_BEFORE:
        drawn = draw(figures, labels, width)
        if drawn is None:
            return None
        if len(_DRAWN_BEFORE) >= 16:
            _DRAWN_BEFORE.clear()
        _DRAWN_BEFORE[key] = tuple(drawn)
    return list(_DRAWN_BEFORE[key])
