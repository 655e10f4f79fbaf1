"""A passage to summarise, with what a teacher wrote about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tutor.core.title import split_title
from tutor.core.tokens import count_words

LEVELS = ("foundation", "intermediate", "advanced")


@dataclass(frozen=True, slots=True)
class AuthoredKeyPoint:
    """A key point as a teacher wrote it in a pack.

    ``source`` is a verbatim quotation of the passage the point comes from;
    ``accept`` lists other wordings that should count as covering it.
    """

    id: str
    text: str
    weight: float = 1.0
    accept: tuple[str, ...] = ()
    source: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class ModelPrecis:
    text: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Passage:
    id: str
    title: str
    text: str
    level: str = "intermediate"
    subject: str = ""
    key_points: tuple[AuthoredKeyPoint, ...] = ()
    model_precis: tuple[ModelPrecis, ...] = ()
    target_words: int | None = None
    author: str = ""  # who wrote the passage: a name the précis may give as its source
    question: str = ""  # the task set on the passage ("Summarise three causes of ...")
    origin: str = field(default="", compare=False)
    words: int = field(init=False, compare=False)  # counted once: the GUI and every check read it

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", count_words(self.text))


    @property
    def known_text(self) -> str:
        """Title, author and question: text beside the passage whose names and counts a précis may use."""
        return "\n".join(part for part in (self.title, self.author, self.question) if part)


# "by Mary Shelley", "Written by J. R. R. Tolkien", "Author: Chinua Achebe", "— Rabindranath Tagore":
# a line of its own among the first few, naming one to four capitalised words.
_AUTHOR_LINE = re.compile(r"^[ \t]*(?:(?:written\s+)?by|author\s*:|[-\u2013\u2014]+)[ \t]+"
                          r"(?P<name>(?:[A-Z][\w'\u2019.-]*\.?[ \t]+){0,3}[A-Z][\w'\u2019-]+)[ \t]*$", re.IGNORECASE)
_AUTHOR_LINES = 3  # how many non-empty lines from the top may hold the author line


def author_line(text: str) -> str:
    """The author named on a line of its own near the top of a plain-text passage
    ("by Mary Shelley"), or "". Only lines among the first three non-empty ones are read, and
    the name must be one to four words, each capitalised, so "By 2050 the seas..." or "By the river" is not one."""
    lines = [line for line in text.splitlines() if line.strip()][:_AUTHOR_LINES]
    for line in lines:
        m = _AUTHOR_LINE.match(line)
        if m and all(w[:1].isupper() for w in m.group("name").split()):
            return " ".join(m.group("name").split())
    return ""


def passage_from_text(text: str, origin: str = "", title: str = "") -> Passage:
    """A passage a student pasted or opened as plain text: no key points of its own.
    An author line near the top ("by Mary Shelley") gives its ``author``."""
    return Passage(id="pasted", title=title or "Pasted passage", text=text, origin=origin, author=author_line(text))


def passage_title(text: str, path: str) -> tuple[str, str]:
    """(title, passage text) of a .txt passage: its first line when that reads as a title
    (short, no closing full stop, more text below), which then is not part of the passage;
    else the file's name ("water_rights.txt" -> "Water rights"). The app and the command
    line both read a .txt passage this way, so they count and check the same passage."""
    found = split_title(text)
    # A passage's first lines may be hard-wrapped: only a line set apart by a blank line is a title.
    if found.title_span is not None and found.title.strip() and re.match(r"[^\n]*\n[ \t]*\n", text[found.title_span.start:]):
        return found.title, text[found.body.start:].strip("\n")
    name = Path(path).stem.replace("_", " ").replace("-", " ").strip()
    return (name[:1].upper() + name[1:]) if name else "Passage", text.strip("\n")


def passage_from_file(text: str, path: str) -> Passage:
    """The passage of a .txt file read as ``text``: titled as ``passage_title`` says."""
    title, body = passage_title(text, path)
    return passage_from_text(body, origin=str(path), title=title)
