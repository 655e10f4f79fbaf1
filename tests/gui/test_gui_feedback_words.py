"""What the feedback and the counter say, and how a keyboard reaches it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from classroom_texts import KEY_POINTS
from conftest import ROOFTOP_PASSAGE

from tutor.core.keypoints.model import missing_part
from tutor.core.passage import AuthoredKeyPoint, Passage
from tutor.gui.opening import PassageSource
from tutor.gui.wording import contraction_lesson, expansion, plural

# Covers the gardens only partly, the critics' point partly, and the detail of what the scheme cost.
PARTLY = "City roofs are becoming gardens. A scheme cost $3 million. Critics warn about repairs."


def items_text(window) -> list[str]:
    return [i.text(0) for i in window.feedback_pane.items()]


def pack_window(make_window):
    """The rooftop passage with the classroom pack's key points and one optional detail."""
    points = tuple(AuthoredKeyPoint(k["id"], k["text"], k.get("weight", 1.0), source=k["source"]) for k in KEY_POINTS)
    detail = AuthoredKeyPoint("cost", "One district's scheme cost $3 million.", source="a scheme costing $3 million",
                              optional=True)
    passage = Passage(id="rooftops", title="Gardens on the roof", text=ROOFTOP_PASSAGE, key_points=points + (detail,))
    window = make_window(passage=False)
    window.use_passage(PassageSource(passage, "text"))
    return window


def test_a_partly_covered_point_says_why_in_the_item_itself(qtbot, make_window, wait_for_report):
    window = pack_window(make_window)
    window.editor_pane.editor.setPlainText(PARTLY)
    report = wait_for_report(window)
    partial = next(c for c in report.coverage.points if c.status == "partial")
    row = next(t for t in items_text(window) if t.startswith("◐ Partly"))
    assert row.splitlines()[0].endswith(partial.point.text)
    part = missing_part(partial.point.text, partial.missing_terms)
    assert part and row.splitlines()[1] == f"Not yet said: {part}."  # the phrase of the idea, not a word list


def test_a_detail_row_says_it_is_not_counted_among_the_key_points(qtbot, make_window, wait_for_report):
    window = pack_window(make_window)
    window.editor_pane.editor.setPlainText(PARTLY)
    report = wait_for_report(window)
    required = [c for c in report.coverage.points if not c.point.optional]
    details = [c for c in report.coverage.points if c.point.optional]
    assert details
    for c in details:
        row = next(t for t in items_text(window) if t.endswith(c.point.text))
        assert f"not one of the {len(required)} key points counted above" in row


def test_an_empty_precis_gets_no_judgement_from_the_counter(qtbot, make_window):
    window = make_window()
    pane = window.editor_pane
    assert pane.verdict.text() == "" and pane.verdict_shown() == ""
    qtbot.keyClicks(pane.editor, "Roofs")
    assert pane.verdict.text() == "too short"
    pane.editor.clear()
    assert pane.verdict.text() == "" and pane.verdict_shown() == ""


def test_counts_use_plurals_not_brackets():
    assert (plural(1, "word"), plural(2, "word"), plural(1, "breach", "breaches")) == ("1 word", "2 words", "1 breach")


def test_the_contraction_lesson_uses_the_finding_as_its_example(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText("Councils say they'll plant roofs, but owners can't pay.")
    wait_for_report(window)
    rows = items_text(window)
    assert any("“they will”, not “they'll”" in t for t in rows)
    assert any("“cannot”, not “can't”" in t for t in rows)
    assert contraction_lesson("Can't").endswith("(“Cannot”, not “Can't”).")


def test_feedback_calls_the_writer_you(qtbot, make_window, wait_for_report):
    window = pack_window(make_window)
    window.editor_pane.editor.setPlainText(PARTLY + " Older people's loneliness ended.")
    wait_for_report(window)
    # The pane's own wording; the marks' explanations ("How the marks were reached") are the core's.
    own = [i.text(0) for i in window.feedback_pane.items()
           if not (i.parent() and i.parent().text(0).startswith("How the"))]
    text = "\n".join(own + [window.feedback_pane.summary.text()]).lower()
    assert "student" not in text and "(s)" not in text and "(es)" not in text


def caret_inside_theyll(window, wait_for_report):
    """The précis editor, checked, with its caret inside "they'll"."""
    editor = window.editor_pane.editor
    editor.setPlainText("Councils say they'll plant roofs.")
    wait_for_report(window)
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("they'll") + 2)
    editor.setTextCursor(cursor)
    return editor


def test_right_click_on_a_contraction_offers_its_full_form(qtbot, make_window, wait_for_report):
    window = make_window()
    editor = caret_inside_theyll(window, wait_for_report)
    menu = editor.build_context_menu(editor.cursorRect().center())
    offer = menu.actions()[0]
    assert offer.text() == expansion("they'll") == "they will"
    offer.trigger()
    assert editor.toPlainText() == "Councils say they will plant roofs."


def test_tab_goes_from_the_passage_to_title_precis_and_feedback(qtbot, make_window):
    window = make_window()
    passage = window.passage_pane.view
    passage.setFocus()
    qtbot.waitUntil(passage.hasFocus)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [window.editor_pane.title, window.editor_pane.editor, window.feedback_pane.tree]


def test_shift_f10_opens_the_suggestions_like_the_menu_key(qtbot, make_window, wait_for_report):
    window = make_window()
    editor = caret_inside_theyll(window, wait_for_report)
    editor.setFocus()
    shown = []

    def look_and_close() -> None:
        menu = QApplication.activePopupWidget()
        shown.extend(a.text() for a in menu.actions())
        menu.close()

    QTimer.singleShot(200, look_and_close)
    qtbot.keyClick(editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert shown and shown[0] == "they will"


def test_a_click_opens_how_the_marks_were_reached(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(PARTLY)
    wait_for_report(window)
    tree = window.feedback_pane.tree
    heading = next(i for i in window.feedback_pane.items() if i.text(0).startswith("How the"))
    assert not heading.isExpanded()
    tree.scrollToItem(heading)
    rect = tree.visualItemRect(heading)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert heading.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not heading.isExpanded()


def test_a_status_the_pane_does_not_know_is_still_shown_with_its_reason(qtbot, make_window, wait_for_report):
    from dataclasses import replace

    window = make_window()
    window.editor_pane.editor.setPlainText(PARTLY)
    report = wait_for_report(window)
    first = replace(report.coverage.points[0], status="disputed")
    other = replace(report, coverage=replace(report.coverage, points=(first,) + report.coverage.points[1:]))
    window.feedback_pane.show_report(other)
    window.passage_pane.show_report(other)
    row = next(t for t in items_text(window) if t.startswith("Disputed: "))
    assert first.point.text in row and len(row.splitlines()) == 2  # the reason is in the row
    assert any(m.note.category == "disputed" for m in window.passage_pane.view.marks.marks)


def test_a_suggested_fix_is_quoted_so_its_punctuation_is_not_read_as_the_sentences(qtbot, make_window,
                                                                                   wait_for_report):
    window = make_window(engine="harper")
    window.editor_pane.editor.setPlainText("He recieve the letter about city roofs.")
    qtbot.waitUntil(lambda: any("recieve" in t and "Try:" in t for t in items_text(window)), timeout=30_000)
    row = next(t for t in items_text(window) if "recieve" in t and "Try:" in t)
    assert "Try: “receive”" in row  # each fix in quotation marks, as in "Try: “In my view,”"
    assert not row.endswith(".")  # no full stop of ours after a fix ("Try: In my view,.")


def test_the_marks_heading_names_the_score_out_of_twenty(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(PARTLY)
    report = wait_for_report(window)
    heading = f"How the score of {report.score.total:g} / 20 was reached"  # not "How the 1 marks were reached"
    assert heading in items_text(window)


def test_a_score_part_is_never_split_across_two_lines(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(PARTLY)
    wait_for_report(window)
    parts = window.feedback_pane.parts.text().split(" · ")  # the label may wrap only between parts
    assert len(parts) == 5 and "Own\u00a0words\u00a0" in parts[3]
    assert all(" " not in part for part in parts)


def test_empty_sections_say_that_nothing_was_found(qtbot, make_window, wait_for_report):
    window = make_window(engine="harper")
    window.editor_pane.editor.setPlainText("City roofs are becoming gardens that cool the buildings beneath them.")
    qtbot.waitUntil(lambda: window.report is not None and window.report.grammar_engine != "off"
                    and not window.flow.busy, timeout=30_000)
    texts = items_text(window)
    conventions = texts.index("Précis conventions (0)")
    assert texts[conventions + 1] == "No précis convention broken."  # the section was an empty heading
    grammar = texts.index("Grammar and spelling (0)")
    assert texts[grammar + 1] == "No spelling, grammar or punctuation problems found."
    assert texts[grammar + 2].startswith("Grammar: Harper")
