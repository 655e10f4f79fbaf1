"""Screenshots of the first window on a small screen, at 100% and 200% text, light and dark.

    .venv/bin/python bench/fit_screenshots.py 1366x768 [folder]

Runs offscreen on a virtual screen of the given size (Qt's offscreen platform
reads the screen from a JSON file), starts the window the way a first start
would (sized from the screen), writes the seed-like précis of ``screenshots``
and saves ``fit-1366x768-100-light.png`` and the like. Needs fonts-dejavu-core.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _virtual_screen(size: str) -> None:
    width, height = (int(n) for n in size.lower().split("x"))
    screen = {"name": "projector", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = Path(tempfile.mkdtemp(prefix="precis-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["PRECIS_TUTOR_HOME"] = tempfile.mkdtemp(prefix="precis-shots-")


def main(argv: list[str]) -> int:
    size = argv[0] if argv else "1366x768"
    folder = Path(argv[1] if len(argv) > 1 else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    _virtual_screen(size)
    from PySide6.QtWidgets import QApplication

    from bench.screenshots import PASSAGE_ID, PRECIS, TITLE, click_first_missing_point, save, settle
    from tutor.core.library import load_library
    from tutor.gui.main_window import MainWindow
    from tutor.gui.opening import PassageSource

    app = QApplication.instance() or QApplication([])
    library = load_library()
    window = MainWindow(restore="no", library=library)
    window.show()
    window.start()
    window.use_passage(PassageSource(library.find(PASSAGE_ID), "library"))
    window.editor_pane.set_precis(TITLE, PRECIS)
    settle(app, 0.5, lambda: "first_underlines" in window.timings and not window.flow.busy)
    for zoom, percent in ((0, 100), (10, 200)):
        for theme in ("light", "dark"):
            if window.prefs.zoom != zoom:  # zoom(0) resets; any other step is relative
                window.zoom(zoom - window.prefs.zoom if zoom else 0)
            window.set_theme(theme)
            settle(app, 0.4)
            click_first_missing_point(window)
            settle(app, 0.3)
            save(window, folder, f"fit-{size}-{percent}-{theme}.png")
    window.worker.drain()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
