"""Our side of LanguageTool's HTTP protocol (``POST /v2/check``), with urllib.

Talking to the server directly, rather than through language_tool_python's
``LanguageTool`` class, keeps every request under our short timeout and rules
out its automatic download/restart paths, which stall when offline.

Promises: ``post_check`` returns the decoded JSON or raises ``LtUnavailable``
with a one-line reason, never anything else, and never waits much longer than
its timeout for the whole answer, however slowly a server sends it (see
``answer_deadline``); ``issues_from_response`` turns LanguageTool's UTF-16
offsets into Python spans.
"""

from __future__ import annotations

import http.client
import json
import socket
import urllib.error
import urllib.parse
import urllib.request

from tutor.core.grammar import answer_deadline
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.utf16 import Utf16Offsets

LANGUAGE_CODES = {
    "british": "en-GB",
    "american": "en-US",
    "australian": "en-AU",
    "canadian": "en-CA",
    "indian": "en-GB",  # LanguageTool has no en-IN; Indian English spells as British
}
SUGGESTION_LIMIT = 5
MAX_ANSWER_BYTES = 20_000_000  # LanguageTool's answer for our largest text is well under 1 MB

_CATEGORY = {
    "TYPOS": "spelling",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "punctuation",
    "STYLE": "style",
    "REDUNDANCY": "style",
    "PLAIN_ENGLISH": "style",
    "REPETITIONS_STYLE": "style",
    "CREATIVE_WRITING": "style",
    "TEXT_ANALYSIS": "style",
    "WIKIPEDIA": "style",
    "COLLOQUIALISMS": "style",
    "GENDER_NEUTRALITY": "style",
    "MISUSED_TERMS_EU_PUBLICATIONS": "style",
    "BRITISH_ENGLISH": "style",
    "AMERICAN_ENGLISH_STYLE": "style",
}
_ISSUE_TYPE = {"misspelling": "spelling", "typographical": "punctuation", "style": "style"}
# A loopback server must not be sent through the user's proxy.
_NO_PROXY = answer_deadline.opener(proxies=False)
_PROXIED = answer_deadline.opener(proxies=True)


class LtUnavailable(Exception):
    """LanguageTool did not answer usefully; ``str()`` is a one-line reason."""


def check_url(server: str) -> str:
    """The /v2/check URL of a server given as "host:port", "http://host", ".../v2" or ".../v2/check"."""
    server = server.strip()
    if "://" not in server:
        server = "http://" + server
    parts = urllib.parse.urlsplit(server)
    path = parts.path.rstrip("/")
    if path.endswith("/v2/check"):
        path = path[: -len("/check")]
    if not path.endswith("/v2"):
        path += "/v2"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path + "/check", "", ""))


def post_check(url: str, text: str, language: str, timeout: float) -> dict:
    """One check request; see the module promises."""
    body = urllib.parse.urlencode({"text": text, "language": language}).encode("utf-8")
    request = urllib.request.Request(url, data=body, headers={"Accept": "application/json"})
    host = urllib.parse.urlsplit(url).hostname or ""
    opener = _NO_PROXY if host in ("127.0.0.1", "localhost", "::1") else _PROXIED
    try:
        with opener.open(request, timeout=timeout) as response:
            raw = response.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise LtUnavailable(f"server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise LtUnavailable(_network_reason(exc.reason, timeout)) from None
    except (socket.timeout, TimeoutError):
        raise LtUnavailable(f"no answer within {timeout:g} s") from None
    except OSError as exc:
        raise LtUnavailable(_network_reason(exc, timeout)) from None
    except http.client.HTTPException as exc:  # a broken answer: bad status line, cut short...
        raise LtUnavailable(f"server's answer is not HTTP ({exc.__class__.__name__})") from None
    if len(raw) > MAX_ANSWER_BYTES:
        raise LtUnavailable("server's answer is far too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise LtUnavailable("server's answer is not LanguageTool JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
        raise LtUnavailable("server's answer has no 'matches' list")
    return data


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "server name not found"
    text = getattr(reason, "strerror", None) or str(reason)
    return text.splitlines()[0] if text else reason.__class__.__name__


def category_of(match: dict) -> str:
    """LanguageTool's rule category -> one of our four; unknown categories are
    grammar. The issue type decides only when a server sends no category
    (LanguageTool marks e.g. "a apple" as a misspelling in category MISC)."""
    rule = match.get("rule") or {}
    category_id = str((rule.get("category") or {}).get("id", "")).upper()
    if category_id:
        return _CATEGORY.get(category_id, "grammar")
    return _ISSUE_TYPE.get(str(rule.get("issueType", "")).lower(), "grammar")


def issues_from_response(text: str, data: dict, engine: str = "languagetool") -> tuple[GrammarIssue, ...]:
    """Findings of a /v2/check answer for ``text``; malformed matches are skipped."""
    offsets = Utf16Offsets(text)
    issues = []
    for match in data.get("matches", []):
        try:
            span = offsets.span(int(match["offset"]), int(match["length"]))
        except (KeyError, TypeError, ValueError):
            continue
        rule = match.get("rule") or {}
        replacements = [r.get("value", "") for r in match.get("replacements") or [] if isinstance(r, dict)]
        issues.append(GrammarIssue(
            span=span,
            category=category_of(match),
            rule_id=str(rule.get("id", "LT_UNKNOWN")),
            message=str(match.get("message") or match.get("shortMessage") or rule.get("description", "")),
            suggestions=tuple(replacements[:SUGGESTION_LIMIT]),
            engine=engine,
        ))
    return tuple(sorted(issues, key=lambda i: (i.span.start, i.span.end)))
