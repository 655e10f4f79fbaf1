"""Ctrl+F: find words in the précis or in the passage, from a bar under the panes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, targets: dict[str, QPlainTextEdit], parent: QWidget | None = None):
        super().__init__(parent)
        self.targets = targets
        self.query = QLineEdit(self)
        self.query.setPlaceholderText("Find…")
        self.query.setClearButtonEnabled(True)
        self.where = QComboBox(self)
        for name in targets:
            self.where.addItem(f"in the {name}", name)
        self.result = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.query, 1)
        layout.addWidget(self.where)
        for text, backwards in (("Previous", True), ("Next", False)):
            button = QToolButton(self)
            button.setText(text)
            button.clicked.connect(lambda _=False, b=backwards: self.find(b))
            layout.addWidget(button)
        layout.addWidget(self.result)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.query.returnPressed.connect(self.find)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self.hide()

    def open(self, where: str | None = None) -> None:
        if where is not None and where in self.targets:
            self.where.setCurrentIndex(self.where.findData(where))
        view = self.targets[self.where.currentData()]
        if view.textCursor().hasSelection() and "\u2029" not in view.textCursor().selectedText():
            self.query.setText(view.textCursor().selectedText())
        self.show()
        self.query.setFocus()
        self.query.selectAll()

    def find(self, backwards: bool = False) -> bool:
        """Select the next match (wrapping round); False when there is none."""
        text = self.query.text()
        view = self.targets[self.where.currentData()]
        if not text:
            return False
        pieces = getattr(view, "soft_breaks", None)
        if pieces is not None and pieces.used:  # a long paragraph shown in pieces: search the text as typed
            return self._found(view, pieces.find(text, self._search_from(view, backwards), backwards))
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        found = view.find(text, flags)
        if not found:
            cursor = view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backwards else QTextCursor.MoveOperation.Start)
            view.setTextCursor(cursor)
            found = view.find(text, flags)
        self.result.setText("" if found else "not found")
        return found

    @staticmethod
    def _search_from(view: QPlainTextEdit, backwards: bool) -> int:
        cursor = view.textCursor()
        return cursor.selectionStart() if backwards else cursor.selectionEnd()

    def _found(self, view: QPlainTextEdit, span: tuple[int, int] | None) -> bool:
        if span is not None:
            cursor = view.textCursor()
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
        self.result.setText("" if span else "not found")
        return span is not None

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()
