"""Marks on text: underlines, tints and italics drawn as ExtraSelections.

A mark holds a live ``QTextCursor``, so it moves with the text when the
student types elsewhere. A mark whose own words are edited is dropped at once:
an underline never sits on words it was not made for. Only marks in the
visible part of the document become ExtraSelections, which keeps redrawing cheap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from tutor.gui.theme import Colours

GRAMMAR, STYLE, COPIED, FACT, COVERAGE = "grammar", "style", "copied", "fact", "coverage"
PARAPHRASED = "paraphrased"  # a sentence patchwritten from one passage sentence

# A format carrying this property is underlined by ``MarkedText`` itself with a
# wavy line in the format's underline colour, whose thickness follows the text's
# size. Qt's own SpellCheckUnderline is always drawn one pixel thick, too thin
# to see on a projector, and a QTextCharFormat has no way to make it thicker.
WAVE = int(QTextFormat.Property.UserProperty) + 1
# Likewise a straight line in a pen style (solid, dashed, dotted, dash-dot), drawn by
# ``MarkedText`` as thick as the text is large (see ``mark_lines``).
LINE = int(QTextFormat.Property.UserProperty) + 2


@dataclass(frozen=True)
class Note:
    """What a mark tells the student (tooltip) and offers (context menu)."""

    kind: str  # GRAMMAR, STYLE, COPIED, PARAPHRASED, FACT or COVERAGE
    tooltip: str
    category: str = ""  # grammar category, or coverage status
    suggestions: tuple[str, ...] = ()
    rule_id: str = ""
    text: str = ""  # the flagged words, as checked


@dataclass(frozen=True)
class Mark:
    cursor: QTextCursor
    format: QTextCharFormat
    note: Note

    @property
    def start(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        return self.cursor.selectionEnd()


def _looks(marks: list[Mark]) -> list[tuple]:
    return [(m.start, m.end, m.note, m.format) for m in marks]


def make_mark(document: QTextDocument, start: int, end: int, fmt: QTextCharFormat, note: Note) -> Mark:
    """A mark over Qt positions [start, end) of ``document``."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return Mark(cursor, fmt, note)


class MarkSet:
    """The marks of one text widget, in order of their start.

    Edits keep that order (a cursor moves with the text, so positions map
    monotonically) and never make a kept mark longer (typing in or at the end of a
    mark drops it), so the marks near a position are found by bisection: a key press
    in a 20,000-word précis with 500 marks looks at a handful, not at all of them.
    """

    def __init__(self) -> None:
        self.marks: list[Mark] = []
        self._longest = 0  # Qt characters: no mark is longer

    def replace(self, marks: list[Mark]) -> bool:
        """Take ``marks``; False when they are the ones already shown (nothing to redraw)."""
        marks = sorted(marks, key=lambda m: (m.start, m.end))
        if _looks(marks) == _looks(self.marks):
            return False
        self.marks = marks
        self._longest = max((m.end - m.start for m in marks), default=0)
        return True

    def clear(self) -> None:
        self.marks = []
        self._longest = 0

    def between(self, first: int, last: int) -> list[Mark]:
        """The marks overlapping or touching Qt positions [first, last], in order."""
        lo = bisect_left(self.marks, first - self._longest, key=_start)
        hi = bisect_right(self.marks, last, lo=lo, key=_start)
        return [m for m in self.marks[lo:hi] if m.end >= first]

    def at(self, position: int) -> list[Mark]:
        return [m for m in self.between(position, position)
                if m.start <= position < m.end or m.start == position == m.end]

    def drop_touching(self, position: int, added: int, removed: int) -> bool:
        """Forget marks whose words were just edited; True when any went.

        ``position``/``added``/``removed`` are those of ``QTextDocument.contentsChange``;
        the marks' cursors have already moved with the edit.
        """
        end = position + added

        def edited(m: Mark) -> bool:
            if m.end <= m.start:
                return True  # its words were deleted
            if added and m.start < end and position < m.end:
                return True  # typed inside (or at the end, which the cursor then includes)
            return bool(removed) and m.start <= position <= m.end

        gone = {id(m) for m in self.between(position, end) if edited(m)}
        if gone:
            self.marks = [m for m in self.marks if id(m) not in gone]
        return bool(gone)

    def selections(self, first: int, last: int) -> list[QTextEdit.ExtraSelection]:
        """ExtraSelections for marks overlapping Qt positions [first, last]."""
        out = []
        for m in self.between(first, last):
            fmt = qt_part(m.format)
            if fmt.propertyCount():
                sel = QTextEdit.ExtraSelection()
                sel.cursor = m.cursor
                sel.format = fmt
                out.append(sel)
        return out


def _start(mark: Mark) -> int:
    return mark.start


def qt_part(fmt: QTextCharFormat) -> QTextCharFormat:
    """What of a mark's look Qt itself paints: its tint and text colour, without the wavy or
    straight line the view draws (``WAVE``, ``LINE``). Handing Qt a selection it cannot
    paint by background alone makes it draw the text again under it: with the waves of a
    20,000-word paragraph that tripled the cost of a repaint (``bench/gui.py``)."""
    own = QTextCharFormat(fmt)
    for prop in (WAVE, LINE):
        own.clearProperty(prop)
    if own.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline:
        own.clearProperty(QTextFormat.Property.TextUnderlineColor)
    return own


def grammar_format(colours: Colours, category: str) -> QTextCharFormat:
    """A wavy underline drawn by the editor (see ``WAVE``): no underline style of Qt's own."""
    fmt = QTextCharFormat()
    fmt.setUnderlineColor(colours.category(category))
    fmt.setProperty(WAVE, True)
    return fmt


def is_wavy(fmt: QTextCharFormat) -> bool:
    return fmt.boolProperty(WAVE)


def with_line(fmt: QTextCharFormat, style: Qt.PenStyle, colour: QColor) -> QTextCharFormat:
    """``fmt`` with a straight line under its words, drawn by the view (see ``LINE``)."""
    fmt.setUnderlineColor(colour)
    fmt.setProperty(LINE, int(style.value))
    return fmt


def line_style(fmt: QTextCharFormat) -> Qt.PenStyle | None:
    """The pen style of a format's drawn line, or None when it has none."""
    return Qt.PenStyle(fmt.intProperty(LINE)) if fmt.hasProperty(LINE) else None


def style_format(colours: Colours) -> QTextCharFormat:
    return with_line(QTextCharFormat(), Qt.PenStyle.DotLine, colours.category("style"))


# ExtraSelections only paint: font changes (bold, italic) in their formats are
# ignored, so every mark is made of colours, tints and line styles.


def fact_format(colours: Colours) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(colours.tint("fact", colours.tint_alpha // 2))
    return with_line(fmt, Qt.PenStyle.DashDotLine, colours.category("fact"))


def copied_format(colours: Colours) -> QTextCharFormat:
    """A highlighter-pen tint. (An overline read as an underline of the line above.)"""
    fmt = QTextCharFormat()
    fmt.setBackground(colours.tint("copied", colours.copied_alpha))
    fmt.setForeground(QColor(colours.copied_text))
    return fmt


def paraphrased_format(colours: Colours) -> QTextCharFormat:
    """Copying's highlighter at half strength, with a dashed line drawn by the view (see ``LINE``):
    the words were changed, not the sentence."""
    fmt = QTextCharFormat()
    fmt.setBackground(colours.tint("copied", colours.copied_alpha // 2))
    return with_line(fmt, Qt.PenStyle.DashLine, colours.category("under"))


_COVERAGE_LINES = {"covered": Qt.PenStyle.SolidLine, "partial": Qt.PenStyle.DashLine, "missing": Qt.PenStyle.DotLine,
                   "contradicted": Qt.PenStyle.DashDotDotLine}


def coverage_format(colours: Colours, status: str) -> QTextCharFormat:
    """Passage sentences: a tint and a line style per status (solid, dashed, dotted, dash-dot-dot
    for contradicted); a status the core adds later gets dash-dot-dot in the grammar colour."""
    fmt = QTextCharFormat()
    fmt.setBackground(colours.tint(status))
    return with_line(fmt, _COVERAGE_LINES.get(status, Qt.PenStyle.DashDotDotLine), colours.category(status))


def format_for(note: Note, colours: Colours) -> QTextCharFormat:
    """The look of a mark, from what it says (used again when the theme changes)."""
    if note.kind == GRAMMAR:
        return grammar_format(colours, note.category)
    if note.kind == STYLE:
        return style_format(colours)
    if note.kind == FACT:
        return fact_format(colours)
    if note.kind == COPIED:
        return copied_format(colours)
    if note.kind == PARAPHRASED:
        return paraphrased_format(colours)
    return coverage_format(colours, note.category)


def restyled(marks: list[Mark], colours: Colours) -> list[Mark]:
    return [Mark(m.cursor, format_for(m.note, colours), m.note) for m in marks]


def every_format(colours: Colours) -> dict[str, QTextCharFormat]:
    """Each kind of mark's look, by name (for the contrast checks and the legend)."""
    out = {f"{c} underline": grammar_format(colours, c) for c in ("spelling", "grammar", "punctuation")}
    out |= {"convention": style_format(colours), "wrong fact": fact_format(colours), "copied": copied_format(colours),
            "closely paraphrased": paraphrased_format(colours)}
    out |= {f"{s} sentence": coverage_format(colours, s) for s in _COVERAGE_LINES}
    out["where you clicked"] = spotlight_format(colours)
    return out


def spotlight_format(colours: Colours) -> QTextCharFormat:
    """The passing highlight that shows a feedback item's words (not a selection)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colours.spotlight))
    fmt.setForeground(QColor(colours.spotlight_text))
    return fmt
