"""Reading the texts students and teachers give us, with a clear word when we can't."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tutor.core.errors import InputProblem

MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class TextFile:
    text: str
    path: str
    note: str = ""  # e.g. that the file was not UTF-8 and was read as Windows-1252


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_size(text: str, what: str) -> None:
    if len(text) > MAX_CHARS:
        raise InputProblem(
            f"{what} is too large: {len(text):,} characters, and the limit is {MAX_CHARS:,}. "
            "A précis passage is a page or two at most.", what)


_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, path: str) -> TextFile:
    """Turn a file's bytes into text; see ``read_text`` for the rules."""
    if data.startswith(_UTF16_MARKS):  # Notepad's "Unicode": full of NUL bytes, yet text
        try:
            return _checked(normalise_newlines(data.decode("utf-16")), path, "")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise InputProblem(f"{path} is not a text file (it looks like a binary file). "
                           "Save it as plain text (.txt) and open it again.", path)
    note = ""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        note = f"{path} is not UTF-8; it was read as Windows-1252 (Western European)."
    return _checked(normalise_newlines(text), path, note)


def _checked(text: str, path: str, note: str) -> TextFile:
    check_size(text, path)
    if not text.strip():
        raise InputProblem(f"{path} is empty.", path)
    return TextFile(text, path, note)


def read_text(path: str | Path) -> TextFile:
    """Read a text file as the user would expect.

    Line endings become ``\\n``. A file that is not UTF-8 is read as
    Windows-1252 and says so in ``note``. A missing file, a folder, a binary
    file, an empty file or one over ``MAX_CHARS`` raises ``InputProblem``.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputProblem(f"{name} does not exist.", name)
    if p.is_dir():
        raise InputProblem(f"{name} is a folder, not a text file.", name)
    try:
        size = p.stat().st_size
        if size > MAX_CHARS * 4:
            raise InputProblem(f"{name} is too large: {size:,} bytes. The limit is {MAX_CHARS:,} characters.", name)
        data = p.read_bytes()
    except PermissionError:
        raise InputProblem(f"{name} cannot be read: permission denied.", name)
    except OSError as e:
        raise InputProblem(f"{name} cannot be read: {e.strerror or e}.", name)
    return decode(data, name)
