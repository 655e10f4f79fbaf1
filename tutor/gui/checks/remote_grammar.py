"""The window's handle on a grammar engine and on checks that run in the check process.

``RemoteGrammar`` stands where the engine itself stood (``GrammarHost.engine``,
``CheckRequest.grammar``): the same names (``name``, ``status``, ``learner_pending``,
``load_learner``, ``ignored``, ``use_passage``, ``check``, ``close``), each a call to the
check process (``check_process``) where the engine lives. Every call carries what builds the
engine (its settings, the personal dictionary's words, the session's ignored findings), so a
check process started again after a crash rebuilds it and the student's choices hold.

These calls block the calling thread until the answer comes: make them on the worker's lanes
(``check`` for checks, ``engine`` for building and loading), never on the GUI thread.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from tutor.gui.checks.checking import CheckRequest, CheckResult, GrammarPass
from tutor.gui.checks.worker import check_process

_ids = itertools.count(1)


class RemoteGrammar:
    """One grammar engine in the check process, as the window sees it."""

    def __init__(self, name: str, dialect: str, lt_server: str, lt_folder: str, dictionary):
        self.id = next(_ids)
        self.dictionary = dictionary  # the window's PersonalDictionary: its words go with every call
        self.key = (name, dialect, lt_server, lt_folder, dictionary.path, dictionary.note)
        self.ignored: frozenset[tuple[str, str]] = frozenset()  # swapped whole by the GUI thread
        self.name, self._status, self._learner_pending = name, "", False
        self._learner_loaded = False
        self._passage = None

    def wire(self) -> tuple:
        """What the check process needs to find (or rebuild) this engine and apply the student's choices."""
        words = (self.dictionary.words, self.dictionary.ignored_rules)
        return self.id, self.key, self.ignored, words, self._learner_loaded

    def took(self, state: tuple[str, str, bool] | None) -> None:
        """The engine's state as the check process last reported it."""
        if state is not None:
            self.name, self._status, self._learner_pending = state

    def status(self) -> str:
        return self._status

    @property
    def learner_pending(self) -> bool:
        return self._learner_pending

    def build(self) -> "RemoteGrammar":
        """Build and warm up the engine in the check process (seconds: the ``engine`` lane)."""
        self.took(check_process().call("engine", "build", self.wire()))
        return self

    def load_learner(self) -> bool:
        """Load the learner rules' tagger (seconds: the ``engine`` lane); checks go on meanwhile."""
        loaded, state = check_process().call("engine", "learner", self.wire())
        self._learner_loaded = True
        self.took(state)
        return loaded

    def use_passage(self, passage) -> None:
        """Names and terms of ``passage`` are not misspellings (sent with the next ``check``)."""
        self._passage = passage

    def check(self, text: str):
        """The engine's findings in ``text`` (``GrammarIssue`` spans are ``[start, end)`` into it)."""
        issues, state = check_process().call("check", "grammar", self.wire(), self._passage, text)
        self.took(state)
        return issues

    def close(self) -> None:
        check_process().call_if_running("check", "close", self.id)


def _import_report() -> None:
    """What reading a report takes, imported while the check process makes one (the first time:
    ``tutor.core.report`` pulls in nltk, 0.7-1 s of CPU, which the first report would otherwise
    wait for). Not while the engine builds, as before: Harper's build then shared the cores
    with it, and the first underlines came later (see ``check_process._build_harper``)."""
    import tutor.core.report  # noqa: F401


def build_grammar(name: str, dialect: str, lt_server: str, lt_folder: str, dictionary) -> RemoteGrammar:
    """Make and warm up the chosen engine in the check process (slow: run it on the engine lane).
    Its learner rules are left to load after it (``RemoteGrammar.load_learner``)."""
    return RemoteGrammar(name, dialect, lt_server, lt_folder, dictionary).build()


def _sent(request: CheckRequest) -> tuple[CheckRequest, tuple | None]:
    """The request as it crosses to the check process: the engine by what finds it there."""
    grammar = request.grammar
    return replace(request, grammar=None), grammar.wire() if grammar is not None else None


def run_check(request: CheckRequest, is_current) -> CheckResult | None:
    """Check the précis in the check process; None when a newer revision made this one pointless
    before it began or by the time it ended (``is_current(revision)``). Raises what the check
    raised, or ``CheckProcessLost``."""
    if not is_current(request.revision):
        return None
    answer = check_process().call("check", "check", *_sent(request), wanted=lambda: is_current(request.revision),
                                  meanwhile=_import_report)
    if answer is None:
        return None  # typed on meanwhile: its report is never read
    result, state = answer
    if request.grammar is not None:
        request.grammar.took(state)
    return replace(result, request=request)


def run_grammar_pass(request: CheckRequest, is_current) -> GrammarPass | None:
    """The grammar findings of ``request`` alone (``checking.grammar_pass_here``), in the check
    process; None when the revision is stale or the request has no engine."""
    if request.grammar is None or not is_current(request.revision):
        return None
    found, state = check_process().call("check", "grammar_pass", *_sent(request))
    request.grammar.took(state)
    return replace(found, request=request)
