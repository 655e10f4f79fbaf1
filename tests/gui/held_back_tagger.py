"""The learner rules' tagger held back in the check process, for tests of what comes first.

A module of its own (not conftest) so that the check process, started with ``spawn``,
can import ``hold_back_the_tagger`` by name.
"""

from __future__ import annotations

from tutor.core.grammar import tagging


class HeldBackTagger(tagging.Tagger):
    """spaCy's tagger that starts loading only when ``go`` (a multiprocessing Event) is set."""

    def __init__(self, go) -> None:
        super().__init__()
        self.go = go

    def warm_up(self) -> bool:
        self.go.wait(60)
        return super().warm_up()


def hold_back_the_tagger(go) -> None:
    """In the check process, before it serves: every new grammar engine is given a held-back tagger."""
    tagging._shared = HeldBackTagger(go)
