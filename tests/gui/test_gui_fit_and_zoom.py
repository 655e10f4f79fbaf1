"""The window fits 1280 × 720 and 1366 × 768 screens; panes share the width at every zoom,
collapse and come back; marks and dialogs follow the zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from tutor.gui.panes.fitting import clamped, first_geometry, shared

SCREENS = [QRect(0, 0, 1280, 720), QRect(0, 0, 1366, 768)]
PRECIS = "They've found that councils turn roofs into gardens, which cool the floors below."


def inside(widget, window) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size())) and widget.isVisible()


@pytest.mark.parametrize("screen", SCREENS, ids=["1280x720", "1366x768"])
def test_the_first_window_fits_the_screen(screen):
    rect = first_geometry(screen)
    assert screen.contains(rect) and rect.width() >= 0.9 * screen.width()


@pytest.mark.parametrize("screen", SCREENS, ids=["1280x720", "1366x768"])
def test_a_remembered_window_too_big_for_this_screen_is_clamped(screen):
    rect = clamped(QRect(200, 150, 1400, 820), screen, QSize(600, 400))
    assert screen.contains(rect)


def test_a_remembered_window_is_not_squeezed_below_its_minimum():
    assert clamped(QRect(0, 0, 300, 200), SCREENS[0], QSize(640, 420)).size() == QSize(640, 420)


def test_collapsed_panes_get_no_width_and_the_others_share_it():
    assert shared(1100, [200, 250, 200], [True, True, True]) == [400, 400, 300]
    assert shared(1100, [200, 250, 200], [False, True, True])[0] == 0
    assert all(s >= m for s, m in zip(shared(700, [200, 250, 220], [True] * 3), [200, 250, 220]))


@pytest.mark.parametrize("zoom", [0, 10], ids=["100%", "200%"])
@pytest.mark.parametrize("screen", SCREENS, ids=["1280x720", "1366x768"])
def test_every_control_is_on_screen_at_every_zoom(qtbot, make_window, screen, zoom):
    window = make_window()
    window.setGeometry(first_geometry(screen))
    window.zoom(zoom)
    window.fit_to(screen)
    window.share_width()
    qtbot.wait(20)
    assert screen.contains(window.geometry())
    for widget in (window.editor_pane.count, window.editor_pane.verdict, window.statusBar(),
                   window.editor_pane.title, window.feedback_pane.score, window.passage_pane.legend):
        assert inside(widget, window), widget
    for pane, size in zip(window.panes(), window.splitter.sizes()):
        assert size >= pane.minimumWidth() > 0
    chars = window.feedback_pane.width() / window.feedback_pane.fontMetrics().averageCharWidth()
    assert chars >= 22  # words of the feedback are never cut to "Provinc"


def test_a_hidden_side_pane_gives_its_width_to_the_others_and_comes_back(qtbot, make_window):
    window = make_window()
    window.zoom(10)
    window.share_width()
    before = window.feedback_pane.width()
    window.actions["pane_0"].trigger()  # F6: hide the passage
    window.share_width()
    assert not window.passage_pane.isVisible() and window.feedback_pane.width() > before
    window.actions["pane_0"].trigger()
    window.share_width()
    for pane, size in zip(window.panes(), window.splitter.sizes()):
        assert pane.isVisible() and size >= pane.minimumWidth()


def test_dotted_and_dashed_marks_thicken_with_the_zoom(qtbot, make_window, wait_for_report):
    window = make_window()
    editor = window.editor_pane.editor
    editor.setPlainText(PRECIS)
    wait_for_report(window)
    qtbot.waitUntil(lambda: bool(editor.mark_lines()))
    assert any(line.x2 > line.x1 for line in editor.mark_lines())  # the convention's dotted line is drawn
    thin = editor.wave().width
    window.zoom(10)
    assert editor.wave().width >= 1.8 * thin and editor.wave().width >= 3
    assert window.passage_pane.view.wave().width == pytest.approx(editor.wave().width, rel=0.1)


def test_dialogs_follow_the_zoom(qtbot, make_window):
    window = make_window()
    before = QApplication.font().pointSizeF()
    window.zoom(5)
    window.show_help()
    assert window._help.browser.font().pointSizeF() == pytest.approx(before * 1.5, rel=0.05)
    window._help.close()
    window.zoom(0)
    assert QApplication.font().pointSizeF() == pytest.approx(before)


def test_how_the_marks_were_reached_is_read_whole_after_zooming(qtbot, make_window, wait_for_report):
    window = make_window()
    window.editor_pane.editor.setPlainText(PRECIS)
    wait_for_report(window)
    tree = window.feedback_pane.tree
    heading = next(i for i in window.feedback_pane.items() if i.text(0).startswith("How the"))
    heading.setExpanded(True)
    window.zoom(10)
    qtbot.wait(20)
    for i in range(heading.childCount()):
        item = heading.child(i)
        tree.scrollToItem(item)
        needed = tree.sizeHintForIndex(tree.indexFromItem(item)).height()
        assert tree.visualItemRect(item).height() >= needed >= 2 * tree.fontMetrics().height()



def _painted_lines_fit(tree, item) -> bool:
    """Whether the row is tall enough for its text wrapped as the style paints it: inside the
    item's text rectangle less the style's text margin on each side (Qt's QCommonStyle draws an
    item's text in its text rectangle narrowed by PM_FocusFrameHMargin + 1 on each side)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    index = tree.indexFromItem(item)
    rect = tree.visualItemRect(item)
    opt = QStyleOptionViewItem()
    opt.initFrom(tree)
    tree.itemDelegate().initStyleOption(opt, index)
    opt.rect = rect
    text = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, tree)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    bound = opt.fontMetrics.boundingRect(QRect(0, 0, text.width() - 2 * margin, 100_000),
                                         int(Qt.TextFlag.TextWordWrap), opt.text)
    return bound.height() <= rect.height()


def test_every_feedback_row_is_tall_enough_for_its_wrapped_text(qtbot, make_window, wait_for_report):
    window = make_window()
    for width in (1600, 1180, 1024):
        window.resize(width, 900)
        window.editor_pane.editor.setPlainText(PRECIS + " " + str(width))
        wait_for_report(window)
        tree = window.feedback_pane.tree
        for item in window.feedback_pane.items():
            item.setExpanded(True)
        qtbot.wait(50)
        short = []
        for item in window.feedback_pane.items():
            for i in range(item.childCount()):
                tree.scrollToItem(item.child(i))
                if not _painted_lines_fit(tree, item.child(i)):
                    short.append(item.child(i).text(0)[:50])
        assert short == [], width
