"""The one interface every grammar engine offers, and the engine that does nothing.

The CLI and the GUI only ever talk to a ``GrammarEngine``; which engine sits
behind it (Harper, LanguageTool, none) is chosen once, by ``make_engine``.
"""

from __future__ import annotations

from typing import Iterable, Protocol, runtime_checkable

from tutor.core.grammar.issue import GrammarIssue


@runtime_checkable
class GrammarEngine(Protocol):
    """Promises of every engine:

    * ``check`` never raises for ordinary text and never blocks on the network
      for longer than the engine's own short timeout; findings come back
      sorted by position, with spans as Python string offsets.
    * ``status`` is one line for a status bar, saying which engine runs and,
      when it fell back to another one, why.
    * ``accept_words`` adds session words (names of the passage...) that are
      not misspellings; ``replace=True`` forgets the earlier session words.
    * ``warm_up`` does the slow start-up work now (safe to call from a worker
      thread) and returns whether the engine's best backend is ready.
    * ``close`` releases processes and may be called twice.
    """

    name: str

    def check(self, text: str) -> tuple[GrammarIssue, ...]: ...

    def status(self) -> str: ...

    def accept_words(self, words: Iterable[str], *, replace: bool = False) -> None: ...

    def warm_up(self, timeout: float | None = None) -> bool: ...

    def close(self) -> None: ...


class NoGrammar:
    """Grammar checking switched off: finds nothing, costs nothing."""

    name = "off"

    def check(self, text: str) -> tuple[GrammarIssue, ...]:
        return ()

    def status(self) -> str:
        return "Grammar checking off"

    def accept_words(self, words: Iterable[str], *, replace: bool = False) -> None:
        pass

    def warm_up(self, timeout: float | None = None) -> bool:
        return True

    def close(self) -> None:
        pass
