"""Checking a précis against its passage: the one entry point the CLI and the GUI call.

Passage-side work (terms, n-gram index, figures, key points) is done once per
passage by ``analyse_passage`` and cached; ``check`` then redoes only the
précis side, so re-checking after every edit stays cheap.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

from tutor.core import score as scoring
from tutor.core.central_idea import CentralIdea, central_idea
from tutor.core.content import PassageTerms, content_evidence, content_ratio
from tutor.core.content import passage_terms as _passage_terms
from tutor.core.copying import PassageRuns, copied_share
from tutor.core.facts import PassageFacts, check_facts
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.summary import error_count
from tutor.core.grammar.title_and_body import check_title_and_body
from tutor.core import keypoints
from tutor.core.keypoints.model import COVERED, KeyPoint
from tutor.core.keypoints.words import content_terms
from tutor.core.paraphrase import find_close_paraphrases, paraphrased_share
from tutor.core.passage import Passage
from tutor.core.reading import read_precis
from tutor.core.report import Report
from tutor.core.span import Span
from tutor.core.style import check_style
from tutor.core.target import DEFAULT_TOLERANCE, target_for
from tutor.core.title import split_title
from tutor.core.tokens import sentence_spans, terms, terms_read_once

_CACHE_SIZE = 16


@dataclass(frozen=True)
class PassageAnalysis:
    passage: Passage
    sentences: tuple[Span, ...]
    runs: PassageRuns
    facts: PassageFacts
    key_point_source: str
    key_points: tuple[KeyPoint, ...]
    central: CentralIdea  # what a title should name
    content_terms: PassageTerms


def passage_terms_of(text: str, known: str = "") -> PassageTerms:
    """The passage's content terms for the content mark; ``known``: text that names what the
    passage is about without being part of it (its title, author and question), whose words also
    count as echoing it."""
    return _passage_terms(content_terms(text), content_terms(known) if known else ())


_cache: OrderedDict[tuple[Passage, tuple[str, ...]], PassageAnalysis] = OrderedDict()
_cache_lock = Lock()


def analyse_passage(passage: Passage, models: tuple[str, ...] = ()) -> PassageAnalysis:
    """The passage-side work, cached for the last few passages.

    ``models`` are extra model précis (``check --model``) to take key points from.
    """
    key = (passage, models)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    text = passage.text
    passage_terms = terms(text)
    source, points = keypoints.key_points(passage, models)
    result = PassageAnalysis(passage, sentence_spans(text), PassageRuns(text, passage_terms),
                             PassageFacts(text, passage_terms, known=passage.known_text), source, points,
                             central_idea(text, points), passage_terms_of(text, passage.known_text))
    with _cache_lock:
        _cache[key] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def check(analysis: PassageAnalysis, precis_text: str, *, title: str | None = None,
          target_words: int | None = None, tolerance: float = DEFAULT_TOLERANCE, engine=None,
          notes: tuple[str, ...] = ()) -> Report:
    """Check ``precis_text`` against the analysed passage.

    ``engine`` is a grammar engine (``check``, ``name``, ``status``) or None for no
    grammar. Every span in the report is an offset into ``precis_text`` as given.
    """
    with terms_read_once():
        return _check(analysis, precis_text, title, target_words, tolerance, engine, notes)


def _check(analysis: PassageAnalysis, precis_text: str, title: str | None, target_words: int | None,
           tolerance: float, engine, notes: tuple[str, ...]) -> Report:
    passage = analysis.passage
    precis = split_title(precis_text, title)
    body = precis.body
    reading = read_precis(precis_text, body)
    words = reading.words
    target = target_for(passage.words, target_words or passage.target_words, tolerance)
    copied = analysis.runs.find(precis_text, reading.tokens)
    paraphrased = find_close_paraphrases(passage.text, precis_text, body, copied, reading.tokens,
                                         tuple(s.span for s in reading.sentences))
    copying = copied_share(copied, len(reading.tokens))
    own = max(0.0, 1.0 - copying - paraphrased_share(paraphrased, len(reading.tokens)))
    facts = check_facts(analysis.facts, precis_text, body, tuple(s.span for s in reading.sentences))
    style = check_style(precis_text, body)
    # Cut at the body's end (offsets are unchanged) so a closing "95 words" line is not read as an idea.
    coverage = keypoints.assess(passage.text, analysis.key_points, analysis.key_point_source,
                                precis_text[:body.end], body.start, tuple((s.span, s.terms) for s in reading.sentences),
                                tuple(c.precis_span for c in copied))
    grammar: tuple[GrammarIssue, ...] = check_title_and_body(engine, precis) if engine else ()
    errors = error_count(g for g in grammar if g.span.start >= body.start)
    title_text = precis.title
    contradicting = tuple(c.evidence_span for c in coverage.contradicted if c.evidence_span is not None)
    # A close paraphrase restates a passage sentence: it is about the passage, whatever words it swapped.
    supporting = tuple(c.evidence_span for c in coverage.points
                       if c.status == COVERED and c.evidence_span is not None) + tuple(p.precis_span for p in paraphrased)
    evidence = content_evidence(analysis.content_terms, coverage.ratio, reading.sentences, contradicting,
                                target.words, copying, supporting, precis_text, coverage.contradicted_share,
                                coverage.carried_share)
    ratio = content_ratio(evidence)
    said = sum(s.words for s in reading.sentences)
    parts = scoring.gated((
        scoring.content_part(ratio, evidence),
        scoring.language_part(errors, words, len(style)),
        scoring.length_part(words, target.words, target.low, target.high),
        scoring.own_words_part(own, words),
        scoring.title_part(precis.title_words, analysis.central.named_by(title_text),
                           title_text.rstrip().endswith((".", "?", "!"))),
    ), ratio, own, evidence.words / said if said else 1.0, evidence.statements > 0, copying)
    all_notes = list(notes)
    if precis.stated_words is not None and precis.stated_words != words:
        all_notes.append(f"You wrote “{precis.stated_words} words”; by the counting rules the body has {words}.")
    return Report(
        passage=passage, passage_sentences=len(analysis.sentences), precis=precis, precis_words=words,
        target=target, coverage=coverage, facts=facts, copied=copied, own_share=own, style=style,
        grammar=grammar, grammar_engine=getattr(engine, "name", "off"),
        grammar_status=engine.status() if engine else "Grammar checking is off.",
        score=scoring.Score(parts), notes=tuple(all_notes), content=evidence, close_paraphrases=paraphrased,
        paraphrased_share=paraphrased_share(paraphrased, len(reading.tokens)),
    )

