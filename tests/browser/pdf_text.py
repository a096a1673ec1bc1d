"""Words and their boxes out of a PDF, with poppler's `pdftotext -bbox`, for the print and deck tests.

pdftotext gives each page's words in visual order, left to right: an Arabic phrase comes out reversed, and split where
the glyphs are spaced. found_on() therefore puts each line's words in order by position and compares without spaces, marks or direction
controls, reading the lines both ways.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)
WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')
# A run of one script: Arabic letters (and the spaces between them), or Latin letters and digits.
RUNS = re.compile(r"[\u0621-\u064a\u0671-\u06d3 ]+|[A-Za-z0-9 ]+")


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: tuple[Word, ...]

    def lines(self) -> list[str]:
        """The page's lines, top to bottom, each read left to right (pdftotext lists a drawn chart's words in no order),
        flattened."""
        lines: list[list[Word]] = []
        spans: list[tuple[float, float]] = []
        for word in sorted(self.words, key=lambda w: (w.y0 + w.y1) / 2):
            # Same line: the word's height overlaps the line's by half the smaller of the two (a letter set lower, a
            # smaller counter beside a title).
            for line, (top, bottom) in zip(lines, spans):
                overlap = min(bottom, word.y1) - max(top, word.y0)
                if overlap > 0.5 * min(bottom - top, word.y1 - word.y0):
                    line.append(word)
                    break
            else:
                lines.append([word])
                spans.append((word.y0, word.y1))
        return [flatten("".join(w.text for w in sorted(line, key=lambda w: w.x0))) for line in lines]

    @property
    def flat(self) -> str:
        """The page's text as one string, lines read left to right, joined."""
        return "".join(self.lines())

    @property
    def flat_rtl(self) -> str:
        """The page's text as one string, lines read right to left, joined: Arabic in its logical order."""
        return "".join(line[::-1] for line in self.lines())


def flatten(text: str) -> str:
    """Text compared the way pdftotext gives it back: NFKC (presentation forms to letters), no marks, controls, spaces."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Mn", "Cf", "Cc"))


def pages(pdf: Path) -> list[Page]:
    """Every page of a PDF with its words and their boxes (points, origin top left)."""
    if not shutil.which("pdftotext"):
        pytest.fail(
            "pdftotext not found: `sudo apt-get install poppler-utils` (make test installs it as root)", pytrace=False
        )
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [
        Page(float(w), float(h), tuple(Word(*map(float, m[:4]), unescape(m[4])) for m in WORD.findall(body)))
        for w, h, body in PAGE.findall(out)
    ]


def longest_run(text: str) -> str:
    """The longest stretch of text in one script, flattened: what survives pdftotext's reordering intact."""
    runs = sorted((flatten(r) for r in RUNS.findall(unicodedata.normalize("NFKC", text))), key=len)
    return runs[-1] if runs else ""


def found_on(all_pages: list[Page], text: str, length: int = 0) -> list[int]:
    """The pages (from 0) on which text's longest one-script stretch (its first length letters, if given: text set in
    columns interleaves with its neighbour's at each line's end) appears, read either way."""
    run = longest_run(text)[: length or None]
    assert len(run) >= 4, f"nothing distinctive to look for in {text!r}"
    return [i for i, page in enumerate(all_pages) if run in page.flat or run in page.flat_rtl]


def outside(page: Page, tolerance: float = 0.5) -> list[Word]:
    """The words of a page that reach past any of its edges."""
    return [
        w
        for w in page.words
        if w.x0 < -tolerance or w.y0 < -tolerance or w.x1 > page.width + tolerance or w.y1 > page.height + tolerance
    ]
