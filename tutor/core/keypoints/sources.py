"""Where a passage's key points come from: the pack, model précis, or the passage alone."""

from __future__ import annotations

from typing import Sequence

from tutor.core.keypoints.authored import authored_points
from tutor.core.keypoints.automatic import automatic_points
from tutor.core.keypoints.model import KeyPoint
from tutor.core.keypoints.passage_ideas import passage_ideas
from tutor.core.keypoints.pyramid import model_points
from tutor.core.passage import Passage
from tutor.core.target import target_for


def key_points(passage: Passage, models: Sequence[str] = ()) -> tuple[str, tuple[KeyPoint, ...]]:
    """``(source, points)`` for a passage, points in passage order, ready for ``assess``.

    Model précis given here (``check --model FILE``) win, together with the pack's
    own; then the pack's authored key points; then the pack's model précis; and for
    any other passage, points found automatically. Model précis that yield no
    points (a title alone, say) give way to the next source.
    """
    pi = passage_ideas(passage.text)
    pack_models = tuple(m.text for m in passage.model_precis)
    if models and (points := model_points(pi, tuple(models) + pack_models)):
        return "model", points
    if passage.key_points:
        return "authored", authored_points(pi, passage.key_points)
    if pack_models and (points := model_points(pi, pack_models)):
        return "model", points
    target = target_for(passage.words, passage.target_words).words
    return "automatic", automatic_points(pi, target)
