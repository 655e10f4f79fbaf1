"""Half-open character ranges into a text, as Python string offsets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]``: Python string offsets, end excluded."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def shifted(self, by: int) -> "Span":
        return Span(self.start + by, self.end + by)

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]
