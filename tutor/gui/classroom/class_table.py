"""The class table: one row per précis file, sortable by name, score or any score part.

Numbers are stored as numbers (``DisplayRole``), so a click on a header sorts
18.5 above 9, not as text. A file that could not be read keeps its row, with
its problem in the last column and empty numbers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from tutor.core.marking import Marked
from tutor.gui.classroom.plain import plain_tooltip

# (header, CSV key or a function of the row): what a teacher reads across a row.
COLUMNS = (
    ("File", "file"), ("Total /20", "total"), ("Content /8", "content"), ("Language /3", "language"),
    ("Length /2", "length"), ("Own words /2", "own_words"), ("Title /5", "title_points"),
    ("Covered", "covered"), ("Partial", "partial"), ("Missing", "missing"),
    ("Contradicted", "contradicted"), ("Wrong facts", "wrong_facts"),
    ("Copied %", lambda row: round(100 * (1 - row["own_words_share"]))), ("Words", "words"),
    ("Problem", "error"),
)
_MARKED = Qt.ItemDataRole.UserRole


def cell_value(row: dict, key) -> object:
    """What the table shows for ``key`` of a CSV row: a number, text, or "" when the file failed."""
    if row.get("error") and key not in ("file", "error"):
        return ""
    return key(row) if callable(key) else row.get(key, "")


class ClassTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([name for name, _key in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        # Qt's header starts sorted descending: files then arrived Z to A. A class list reads A to Z.
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName("Class results")

    def add(self, marked: Marked) -> None:
        """Append one file's row (sorting is paused so the row lands whole)."""
        self.setSortingEnabled(False)
        r = self.rowCount()
        self.insertRow(r)
        for c, (_name, key) in enumerate(COLUMNS):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, cell_value(marked.row, key))
            if c == 0:
                item.setData(_MARKED, marked)
                item.setToolTip(plain_tooltip(str(marked.path)))
            elif key != "error":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setToolTip(plain_tooltip(marked.row.get("error", "")))
            self.setItem(r, c, item)
        self.setSortingEnabled(True)

    def marked_at(self, row: int) -> Marked | None:
        item = self.item(row, 0)
        return item.data(_MARKED) if item is not None else None

    def all_marked(self) -> list[Marked]:
        """Every row's file, in the order marked (file name order), whatever the sort on screen."""
        rows = [self.marked_at(r) for r in range(self.rowCount())]
        return sorted((m for m in rows if m is not None), key=lambda m: m.path)

    def column_values(self, header: str) -> list:
        """The values shown in a column, top to bottom (what a teacher sees after sorting)."""
        c = [name for name, _key in COLUMNS].index(header)
        return [self.item(r, c).data(Qt.ItemDataRole.DisplayRole) for r in range(self.rowCount())]
