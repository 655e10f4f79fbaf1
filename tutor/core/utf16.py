"""UTF-16 code-unit offsets (Java's, so LanguageTool's, and Qt's) to and from Python string offsets.

Python indexes code points; Java indexes UTF-16 code units, where every
character outside the Basic Multilingual Plane (most emoji, some CJK) takes
two units. Without conversion, every finding after an emoji lands one
character too far to the right.
"""

from __future__ import annotations

import re
from bisect import bisect_left

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

