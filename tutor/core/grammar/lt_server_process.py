"""A LanguageTool HTTP server run by us, as a Java child process on a free local port.

Promises: ``start`` blocks until the server answers or a reason is known
(``LtUnavailable``); it never downloads anything; ``stop`` ends the process
(and is also done at interpreter exit, so no Java is left behind).
"""

from __future__ import annotations

import atexit
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request

from tutor.core.grammar.lt_install import NO_WINDOW, Release
from tutor.core.grammar.lt_protocol import LtUnavailable

_POLL_SECONDS = 0.2
_running: set[subprocess.Popen] = set()
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class LocalLtServer:
    def __init__(self, java: str, release: Release, start_timeout: float = 90.0) -> None:
        self.java = java
        self.release = release
        self.start_timeout = start_timeout
        self.port = 0
        self._process: subprocess.Popen | None = None
        self._stderr = None
        self._stopped = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2/"

    def start(self) -> None:
        """Launch Java and wait until /v2/healthcheck answers."""
        self.port = _free_port()
        command = [self.java, "-cp", str(self.release.jar), "org.languagetool.server.HTTPServer",
                   "-p", str(self.port)]
        # stderr goes to a file, not a pipe: nobody reads it while the server
        # runs, and a full pipe would freeze Java.
        self._stderr = tempfile.TemporaryFile()
        try:
            self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                             stderr=self._stderr, creationflags=NO_WINDOW,
                                             cwd=self.release.folder)
        except OSError as exc:
            raise LtUnavailable(f"Java could not start ({exc.strerror or exc})") from None
        _running.add(self._process)
        if self._stopped.is_set():  # stop() ran while Popen was starting Java
            self.stop()
        self._wait_until_ready()

    def stop(self) -> None:
        self._stopped.set()
        process, self._process = self._process, None
        if process is not None:
            _end(process)
            _running.discard(process)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            process = self._process
            if self._stopped.is_set() or process is None:
                raise LtUnavailable("start cancelled")
            code = process.poll()
            if code is not None:
                raise LtUnavailable(f"Java exited with code {code}{self._error_line()}")
            if self._answers():
                return
            self._stopped.wait(_POLL_SECONDS)
        self.stop()
        raise LtUnavailable(f"no answer within {self.start_timeout:g} s")

    def _answers(self) -> bool:
        try:
            with _NO_PROXY.open(self.base_url + "healthcheck", timeout=2):
                return True
        except urllib.error.HTTPError:
            return True  # an HTTP error is still an answer (no healthcheck before LT 4.2)
        except OSError:
            return False

    def _error_line(self) -> str:
        """Java's own "Error: ..." line if it printed one, else its last line."""
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        text = self._stderr.read(64_000).decode("utf-8", "replace")
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        errors = [ln for ln in lines if ln.startswith("Error")]
        line = (errors or lines or [""])[0 if errors else -1]
        return f": {line[:160]}" if line else ""


def _free_port() -> int:
    # The OS picks a free port; the tiny race until Java binds it is acceptable:
    # a clash shows up as a failed start, and Harper takes over.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _end(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@atexit.register
def _stop_all() -> None:
    for process in list(_running):
        _end(process)
