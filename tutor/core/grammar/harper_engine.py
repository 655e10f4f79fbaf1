"""Harper, the offline grammar checker that is always there.

Promises: importing this module is cheap (the ~1 s build of Harper's shared tables,
``harper_tables``, happens on first use or in ``warm_up``); one ``HarperEngine`` may be
shared by threads — calls into its ``harper.Linter`` are serialised by a lock, because a Linter
raises when entered from two threads at once; spans are Python offsets
(Harper counts code points, as Python does).
"""

from __future__ import annotations

import re
import threading
from typing import Iterable

from tutor.core.grammar.harper_tables import build_shared_tables
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.span import Span

DIALECTS = {
    "british": ("BRITISH", "British English"),
    "american": ("AMERICAN", "American English"),
    "australian": ("AUSTRALIAN", "Australian English"),
    "canadian": ("CANADIAN", "Canadian English"),
    "indian": ("INDIAN", "Indian English"),
}

# Harper's lint kinds (harper-py 0.2) -> our four categories. Kinds not listed
# (new ones in later versions) count as grammar, the safe default.
_KIND_CATEGORY = {
    "Spelling": "spelling",
    "Typo": "spelling",
    "BoundaryError": "spelling",  # "alot", "infact": a word split or joined wrongly
    "Punctuation": "punctuation",
    "Formatting": "punctuation",
    "Style": "style",
    "Readability": "style",
    "WordChoice": "style",
    "Redundancy": "style",
    "Enhancement": "style",
    "Regionalism": "style",
    # "Repetition" is Harper's doubled-word rule ("the the"): a slip an examiner
    # marks, so it counts as grammar, not as style advice.
    "Repetition": "grammar",
}
SUGGESTION_LIMIT = 5

# Harper's rules switched off per dialect, by their keys in ``Linter.get_lint_config()``.
# British, Australian and Indian précis writing leaves out the serial (Oxford)
# comma: "roads, railways and ports" is correct there, so Harper must not ask for
# one. American style keeps it. (Canadian usage is divided: Harper's default stays.)
_RULES_OFF = {
    "british": ("OxfordComma",),
    "australian": ("OxfordComma",),
    "indian": ("OxfordComma",),
}
# Off in every dialect: Harper's long-sentence finding spans the whole sentence,
# and its overlap removal then drops every spelling and grammar finding inside
# it, so a 41-word sentence came back with "goverments" unflagged.
_RULES_OFF_ALWAYS = ("LongSentences",
                     # "some 12 per cent" (about 12 per cent) is good English, not a conflict.
                     "QuantifierNumeralConflict",
                     # Fired on sound sentences of our own model précis ("their handicap is
                     # poor access"), and on one learner sentence in 2,000 it caught a real slip.
                     "MissingPreposition")
# Harper's memory and time grow steeply with a run of characters that has no
# space in it (40,000 letters took 7 GB); no real word is this long.
_LONGEST_RUN = 60
_CODE_QUOTE = re.compile(r"`([^`]*)`")  # Harper quotes words as Markdown code: "spell `recieve` this way"
_LONG_RUN = re.compile(r"\S{%d,}" % (_LONGEST_RUN + 1))


def check_dialect(dialect: str) -> str:
    """The dialect key, lower-cased; ValueError naming the choices if unknown."""
    key = dialect.strip().lower()
    if key not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    return key


def dialect_label(dialect: str) -> str:
    return DIALECTS[check_dialect(dialect)][1]


def category_of_kind(lint_kind: str) -> str:
    return _KIND_CATEGORY.get(lint_kind, "grammar")


class HarperEngine:
    name = "harper"

    def __init__(self, dialect: str = "british") -> None:
        self.dialect = check_dialect(dialect)
        self._lock = threading.Lock()
        self._linter = None
        self._words: set[str] = set()
        self._words_changed = False
        self._imported = False  # the linter holds words of ours (``import_words``)
        self._error = ""

    def warm_up(self, timeout: float | None = None) -> bool:
        """Build the linter now (about a second). True when Harper is usable."""
        with self._lock:
            return self._ready_linter() is not None

    def check(self, text: str) -> tuple[GrammarIssue, ...]:
        if not text.strip():
            return ()
        with self._lock:
            linter = self._ready_linter()
            if linter is None:
                return ()
            blanked = [Span(m.start(), m.end()) for m in _LONG_RUN.finditer(text)]
            by_rule = linter.organized_lints(blank_long_runs(text), language="plaintext")
        issues = [_to_issue(rule, lint) for rule, lints in by_rule.items() for lint in lints]
        issues = [i for i in issues if not any(i.span.overlaps(b) for b in blanked)]
        return tuple(sorted(issues, key=lambda i: (i.span.start, i.span.end, i.rule_id)))

    def status(self) -> str:
        if self._error:
            return f"Harper unavailable: {self._error}"
        return f"Grammar: Harper ({dialect_label(self.dialect)})"

    def accept_words(self, words: Iterable[str], *, replace: bool = False) -> None:
        new = {w.strip() for w in words if w.strip()}
        with self._lock:
            if replace:
                self._words = new
            else:
                new |= self._words
                if new == self._words:
                    return
                self._words = new
            self._words_changed = True  # imported lazily: Harper batches words best

    def close(self) -> None:
        with self._lock:
            self._linter = None
            self._imported, self._words_changed = False, bool(self._words)  # for a linter built again

    def _ready_linter(self):
        """The linter with session words imported; caller holds the lock."""
        if self._linter is None and not self._error:
            try:
                import harper  # deferred: loading the extension is part of the slow start

                build_shared_tables()  # at once if the check process's head start built them
                linter = harper.Linter(getattr(harper.Dialect, DIALECTS[self.dialect][0]))
                _switch_off(linter, _RULES_OFF.get(self.dialect, ()) + _RULES_OFF_ALWAYS)
                self._linter = linter
            except Exception as exc:  # a broken wheel must not take the app down
                self._error = f"{exc.__class__.__name__}: {exc}"
                return None
        if self._linter is not None and self._words_changed:
            if self._imported:  # 10 ms even with nothing to clear: the first check skips it
                self._linter.clear_words()
            self._linter.import_words(sorted(self._words))
            self._imported, self._words_changed = bool(self._words), False
        return self._linter


def blank_long_runs(text: str) -> str:
    """``text`` with every run of over ``_LONGEST_RUN`` non-space characters turned
    into as many spaces: offsets stay the same, and Harper never sees the run."""
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def _switch_off(linter, rules: Iterable[str]) -> None:
    """Turn Harper rules off; a rule this Harper version does not have is skipped
    (its config accepts unknown keys silently, so only known ones are set)."""
    config = linter.get_lint_config()
    known = [rule for rule in rules if rule in config]
    if known:
        linter.set_lint_config({**config, **{rule: False for rule in known}})


def _to_issue(rule: str, lint) -> GrammarIssue:
    """Every suggestion is a replacement for the whole span ("" removes it)."""
    suggestions: list[str] = []
    for s in lint.suggestions:
        text = s.replacement_text
        if int(s.kind) == 2:  # INSERT_AFTER: the span's text followed by the insertion
            text = lint.problem_text + text
        if text not in suggestions:
            suggestions.append(text)
    del suggestions[SUGGESTION_LIMIT:]
    return GrammarIssue(
        span=Span(lint.span.start, lint.span.end),
        category=category_of_kind(lint.lint_kind),
        rule_id=rule,
        message=_CODE_QUOTE.sub("“\\1”", lint.message),
        suggestions=tuple(suggestions),
        engine="harper",
    )
