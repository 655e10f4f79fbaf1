"""Key points from model précis, by the pyramid method.

Each model is cut into content units (clauses); each unit is aligned to the
passage idea it comes from; units of different models that express the same
idea are merged. A point's weight is how many models carry it, so an idea
every teacher kept outweighs one only a single model mentions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from tutor.core.keypoints.ideas import split_ideas
from tutor.core.keypoints.matcher import best_match
from tutor.core.keypoints.windows import text_window
from tutor.core.keypoints.model import KeyPoint
from tutor.core.keypoints.passage_ideas import PassageIdeas
from tutor.core.keypoints.words import content_terms
from tutor.core.span import Span
from tutor.core.title import split_title

SAME_IDEA = 0.5  # units of two models that echo each other this well say the same thing
SAME_SENTENCE_IDEA = 0.3  # … or this well, when both come from one passage sentence
MIN_UNIT_TERMS = 2


@dataclass(frozen=True, slots=True)
class Unit:
    """A content unit of one model précis, and the passage idea it comes from."""

    model: int
    text: str  # a readable statement
    wording: str  # the model's own words
    idea: int  # index into the passage's ideas
    fit: float  # how well it matches that idea


def model_units(pi: PassageIdeas, models: Sequence[str]) -> list[Unit]:
    """Every content unit of every model, aligned to the passage."""
    units = []
    for n, model in enumerate(models):
        body = split_title(model).body
        for idea in split_ideas(model, body.start, body.end):
            wording = idea.source(model)
            if len(content_terms(wording)) < MIN_UNIT_TERMS:
                continue
            at, fit = pi.locate(wording) if pi.ideas else (0, 0.0)
            units.append(Unit(n, idea.text, wording, at, fit))
    return units


def _echo(a: Unit, b: Unit, pi: PassageIdeas) -> float:
    """How well each unit's words are found in the other (the lower of the two)."""
    def one_way(x: Unit, y: Unit) -> float:
        point = KeyPoint("", x.wording, 1.0, Span(0, 0), wordings=pi.wordings(x.wording, (), ""))
        return best_match(point, (text_window(y.wording),)).score
    return min(one_way(a, b), one_way(b, a))


def _same_idea_at(a: Unit, b: Unit, pi: PassageIdeas) -> float:
    if pi.ideas and pi.ideas[a.idea].sentence == pi.ideas[b.idea].sentence:
        return SAME_SENTENCE_IDEA
    return SAME_IDEA


def group_units(units: list[Unit], pi: PassageIdeas) -> list[list[Unit]]:
    """Units that come from the same passage idea, or echo each other, form one group."""
    groups: list[list[Unit]] = []
    for unit in units:
        home = next((g for g in groups if any(u.idea == unit.idea for u in g)), None)
        if home is None:
            home = next((g for g in groups if all(u.model != unit.model for u in g)
                         and any(_echo(u, unit, pi) >= _same_idea_at(u, unit, pi) for u in g)), None)
        if home is None:
            groups.append([unit])
        else:
            home.append(unit)
    return groups


def model_points(pi: PassageIdeas, models: Sequence[str]) -> tuple[KeyPoint, ...]:
    """One key point per idea the models share; weight = number of models carrying it."""
    points = []
    for group in group_units(model_units(pi, models), pi):
        weight = float(len({u.model for u in group}))
        lead = max(group, key=lambda u: u.fit)
        parts = pi.ideas[lead.idea].parts if pi.ideas else (Span(0, 0),)
        accept = tuple(dict.fromkeys(u.wording for u in group if u is not lead))
        points.append((parts, lead.text, weight, accept))
    points.sort(key=lambda p: p[0][0].start)
    return tuple(pi.point(f"m{n + 1}", text, weight, parts, False, accept)
                 for n, (parts, text, weight, accept) in enumerate(points))
