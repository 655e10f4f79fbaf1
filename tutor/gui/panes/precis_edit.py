"""The précis editor: plain text with underlines, hover messages and a right-click menu."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Signal
from PySide6.QtGui import QContextMenuEvent, QFont
from PySide6.QtWidgets import QMenu, QWidget

from tutor.core.textfile import MAX_CHARS
from tutor.gui.marks.marked_text import MarkedText
from tutor.gui.marks.mark import GRAMMAR, STYLE, Mark
from tutor.gui.plain import plain_tooltip


class PrecisEdit(MarkedText):
    ignore_requested = Signal(object)  # Note: this finding, for the session
    add_word_requested = Signal(str)
    never_flag_requested = Signal(str)  # a rule id: never flag it again, in this or later sessions
    paste_refused = Signal(str)  # a sentence saying why
    pasted_into_empty = Signal(str)  # the whole text, which may start with a title line

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText("Write your précis here, in your own words and in the third person.")
        self.document().contentsChange.connect(self._on_contents_change)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self.marks.drop_touching(position, added, removed):
            self.marks_changed()

    # -- pasting ------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if not text:
            return
        selected = len(self.textCursor().selectedText())
        size = len(self.toPlainText()) - selected + len(text)
        if size > MAX_CHARS:
            self.paste_refused.emit(
                f"That paste is too large: the précis would have {size:,} characters, and the limit is "
                f"{MAX_CHARS:,}. Nothing was pasted; your précis is as it was.")
            return
        if self.document().isEmpty():
            self.pasted_into_empty.emit(text)
            return
        with self.soft_breaks.student_edit():
            self.insertPlainText(text)

    # -- right-click menu ---------------------------------------------------------

    def grammar_mark_at(self, pos: QPoint) -> Mark | None:
        """The finding the right-click menu offers fixes for: a grammar finding, or a
        convention with a fix (a contraction's full form)."""
        found = [m for m in self.marks_at(pos) if m.note.kind == GRAMMAR]
        found += [m for m in self.marks_at(pos) if m.note.kind == STYLE and m.note.suggestions]
        return found[0] if found else None

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at ``pos`` (viewport coordinates): fixes first, then editing."""
        menu = self.createStandardContextMenu(pos)
        mark = self.grammar_mark_at(pos)
        if mark is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        items = []
        for suggestion in mark.note.suggestions:
            act = menu.addAction(suggestion or "(delete)")
            bold = QFont(act.font())
            bold.setBold(True)
            act.setFont(bold)
            act.triggered.connect(lambda _=False, m=mark, s=suggestion: self.apply_suggestion(m, s))
            items.append(act)
        if mark.note.kind == GRAMMAR:  # a convention's fix is all there is to offer for it
            items += self._grammar_choices(menu, mark)
        for act in items:
            menu.removeAction(act)
        menu.insertActions(first, items)
        menu.insertSeparator(first)
        menu.setToolTipsVisible(True)
        return menu

    def _grammar_choices(self, menu: QMenu, mark: Mark) -> list:
        ignore = menu.addAction("Ignore")
        ignore.triggered.connect(lambda _=False, n=mark.note: self.ignore_requested.emit(n))
        if mark.note.category == "spelling":
            add = menu.addAction("Add to dictionary")
            add.triggered.connect(lambda _=False, w=mark.note.text: self.add_word_requested.emit(w))
            return [ignore, add]
        if not mark.note.rule_id:
            return [ignore]
        # Not for misspellings: their rule is the whole spelling check, and
        # "Add to dictionary" is what the student means there.
        never = menu.addAction("Never flag this rule")
        tip = (f"Stop flagging the rule “{mark.note.rule_id}” everywhere, from now on. "
               "Grammar → Personal dictionary and ignored rules… turns it back on.")
        never.setToolTip(plain_tooltip(tip))
        never.setStatusTip(tip)
        never.triggered.connect(lambda _=False, r=mark.note.rule_id: self.never_flag_requested.emit(r))
        return [ignore, never]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def apply_suggestion(self, mark: Mark, replacement: str) -> None:
        """Replace the marked words; one step on the undo stack."""
        cursor = mark.cursor
        if cursor.hasSelection() and self.soft_breaks.selected(cursor) == mark.note.text:
            cursor.insertText(replacement)
