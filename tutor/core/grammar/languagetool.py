"""LanguageTool as a grammar engine, with Harper standing in whenever it cannot answer.

Two ways to reach LanguageTool:

* ``server_url``: a LanguageTool server someone runs (a school's), over HTTP;
* local: our own Java server, started in a background thread, only when Java
  17+ and a release on disk were both found first (so nothing is downloaded).

Promises: construction never blocks on the network or on Java start-up;
``check`` always returns findings — from LanguageTool when it answers, else
from the fallback engine (Harper) — and waits for LanguageTool's whole answer
at most ``answer_seconds(text)``: about 1 s for a précis, never over ``timeout``;
``status`` names the engine at work and, after a fall-back, why, in one line.
A server that failed is probed again in the background every ``retry_after``
seconds (checks meanwhile go straight to Harper, undelayed), so a school
server that comes back is used again.
"""

from __future__ import annotations

import threading
import time
import urllib.parse
from typing import Iterable

from tutor.core.grammar.engine import GrammarEngine
from tutor.core.grammar.harper_engine import HarperEngine, check_dialect, dialect_label
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.lt_install import find_java, find_release, no_release_reason
from tutor.core.grammar.lt_protocol import (LANGUAGE_CODES, LtUnavailable, check_url,
                                            issues_from_response, post_check)
from tutor.core.grammar.lt_server_process import LocalLtServer
from tutor.core.grammar.merge import merge_findings
from tutor.core.grammar.vocabulary import Vocabulary

STARTING, READY, DOWN = "starting", "ready", "down"
PROBE_SECONDS = 1.0  # a server answers "Hello." in milliseconds; one that has not in 1 s is not usable
CHARS_PER_SECOND = 4000  # the slowest speed we wait for: LanguageTool checks far faster once warm


class LanguageToolEngine:
    name = "languagetool"

    def __init__(self, dialect: str = "british", *, server_url: str | None = None,
                 folder: str | None = None, fallback: GrammarEngine | None = None,
                 timeout: float = 5.0, retry_after: float = 30.0, start_timeout: float = 90.0,
                 with_fallback: bool = False) -> None:
        self.dialect = check_dialect(dialect)
        # True: when LanguageTool answers, the fallback's findings are merged in (one per slip).
        self.with_fallback = with_fallback
        self.language = LANGUAGE_CODES[self.dialect]
        self.fallback = fallback if fallback is not None else HarperEngine(self.dialect)
        self._owns_fallback = fallback is None  # a borrowed engine is closed by its owner
        self.timeout, self.retry_after = timeout, retry_after
        self._lock = threading.Lock()
        self._words = Vocabulary()
        self._session_words: frozenset[str] = frozenset()
        self._local: LocalLtServer | None = None
        self._started = threading.Event()
        self._down_since = 0.0
        self._probing = False
        self._where = ""
        if server_url:
            self._url, self._state, self._reason = check_url(server_url), READY, ""
            self._name_ready = f"LanguageTool server {urllib.parse.urlsplit(self._url).netloc}"
            self._name_down = f"{self._name_ready} unavailable"
            self._started.set()
        else:
            self._url, self._name_ready, self._name_down = "", "LanguageTool", "LanguageTool unavailable"
            self._prepare_local(folder, start_timeout)

    # -- GrammarEngine -------------------------------------------------------

    def check(self, text: str) -> tuple[GrammarIssue, ...]:
        if not text.strip():
            return ()
        url = self._usable_url()
        if not url:
            return self.fallback.check(text)
        try:
            data = post_check(url, text, self.language, self.answer_seconds(text))
        except LtUnavailable as exc:
            self._went_down(str(exc))
            return self.fallback.check(text)
        words = self._words
        found = tuple(i for i in issues_from_response(text, data)
                      if not (i.category == "spelling" and words.knows(i.span.of(text))))
        also = (self.fallback.check(text),) if self.with_fallback else ()
        return merge_findings(text, found, *also)

    def answer_seconds(self, text: str) -> float:
        """How long a check of ``text`` waits for LanguageTool's whole answer, in seconds:
        ``PROBE_SECONDS`` plus time for its length at ``CHARS_PER_SECOND``, at most ``timeout``."""
        return min(self.timeout, PROBE_SECONDS + len(text) / CHARS_PER_SECOND)

    def status(self) -> str:
        with self._lock:
            state, reason, ready, down, where = (self._state, self._reason, self._name_ready,
                                                 self._name_down, self._where)
        if state == READY:
            return f"Grammar: {ready} ({where}{dialect_label(self.dialect)})"
        if state == STARTING:
            return "LanguageTool starting… (Harper meanwhile)"
        return f"{down}: {reason} — using Harper"

    def accept_words(self, words: Iterable[str], *, replace: bool = False) -> None:
        words = frozenset(words)
        with self._lock:
            self._session_words = words if replace else self._session_words | words
            self._words = Vocabulary.of(self._session_words)
        self.fallback.accept_words(words, replace=replace)

    def warm_up(self, timeout: float | None = None) -> bool:
        """Wait for the local server to start (up to ``timeout``), or probe the remote
        server once; Harper is warmed too, since it may have to stand in."""
        self.fallback.warm_up(timeout)
        self._started.wait(timeout)
        if self._url and not self._local and self._usable_url():
            self._probe()
        with self._lock:
            return self._state == READY

    def close(self) -> None:
        local, self._local = self._local, None
        if local is not None:
            local.stop()
        if self._owns_fallback:
            self.fallback.close()

    # -- internals -----------------------------------------------------------

    def _prepare_local(self, folder: str | None, start_timeout: float) -> None:
        java = find_java()
        release = find_release(folder) if not java.problem else None
        if java.problem or release is None:
            self._state, self._reason = DOWN, java.problem or no_release_reason(folder)
            self._started.set()
            self.retry_after = float("inf")  # nothing changes until the student acts
            return
        self._state, self._reason = STARTING, ""
        self._name_down = "LanguageTool failed to start"
        self._local = LocalLtServer(java.path, release, start_timeout)
        threading.Thread(target=self._start_local, args=(self._local,), name="languagetool-start",
                         daemon=True).start()

    def _start_local(self, local: LocalLtServer) -> None:
        try:
            local.start()
        except LtUnavailable as exc:
            local.stop()
            self._set_state(DOWN, str(exc), retry=False)
        else:
            with self._lock:
                self._url = local.base_url + "check"
                self._state = READY
                version = f" {local.release.version}" if local.release.version else ""
                self._name_ready = f"LanguageTool{version}"
                self._where = "local, "
                self._name_down = "LanguageTool (local) stopped answering"
        finally:
            self._started.set()

    def _usable_url(self) -> str:
        with self._lock:
            retry = (self._state == DOWN and not self._probing and self._url
                     and time.monotonic() - self._down_since >= self.retry_after)
            if retry:
                self._probing = True
            url = self._url if self._state == READY else ""
        if retry:  # give a remote server another chance, without making this check wait for it
            threading.Thread(target=self._probe, name="languagetool-retry", daemon=True).start()
        return url

    def _probe(self) -> None:
        """One short request: READY if the server answers within ``PROBE_SECONDS``, else DOWN."""
        try:
            post_check(self._url, "Hello.", self.language, min(self.timeout, PROBE_SECONDS))
        except LtUnavailable as exc:
            self._went_down(str(exc))
        else:
            with self._lock:
                self._state, self._reason = READY, ""
        finally:
            with self._lock:
                self._probing = False

    def _went_down(self, reason: str) -> None:
        self._set_state(DOWN, reason, retry=self._local is None)

    def _set_state(self, state: str, reason: str, *, retry: bool) -> None:
        with self._lock:
            self._state, self._reason = state, reason
            self._down_since = time.monotonic()
            if not retry:
                self.retry_after = float("inf")
