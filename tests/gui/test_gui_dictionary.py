"""Rules switched off for good, and the dialog that lists (and gives back) words and rules."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tutor.core.grammar.dictionary import PersonalDictionary
from tutor.gui.marks.mark import GRAMMAR

AGREEMENT = "PronounVerbAgreement"  # Harper's rule for "He go"
TEXT = "Gardens cool the city. He go to the roof every day and recieve letters."


def grammar_marks(window):
    return [m for m in window.editor_pane.editor.marks.marks if m.note.kind == GRAMMAR]


def marked(window) -> dict[str, str]:
    """Flagged words -> rule id."""
    return {m.cursor.selectedText(): m.note.rule_id for m in grammar_marks(window)}


def point_in_viewport(editor, position: int):
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def menu_at_word(editor, word: str):
    return editor.build_context_menu(point_in_viewport(editor, editor.toPlainText().index(word) + 1))


def action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def harper_window_showing(qtbot, make_window, text: str = TEXT):
    """A window with Harper whose first report (with grammar) for ``text`` is on screen."""
    window = make_window(engine="harper")
    window.editor_pane.editor.setPlainText(text)
    qtbot.waitUntil(lambda: "first_underlines" in window.timings and not window.flow.busy, timeout=20_000)
    return window


def wait_for_new_report(qtbot, window, old) -> None:
    qtbot.waitUntil(lambda: window.report is not old and not window.flow.busy, timeout=15_000)


# -- "Never flag this rule" ---------------------------------------------------------------------


def test_underline_tooltip_and_menu_name_the_rule(qtbot, make_window):
    window = harper_window_showing(qtbot, make_window)
    editor = window.editor_pane.editor
    assert marked(window)["go"] == AGREEMENT
    go = editor.toPlainText().index("He go") + 3
    assert f"Rule: {AGREEMENT}" in editor.tooltip_at(point_in_viewport(editor, go))
    never = action(menu_at_word(editor, "go to"), "Never flag this rule")
    assert AGREEMENT in never.toolTip() and AGREEMENT in never.statusTip()


def test_misspellings_offer_the_dictionary_not_switching_off_spelling(qtbot, make_window):
    window = harper_window_showing(qtbot, make_window)
    texts = [a.text() for a in menu_at_word(window.editor_pane.editor, "recieve").actions()]
    assert "Add to dictionary" in texts and "Never flag this rule" not in texts


def test_never_flag_this_rule_drops_its_marks_saves_it_and_rechecks(qtbot, make_window, private_user_data):
    window = harper_window_showing(qtbot, make_window)
    before = window.report
    assert any(i.rule_id == AGREEMENT for i in before.grammar)
    action(menu_at_word(window.editor_pane.editor, "go to"), "Never flag this rule").trigger()
    # At once, before any check: its marks are gone, the others stay, the choice is on disk.
    assert "go" not in marked(window) and "recieve" in marked(window)
    saved = json.loads((private_user_data / "dictionary.json").read_text(encoding="utf-8"))
    assert saved["ignored_rules"] == [AGREEMENT]
    assert window.flow.busy  # a re-check is on its way
    wait_for_new_report(qtbot, window, before)
    assert not any(i.rule_id == AGREEMENT for i in window.report.grammar)
    assert "recieve" in marked(window) and "go" not in marked(window)


def test_a_rule_never_flagged_stays_off_in_a_new_window_with_a_new_engine(qtbot, make_window):
    first = harper_window_showing(qtbot, make_window)
    assert "go" in marked(first)
    action(menu_at_word(first.editor_pane.editor, "go to"), "Never flag this rule").trigger()
    first.worker.drain()
    first.close()

    second = harper_window_showing(qtbot, make_window)  # same data folder, fresh dictionary and engine
    assert second.grammar.engine is not first.grammar.engine
    assert second.grammar.dictionary is not first.grammar.dictionary
    assert AGREEMENT in second.grammar.dictionary.ignored_rules
    assert "recieve" in marked(second)  # the engine does check...
    assert "go" not in marked(second)  # ...but not with that rule
    assert not any(i.rule_id == AGREEMENT for i in second.report.grammar)


def test_a_failed_save_leaves_the_rule_flagged_and_says_so(qtbot, make_window, recorded_dialogs, monkeypatch):
    window = harper_window_showing(qtbot, make_window)

    def refuse(_rule):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(window.grammar.dictionary, "ignore_rule", refuse)
    action(menu_at_word(window.editor_pane.editor, "go to"), "Never flag this rule").trigger()
    assert [kind for kind, *_ in recorded_dialogs] == ["problem"]
    assert "read-only folder" in recorded_dialogs[0][2]
    assert "go" in marked(window)


# -- the dialog --------------------------------------------------------------------------------


def open_dialog(window):
    """Through the Grammar menu, as the student would."""
    from tutor.gui.dialogs.dictionary_dialog import DictionaryDialog

    window.actions["dictionary"].trigger()
    dialog = window.findChild(DictionaryDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def remove(section, *entries: str) -> None:
    section.select(list(entries))
    assert section.remove.isEnabled()
    section.remove.click()


def test_the_grammar_menu_opens_the_dialog_listing_words_and_rules(qtbot, make_window):
    window = make_window()
    window.grammar.dictionary.add_word("Zorblat")
    window.grammar.dictionary.add_word("gwadar")
    window.grammar.dictionary.ignore_rule("OxfordComma")
    assert window.actions["dictionary"].text().replace("&", "") == "Personal dictionary and ignored rules…"
    dialog = open_dialog(window)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.words.entries() == ["gwadar", "Zorblat"]
    assert dialog.rules.entries() == ["OxfordComma"]
    assert not dialog.note.isVisible()
    assert not dialog.words.remove.isEnabled()  # nothing selected yet
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_the_dialog_says_when_nothing_was_added_yet(qtbot, make_window):
    dialog = open_dialog(make_window())
    assert dialog.words.entries() == [] and dialog.rules.entries() == []
    assert dialog.words.empty.isVisible() and dialog.rules.empty.isVisible()
    assert "Add to dictionary" in dialog.words.empty.text()
    assert "Never flag this rule" in dialog.rules.empty.text()


def test_removing_a_word_saves_it_and_flags_the_word_again(qtbot, make_window, private_user_data):
    window = harper_window_showing(qtbot, make_window)
    editor = window.editor_pane.editor
    action(menu_at_word(editor, "recieve"), "Add to dictionary").trigger()
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=15_000)
    assert "recieve" not in marked(window)
    dialog = open_dialog(window)
    assert dialog.words.entries() == ["recieve"]
    before = window.report
    remove(dialog.words, "recieve")
    assert dialog.words.entries() == [] and dialog.words.empty.isVisible()
    saved = json.loads((private_user_data / "dictionary.json").read_text(encoding="utf-8"))
    assert saved["words"] == []
    wait_for_new_report(qtbot, window, before)
    assert "recieve" in marked(window)


def test_turning_a_rule_back_on_flags_it_again(qtbot, make_window, private_user_data):
    window = harper_window_showing(qtbot, make_window)
    action(menu_at_word(window.editor_pane.editor, "go to"), "Never flag this rule").trigger()
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=15_000)
    window.grammar.dictionary.ignore_rule("OxfordComma")
    dialog = open_dialog(window)
    assert dialog.rules.entries() == ["OxfordComma", AGREEMENT]
    before = window.report
    remove(dialog.rules, AGREEMENT)
    assert dialog.rules.entries() == ["OxfordComma"]
    assert PersonalDictionary.load(private_user_data / "dictionary.json").ignored_rules == {"OxfordComma"}
    wait_for_new_report(qtbot, window, before)
    assert marked(window).get("go") == AGREEMENT
    dialog.close_button.click()


def test_the_delete_key_removes_the_selected_entries(qtbot, make_window):
    window = make_window()
    for word in ("alpha", "beta", "gamma"):
        window.grammar.dictionary.add_word(word)
    dialog = open_dialog(window)
    dialog.words.select(["alpha", "gamma"])
    dialog.words.list.setFocus()
    qtbot.keyClick(dialog.words.list, Qt.Key.Key_Delete)
    assert dialog.words.entries() == ["beta"]
    assert window.grammar.dictionary.words == {"beta"}


def test_a_damaged_dictionary_file_is_explained_in_the_dialog(qtbot, make_window, private_user_data):
    private_user_data.mkdir(parents=True, exist_ok=True)
    (private_user_data / "dictionary.json").write_text("{ not json", encoding="utf-8")
    window = make_window()
    assert window.grammar.dictionary.note
    dialog = open_dialog(window)
    assert dialog.note.isVisible()
    assert window.grammar.dictionary.note in dialog.note.text()
    assert "damaged" in dialog.note.text()
    assert str(private_user_data / "dictionary.json") in dialog.note.text()


def test_a_failed_removal_is_reported_and_the_list_stays_true(qtbot, make_window, recorded_dialogs,
                                                              monkeypatch):
    window = make_window()
    window.grammar.dictionary.add_word("Zorblat")
    dialog = open_dialog(window)

    def refuse(_word):
        raise PermissionError("disk full")

    monkeypatch.setattr(window.grammar.dictionary, "remove_word", refuse)
    remove(dialog.words, "Zorblat")
    assert [kind for kind, *_ in recorded_dialogs] == ["problem"] and "disk full" in recorded_dialogs[0][2]
    assert dialog.words.entries() == ["Zorblat"]
