"""Bad input gets a clear message naming the file and the problem."""

import pytest

from tutor.core.errors import InputProblem
from tutor.core.textfile import MAX_CHARS, read_text


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(InputProblem, match="nope.txt does not exist"):
        read_text(tmp_path / "nope.txt")


def test_a_folder_is_not_a_text_file(tmp_path):
    with pytest.raises(InputProblem, match="is a folder"):
        read_text(tmp_path)


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "e.txt").write_text("  \n\n")
    with pytest.raises(InputProblem, match="e.txt is empty"):
        read_text(tmp_path / "e.txt")


def test_a_binary_file_is_not_text(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x00\x00\x01")
    with pytest.raises(InputProblem, match="not a text file"):
        read_text(tmp_path / "b.txt")


def test_a_huge_file_is_refused_with_the_limit(tmp_path):
    (tmp_path / "big.txt").write_text("word " * (MAX_CHARS // 4))
    with pytest.raises(InputProblem, match="too large"):
        read_text(tmp_path / "big.txt")


def test_a_windows_1252_file_is_read_with_a_note(tmp_path):
    (tmp_path / "w.txt").write_bytes("The caf\xe9 costs \x8050 \x96 cheap.".encode("latin-1"))
    read = read_text(tmp_path / "w.txt")
    assert read.text == "The café costs €50 – cheap."
    assert "not UTF-8" in read.note and "Windows-1252" in read.note


def test_windows_line_endings_become_newlines(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"Title\r\n\r\nBody text.\r\n")
    assert read_text(tmp_path / "crlf.txt").text == "Title\n\nBody text.\n"


def test_a_utf16_file_from_notepad_is_read_as_text(tmp_path):
    (tmp_path / "u.txt").write_bytes("Title\r\n\r\nThe café – 65%.".encode("utf-16"))
    assert read_text(tmp_path / "u.txt").text == "Title\n\nThe café – 65%."
