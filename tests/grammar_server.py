"""Stand-ins for LanguageTool, for testing OUR side of its HTTP protocol.

Nothing here is LanguageTool. The stand-ins answer ``/v2/check`` with the JSON
shape LanguageTool 6.x sends (``matches[].offset/length`` in UTF-16 code units,
``rule.id``, ``rule.category.id``, ``replacements[].value``), for a few fixed
phrases, so the adapter's mapping, offsets, timeouts and fall-backs can be
tested offline and fast.

* ``StandInLanguageTool``: a Python ``http.server`` on 127.0.0.1, random port.
  It computes offsets the Java way (UTF-16), independently of the adapter.
* ``SilentServer``: accepts connections and never answers (a hung server).
* ``JAVA_STAND_IN``: the same idea as a Java ``org.languagetool.server.HTTPServer``
  class, packed as ``languagetool-server.jar``, so the adapter's *local* mode
  (find Java and a release, start the process, wait, stop it) runs for real.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# phrase pattern -> (rule id, LanguageTool category id, issue type, message, replacements);
# with a group in the pattern, the group is the flagged text.
STAND_IN_RULES = {
    r"\bI\W+(has)\b": ("HAVE_PART_AGREEMENT", "GRAMMAR", "grammar", "Use 'have' after 'I'.", ["have"]),
    r"\ba apple\b": ("EN_A_VS_AN", "MISC", "misspelling", "Use 'an' before a vowel sound.", ["an apple"]),
    r"\brecieve\b": ("MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling", "Possible spelling mistake.", ["receive"]),
    r"\bCPEC\b": ("MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling", "Possible spelling mistake.", ["Spec"]),
    r" ,": ("COMMA_PARENTHESIS_WHITESPACE", "PUNCTUATION", "whitespace", "Remove the space before the comma.", [","]),
    r"\bvery unique\b": ("EXTREME_ADJECTIVES", "STYLE", "style", "'Unique' needs no 'very'.", ["unique"]),
}


def utf16_units(text: str) -> int:
    """How Java counts ``len(text)``."""
    return len(text.encode("utf-16-le")) // 2


def stand_in_matches(text: str) -> list[dict]:
    matches = []
    for pattern, (rule_id, category, issue_type, message, replacements) in STAND_IN_RULES.items():
        for m in re.finditer(pattern, text):
            start, end = m.span(1) if m.re.groups else m.span()
            matches.append({
                "message": message, "shortMessage": "",
                "replacements": [{"value": r} for r in replacements],
                "offset": utf16_units(text[:start]), "length": utf16_units(text[start:end]),
                "rule": {"id": rule_id, "description": message, "issueType": issue_type,
                         "category": {"id": category, "name": category.title()}},
            })
    return sorted(matches, key=lambda m: m["offset"])


class _Handler(BaseHTTPRequestHandler):
    server: "StandInLanguageTool"

    def do_POST(self) -> None:
        if self.path.rstrip("/") != "/v2/check":
            return self._reply(404, {"error": "not found"})
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True)
        fields = {k: v[0] for k, v in form.items()}
        self.server.requests.append(fields)
        self._reply(200, {"software": {"name": "LanguageTool stand-in"},
                          "language": {"code": fields.get("language", "")},
                          "matches": stand_in_matches(fields.get("text", ""))})

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/v2/healthcheck":
            return self._reply(200, "OK")
        self._reply(404, {"error": "not found"})

    def _reply(self, code: int, payload) -> None:
        body = (payload if isinstance(payload, str) else json.dumps(payload)).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep test output clean
        pass


class StandInLanguageTool(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.requests: list[dict] = []
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> "StandInLanguageTool":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()


class SilentServer:
    """Listens, lets clients connect, never says a word."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def close(self) -> None:
        self.sock.close()


class TricklingServer:
    """Accepts, reads the request, then sends a valid-looking HTTP answer one byte every
    ``interval`` seconds: each socket read gets a byte in time, the whole answer never
    comes. Each connection stops by itself after ``max_bytes`` bytes or when closed."""

    ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"

    def __init__(self, interval: float = 0.1, max_bytes: int = 300) -> None:
        self.interval, self.max_bytes = interval, max_bytes
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self._closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(2)
            try:
                conn.recv(65536)
                payload = self.ANSWER + b" " * self.max_bytes
                for i in range(self.max_bytes):
                    if self._closed.wait(self.interval):
                        return
                    conn.sendall(payload[i:i + 1])
            except OSError:
                return

    def close(self) -> None:
        self._closed.set()
        self.sock.close()


def closed_port_url() -> str:
    """A loopback URL where nothing listens (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def block_non_loopback_connections(monkeypatch) -> list:
    """Make any connection to a non-loopback address fail loudly; returns the
    list of such attempts so a test can assert it stayed empty."""
    attempts: list = []
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(address)
            raise OSError(f"test blocked a network connection to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    return attempts


JAVA_STAND_IN = r"""
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Stand-in for LanguageTool's HTTPServer: flags "recieve" (TYPOS) and "I has" (GRAMMAR).
 *  Offsets come from String.indexOf, i.e. UTF-16 code units, exactly as in LanguageTool. */
public class HTTPServer {
  public static void main(String[] args) throws Exception {
    int port = 8081;
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals("-p")) port = Integer.parseInt(args[i + 1]);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/v2/healthcheck", ex -> reply(ex, "OK"));
    server.createContext("/v2/check", HTTPServer::check);
    server.start();
  }

  static void check(HttpExchange ex) throws java.io.IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String text = "";
    for (String pair : body.split("&"))
      if (pair.startsWith("text=")) text = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
    StringBuilder json = new StringBuilder("{\"matches\":[");
    String sep = "";
    int at = text.indexOf("recieve");
    if (at >= 0) { json.append(match(at, 7, "MORFOLOGIK_RULE_EN_GB", "TYPOS", "receive")); sep = ","; }
    at = text.indexOf("I has");
    if (at >= 0) json.append(sep).append(match(at + 2, 3, "HAVE_PART_AGREEMENT", "GRAMMAR", "have"));
    reply(ex, json.append("]}").toString());
  }

  static String match(int offset, int length, String rule, String category, String fix) {
    return "{\"message\":\"stand-in\",\"offset\":" + offset + ",\"length\":" + length
        + ",\"replacements\":[{\"value\":\"" + fix + "\"}],\"rule\":{\"id\":\"" + rule
        + "\",\"category\":{\"id\":\"" + category + "\"}}}";
  }

  static void reply(HttpExchange ex, String text) throws java.io.IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) { out.write(bytes); }
  }
}
"""


def build_java_stand_in(release_folder: Path) -> Path | None:
    """Compile the Java stand-in into ``release_folder/languagetool-server.jar``;
    None when no JDK (javac, jar) is installed."""
    javac, jar = shutil.which("javac"), shutil.which("jar")
    if not (javac and jar):
        return None
    src = release_folder.parent / "stand-in-src"
    classes = release_folder.parent / "stand-in-classes"
    source = src / "org" / "languagetool" / "server" / "HTTPServer.java"
    source.parent.mkdir(parents=True)
    source.write_text(JAVA_STAND_IN, encoding="utf-8")
    subprocess.run([javac, "-d", str(classes), str(source)], check=True, capture_output=True, timeout=120)
    release_folder.mkdir(parents=True, exist_ok=True)
    target = release_folder / "languagetool-server.jar"
    subprocess.run([jar, "cf", str(target), "-C", str(classes), "."], check=True, capture_output=True,
                   timeout=120)
    return target
