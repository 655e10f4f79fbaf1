"""One stored attempt, exactly as it was: read-only, with its feedback, ready to try again or print."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from tutor.core.history import Attempt, local_time, minutes, text_hash
from tutor.core.passage import Passage
from tutor.core.report_html import render_html
from tutor.gui.opening import PassageSource


def source_for_attempt(attempt: Attempt, library) -> PassageSource | None:
    """The attempt's passage: its kept text, else the library's passage if its text is unchanged."""
    if attempt.passage_text:
        return PassageSource(Passage(id=attempt.passage_id, title=attempt.passage_title, text=attempt.passage_text),
                             "text")
    try:
        passage = library.find(attempt.passage_id) if library is not None else None
    except Exception:  # noqa: BLE001 - gone from the library: the report still shows, without the passage
        return None
    if passage is None or text_hash(passage.text) != attempt.passage_hash:
        return None
    return PassageSource(passage, "library")


def attempt_details(attempt: Attempt) -> tuple[str, ...]:
    """Lines under the report's heading: when, how, how long."""
    line = f"Written on {local_time(attempt.created_at)}"
    if attempt.mode == "exam":
        limit = f" of {minutes(attempt.time_limit)}" if attempt.time_limit else ""
        line += f", as an exam: {minutes(attempt.seconds)}{limit} minutes used"
    return (line + ".",)


def attempt_html(attempt: Attempt, library) -> str:
    source = source_for_attempt(attempt, library)
    return render_html(attempt.report(), attempt.precis, source.passage.text if source else None,
                       attempt_details(attempt))


class AttemptView(QDialog):
    def __init__(self, attempt: Attempt, practice, parent: QWidget | None = None):
        super().__init__(parent)
        self.attempt = attempt
        self.practice = practice
        self.html = attempt_html(attempt, practice.window.library)
        self.setWindowTitle(f"Attempt: {attempt.passage_title} — {attempt.total:g} / {attempt.out_of:g}")
        self.view = QTextBrowser(self)
        self.view.setReadOnly(True)
        self.view.setOpenLinks(False)
        self.view.setHtml(self.html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for text, slot in (("Try again", self._try_again), ("Export PDF…", lambda: self._export("pdf")),
                           ("Export HTML…", lambda: self._export("html")), ("Print…", self._print)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 760)

    def _try_again(self) -> None:
        self.practice.try_again(self.attempt)
        self.accept()

    def _export(self, kind: str) -> None:
        from tutor.gui.practice.report_export import export_report

        export_report(self.practice.window, self.html, kind, self.attempt.passage_title)

    def _print(self) -> None:
        from tutor.gui.practice.report_export import print_report

        print_report(self, self.html)
