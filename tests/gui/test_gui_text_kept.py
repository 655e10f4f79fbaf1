"""A student's words are never lost or replaced without asking: feedback clicks, passage
switches, opening a précis file, quitting."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from tutor.core.passage import passage_from_text
from tutor.gui.opening import PassageSource

# Covers the first paragraph; "$5 million" is a wrong figure, "They've" a contraction, and
# "the gardens ended years of loneliness" is copied word for word.
PRECIS = ("They've found that councils in crowded cities are turning flat rooftops into gardens, because planted "
          "roofs cool the floors below them. A scheme costing $5 million gives families plots, and "
          "the gardens ended years of loneliness for older people.")
FERRIES = passage_from_text("River ferries join towns that have no bridge. The boats are old and slow, and their "
                            "crews are paid little, yet the towns depend on them for school and market.",
                            title="Ferries")


def click(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def jumping_items(window) -> list:
    from tutor.gui.panes.feedback_pane import _JUMP

    return [i for i in window.feedback_pane.items() if i.data(0, _JUMP) is not None]


@pytest.mark.parametrize("engine", ["off", "harper"])
def test_clicking_any_feedback_item_then_typing_loses_no_words(qtbot, make_window, wait_for_report, engine):
    window = make_window(engine=engine)
    editor = window.editor_pane.editor
    editor.setPlainText(PRECIS + (" Both goverments agree." if engine == "harper" else ""))
    text = editor.toPlainText()
    if engine == "harper":
        qtbot.waitUntil(lambda: any(m.note.kind == "grammar" for m in editor.marks.marks), timeout=20_000)
    wait_for_report(window)
    items = jumping_items(window)
    kinds = {i.parent().text(0).split(" (")[0].split(":")[0] for i in items}
    assert {"Facts to check", "Key points", "Copied from the passage", "Précis conventions"} <= kinds
    assert ("Spelling" in kinds) == (engine == "harper")
    for item in items:
        click(qtbot, window.feedback_pane.tree, item)
        assert not editor.textCursor().hasSelection()
        assert window.feedback_pane.tree.hasFocus()  # focus stays where the student clicked
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_X)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
        assert editor.toPlainText() == text


def test_enter_on_a_feedback_item_shows_its_words_without_selecting_them(qtbot, make_window, wait_for_report):
    window = make_window()
    editor = window.editor_pane.editor
    editor.setPlainText(PRECIS)
    wait_for_report(window)
    tree = window.feedback_pane.tree
    item = next(i for i in window.feedback_pane.items() if "$5 million" in i.text(0))
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert editor.spotlighted_text() == "$5 million"
    assert window.passage_pane.view.spotlighted_text() == "$3 million"
    assert not editor.textCursor().hasSelection()
    editor.setFocus()  # Tab or a click later: typing inserts at the words, replacing nothing
    qtbot.keyClicks(editor, "about ")
    assert editor.toPlainText() == PRECIS.replace("$5 million", "about $5 million")
    assert editor.spotlighted_text() == ""  # an edit ends the highlight


def test_switching_passages_keeps_one_draft_per_passage(qtbot, make_window, rooftop_passage):
    window = make_window()
    pane = window.editor_pane
    pane.title.setText("Gardens in the sky")
    pane.editor.setPlainText("Councils turn roofs into gardens.")
    window.use_passage(PassageSource(FERRIES, "text"))
    assert (pane.title_text(), pane.precis_text()) == ("", "")  # a new passage starts empty
    pane.editor.setPlainText("Old ferries link towns without bridges.")
    window.use_passage(PassageSource(rooftop_passage, "text"))
    assert (pane.title_text(), pane.precis_text()) == ("Gardens in the sky", "Councils turn roofs into gardens.")
    window.use_passage(PassageSource(FERRIES, "text"))
    assert pane.precis_text() == "Old ferries link towns without bridges."


def test_a_precis_is_never_checked_against_another_passage(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    wait_for_report(window)
    window.use_passage(PassageSource(FERRIES, "text"))
    window.editor_pane.editor.setPlainText("Old ferries link towns without bridges.")
    report = wait_for_report(window)
    assert report.passage.text == FERRIES.text and report.precis.text == "Old ferries link towns without bridges."


def test_drafts_of_other_passages_survive_a_restart(qtbot, make_window, rooftop_passage):
    first = make_window()
    first.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    first.use_passage(PassageSource(FERRIES, "text"))
    first.close()
    second = make_window()  # shows the rooftop passage again
    assert second.editor_pane.precis_text() == "Councils turn roofs into gardens."


def own_work_and_their_file(window, tmp_path, body: str):
    """Unsaved writing in the window, and another précis file: (the pane, the file's path)."""
    pane = window.editor_pane
    pane.title.setText("My own title")
    pane.editor.setPlainText("My own words.")
    path = tmp_path / "other.txt"
    path.write_text(f"Their title\n\n{body}\n", encoding="utf-8")
    return pane, path


def test_opening_a_precis_asks_before_replacing_unsaved_work(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    pane, path = own_work_and_their_file(window, tmp_path, "Someone else's précis.")
    asked = []
    monkeypatch.setattr(window, "choose", lambda title, question, answers: asked.append(question) or "Cancel")
    assert window.commands.open_precis_path(str(path)) is False
    assert "other.txt" in asked[0]
    assert (pane.title_text(), pane.precis_text()) == ("My own title", "My own words.")
    monkeypatch.setattr(window, "choose", lambda title, question, answers: "Replace")
    assert window.commands.open_precis_path(str(path)) is True
    assert (pane.title_text(), pane.precis_text()) == ("Their title", "Someone else's précis.\n")


def test_undoing_an_opened_precis_brings_back_the_title_too(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    pane, path = own_work_and_their_file(window, tmp_path, "Their words.")
    monkeypatch.setattr(window, "choose", lambda title, question, answers: "Replace")
    window.commands.open_precis_path(str(path))
    pane.editor.setFocus()
    window.actions["undo"].trigger()
    assert (pane.title_text(), pane.precis_text()) == ("My own title", "My own words.")
    window.actions["redo"].trigger()
    assert (pane.title_text(), pane.precis_text()) == ("Their title", "Their words.\n")


def test_a_saved_precis_shows_its_file_and_an_unsaved_mark_in_the_title(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    window.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    target = tmp_path / "roofs.txt"
    monkeypatch.setattr(window.commands, "choose_save_path", lambda caption, suggested: str(target))
    assert window.commands.save_precis()
    assert window.windowTitle().startswith("roofs.txt[*] — Gardens on the roof")
    assert not window.isWindowModified()
    qtbot.keyClicks(window.editor_pane.editor, " More.")
    assert window.isWindowModified()


def test_quit_offers_save_discard_cancel_for_a_changed_file(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    window.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    target = tmp_path / "roofs.txt"
    monkeypatch.setattr(window.commands, "choose_save_path", lambda caption, suggested: str(target))
    window.commands.save_precis()
    window.editor_pane.editor.appendPlainText("They cool the floors below.")
    answers = []

    def answer(reply):
        def choose(title, question, options):
            answers.append((question, options))
            return reply
        return choose

    monkeypatch.setattr(window, "choose", answer("Cancel"))
    assert window.close() is False and window.isVisible()
    assert "roofs.txt" in answers[0][0] and answers[0][1] == ("Save", "Discard", "Cancel")
    monkeypatch.setattr(window, "choose", answer("Save"))
    assert window.close() is True
    assert "They cool the floors below." in target.read_text(encoding="utf-8")


def test_quit_does_not_ask_when_the_file_holds_everything(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    window.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    monkeypatch.setattr(window.commands, "choose_save_path", lambda caption, suggested: str(tmp_path / "r.txt"))
    window.commands.save_precis()
    monkeypatch.setattr(window, "choose", lambda *args: (_ for _ in ()).throw(AssertionError("asked")))
    assert window.close() is True


def test_a_library_key_names_the_passage_not_its_text(rooftop_passage):
    moved = replace(rooftop_passage, text=rooftop_passage.text + " More.")
    assert PassageSource(rooftop_passage, "library").key == PassageSource(moved, "library").key
    assert PassageSource(rooftop_passage, "text").key != PassageSource(moved, "text").key


def test_a_restarted_draft_still_knows_its_file_and_asks_on_quit(qtbot, make_window, tmp_path, monkeypatch):
    first = make_window()
    first.editor_pane.editor.setPlainText("Councils turn roofs into gardens.")
    monkeypatch.setattr(first.commands, "choose_save_path", lambda caption, suggested: str(tmp_path / "roofs.txt"))
    first.commands.save_precis()
    first.editor_pane.editor.appendPlainText("Changed since.")
    monkeypatch.setattr(first, "choose", lambda *args: "Discard")
    assert first.close()
    second = make_window(restore="yes", passage=False)
    assert second.windowTitle().startswith("roofs.txt[*]") and second.isWindowModified()
    asked = []
    monkeypatch.setattr(second, "choose", lambda title, question, answers: asked.append(question) or "Cancel")
    assert second.close() is False and "roofs.txt" in asked[0]
