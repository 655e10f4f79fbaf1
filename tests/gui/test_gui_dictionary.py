"""Rules switched off for good, and the dialog that lists (and gives back) words and rules."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tutor.core.grammar.dictionary import PersonalDictionary
from tutor.gui.marks import GRAMMAR

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
