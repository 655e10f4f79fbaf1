"""The précis tutor's own layer over any engine: passage words, the personal
dictionary, ignored rules, the stray-article rule, the learner-error rules and
the known false alarms of the engines.

``PrecisChecker`` wraps a ``GrammarEngine`` and is one itself, so the CLI and
GUI never need to know the layer is there. ``apply_dictionary`` is the pure
filtering step, usable on findings from anywhere.
"""

from __future__ import annotations

import threading
from typing import Iterable

from tutor.core.grammar.dictionary import PersonalDictionary
from tutor.core.grammar.engine import GrammarEngine
from tutor.core.grammar.false_alarms import drop_false_alarms
from tutor.core.grammar.inflection import is_common_word
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rules import LOADING, LearnerRules
from tutor.core.grammar.merge import merge_findings
from tutor.core.grammar.stray_article import stray_articles
from tutor.core.grammar.vocabulary import Vocabulary


def _load_lemma_tables() -> None:
    is_common_word("warm")  # the first call reads lemminflect's list of words (0.1 s)


def apply_dictionary(issues: Iterable[GrammarIssue], text: str, *,
                     vocabulary: Vocabulary = Vocabulary(),
                     personal_words: Vocabulary = Vocabulary(),
                     ignored_rules: Iterable[str] = ()) -> tuple[GrammarIssue, ...]:
    """Drop findings the student should not see, keep order otherwise.

    * spelling findings whose text is a passage word (or its possessive, or a
      capitals abbreviation of a passage name) or a personal-dictionary word;
    * findings of any ignored rule id.
    """
    ignored = frozenset(ignored_rules)
    kept = []
    for issue in issues:
        if issue.rule_id in ignored:
            continue
        if issue.category == "spelling":
            word = issue.span.of(text)
            if vocabulary.knows(word) or personal_words.knows(word):
                continue
        kept.append(issue)
    return tuple(kept)


class PrecisChecker:
    """An engine plus the tutor's extras. ``name`` is the inner engine's name."""

    def __init__(self, engine: GrammarEngine, dictionary: PersonalDictionary,
                 learner: LearnerRules | None = None) -> None:
        self.engine = engine
        self.dictionary = dictionary
        self.learner = learner if learner is not None else LearnerRules()
        self._vocabulary = Vocabulary()
        self._session_words: frozenset[str] = frozenset()
        self._personal_cache: tuple[frozenset[str], Vocabulary] = (frozenset(), Vocabulary())
        self._lock = threading.Lock()
        self._learner_waited_for = True

    @property
    def name(self) -> str:
        return self.engine.name

    def defer_learner(self) -> None:
        """From now on ``check`` does not wait for the tagger: until ``load_learner`` has
        loaded it (on another thread), findings come without the learner rules' and
        ``status`` says "learner rules loading…". The GUI's way to underline at once."""
        self._learner_waited_for = False

    def load_learner(self) -> bool:
        """Load the learner rules' tagger now (seconds; any thread). True when it loaded."""
        return self.learner.warm_up()

    @property
    def learner_pending(self) -> bool:
        """True while a deferred tagger has not finished loading: findings lack its rules."""
        return not (self._learner_waited_for or self.learner.settled)

    def check(self, text: str) -> tuple[GrammarIssue, ...]:
        vocabulary = self._vocabulary
        engine_found = drop_false_alarms(self.engine.check(text), text, vocabulary)
        learner_found = () if self.learner_pending else self.learner.check(text, vocabulary)
        found = merge_findings(text, engine_found, stray_articles(text), learner_found)
        return apply_dictionary(found, text, vocabulary=vocabulary,
                                personal_words=self._personal_vocabulary(),
                                ignored_rules=self.dictionary.ignored_rules)

    def status(self) -> str:
        learner = LOADING if self.learner_pending else self.learner.status()
        notes = [n for n in (self.engine.status(), learner, self.dictionary.note) if n]
        return " · ".join(notes)

    def accept_words(self, words: Iterable[str], *, replace: bool = False) -> None:
        words = frozenset(w for w in words if w.strip())
        with self._lock:
            self._session_words = words if replace else self._session_words | words
            self._vocabulary = Vocabulary.of(self._session_words)
        self.engine.accept_words(words, replace=replace)

    def warm_up(self, timeout: float | None = None) -> bool:
        """Start the engine, and side by side (Harper builds its linter without holding
        the GIL) read lemminflect's list of words, which the first spelling finding needs
        (its full tables load later, with the first rule or analysis that needs them), and the
        tagger; True when the engine is ready. After ``defer_learner`` the tagger is left
        to ``load_learner``."""
        loaders = [_load_lemma_tables] + ([self.learner.warm_up] if self._learner_waited_for else [])
        threads = [threading.Thread(target=f, name="grammar-load", daemon=True) for f in loaders]
        for thread in threads:
            thread.start()
        ready = self.engine.warm_up(timeout)
        for thread in threads:
            thread.join()
        return ready

    def close(self) -> None:
        self.engine.close()

    def _personal_vocabulary(self) -> Vocabulary:
        words = self.dictionary.words  # one snapshot: the GUI may change it meanwhile
        cached_words, vocabulary = self._personal_cache
        if words is not cached_words:
            vocabulary = Vocabulary.of(words)
            self._personal_cache = (words, vocabulary)
        return vocabulary
