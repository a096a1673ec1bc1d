"""What the figures finder gives: a figure found in a text, and the scan of a whole text."""

from __future__ import annotations

from dataclasses import asdict, dataclass

FIGURE, VAGUE_STATUS, UNREAD = "figure", "vague", "unread"


@dataclass(frozen=True)
class Figure:
    """One figure found in the text, with where it stands; a vague or unread phrase has no value."""

    value: float | None
    value_max: float | None
    unit: str | None
    qualifier: str
    phrase: str
    start: int
    end: int
    sentence: str
    status: str = FIGURE  # figure, vague (a quantity with no number: «عشرات») or unread (see reason)
    reason: str | None = None  # why an unread phrase was left blank

    def record(self) -> dict:
        """As one JSON object: value_max only for a range, reason only for an unread phrase, whole numbers as integers."""
        record = {key: _plain(value) for key, value in asdict(self).items()}
        if self.value_max is None:
            del record["value_max"]
        if self.reason is None:
            del record["reason"]
        return record


def _plain(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def rounded(value: float) -> int | float:
    """A figure for a table or a spreadsheet: 1200 not 1200.0, a third as 0.33."""
    value = round(value, 2)
    return int(value) if value.is_integer() else value


@dataclass(frozen=True)
class Scan:
    """The figures of a text, and how many numbers were left out as too large to be a count."""

    figures: list[Figure]
    too_large: int
