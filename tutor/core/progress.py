"""Progress over weeks: the score and its parts, and each kind of mistake, attempt by attempt.

Read from stored attempts (``tutor.core.history.Attempt``) and their schema-1 reports,
so the plot needs nothing the history does not already keep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from tutor.core.history import PART_COLUMNS, Attempt
from tutor.core.score import PART_NAMES

FACTS, CONTRADICTIONS, COPYING = "Wrong facts", "Contradicted key points", "Copied runs"
GRAMMAR_KINDS = {"spelling": "Spelling errors", "grammar": "Grammar errors", "punctuation": "Punctuation errors",
                 "style": "Wording notes"}


def mistake_counts(report: dict) -> dict[str, int]:
    """Mistakes in one schema-1 report, by kind: wrong facts, contradicted key points, copied runs, each précis convention
    broken ("Convention: contraction"), each grammar category ("Spelling errors")."""
    counts = {FACTS: len(report.get("facts", [])), CONTRADICTIONS: len(report.get("contradictions") or []),
              COPYING: len(report.get("copied", []))}
    for s in report.get("style", []):
        key = f"Convention: {s['rule'].replace('_', ' ')}"
        counts[key] = counts.get(key, 0) + 1
    for g in report.get("grammar", []):
        key = GRAMMAR_KINDS.get(g["category"], g["category"])
        counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass(frozen=True, slots=True)
class Progress:
    """Series over attempts, oldest first. ``times`` are POSIX seconds (UTC); ``scores`` maps
    "Total" and each part's label to points; ``mistakes`` maps each kind ever made to its count
    per attempt (0 where that attempt had none)."""

    times: tuple[float, ...]
    scores: dict[str, tuple[float, ...]]
    out_of: dict[str, float]
    mistakes: dict[str, tuple[int, ...]]

    @property
    def attempts(self) -> int:
        return len(self.times)


def _posix(created_at: str) -> float:
    return datetime.strptime(created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


def progress_of(attempts: tuple[Attempt, ...]) -> Progress:
    reports = [a.report() for a in attempts]
    scores: dict[str, tuple[float, ...]] = {"Total": tuple(a.total for a in attempts)}
    out_of = {"Total": max((a.out_of for a in attempts), default=20.0)}
    for name in PART_COLUMNS:
        scores[PART_NAMES[name]] = tuple(dict(a.parts).get(name, 0.0) for a in attempts)
        out_of[PART_NAMES[name]] = max((r["score"]["parts"].get(name, {}).get("out_of", 0.0) for r in reports),
                                       default=0.0)
    per_attempt = [mistake_counts(r) for r in reports]
    kinds = sorted({k for counts in per_attempt for k in counts if any(c.get(k) for c in per_attempt)},
                   key=lambda k: (k not in (FACTS, CONTRADICTIONS, COPYING), k))
    mistakes = {k: tuple(c.get(k, 0) for c in per_attempt) for k in kinds}
    return Progress(tuple(_posix(a.created_at) for a in attempts), scores, out_of, mistakes)
