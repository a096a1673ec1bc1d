"""Command line: `python -m airwars tables --json`, `python -m airwars check [DATA_DIR]`."""

from __future__ import annotations

import argparse
import json
import sys

from airwars import data, tables
from airwars.i18n import LANGUAGES, Locale


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
    return parser


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
        problems = data.check(args.data_dir)
        if problems:
            return _report(problems, args.lang)
        print(f"ok: {data.FIGURES_FILE} and {data.SOURCES_FILE} in {args.data_dir} are sound")
        return 0
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
