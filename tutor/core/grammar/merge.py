"""Findings from several engines as one list, each slip reported once."""

from __future__ import annotations

from typing import Iterable

from dataclasses import replace

from tutor.core.grammar.issue import GrammarIssue
from tutor.core.utf16 import grapheme_span


def merge_findings(text: str, *groups: Iterable[GrammarIssue]) -> tuple[GrammarIssue, ...]:
    """All findings on ``text`` sorted by place, each span widened to whole grapheme clusters
    (Harper flagged "ço" in "ço̧st", leaving the combining cedilla out; see ``grapheme_span``).

    A later group's finding that overlaps one an earlier group already reported in the
    same category is a duplicate and dropped (Harper, LanguageTool and our rules often
    see one slip over different spans)."""
    merged: list[GrammarIssue] = []
    for group in groups:
        earlier = tuple(merged)
        for issue in group:
            issue = _whole_characters(text, issue)
            if not any(_same_slip(issue, other) for other in earlier):
                merged.append(issue)
    return tuple(sorted(merged, key=lambda i: (i.span.start, i.span.end)))


def _same_slip(issue: GrammarIssue, other: GrammarIssue) -> bool:
    if issue.category != other.category:
        return False
    return issue.span == other.span or issue.span.overlaps(other.span)


def _whole_characters(text: str, issue: GrammarIssue) -> GrammarIssue:
    span = grapheme_span(text, issue.span)
    return issue if span == issue.span else replace(issue, span=span)
