"""Finding the title of a précis, and the word count a student wrote under it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.span import Span
from tutor.core.tokens import count_words

_TITLE_LABEL = re.compile(r"^\s*title\b\s*[:\-–—=.]*\s*[:\-–—]*\s*", re.IGNORECASE)
_STATED_COUNT = re.compile(r"^\s*[\(\[]?\s*(?:word\s*count\s*[:\-]?\s*)?(\d{1,4})\s*words?\s*[\)\]]?\.?\s*$",
                           re.IGNORECASE)
# "Precis :", "Précis:", "PRÉCIS -": a label before the body, neither counted nor checked.
# The colon or dash is required when words follow ("Précis writing is..." is the body);
# alone on its line, the bare word is a label too.
_PRECIS_LABEL = re.compile(r"\s*pr[eé]cis\b(?:\s*[:\-–—=]+[ \t]*|[ \t]*(?=\n|$))", re.IGNORECASE)
MAX_TITLE_WORDS = 12


@dataclass(frozen=True, slots=True)
class TitledPrecis:
    """A précis as read, split into title and body.

    All spans are offsets into ``text``, the précis as read (title line included).
    """

    text: str
    title: str
    title_span: Span | None
    body: Span
    stated_words: int | None = None  # "95 words" written at the end by the student
    title_given: bool = False  # the title came from --title or the title field, not the text

    @property
    def body_text(self) -> str:
        return self.body.of(self.text)

    @property
    def title_words(self) -> int:
        return count_words(self.title)


def _first_line(text: str) -> Span | None:
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            return Span(m.start(), m.end())
    return None


def _stated_count(text: str, start: int) -> tuple[int | None, int]:
    """The student's own word count on the last line, and where the body then ends."""
    stripped_end = len(text.rstrip())
    line_start = text.rfind("\n", start, stripped_end) + 1
    line_start = max(line_start, start)
    m = _STATED_COUNT.match(text[line_start:stripped_end])
    if m and line_start > start:
        return int(m.group(1)), line_start
    return None, len(text)


def _strip(text: str, span: Span) -> Span:
    chunk = span.of(text)
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    start = span.start + lead
    return Span(start, max(start, span.end - trail))


def split_title(text: str, title: str | None = None) -> TitledPrecis:
    """Find the title: a first line starting "Title", or a short first line with
    no final full stop followed by more text. ``title`` (from ``--title`` or the
    title field) wins, and then the whole text is the body. A "Précis:" label
    where the body begins is left out of the body."""
    found = _split(text, title)
    label = _PRECIS_LABEL.match(text, found.body.start, found.body.end)
    if label is None or label.end() == found.body.start:
        return found
    body = _strip(text, Span(label.end(), found.body.end))
    return TitledPrecis(found.text, found.title, found.title_span, body, found.stated_words, found.title_given)


def _split(text: str, title: str | None) -> TitledPrecis:
    if title is not None:
        stated, end = _stated_count(text, 0)
        return TitledPrecis(text, title.strip(), None, _strip(text, Span(0, end)), stated, title_given=True)
    first = _first_line(text)
    if first is None:
        return TitledPrecis(text, "", None, Span(0, len(text)))
    line = first.of(text)
    label = _TITLE_LABEL.match(line)
    if label and not line[label.end():].strip():
        # "TITLE:" alone on its line: the title is the next line, if that reads as a title.
        following = _first_line_from(text, first.end)
        if following is not None and _is_short_phrase(following.of(text)):
            return _titled(text, following, 0)
        stated, end = _stated_count(text, first.end)
        return TitledPrecis(text, "", None, _strip(text, Span(first.end, end)), stated)
    if not (label or _looks_like_title(text, first)):
        stated, end = _stated_count(text, 0)
        return TitledPrecis(text, "", None, _strip(text, Span(0, end)), stated)
    return _titled(text, first, label.end() if label else 0)


def _titled(text: str, line: Span, skip: int) -> TitledPrecis:
    title_span = _strip(text, Span(line.start + skip, line.end))
    stated, end = _stated_count(text, line.end)
    return TitledPrecis(text, title_span.of(text), title_span, _strip(text, Span(line.end, end)), stated)


def _first_line_from(text: str, start: int) -> Span | None:
    found = _first_line(text[start:])
    return found.shifted(start) if found else None


def _is_short_phrase(line: str) -> bool:
    """At most ``MAX_TITLE_WORDS`` words and no closing punctuation. Runs on every
    keystroke (the live counter), so a long line is refused before it is tokenised."""
    if line.rstrip().endswith((".", "?", "!", ",", ";", ":")):
        return False
    if len(line.split(None, 2 * MAX_TITLE_WORDS)) > 2 * MAX_TITLE_WORDS:
        return False
    return count_words(line) <= MAX_TITLE_WORDS


def _looks_like_title(text: str, first: Span) -> bool:
    """A short first line with no closing punctuation, followed by a blank line or by a
    line that starts afresh; not the first line of a hard-wrapped paragraph; not a
    "Précis" label. A short line ending in "?" or "!" is a title too (the conventions then
    say a title is not a question or an exclamation)."""
    line = first.of(text).rstrip()
    rest = text[first.end:]
    apart = re.match(r"[ \t]*\n[ \t]*\n", rest) is not None
    if line.endswith(("?", "!")):
        line = line.rstrip("?! ")
    if not line or not _is_short_phrase(line) or _PRECIS_LABEL.fullmatch(line):
        return False
    if not rest.strip():
        return False
    if apart:
        return True
    following = rest.lstrip()
    return not following[:1].islower()
