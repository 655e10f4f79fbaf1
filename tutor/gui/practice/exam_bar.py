"""The exam's bar above the panes: the time left, calmly, and explicit Pause, Submit and Leave."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

WARN_STYLE = "color: #b35c00;"  # amber: noticed, not alarming


class ExamBar(QWidget):
    pause_clicked = Signal()
    submit_clicked = Signal()
    leave_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel("Exam", self)
        self.time_left = QLabel("", self)
        self.time_left.setAccessibleName("Time left")
        big = QFont()
        big.setBold(True)
        big.setPointSizeF(max(11.0, QFont().pointSizeF() * 1.3))
        self.time_left.setFont(big)
        self.hint = QLabel("Feedback and score appear when you submit or time runs out.", self)
        self.pause = QPushButton("Pause", self)
        self.submit = QPushButton("Submit", self)
        self.submit.setToolTip("Hand in now: the attempt is saved and the full report appears (Ctrl+Return)")
        self.leave = QPushButton("Leave the exam", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for w in (self.heading, self.time_left, self.hint):
            layout.addWidget(w)
        layout.addStretch(1)
        for w in (self.pause, self.submit, self.leave):
            layout.addWidget(w)
        self.pause.clicked.connect(self.pause_clicked)
        self.submit.clicked.connect(self.submit_clicked)
        self.leave.clicked.connect(self.leave_clicked)

    def show_clock(self, text: str, *, warned: bool, paused: bool) -> None:
        self.time_left.setText(f"{text} left" + (" (paused)" if paused else ""))
        self.time_left.setStyleSheet(WARN_STYLE if warned else "")
        self.pause.setText("Resume" if paused else "Pause")
