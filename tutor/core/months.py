"""Months a text names as dates: "in March 2021", "on 4 July", "September 12, 1998".

A précis that moves an event to another month gets a fact wrong as surely as one
that changes a figure, but a month is a word, not a number, so ``figures`` never
sees it. "May" and "March" are also a verb ("prices may fall", "they march"):
they count as months only with a capital inside a sentence, or beside a day or a
year ("May 2020").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.span import Span

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_NUMBER = {name.lower(): n for n, name in enumerate(MONTHS, 1)} | {"sept": 9}
_VERBS_TOO = frozenset(("may", "march"))
_DATE = re.compile(r"(?:\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+)?"
                   r"\b(?P<month>" + "|".join(MONTHS) + r"|Sept)\b"
                   r"(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>\d{4})\b)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"'“‘(]?$")


@dataclass(frozen=True, slots=True)
class MonthDate:
    """A month named as a date: ``month`` 1..12, ``year`` when one follows it (else None);
    ``span`` is ``[start, end)`` into the text, day and year included."""

    text: str
    span: Span
    month: int
    year: int | None = None


def find_months(text: str, start: int = 0, end: int | None = None) -> tuple[MonthDate, ...]:
    """The months ``text[start:end]`` names as dates, in text order (spans into ``text``)."""
    stop = len(text) if end is None else end
    found = []
    for m in _DATE.finditer(text, start, stop):
        name = m.group("month")
        dated = m.group("day") or m.group("day2") or m.group("year")
        if name.lower() in _VERBS_TOO and not dated and _SENTENCE_START.search(text, 0, m.start("month")):
            continue  # "May we …", "March on": a capital that only starts the sentence
        year = int(m.group("year")) if m.group("year") else None
        found.append(MonthDate(m.group(0), Span(m.start(), m.end()), _NUMBER[name.lower()], year))
    return tuple(found)
