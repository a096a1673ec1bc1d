"""Labels per language, and number formatting in the reader's language and digits."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import babel

from airwars import text
from airwars.data import Problem

LANGUAGES = ("ar", "en")
DIGITS = ("western", "arabic")
LABELS_DIR = Path(__file__).parent / "labels"


@cache
def load_labels(lang: str) -> dict[str, Any]:
    """Read one language's labels file."""
    with (LABELS_DIR / f"{lang}.toml").open("rb") as handle:
        return tomllib.load(handle)


def flatten(labels: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Turn nested tables into dotted keys: {"chart.us_share.title": ...}."""
    flat: dict[str, str] = {}
    for key, value in labels.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


@dataclass(frozen=True)
class Locale:
    """The reader's language and digits, with the matching labels."""

    lang: str = "ar"
    digits: str = "western"

    @property
    def labels(self) -> dict[str, str]:
        """All labels of this language, by dotted key."""
        return _flat_labels(self.lang)

    @property
    def rtl(self) -> bool:
        """Whether this language reads right to left."""
        return self.labels["meta.dir"] == "rtl"

    def t(self, key: str, **values: Any) -> str:
        """The label for key, with its placeholders filled in, in the reader's digits."""
        template = self.labels[key]
        return self.digits_of(template.format(**values) if values else template)

    def num(self, value: float, decimals: int = 0) -> str:
        """A number in the reader's digits, isolated in Arabic text; in Arabic as the article writes it (7058, 15٬000)."""
        return self.iso(text.format_number(value, decimals, self.digits, arabic=self.lang == "ar"))

    def pct(self, value: float, decimals: int = 0) -> str:
        """A share in percent, in the reader's digits, isolated so the sign keeps its place."""
        return self.iso(text.format_percent(value, decimals, self.digits))

    def digits_of(self, message: str) -> str:
        """Convert the digits inside a finished sentence to the reader's digits."""
        return text.to_arabic_digits(message) if self.digits == "arabic" else message

    def spoken_percent(self, value: float) -> str:
        """A share as a screen reader should say it: «سبعون في المئة», "70 percent"."""
        if self.lang == "ar" and float(value).is_integer():
            return text.percent_words(value)
        return self.t("common.per_cent", value=self.num(value, 1 if not float(value).is_integer() else 0))

    def iso(self, value: str) -> str:
        """Isolate a number or formula inside right-to-left text; a no-op left to right."""
        return text.isolate(value) if self.rtl else value

    def para(self, value: str) -> str:
        """Give a label its own reading direction, for places that are left to right (plots)."""
        return text.isolate_rtl(value) if self.rtl else value

    def qualified(self, qualifier: str, value: float, value_max: float | None = None, decimals: int = 0) -> str:
        """A figure with its qualifier kept: «نحو 7,058», «ما بين 500 و1,800»."""
        upper = self.num(value_max, decimals) if value_max is not None else ""
        return self.t(f"qualifier.{qualifier}", value=self.num(value, decimals), value_max=upper)

    def thousands(self, value: float) -> str:
        """Round thousands as the article writes them: «15 ألفاً», «100 ألف», «103 آلاف»; other numbers as digits.

        The noun's form is the count's CLDR plural category in the reader's language (Babel).
        """
        count, rest = divmod(int(value), 1000)
        if rest or count == 0:
            return self.num(value)
        return self.t(f"thousands.{plural_category(self.lang, count)}", count=self.num(count))

    def problem(self, problem: Problem) -> str:
        """One line for a data problem: file, row, what is wrong."""
        message = self.t(f"problem.{problem.code}", **dict(problem.params))
        where = f"{problem.file}: {self.t('error.row', row=problem.row)}" if problem.row else problem.file
        return f"{where}: {message}"

    def date(self, iso_date: str) -> str:
        """A date such as 2015-09-29 in words: «29 سبتمبر/أيلول 2015»."""
        parts = iso_date.split("-")
        if len(parts) == 1:  # a year alone (a source's publication date may give no more)
            return self.digits_of(parts[0])
        month = self.t(f"month.m{parts[1]}")
        day = f"{self.num(int(parts[2]))} " if len(parts) > 2 else ""
        return f"{day}{month} {self.digits_of(parts[0])}"


@cache
def plural_category(lang: str, count: int) -> str:
    """CLDR's plural category of a whole number: zero, one, two, few, many or other (Arabic has all six)."""
    return str(babel.Locale.parse(lang).plural_form(count))


@cache
def _flat_labels(lang: str) -> dict[str, str]:
    return flatten(load_labels(lang))


def pick(value: object, allowed: tuple[str, ...]) -> str:
    """The value when it is one of the allowed ones, else the first (the default)."""
    return value if isinstance(value, str) and value in allowed else allowed[0]
