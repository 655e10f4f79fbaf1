"""From a report to the précis editor's marks: grammar, conventions, copied runs, close paraphrases, wrong facts.

Runs only when the report is for the text now in the editor (same revision),
so the report's Python offsets map exactly onto the document.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextCursor, QTextDocument

from tutor.core.grammar.issue import CATEGORY_NAMES
from tutor.core.span import Span
from tutor.gui.panes.feedback_outline import style_message
from tutor.gui.marks.mark import (COPIED, COVERAGE, FACT, GRAMMAR, PARAPHRASED, STYLE, Mark, Note, format_for,
                              make_mark)
from tutor.gui.offsets import OffsetMap
from tutor.gui.theme import Colours
from tutor.gui.wording import expansion, plural, suggestions_text


def grammar_notes(issues, text: str) -> list[tuple[Span, Note]]:
    """Grammar findings (spans into ``text``) as (span, what to tell the student), in order."""
    out: list[tuple[Span, Note]] = []
    for issue in issues:
        fixes = f"\nTry: {suggestions_text(issue.suggestions)}" if issue.suggestions else ""
        rule = f"\nRule: {issue.rule_id}" if issue.rule_id else ""
        tip = f"{CATEGORY_NAMES.get(issue.category, issue.category)}: {issue.message}{fixes}{rule}"
        out.append((issue.span, Note(GRAMMAR, tip, issue.category, issue.suggestions, issue.rule_id,
                                     issue.span.of(text))))
    return out


def report_notes(report, text: str) -> list[tuple[Span, Note]]:
    """Every précis finding as (span, what to tell the student), in the report's order."""
    out = grammar_notes(report.grammar, text)
    for finding in report.style:
        words = finding.span.of(text)
        fixes = (expansion(words),) if finding.rule == "contraction" and expansion(words) != words else ()
        out.append((finding.span, Note(STYLE, f"Précis convention: {style_message(finding, text)}", finding.rule,
                                       fixes, text=words)))
    for fact in report.facts:
        out.append((fact.precis_span, Note(FACT, fact.message, fact.kind)))
    for run in report.copied:
        out.append((run.precis_span, Note(COPIED, f"Copied from the passage ({plural(run.words, 'word')}): "
                                                  "put it in your own words.", text=run.text)))
    for para in report.close_paraphrases:
        out.append((para.precis_span, Note(PARAPHRASED, para.advice, text=para.precis_text)))
    for point in report.coverage.contradicted:
        if point.evidence_span is not None:
            source = " ".join(point.point.source_span.of(report.passage.text).split())
            out.append((point.evidence_span, Note(COVERAGE, f"This says the opposite of the passage, which says: "
                                                            f"“{source}”", "contradicted")))
    return out


def build_marks(report, text: str, document: QTextDocument, colours: Colours) -> list[Mark]:
    return _marks(report_notes(report, text), text, document, colours)


def grammar_first_marks(issues, report, text: str, document: QTextDocument, colours: Colours) -> list[Mark]:
    """Marks for grammar findings that came ahead of their report (spans into ``text``), with
    the other marks of ``report``, the report on screen for this same text, or None."""
    notes = grammar_notes(issues, text)
    if report is not None:
        notes += report_notes(replace(report, grammar=()), text)
    return _marks(notes, text, document, colours)


def _marks(notes: list[tuple[Span, Note]], text: str, document: QTextDocument, colours: Colours) -> list[Mark]:
    offsets = OffsetMap(text)
    marks = []
    for span, note in notes:
        if span.end > span.start:
            marks.append(make_mark(document, *offsets.span_to_qt(span), format_for(note, colours), note))
    return marks


def anchors_for(report, text: str, document: QTextDocument) -> dict[Span, QTextCursor]:
    """Live cursors for every précis span the feedback pane can jump to.

    They move with later edits, so a click still finds the right words after typing.
    """
    offsets = OffsetMap(text)
    spans = {s for s, _note in report_notes(report, text)}
    spans |= {c.evidence_span for c in report.coverage.points if c.evidence_span is not None}
    if report.content is not None:
        spans |= set(report.content.off_subject_spans)
    anchors = {}
    for span in spans:
        cursor = QTextCursor(document)
        start, end = offsets.span_to_qt(span)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        anchors[span] = cursor
    return anchors
