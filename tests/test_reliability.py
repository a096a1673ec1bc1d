"""Many reruns in a row keep memory flat; the commands survive closed pipes, full disks and odd terminals."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from airwars import data
from tests.conftest import ROOT
from tests.test_pages import open_page


def resident_kib() -> int:
    """This process's resident memory, from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def test_two_hundred_reruns_do_not_grow_memory():
    app = open_page("pages/strikes.py")
    for _ in range(20):  # warm the caches and the allocator
        app.run()
    before = resident_kib()
    for _ in range(200):
        app.run()
        assert not app.exception
    after = resident_kib()
    assert after <= before * 1.10, f"resident memory grew from {before} KiB to {after} KiB"


# --- The commands: nothing a terminal, a pipe or a disk does ends in a traceback, and nothing written is lost ---------

ARABIC_TEXT = "وقال التحالف إنه قتل أكثر من 15 ألف مقاتل في صفوف التنظيم.\n".encode()


def command(*args: str, env: dict | None = None, **options) -> subprocess.CompletedProcess:
    """Run python -m airwars with args from the project folder; never waits more than a minute."""
    return subprocess.run(
        [sys.executable, "-m", "airwars", *args],
        cwd=ROOT,
        capture_output="stdout" not in options,
        env={**os.environ, **(env or {})},
        timeout=60,
        **options,
    )


@pytest.mark.parametrize(
    "args", [["check"], ["tables", "--json"], ["tables"]], ids=["check", "tables --json", "tables"]
)
def test_a_reader_that_stops_reading_gives_no_traceback(args):
    reader, writer = os.pipe()
    os.close(reader)  # like `| head` that has already gone: every write meets a closed pipe
    try:
        result = subprocess.run(
            [sys.executable, "-m", "airwars", *args], cwd=ROOT, stdout=writer, stderr=subprocess.PIPE, timeout=60
        )
    finally:
        os.close(writer)
    assert b"Traceback" not in result.stderr and b"Error" not in result.stderr, result.stderr.decode()


@pytest.mark.parametrize("args", [["check"], ["tables", "--json"]])
def test_a_full_disk_gives_one_line(args):
    with open("/dev/full", "wb") as full:
        result = command(*args, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "cannot write the output: No space left on device"


def test_extract_with_standard_input_closed_says_so():
    result = subprocess.run(
        f"'{sys.executable}' -m airwars extract - <&-", shell=True, cwd=ROOT, capture_output=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "cannot read standard input: Bad file descriptor"


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_output_is_utf8_whatever_the_terminal_claims(encoding, tmp_path):
    text = tmp_path / "text.txt"
    text.write_bytes(ARABIC_TEXT)
    env = {"PYTHONIOENCODING": encoding}
    found = command("extract", str(text), env=env)
    assert found.returncode == 0 and b"Traceback" not in found.stderr
    assert "أكثر من 15 ألف" in found.stdout.decode("utf-8")
    ok = command("check", "--lang", "ar", env=env)
    assert ok.returncode == 0 and "سليمة" in ok.stdout.decode("utf-8")


def test_extract_refuses_a_named_pipe_without_blocking(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = command("extract", str(fifo))  # a blocking open would hit the timeout
    assert result.returncode == 1
    assert "is not an ordinary file" in result.stderr.decode() and b"Traceback" not in result.stderr


def test_every_command_takes_data_dir_and_speaks_the_chosen_language(data_copy, tmp_path, capsys):
    from airwars.__main__ import main

    assert main(["check", str(data_copy)]) == 0  # the positional still works
    assert main(["check", "--data-dir", str(data_copy), "--lang", "ar"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("الملفات") and "ok" not in line and str(data_copy) in line
    assert main(["tables", "--json", "--data-dir", str(data_copy)]) == 0
    capsys.readouterr()
    assert main(["export", str(tmp_path / "r.html"), "--data-dir", str(data_copy), "--lang", "ar"]) == 0
    assert capsys.readouterr().out.startswith("كُتب الملف")
    (data_copy / data.FIGURES_FILE).unlink()
    assert main(["tables", "--data-dir", str(data_copy), "--lang", "ar"]) == 1
    err = capsys.readouterr().err
    assert "figures.csv" in err and "file not found" not in err
    assert main(["extract", "--data-dir", str(data_copy), str(tmp_path / "none.txt")]) == 1


def _limit_file_size(size: int):
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def test_a_failed_export_leaves_the_previous_report_whole(tmp_path):
    target = tmp_path / "report.html"
    assert command("export", str(target)).returncode == 0
    good = target.read_bytes()
    # A file-size limit below the report's size: the write fails part way, as on a full disk.
    result = subprocess.run(
        [sys.executable, "-m", "airwars", "export", str(target)],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        preexec_fn=_limit_file_size(100_000),
    )
    assert result.returncode == 1
    assert target.read_bytes() == good
    assert "File too large" in result.stderr.decode() and b"Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"], "no temporary file left behind"


@pytest.mark.parametrize("target", ["data/figures.csv", "data/report.html", "report.pdf", "report"])
def test_export_refuses_the_data_folder_and_what_is_not_html(target, data_copy, tmp_path, capsys):
    from airwars.__main__ import main

    path = data_copy / target.removeprefix("data/") if target.startswith("data/") else tmp_path / target
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    assert main(["export", str(path), "--data-dir", str(data_copy), "--lang", "en"]) == 1
    assert main(["export", str(ROOT / target)]) == 1  # the shipped data folder, whatever --data-dir says
    err = capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in data_copy.iterdir()} == before
    assert target.startswith("data/") or not path.exists()
    assert ("inside the data folder" if target == "data/report.html" else "ending in .html") in err


def test_the_cache_key_follows_the_content_not_size_and_time(data_copy):
    from ui import view

    path = data_copy / data.FIGURES_FILE
    before = view.stamp(str(data_copy))
    info = path.stat()
    path.write_text(
        path.read_text(encoding="utf-8").replace("strikes_iraq,4564", "strikes_iraq,4565"), encoding="utf-8"
    )
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # same size, same time: only the content differs
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns
    assert view.stamp(str(data_copy)) != before
