"""The project's own rules for the errors learners make that Harper misses.

Each rule reads one tagged and parsed sentence (``tagging.Sentence``) and
returns findings whose message ends with a one-line lesson. The rules are built
for precision: each was measured for false alarms on sentences that human
annotators left unchanged and on the project's own passages and model précis
(``bench/grammar_eval.py``), and stays quiet wherever the parse is unsure.
"""

from __future__ import annotations

from tutor.core.grammar.agreement import check_agreement
from tutor.core.grammar.articles import check_articles
from tutor.core.grammar.capitals import check_capitals
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.prepositions import check_prepositions
from tutor.core.grammar.sentence_shape import check_sentence_shape
from tutor.core.grammar.tagging import Tagger, shared_tagger
from tutor.core.grammar.noun_number import check_noun_number
from tutor.core.grammar.verb_form import check_verb_forms
from tutor.core.grammar.vocabulary import Vocabulary

RULES = (check_agreement, check_verb_forms, check_noun_number, check_articles, check_sentence_shape,
         check_prepositions)


class LearnerRules:
    """The rules over one shared tagger. ``check`` never raises for ordinary text;
    without a tagger (spaCy missing) it finds nothing and ``status`` says why."""

    def __init__(self, tagger: Tagger | None = None) -> None:
        self.tagger = tagger if tagger is not None else shared_tagger()

    def warm_up(self) -> bool:
        return self.tagger.warm_up()

    def status(self) -> str:
        return f"learner rules off ({self.tagger.error})" if self.tagger.error else ""

    def check(self, text: str, vocabulary: Vocabulary = Vocabulary()) -> tuple[GrammarIssue, ...]:
        """Findings for ``text``; spans are ``[start, end)`` offsets into it."""
        found: list[GrammarIssue] = []
        for sentence in self.tagger.parse(text):
            for rule in RULES:
                found += rule(sentence)
            found += check_capitals(sentence, vocabulary)
        return tuple(sorted(found, key=lambda i: (i.span.start, i.span.end, i.rule_id)))
