"""Runs of words a précis shares with its passage."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.span import Span
from tutor.core.tokens import Token, is_capitalised

MIN_RUN = 5
# Small words that may sit around or inside a name: "from the Belt and Road Initiative".
_NAME_GLUE = frozenset("a an and of the for de on in at to from by with its their".split())
_FIGURE_GLUE = frozenset("""
about around nearly almost roughly per cent percent million billion trillion thousand hundred lakh crore
""".split())


@dataclass(frozen=True, slots=True)
class CopiedRun:
    text: str  # as written in the précis
    words: int
    precis_span: Span
    passage_span: Span


def _ngram_index(tokens: tuple[Token, ...], n: int) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = {}
    norms = [t.norm for t in tokens]
    for i in range(len(norms) - n + 1):
        index.setdefault(tuple(norms[i:i + n]), []).append(i)
    return index


class PassageRuns:
    """The passage side of copy detection, built once per passage."""

    def __init__(self, passage_text: str, passage_terms: tuple[Token, ...]):
        self.text = passage_text
        self.terms = passage_terms
        self.index = _ngram_index(passage_terms, MIN_RUN)

    def _extend(self, precis: tuple[Token, ...], i: int, j: int) -> int:
        n = 0
        while i + n < len(precis) and j + n < len(self.terms) and precis[i + n].norm == self.terms[j + n].norm:
            n += 1
        return n

    def _is_name_only(self, j: int, n: int) -> bool:
        """A run whose every word but the small ones is capitalised in the passage is a name."""
        words = self.terms[j:j + n]
        return all(is_capitalised(w.text) or w.norm in _NAME_GLUE for w in words) and any(
            is_capitalised(w.text) and w.norm not in _NAME_GLUE for w in words)

    def _is_mostly_figure(self, j: int, n: int) -> bool:
        """A run that is copying only by its figure ("about 6.5 per cent of the national income"):
        a précis must give a figure as it is, so the figure's words ("about", "6", "5", "per",
        "cent") do not count towards ``MIN_RUN``."""
        return sum(1 for w in self.terms[j:j + n] if not (w.norm[:1].isdigit() or w.norm in _FIGURE_GLUE)) < MIN_RUN

    def find(self, precis_text: str, precis_terms: tuple[Token, ...]) -> tuple[CopiedRun, ...]:
        """Maximal runs of at least ``MIN_RUN`` shared terms, left to right, not overlapping."""
        runs: list[CopiedRun] = []
        i = 0
        while i <= len(precis_terms) - MIN_RUN:
            key = tuple(t.norm for t in precis_terms[i:i + MIN_RUN])
            best_j, best_n = -1, 0
            for j in self.index.get(key, ()):
                n = self._extend(precis_terms, i, j)
                if n > best_n:
                    best_j, best_n = j, n
            if best_n and not self._is_name_only(best_j, best_n) and not self._is_mostly_figure(best_j, best_n):
                p = Span(precis_terms[i].start, precis_terms[i + best_n - 1].end)
                q = Span(self.terms[best_j].start, self.terms[best_j + best_n - 1].end)
                runs.append(CopiedRun(p.of(precis_text), best_n, p, q))
                i += best_n
            else:
                i += 1
        return tuple(runs)


def copied_share(runs: tuple[CopiedRun, ...], body_terms: int) -> float:
    """Share of the body's terms that were copied, 0..1."""
    if not body_terms:
        return 0.0
    return min(1.0, sum(r.words for r in runs) / body_terms)
