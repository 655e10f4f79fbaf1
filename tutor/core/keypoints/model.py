"""The results the key-point code hands to the report and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.span import Span

COVERED, PARTIAL, MISSING = "covered", "partial", "missing"
SOURCES = ("authored", "model", "automatic")


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One idea of the passage a précis should carry.

    ``source_span`` is where the idea stands in the passage. ``optional``
    marks supporting detail (an example, a quotation, an incidental date)
    that a précis may leave out.
    """

    id: str
    text: str
    weight: float
    source_span: Span
    optional: bool = False
    accept: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KeyPointCoverage:
    point: KeyPoint
    status: str  # COVERED, PARTIAL or MISSING
    score: float  # 0..1
    evidence_span: Span | None  # into the précis text as read (title line included)
    missing_terms: tuple[str, ...] = ()

    @property
    def advice(self) -> str:
        """One line for the student about a point that is not fully covered."""
        if self.status == COVERED:
            return ""
        label = "Missing" if self.status == MISSING else "Only partly covered"
        return f"{label}: {self.point.text}"


@dataclass(frozen=True, slots=True)
class Coverage:
    source: str  # one of SOURCES
    points: tuple[KeyPointCoverage, ...]  # in passage order

    @property
    def ratio(self) -> float:
        """Weighted share of the required points covered: what the content mark is built on."""
        required = [c for c in self.points if not c.point.optional]
        total = sum(c.point.weight for c in required)
        if not total:
            return 0.0
        return sum(c.point.weight * c.score for c in required) / total

    @property
    def included_detail(self) -> tuple[KeyPointCoverage, ...]:
        """Optional detail the précis included: "detail a précis can leave out"."""
        return tuple(c for c in self.points if c.point.optional and c.status != MISSING)
