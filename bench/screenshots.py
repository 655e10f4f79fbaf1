"""Screenshots of the app's main states, taken offscreen, for review and the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screenshots.py [folder]

Saves PNGs to ``folder`` (default ./screenshots): the window at start, a
bundled passage with a student's précis and its feedback (a wrong figure, a
missing point, a contraction, a misspelling), the same zoomed for a projector,
the dark theme, the help page and the library. Needs fonts: on a bare
machine, install fonts-dejavu-core or text renders as boxes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PRECIS_TUTOR_HOME"] = tempfile.mkdtemp(prefix="precis-shots-")

from PySide6.QtWidgets import QApplication  # noqa: E402

PASSAGE_ID = "ir-corridor"
TITLE = "KESTRIA - BARANISTAN PARTNERSHIP"
# Written for this screenshot: $45 billion (the passage says $48 billion), the CCO bid left out,
# "they've" and "goverments" for the underlines.
PRECIS = ("The visit of Kestria's leader to Baranistan has renewed the close partnership between the two "
          "countries. Talks focused on the $45 billion KBEC, whose roads, railways and power plants have already "
          "eased Baranistan's electricity shortages. A second phase will move from infrastructure to nine special "
          "economic zones for factories, jobs and exports, but real prosperity depends on private investment. "
          "Both goverments want regional disputes settled through dialogue rather than outside pressure, and "
          "they've promised closer defence cooperation through joint exercises. Baranistan must now reform its "
          "own economy if the corridor is to succeed.")
SIZE = (1366, 768)  # a common projector resolution


def settle(app, seconds: float = 0.3, until=lambda: True, limit: float = 30.0) -> None:
    end = time.perf_counter() + limit
    while time.perf_counter() < end and not until():
        app.processEvents()
        time.sleep(0.01)
    stop = time.perf_counter() + seconds
    while time.perf_counter() < stop:
        app.processEvents()
        time.sleep(0.01)


def save(widget, folder: Path, name: str) -> None:
    path = folder / name
    widget.grab().save(str(path))
    print(path)


def click_first_missing_point(window) -> None:
    for item in window.feedback_pane.items():
        if item.text(0).startswith("✗ Missing"):
            window.feedback_pane.tree.setCurrentItem(item)
            window.feedback_pane.tree.scrollToItem(item)
            window.feedback_pane._on_item(item)
            return


def shoot_window(app, window, library, folder: Path) -> None:
    from tutor.gui.opening import PassageSource

    settle(app, 0.5, lambda: window.grammar.engine is not None)
    save(window, folder, "01-start.png")
    window.use_passage(PassageSource(library.find(PASSAGE_ID), "library"))
    window.editor_pane.set_precis(TITLE, PRECIS)
    settle(app, 0.5, lambda: "first_underlines" in window.timings and not window.flow.busy)
    click_first_missing_point(window)
    settle(app)
    save(window, folder, "02-feedback.png")
    window.zoom(4)
    settle(app)
    save(window, folder, "03-projector-zoom.png")
    window.zoom(0)
    window.set_theme("dark")
    settle(app, 0.5)
    click_first_missing_point(window)
    settle(app)
    save(window, folder, "04-dark.png")
    window.set_theme("light")
    settle(app)


def shoot_dialogs(app, window, library, folder: Path) -> None:
    from tutor.gui.dialogs.library_dialog import LibraryDialog

    window.show_help()
    settle(app)
    save(window._help, folder, "05-help.png")
    window._help.close()
    dialog = LibraryDialog(library.passages, library.problems, window)
    dialog.show()
    settle(app)
    save(dialog, folder, "06-library.png")
    dialog.close()


def open_window(argv: list[str]):
    """``(folder, app, library, window)``: the output folder made, and the window shown at ``SIZE``
    with the bundled library (shared by the screenshot benches)."""
    folder = Path(argv[0] if argv else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from tutor.core.library import load_library
    from tutor.gui.main_window import MainWindow

    library = load_library()
    window = MainWindow(restore="no", library=library)
    window.resize(*SIZE)
    window.show()
    window.start()
    return folder, app, library, window


def main(argv: list[str]) -> int:
    folder, app, library, window = open_window(argv)
    shoot_window(app, window, library, folder)
    shoot_dialogs(app, window, library, folder)
    window.worker.drain()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
