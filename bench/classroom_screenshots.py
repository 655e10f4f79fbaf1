"""Screenshots of the classroom features at 1366×768, taken offscreen, for review.

    .venv/bin/python bench/classroom_screenshots.py [folder]

Saves PNGs to ``folder`` (default ./screenshots): presentation mode at 250%,
each step of the try-first reveal, a model précis beside a student's, the pack
editor, a marked class table and its reports as one PDF (class-reports.pdf). The offscreen screen is set to 1366×768 (a
common projector) so full screen means that size.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_CONFIG = Path(tempfile.mkdtemp(prefix="precis-screen-")) / "screen.json"
_CONFIG.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1366, "height": 768,
                                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_CONFIG}"
os.environ["PRECIS_TUTOR_HOME"] = tempfile.mkdtemp(prefix="precis-shots-")


from bench.screenshots import PASSAGE_ID, PRECIS, SIZE, TITLE, open_window, save, settle  # noqa: E402

# Written for these screenshots: three more students' versions of the same précis.
CLASS = {
    "amina.txt": f"{TITLE}\n\n{PRECIS}\n",
    "bilal.txt": "Partners in the corridor\n\nKestria and Baranistan renewed their partnership. The corridor "
                 "has built roads and power plants, and a second phase will add economic zones.\n",
    "chen.txt": "A CORRIDOR OF HOPE\n\nThe leader of Kestria visited Baranistan, and the two countries agreed "
                "to continue the $48 billion corridor, which has already ended many power cuts. The next phase "
                "brings special economic zones for industry and exports, though success depends on private "
                "investment and on Baranistan's own reforms. Both sides prefer dialogue to pressure in regional "
                "disputes and plan closer defence ties.\n",
    "dana.txt": "I think the visit was great!!! Kestria is a good friend.\n",
}


def shoot_presentation(app, window, folder: Path) -> None:
    presentation = window.classroom.presentation
    presentation.enter()  # as large as still fits 1366 pixels: 250% with all three panes (min width 1092)
    settle(app, 0.8)
    save(window, folder, "c01-presentation-fitted.png")
    presentation.toggle_pane(2)  # only the passage while the class reads, at 250%
    presentation.toggle_pane(1)
    window.zoom(15)
    settle(app, 0.5)
    save(window, folder, "c02-presentation-250-passage-only.png")
    presentation.toggle_pane(1)
    settle(app, 0.5)
    save(window, folder, "c03-presentation-250-passage-and-precis.png")
    presentation.leave()
    settle(app, 0.5)
    window.setGeometry(0, 0, *SIZE)
    settle(app, 0.5)


def shoot_reveal(app, window, folder: Path) -> None:
    try_first = window.classroom.try_first
    window.actions["try_first"].setChecked(True)
    settle(app)
    for step in range(5):
        save(window, folder, f"c1{step}-reveal-step-{step}.png")
        try_first.reveal_next()
        settle(app, 0.3)


def shoot_model(app, window, folder: Path) -> None:
    view = window.classroom.show_models()
    view.resize(*SIZE)
    settle(app, 0.5, lambda: view.model_report is not None)
    save(view, folder, "c20-model-beside-student.png")
    view.close()


def shoot_pack_editor(app, window, folder: Path) -> None:
    editor = window.classroom.edit_passage()
    editor.resize(*SIZE)
    editor.author.setText(editor.author.text() or "Farah Qadri")
    editor.question.setPlainText(editor.question.toPlainText()
                                 or "Summarise the passage in a third of its length, in your own words.")
    editor.points.list.setCurrentRow(2)
    cursor = editor.text.document().find(editor.points.current()["source"])
    editor.text.setTextCursor(cursor)
    settle(app)
    save(editor, folder, "c30-pack-editor.png")
    editor.close()


def shoot_class(app, window, folder: Path) -> None:
    class_dir = Path(tempfile.mkdtemp(prefix="precis-class-"))
    for name, text in CLASS.items():
        (class_dir / name).write_text(text, encoding="utf-8")
    (class_dir / "eve.txt").write_bytes(b"\x00\x00not text\x00")
    dialog = window.classroom.mark_folder()
    dialog.resize(*SIZE)
    dialog.folder.setText(str(class_dir))
    dialog.start()
    settle(app, 0.5, lambda: not dialog.run.running, limit=120)
    dialog.table.sortItems(1, dialog.table.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    settle(app)
    save(dialog, folder, "c40-class-table.png")
    dialog.export_combined_pdf(str(folder / "class-reports.pdf"))
    settle(app, 0.5, lambda: not dialog.pdf_export.running, limit=120)
    save(dialog, folder, "c41-class-reports-pdf.png")
    dialog.close()


def main(argv: list[str]) -> int:
    from tutor.gui.opening import PassageSource

    folder, app, library, window = open_window(argv)
    settle(app, 0.5, lambda: window.grammar.engine is not None)
    window.use_passage(PassageSource(library.find(PASSAGE_ID), "library"))
    window.editor_pane.set_precis(TITLE, PRECIS)
    settle(app, 0.5, lambda: window.report is not None and not window.flow.busy)
    shoot_presentation(app, window, folder)
    shoot_reveal(app, window, folder)
    shoot_model(app, window, folder)
    shoot_pack_editor(app, window, folder)
    shoot_class(app, window, folder)
    window.worker.drain()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
