"""Checking a précis's title and body as two texts, offsets kept into the précis file.

A title is a phrase, not a sentence: checked together with the body, "Budget
Priorities" and the first sentence reached the engine as one sentence, and the
body's first errors went unseen. Checked alone, a title would draw findings that
expect a verb, a "to" or a full stop; only its spelling and doubled words are kept.
"""

from __future__ import annotations

from dataclasses import replace

from tutor.core.grammar.issue import GrammarIssue
from tutor.core.title import TitledPrecis

# What still applies to a phrase: Harper's doubled-word rule.
_PHRASE_RULES = frozenset({"Repetition"})


def check_title_and_body(engine, precis: TitledPrecis) -> tuple[GrammarIssue, ...]:
    """Findings for ``precis`` from ``engine`` (anything with ``check(text)``), sorted;
    every span is a ``[start, end)`` offset into ``precis.text``."""
    body = precis.body
    found = [_shifted(i, body.start) for i in engine.check(body.of(precis.text))]
    if precis.title_span is not None:
        title = precis.title_span
        found += [_shifted(i, title.start) for i in engine.check(title.of(precis.text))
                  if i.category == "spelling" or i.rule_id in _PHRASE_RULES]
    return tuple(sorted(found, key=lambda i: (i.span.start, i.span.end)))


def _shifted(issue: GrammarIssue, by: int) -> GrammarIssue:
    return replace(issue, span=issue.span.shifted(by)) if by else issue
