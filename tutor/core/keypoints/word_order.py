"""Reversals that word order makes: swapped roles and comparisons turned round.

"The council fined the company" and "The company fined the council" share every content
word, and "Cities use more water than farms" and "Cities use less water than farms" share
them too: a précis that says either second sentence for the first says the opposite of
the passage, yet every word of the point is echoed. Two readings catch them:

* **roles**: in a point of the shape *subject – verb – object* (the content word just
  before its first finite verb, the verb, the content word just after it), a window that
  echoes all three with the object before the verb and the subject after it has swapped
  who did what to whom. A passive on either side ("the company was fined by the council")
  says the same thing in the other order, so neither is read.
* **comparison**: a point that compares with "more" (or "less", "fewer") and a window that
  echoes its words in the same order but compares the other way. The same words in
  another order ("Farms use less water than cities") make the same claim, so the order
  must hold.
* **preference**: a point that sets one thing against another ("favour longer school days
  rather than extra homework", "prefer buses to trams") and a window that puts the second
  thing before its own "rather than" (or "to" after "prefer") and the first after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.keypoints import grammar_words as gw

_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|nt)\b"
                      r"|\b\w+(?:ed|en)\s+by\b", re.IGNORECASE)
ROLES_WITHIN = 3  # the verb is among the point's first few cues: a later one is in a subordinate clause
_MORE = re.compile(r"\bmore\b", re.IGNORECASE)
_LESS = re.compile(r"\b(?:less|fewer)\b", re.IGNORECASE)
_PIVOT = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of|as\s+opposed\s+to)\b"
                    r"|\bprefer(?:s|red|ring)?\s+\w[^.;:!?]{0,60}?\s(?:to|over)\b", re.IGNORECASE)  # not "prefer to go"


@dataclass(frozen=True, slots=True)
class Shape:
    """What word order says in one text: ``passive`` (a passive verb somewhere), and
    ``comparison``: +1 if it compares with "more" only, -1 with "less"/"fewer" only, else 0."""

    passive: bool = False
    comparison: int = 0
    pivot: int = -1  # offset just after the first "rather than" / "instead of" / "prefer … to", or -1
    aside_end: int = -1  # in "Parents, rather than worksheets, are …": the offset of the comma closing the aside


def shape_of(text: str, start: int = 0, end: int | None = None) -> Shape:
    """The shape of ``text[start:end]``."""
    stop = len(text) if end is None else end
    more = bool(_MORE.search(text, start, stop))
    less = bool(_LESS.search(text, start, stop))
    pivot = _PIVOT.search(text, start, stop)
    aside_end = -1
    if pivot and text[start:pivot.start()].rstrip().endswith(","):
        aside_end = text.find(",", pivot.end(), stop)
    return Shape(bool(_PASSIVE.search(text, start, stop)), (more and not less) - (less and not more),
                 pivot.end() if pivot else -1, aside_end)


def roles_of(words: list[str], shape: Shape) -> tuple[int, int, int] | None:
    """Indices (subject, verb, object) into a point's cue ``words`` (in text order): the cue
    before the first finite verb that is not the first cue (and is within the first
    ``ROLES_WITHIN`` + 1), the verb, and the cue after it; None for a passive point or one
    without that shape."""
    if shape.passive:
        return None
    for v in range(1, min(len(words) - 1, ROLES_WITHIN + 1)):
        if gw.is_finite_verb(words[v].lower(), None):
            return v - 1, v, v + 1
    return None


def roles_swapped(roles: tuple[int, int, int] | None, hits: list[int | None], window: Shape) -> bool:
    """Whether a window whose terms ``hits`` echo the point's cues (window term index per
    cue, None where not echoed) puts the point's object before its verb and its subject
    after it, in the active voice."""
    if roles is None or window.passive:
        return False
    s, v, o = (hits[i] for i in roles)
    return None not in (s, v, o) and o < v < s


def comparison_turned(point: Shape, hits: list[int | None], window: Shape) -> bool:
    """Whether the window compares the other way from the point ("less" for "more") with the
    point's echoed words in the point's order."""
    if not point.comparison or window.comparison != -point.comparison:
        return False
    echoed = [h for h in hits if h is not None]
    return len(echoed) >= 2 and echoed == sorted(echoed)


def preference_swapped(before: int, hits: list[int | None], window_pivot: int | None, upto: int = 0) -> bool:
    """Whether a window puts a preference the other way round. ``before``: how many of the
    point's cues come before its pivot (0: the point sets nothing against anything);
    ``upto``: how many come before the end of the second thing (0: the end of the point; in
    "Parents, rather than worksheets, are the best resource" the aside ends at its comma);
    ``hits``: the window term echoing each cue (or None); ``window_pivot``: the index of the
    window's first term after its own pivot (None: it has none). Swapped when every echoed
    cue of the second thing stands before the window's pivot and the last cue of the first
    thing is echoed after it."""
    if not before or window_pivot is None or before >= len(hits):
        return False
    second = [h for h in hits[before:upto or len(hits)] if h is not None]
    first = hits[before - 1]
    return bool(second) and all(h < window_pivot for h in second) and first is not None and first >= window_pivot
