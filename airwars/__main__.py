"""Command line: `python -m airwars check [DATA_DIR]`, `tables --json`, `export PATH.html`, `deck PATH.pdf`, `extract PATH`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from airwars import data, deck, extract, report, tables
from airwars.i18n import DIGITS, LANGUAGES, Locale


def _parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="python -m airwars", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check the data files; exit 1 with one line per problem")
    check.add_argument("data_dir", nargs="?", default=str(data.DEFAULT_DATA_DIR))
    check.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages")
    show = commands.add_parser("tables", help="print the tables")
    show.add_argument("--json", action="store_true", help='as {"table_name": [records...]}')
    show.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    show.add_argument("--lang", choices=LANGUAGES, default="en", help="language of error messages")
    export = commands.add_parser("export", help="write the dashboard as one self-contained HTML file")
    export.add_argument("path", help="where to write the report, e.g. report.html")
    export.add_argument("--lang", choices=LANGUAGES, default="ar")
    export.add_argument("--digits", choices=DIGITS, default="western")
    export.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    slides = commands.add_parser("deck", help="write the presenter's deck: a 16:9 PDF, one page per step of the story")
    slides.add_argument("path", help="where to write the deck, e.g. deck.pdf")
    slides.add_argument("--lang", choices=LANGUAGES, default="ar")
    slides.add_argument("--digits", choices=DIGITS, default="western")
    slides.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    finder = commands.add_parser("extract", help="print the figures of an Arabic text, one JSON object per line")
    finder.add_argument("path", help="a UTF-8, UTF-16 (with a byte-order mark) or Windows-1256 text file, or - for stdin")
    finder.add_argument("--lang", choices=LANGUAGES, default="en", help="language of error messages")
    return parser


def _extract(path: str, lang: str) -> int:
    """Print one JSON object per figure; a clear message and exit 1 on input that is not an Arabic text."""
    loc = Locale(lang)
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(extract.MAX_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                raw = handle.read(extract.MAX_BYTES + 1)
    except OSError as error:
        print(f"cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    try:
        text = extract.decode(raw)
        extract.check_text(text)
    except extract.ExtractError as error:
        print(loc.t(f"finder.{error.code}"), file=sys.stderr)
        return 1
    result = extract.scan(text)
    if result.too_large:
        print(loc.t("finder.too_big_numbers", count=result.too_large), file=sys.stderr)
    try:
        for figure in result.figures:
            # allow_nan=False: a value JSON cannot hold fails here rather than printing Infinity.
            print(json.dumps(figure.record(), ensure_ascii=False, allow_nan=False))
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped reading (| head): no traceback for that
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    """Build the report, then write it: a problem reading the data is never called a problem writing the file."""
    try:
        html = report.from_data_dir(args.data_dir, args.lang, args.digits)
    except data.DataError as error:
        return _report(error.problems, args.lang)
    except OSError as error:  # the report's own files (font, plotly.js), not the data
        print(f"cannot read {error.filename}: {error.strerror or error}", file=sys.stderr)
        return 1
    path = Path(args.path)
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as error:
        print(f"cannot write {args.path}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


def _deck(args: argparse.Namespace) -> int:
    """Make the deck, then write it: bad data, no Chromium and a failed write each get their own message."""
    try:
        pdf = deck.from_data_dir(args.data_dir, args.lang, args.digits)
    except data.DataError as error:
        return _report(error.problems, args.lang)
    except deck.DeckError as error:
        print(error, file=sys.stderr)
        return 1
    path = Path(args.path)
    try:
        path.write_bytes(pdf)
    except OSError as error:
        print(f"cannot write {args.path}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


def _report(problems: list[data.Problem], lang: str) -> int:
    """Print one line per problem to standard error; return the exit code."""
    loc = Locale(lang)
    for problem in problems:
        print(loc.problem(problem), file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code."""
    args = _parser().parse_args(argv)
    if args.command == "check":
        problems = data.find_problems(args.data_dir)
        if problems:
            return _report(problems, args.lang)
        print(f"ok: {data.FIGURES_FILE}, {data.MONTHLY_FILE} and {data.SOURCES_FILE} in {args.data_dir} are sound")
        return 0
    if args.command == "extract":
        return _extract(args.path, args.lang)
    if args.command == "export":
        return _export(args)
    if args.command == "deck":
        return _deck(args)
    try:
        built = tables.build_tables(data.load(args.data_dir))
    except data.DataError as error:
        return _report(error.problems, args.lang)
    if args.json:
        print(json.dumps({name: tables.to_records(frame) for name, frame in built.items()}, ensure_ascii=False, indent=1))
    else:
        for name, frame in built.items():
            print(f"## {name}\n{frame.to_string(index=False)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
