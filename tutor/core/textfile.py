"""Reading the texts students and teachers give us, with a clear word when we can't."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from tutor.core.errors import InputProblem

MAX_CHARS = 200_000
MAX_BYTES = MAX_CHARS * 4  # UTF-8 needs at most 4 bytes a character


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


def shown_name(path: str | Path) -> str:
    """A file name fit for a one-line message: as it is, unless it holds a control
    character (a newline, a tab...) or bytes that are not text; then quoted and
    escaped like Python's ``repr`` (``'a\\nb.txt'``)."""
    name = str(path)
    if not all(ch.isprintable() for ch in name):  # surrogates from undecodable bytes are not printable
        return repr(name)
    return name


def quoted(value: str) -> str:
    """A value from the user or a file (an id, a quoted phrase) in quotes for a one-line
    message: ``'value'``, escaped like ``repr`` when it holds a control character."""
    return f"'{value}'" if value.isprintable() else repr(value)


def one_line(message: str) -> str:
    """``message`` with any control character escaped as ``repr`` would (a newline as ``\\n``):
    the last guard that a message meant for one line stays on one line."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in message)


def read_text(path: str | Path) -> TextFile:
    """Read a text file as the user would expect.

    Line endings become ``\\n``. A file that is not UTF-8 is read as
    Windows-1252 and says so in ``note``. A missing file, a folder, anything
    else that is not a regular file (a FIFO, ``/dev/zero``), a binary file, an
    empty file or one over ``MAX_CHARS`` raises ``InputProblem``; the read never
    blocks and never takes more than ``MAX_BYTES`` + 1 bytes, whatever the file says its size is.
    """
    name = shown_name(path)
    try:
        data = _read_bounded(Path(path), name)
    except PermissionError:
        raise InputProblem(f"{name} cannot be read: permission denied.", str(path))
    except FileNotFoundError:
        raise InputProblem(f"{name} does not exist.", str(path))
    except IsADirectoryError:
        raise InputProblem(f"{name} is a folder, not a text file.", str(path))
    except OSError as e:
        raise InputProblem(f"{name} cannot be read: {e.strerror or e}.", str(path))
    return decode(data, name)


def _read_bounded(path: Path, name: str) -> bytes:
    # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb", buffering=0) as f:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            raise InputProblem(f"{name} is not a regular file (it is a {_kind(mode)}). "
                               "Open a saved text file (.txt) instead.", str(path))
        chunks, size = [], 0
        while size <= MAX_BYTES:  # bounded by the limit, not by what stat says
            chunk = f.read(min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if size > MAX_BYTES:
        raise InputProblem(f"{name} is too large: over {MAX_BYTES:,} bytes. "
                           f"The limit is {MAX_CHARS:,} characters.", str(path))
    return b"".join(chunks)


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "pipe (FIFO)"), (stat.S_ISCHR, "device"), (stat.S_ISBLK, "disk device"),
             (stat.S_ISSOCK, "socket"))
    return next((word for test, word in kinds if test(mode)), "special file")
