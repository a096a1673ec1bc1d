"""The presenter's deck: a 16:9 PDF, one page per step of the story (layout.STORY), for a room without the dashboard.

Each page shows what presenter mode shows for that step, read from airwars/layout.py like every other output (a new
step or block appears here without new code): the step's title, its chart (drawn by the local Chromium, as the report's
are), the chart's description as the key note, and the source lines; or its cards or table. Text is sized for a room:
the title at 1/18 of the page's height, nothing under 1/50 (18 px of 900). The page is an HTML file from an autoescaped
template, the font embedded, printed to PDF by Chromium's own --print-to-pdf: nothing is fetched, the PDF opens offline.
"""

from __future__ import annotations

import math
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from airwars import data, drawing, layout, markup, report, story, tables
from airwars.i18n import Locale

PAGE_WIDTH, PAGE_HEIGHT = 1600, 900  # CSS px; the PDF page is 16:9 (1200 × 675 pt)
PADDING = 40
TITLE_SIZE = 50  # px: 1/18 of the height, above the 1/25 a room needs
NOTE_SIZE = 26
SOURCE_SIZE = 19  # the smallest text on a page: above 1/50 of the height (18 px)
CHART_SCALE = 1.6  # the chart's own text (ticks 12 px at scale 1) lands at 19 px and more
CHART_WIDTH = PAGE_WIDTH - 2 * PADDING
RENDER_TIMEOUT = 90  # seconds for Chromium to print the deck


class DeckError(Exception):
    """The deck cannot be made here (no Chromium, or it failed)."""


@dataclass
class Slide:
    """One step of the story as a page: its title, counter, blocks (as the template draws them), chart, note, sources."""

    key: str
    title: str
    counter: str
    blocks: list[dict] = field(default_factory=list)


def _lines(text: str, size: int, width: int = CHART_WIDTH) -> int:
    """How many lines a paragraph takes at a font size across the page (about half an em a character)."""
    return max(1, math.ceil(len(text) * size * 0.55 / width))


def _chart_height(note: str, sources: list[str]) -> int:
    """What a page leaves its chart: the height less the title, the note and the source lines (two columns from three),
    each wrapped at about 0.55 em a character, and a margin for what that estimate misses."""
    columns = 2 if len(sources) > 2 else 1
    column_width = (CHART_WIDTH - 48 * (columns - 1)) // columns
    source_rows = math.ceil(sum(_lines(line, SOURCE_SIZE, column_width) for line in sources) / columns)
    used = (
        2 * PADDING
        + round(TITLE_SIZE * 1.3)
        + 16
        + _lines(note, NOTE_SIZE) * round(NOTE_SIZE * 1.45)
        + 16
        + source_rows * round(SOURCE_SIZE * 1.45)
        + 16
        + 40
    )
    return max(PAGE_HEIGHT - used, 320)


def slides(ds: data.Dataset, built: dict[str, pd.DataFrame], loc: Locale) -> tuple[list[Slide], list]:
    """Every step of the story as a slide, and the figures to draw (slide block, figure) in order."""
    facts = story.facts(ds, built, loc)
    result, figures = [], []
    for number, key in enumerate(layout.STORY, 1):
        slide = Slide(
            key, loc.t(f"title.{key}"), loc.t("present.step", step=loc.num(number), total=loc.num(len(layout.STORY)))
        )
        for block in layout.PAGE_BY_KEY[key].blocks:
            if not block.shows(True):
                continue
            content = story.block_content(block, ds, built, loc, True, facts)
            shown = {key: value for key, value in content.items() if key not in ("data", "chart")}
            if "table" in shown:
                shown["table"] = markup.rows(shown["table"])
            if content["kind"] == "chart":
                height = _chart_height(content["description"], content["sources"])
                fig = content["chart"].build(content["data"], loc, "", CHART_SCALE)
                fig.update_layout(width=CHART_WIDTH, height=height)
                figures.append((shown, fig))
            slide.blocks.append(shown)
        result.append(slide)
    return result, figures


def render(ds: data.Dataset, built: dict[str, pd.DataFrame], loc: Locale) -> str:
    """The deck as one HTML document, one 16:9 page per step; raises DeckError when its charts cannot be drawn here."""
    pages, figures = slides(ds, built, loc)
    drawn = drawing.draw_once([fig for _, fig in figures], [shown["description"] for shown, _ in figures], CHART_WIDTH)
    if drawn is None:
        raise DeckError(loc.t("present.deck_missing"))
    for (shown, _), svg in zip(figures, drawn):
        shown["svg"] = svg
    return (
        markup.environment()
        .get_template("deck.html.j2")
        .render(
            lang=loc.lang,
            dir="rtl" if loc.rtl else "ltr",
            csp=drawing.CSP,
            title=loc.t("app.title"),
            byline=f"{loc.t('app.period')} · {loc.t('app.byline')}",
            slides=pages,
            font_css=report.font_css(),
            width=PAGE_WIDTH,
            height=PAGE_HEIGHT,
            padding=PADDING,
            title_size=TITLE_SIZE,
            note_size=NOTE_SIZE,
            source_size=SOURCE_SIZE,
        )
    )


def pdf(ds: data.Dataset, built: dict[str, pd.DataFrame], loc: Locale) -> bytes:
    """The deck as PDF bytes, printed by the local Chromium; raises DeckError when it cannot be made here."""
    chromium = drawing.chromium()
    if chromium is None:
        raise DeckError(loc.t("present.deck_missing"))
    document = render(ds, built, loc)
    with tempfile.TemporaryDirectory(prefix="airwars-deck-") as folder:
        page, out = Path(folder) / "deck.html", Path(folder) / "deck.pdf"
        page.write_text(document, encoding="utf-8")
        command = [
            chromium,
            *drawing.CHROMIUM_FLAGS,
            f"--user-data-dir={folder}/profile",
            "--no-pdf-header-footer",
            "--virtual-time-budget=10000",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ]
        try:
            subprocess.run(
                command, capture_output=True, timeout=RENDER_TIMEOUT, check=False, env={**os.environ, "HOME": folder}
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise DeckError(f"{loc.t('present.deck_missing')} ({error})") from None
        if not out.is_file() or not out.read_bytes().startswith(b"%PDF"):
            raise DeckError(loc.t("present.deck_missing"))
        return out.read_bytes()


def from_data_dir(data_dir: Path | str = data.DEFAULT_DATA_DIR, lang: str = "ar", digits: str = "western") -> bytes:
    """Load the data and make the deck; raises DataError when the data is bad, DeckError when no deck can be made."""
    ds = data.load(data_dir)
    return pdf(ds, tables.build_tables(ds), Locale(lang, digits))
