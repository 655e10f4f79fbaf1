"""UTF-16 code-unit offsets (Java's, so LanguageTool's, and Qt's) to and from Python string offsets,
and spans widened to whole characters as a reader sees them (grapheme clusters).

Python indexes code points; Java indexes UTF-16 code units, where every
character outside the Basic Multilingual Plane (most emoji, some CJK) takes
two units. Without conversion, every finding after an emoji lands one
character too far to the right.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from tutor.core.span import Span

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Offsets:
    """Converts offsets for one text; built once per text (O(n)), then O(log k).
    Most texts are all-BMP: then both directions are the identity and cost next to nothing."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Python index of every astral character, in order, and its UTF-16 offset:
        # the k-th astral character (0-based) at Python index p starts at unit p + k.
        self._astral: list[int] = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_units: list[int] = [p + k for k, p in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        """The UTF-16 offset of Python offset ``index`` (0..len(text))."""
        return index + bisect_left(self._astral, index) if self._astral else index

    def to_python(self, unit: int, *, round_up: bool = False) -> int:
        """The Python offset of UTF-16 offset ``unit``, clamped to the text.

        An offset inside a surrogate pair rounds down to the character's start,
        or up past it with ``round_up`` (use that for span ends).
        """
        before = bisect_left(self._astral_units, unit)  # astral chars starting before `unit`
        offset = unit - before
        if round_up and before and self._astral_units[before - 1] == unit - 1:
            offset += 1  # `unit` splits a surrogate pair: move past the whole character
        return max(0, min(offset, len(self.text)))

    def span(self, offset: int, length: int) -> Span:
        """The Python span of a (UTF-16 offset, UTF-16 length) pair, as LanguageTool sends."""
        start = self.to_python(offset)
        end = self.to_python(offset + max(length, 0), round_up=True)
        return Span(start, max(start, end))


def utf16_span_to_python(text: str, offset: int, length: int) -> Span:
    """One-off conversion; use ``Utf16Offsets`` when converting many offsets of one text."""
    return Utf16Offsets(text).span(offset, length)


def python_to_utf16(text: str, index: int) -> int:
    """The UTF-16 offset of Python offset ``index`` (for sending positions to Java)."""
    return Utf16Offsets(text).to_utf16(index)



# One user-perceived character (Unicode's extended grapheme cluster, UAX #29): a letter with
# its combining marks ("o" + U+0327 "o̧"), an emoji with its skin tone, a flag's two letters.
_CLUSTER = regex.compile(r"\X")
# How far back a cluster's start is looked for when no space is nearer. A longer run of
# combining marks than this is not text anyone writes; the span is then widened from there.
_LOOK_BACK = 100


def grapheme_span(text: str, span: Span) -> Span:
    """``span`` (Python offsets into ``text``) widened to whole grapheme clusters, so a
    finding never cuts a letter from its accent or an emoji from its modifier.

    Unchanged where both ends already fall between clusters (all plain ASCII text).
    Costs about a word's length per end, not the text's.
    """
    start = span.start if _between_clusters(text, span.start) else _cluster_start(text, span.start)
    end = span.end if _between_clusters(text, span.end) else _cluster_end(text, span.end)
    return Span(start, max(start, end))


def _between_clusters(text: str, index: int) -> bool:
    """True where ``index`` surely falls between two clusters; False when it may not."""
    if index <= 0 or index >= len(text):
        return True
    before, after = text[index - 1], text[index]
    # Only CR LF joins two ASCII characters into one cluster (UAX #29, rule GB3).
    return before < "\x80" and after < "\x80" and not (before == "\r" and after == "\n")


def _cluster_start(text: str, index: int) -> int:
    """Where the cluster holding ``text[index]`` starts."""
    window = max(0, index - _LOOK_BACK)
    # A space or line break nearly always starts a cluster: read forward from the last one.
    pos = max(text.rfind(" ", window, index), text.rfind("\n", window, index), window)
    while True:
        found = _CLUSTER.match(text, pos)
        if found is None or found.end() > index:
            return pos
        pos = found.end()


def _cluster_end(text: str, index: int) -> int:
    """Where the cluster holding ``text[index - 1]`` ends."""
    found = _CLUSTER.match(text, _cluster_start(text, index - 1))
    return max(index, found.end()) if found else index
