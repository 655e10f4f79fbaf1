"""Starting the desktop app: ``precis-tutor`` with no subcommand calls ``main``."""

from __future__ import annotations

import argparse
import sys
import time

_STARTED = time.perf_counter()  # as early as this module is imported: the clock for startup figures


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="precis-tutor", description="Practise précis writing.")
    parser.add_argument("--restore", choices=("ask", "yes", "no"), default="ask",
                        help="after a crash, restore the autosaved draft: ask (default), yes or no")
    parser.add_argument("--passage", metavar="ID", help="open this library passage")
    parser.add_argument("--presentation", action="store_true",
                        help="start in presentation mode: full screen, large high-contrast text (F11 leaves)")
    parser.add_argument("--measure-startup", action="store_true",
                        help="print the times to a usable window, to grammar underlines and to every "
                             "rule's underlines, then quit")
    return parser.parse_args(argv)


def no_display_reason() -> str:
    """Why no window can open here, or "" when one can (Qt aborts the process instead of saying so)."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop "
            "session, or use 'precis-tutor check PASSAGE PRECIS' to work without a window.")


def app_icon():
    """The window icon: every PNG size drawn from the SVG, so no SVG plug-in is needed;
    the SVG itself only if the PNGs are missing. Null when neither is there."""
    from PySide6.QtGui import QIcon

    from tutor.core.resources import ICON_SIZES, icon_path

    icon = QIcon()
    for size in ICON_SIZES:
        if icon_path(size).is_file():
            icon.addFile(str(icon_path(size)))
    if icon.isNull() and icon_path().is_file():
        icon = QIcon(str(icon_path()))
    return icon


def main(argv: list[str] | None = None) -> int:
    """Create the application, show the window with the library's first passage, run the event loop."""
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    reason = no_display_reason()
    if reason:
        print(f"precis-tutor: {reason}", file=sys.stderr)
        return 2
    from tutor.gui.checks.check_process import shared

    shared().start()  # before Qt loads: a fork, which builds Harper's tables meanwhile (see check_process)
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from tutor.gui import problems
    from tutor.gui.main_window import MainWindow
    from tutor.gui.theme import apply_theme

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "precis-tutor"])
    app.setApplicationName("Précis Tutor")
    app.setWindowIcon(app_icon())
    sys.setswitchinterval(0.001)  # background checks hand the GIL back to the GUI quickly
    window = MainWindow(restore=args.restore, started_at=_STARTED, passage_id=args.passage or "")
    # From here on an exception nobody catches (a slot, a background job) is logged and shown
    # to the student, not only printed to a terminal they never see.
    reporter = problems.install(window)
    apply_theme(app, window.prefs.theme)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app, window.prefs.theme))
    window.show()
    _close_on_sigterm(window)
    QTimer.singleShot(0, window.start)
    if args.presentation:
        QTimer.singleShot(0, window.classroom.presentation.enter)
    if args.measure_startup:
        _quit_when_grammar_ready(window, app)
    try:
        return app.exec()
    finally:
        reporter.uninstall()


def _close_on_sigterm(window) -> None:
    """A logout or shutdown sends SIGTERM: close the window as Ctrl+Q would (the draft saved
    clean, nothing asked), instead of dying as a crash does."""
    import signal

    from PySide6.QtCore import QTimer

    if sys.platform == "win32":
        return

    def ending(_signum, _frame) -> None:
        window.ending_session = True
        QTimer.singleShot(0, window.close)

    signal.signal(signal.SIGTERM, ending)
    # Python runs a signal handler only when it next runs Python code; while Qt waits for
    # events it runs none, so a timer calls in four times a second.
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def _quit_when_grammar_ready(window, app) -> None:
    """Print the start-up figures once grammar is complete: with a précis on screen, when its
    underlines from every rule are shown; without one, when the learner rules have loaded."""
    from PySide6.QtCore import QTimer

    def done() -> bool:
        timings = window.timings
        if window.report is not None or window.editor_pane.precis_text().strip():
            return "all_underlines" in timings
        return "learner_ready" in timings

    # The event loop's longest stall while the engines load and the first checks run: how
    # late a 5 ms timer fires.
    ticks = {"last": 0.0, "stall": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        if ticks["last"]:
            ticks["stall"] = max(ticks["stall"], now - ticks["last"] - 0.005)
        ticks["last"] = now

    probe = QTimer(window)
    probe.timeout.connect(tick)
    QTimer.singleShot(0, lambda: probe.start(5))  # queued after window.start: from then on

    def poll() -> None:
        if done() or time.perf_counter() - _STARTED > 120:
            figures = {k: window.timings.get(k, float("nan"))
                       for k in ("window_shown", "grammar_ready", "first_underlines", "first_feedback",
                                 "learner_ready", "all_underlines")}
            figures["longest_stall_ms"] = ticks["stall"] * 1000
            # Wall-clock stamps too, so a launcher can add the interpreter's own start-up.
            epoch = time.time() - (time.perf_counter() - _STARTED)
            print(f"window usable after {figures['window_shown']:.2f} s; grammar underlining ready after "
                  f"{figures['grammar_ready']:.2f} s (epoch {epoch + figures['window_shown']:.3f} "
                  f"{epoch + figures['grammar_ready']:.3f})", flush=True)
            print("seconds after start: " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items()), flush=True)
            window.close()
            app.quit()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
