"""The right pane: the score and everything found, each item leading to its words.

Clicking (or pressing Enter on) an item asks for its span to be selected in
the précis, in the passage, or in both (``jump_requested``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from tutor.core.grammar.summary import group_by_category
from tutor.core.span import Span
from tutor.gui.legend import ENTRIES, swatch
from tutor.gui.theme import colours_for

PART_NAMES = {"content": "Content", "language": "Language", "length": "Length",
              "own_words": "Own words", "title": "Title"}
STATUS_LABELS = {"covered": "✓ Covered", "partial": "◐ Partly", "missing": "✗ Missing"}
CATEGORY_NAMES = {"spelling": "Spelling", "grammar": "Grammar", "punctuation": "Punctuation", "style": "Style"}
_JUMP = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Jump:
    """Where an item's words are: a span of the précis text, of the passage, or both."""

    precis: Span | None = None
    passage: Span | None = None


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: feedback sentences are read whole, never cut off."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        tree: QTreeWidget = self.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = tree.viewport().width() - tree.indentation() * depth - 10
        if not opt.icon.isNull():
            width -= opt.decorationSize.width() + 6
        bound = opt.fontMetrics.boundingRect(QRect(0, 0, max(60, width), 100_000),
                                             int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(max(60, width), max(bound.height(), opt.fontMetrics.height()) + 6)


class _FeedbackTree(QTreeWidget):
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # wrapped rows change height with the width


class FeedbackPane(QWidget):
    jump_requested = Signal(object)  # Jump

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.score = QLabel("", self)
        self.score.setObjectName("score")
        self.score.setAccessibleName("Score")
        self.parts = QLabel("", self)
        self.parts.setWordWrap(True)
        self.parts.setAccessibleName("Marks by part")
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.tree = _FeedbackTree(self)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName("Feedback")
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        heading = QLabel("Feedback", self)
        heading.setObjectName("paneHeading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (heading, self.score, self.parts, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        self.show_waiting("Feedback appears here a moment after you stop typing.")

    # -- showing ---------------------------------------------------------------------

    def show_waiting(self, message: str) -> None:
        self.tree.clear()
        self.score.setText("– / 20")
        self.parts.setText("")
        self.summary.setText(message)

    def show_report(self, report) -> None:
        self.tree.clear()
        self.score.setText(f"{report.score.total:g} / {report.score.out_of:g}")
        self.parts.setText(" · ".join(f"{PART_NAMES.get(p.name, p.name)} {p.points:g}/{p.out_of:g}"
                                      for p in report.score.parts))
        self.summary.setText(f"{report.target.label(report.precis_words)} · "
                             f"{report.own_share:.0%} in your own words")
        for build in (self._facts, self._key_points, self._copied, self._style, self._grammar, self._notes,
                      self._score_parts):
            section = build(report)
            if section is not None:
                self.tree.addTopLevelItem(section)
        self.tree.expandAll()
        self.tree.collapseItem(self.tree.topLevelItem(self.tree.topLevelItemCount() - 1))  # marks: on demand
        self._fit_scorefont()

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

    # -- sections -----------------------------------------------------------------------

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _entry(self, parent: QTreeWidgetItem, text: str, jump: Jump | None = None,
               tooltip: str = "", icon: QIcon | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, tooltip or text)
        if jump is not None:
            item.setData(0, _JUMP, jump)
        if icon is not None:
            item.setIcon(0, icon)
        return item

    def _score_parts(self, report) -> QTreeWidgetItem:
        section = self._section(f"How the {report.score.total:g} marks were reached")
        for part in report.score.parts:
            name = PART_NAMES.get(part.name, part.name)
            self._entry(section, f"{name}: {part.points:g} / {part.out_of:g}. {part.how}")
        return section

    def _key_points(self, report) -> QTreeWidgetItem:
        points = report.coverage.points
        covered = sum(1 for c in points if c.status == "covered")
        section = self._section(f"Key points: {covered} of {len(points)} covered")
        icons = self._status_icons()
        for c in points:
            optional = " (detail; may be left out)" if c.point.optional else ""
            evidence = c.evidence_span if c.status != "missing" else None  # a missing point has no words
            jump = Jump(evidence, c.point.source_span if len(c.point.source_span) else None)
            tip = c.advice or f"Covered: {c.point.text}"
            if c.missing_terms:
                tip += "\nWords of the point not found: " + ", ".join(c.missing_terms)
            self._entry(section, f"{STATUS_LABELS.get(c.status, c.status)}{optional}: {c.point.text}",
                        jump, tip, icons.get(c.status))
        return section

    def _facts(self, report) -> QTreeWidgetItem:
        section = self._section(f"Facts to check ({len(report.facts)})")
        for f in report.facts:
            self._entry(section, f.message, Jump(f.precis_span, f.passage_span))
        if not report.facts:
            self._entry(section, "No wrong figures or added names found.")
        return section

    def _copied(self, report) -> QTreeWidgetItem:
        section = self._section(f"Copied from the passage ({len(report.copied)})")
        for run in report.copied:
            self._entry(section, f"{_quote(run.text)} ({run.words} words)", Jump(run.precis_span, run.passage_span),
                        "Copied word for word: say it in your own words.")
        if not report.copied:
            self._entry(section, "No long runs copied: the précis is in your own words.")
        return section

    def _style(self, report) -> QTreeWidgetItem:
        section = self._section(f"Précis conventions ({len(report.style)})")
        text = report.precis.text
        for s in report.style:
            self._entry(section, f"{_quote(s.span.of(text), 30)}: {s.message}", Jump(s.span))
        return section

    def _grammar(self, report) -> QTreeWidgetItem:
        section = self._section(f"Grammar and spelling ({len(report.grammar)})")
        text = report.precis.text
        for group in group_by_category(report.grammar):
            if not group.count:
                continue
            sub = self._section(f"{CATEGORY_NAMES.get(group.category, group.category)} ({group.count})")
            section.addChild(sub)
            for issue in group.issues:
                fixes = f" Try: {', '.join(issue.suggestions)}." if issue.suggestions else ""
                self._entry(sub, f"{_quote(issue.span.of(text), 30)}: {issue.message}{fixes}", Jump(issue.span))
        if not report.grammar:
            self._entry(section, report.grammar_status)
        return section

    def _notes(self, report) -> QTreeWidgetItem | None:
        notes = list(report.notes)
        if report.coverage.included_detail:
            notes.append("The précis includes detail a précis can leave out (see the key points).")
        if not notes:
            return None
        section = self._section(f"Notes ({len(notes)})")
        for note in notes:
            self._entry(section, note)
        return section

    # -- helpers -------------------------------------------------------------------------

    def _status_icons(self) -> dict[str, QIcon]:
        colours = colours_for(self)
        height = max(12, self.fontMetrics().height() - 2)
        return {key: QIcon(swatch(colours, key, line, height)) for key, _n, line in ENTRIES if line is not None}

    def _fit_scorefont(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setBold(True)
        self.score.setFont(font)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_scorefont()

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        jump = item.data(0, _JUMP)
        if isinstance(jump, Jump):
            self.jump_requested.emit(jump)
