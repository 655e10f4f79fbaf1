"""Unexpected errors: logged, and told to the student without stopping their work.

An exception nobody catches — in a slot, a Qt virtual method, a background job's
thread or a Python thread — ends up in ``sys.excepthook`` (PySide6 calls it for
exceptions it cannot raise any further) or ``threading.excepthook``. By default
both only print to stderr, which a student never sees. ``install`` points them
here: the traceback is logged (stderr and ``errors.log`` in the user's data
folder) and the window shows a status line and a non-modal dialog.

The hook may run in a worker thread and in the middle of whatever failed, so it
only emits a signal; the window hears it later, queued, in the GUI thread.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Qt, Signal

from tutor.gui.checks.worker import Outcome

LOG_FILE = "errors.log"
log = logging.getLogger("tutor.gui")


def summary_of(error: BaseException) -> str:
    """One line for the status bar and the dialog: "KeyError: 'title'"."""
    text = f"{error.__class__.__name__}: {error}" if str(error) else error.__class__.__name__
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"


def report_failure(outcome: Outcome) -> None:
    """``on_done`` for a background job whose failure nobody else explains: report it like any
    uncaught exception (so it is never silently dropped)."""
    if not outcome.ok:
        error = outcome.error
        sys.excepthook(type(error), error, error.__traceback__)


class ErrorReporter(QObject):
    """Installs the hooks; ``reported(summary, details)`` reaches the GUI thread queued."""

    reported = Signal(str, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._previous: tuple | None = None
        self._handlers: list[logging.Handler] = []

    def install(self) -> None:
        if self._previous is not None:
            return
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        self._handlers = [logging.StreamHandler(sys.stderr)]
        try:
            from tutor.core.userdata import data_dir

            self._handlers.append(logging.handlers.RotatingFileHandler(
                data_dir() / LOG_FILE, maxBytes=512_000, backupCount=1, encoding="utf-8", delay=True))
        except OSError:
            pass  # no data folder: stderr only
        for handler in self._handlers:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            log.addHandler(handler)

    def uninstall(self) -> None:
        """Put the previous hooks back (``main`` does, once the event loop has ended)."""
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook = self._previous
        self._previous = None
        for handler in self._handlers:
            log.removeHandler(handler)
            handler.close()
        self._handlers = []

    def excepthook(self, kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal is not a problem to show
            (self._previous[0] if self._previous else sys.__excepthook__)(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            log.error("Unexpected error (the student was shown a message):\n%s", details.rstrip())
        except Exception:  # noqa: BLE001 - logging must never stop the student hearing about it
            pass
        try:
            self.reported.emit(summary_of(error) if error is not None else kind.__name__, details)
        except RuntimeError:  # the window, and this reporter with it, are gone
            sys.__excepthook__(kind, error, tb)

    def _thread_hook(self, args) -> None:
        if args.exc_type is SystemExit:
            return  # what threading does by default
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install(window) -> ErrorReporter:
    """Report every uncaught exception to ``window.show_unexpected``; returns the reporter
    (``uninstall`` it when the event loop has ended)."""
    reporter = ErrorReporter(window)
    # Queued even from the GUI thread: the window is told after the failing code has unwound,
    # and a failure while telling it cannot re-enter the hook.
    reporter.reported.connect(window.show_unexpected, Qt.ConnectionType.QueuedConnection)
    reporter.install()
    return reporter
