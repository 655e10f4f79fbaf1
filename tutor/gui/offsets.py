"""The one place where Python string offsets meet Qt text positions.

Python counts code points; Qt counts UTF-16 units, so every character outside
the Basic Multilingual Plane (emoji, some CJK, maths letters) takes two Qt
positions and one Python index. Every span that crosses between the core and
a Qt widget goes through an ``OffsetMap``: the core's UTF-16 conversion (the
one LanguageTool's offsets use too), under Qt's names.
"""

from __future__ import annotations

from tutor.core.utf16 import Utf16Offsets
from tutor.core.span import Span


class OffsetMap(Utf16Offsets):
    """Converts between offsets in ``text`` (Python) and positions in a Qt document holding it."""

    def to_qt(self, index: int) -> int:
        """Qt position of Python offset ``index`` (0..len(text))."""
        return self.to_utf16(index)

    def from_qt(self, position: int) -> int:
        """Python offset of Qt ``position``; a position inside a surrogate pair rounds down."""
        return self.to_python(position)

    def span_to_qt(self, span: Span) -> tuple[int, int]:
        return self.to_qt(span.start), self.to_qt(span.end)


def qt_length(text: str) -> int:
    """Length of ``text`` in UTF-16 units, as Qt measures it."""
    return Utf16Offsets(text).to_utf16(len(text))
