"""Findings from several engines as one list, each slip reported once."""

from __future__ import annotations

from typing import Iterable

from tutor.core.grammar.issue import GrammarIssue


def merge_findings(*groups: Iterable[GrammarIssue]) -> tuple[GrammarIssue, ...]:
    """All findings sorted by place. A later group's finding that overlaps one an
    earlier group already reported in the same category is a duplicate and dropped
    (Harper, LanguageTool and our rules often see one slip over different spans)."""
    merged: list[GrammarIssue] = []
    for group in groups:
        earlier = tuple(merged)
        for issue in group:
            if not any(_same_slip(issue, other) for other in earlier):
                merged.append(issue)
    return tuple(sorted(merged, key=lambda i: (i.span.start, i.span.end)))


def _same_slip(issue: GrammarIssue, other: GrammarIssue) -> bool:
    if issue.category != other.category:
        return False
    return issue.span == other.span or issue.span.overlaps(other.span)
