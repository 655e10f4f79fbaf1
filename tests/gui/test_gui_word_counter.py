"""The live word counter: updated on every keystroke, counting as examiners count."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from tutor.core.tokens import count_words
from tutor.gui.panes.word_count import LiveWordCount, count_words_fast


def test_typing_updates_the_counter_on_every_keystroke(qtbot, make_window):
    window = make_window()
    pane = window.editor_pane
    target = window.passage_pane.passage.words
    assert pane.count.text().startswith("0 words · target ")
    qtbot.keyClicks(pane.editor, "Rooftop gardens")
    goal = round(target / 3)
    assert pane.count.text() == f"2 words · target {goal} ({round(goal * 0.9)}–{round(goal * 1.1)})"
    qtbot.keyClick(pane.editor, Qt.Key.Key_Space)
    qtbot.keyClick(pane.editor, Qt.Key.Key_A)
    assert pane.count.text().startswith("3 words · target ")


def test_counter_says_too_short_within_or_too_long(qtbot, make_window):
    window = make_window()
    pane = window.editor_pane
    goal = window.passage_pane.passage.words / 3
    pane.set_precis("", "word " * 5)
    assert (pane.verdict_shown(), pane.verdict.text()) == ("under", "too short")
    pane.set_precis("", "word " * round(goal))
    assert (pane.verdict_shown(), pane.verdict.text()) == ("within", "within the target")
    pane.set_precis("", "word " * round(goal * 1.5))
    assert (pane.verdict_shown(), pane.verdict.text()) == ("over", "too long")


def test_title_field_and_stated_count_are_not_counted(qtbot, make_window):
    pane = make_window().editor_pane
    pane.title.setText("Gardens in the sky")
    pane.set_precis(pane.title_text(), "Councils plant roofs → to cool homes; they've saved $3 million.\n55 words")
    assert pane.words() == 10


def test_first_line_title_is_not_counted_when_the_title_field_is_empty(qtbot, make_window):
    pane = make_window().editor_pane
    pane.editor.setPlainText("Green Roofs\nCouncils plant roofs to cool homes.")
    assert pane.words() == 6


def test_fast_count_agrees_with_the_core_rule():
    chars = ["a", "7", "_", "-", "-", "\u2014", "\u2013", "\u2015", "→", " ", "\n", "\u00a0", "😀", ".", "é", "'", "$", "\t", "\u3000", "’"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        assert count_words_fast(text) == count_words(text), repr(text)


def test_live_count_matches_the_core_after_many_small_edits():
    counter = LiveWordCount()
    text = "The China-Pakistan corridor costs $65 billion.\nThey've argued → for years.\n"
    for i in range(len(text)):
        edited = text[:i] + " x " + text[i:]
        assert counter.body_words(edited, "T") == count_words(edited)


def test_a_precis_label_is_neither_counted_nor_checked(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText("Précis: Councils plant roofs to cool homes.")
    assert window.editor_pane.words() == 6
    report = wait_for_report(window)
    assert report.precis_words == 6
    label_end = len("Précis:")
    spans = [f.span for f in report.style] + [i.span for i in report.grammar] + [r.precis_span for r in report.copied]
    assert all(s.start >= label_end for s in spans)


def test_a_dash_between_words_counts_two_words_live(qtbot, make_window):
    pane = make_window().editor_pane
    pane.editor.setPlainText("Every age has conflicts—and pays a price.")
    assert pane.words() == 8 and pane.count.text().startswith("8 ")


def test_live_count_of_one_long_paragraph_matches_the_core_whatever_its_full_stops():
    """A long paragraph is counted sentence by sentence: the sum must still be the core's count."""
    chars = ["a", "7", "_", "-", ".", ". ", " . ", "..", " ", "\u00a0", "é", "'", "$", "’", "e.g. "]
    rng = random.Random(12)
    counter = LiveWordCount()
    for _ in range(40):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(2100, 3000)))
        assert counter.body_words(text, "T") == count_words(text)
        cut = rng.randrange(len(text))
        edited = text[:cut] + ". x" + text[cut:]
        assert counter.body_words(edited, "T") == count_words(edited)
