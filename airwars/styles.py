"""The stylesheets both renderers read: the Streamlit pages (ui/shell.py) and the static report (airwars/report.py)
take the same files, so a card, a table or a source line looks the same on screen, in the report and on paper."""

from __future__ import annotations

from pathlib import Path

STYLES = Path(__file__).parent / "styles"
# The shared pieces (cards, tables, source lines, notes, citation) and the print rules; constants, never built from data.
BLOCKS_CSS = (STYLES / "blocks.css").read_text(encoding="utf-8")
PRINT_CSS = (STYLES / "print.css").read_text(encoding="utf-8")
SHARED_CSS = BLOCKS_CSS + "\n" + PRINT_CSS
