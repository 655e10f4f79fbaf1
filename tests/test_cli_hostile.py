"""The command line under attack: outputs that are inputs, full disks, endless files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli import main

ROOT = Path(__file__).resolve().parents[1]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices, FIFOs and rlimits")
PASSAGE = ("Coastal towns in the south have lost a third of their beaches since 1990, as sea levels rose "
           "and sand mining went unchecked. A new law bans mining within five kilometres of the shore.\n")
PRECIS = "Saving the Shore\n\nSouthern beaches shrank as seas rose and sand was mined; a law now bans mining.\n"


@pytest.fixture
def class_folder(tmp_path):
    passage = tmp_path / "passage.txt"
    passage.write_text(PASSAGE, encoding="utf-8")
    folder = tmp_path / "class"
    folder.mkdir()
    for name in ("amina.txt", "bilal.txt"):
        (folder / name).write_text(PRECIS, encoding="utf-8")
    return passage, folder


@pytest.mark.parametrize("victim", ["folder/amina.txt", "passage"])
def test_mark_refuses_a_csv_path_that_is_one_of_its_inputs_and_leaves_it_intact(class_folder, capsys, victim):
    passage, folder = class_folder
    target = passage if victim == "passage" else folder / "amina.txt"
    before = target.read_bytes()
    code = main(["mark", str(passage), str(folder), "--csv", str(target), "--grammar", "off"])
    assert code == 2
    assert "one of the files being marked" in capsys.readouterr().err
    assert target.read_bytes() == before


@posix_only
def test_mark_into_dev_full_ends_with_a_clear_message_and_exit_2(class_folder, capsys):
    passage, folder = class_folder
    code = main(["mark", str(passage), str(folder), "--csv", "/dev/full", "--grammar", "off"])
    err = capsys.readouterr().err
    assert code == 2
    assert "/dev/full cannot be written: No space left on device" in err


@posix_only
def test_a_disk_that_fills_while_marking_leaves_the_old_csv_intact(class_folder, tmp_path):
    """A file-size limit (RLIMIT_FSIZE) makes the write fail with EFBIG, as a full disk fails with ENOSPC."""
    passage, folder = class_folder
    for i in range(40):
        (folder / f"pupil{i:02}.txt").write_text(PRECIS, encoding="utf-8")
    out = tmp_path / "marks.csv"
    out.write_text("file,total\nlast-week.txt,15\n", encoding="utf-8")
    script = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
              "resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000)); "
              "from tutor.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", script, "mark", str(passage), str(folder), "--csv", str(out),
                           "--grammar", "off"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "marks.csv cannot be written" in done.stderr
    assert out.read_text(encoding="utf-8") == "file,total\nlast-week.txt,15\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@posix_only
def test_a_fifo_among_the_precis_gets_an_error_row_and_marking_finishes(class_folder, tmp_path):
    passage, folder = class_folder
    os.mkfifo(folder / "pipe.txt")
    out = tmp_path / "marks.csv"
    done = subprocess.run([sys.executable, "-m", "tutor", "mark", str(passage), str(folder), "--csv", str(out),
                           "--grammar", "off"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = {r["file"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert set(rows) == {"amina.txt", "bilal.txt", "pipe.txt"}
    assert "not a regular file" in rows["pipe.txt"]["error"] and rows["amina.txt"]["total"]


@posix_only
def test_check_refuses_dev_zero_as_a_precis_at_once(class_folder, capsys):
    passage, _ = class_folder
    assert main(["check", str(passage), "/dev/zero", "--grammar", "off"]) == 2
    assert "/dev/zero is not a regular file" in capsys.readouterr().err


def test_the_precis_tutor_command_accepts_restore_like_the_app(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PRECIS_TUTOR_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "tutor", "--restore", "yes"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    if sys.platform.startswith("linux"):
        assert done.returncode == 2 and "no display found" in done.stderr
    assert "unrecognized arguments" not in done.stderr and "invalid choice" not in done.stderr


def test_check_with_a_trickling_languagetool_server_returns_with_harper_findings(class_folder, tmp_path, capsys,
                                                                                monkeypatch):
    """Our side only: a stand-in on 127.0.0.1 that sends one byte every 0.1 s and never finishes."""
    from grammar_server import TricklingServer

    import time

    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(tmp_path / "home"))
    passage, folder = class_folder
    server = TricklingServer(interval=0.1)
    try:
        started = time.monotonic()
        code = main(["check", str(passage), str(folder / "amina.txt"), "--grammar", "languagetool",
                     "--lt-server", server.url])
        elapsed = time.monotonic() - started
    finally:
        server.close()
    assert code == 0 and elapsed < 15  # Harper warming up takes most of it; before, it never returned
    assert "using Harper" in capsys.readouterr().out


def test_check_works_when_the_data_folder_cannot_be_created(class_folder, tmp_path, capsys, monkeypatch):
    passage, folder = class_folder
    blocker = tmp_path / "home-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(blocker / "precis"))
    assert main(["check", str(passage), str(folder / "amina.txt"), "--grammar", "harper"]) == 0
    assert "/ 20" in capsys.readouterr().out
