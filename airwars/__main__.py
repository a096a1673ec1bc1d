"""Command line: `airwars check [--data-dir DIR]`, `tables --json`, `export PATH.html`, `deck PATH.pdf`, `extract PATH`.

Every command writes UTF-8 whatever the terminal's encoding claims (PYTHONIOENCODING=ascii, a Windows console): the
data and the messages are Arabic, and a replacement character or an exception would lose them. A reader that stops
reading (`| head`), a full disk (`> /dev/full`) or a closed standard input or output gives one line and exit 1, never
a traceback; `export` writes beside its target and renames, so a failed write leaves the previous report whole.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from airwars import data, deck, extract, report, tables
from airwars.i18n import DIGITS, LANGUAGES, Locale


class OutputClosed(Exception):
    """Standard output is gone (the reader stopped reading) or cannot take more (a full disk)."""


def _stream(err: bool):
    """The byte stream under standard output or error, or None when it was closed before we started."""
    stream = sys.stderr if err else sys.stdout
    return getattr(stream, "buffer", None) if stream is not None else None


def say(text: str, err: bool = False) -> None:
    """Write one line as UTF-8 to standard output (or error); raise OutputClosed when it cannot be written."""
    stream = _stream(err)
    if stream is None:
        if err:
            return
        raise OutputClosed(errno.EBADF)
    try:
        stream.write(f"{text}\n".encode())  # UTF-8, whatever the terminal claims
        if err:
            stream.flush()
    except BrokenPipeError as error:
        raise OutputClosed(errno.EPIPE) from error
    except OSError as error:
        if err:
            return  # nowhere left to say it
        raise OutputClosed(error.errno) from error
    except ValueError as error:  # written to after it was closed
        raise OutputClosed(errno.EBADF) from error


def _finish_output() -> None:
    """Flush standard output, turning a closed pipe or a full disk into OutputClosed."""
    stream = _stream(False)
    if stream is None:
        return
    try:
        stream.flush()
    except BrokenPipeError as error:
        raise OutputClosed(errno.EPIPE) from error
    except (OSError, ValueError) as error:
        raise OutputClosed(getattr(error, "errno", None) or errno.EBADF) from error


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's own flush at exit finds nothing to complain about."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="airwars", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check the data files; exit 1 with one line per problem")
    check.add_argument("data_dir_arg", nargs="?", metavar="DATA_DIR", help="the data folder (or use --data-dir)")
    check.add_argument("--data-dir", default=None, help="the data folder (default: data/)")
    check.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages")
    show = commands.add_parser("tables", help="print the tables")
    show.add_argument("--json", action="store_true", help='as {"table_name": [records...]}')
    show.add_argument("--data-dir", default=None, help="the data folder (default: data/)")
    show.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages")
    export = commands.add_parser("export", help="write the dashboard as one self-contained HTML file")
    export.add_argument("path", help="where to write the report, e.g. report.html (never inside the data folder)")
    export.add_argument("--lang", choices=LANGUAGES, default="ar")
    export.add_argument("--digits", choices=DIGITS, default="western")
    export.add_argument("--data-dir", default=None, help="the data folder (default: data/)")
    slides = commands.add_parser("deck", help="write the presenter's deck: a 16:9 PDF, one page per step of the story")
    slides.add_argument("path", help="where to write the deck, e.g. deck.pdf (never inside the data folder)")
    slides.add_argument("--lang", choices=LANGUAGES, default="ar")
    slides.add_argument("--digits", choices=DIGITS, default="western")
    slides.add_argument("--data-dir", default=None, help="the data folder (default: data/)")
    finder = commands.add_parser("extract", help="print the figures of an Arabic text, one JSON object per line")
    finder.add_argument(
        "path", help="a UTF-8, UTF-16 (with a byte-order mark) or Windows-1256 text file, or - for stdin"
    )
    finder.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages")
    # extract reads no data file; --data-dir is taken so that every command accepts the same options.
    finder.add_argument("--data-dir", default=None, help=argparse.SUPPRESS)
    return parser


def _data_dir(args: argparse.Namespace) -> str:
    """The data folder: --data-dir, else check's positional, else data/."""
    return args.data_dir or getattr(args, "data_dir_arg", None) or str(data.DEFAULT_DATA_DIR)


def _read_input(path: str, loc: Locale) -> bytes | None:
    """The bytes of a regular file (or of standard input for -), at most MAX_BYTES + 1; None after saying why not."""
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
        try:
            if stream is None:
                raise OSError(errno.EBADF, os.strerror(errno.EBADF))
            return stream.read(extract.MAX_BYTES + 1)
        except (OSError, ValueError) as error:
            say(loc.t("cli.no_stdin", reason=getattr(error, "strerror", None) or str(error)), err=True)
            return None
    try:
        # Non-blocking, and checked once open: a named pipe would block the read forever, a device might never end.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        say(loc.t("cli.cannot_read", path=path, reason=error.strerror or str(error)), err=True)
        return None
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            say(loc.t("cli.not_a_file", path=path), err=True)
            return None
        try:
            return stream.read(extract.MAX_BYTES + 1)
        except OSError as error:
            say(loc.t("cli.cannot_read", path=path, reason=error.strerror or str(error)), err=True)
            return None


def _extract(path: str, loc: Locale) -> int:
    """Print one JSON object per figure; a clear message and exit 1 on input that is not an Arabic text."""
    raw = _read_input(path, loc)
    if raw is None:
        return 1
    try:
        decoded = extract.read_bytes(raw)
        text = decoded.text
        extract.check_text(text)
    except extract.ExtractError as error:
        say(extract.error_message(error, loc), err=True)
        return 1
    warning = extract.bad_bytes_warning(decoded, loc)
    if warning:  # read as UTF-8, never silently as another encoding: the bad bytes are named
        say(warning, err=True)
    result = extract.scan(text)
    if result.too_large:
        say(loc.t("finder.too_big_numbers", count=result.too_large), err=True)
    for figure in result.figures:
        # allow_nan=False: a value JSON cannot hold fails here rather than printing Infinity.
        say(json.dumps(figure.record(), ensure_ascii=False, allow_nan=False))
    return 0


def _inside(path: Path, folder: Path) -> bool:
    """Whether path is folder or lies under it, links resolved."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


@contextlib.contextmanager
def _file_size_limit_as_error() -> Iterator[None]:
    """A write past the file-size limit (ulimit -f) fails with EFBIG instead of killing the process with SIGXFSZ."""
    if not hasattr(signal, "SIGXFSZ"):
        yield
        return
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGXFSZ, previous)


def write_atomically(target: Path, content: bytes) -> None:
    """Write content to a temporary file beside target, flush it to disk, then rename it over target.

    A reader sees the old file or the new one, never half of one; a failed write (full disk, file-size limit) leaves
    the old file as it was and removes the temporary one.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with _file_size_limit_as_error(), os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _refused(args: argparse.Namespace, loc: Locale, suffix: str, wrong_suffix: str) -> bool:
    """Say why the target cannot be written, if it cannot: a name without its suffix, or a place in the data folder."""
    path = Path(args.path)
    if path.suffix.lower() != suffix:
        say(loc.t(wrong_suffix, path=args.path), err=True)
        return True
    if any(_inside(path, folder) for folder in (Path(_data_dir(args)), data.DEFAULT_DATA_DIR)):
        say(loc.t("cli.inside_data", path=args.path), err=True)
        return True
    return False


def _write(args: argparse.Namespace, loc: Locale, content: bytes) -> int:
    """Write a made file atomically and say so; a failed write leaves any earlier file whole, and says why."""
    path = Path(args.path)
    try:
        write_atomically(path, content)
    except OSError as error:
        say(loc.t("cli.cannot_write", path=args.path, reason=error.strerror or str(error)), err=True)
        return 1
    say(loc.t("cli.wrote", path=str(path), size=loc.num(path.stat().st_size / 1e6, 1)))
    return 0


def _export(args: argparse.Namespace, loc: Locale) -> int:
    """Build the report, then write it: a problem reading the data is never called a problem writing the file."""
    if _refused(args, loc, ".html", "cli.not_html"):
        return 1
    try:
        html = report.from_data_dir(Path(_data_dir(args)), args.lang, args.digits)
    except data.DataError as error:
        return _report(error.problems, loc)
    except OSError as error:  # the report's own files (font, plotly.js), not the data
        say(loc.t("cli.cannot_read", path=error.filename, reason=error.strerror or str(error)), err=True)
        return 1
    return _write(args, loc, html.encode("utf-8"))


def _deck(args: argparse.Namespace, loc: Locale) -> int:
    """Make the deck, then write it atomically: bad data, no Chromium and a failed write each get their own message."""
    if _refused(args, loc, ".pdf", "cli.not_pdf"):
        return 1
    try:
        pdf = deck.from_data_dir(Path(_data_dir(args)), args.lang, args.digits)
    except data.DataError as error:
        return _report(error.problems, loc)
    except deck.DeckError as error:
        say(str(error), err=True)
        return 1
    return _write(args, loc, pdf)


def _report(problems: list[data.Problem], loc: Locale) -> int:
    """Print one line per problem to standard error; return the exit code."""
    for problem in problems:
        say(loc.problem(problem), err=True)
    return 1


def _tables(args: argparse.Namespace, loc: Locale) -> int:
    """Print every table, as JSON or as text."""
    try:
        built = tables.build_tables(data.load(_data_dir(args)))
    except data.DataError as error:
        return _report(error.problems, loc)
    if args.json:
        say(json.dumps({name: tables.to_records(frame) for name, frame in built.items()}, ensure_ascii=False, indent=1))
    else:
        for name, frame in built.items():
            say(f"## {name}\n{frame.to_string(index=False)}\n")
    return 0


def _run(args: argparse.Namespace) -> int:
    """Run the command args name."""
    loc = Locale(args.lang)
    if args.command == "check":
        problems = data.find_problems(_data_dir(args))
        if problems:
            return _report(problems, loc)
        files = ", ".join((data.FIGURES_FILE, data.MONTHLY_FILE, data.SOURCES_FILE))
        say(loc.t("cli.sound", files=files, folder=_data_dir(args)))
        return 0
    if args.command == "extract":
        return _extract(args.path, loc)
    if args.command == "export":
        return _export(args, loc)
    if args.command == "deck":
        return _deck(args, loc)
    return _tables(args, loc)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code."""
    args = _parser().parse_args(argv)
    try:
        code = _run(args)
        _finish_output()
    except OutputClosed as closed:
        _silence_stdout()
        if closed.args and closed.args[0] not in (errno.EPIPE, errno.EBADF):  # a reader that stopped needs no message
            say(Locale(args.lang).t("cli.cannot_write_output", reason=os.strerror(closed.args[0])), err=True)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
