"""What every learner-error rule shares: how a finding is made, with its lesson.

A rule is a function ``(Sentence) -> list[GrammarIssue]``. Its findings carry
the engine name ``"precis"``, a rule id starting ``PRECIS_``, and a message that
says what is wrong here and then, in one line, the lesson behind it.
"""

from __future__ import annotations

from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.tagging import Sentence, Word
from tutor.core.span import Span

ENGINE = "precis"

FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
NOUN_TAGS = frozenset({"NN", "NNS"})
BE_FORMS = frozenset({"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m"})
HAVE_FORMS = frozenset({"have", "has", "had", "having", "'ve"})
DO_FORMS = frozenset({"do", "does", "did"})


def finding(words: tuple[Word, ...] | Word, rule_id: str, message: str, lesson: str,
            suggestions: tuple[str, ...] = (), category: str = "grammar") -> GrammarIssue:
    """A finding over ``words`` (one word, or the first to the last of several)."""
    group = (words,) if isinstance(words, Word) else words
    return GrammarIssue(span=Span(group[0].start, group[-1].end), category=category,
                        rule_id=rule_id, message=f"{message} {lesson}",
                        suggestions=suggestions, engine=ENGINE)


def is_finite(word: Word) -> bool:
    return word.tag in FINITE_TAGS


def has_child(sentence: Sentence, word: Word, *deps: str) -> bool:
    return any(c.dep in deps for c in sentence.children(word))


def child(sentence: Sentence, word: Word, *deps: str) -> Word | None:
    return next((c for c in sentence.children(word) if c.dep in deps), None)


def ends_with_stop(sentence: Sentence) -> bool:
    """True when the sentence closes with . ! or ? (quotes and brackets after it allowed)."""
    for word in reversed(sentence.words):
        if word.text in {'"', "'", "”", "’", ")", "]"}:
            continue
        return word.text in {".", "!", "?"} or word.text.endswith((".", "!", "?"))
    return False


def is_capitalised_word(word: Word) -> bool:
    return word.text[:1].isupper() and word.text[1:].islower() and word.text.isalpha()
