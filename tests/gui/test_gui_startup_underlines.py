"""At start-up a restored précis gets Harper's underlines first: before its content
feedback (whose first analysis takes seconds) and before the learner rules (spaCy).

The learner rules' tagger is the real one, held back until the test lets it load.
"""

from __future__ import annotations

import pytest

from tutor.core.grammar import agreement
from tutor.core.grammar.learner_rules import LOADING
from tutor.gui.checks import check_flow
from tutor.gui.drafts.autosave import Draft, DraftStore

PRECIS = "Rooftop gardens cool the city. The farmers was pleased with the price. They will recieve the seeds."


@pytest.fixture
def restored_draft(private_user_data, rooftop_passage):
    private_user_data.mkdir(parents=True, exist_ok=True)
    draft = Draft("text", passage_title=rooftop_passage.title, passage_text=rooftop_passage.text, precis=PRECIS)
    DraftStore(private_user_data).save(draft, clean=True)


def test_a_restored_precis_shows_harper_underlines_before_its_feedback_and_the_learner_rules(
        qtbot, make_window, restored_draft, held_tagger, underlined, monkeypatch):
    # However slow Harper is to build on this machine, the content check waits for it.
    monkeypatch.setattr(check_flow, "HOLD_MS", 120_000)
    window = make_window(engine="harper", restore="yes", start=False)
    first_seen = []  # what the student sees when the first underlines arrive
    window.flow.grammar_found.connect(
        lambda _found: first_seen.append((underlined(window), window.feedback_pane.summary.text(),
                                          window.engine_label.text())))
    window.start()
    assert window.editor_pane.precis_text() == PRECIS
    qtbot.waitUntil(lambda: bool(first_seen), timeout=60_000)

    first, feedback, status = first_seen[0]
    assert "recieve" in first
    assert feedback == "Checking…"  # the content feedback has not come yet
    assert "was" not in first and LOADING in status  # nor have the learner rules

    qtbot.waitUntil(lambda: window.report is not None, timeout=60_000)
    assert "recieve" in underlined(window)  # the full report keeps the underline
    held_tagger.go.set()
    qtbot.waitUntil(lambda: "all_underlines" in window.timings and not window.flow.busy, timeout=60_000)
    assert underlined(window).get("was") == agreement.RULE_ID
    assert window.timings["first_underlines"] < window.timings["first_feedback"]


def test_a_check_asked_for_while_harper_loads_runs_once_it_is_ready(
        qtbot, make_window, restored_draft, underlined, monkeypatch):
    monkeypatch.setattr(check_flow, "HOLD_MS", 120_000)
    window = make_window(engine="harper", restore="yes")
    qtbot.keyClicks(window.editor_pane.editor, " Roofs holds rain.")
    qtbot.waitUntil(lambda: window.report is not None and not window.flow.busy, timeout=60_000)
    assert window.report.precis.text == window.editor_pane.precis_text()
    assert "recieve" in underlined(window)


def test_harper_switched_on_underlines_at_once_and_the_copied_words_stay_marked(
        qtbot, make_window, wait_for_report, held_tagger, underlined):
    from dataclasses import replace

    from tutor.gui.marks.mark import COPIED

    window = make_window(engine="off")
    copied = "a planted roof can lower the temperature of the floor beneath it by several degrees in summer"
    window.editor_pane.editor.setPlainText(f"Councils found that {copied}. They recieve seeds.")
    wait_for_report(window)
    first_seen = []
    window.flow.grammar_found.connect(lambda _found: first_seen.append(
        (underlined(window), {m.note.kind for m in window.editor_pane.editor.marks.marks})))
    window.apply_preferences(replace(window.prefs, engine="harper"))
    qtbot.waitUntil(lambda: bool(first_seen), timeout=60_000)
    grammar, kinds = first_seen[0]
    assert "recieve" in grammar
    assert COPIED in kinds  # the report on screen keeps its other marks meanwhile


def test_a_restored_precis_is_underlined_without_waiting_for_a_pause_in_typing(
        qtbot, make_window, restored_draft, underlined, monkeypatch):
    # Nobody typed the restored draft: its check starts when Harper is ready, however long the
    # pause the window waits for after typing (here ten minutes).
    monkeypatch.setattr(check_flow, "HOLD_MS", 120_000)
    window = make_window(engine="harper", restore="yes", start=False)
    window.flow._timer.setInterval(600_000)
    window.start()
    qtbot.waitUntil(lambda: "recieve" in underlined(window), timeout=60_000)
    assert window.editor_pane.precis_text() == PRECIS
