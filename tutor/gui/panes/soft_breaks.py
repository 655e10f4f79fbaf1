"""A very long paragraph shown as several, while the text stays exactly as typed.

Qt lays a paragraph (``QTextBlock``) out whole on every edit in it: in a
20,000-word précis written as one paragraph that was 15–95 ms a key press here,
even for a bare ``QPlainTextEdit`` (``bench/gui.py`` prints that floor). So a
paragraph over ``SPLIT_ABOVE`` characters is shown as pieces of about ``PIECE``:
the space where Qt wrapped a line is swapped, in the document, for a paragraph
separator that carries the ``SOFT`` mark in its character format. It is one
character for one, so every position, offset and mark stays where it was, and
the pieces start on the lines they were already on.

Everything that reads the text turns a soft separator back into the space it
was (``text``, ``selected``, copying): the précis saved, autosaved, counted and
checked is the one typed. What keeps that exact:

* Qt's undo restores a separator with its format, so an undone deletion of a
  soft separator brings its mark back too.
* A split is made right after the edit that made a paragraph long, as an undo
  step of its own (see ``student_edit``); undoing it only joins the pieces.
  Splits follow new undo steps only, never an undo or redo (that would drop
  the redo steps), and after ``setPlainText`` they are made with undo off (the
  history is empty then anyway).
* Qt gives text typed into an empty paragraph the format of the separator
  before it, so an Enter there would make a "soft" separator of a real line
  break. A soft separator is therefore never left before an empty paragraph or
  at the end: it becomes its space again (``mend``), after every edit and
  before every key press or paste.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import (QInputMethodEvent, QKeySequence, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument,
                           QTextFormat)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from tutor.gui.offsets import OffsetMap

SOFT = QTextFormat.Property.UserProperty + 0x50B  # on a separator that stands for a space
SPLIT_ABOVE = 4_000  # characters in one paragraph; a long précis paragraph is some 3,000
PIECE = 2_000  # characters in a piece: about 1 ms a key press here, 20 lines at a usual width

_SEPARATOR = "\u2029"
# What QTextDocument::toPlainText turns into plain characters (the document's own rule).
_PLAIN = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\u00a0": " ", "\ufdd0": "\n", "\ufdd1": "\n"})


def is_soft(block: QTextBlock) -> bool:
    """Whether the separator before ``block`` stands for a space."""
    return block.position() > 0 and block.charFormat().hasProperty(SOFT)


class SoftBreaks(QObject):
    """Keeps ``edit``'s long paragraphs in pieces and reads its text back exactly; a child of ``edit``."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self.used = False  # True once a soft separator was made in this document: only then look for them
        self.splitting = False  # True while this changes the document (no text changes then)
        self._changed = (0, 0)  # [from, to) Qt positions changed since the last look
        # The text as typed, read once per change: reading walks every piece, and each Qt call
        # there may wait a switch interval for the interpreter lock while a check runs.
        self._text: str | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._after_edit)
        document = edit.document()
        document.contentsChange.connect(self._note_change)
        document.contentsChange.connect(self._forget_text)
        document.contentsChanged.connect(self._forget_text)
        document.undoCommandAdded.connect(self._on_new_step)

    # -- reading -----------------------------------------------------------------

    def text(self) -> str:
        """The whole text as typed: ``QPlainTextEdit.toPlainText`` with soft separators as spaces."""
        if self._text is None:
            self._text = self._read_text()
        return self._text

    def _forget_text(self, *_change) -> None:
        self._text = None

    def _read_text(self) -> str:
        plain = QPlainTextEdit.toPlainText(self._edit)
        if not self.used:
            return plain
        document = self._edit.document()
        # Every character in the Basic Multilingual Plane: a Qt position is a Python index.
        same_units = len(plain) == document.characterCount() - 1
        cuts, index = [], 0
        block = document.firstBlock()
        while block.isValid():
            if same_units:
                index = block.position()
            if is_soft(block) and plain[index - 1] == "\n":
                cuts.append(index - 1)
            if not same_units:
                index += len(block.text()) + 1
            block = block.next()
        if not cuts:
            return plain
        pieces, start = [], 0
        for cut in cuts:
            pieces.append(plain[start:cut])
            start = cut + 1
        pieces.append(plain[start:])
        return " ".join(pieces)

    def selected(self, cursor: QTextCursor) -> str:
        """``cursor``'s selection as typed, as Qt's ``selectedText``: separators left as U+2029
        except soft ones, which are spaces again."""
        raw = cursor.selectedText()
        if not self.used or _SEPARATOR not in raw:
            return raw
        document = self._edit.document()
        block = document.findBlock(cursor.selectionStart()).next()
        out = []
        for piece_index, piece in enumerate(raw.split(_SEPARATOR)):
            if piece_index:
                out.append(" " if is_soft(block) else _SEPARATOR)
                block = block.next()
            out.append(piece)
        return "".join(out)

    def selected_plain(self, cursor: QTextCursor) -> str:
        """``selected`` with Qt's plain-text rule (line breaks as "\\n"): what copying gives."""
        return self.selected(cursor).translate(_PLAIN)

    def has_soft_between(self, start: int, end: int) -> bool:
        """Whether a soft separator lies in Qt positions [start, end)."""
        if not self.used:
            return False
        document = self._edit.document()
        block = document.findBlock(start).next()
        while block.isValid() and block.position() - 1 < end:
            if is_soft(block):
                return True
            block = block.next()
        return False

    def find(self, query: str, position: int, backwards: bool = False) -> tuple[int, int] | None:
        """Qt positions [start, end) of the next match of ``query`` (any case) in the text as
        typed, so words either side of a soft separator are found as Qt's own find, which
        looks inside one paragraph at a time, never finds them. Forwards: the first match
        starting at or after Qt position ``position``; backwards: the last starting before it;
        either wraps round. None when there is no match."""
        text = self.text()
        spans = [m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]
        if not spans:
            return None
        offsets = OffsetMap(text)
        here = offsets.from_qt(position)
        if backwards:
            start, end = next((s for s in reversed(spans) if s[0] < here), spans[-1])
        else:
            start, end = next((s for s in spans if s[0] >= here), spans[0])
        return offsets.to_qt(start), offsets.to_qt(end)

    # -- keeping pieces ------------------------------------------------------------

    def after_set_text(self) -> None:
        """After the whole text was set (``setPlainText``: no undo history): split it now, outside
        the history, so Ctrl+Z never stops at the text in one piece."""
        document = self._edit.document()
        self._changed = (0, 0)
        if document.availableUndoSteps() or document.availableRedoSteps():
            self._changed = (0, document.characterCount())
            self._soon.start()
            return
        document.setUndoRedoEnabled(False)
        try:
            self._rework(0, document.characterCount())
        finally:
            document.setUndoRedoEnabled(True)

    @contextmanager
    def student_edit(self):
        """Around a key press, an input-method event or a paste: a soft separator before the
        paragraph typed in goes first (see the module's notes), and what the edit made too long
        is split as soon as Qt has laid it out.

        The split is an undo step of its own, after the student's: Qt's layout must not be
        caught inside an edit block while it handles a key (it reads lines not laid out yet
        and crashes), and a single edit cannot be joined afterwards. Undoing it changes no
        character of the text read back, only where the lines break.
        """
        block = self._edit.textCursor().block()
        if self.used and block.length() == 1 and is_soft(block):
            self._rework(block.position(), block.position() + 1, split=False)
        yield
        self._after_edit()

    def _note_change(self, position: int, removed: int, added: int) -> None:
        if self.splitting:
            return
        start, end = self._changed
        if start == end:
            self._changed = (position, position + added + 1)
        else:  # a range that holds both: positions after the change moved by added - removed
            self._changed = (min(start, position), max(end + max(0, added - removed), position + added + 1))

    def _on_new_step(self) -> None:
        if not self.splitting:
            self._soon.start()

    def _after_edit(self) -> None:
        """After an edit: mend and split what it changed, as an undo step of its own."""
        start, end = self._changed
        self._changed = (0, 0)
        if start != end:
            self._rework(start, end)

    def _rework(self, start: int, end: int, split: bool = True) -> None:
        """Mend soft separators that would sit before an empty paragraph, then (``split``) split
        paragraphs over ``SPLIT_ABOVE`` characters, in the paragraphs around Qt positions
        [start, end]; one edit."""
        document = self._edit.document()
        end = min(end, document.characterCount())
        block = document.findBlock(max(0, start)).previous()
        if not block.isValid():
            block = document.firstBlock()
        mends, cuts = [], []
        while block.isValid() and block.position() <= end:
            length = block.length()
            if length == 1 and is_soft(block):
                mends.append(block.position() - 1)
            elif split and length > SPLIT_ABOVE:
                cuts += _cuts(block)
            block = block.next()
        if mends or cuts:
            self._edit_separators(document, mends, cuts)

    def mend(self, position: int) -> None:
        """Make the soft separator at Qt position ``position`` its space again (one edit)."""
        self._edit_separators(self._edit.document(), [position], [])

    def _edit_separators(self, document: QTextDocument, mends: list[int], cuts: list[int]) -> None:
        cursor = QTextCursor(document)
        soft = QTextCharFormat()
        soft.setProperty(SOFT, True)
        self.splitting = True
        try:
            cursor.beginEditBlock()
            # One character for one: the order changes no position.
            for position, to_break in [(p, False) for p in mends] + [(p, True) for p in cuts]:
                cursor.setPosition(position)
                cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
                if to_break:
                    cursor.insertBlock(cursor.blockFormat(), soft)
                    self.used = True
                else:
                    cursor.insertText(" ", QTextCharFormat())
            cursor.endEditBlock()
        finally:
            self.splitting = False


def _cuts(block: QTextBlock) -> list[int]:
    """Qt positions of spaces in ``block`` to make soft separators: about every ``PIECE``
    characters, each where Qt already wrapped a line (so nothing on screen moves), else
    the next space; none in the last ``PIECE // 2`` characters."""
    document, base, layout = block.document(), block.position(), block.layout()
    out, target, last = [], PIECE, block.length() - 1 - PIECE // 2
    while target < last:
        position = _wrap_point(layout, base, target) if layout.lineCount() else -1
        if position < 0 or document.characterAt(position) != " ":
            found = document.find(" ", base + target)
            position = found.selectionStart() if not found.isNull() else -1
        if position < 0 or position >= base + last:
            break
        out.append(position)
        target = position - base + PIECE
    return out


def _wrap_point(layout, base: int, target: int) -> int:
    """The Qt position of the last character of the line holding ``target`` (a block offset),
    which is the space Qt wrapped at when it is one."""
    line = layout.lineForTextPosition(target)
    if not line.isValid():
        return -1
    return base + line.textStart() + line.textLength() - 1


class PiecedEdit(QPlainTextEdit):
    """A ``QPlainTextEdit`` that keeps long paragraphs in pieces (``SoftBreaks``) and whose
    ``toPlainText``, copying and pasting deal in the text as typed. Python callers only:
    Qt's own C++ code still sees the pieces."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.soft_breaks = SoftBreaks(self)

    def toPlainText(self) -> str:
        """The text as typed, whatever pieces a long paragraph is shown in."""
        return self.soft_breaks.text()

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self.soft_breaks.after_set_text()

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        data = super().createMimeDataFromSelection()  # made by Qt, which frees it
        if self.soft_breaks.has_soft_between(cursor.selectionStart(), cursor.selectionEnd()):
            data.text()  # Qt fills in its formats when first asked: then they can be replaced
            for kind in list(data.formats()):
                data.removeFormat(kind)
            data.setText(self.soft_breaks.selected_plain(cursor))  # plain text only: the words typed
        return data

    def insertFromMimeData(self, source: QMimeData) -> None:
        with self.soft_breaks.student_edit():
            super().insertFromMimeData(source)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        with self.soft_breaks.student_edit():
            super().inputMethodEvent(event)

    def keyPressEvent(self, event) -> None:
        cursor = self.textCursor()
        if event.matches(QKeySequence.StandardKey.DeleteStartOfWord) and not cursor.hasSelection() \
                and cursor.positionInBlock() == 0 and is_soft(cursor.block()):
            # Qt would delete the hidden separator alone and glue two words ("summerfair"): make it
            # its space again first, so the key deletes the word before, as in any paragraph.
            self.soft_breaks.mend(cursor.block().position() - 1)
        with self.soft_breaks.student_edit():
            super().keyPressEvent(event)
