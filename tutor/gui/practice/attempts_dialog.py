"""Attempts and progress: every stored attempt with filters (passage, dates, score), and the plot."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDoubleSpinBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from tutor.core.history import Attempt, AttemptFilter, History, HistoryProblem, local_time, minutes
from tutor.core.progress import progress_of

COLUMNS = ("Date", "Passage", "Title", "Score", "Mode", "Time")
FIRST_DAY = QDate(2000, 1, 1)


def _date_edit(parent: QWidget, day: QDate) -> QDateEdit:
    edit = QDateEdit(day, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _score_box(parent: QWidget, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, 20)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(value)
    return box


def _utc(day: QDate) -> str:
    """Local midnight at the start of ``day``, as the history stores times (UTC)."""
    return QDateTime(day, QTime(0, 0)).toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'")


class AttemptsDialog(QDialog):
    def __init__(self, history: History, practice, parent: QWidget | None = None):
        super().__init__(parent)
        self.history = history
        self.practice = practice
        self.shown: tuple[Attempt, ...] = ()
        self.setWindowTitle("Attempts and progress")
        self.passage = QComboBox(self)
        self.since = _date_edit(self, FIRST_DAY)
        self.until = _date_edit(self, QDate.currentDate())
        self.low, self.high = _score_box(self, 0), _score_box(self, 20)
        self.table = self._make_table()
        self.count = QLabel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._list_page(), "Attempts")
        self.plot = None
        self.tabs.addTab(QWidget(self), "Progress")  # the plot is built when first shown
        self.tabs.currentChanged.connect(lambda _i: self._refresh_plot())
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(self.tabs, 1)
        for signal in (self.passage.currentIndexChanged, self.since.dateChanged, self.until.dateChanged,
                       self.low.valueChanged, self.high.valueChanged):
            signal.connect(lambda *_: self.refresh())
        self.resize(900, 600)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, widget in (("Passage:", self.passage), ("From:", self.since), ("to:", self.until),
                              ("Score from:", self.low), ("to:", self.high)):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget, 2 if widget is self.passage else 0)
        return row

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS), self)
        table.setHorizontalHeaderLabels(COLUMNS)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _i: self.open_selected())
        return table

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for text, slot in (("Open", self.open_selected), ("Try again", self.try_again_selected)):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    def reload(self) -> None:
        """Passages may have been added: rebuild the passage filter, then the list."""
        current = self.passage.currentData()
        self.passage.blockSignals(True)
        self.passage.clear()
        self.passage.addItem("All passages", None)
        try:
            for passage_id, title in self.history.passages():
                self.passage.addItem(title or passage_id, passage_id)
        except HistoryProblem:
            pass  # refresh() says so
        self.passage.setCurrentIndex(max(0, self.passage.findData(current)))
        self.passage.blockSignals(False)
        self.refresh()

    def current_filter(self) -> AttemptFilter:
        """The filters as shown: whole local days, from the start of "From" to the end of "to"."""
        return AttemptFilter(passage_id=self.passage.currentData(), since=_utc(self.since.date()),
                             before=_utc(self.until.date().addDays(1)), low=self.low.value(), high=self.high.value())

    def refresh(self) -> None:
        try:
            self.shown = tuple(reversed(self.history.attempts(self.current_filter())))  # newest first
        except HistoryProblem as exc:
            self.count.setText(str(exc))
            self.shown = ()
        self.table.setRowCount(len(self.shown))
        for row, a in enumerate(self.shown):
            cells = (local_time(a.created_at), a.passage_title, a.title or "(no title)", f"{a.total:g} / {a.out_of:g}",
                     a.mode, minutes(a.seconds))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: a title is never read as markup
                if col in (3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.shown:
            self.count.setText(f"{len(self.shown)} attempt{'s' * (len(self.shown) != 1)}")
            self.table.selectRow(0)
        elif not self.count.text().startswith("The history"):
            self.count.setText("No attempts match these filters.")
        self._refresh_plot()

    def _refresh_plot(self) -> None:
        if self.tabs.currentIndex() != 1:
            return
        if self.plot is None:
            from tutor.gui.practice.progress_plot import ProgressPlot

            self.plot = ProgressPlot(self)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.plot, "Progress")
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
        self.plot.show_progress(progress_of(tuple(reversed(self.shown))))

    def selected(self) -> Attempt | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def open_selected(self):
        from tutor.gui.practice.attempt_view import AttemptView

        attempt = self.selected()
        if attempt is None:
            return None
        view = AttemptView(attempt, self.practice, self)
        view.finished.connect(view.deleteLater)
        view.open()
        return view

    def try_again_selected(self) -> None:
        attempt = self.selected()
        if attempt is not None:
            self.practice.try_again(attempt)
