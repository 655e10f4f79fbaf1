"""The length a précis should have."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_RATIO = 1 / 3
DEFAULT_TOLERANCE = 0.10


@dataclass(frozen=True, slots=True)
class Target:
    words: int
    low: int
    high: int

    def verdict(self, words: int) -> str:
        """"under", "within" or "over" the band."""
        return "under" if words < self.low else "over" if words > self.high else "within"

    def label(self, words: int) -> str:
        return f"{words} words · target {self.words} ({self.low}–{self.high})"


def target_for(passage_words: int, words: int | None = None, tolerance: float = DEFAULT_TOLERANCE) -> Target:
    """One third of the passage unless a target is given, with a ±``tolerance`` band."""
    goal = words if words else max(1, round(passage_words * DEFAULT_RATIO))
    return Target(goal, round(goal * (1 - tolerance)), round(goal * (1 + tolerance)))
