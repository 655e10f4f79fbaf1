"""The mark out of 20, split the way the CSS paper splits it.

Every weight lives in ``WEIGHTS``; every part says how it was reached.
"""

from __future__ import annotations

from dataclasses import dataclass

WEIGHTS = {
    "content": 8.0,     # weighted key-point coverage, less wrong facts
    "language": 3.0,    # grammar and spelling per 100 words, and précis conventions
    "length": 2.0,      # within the target band
    "own_words": 2.0,   # share not copied from the passage
    "title": 5.0,       # present, short, about the central idea
}
FACT_PENALTY = 0.5          # content points lost per wrong fact
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


def content_part(coverage_ratio: float, wrong_facts: int) -> ScorePart:
    top = WEIGHTS["content"]
    raw = coverage_ratio * top - FACT_PENALTY * wrong_facts
    how = f"Key points covered (weighted): {coverage_ratio:.0%} of {top:g}."
    if wrong_facts:
        how += f" Minus {FACT_PENALTY:g} for each of {wrong_facts} wrong fact(s)."
    return ScorePart("content", _clamp(raw, top), top, how)


def language_part(errors: int, words: int, conventions: int) -> ScorePart:
    top = WEIGHTS["language"]
    if not words:
        return ScorePart("language", 0.0, top, "No précis body to judge.")
    rate = 100.0 * errors / words if words else 0.0
    raw = top - rate / ERRORS_PER_POINT - CONVENTION_PENALTY * conventions
    how = (f"{errors} grammar/spelling error(s) in {words} words ({rate:.1f} per 100 words, "
           f"1 point per {ERRORS_PER_POINT:g}); {conventions} breach(es) of précis conventions "
           f"at {CONVENTION_PENALTY:g} each.")
    return ScorePart("language", _clamp(raw, top), top, how)


def length_part(words: int, target: int, low: int, high: int) -> ScorePart:
    top = WEIGHTS["length"]
    if low <= words <= high:
        return ScorePart("length", top, top, f"{words} words, within the target band {low}–{high}.")
    off = (low - words) if words < low else (words - high)
    share = off / target if target else 1.0
    raw = top * max(0.0, 1 - share / LENGTH_SLACK)
    side = "short of" if words < low else "over"
    return ScorePart("length", _clamp(raw, top), top,
                     f"{words} words, {off} {side} the band {low}–{high}; the mark falls to 0 at "
                     f"{LENGTH_SLACK:.0%} of the target beyond it.")


def own_words_part(own_share: float, words: int) -> ScorePart:
    top = WEIGHTS["own_words"]
    if not words:
        return ScorePart("own_words", 0.0, top, "No précis body to judge.")
    raw = top * (own_share - OWN_WORDS_ZERO) / (OWN_WORDS_FULL - OWN_WORDS_ZERO)
    return ScorePart("own_words", _clamp(raw, top), top,
                     f"{own_share:.0%} of the précis is in the student's own words; full marks from "
                     f"{OWN_WORDS_FULL:.0%}, none below {OWN_WORDS_ZERO:.0%}.")


def title_part(title_words: int, relevant: bool, is_sentence: bool) -> ScorePart:
    top = WEIGHTS["title"]
    if not title_words:
        return ScorePart("title", 0.0, top, "No title: a précis needs exactly one.")
    points, notes = 2.0, ["title present (2)"]
    if title_words <= TITLE_MAX_WORDS and not is_sentence:
        points += 1.0
        notes.append(f"short phrase of {title_words} words (1)")
    else:
        notes.append(f"too long or a full sentence: {title_words} words (0 of 1)")
    if relevant:
        points += 2.0
        notes.append("names the passage's central idea (2)")
    else:
        notes.append("does not name the passage's central idea (0 of 2)")
    return ScorePart("title", points, top, "; ".join(notes).capitalize() + ".")
