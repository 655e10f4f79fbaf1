"""The project's own rules for the errors learners make that Harper misses.

Each rule reads one tagged and parsed sentence (``tagging.Sentence``) and
returns findings whose message ends with a one-line lesson. The rules are built
for precision: each was measured for false alarms on sentences that human
annotators left unchanged and on the project's own passages and model précis
(``bench/grammar_eval.py``), and stays quiet wherever the parse is unsure.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from tutor.core.grammar.agreement import check_agreement
from tutor.core.grammar.articles import check_articles
from tutor.core.grammar.capitals import check_capitals
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.prepositions import check_prepositions
from tutor.core.grammar.sentence_shape import check_sentence_shape
from tutor.core.grammar.tagging import Sentence, Tagger, sentence_spans, shared_tagger
from tutor.core.grammar.noun_number import check_noun_number
from tutor.core.grammar.openers import check_openers
from tutor.core.grammar.verb_form import check_verb_forms
from tutor.core.grammar.verb_kind import check_verb_kinds
from tutor.core.grammar.verb_pattern import check_verb_patterns
from tutor.core.grammar.vocabulary import Vocabulary

_CACHE_SIZE = 4096
LOADING = "learner rules loading…"  # the status while spaCy loads in the background
# In this order: where two rules see one slip, the first one's finding is kept
# ("Talks was happened": leaving out "was" mends the agreement too).
RULES = (check_verb_kinds, check_agreement, check_verb_forms, check_verb_patterns, check_noun_number,
         check_articles, check_sentence_shape, check_prepositions, check_openers)


class LearnerRules:
    """The rules over one shared tagger. ``check`` never raises for ordinary text;
    without a tagger (spaCy missing) it finds nothing and ``status`` says why."""

    def __init__(self, tagger: Tagger | None = None) -> None:
        self.tagger = tagger if tagger is not None else shared_tagger()
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[GrammarIssue, ...]] = {}  # sentence text -> findings in it
        self._vocabulary: Vocabulary | None = None

    def warm_up(self) -> bool:
        return self.tagger.warm_up()

    @property
    def settled(self) -> bool:
        """Has the tagger finished loading (or failed)? Never waits."""
        return self.tagger.settled

    def status(self) -> str:
        return f"learner rules off ({self.tagger.error})" if self.tagger.error else ""

    def check(self, text: str, vocabulary: Vocabulary = Vocabulary()) -> tuple[GrammarIssue, ...]:
        """Findings for ``text``; spans are ``[start, end)`` offsets into it.

        Findings are kept per sentence text (and passage), so while a student types
        only the sentence being edited is parsed and judged again."""
        spans = sentence_spans(text)
        chunks = [s.of(text) for s in spans]
        with self._lock:
            if self._vocabulary is not vocabulary:
                self._cache.clear()
                self._vocabulary = vocabulary
            new = [c for c in dict.fromkeys(chunks) if c not in self._cache]
        judged = {c: _judge(s, vocabulary) for c, s in zip(new, self.tagger.parse_sentences(new))}
        found: list[GrammarIssue] = []
        with self._lock:
            self._cache.update(judged)
            for chunk, span in zip(chunks, spans):
                found += [_shifted(i, span.start) for i in self._cache.get(chunk, ())]
            while len(self._cache) > _CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
        return tuple(sorted(found, key=lambda i: (i.span.start, i.span.end, i.rule_id)))


def _judge(sentence: Sentence, vocabulary: Vocabulary) -> tuple[GrammarIssue, ...]:
    """Each rule's findings, one per slip: a finding over words an earlier one covers is dropped."""
    found: list[GrammarIssue] = []
    for issues in [rule(sentence) for rule in RULES] + [check_capitals(sentence, vocabulary)]:
        earlier = tuple(found)
        found += [i for i in issues if not any(i.span.overlaps(e.span) for e in earlier)]
    return tuple(found)


def _shifted(issue: GrammarIssue, by: int) -> GrammarIssue:
    return replace(issue, span=issue.span.shifted(by)) if by else issue
