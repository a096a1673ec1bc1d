"""One self-contained HTML file: headline numbers, the charts, the tables, sources and method."""

from __future__ import annotations

import base64
import json
from functools import lru_cache
from html import escape
from pathlib import Path

import pandas as pd

from airwars import charts, data, story, tables
from airwars.i18n import Locale

PACKAGE = Path(__file__).resolve().parent
# plotly.js "basic" (bar, scatter, pie) at the version plotly.py 7.1 ships: a quarter of the full bundle.
PLOTLY_JS = PACKAGE / "vendor" / "plotly-basic.min.js"
FONTS_DIR = PACKAGE.parent / "static" / "fonts"
FONT_FACES = (("arabic", 400), ("arabic", 700), ("latin", 400), ("latin", 700))
UNICODE_RANGES = {
    "arabic": "U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, "
    "U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC",
    "latin": "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, "
    "U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
}
# Nothing may load from anywhere: scripts and styles are inline, the font is a data: URL.
PAGE_OF_CHART = {"strike_distribution": "strikes", "us_share": "us_share", "casualties": "casualties", "timeline": "context"}
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; font-src data:; img-src data: blob:"
STYLE = """
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 3rem; font-family: "Noto Sans Arabic", sans-serif;
       color: #222; line-height: 1.6; }
h1 { font-size: 2.2rem; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; } .byline, .source { color: #555; font-size: .9rem; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }
.card { border: 1px solid #ddd; border-radius: .5rem; padding: .75rem 1rem; }
.card .label { font-size: .9rem; } .card .value { font-size: 1.8rem; font-weight: 700; } .card .caption { color: #555; font-size: .85rem; }
.chart { min-height: 450px; }
/* plotly.js measures and draws text left to right: its measuring element must not inherit rtl. */
.chart, #js-plotly-tester { direction: ltr; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .9rem; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: start; vertical-align: top; }
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


def _script_json(value: object) -> str:
    """JSON that cannot close the script element it sits in."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _table(frame: pd.DataFrame) -> str:
    """A table as HTML, every cell escaped."""
    return frame.to_html(index=False, escape=True, border=0)


def _cards(cards: list[story.Card]) -> str:
    return "".join(
        f'<div class="card"><div class="label">{escape(c.label)}</div><div class="value">{escape(c.value)}</div>'
        f'<div class="caption">{escape(c.caption)}</div></div>'
        for c in cards
    )


def _chart_section(name: str, ds: data.Dataset, built: dict[str, pd.DataFrame], loc: Locale) -> tuple[str, str]:
    """A chart's section and the script that draws it."""
    table_name = charts.CHART_TABLES[name]
    source = "<br>".join(story.chart_sources(ds, name, loc, short=True))
    fig = charts.build(name, built[table_name], loc, source)
    description = charts.describe(name, built[table_name], loc)
    sources = "".join(f'<p class="source">{escape(line)}</p>' for line in story.chart_sources(ds, name, loc))
    section = (
        f'<section id="{name}"><h2>{escape(loc.t(f"title.{PAGE_OF_CHART[name]}"))}</h2>'
        f'<div class="chart" id="chart-{name}" role="img" aria-label="{escape(description)}"></div>'
        f"{sources}<p>{escape(description)}</p>{_table(story.display_table(table_name, built[table_name], loc))}</section>"
    )
    config = {"displaylogo": False, "responsive": True,
              "toImageButtonOptions": {"format": "png", "filename": f"airwars-{name}", "scale": 2}}  # fmt: skip
    spec = json.loads(fig.to_json())
    script = (
        f"Plotly.newPlot({_script_json(f'chart-{name}')}, {_script_json(spec['data'])}, "
        f"{_script_json(spec['layout'])}, {_script_json(config)});"
    )
    return section, script


def render(ds: data.Dataset, built: dict[str, pd.DataFrame], loc: Locale) -> str:
    """The whole report as one HTML document."""
    facts = story.facts(ds, built, loc)
    sections = [_chart_section(name, ds, built, loc) for name in charts.CHART_NAMES]
    notes = "".join(f"<li>{escape(loc.t(f'method.{key}', **facts))}</li>" for key in
                    ("period", "us_share", "syria", "claims", "rounding", "scale"))  # fmt: skip
    body = (
        f'<header><h1>{escape(loc.t("app.title"))}</h1>'
        f'<p class="byline">{escape(loc.t("app.period"))} · {escape(loc.t("app.byline"))}</p>'
        f'<p>{escape(loc.t("intro.overview", **facts))}</p></header>'
        f'<section id="headline"><h2>{escape(loc.t("report.headline_heading"))}</h2>'
        f'<div class="cards">{_cards(story.cards(ds, built, loc))}</div></section>'
        + "".join(section for section, _ in sections)
        + f'<section id="sources"><h2>{escape(loc.t("title.sources"))}</h2>'
        f'<h3>{escape(loc.t("common.figures_heading"))}</h3>{_table(story.figures_table(ds, loc))}'
        f'<h3>{escape(loc.t("common.derived_heading"))}</h3>'
        f'{_table(story.display_table("derived_values", built["derived_values"], loc))}'
        f'<h3>{escape(loc.t("common.sources_heading"))}</h3>{_table(story.sources_table(ds, loc))}'
        f'<h3>{escape(loc.t("common.method_heading"))}</h3><ul>{notes}</ul>'
        f'<p class="source">{escape(loc.t("report.generated"))}</p></section>'
    )
    draw = "\n".join(script for _, script in sections)
    return (
        f'<!DOCTYPE html>\n<html lang="{loc.lang}" dir="{"rtl" if loc.rtl else "ltr"}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(loc.t('app.title'))}</title>\n<style>{_font_css()}\n{STYLE}</style>\n"
        f"<script>{_plotly_js()}</script>\n</head>\n<body>\n{body}\n"
        # Draw once the font is in, so plotly measures the labels with the glyphs it will show.
        f"<script>\ndocument.fonts.ready.then(function () {{\n{draw}\n}});\n</script>\n</body>\n</html>\n"
    )


def build(data_dir: Path | str, lang: str = "ar", digits: str = "western") -> str:
    """Load the data and render the report; raises DataError when the data is bad."""
    ds = data.load(data_dir)
    return render(ds, tables.build_tables(ds), Locale(lang, digits))


def export(path: Path | str, data_dir: Path | str = data.DEFAULT_DATA_DIR, lang: str = "ar",
           digits: str = "western") -> Path:  # fmt: skip
    """Write the report to path."""
    target = Path(path)
    target.write_text(build(data_dir, lang, digits), encoding="utf-8")
    return target
