"""A plain-text view that carries marks: tooltips on hover, selection by Python span.

Both the passage and the précis editor are one of these. Text goes in and
spans come out through ``OffsetMap``, so emoji never shift a mark.

A paragraph of thousands of words is shown in pieces (``soft_breaks``); the
text read back, saved and copied is the one typed.

Marks are ExtraSelections, except the wavy underlines of grammar findings:
those are painted here, after the text, as thick as the text is large (see
``waves``; Qt's own wavy underline stays one pixel thick at any size).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFontMetricsF, QPainter, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from tutor.core.span import Span
from tutor.gui.panes.long_paragraphs import LongParagraphs
from tutor.gui.marks.mark_lines import MarkLine, mark_lines
from tutor.gui.marks.mark_lines import paint as paint_lines
from tutor.gui.marks.mark import Mark, MarkSet, spotlight_format
from tutor.gui.offsets import OffsetMap
from tutor.gui.plain import plain_tooltip
from tutor.gui.panes.soft_breaks import PiecedEdit
from tutor.gui.theme import colours_for
from tutor.gui.marks.waves import Wave, WaveLine, wave_lines


SELECTION_MARGIN = 600  # characters: a few lines either side of the view


class MarkedText(PiecedEdit):
    zoom_requested = Signal(int)  # +1 or -1: Ctrl+wheel zooms every pane together, not just this one

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.marks = MarkSet()
        self.long_paragraphs = LongParagraphs(self)
        self.verticalScrollBar().valueChanged.connect(self.refresh_marks)
        # An edit can bring other lines into view without any scrolling (lines deleted above,
        # a suggestion that rewraps, an undo): the marks on screen are picked again once the
        # text has been laid out, or they would vanish while their findings still stand.
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.marks_changed)
        self.document().contentsChanged.connect(self._refresh_soon.start)
        self._wave: Wave | None = None
        self._tiles: dict[tuple, object] = {}  # (colour's rgba, pixel ratio) -> QBrush, for self._wave
        self._waves_key: tuple = ()
        self._waves: list[WaveLine] = []
        self._lines_key: tuple = ()
        self._lines: list[MarkLine] = []
        # "Show me where": a highlight that is not a selection, so typing never replaces it.
        self._spotlight: QTextCursor | None = None
        self._spotlight_timer = QTimer(self)
        self._spotlight_timer.setSingleShot(True)
        self._spotlight_timer.timeout.connect(self.clear_spotlight)
        self.document().contentsChanged.connect(self.clear_spotlight)

    # -- marks -----------------------------------------------------------------

    def set_marks(self, marks: list[Mark]) -> None:
        if self.marks.replace(marks):  # unchanged marks cost no repaint
            self.marks_changed()

    def clear_marks(self) -> None:
        self.marks.clear()
        self.marks_changed()

    def marks_changed(self) -> None:
        """After marks came or went. A thick wave may reach a little below its line,
        outside the area Qt repaints for a changed ExtraSelection: repaint the view."""
        self.refresh_marks()
        self.viewport().update()

    def refresh_marks(self, *_args) -> None:
        first, last = self.visible_range()
        selections = self.marks.selections(first, last)
        if self._spotlight is not None:
            selections.append(self._spotlight_selection())
        self.setExtraSelections(selections)

    def visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and last characters on screen, widened by ``SELECTION_MARGIN``
        characters either way: text pulled up by a deletion is already marked when it appears.
        Positions, not blocks: in a one-paragraph précis of 20,000 words a block is all of it."""
        top = self.cursorForPosition(QPoint(0, 0)).position()
        corner = QPoint(self.viewport().width() - 1, self.viewport().height() - 1)
        bottom = self.cursorForPosition(corner).position()
        return max(0, top - SELECTION_MARGIN), bottom + SELECTION_MARGIN

    # -- wavy underlines ----------------------------------------------------------------

    def wave(self) -> Wave:
        """The wave for the text's size now (it follows the zoom)."""
        wave = Wave.for_text_height(QFontMetricsF(self.font()).height())
        if wave != self._wave:
            self._wave, self._tiles = wave, {}
        return wave

    def mark_lines(self) -> list[MarkLine]:
        """Where the straight lines of the marks on screen go (dotted, dashed, solid).
        Worked out again only when what ``wave_lines`` watches changed."""
        key = self._view_key()
        old = self._lines_key
        if not (old and old[:-1] == key[:-1] and old[-1] is key[-1]):
            first, last = self.visible_range()
            self._lines = mark_lines(self, self.marks.between(first, last), first, last)
            self._lines_key = key
        return self._lines

    def _view_key(self) -> tuple:
        document, offset, size = self.document(), self.contentOffset(), self.viewport().size()
        return (document.revision(), document.characterCount(), offset.x(), offset.y(),
                size.width(), size.height(), self.wave(), self.marks.marks)

    def wave_lines(self) -> list[WaveLine]:
        """Where the wavy underlines of the marks on screen go, line by line.

        Worked out again only when the text, the scrolling, the size, the zoom
        or the marks changed: a blinking cursor repaints without it.
        """
        wave = self.wave()
        document, offset, size = self.document(), self.contentOffset(), self.viewport().size()
        key = (document.revision(), document.characterCount(), offset.x(), offset.y(),
               size.width(), size.height(), wave, self.marks.marks)
        old = self._waves_key
        if not (old and old[:-1] == key[:-1] and old[-1] is key[-1]):
            self._waves = wave_lines(self, self.marks.between(*self.visible_range()), wave)
            self._waves_key = key
        return self._waves

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.marks.marks:
            return
        area = QRectF(event.rect())
        lines = self.mark_lines()
        painter = QPainter(self.viewport()) if lines else None
        if lines:
            paint_lines(painter, lines, self.wave().width)
        for line in self.wave_lines():
            if line.rect.intersects(area):
                if painter is None:
                    painter = QPainter(self.viewport())
                painter.setBrushOrigin(line.rect.topLeft())
                painter.fillRect(line.rect, self._tile(line))
        if painter is not None:
            painter.end()

    def _tile(self, line: WaveLine):
        ratio = self.viewport().devicePixelRatioF()
        key = (line.colour.rgba(), ratio)
        brush = self._tiles.get(key)
        if brush is None:
            brush = self._tiles[key] = self._wave.tile(line.colour, ratio)
        return brush

    def keyPressEvent(self, event) -> None:
        # Shift+F10 opens the context menu, as the Menu key does (Qt maps only the latter).
        if event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            pos = self.cursorRect().center()
            menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, self.viewport().mapToGlobal(pos))
            self.contextMenuEvent(menu_event)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refresh_marks()

    def marks_at(self, pos: QPoint) -> list[Mark]:
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - pos.y()) > rect.height():
            return []  # below the last line: nothing is under the mouse
        return self.marks.at(cursor.position())

    def tooltip_at(self, pos: QPoint) -> str:
        """What hovering at ``pos`` (viewport coordinates) shows: every mark's message there."""
        notes = [m.note.tooltip for m in self.marks_at(pos) if m.note.tooltip]
        return "\n\n".join(dict.fromkeys(notes))

    def shown_tooltip_at(self, pos: QPoint) -> str:
        """``tooltip_at`` as handed to Qt: escaped, so a pack's markup shows as typed."""
        return plain_tooltip(self.tooltip_at(pos))

    def viewportEvent(self, event: QEvent) -> bool:
        # Tooltip events of a scroll area go to its viewport, not to the widget.
        if event.type() == QEvent.Type.ToolTip:
            text = self.shown_tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- spans ------------------------------------------------------------------

    def offsets(self, text: str | None = None) -> OffsetMap:
        return OffsetMap(self.toPlainText() if text is None else text)

    def select_qt(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def select_span(self, span: Span) -> None:
        """Select ``span`` (Python offsets into the current text) and scroll to it."""
        self.select_qt(*self.offsets().span_to_qt(span))

    # -- showing where words are, without selecting them --------------------------------

    SPOTLIGHT_MS = 6000

    def spotlight_qt(self, start: int, end: int) -> None:
        """Highlight Qt positions [start, end) for a few seconds and scroll to them.

        Not a selection: the text cursor moves to ``start`` with nothing selected,
        so the next key typed (here or after Tab) inserts and never replaces.
        Focus stays where it was. An edit anywhere ends the highlight.
        """
        spot = QTextCursor(self.document())
        spot.setPosition(start)
        spot.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        caret = QTextCursor(self.document())
        caret.setPosition(start)
        self.setTextCursor(caret)
        self.centerCursor()
        self._spotlight = spot
        self._spotlight_timer.start(self.SPOTLIGHT_MS)
        self.marks_changed()

    def spotlight_span(self, span: Span) -> None:
        """``spotlight_qt`` for a span of Python offsets into the current text."""
        self.spotlight_qt(*self.offsets().span_to_qt(span))

    def clear_spotlight(self) -> None:
        if self._spotlight is not None:
            self._spotlight = None
            self._spotlight_timer.stop()
            self.marks_changed()

    def spotlighted_text(self) -> str:
        """The highlighted words as Python text, or "" when nothing is highlighted."""
        if self._spotlight is None:
            return ""
        return self.soft_breaks.selected(self._spotlight).replace("\u2029", "\n")

    def _spotlight_selection(self) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._spotlight
        sel.format = spotlight_format(colours_for(self))
        return sel

    def selected_text(self) -> str:
        """The selection as Python text (Qt gives paragraph separators as U+2029)."""
        return self.soft_breaks.selected(self.textCursor()).replace("\u2029", "\n")
