"""Choosing a passage from the library: a searchable list with titles, levels and lengths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from tutor.core.passage import LEVELS, Passage
from tutor.core.resources import passages_dir
from tutor.gui.plain import plain_labels, plain_tooltip

_PASSAGE = Qt.ItemDataRole.UserRole
COLUMNS = ("Title", "Level", "Subject", "Words", "Target", "From")


def where_from(passage: Passage) -> str:
    """Where a passage comes from: "built in", or its pack's file name."""
    if not passage.origin:
        return "pasted"
    path = Path(passage.origin)
    return "built in" if path.parent == passages_dir() else path.name


def _row(passage: Passage) -> QTreeWidgetItem:
    target = passage.target_words or round(passage.words / 3)
    item = QTreeWidgetItem([passage.title, passage.level, passage.subject, "", "", where_from(passage)])
    item.setData(3, Qt.ItemDataRole.DisplayRole, passage.words)  # numbers, so they sort as numbers
    item.setData(4, Qt.ItemDataRole.DisplayRole, target)
    item.setData(0, _PASSAGE, passage)
    item.setToolTip(5, plain_tooltip(passage.origin))
    for col in (3, 4):
        item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setToolTip(0, plain_tooltip(passage.text[:300] + ("…" if len(passage.text) > 300 else "")))
    return item


class LibraryDialog(QDialog):
    def __init__(self, passages: tuple[Passage, ...], problems: tuple[str, ...] = (),
                 parent: QWidget | None = None, title: str = "Choose a passage"):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 460)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search titles, subjects, levels and packs…")
        self.search.setClearButtonEnabled(True)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels(COLUMNS)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        order = sorted(passages, key=lambda p: (LEVELS.index(p.level) if p.level in LEVELS else 9, p.title))
        self.list.addTopLevelItems([_row(p) for p in order])
        # Easiest first; a click on a column header sorts by it.
        self.list.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.list.setSortingEnabled(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        for col in range(1, len(COLUMNS)):
            self.list.resizeColumnToContents(col)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        if problems:
            note = QLabel("Some packs could not be loaded:\n" + "\n".join(problems), self)
            note.setWordWrap(True)
            plain_labels(note)
            layout.addWidget(note)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda *_: self.accept())
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def filter(self, text: str) -> None:
        """Show rows whose title, level, subject or text contains every word typed."""
        words = text.lower().split()
        first_visible = None
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            passage: Passage = item.data(0, _PASSAGE)
            haystack = " ".join((passage.title, passage.level, passage.subject, passage.id,
                                 where_from(passage))).lower()
            hidden = not all(w in haystack for w in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.list.setCurrentItem(first_visible)

    def chosen(self) -> Passage | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(0, _PASSAGE)
