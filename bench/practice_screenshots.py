"""Screenshots of practice: an exam running, the attempts list, the progress plot, and a report PDF.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/practice_screenshots.py [folder]

Uses a throw-away data folder and the bundled library passage of bench/screenshots.py.
Six weeks of attempts are made by checking the précis with a few slips added or mended,
dated a week apart, so the plot has something to show. The PDF is also written
(``report.pdf``); render it with ``pdftoppm -png -r 80 report.pdf page`` to look at it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import PASSAGE_ID, PRECIS, SIZE, TITLE, save, settle  # noqa: E402  (sets up Qt and the data folder)

from PySide6.QtWidgets import QApplication  # noqa: E402

# Week by week, a student's slips: a wrong figure, contractions, "I think", copying.
WEEKS = (
    (PRECIS.replace("they've", "I think they've").replace("reform", "reform quickly!"), "2026-10-19"),
    (PRECIS.replace("$45 billion", "$40 billion"), "2026-10-26"),
    (PRECIS, "2026-11-02"),
    (PRECIS.replace("they've", "they have"), "2026-11-09"),
    (PRECIS.replace("they've", "they have").replace("goverments", "governments"), "2026-11-16"),
    (PRECIS.replace("they've", "they have").replace("goverments", "governments").replace("$45", "$48"),
     "2026-11-23"),
)


def fill_history(passage) -> None:
    from tutor.core.analysis import analyse_passage, check
    from tutor.core.grammar import make_engine
    from tutor.core.history import History
    from tutor.core.userdata import data_dir

    analysis, engine = analyse_passage(passage), make_engine("harper")
    history = History.open(data_dir())
    for i, (body, day) in enumerate(WEEKS):
        report = check(analysis, body, title=TITLE, engine=engine)
        history.add(report.to_json(), report.precis.text, passage_text=passage.text, keep_passage_text=False,
                    seconds=2400 - 120 * i, mode="exam", time_limit=2400, created_at=f"{day}T16:30:00Z")
    history.close()


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from tutor.core.library import load_library
    from tutor.gui.main_window import MainWindow
    from tutor.gui.opening import PassageSource
    from tutor.gui.practice.report_pdf import write_pdf

    library = load_library()
    passage = library.find(PASSAGE_ID)
    fill_history(passage)
    window = MainWindow(restore="no", library=library)
    window.resize(*SIZE)
    window.show()
    window.start()
    window.use_passage(PassageSource(passage, "library"))
    window.practice.exam.start()
    window.editor_pane.set_precis(TITLE, PRECIS[:420])
    settle(app, 1.0)
    save(window, folder, "07-exam-running.png")
    exam, real = window.practice.exam, window.practice.exam.monotonic
    exam.monotonic = lambda: real() + 35 * 60 + 48  # 4:12 left: the warning and the seconds
    exam.tick()
    settle(app, 0.3)
    save(window, folder, "07b-exam-five-minutes.png")
    exam.monotonic = real
    window.practice.exam.submit()
    settle(app, 1.0, lambda: window.report is not None and not window.flow.busy)
    dialog = window.practice.show_attempts()
    settle(app, 0.5)
    save(dialog, folder, "08-attempts.png")
    dialog.tabs.setCurrentIndex(1)
    settle(app, 0.8)
    save(dialog, folder, "09-progress.png")
    html = window.practice.current_report_html()
    print(folder / "report.pdf", write_pdf(html, folder / "report.pdf"), "pages")
    dialog.close()
    window.worker.drain()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
