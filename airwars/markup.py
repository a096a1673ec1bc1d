"""HTML from Jinja templates with autoescape: the pieces the pages inject, and the static report. Data text stays text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

TEMPLATES = Path(__file__).parent / "templates"


# Jinja's own tojson: "<", ">", "&" and "'" escaped, so the JSON cannot end or comment out its script element.
JSON_OPTIONS: dict[str, Any] = {"ensure_ascii": False, "sort_keys": False}


def script_json(value: object) -> str:
    """JSON for a script element, as the templates' tojson filter writes it (ui/shell's document script)."""
    return str(jinja2.utils.htmlsafe_json_dumps(value, **JSON_OPTIONS))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The templates, autoescaped whatever their file name."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=False,
        lstrip_blocks=False,
        undefined=jinja2.StrictUndefined,
    )
    env.policies["json.dumps_kwargs"] = JSON_OPTIONS
    return env


def rows(frame: pd.DataFrame) -> dict:
    """A table as its header and rows, for the templates."""
    return {"columns": [str(c) for c in frame.columns], "rows": frame.astype(object).values.tolist()}


def _piece(piece: str, **context: object) -> str:
    return environment().get_template("piece.html.j2").render(piece=piece, **context)


def table(frame: pd.DataFrame) -> str:
    """A table, every cell escaped; story.Link cells become links."""
    return _piece("table", frame=rows(frame))


def source_lines(lines: list[str]) -> str:
    """Source lines, one paragraph each."""
    return _piece("source_lines", lines=lines)


def paragraphs(lines: list[str], kind: str = "") -> str:
    """Paragraphs of text that may quote the data files: escaped, never markdown. kind: an extra class (aw-print-only)."""
    return _piece("paragraphs", lines=lines, kind=kind)


def cite(citation: str, licences: list[str], dates: list[str]) -> str:
    """The citation line, the licences and the dates of the data."""
    return _piece("cite", citation=citation, licences=licences, dates=dates)


def cards(items: list) -> str:
    """The headline numbers: each card's label, value with its qualifier, and who says so."""
    return _piece("cards", items=items)


def problems(heading: str, lines: list[str], hint: str) -> str:
    """The data problems, as an alert."""
    return _piece("problems", heading=heading, lines=lines, hint=hint)


def report(**context: object) -> str:
    """The static report document."""
    return environment().get_template("report.html.j2").render(**context)
