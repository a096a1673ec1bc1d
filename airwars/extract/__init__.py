"""Find the figures in an Arabic text: digits, number words, percentages, scales, fractions, ranges.

Offsets always point into the text as given; matching runs on a copy without tashkeel and tatweel,
with Arabic-Indic digits and separators made Western, mapped back character by character.

The package reads in layers, each importing only those before it: `lexicon` (the words it knows), `figure` (what it
gives), `decoding` (bytes to a checked text), `numbers` (a number token's value), `context` (what the words around a
number say), `scanner` (the scan of a whole text) and `display` (the figures shown: highlighted, previewed, tabled).
"""

from airwars.extract.decoding import (
    MAX_BYTES,
    Decoded,
    ExtractError,
    bad_bytes_warning,
    check_text,
    decode,
    error_message,
    normalized_with_origin,
    read_bytes,
    without_overrides,
)
from airwars.extract.display import (
    SHOWN,
    TEXT_SHOWN,
    as_figure_rows,
    found_rows,
    found_table,
    highlight_html,
    preview,
    status_label,
    text_pieces,
    unit_label,
)
from airwars.extract.figure import FIGURE, UNREAD, VAGUE_STATUS, Figure, Scan, rounded
from airwars.extract.scanner import SENTENCE_MAX, extract, figures_only, find, scan

__all__ = [
    "FIGURE",
    "MAX_BYTES",
    "SENTENCE_MAX",
    "SHOWN",
    "TEXT_SHOWN",
    "UNREAD",
    "VAGUE_STATUS",
    "Decoded",
    "ExtractError",
    "Figure",
    "Scan",
    "as_figure_rows",
    "bad_bytes_warning",
    "check_text",
    "decode",
    "error_message",
    "extract",
    "figures_only",
    "find",
    "found_rows",
    "found_table",
    "highlight_html",
    "normalized_with_origin",
    "preview",
    "read_bytes",
    "rounded",
    "scan",
    "status_label",
    "text_pieces",
    "unit_label",
    "without_overrides",
]
