"""Underlines come as soon as Harper is ready; the learner-error rules join once spaCy has loaded.

The tagger here is the real one, held back until the test lets it load (spaCy
loads in a second or two, so without the hold the order would be left to chance).
"""

from __future__ import annotations

from tutor.core.grammar import agreement
from tutor.core.grammar.learner_rules import LOADING

PRECIS = "Gardens cool the city. The farmers was pleased with the price. They will recieve the seeds."


def test_harper_underlines_show_before_the_learner_rules_load_and_theirs_join_after(
        qtbot, make_window, held_tagger, underlined):
    window = make_window(engine="harper")
    window.editor_pane.editor.setPlainText(PRECIS)
    qtbot.waitUntil(lambda: "recieve" in underlined(window), timeout=30_000)

    assert "was" not in underlined(window)  # the agreement slip waits for the tagger
    assert LOADING in window.engine_label.text()  # and the status line says why
    assert "all_underlines" not in window.timings

    held_tagger.go.set()
    qtbot.waitUntil(lambda: "all_underlines" in window.timings and not window.flow.busy, timeout=60_000)
    assert underlined(window).get("was") == agreement.RULE_ID
    assert "recieve" in underlined(window)
    assert LOADING not in window.engine_label.text()
    assert window.timings["first_underlines"] <= window.timings["learner_ready"] <= window.timings["all_underlines"]


def test_typing_while_the_learner_rules_load_keeps_harper_underlines_coming(qtbot, make_window, held_tagger,
                                                                             underlined):
    window = make_window(engine="harper")
    editor = window.editor_pane.editor
    editor.setPlainText("Gardens cool the city.")
    qtbot.waitUntil(lambda: "grammar_ready" in window.timings and not window.flow.busy, timeout=30_000)
    qtbot.keyClicks(editor, " They recieve seeds.")
    qtbot.waitUntil(lambda: "recieve" in underlined(window), timeout=30_000)
    held_tagger.go.set()
    qtbot.keyClicks(editor, " The farmers was pleased.")
    qtbot.waitUntil(lambda: "was" in underlined(window) and not window.flow.busy, timeout=60_000)
    assert "recieve" in underlined(window)
