"""What a précis check needs, what it gives back, and the grammar engine as the GUI uses it.

The functions here run in the check process (``check_process``), where the grammar engine
lives. They take plain snapshots (text, revision number) and never a Qt object; this module
never imports Qt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.passage import Passage


@dataclass(frozen=True)
class CheckRequest:
    """One check of one revision of the précis."""

    revision: int
    passage: Passage
    precis: str  # the editor's text: every span in the report is an offset into it
    title: str | None  # the title field, or None to let the core find a title line
    tolerance: float
    grammar: "SessionGrammar | None" = field(default=None, compare=False)


@dataclass(frozen=True)
class CheckResult:
    request: CheckRequest
    report: object  # tutor.core.report.Report (imported lazily: the core's analysis is slow to import)
    seconds: float
    all_grammar: bool = False  # made with a grammar engine whose learner rules had all loaded

    @property
    def revision(self) -> int:
        return self.request.revision


def check_here(request: CheckRequest, engine: "SessionGrammar | None") -> CheckResult:
    """Check the précis in this process, with ``engine`` (not ``request.grammar``) for grammar."""
    from tutor.core.analysis import analyse_passage, check  # deferred: pulls in nltk

    started = time.perf_counter()
    analysis = analyse_passage(request.passage)
    if engine is not None:
        engine.use_passage(request.passage)
    all_grammar = engine is not None and not engine.learner_pending  # read before: they may load meanwhile
    report = check(analysis, request.precis, title=request.title, tolerance=request.tolerance, engine=engine)
    return CheckResult(request, report, time.perf_counter() - started, all_grammar)


@dataclass(frozen=True)
class GrammarPass:
    """The grammar engine's findings alone for one revision: underlines to show before the
    content analysis of that revision is done."""

    request: CheckRequest
    issues: tuple[GrammarIssue, ...]  # spans are ``[start, end)`` offsets into ``request.precis``
    status: str  # the engine's status line when they were found

    @property
    def revision(self) -> int:
        return self.request.revision


def grammar_pass_here(request: CheckRequest, engine: "SessionGrammar") -> GrammarPass:
    """The grammar findings of ``request`` as ``check`` would give them (title and body checked
    apart), without the content analysis: tens of ms once the engine is warm, where a first
    content analysis takes seconds (nltk, the passage's key points). In this process, with
    ``engine`` (not ``request.grammar``)."""
    from tutor.core.grammar.title_and_body import check_title_and_body
    from tutor.core.title import split_title

    engine.use_passage(request.passage)
    issues = check_title_and_body(engine, split_title(request.precis, request.title))
    return GrammarPass(request, issues, engine.status())


class SessionGrammar:
    """A core grammar engine plus what the student chose this session.

    Lives in the check process (``check_process``), where only its ``check`` lane calls it;
    the window holds a ``RemoteGrammar`` for it. The ``ignored`` set is swapped for a new
    one (an atomic assignment), never edited.
    """

    def __init__(self, engine):
        self.engine = engine
        self.ignored: frozenset[tuple[str, str]] = frozenset()  # (rule id, flagged text) pairs
        self._passage_text: str | None = None

    @property
    def name(self) -> str:
        return self.engine.name

    def status(self) -> str:
        return self.engine.status()

    @property
    def learner_pending(self) -> bool:
        """Are the learner rules still to be loaded (``load_learner``)? Never waits."""
        return getattr(self.engine, "learner_pending", False)

    def load_learner(self) -> bool:
        """Load the learner rules' tagger (seconds: run it on the engine lane). Checks on
        the check lane go on meanwhile without those rules and take them up once loaded."""
        load = getattr(self.engine, "load_learner", None)
        return load() if load is not None else True

    def use_passage(self, passage: Passage) -> None:
        """Names and terms of the passage are not misspellings."""
        if passage.text != self._passage_text:
            from tutor.core.grammar.vocabulary import passage_vocabulary

            self.engine.accept_words(passage_vocabulary(passage.text), replace=True)
            self._passage_text = passage.text

    def check(self, text: str) -> tuple[GrammarIssue, ...]:
        ignored = self.ignored
        issues = self.engine.check(text)
        if not ignored:
            return issues
        return tuple(i for i in issues if (i.rule_id, i.span.of(text)) not in ignored)

    def close(self) -> None:
        self.engine.close()


def build_grammar(name: str, dialect: str, lt_server: str, lt_folder: str, dictionary) -> SessionGrammar:
    """Make and warm up the chosen engine (slow: run it on the engine lane). The learner
    rules are left to load after it (``SessionGrammar.load_learner``): spaCy takes seconds,
    and Harper's underlines need not wait for it."""
    from tutor.core.grammar import make_engine
    # What the first grammar pass imports, imported here while Harper's tables are built.
    from tutor.core.grammar import title_and_body, vocabulary  # noqa: F401

    engine = make_engine(name, dialect=dialect, lt_server=lt_server or None, lt_folder=lt_folder or None,
                         dictionary=dictionary)
    defer = getattr(engine, "defer_learner", None)
    if defer is not None:
        defer()
    warm_up = getattr(engine, "warm_up", None)
    if warm_up is not None:
        warm_up()
    return SessionGrammar(engine)

