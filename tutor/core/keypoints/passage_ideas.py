"""The passage side of key points, built once per passage: its ideas, the weight of
each word (IDF over the ideas), and a way to find where a wording comes from."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from tutor.core.keypoints.cues import Idf, wording
from tutor.core.keypoints.ideas import Idea, split_ideas
from tutor.core.keypoints.matcher import best_match
from tutor.core.keypoints.windows import Window, polarity_of, window_of
from tutor.core.keypoints.model import KeyPoint, Wording
from tutor.core.keypoints.words import Term, content_terms
from tutor.core.span import Span


@dataclass(frozen=True)
class PassageIdeas:
    text: str
    ideas: tuple[Idea, ...]
    terms: tuple[tuple[Term, ...], ...]  # per idea
    idf: Idf

    @cached_property
    def windows(self) -> tuple[Window, ...]:
        """Each idea as a place a wording can be found in."""
        return tuple(window_of(i.span, t, polarity=polarity_of(self.text, t, i.parts))
                     for i, t in zip(self.ideas, self.terms))

    def windows_over(self, parts: tuple[Span, ...]) -> tuple[Window, ...]:
        """Each stretch of the passage as a window, negation read."""
        out = []
        for p in parts:
            found = content_terms(self.text, p.start, p.end)
            out.append(window_of(p, found, polarity=polarity_of(self.text, found, (p,))))
        return tuple(out)

    def wording(self, text: str, condensed: bool = True) -> Wording | None:
        return wording(text, self.idf, condensed)

    def wordings(self, text: str, accept: tuple[str, ...], source: str) -> tuple[Wording, ...]:
        """The prepared wordings of a point: its text and passage source may be condensed by a
        précis; an accepted wording, already minimal, must be echoed whole."""
        found = [self.wording(text), *(self.wording(a, condensed=False) for a in accept)]
        if source.strip() and source != text:
            found.append(self.wording(source))
        return tuple(w for w in found if w)

    def locate(self, text: str) -> tuple[int, float]:
        """The index of the idea a wording most likely comes from, and how well it matches (0..1)."""
        point = KeyPoint("", text, 1.0, Span(0, 0), wordings=self.wordings(text, (), ""))
        m = best_match(point, self.windows)
        if m.window is None:
            return 0, 0.0
        return next(i for i, w in enumerate(self.windows) if w is m.window), m.score

    def point(self, pid: str, text: str, weight: float, parts: tuple[Span, ...], optional: bool = False,
              accept: tuple[str, ...] = ()) -> KeyPoint:
        """A key point whose wordings (text, accepted wordings, passage source) are prepared for matching."""
        source = " ".join(p.of(self.text) for p in parts)
        wordings = self.wordings(text, accept, source)
        hull = Span(parts[0].start, parts[-1].end) if parts else Span(0, 0)
        return KeyPoint(pid, text, weight, hull, optional, accept, tuple(parts) if len(parts) > 1 else (),
                        wordings)


@lru_cache(maxsize=16)
def passage_ideas(text: str) -> PassageIdeas:
    """The ideas of a passage with their terms and IDF, cached per text."""
    ideas = split_ideas(text)
    terms = tuple(tuple(t for p in i.parts for t in content_terms(text, p.start, p.end)) for i in ideas)
    return PassageIdeas(text, ideas, terms, Idf(terms))
