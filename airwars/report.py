"""One self-contained HTML file: headline numbers, the charts, the tables, sources and method."""

from __future__ import annotations

import base64
import gzip
import json
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from airwars import citation, data, drawing, layout, markup, slides, story, styles, tables
from airwars.i18n import Locale

PACKAGE = Path(__file__).resolve().parent
# plotly.js "basic" (bar, scatter, pie) at the version plotly.py 7.1 ships: a quarter of the full bundle.
# The pages' charts draw with the same file (ui/chart.js), which Streamlit serves from static/.
PLOTLY_JS = PACKAGE.parent / "static" / "vendor" / "plotly-basic.min.js"
FONTS_DIR = PACKAGE.parent / "static" / "fonts"
FONT_FACES = (("arabic", 400), ("arabic", 700), ("latin", 400), ("latin", 700))
UNICODE_RANGES = {
    "arabic": "U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, "
    "U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC",
    "latin": "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, "
    "U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
}
# Nothing may load from anywhere: scripts and styles are inline, the font is a data: URL.
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; font-src data:; img-src data: blob:"
# The report's own layout; the pieces it shares with the pages, and the print rules, come from airwars/styles/.
STYLE = """
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 3rem; font-family: "Noto Sans Arabic", sans-serif;
       color: #222; line-height: 1.6; overflow-wrap: break-word; }
h1 { font-size: 2.2rem; line-height: 1.3; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; line-height: 1.35; }
.byline, .source { color: #595959; font-size: .9rem; margin: .2rem 0; }
.aw-contents ol { padding-inline-start: 1.2rem; }
figure.chart-block { margin: 1rem 0; }
/* The chart drawn at export (inline SVG) is the first view, and the view on paper; plotly.js takes its place on screen
   once it has drawn (the figure then has class "drawn"). */
/* plotly laid the drawing out left to right: under dir=rtl, SVG text anchors would flip. */
.aw-chart-static { max-width: 760px; margin: 0 auto; direction: ltr; }
.aw-chart-svg { display: block; width: 100%; height: auto; }
.aw-chart-missing { border: 1px dashed #999; padding: .75rem 1rem; color: #444; }
.drawn .aw-chart-static, .drawn .aw-chart-missing { display: none; }
.chart { width: 100%; }
/* plotly.js measures and draws text left to right: its measuring element must not inherit rtl. */
.chart, #js-plotly-tester { direction: ltr; }
a { color: #0060a0; }
a:focus-visible, .aw-scroll:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
@media (max-width: 600px) { body { padding: 1rem .75rem 2rem; } h1 { font-size: 1.6rem; } }
/* The first view waits for the layout of the whole document unless told otherwise: on screen, the tables, notes and
   source lines are laid out when they come near the window (they stay in the document, for search and screen readers).
   Never the charts, which are the first view; never on paper. */
@media screen {
  .aw-scroll, .aw-notes, ul.notes, .aw-sources, .aw-cite { content-visibility: auto; contain-intrinsic-size: auto 10rem; }
}
/* On paper the chart drawn at export stands, scaled to the page; the live one (sized for the screen) does not print. */
@media print {
  .chart-block:has(.aw-chart-static) .chart { display: none !important; }
  .drawn .aw-chart-static { display: block !important; }
}
"""


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    """The plotly.js bundle, made safe to inline in a script element."""
    return PLOTLY_JS.read_text(encoding="utf-8").replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def _font_css() -> str:
    """The bundled font as @font-face rules with data: URLs."""
    rules = []
    for subset, weight in FONT_FACES:
        encoded = base64.b64encode((FONTS_DIR / f"noto-sans-arabic-{subset}-{weight}-normal.woff2").read_bytes())
        rules.append(
            f'@font-face {{ font-family: "Noto Sans Arabic"; font-weight: {weight}; font-display: block; '
            f'src: url(data:font/woff2;base64,{encoded.decode()}) format("woff2"); '
            f"unicode-range: {UNICODE_RANGES[subset]}; }}"
        )
    return "\n".join(rules)


@lru_cache(maxsize=1)
def _plotly_packed() -> str:
    """The plotly.js bundle gzipped, as base64: the report carries it so (0.5 MB of ASCII, not 1.2 MB of text to decode
    and parse before the first view) and unpacks it with the browser's DecompressionStream once that view is painted."""
    return base64.b64encode(gzip.compress(PLOTLY_JS.read_bytes(), compresslevel=9, mtime=0)).decode("ascii")


def plotly_js() -> str:
    """The plotly.js bundle the report inlines, safe inside a script element."""
    return _plotly_js()


def font_css() -> str:
    """The bundled font as @font-face rules with data: URLs."""
    return _font_css()


def _figure(content: dict, loc: Locale) -> go.Figure:
    """A chart block's figure, as the pages draw it when reading."""
    return content["chart"].build(content["data"], loc, "", 1)


def _chart_script(content: dict, loc: Locale, fig: go.Figure | None = None) -> dict:
    """The arguments of the Plotly.newPlot call that draws one chart."""
    chart = content["chart"]
    spec = json.loads((fig or _figure(content, loc)).to_json())
    return {
        "element": f"chart-{chart.name}",
        "data": spec["data"],
        "layout": spec["layout"],
        "config": slides.plotly_config(chart.name),
    }


def _for_template(content: dict) -> dict:
    """A block's content with its tables as header and rows."""
    return {key: markup.rows(value) if key == "table" else value for key, value in content.items() if key != "data"}


def render(ds: data.Dataset, built: dict[str, pd.DataFrame], loc: Locale, static: bool = True) -> str:
    """The whole report as one HTML document: every page of the dashboard but the finder, in order, as the pages show it."""
    facts = story.facts(ds, built, loc)
    pages: list[dict] = []
    scripts: list[dict] = []
    charts: list[tuple[dict, go.Figure]] = []
    for page in layout.PAGES:
        if not page.report:
            continue
        contents = [
            story.block_content(block, ds, built, loc, False, facts) for block in page.blocks if block.shows(False)
        ]
        for content in contents:
            if content["kind"] == "chart":
                fig = _figure(content, loc)
                scripts.append(_chart_script(content, loc, fig))
                charts.append((content, fig))
        pages.append(
            {
                "key": page.key,
                "title": loc.t(f"title.{page.key}"),
                "intro": story.fill(loc, f"intro.{page.key}", facts),
                "blocks": [_for_template(content) for content in contents],
                "notes": [story.fill(loc, f"method.{key}", facts) for key in page.notes],
            }
        )
    # The first view, and paper: every chart drawn at export, or a sentence saying why not (its table stays under it).
    drawn = drawing.draw_once([fig for _, fig in charts], [c["description"] for c, _ in charts]) if static else None
    svg = dict(zip((c["name"] for c, _ in charts), drawn or ()))
    for shown in pages:
        for block in shown["blocks"]:
            if block["kind"] == "chart":
                block["svg"] = svg.get(block["name"])
    return markup.report(
        lang=loc.lang,
        dir="rtl" if loc.rtl else "ltr",
        csp=CSP,
        title=loc.t("app.title"),
        byline=f"{loc.t('app.period')} · {loc.t('app.byline')}",
        contents_label=loc.t("report.contents"),
        method_heading=loc.t("common.method_heading"),
        generated=loc.t("report.generated"),
        pages=pages,
        charts=scripts,
        cite_heading=loc.t("cite.heading"),
        citation=citation.line(
            loc,
            ds,
            "",
            list(ds.sources.index),
            date.today(),
            citation.page_address(layout.PAGES[0].key, loc.lang, loc.digits),
        ),
        licences=citation.licence_lines(loc),
        dates=citation.dates_lines(ds, loc),
        no_static=loc.t("report.no_static_chart"),
        data_date=citation.dates_lines(ds, loc)[0],
        font_css=_font_css(),
        style=STYLE + styles.SHARED_CSS,
        plotly_packed=_plotly_packed(),
    )


def from_data_dir(data_dir: Path | str, lang: str = "ar", digits: str = "western") -> str:
    """Load the data and render the report; raises DataError when the data is bad."""
    ds = data.load(data_dir)
    return render(ds, tables.build_tables(ds), Locale(lang, digits))


def export(
    path: Path | str, data_dir: Path | str = data.DEFAULT_DATA_DIR, lang: str = "ar", digits: str = "western"
) -> Path:
    """Write the report to path."""
    target = Path(path)
    target.write_text(from_data_dir(data_dir, lang, digits), encoding="utf-8")
    return target
