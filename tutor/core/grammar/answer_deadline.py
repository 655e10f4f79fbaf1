"""HTTP with one deadline for the whole answer, not one timeout per socket read.

urllib's ``timeout`` bounds each blocking socket step, so a server that trickles
one byte a second never trips it and a request can last for ever. Here every
step (connect, send, each read of the headers and body) gets only the time left
before one deadline, and a step that starts after it raises ``TimeoutError``.
Works through urllib's opener, so proxies (from the environment) still apply.
"""

from __future__ import annotations

import http.client
import io
import socket
import time
import urllib.request


class _DeadlineSocket:
    """A connected socket whose every blocking step ends by ``deadline`` (``time.monotonic``)."""

    def __init__(self, sock: socket.socket, deadline: float):
        self._sock, self._deadline = sock, deadline
        self._readers, self._closing = 0, False  # as socket.makefile: closed when the last reader is

    def _arm(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the whole answer took too long")
        self._sock.settimeout(left)

    def sendall(self, data) -> None:
        self._arm()
        self._sock.sendall(data)

    def recv_into(self, buffer, nbytes: int = 0) -> int:
        self._arm()
        return self._sock.recv_into(buffer, nbytes)

    def makefile(self, mode: str = "rb", *args, **kwargs):
        self._readers += 1
        return io.BufferedReader(_Reader(self))

    def close(self) -> None:
        self._closing = True
        if self._readers == 0:
            self._sock.close()

    def release(self) -> None:
        """A reader from ``makefile`` was closed."""
        self._readers -= 1
        if self._closing and self._readers == 0:
            self._sock.close()

    def __getattr__(self, name: str):
        return getattr(self._sock, name)


class _Reader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket):
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._sock.release()
        super().close()


def _deadline_connection(base: type) -> type:
    class Connection(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._deadline = time.monotonic() + (self.timeout if isinstance(self.timeout, (int, float)) else 60)

        def connect(self) -> None:
            self.timeout = max(0.001, self._deadline - time.monotonic())
            super().connect()
            self.sock = _DeadlineSocket(self.sock, self._deadline)

    return Connection


_HTTP = _deadline_connection(http.client.HTTPConnection)
_HTTPS = _deadline_connection(http.client.HTTPSConnection)


class _HttpHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_HTTP, req)


class _HttpsHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_HTTPS, req, context=self._context)


def opener(*, proxies: bool) -> urllib.request.OpenerDirector:
    """A urllib opener whose ``open(request, timeout=T)`` ends within about T seconds in all,
    headers and body included (read the body before T runs out; a late read raises
    ``TimeoutError``). ``proxies=False`` ignores the environment's proxy (for loopback)."""
    handlers = [_HttpHandler(), _HttpsHandler()]
    if not proxies:
        handlers.append(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener(*handlers)
