"""The verdict on one précis: everything the CLI prints and the GUI shows.

``to_json`` is a contract other tools read (schema version 1): keep it stable.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.content import ContentEvidence
from tutor.core.copying import CopiedRun
from tutor.core.facts import FactFinding
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.keypoints.model import Coverage
from tutor.core.paraphrase import CloseParaphrase
from tutor.core.passage import Passage
from tutor.core.score import Score
from tutor.core.style import StyleFinding
from tutor.core.target import Target
from tutor.core.title import TitledPrecis

SCHEMA = 1


def _span(span) -> list[int] | None:
    return span.as_list() if span is not None else None


@dataclass(frozen=True, slots=True)
class Report:
    passage: Passage
    passage_sentences: int
    precis: TitledPrecis
    precis_words: int
    target: Target
    coverage: Coverage
    facts: tuple[FactFinding, ...]
    copied: tuple[CopiedRun, ...]
    own_share: float
    style: tuple[StyleFinding, ...]
    grammar: tuple[GrammarIssue, ...]
    grammar_engine: str
    grammar_status: str
    score: Score
    notes: tuple[str, ...] = ()
    content: ContentEvidence | None = None  # the parts the content mark was built from
    close_paraphrases: tuple[CloseParaphrase, ...] = ()  # précis sentences patchwritten from one passage sentence
    paraphrased_share: float = 0.0  # 0..1 of the body's words in them (not already copied): not own words

    @property
    def length_verdict(self) -> str:
        return self.target.verdict(self.precis_words)

    def to_json(self) -> dict:
        text = self.precis.text
        return {
            "schema": SCHEMA,
            "passage": {"id": self.passage.id, "title": self.passage.title,
                        "words": self.passage.words, "sentences": self.passage_sentences},
            "precis": {"words": self.precis_words, "title": self.precis.title or None,
                       "title_words": self.precis.title_words, "title_span": _span(self.precis.title_span),
                       "body_span": self.precis.body.as_list(), "stated_words": self.precis.stated_words},
            "target": {"words": self.target.words, "min": self.target.low, "max": self.target.high,
                       "verdict": self.length_verdict},
            "key_point_source": self.coverage.source,
            "key_points": [{"id": c.point.id, "text": c.point.text, "status": c.status, "score": c.score,
                            "weight": c.point.weight, "optional": c.point.optional,
                            "source_span": _span(c.point.source_span), "evidence_span": _span(c.evidence_span),
                            "missing_terms": list(c.missing_terms)} for c in self.coverage.points],
            "contradictions": [{"key_point": c.point.id, "message": c.advice,
                                "precis_span": _span(c.evidence_span), "precis_text": c.evidence_span.of(text)
                                if c.evidence_span else None, "passage_span": _span(c.point.source_span),
                                "passage_text": c.point.source_span.of(self.passage.text)}
                               for c in self.coverage.contradicted],
            "content": self.content.to_json() if self.content else None,
            "facts": [{"kind": f.kind, "status": f.status, "precis_text": f.precis_text,
                       "precis_span": _span(f.precis_span), "passage_text": f.passage_text or None,
                       "passage_span": _span(f.passage_span), "message": f.message,
                       "certain": f.certain} for f in self.facts],
            "copied": [{"text": r.text, "words": r.words, "precis_span": _span(r.precis_span),
                        "passage_span": _span(r.passage_span)} for r in self.copied],
            "close_paraphrases": [{"precis_span": _span(p.precis_span), "passage_span": _span(p.passage_span),
                                   "precis_text": p.precis_text, "passage_text": p.passage_text, "share": p.share}
                                  for p in self.close_paraphrases],
            "paraphrased_share": round(self.paraphrased_share, 3),
            "own_words_share": round(self.own_share, 3),
            "style": [{"rule": s.rule, "message": s.message, "span": _span(s.span), "text": s.span.of(text)}
                      for s in self.style],
            "grammar_engine": {"name": self.grammar_engine, "status": self.grammar_status},
            "grammar": [g.to_json(text) for g in self.grammar],
            "score": {"total": self.score.total, "out_of": self.score.out_of,
                      "parts": {p.name: p.to_json() for p in self.score.parts}},
            "notes": list(self.notes),
        }
