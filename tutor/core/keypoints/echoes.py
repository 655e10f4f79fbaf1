"""What a précis word may count as evidence of a key point's word: one précis word echoes one
cue (unless the cues are one phrase), synonyms alone are weaker evidence than the point's own
words, and in a contest a word goes to the point that echoes it best."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.core.keypoints.model import Cue, KeyPoint
from tutor.core.keypoints.synonyms import EXACT, match_keys
from tutor.core.keypoints.words import Term

if TYPE_CHECKING:
    from tutor.core.keypoints.windows import Window

SYNONYMS_NEEDED = 2  # synonyms that say a wording in full when none of its own words is echoed


def one_term_each(cues: tuple[Cue, ...], window: Window,
                  echoes: list[tuple[float, int | None]]) -> list[tuple[float, int | None]]:
    """``echoes`` (per cue: credit 0..1 and the index into ``window.terms`` of the term earning
    it, or None) with each window term given to one cue only, the one it earns most for: one
    précis word says one thing ("returns" is not both the "benefits" and the "gains" of "who
    benefits from the gains"; "business" not both "productive" and "investment"). A cue that
    loses its term takes its next best echo among the terms left, if any."""
    taken: dict[int, int] = {}
    out = list(echoes)
    for n in sorted(range(len(cues)), key=lambda n: -cues[n].weight * echoes[n][0]):
        at = out[n][1]
        if at is None:
            continue
        if at in taken and _one_phrase(cues[taken[at]], cues[n], abs(taken[at] - n)):
            continue  # a phrase said in one word: "distant" for "far away"
        if at in taken:
            out[n] = _next_echo(cues[n], window, set(taken) | window.dropped)
            at = out[n][1]
        if at is not None:
            taken[at] = n
    return out


def _one_phrase(cue: Cue, other: Cue, apart: int) -> bool:
    """Whether two cues side by side say one thing ("far away": both stand for "distant"), so one
    précis word may echo both: they share a synonym group. "productive investment" does not."""
    return apart == 1 and not {k for k, _ in cue.keys}.isdisjoint(k for k, _ in other.keys)


def _next_echo(cue: Cue, window: Window, taken: set[int]) -> tuple[float, int | None]:
    """The best echo of ``cue`` among the window terms not in ``taken``."""
    wanted = dict(cue.keys)
    best, at = 0.0, None
    for i, term in enumerate(window.terms):
        if i in taken:
            continue
        for key, credit in match_keys(term.word, term.key):
            got = min(credit, wanted.get(key, 0.0))
            if got > best:
                best, at = got, i
    return best, at


def synonym_share(cues: tuple[Cue, ...], echoes: list[tuple[float, int | None]], window: Window) -> float:
    """What is left of a wording's credit when the précis echoes none of its words or their
    derivations ("obligation" for "obligatory"), only synonyms: a synonym is weaker evidence
    alone than beside the point's own words, so it takes ``SYNONYMS_NEEDED`` of them (or as many
    as the wording has cues) to earn full credit ("returns" alone is not "who benefits from the
    gains"; "governments lost" is not "printing weakened religious authority"). 1.0 when one
    echo is the point's own word."""
    said = {at for best, at in echoes if at is not None and best > 0}
    if not said or any(best >= EXACT or _same_family(cue.word, window.terms[at].word)
                       for cue, (best, at) in zip(cues, echoes) if at is not None):
        return 1.0
    return min(1.0, len(said) / min(SYNONYMS_NEEDED, len(cues)))


FAMILY_PREFIX = 5  # letters two words of one family share at least ("obligation", "obligatory")


def _same_family(word: str, other: str) -> bool:
    """Whether two words look like derivations of one word (a shared start of ``FAMILY_PREFIX`` letters)."""
    return len(word) >= FAMILY_PREFIX and word[:FAMILY_PREFIX].lower() == other[:FAMILY_PREFIX].lower()


def credit_for(point: KeyPoint, term: Term) -> float:
    """The most any cue of the point earns from ``term``: a word the point says as its own
    ("cooperation") is not taken by a rival that has it only as a member of a name ("Continental
    Cooperation Organisation") or as a synonym."""
    keys = dict(match_keys(term.word, term.key))
    return max((min(credit, keys[k]) for w in point.wordings for cue in w.cues for k, credit in cue.keys if k in keys),
               default=0.0)
