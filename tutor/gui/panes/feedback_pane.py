"""The right pane: the score and everything found, each item leading to its words.

Clicking (or pressing Enter on) an item asks for its span to be selected in
the précis, in the passage, or in both (``jump_requested``). What is shown
comes from ``feedback_outline``; this module only draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from tutor.gui.panes.feedback_outline import Entry, Jump, headline, outline
from tutor.gui.panes.legend import ENTRIES, swatch
from tutor.gui.plain import plain_labels, plain_tooltip
from tutor.gui.theme import colours_for

__all__ = ["FeedbackPane", "Jump", "NO_PASSAGE", "WAITING"]
WAITING = "Feedback appears here a moment after you start writing."
NO_PASSAGE = "Feedback appears here once a passage is open and you start writing."
_JUMP = Qt.ItemDataRole.UserRole
_KEY = Qt.ItemDataRole.UserRole + 1
FOLDED_AT_FIRST = frozenset({"marks"})
HEADING = "<b>Feedback</b>"
UPDATING = "<b>Feedback</b> · updating…"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: feedback sentences are read whole, never cut off."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        tree: QTreeWidget = self.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(60, tree.viewport().width() - tree.indentation() * depth)
        opt.rect = QRect(0, 0, width, 100_000)
        # Where the style will really put the text, beside the icon and margins.
        text_rect = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, tree)
        # … less the margin the style keeps on each side of the text: measured 2 px wider than it
        # is painted, a row one line short showed its last line cut ("your précis is in your own …").
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
        bound = opt.fontMetrics.boundingRect(QRect(0, 0, max(40, text_rect.width() - 2 * margin - 1), 100_000),
                                             int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(width, max(bound.height(), opt.fontMetrics.height()) + 6)


class _FeedbackTree(QTreeWidget):
    _laid_out_at = -1  # the viewport width the rows were last measured at

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # wrapped rows change height with the width

    def viewportEvent(self, event) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == event.Type.Resize and self.viewport().width() != self._laid_out_at:
            # The scroll bar coming or going narrows the rows without resizing the tree: rows
            # measured at the old width keep their old heights, so a row's last line is cut off
            # and the scroll range stops short of the last rows.
            self._laid_out_at = self.viewport().width()
            self.doItemsLayout()
        return handled

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.doItemsLayout()  # and with the zoom: rows measured at the old size would cut lines off


class FeedbackPane(QWidget):
    jump_requested = Signal(object)  # Jump

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.score = QLabel("", self)
        self.score.setAccessibleName("Score")
        self.parts = QLabel("", self)
        self.parts.setWordWrap(True)
        self.parts.setAccessibleName("Marks by part")
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        # While a newer check runs, the report shown is of the précis as it was: the heading says so,
        # on its own line, so the rows below do not jump at every pause in typing.
        self.heading = QLabel(HEADING, self)
        plain_labels(self.score, self.parts, self.summary)
        self.tree = self._make_tree()
        self._shown: tuple[Entry, ...] = ()
        self._folded: set[str] = set(FOLDED_AT_FIRST)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.heading, self.score, self.parts, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        self.show_waiting(WAITING)

    def _make_tree(self) -> QTreeWidget:
        tree = _FeedbackTree(self)
        tree.setItemDelegate(_WrappingDelegate(tree))
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setHeaderHidden(True)
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAccessibleName("Feedback")
        tree.itemClicked.connect(self._on_item)
        tree.itemActivated.connect(self._on_item)
        tree.itemCollapsed.connect(lambda item: self._folded.add(item.data(0, _KEY) or ""))
        tree.itemExpanded.connect(lambda item: self._folded.discard(item.data(0, _KEY) or ""))
        return tree

    # -- showing ---------------------------------------------------------------------

    @property
    def updating(self) -> bool:
        """Whether the pane says that the report shown is being updated."""
        return self.heading.text() == UPDATING

    def show_updating(self, busy: bool) -> None:
        """Say, while a check runs, that the report shown is of an earlier précis (nothing to
        say when no report is shown: the pane then says what it waits for)."""
        self.heading.setText(UPDATING if busy and self._shown else HEADING)

    def show_waiting(self, message: str) -> None:
        self.tree.clear()
        self._shown = ()
        self.heading.setText(HEADING)
        self.score.setText("– / 20")
        self.parts.setText("")
        self.summary.setText(message)
        self._fit_score_font()

    def show_report(self, report) -> None:
        self.show_outline(headline(report), outline(report))

    def show_outline(self, head: tuple[str, str, str], sections: tuple[Entry, ...]) -> None:
        """Show (score, marks by part, summary) and the sections: all of a report, or the part
        of it revealed so far (see ``classroom.try_first``)."""
        score, parts, summary = head
        self.score.setText(score)
        self.parts.setText(parts)
        self.summary.setText(summary)
        if [s.look() for s in sections] == [s.look() for s in self._shown]:
            self._update_jumps(sections)  # same words, new places: no redraw
        else:
            self._draw(sections)
        self._shown = sections

    def redraw(self) -> None:
        """Draw again (new colours after a theme change)."""
        self._draw(self._shown)

    def _draw(self, sections: tuple[Entry, ...]) -> None:
        scrolled = self.tree.verticalScrollBar().value()
        self.tree.clear()
        icons = self._status_icons()
        for section in sections:
            self.tree.addTopLevelItem(self._item(section, icons, top=True))
        for item in self.items():
            if item.childCount():
                item.setExpanded((item.data(0, _KEY) or "") not in self._folded)
        self.tree.verticalScrollBar().setValue(scrolled)

    def _item(self, entry: Entry, icons: dict[str, QIcon], top: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.text])
        if entry.children or top:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            item.setData(0, _KEY, entry.key)
        item.setToolTip(0, plain_tooltip(entry.tooltip or entry.text))
        if entry.jump is not None:
            item.setData(0, _JUMP, entry.jump)
        if entry.status in icons:
            item.setIcon(0, icons[entry.status])
        item.addChildren([self._item(child, icons) for child in entry.children])
        return item

    def _update_jumps(self, sections: tuple[Entry, ...]) -> None:
        """New places for the same rows. Where a jump goes is not drawn, so the view is not told:
        told, it measured every row's wrapped height again (0.2 s for the 540 rows of a
        20,000-word précis, ``bench/gui.py``)."""
        def walk(item: QTreeWidgetItem, entry: Entry) -> None:
            if entry.jump is not None:
                item.setData(0, _JUMP, entry.jump)
            for i, child in enumerate(entry.children):
                walk(item.child(i), child)

        model = self.tree.model()
        was_blocked = model.blockSignals(True)
        try:
            for i, section in enumerate(sections):
                walk(self.tree.topLevelItem(i), section)
        finally:
            model.blockSignals(was_blocked)

    def items(self) -> list[QTreeWidgetItem]:
        """Every item, depth first (tests and keyboard users walk this)."""
        out: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    # -- helpers -------------------------------------------------------------------------

    def _status_icons(self) -> dict[str, QIcon]:
        """The legend's swatches, shown at their own size (the tree's default icon
        size squashed them to a few faint pixels) and never tinted when selected
        (Qt blends a selected row's icon with the highlight colour)."""
        colours = colours_for(self)
        height = max(12, self.fontMetrics().height() - 2)
        self.tree.setIconSize(QSize(height * 2, height))
        icons = {}
        for key, _name, line in ENTRIES:
            if line is not None:
                pixmap = swatch(colours, key, line, height)
                icon = QIcon()
                for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                    icon.addPixmap(pixmap, mode)
                icons[key] = icon
        return icons

    def _fit_score_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setBold(True)
        self.score.setFont(font)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_score_font()

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        jump = item.data(0, _JUMP)
        if isinstance(jump, Jump):
            self.jump_requested.emit(jump)
        elif item.childCount():  # a section heading: a click or Enter opens or closes it
            item.setExpanded(not item.isExpanded())
