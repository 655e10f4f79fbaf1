"""The Grammar menu: which engine checks, and fetching LanguageTool when the student asks.

The download runs on the worker's ``download`` lane; its progress comes back
through a queued signal to a progress dialog whose Cancel button stops it.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QProgressDialog

from tutor.gui.settings import ENGINES
from tutor.gui.checks.worker import Outcome

ENGINE_MENU_LABELS = {"harper": "&Harper (built in)", "languagetool": "&LanguageTool", "off": "&Off"}


class LanguageToolDownload(QObject):
    progressed = Signal(int, object)  # bytes so far, total or None: emitted in the worker thread

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self.progressed.connect(self._show_progress)

    def start(self) -> None:
        if not self.window.ask("Download LanguageTool?",
                               "LanguageTool is a larger grammar checker. It needs Java 17 or newer and "
                               "a download of about 250 MB, done once. Download it now?"):
            return
        cancel = threading.Event()  # one per download: a new one never revives a cancelled one
        self._cancel = cancel
        dialog = QProgressDialog("Downloading LanguageTool…", "Cancel", 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(cancel.set)
        self._dialog = dialog
        self.window.worker.submit("download", lambda: self._download(cancel), self._finished)

    def cancel(self) -> None:
        """Stop the download in flight, if any (the window is closing): it ends within one chunk."""
        self._cancel.set()

    def _download(self, cancel: threading.Event):
        from tutor.core.grammar.lt_download import download_languagetool

        return download_languagetool(lambda done, total: self.progressed.emit(done, total), cancel)

    def _show_progress(self, done: int, total) -> None:
        if self._dialog is None:
            return
        if total:
            self._dialog.setMaximum(100)
            self._dialog.setValue(min(99, done * 100 // total))
        self._dialog.setLabelText(f"Downloading LanguageTool… {done / 1e6:.0f} MB")

    def _finished(self, outcome: Outcome) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        if outcome.ok:
            release = outcome.value
            self.window.apply_preferences(replace(self.window.prefs, engine="languagetool",
                                                  lt_folder=str(release.folder.parent)))
            self.window.statusBar().showMessage(f"LanguageTool {release.version} is ready.", 8000)
        elif outcome.error.__class__.__name__ == "DownloadCancelled":
            self.window.statusBar().showMessage("LanguageTool download cancelled.", 5000)
        else:
            self.window.show_problem("LanguageTool was not downloaded", f"{outcome.error}. Harper keeps checking.")


def build_grammar_menu(window, menu: QMenu) -> dict[str, QAction]:
    acts: dict[str, QAction] = {}
    group = QActionGroup(menu)
    for engine in ENGINES:
        act = QAction(ENGINE_MENU_LABELS[engine], menu)
        act.setCheckable(True)
        act.setChecked(window.prefs.engine == engine)
        act.triggered.connect(lambda _=False, e=engine: window.apply_preferences(replace(window.prefs, engine=e)))
        group.addAction(act)
        menu.addAction(act)
        acts[f"engine_{engine}"] = act
    menu.addSeparator()
    acts["dictionary"] = menu.addAction("&Personal dictionary and ignored rules…")
    acts["dictionary"].triggered.connect(lambda _=False: window.manage_dictionary())
    menu.addSeparator()
    acts["download_lt"] = menu.addAction("&Download LanguageTool…")
    acts["download_lt"].triggered.connect(lambda _=False: window.lt_download.start())
    acts["grammar_settings"] = menu.addAction("Dialect and &server…")
    acts["grammar_settings"].triggered.connect(lambda _=False: window.open_settings())
    menu.aboutToShow.connect(lambda: acts[f"engine_{window.prefs.engine}"].setChecked(True))
    return acts
