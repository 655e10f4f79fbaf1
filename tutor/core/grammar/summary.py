"""Findings grouped the way the report shows them, and the error rate examiners feel.

Style findings are advice: they are listed but never count as errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from tutor.core.grammar.issue import CATEGORIES, GrammarIssue

ERROR_CATEGORIES = ("spelling", "grammar", "punctuation")


@dataclass(frozen=True)
class CategoryGroup:
    category: str
    issues: tuple[GrammarIssue, ...]

    @property
    def count(self) -> int:
        return len(self.issues)


def group_by_category(issues: Iterable[GrammarIssue]) -> tuple[CategoryGroup, ...]:
    """One group per category, always all four and in ``CATEGORIES`` order
    (empty groups included, so a report's layout never shifts)."""
    buckets: dict[str, list[GrammarIssue]] = {c: [] for c in CATEGORIES}
    for issue in issues:
        # An unknown category is a bug in an engine adapter; show it as grammar
        # rather than lose the finding.
        buckets.get(issue.category, buckets["grammar"]).append(issue)
    return tuple(CategoryGroup(c, tuple(sorted(buckets[c], key=_position))) for c in CATEGORIES)


def category_counts(issues: Iterable[GrammarIssue]) -> dict[str, int]:
    """``{"spelling": n, "grammar": n, "punctuation": n, "style": n}``."""
    return {g.category: g.count for g in group_by_category(issues)}


def error_count(issues: Iterable[GrammarIssue]) -> int:
    """Spelling, grammar and punctuation findings; style is advice only."""
    return sum(1 for i in issues if i.category in ERROR_CATEGORIES)


def errors_per_100_words(issues: Iterable[GrammarIssue], words: int) -> float:
    """Errors (not style advice) per 100 counted words; 0.0 for an empty text."""
    if words <= 0:
        return 0.0
    return round(100.0 * error_count(issues) / words, 2)


def _position(issue: GrammarIssue) -> tuple[int, int]:
    return issue.span.start, issue.span.end
