"""Grammar → Personal dictionary and ignored rules: see what was added, take it back.

Words added with "Add to dictionary" and rules switched off with "Never flag
this rule" live in ``dictionary.json``; this dialog lists both and removes
the ones the student selects. Every removal is saved at once and announced
through ``changed`` (the window re-checks the précis); a save that fails is
announced through ``failed`` and leaves the lists as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QPushButton, QVBoxLayout, QWidget)

from tutor.core.grammar.dictionary import PersonalDictionary
from tutor.gui.plain import plain_labels

_EMPTY_WORDS = "No words yet. Right-click a misspelling and choose “Add to dictionary”."
_EMPTY_RULES = "No rules switched off. Right-click a grammar mark and choose “Never flag this rule”."


class _EntryList(QListWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _Section(QGroupBox):
    """A titled list with a Remove button (Delete removes too)."""

    remove_requested = Signal(list)  # the selected entries

    def __init__(self, title: str, empty: str, button: str, parent: QWidget):
        super().__init__(title, parent)
        self.list = _EntryList(self)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(title)
        self.empty = QLabel(empty, self)
        self.empty.setWordWrap(True)
        self.remove = QPushButton(button, self)
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self._remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove.setEnabled(bool(self.list.selectedItems())))
        self.list.delete_pressed.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def show_entries(self, entries: list[str]) -> None:
        self.list.clear()
        self.list.addItems(entries)
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.remove.setEnabled(False)

    def entries(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def select(self, entries: list[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.text() in entries)

    def _remove_selected(self) -> None:
        chosen = [item.text() for item in self.list.selectedItems()]
        if chosen:
            self.remove_requested.emit(chosen)


class DictionaryDialog(QDialog):
    changed = Signal()  # a word or rule was removed and saved
    failed = Signal(str)  # a sentence saying what could not be saved

    def __init__(self, dictionary: PersonalDictionary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Personal dictionary and ignored rules")
        self.dictionary = dictionary
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        plain_labels(self.note)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName("Problem with the dictionary file")
        self.words = _Section("Words not marked as misspellings", _EMPTY_WORDS, "&Remove word", self)
        self.rules = _Section("Rules never flagged", _EMPTY_RULES, "&Flag again", self)
        self.words.remove_requested.connect(lambda chosen: self._remove(chosen, dictionary.remove_word))
        self.rules.remove_requested.connect(lambda chosen: self._remove(chosen, dictionary.unignore_rule))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        lists = QHBoxLayout()
        lists.addWidget(self.words, 1)
        lists.addWidget(self.rules, 1)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 380)
        self.refresh()

    @property
    def close_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Close)

    def refresh(self) -> None:
        """Show the dictionary as it is now (one snapshot of each set)."""
        self.words.show_entries(sorted(self.dictionary.words, key=str.casefold))
        self.rules.show_entries(sorted(self.dictionary.ignored_rules, key=str.casefold))
        note = self.dictionary.note
        if note:
            self.note.setText(f"⚠ {note}.\nThe file is {self.dictionary.path}; "
                              "its old contents are kept as dictionary.broken.json beside it "
                              "when the dictionary is next saved.")
        self.note.setVisible(bool(note))

    def _remove(self, chosen: list[str], remove) -> None:
        try:
            for entry in chosen:
                remove(entry)
        except OSError as exc:
            self.failed.emit(f"The change could not be saved to {self.dictionary.path}: {exc}")
        self.refresh()
        self.changed.emit()
