"""The feedback pane: score, key points and findings, each leading to its words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from tutor.gui.panes.feedback_pane import Jump
from tutor.gui.marks.mark import line_style
from tutor.gui.theme import colours_for

# Covers the first paragraph of the rooftop passage; leaves out residents, critics and planners.
COOLING_ONLY = ("Councils in crowded cities are turning flat rooftops into gardens, because planted roofs cool "
                "the floors below them in summer. The gardens also hold back storm rain and ease the strain "
                "on old drains.")


def click(qtbot, tree, item) -> None:
    tree.scrollToItem(item, tree.ScrollHint.PositionAtTop)  # the whole row in view, however tall
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_report_shows_the_score_out_of_twenty_with_its_parts(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.title.setText("Gardens on city roofs")
    window.editor_pane.editor.setPlainText(COOLING_ONLY)
    report = wait_for_report(window)
    pane = window.feedback_pane
    assert pane.score.text() == f"{report.score.total:g} / 20"
    for name in ("Content", "Language", "Length", "Own words", "Title"):
        assert name.replace(" ", "\u00a0") in pane.parts.text()  # held together: a part never wraps
    hows = [i.text(0) for i in pane.items() if i.text(0).startswith("Content:")]
    assert hows and report.score.part("content").how in hows[0]


def test_clicking_a_missing_key_point_selects_its_passage_span(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(COOLING_ONLY)
    report = wait_for_report(window)
    missing = [c for c in report.coverage.points if c.status == "missing"]
    assert missing, "the précis leaves out most of the second paragraph"
    point = missing[0]
    tree = window.feedback_pane.tree
    item = next(i for i in window.feedback_pane.items() if i.text(0).endswith(point.point.text))
    click(qtbot, tree, item)
    expected = point.point.source_span.of(window.passage_pane.passage.text)
    assert window.passage_pane.view.spotlighted_text() == expected


def test_clicking_a_wrong_figure_selects_it_in_precis_and_passage(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(COOLING_ONLY + " A scheme costing $5 million gives families plots.")
    report = wait_for_report(window)
    assert report.facts
    item = next(i for i in window.feedback_pane.items() if "$5 million" in i.text(0))
    click(qtbot, window.feedback_pane.tree, item)
    assert window.editor_pane.editor.spotlighted_text() == "$5 million"
    assert window.passage_pane.view.spotlighted_text() == "$3 million"


def test_a_click_still_finds_the_words_after_typing_before_them(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText("They've planted gardens on roofs.")
    wait_for_report(window)
    window.editor_pane.editor.textCursor().insertText("🌱 In short, ")
    window.jump_to(Jump(precis=window.report.style[0].span))
    assert window.editor_pane.editor.spotlighted_text() == "They've"


def test_passage_sentences_are_marked_by_coverage_with_a_legend(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(COOLING_ONLY)
    report = wait_for_report(window)
    coverage = [m for m in window.passage_pane.view.marks.marks if m.note.kind == "coverage"]
    assert {m.note.category for m in coverage} == {c.status for c in report.coverage.points}
    styles = {m.note.category: line_style(m.format) for m in coverage}
    assert len(set(styles.values())) == len(styles)  # each status has its own line style, not only a colour
    assert window.passage_pane.legend.isVisible()


def test_a_contradicted_point_has_its_own_mark_row_and_legend_entry(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText("New buildings are rarely designed with gardens in mind.")
    report = wait_for_report(window)
    point = next(c for c in report.coverage.points if c.status == "contradicted")
    row = next(i.text(0) for i in window.feedback_pane.items() if i.text(0).startswith("⊘ Contradicted"))
    said = point.evidence_span.of(report.precis.text)
    assert row.splitlines() == [f"⊘ Contradicted: {point.point.text}", f"You wrote “{said}”: the opposite of the passage."]
    assert said and said in "New buildings are rarely designed with gardens in mind."  # both sides quoted in the row
    mark = next(m for m in window.passage_pane.view.marks.marks if m.note.category == "contradicted")
    assert mark.note.tooltip.startswith("Says the opposite of the passage: ")
    assert line_style(mark.format) == Qt.PenStyle.DashDotDotLine  # not the line of any other status
    assert mark.format.underlineColor() == QColor(colours_for().contradicted)
    names = [w.text() for w in window.passage_pane.legend.findChildren(QLabel)]
    assert "contradicted" in names
    said = next(m for m in window.editor_pane.editor.marks.marks if m.note.category == "contradicted")
    assert said.cursor.selectedText() in "New buildings are rarely designed with gardens in mind."
    assert "says the opposite of the passage" in said.note.tooltip


def test_style_findings_and_copied_runs_get_their_own_marks(qtbot, make_window, wait_for_report):
    window = make_window()
    copied = "the gardens ended years of loneliness"
    window.editor_pane.editor.setPlainText(f"They've found that {copied} for older people.")
    report = wait_for_report(window)
    assert report.copied and report.style
    kinds = {m.note.kind: m.cursor.selectedText() for m in window.editor_pane.editor.marks.marks}
    assert kinds["style"] == "They've"
    assert kinds["copied"] in f"They've found that {copied}"


def test_status_line_names_the_engine_or_why_not(qtbot, make_window):
    window = make_window(engine="off")
    qtbot.waitUntil(lambda: "off" in window.engine_label.text(), timeout=10_000)
    harper = make_window(engine="harper")
    qtbot.waitUntil(lambda: "Harper" in harper.engine_label.text() and "loading" not in harper.engine_label.text(),
                    timeout=20_000)


def test_status_line_says_checking_while_a_check_runs(qtbot, make_window, monkeypatch):
    window = make_window()
    held = []
    monkeypatch.setattr(window.worker, "submit", lambda lane, fn, done: held.append((lane, fn, done)))
    window.editor_pane.editor.setPlainText("Gardens cool roofs.")
    window.flow.check_now()
    assert window.checking_label.text() == "checking…"
    for lane, fn, done in held:
        window.worker.run_inline(lane, fn, done)
    assert window.checking_label.text() == ""


def test_the_key_point_count_leaves_out_optional_detail(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(COOLING_ONLY)
    report = wait_for_report(window)
    required = [c for c in report.coverage.points if not c.point.optional]
    covered = sum(1 for c in required if c.status == "covered")
    headings = [i.text(0) for i in window.feedback_pane.items() if i.text(0).startswith("Key points:")]
    assert headings == [f"Key points: {covered} of {len(required)} covered"]
    for c in report.coverage.points:
        if c.point.optional:
            row = next(i.text(0) for i in window.feedback_pane.items() if i.text(0).endswith(c.point.text))
            assert row.startswith("· Detail")


def test_key_point_icons_are_full_size_opaque_and_not_tinted_when_selected(qtbot, make_window, wait_for_report):
    from PySide6.QtGui import QIcon

    from tutor.gui.theme import is_dark

    window = make_window()
    window.editor_pane.editor.setPlainText(COOLING_ONLY)
    wait_for_report(window)
    window.set_theme("dark")  # where the grey "missing" icon used to fade into the background
    try:
        qtbot.waitUntil(lambda: is_dark(window))
        pane = window.feedback_pane
        item = next(i for i in pane.items() if i.text(0).startswith("✗ Missing"))
        pane.tree.setCurrentItem(item)
        size = pane.tree.iconSize()
        assert size.width() == 2 * size.height() >= 24  # the swatch's own size, not squashed to 16 × 8
        icon = item.icon(0)
        normal = icon.pixmap(size, QIcon.Mode.Normal).toImage()
        assert icon.pixmap(size, QIcon.Mode.Selected).toImage() == normal  # no highlight blended in
        assert not normal.hasAlphaChannel() or all(
            normal.pixelColor(x, y).alpha() == 255 for x in range(normal.width()) for y in range(normal.height()))
        # Its dotted line is light on the dark background: legible.
        bottom = [normal.pixelColor(x, normal.height() - 1).lightness() for x in range(normal.width())]
        assert max(bottom) >= 180 and min(bottom) <= 40
    finally:
        window.set_theme("light")
    qtbot.waitUntil(lambda: not is_dark(window))


def test_a_close_paraphrase_is_marked_in_precis_and_passage_and_listed(qtbot, make_window, wait_for_report):
    window = make_window()
    patched = ("Local councils started the shift to cool buildings, because a planted roof can cut the "
               "temperature of the floor below it by several degrees in summer.")
    window.editor_pane.editor.setPlainText(patched)
    report = wait_for_report(window)
    assert len(report.close_paraphrases) == 1
    precis_marks = [m for m in window.editor_pane.editor.marks.marks if m.note.kind == "paraphrased"]
    assert [m.cursor.selectedText() for m in precis_marks] == [patched]
    passage_marks = [m for m in window.passage_pane.view.marks.marks if m.note.kind == "paraphrased"]
    assert passage_marks and passage_marks[0].cursor.selectedText().startswith("Local councils began the change")
    item = next(i for i in window.feedback_pane.items() if i.text(0).startswith("Close paraphrase of the passage"))
    assert item.childCount() == 1
    click(qtbot, window.feedback_pane.tree, item.child(0))  # shown, not selected: typing replaces nothing
    assert window.editor_pane.editor.spotlighted_text() == patched
    assert window.passage_pane.view.spotlighted_text().startswith("Local councils began the change")


def test_a_sentence_on_another_subject_is_listed_and_shown_in_the_precis(qtbot, make_window, wait_for_report):
    window = make_window()
    aside = ("My cousin sails a small wooden boat on the lake every weekend and paints its hull bright yellow "
             "each spring.")
    window.editor_pane.editor.setPlainText("City rooftops are being turned into gardens that cool buildings. " + aside)
    wait_for_report(window)
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=30_000)  # a later report rebuilds the pane's rows
    report = window.report
    assert len(report.content.off_subject_spans) == 1
    assert "on another subject" in report.score.part("content").how
    item = next(i for i in window.feedback_pane.items() if i.text(0).startswith("Off the subject"))
    assert item.childCount() == 1 and "sails a small wooden boat" in item.child(0).text(0)
    click(qtbot, window.feedback_pane.tree, item.child(0))
    qtbot.waitUntil(lambda: window.editor_pane.editor.spotlighted_text() == aside, timeout=5_000)


def test_a_convention_broken_many_times_is_one_row_with_its_places_folded_under_it(qtbot, make_window,
                                                                                  wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(
        "Our councils turn flat roofs into gardens. Our gardens cool our floors and hold our storm rain. "
        "Older people in our towns meet on them, and that's good.")
    report = wait_for_report(window)
    assert sum(1 for s in report.style if s.rule == "first_person") == 5
    rows = [i for i in window.feedback_pane.items() if i.text(0).startswith("First person (5)")]
    assert len(rows) == 1 and "third person" in rows[0].text(0)
    places = [rows[0].child(n).text(0) for n in range(rows[0].childCount())]
    assert places == ["“Our”", "“Our”", "“our”", "“our”", "“our”"]
    convention_rows = [i for i in window.feedback_pane.items()
                       if i.parent() is not None and i.parent().text(0).startswith("Précis conventions")]
    assert len(convention_rows) == 2  # the group and the lone contraction, with its own lesson
    from tutor.gui.panes.feedback_pane import _JUMP

    third = rows[0].child(2).data(0, _JUMP)  # each place still leads to its words
    text = window.editor_pane.editor.toPlainText()
    assert text[third.precis.start:third.precis.end] == "our"


def test_the_feedback_says_it_is_being_updated_while_a_newer_check_runs(qtbot, make_window, wait_for_report,
                                                                        monkeypatch):
    window = make_window()
    window.editor_pane.editor.setPlainText(COOLING_ONLY)
    wait_for_report(window)
    qtbot.waitUntil(lambda: not window.flow.busy, timeout=30_000)
    pane = window.feedback_pane
    assert not pane.updating
    held = []
    monkeypatch.setattr(window.worker, "submit", lambda lane, fn, done: held.append((lane, fn, done)))
    window.editor_pane.editor.setPlainText(COOLING_ONLY + " Rain is held back.")
    window.flow.check_now()
    assert pane.updating and "updating…" in pane.heading.text()
    for lane, fn, done in held:
        window.worker.run_inline(lane, fn, done)
    assert not pane.updating
    assert window.report.precis.text.endswith("Rain is held back.")
