"""The mark out of 20, split the way the CSS paper splits it.

Every weight lives in ``WEIGHTS``; every part says how it was reached.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor.core.content import COPYING_ALLOWED, carried_factor, contradiction_factor
from tutor.core.wording import plural

if TYPE_CHECKING:
    from tutor.core.content import ContentEvidence

WEIGHTS = {
    "content": 8.0,     # fitted monotone model of coverage, recall, amount and copying (tutor/core/content.py)
    "language": 3.0,    # grammar and spelling per 100 words, and précis conventions
    "length": 2.0,      # within the target band
    "own_words": 2.0,   # share not copied from the passage
    "title": 5.0,       # present, short, about the central idea
}
SUBSTANCE_FULL = 0.6  # a précis needs this share of the content mark before its other parts count in full
ERRORS_PER_POINT = 2.0      # grammar/spelling errors per 100 words that cost one language point
CONVENTION_PENALTY = 0.25   # language points lost per breach of a précis convention
LENGTH_SLACK = 0.25         # beyond the band, length points fall to 0 over this share of the target
OWN_WORDS_FULL, OWN_WORDS_ZERO = 0.9, 0.5
TITLE_MAX_WORDS = 8
PART_NAMES = {"content": "Content", "language": "Language", "length": "Length", "own_words": "Own words",
              "title": "Title"}


@dataclass(frozen=True, slots=True)
class ScorePart:
    name: str
    points: float
    out_of: float
    how: str  # one or two sentences: how the points were reached

    @property
    def label(self) -> str:
        """The part's name as the student reads it ("Own words")."""
        return PART_NAMES.get(self.name, self.name)

    def to_json(self) -> dict:
        return {"name": self.name, "points": self.points, "out_of": self.out_of, "how": self.how}


@dataclass(frozen=True, slots=True)
class Score:
    parts: tuple[ScorePart, ...]

    @property
    def total(self) -> float:
        return round(sum(p.points for p in self.parts), 1)

    @property
    def out_of(self) -> float:
        return sum(p.out_of for p in self.parts)

    def part(self, name: str) -> ScorePart:
        return next(p for p in self.parts if p.name == name)


def _clamp(x: float, top: float) -> float:
    return round(max(0.0, min(top, x)), 1)


def content_part(ratio: float, evidence: "ContentEvidence | None" = None) -> ScorePart:
    """Content out of 8 from ``ratio`` (0..1, ``content.content_ratio``); ``evidence`` says
    how it was reached. Wrong facts are reported but not deducted here until fact findings
    are precise on student text."""
    top = WEIGHTS["content"]
    how = f"{ratio:.0%} of {top:g}."
    if evidence is not None:
        how = (f"{ratio:.0%} of {top:g}, from key-point coverage ({evidence.coverage:.0%}; a point echoed "
               f"only in part earns part of its share), the passage's "
               f"ideas echoed ({evidence.recall:.0%} of what a model précis echoes), relevant text "
               f"({evidence.relevant_words} words, {evidence.amount:.0%} of the target{_off_subject(evidence)}), sentences that say "
               f"something of the passage ({evidence.statements:.0%} of what the target holds) and copying "
               f"({evidence.copying:.0%}){_opposite(evidence)}{_uncarried(evidence)}.")
    return ScorePart("content", _clamp(ratio * top, top), top, how)


def _opposite(evidence: "ContentEvidence") -> str:
    """"; key points said the opposite of (12% of their weight) cost 24% of the mark", or "" when none are."""
    if not evidence.contradicted:
        return ""
    cost = 1.0 - contradiction_factor(evidence.contradicted)
    return (f"; key points said the opposite of ({evidence.contradicted:.0%} of their weight) "
            f"cost {cost:.0%} of the mark")


def _uncarried(evidence: "ContentEvidence") -> str:
    """"; only 0% of the teacher's key points said …, so relevant text … count 20%", or "" when
    the précis says enough of them (``content.carried_factor``)."""
    factor = carried_factor(evidence.carried)
    if factor >= 1.0:
        return ""
    return (f"; only {evidence.carried:.0%} of the teacher's key points said (a partial one counts half), so relevant "
            f"text, echoes and sentences count {factor:.0%}")


def _off_subject(evidence: "ContentEvidence") -> str:
    """"; 54 words in sentences on another subject", or "" when there are none."""
    n = evidence.off_subject
    return f"; {plural(n, 'word')} in sentences on another subject" if n else ""


def gated(parts: tuple[ScorePart, ...], content_ratio: float, own_share: float = 1.0,
          faithful_share: float = 1.0, states: bool = True, copied: float = 0.0) -> tuple[ScorePart, ...]:
    """The parts with language, own words and title scaled by how much substance the précis
    has: a précis that carries nothing of the passage ("Hello.", an unrelated paragraph) earns
    nothing for its grammar, its own words or its title (full from ``SUBSTANCE_FULL``), and
    one whose sentences say the opposite of the passage earns them only for the share of its
    words (``faithful_share``, 0..1) in sentences that do not. The language mark is also
    scaled by the share in the student's own words (``own_share``, 0..1; full from
    ``OWN_WORDS_FULL``): copied sentences show the passage's English, not the student's. A
    précis none of whose sentences states something of the passage (``states`` False: see
    ``content.ContentEvidence.statements``), such as a single word under a title ("Mill."),
    earns nothing for them at all: the issue's band puts one word at 2/20 or less, and an apt
    title over it scored 2.4. ``copied`` (0..1, the share of the précis copied from the passage)
    only says why: a copied précis has a low content mark though it carries the passage."""
    thin = min(1.0, content_ratio / SUBSTANCE_FULL) if states else 0.0
    faithful = max(0.0, min(1.0, faithful_share))
    own = min(1.0, own_share / OWN_WORDS_FULL)
    if not states:
        carries = "no sentence states something of the passage"
    elif copied > COPYING_ALLOWED:
        carries = f"the content mark is low because {copied:.0%} of the précis is copied from the passage"
    else:
        carries = "the précis carries little of the passage"
    why_substance = ([] if thin >= 1.0 else [carries]) + (
        [] if faithful >= 1.0 else [f"{1 - faithful:.0%} of its words are in sentences that say the opposite "
                                    f"of the passage"])
    why_own = [] if own >= 1.0 else [f"only {own_share:.0%} of the précis is in your own words (full from "
                                     f"{OWN_WORDS_FULL:.0%})"]
    scale = {"language": (thin * faithful * own, why_substance + why_own),
             "own_words": (thin * faithful, why_substance), "title": (thin * faithful, why_substance)}
    out = []
    for p in parts:
        share, why = scale.get(p.name, (1.0, []))
        if share < 1.0 and p.points:
            p = ScorePart(p.name, _clamp(p.points * share, p.out_of), p.out_of,
                          f"{p.how} Scaled to {share:.0%}: {'; '.join(why)}.")
        out.append(p)
    return tuple(out)


def language_part(errors: int, words: int, conventions: int) -> ScorePart:
    top = WEIGHTS["language"]
    if not words:
        return ScorePart("language", 0.0, top, "No précis body to judge.")
    rate = 100.0 * errors / words if words else 0.0
    raw = top - rate / ERRORS_PER_POINT - CONVENTION_PENALTY * conventions
    how = (f"{plural(errors, 'grammar or spelling error')} in {plural(words, 'word')} ({rate:.1f} per 100 words, "
           f"1 point per {ERRORS_PER_POINT:g}); {plural(conventions, 'breach', 'breaches')} of précis conventions "
           f"at {CONVENTION_PENALTY:g} each.")
    return ScorePart("language", _clamp(raw, top), top, how)


def length_part(words: int, target: int, low: int, high: int) -> ScorePart:
    top = WEIGHTS["length"]
    if low <= words <= high:
        return ScorePart("length", top, top, f"{plural(words, 'word')}, within the target band {low}–{high}.")
    off = (low - words) if words < low else (words - high)
    share = off / target if target else 1.0
    raw = top * max(0.0, 1 - share / LENGTH_SLACK)
    side = "short of" if words < low else "over"
    return ScorePart("length", _clamp(raw, top), top,
                     f"{plural(words, 'word')}, {off} {side} the band {low}–{high}; the mark falls to 0 at "
                     f"{LENGTH_SLACK:.0%} of the target beyond it.")


def own_words_part(own_share: float, words: int) -> ScorePart:
    top = WEIGHTS["own_words"]
    if not words:
        return ScorePart("own_words", 0.0, top, "No précis body to judge.")
    raw = top * (own_share - OWN_WORDS_ZERO) / (OWN_WORDS_FULL - OWN_WORDS_ZERO)
    return ScorePart("own_words", _clamp(raw, top), top,
                     f"{own_share:.0%} of your précis is in your own words; full marks from "
                     f"{OWN_WORDS_FULL:.0%}, none below {OWN_WORDS_ZERO:.0%}.")


def title_part(title_words: int, relevant: bool, is_sentence: bool) -> ScorePart:
    top = WEIGHTS["title"]
    if not title_words:
        return ScorePart("title", 0.0, top, "No title: a précis needs exactly one.")
    points, notes = 2.0, ["title present (2)"]
    if title_words <= TITLE_MAX_WORDS and not is_sentence:
        points += 1.0
        notes.append(f"short phrase of {plural(title_words, 'word')} (1)")
    else:
        notes.append(f"too long or a full sentence: {plural(title_words, 'word')} (0 of 1)")
    if relevant:
        points += 2.0
        notes.append("names the passage's central idea (2)")
    else:
        notes.append("does not name the passage's central idea (0 of 2)")
    return ScorePart("title", points, top, "; ".join(notes).capitalize() + ".")
