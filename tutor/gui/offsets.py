"""The one place where Python string offsets meet Qt text positions.

Python counts code points; Qt counts UTF-16 units, so every character outside
the Basic Multilingual Plane (emoji, some CJK, maths letters) takes two Qt
positions and one Python index. Every span that crosses between the core and
a Qt widget goes through an ``OffsetMap``.
"""

from __future__ import annotations

from bisect import bisect_left

from tutor.core.span import Span


class OffsetMap:
    """Converts between offsets in ``text`` (Python) and positions in a Qt document holding it."""

    __slots__ = ("_astral", "_astral_qt", "length")

    def __init__(self, text: str):
        self.length = len(text)
        # Most texts are all-BMP: then both directions are the identity and cost nothing.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._astral_qt = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """Qt position of Python offset ``index`` (0..len(text))."""
        return index + bisect_left(self._astral, index) if self._astral else index

    def from_qt(self, position: int) -> int:
        """Python offset of Qt ``position``; a position inside a surrogate pair rounds down."""
        if not self._astral:
            return position
        # Each astral character starting before ``position`` took one unit more in Qt.
        return position - bisect_left(self._astral_qt, position)

    def span_to_qt(self, span: Span) -> tuple[int, int]:
        return self.to_qt(span.start), self.to_qt(span.end)


def qt_length(text: str) -> int:
    """Length of ``text`` in UTF-16 units, as Qt measures it."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
