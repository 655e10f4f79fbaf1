"""The LanguageTool adapter: offsets, categories, fall-back to Harper, no downloads.

These tests check OUR side of LanguageTool's HTTP protocol against stand-in
servers (``grammar_server.py``), not LanguageTool itself: a real release is a
250 MB download that tests must never make. Harper, Java and the network
sockets involved are all real; any connection off this machine fails the test.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import time
import urllib.parse

import pytest

from grammar_server import (SilentServer, StandInLanguageTool, TricklingServer, block_non_loopback_connections,
                            build_java_stand_in, closed_port_url, utf16_units)
from tutor.core.grammar import make_engine
from tutor.core.grammar.harper_engine import HarperEngine
from tutor.core.grammar.languagetool import LanguageToolEngine
from tutor.core.grammar.lt_install import find_java, find_release, parse_java_major
from tutor.core.grammar.lt_protocol import category_of, check_url
from tutor.core.utf16 import Utf16Offsets, python_to_utf16, utf16_span_to_python

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="needs a Java runtime")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as fake java")

EMOJI_TEXT = "I 😀 has a apple , very unique."


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    """No connection may leave this machine and language_tool_python may never
    download; LanguageTool's cache folder is an empty folder of this test."""
    attempts = block_non_loopback_connections(monkeypatch)
    from language_tool_python import download_lt

    downloads = []
    monkeypatch.setattr(download_lt.LocalLanguageTool, "download", lambda self: downloads.append(self))
    cache = tmp_path / "lt-cache"
    cache.mkdir()
    monkeypatch.setenv("LTP_PATH", str(cache))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    yield cache
    assert attempts == [], "a test tried to reach the network"
    assert downloads == [], "language_tool_python was asked to download"


@pytest.fixture(scope="module")
def harper():
    engine = HarperEngine()
    engine.warm_up()
    yield engine
    engine.close()


@pytest.fixture
def stand_in():
    with StandInLanguageTool() as server:
        yield server


def found(issues, text):
    return [(i.span.of(text), i.category, i.rule_id, i.engine) for i in issues]


# --- UTF-16 offsets ------------------------------------------------------------

def test_utf16_offsets_after_an_emoji_land_on_the_right_words():
    text = "I 😀 has a apple"
    has_at = utf16_units("I 😀 ")
    assert has_at == 5  # the emoji is two UTF-16 units
    assert utf16_span_to_python(text, has_at, 3).of(text) == "has"
    assert utf16_span_to_python(text, has_at + 4, 7).of(text) == "a apple"


@pytest.mark.parametrize("text", ["plain ascii", "café ünïcode", "😀😀 two 𝄞 astral", "end 😀"])
def test_utf16_offsets_round_trip_every_position(text):
    offsets = Utf16Offsets(text)
    for index in range(len(text) + 1):
        assert offsets.to_python(python_to_utf16(text, index)) == index


def test_utf16_span_splitting_an_emoji_covers_the_whole_emoji():
    text = "a😀b"
    assert utf16_span_to_python(text, 2, 1).of(text) == "😀"  # the low surrogate only


# --- server mode -----------------------------------------------------------------

def test_server_findings_are_mapped_with_python_offsets_after_an_emoji(stand_in, harper):
    engine = LanguageToolEngine(server_url=stand_in.url, fallback=harper)
    assert found(engine.check(EMOJI_TEXT), EMOJI_TEXT) == [
        ("has", "grammar", "HAVE_PART_AGREEMENT", "languagetool"),
        ("a apple", "grammar", "EN_A_VS_AN", "languagetool"),
        (" ,", "punctuation", "COMMA_PARENTHESIS_WHITESPACE", "languagetool"),
        ("very unique", "style", "EXTREME_ADJECTIVES", "languagetool"),
    ]
    assert stand_in.requests[-1] == {"text": EMOJI_TEXT, "language": "en-GB"}
    assert engine.status() == f"Grammar: LanguageTool server 127.0.0.1:{stand_in.server_port} (British English)"


def test_server_spelling_finding_keeps_its_suggestions(stand_in, harper):
    engine = LanguageToolEngine(server_url=stand_in.url + "/v2/", fallback=harper, dialect="american")
    (issue,) = engine.check("I will recieve it.")
    assert (issue.category, issue.suggestions) == ("spelling", ("receive",))
    assert stand_in.requests[-1]["language"] == "en-US"


def test_passage_words_and_precis_rules_apply_to_languagetool_too(stand_in):
    engine = make_engine("languagetool", lt_server=stand_in.url)
    text = "CPEC grew. I will recieve defence as well as a technology."
    assert [i.span.of(text) for i in engine.check(text)] == ["CPEC", "recieve", "a technology"]
    engine.accept_words({"CPEC"})
    assert [i.span.of(text) for i in engine.check(text)] == ["recieve", "a technology"]
    assert engine.name == "languagetool"
    engine.close()


def test_server_down_falls_back_to_harper_with_one_line_reason(harper):
    url = closed_port_url()
    engine = LanguageToolEngine(server_url=url, fallback=harper)
    started = time.monotonic()
    issues = engine.check("He go to school.")
    assert time.monotonic() - started < 3
    assert found(issues, "He go to school.") == [("go", "grammar", "PronounVerbAgreement", "harper")]
    status = engine.status()
    assert status == (f"LanguageTool server {urllib.parse.urlsplit(url).netloc} unavailable: "
                      "connection refused — using Harper")


def test_silent_server_does_not_hang_the_check(harper):
    silent = SilentServer()
    try:
        engine = LanguageToolEngine(server_url=silent.url, fallback=harper, timeout=1.0)
        started = time.monotonic()
        issues = engine.check("I will recieve it.")
        assert time.monotonic() - started < 4
        assert [i.engine for i in issues] == ["harper"]
        assert "no answer within 1 s — using Harper" in engine.status()
        started = time.monotonic()
        engine.check("I will recieve it.")  # while down, Harper answers at once
        assert time.monotonic() - started < 0.5
    finally:
        silent.close()


def _engines_until(engine, wanted: str, seconds: float = 5.0) -> list[str]:
    """Check again and again (at most ``seconds``) until an engine named ``wanted`` answers."""
    seen: list[str] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end and wanted not in seen:
        seen.append(engine.check("I will recieve it.")[0].engine)
        time.sleep(0.05)
    return seen


def test_server_that_comes_back_is_used_again(harper):
    url = closed_port_url()
    engine = LanguageToolEngine(server_url=url, fallback=harper, retry_after=0)
    assert engine.check("I will recieve it.")[0].engine == "harper"
    with StandInLanguageTool(port=urllib.parse.urlsplit(url).port):
        assert _engines_until(engine, "languagetool")[-1] == "languagetool"  # found by a background probe
        assert engine.status().startswith("Grammar: LanguageTool server")


def test_a_server_trickling_its_answer_is_given_up_on_by_the_whole_answer_deadline(harper):
    """One byte every 0.1 s: each socket read is in time, the answer never completes."""
    server = TricklingServer(interval=0.1)
    try:
        engine = LanguageToolEngine(server_url=server.url, fallback=harper, timeout=1.0)
        started = time.monotonic()
        issues = engine.check("I will recieve it.")
        assert time.monotonic() - started < 2.0
        assert [i.engine for i in issues] == ["harper"]
        assert "no answer within 1 s — using Harper" in engine.status()
    finally:
        server.close()


def test_warm_up_against_a_trickling_server_returns_in_about_a_second(harper):
    server = TricklingServer(interval=0.1)
    try:
        engine = LanguageToolEngine(server_url=server.url, fallback=harper)
        started = time.monotonic()
        assert engine.warm_up(60) is False
        assert time.monotonic() - started < 2.0
    finally:
        server.close()


def test_a_server_that_accepts_but_never_answers_falls_back_in_about_a_second(harper):
    silent = SilentServer()
    try:
        engine = LanguageToolEngine(server_url=silent.url, fallback=harper)  # the default 5 s timeout
        started = time.monotonic()
        assert [i.engine for i in engine.check("I will recieve it.")] == ["harper"]
        assert time.monotonic() - started < 1.5
    finally:
        silent.close()


def test_retrying_a_silent_server_happens_in_the_background_and_never_delays_harper(harper):
    silent = SilentServer()
    try:
        engine = LanguageToolEngine(server_url=silent.url, fallback=harper, retry_after=0.2)
        engine.check("I will recieve it.")  # falls back, about 1 s
        slowest = 0.0
        end = time.monotonic() + 2.5  # several retries fall due in this time
        while time.monotonic() < end:
            started = time.monotonic()
            assert engine.check("I will recieve it.")[0].engine == "harper"
            slowest = max(slowest, time.monotonic() - started)
            time.sleep(0.05)
        assert slowest < 0.8  # a check that waited for a retry would take the whole 1 s probe
    finally:
        silent.close()


def test_warm_up_probes_the_server_so_status_is_right_before_the_first_check(harper):
    engine = LanguageToolEngine(server_url=closed_port_url(), fallback=harper)
    assert engine.warm_up(5) is False
    assert "connection refused" in engine.status()


# --- local mode: detection before anything starts --------------------------------

def test_no_java_falls_back_to_harper_and_says_java_not_found(tmp_path, monkeypatch, harper, offline):
    empty_bin = tmp_path / "empty-bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    engine = LanguageToolEngine(fallback=harper)
    assert engine.status() == "LanguageTool unavailable: Java not found — using Harper"
    assert [i.engine for i in engine.check("He go to school.")] == ["harper"]
    assert engine.warm_up(1) is False


@needs_java
def test_no_release_on_disk_says_how_to_get_one_and_downloads_nothing(harper, offline):
    engine = LanguageToolEngine(fallback=harper)
    status = engine.status()
    assert status.startswith(f"LanguageTool unavailable: no LanguageTool release in {offline}")
    assert "download it from the Grammar menu" in status and "Edit → Settings → LanguageTool server" in status
    assert status.endswith("— using Harper") and "\n" not in status
    assert [i.engine for i in engine.check("He go to school.")] == ["harper"]
    assert list(offline.iterdir()) == []  # nothing was fetched or unpacked


@posix_only
def test_old_java_is_reported_with_the_version_needed(tmp_path, monkeypatch, harper):
    fake_bin = _fake_java(tmp_path, 'echo \'openjdk version "11.0.2" 2019-01-15\' >&2')
    monkeypatch.setenv("PATH", str(fake_bin))
    engine = LanguageToolEngine(fallback=harper)
    assert engine.status() == ("LanguageTool unavailable: Java 11 found, LanguageTool needs Java 17 "
                               "or newer — using Harper")


@posix_only
def test_java_that_hangs_is_given_up_on_quickly(tmp_path, monkeypatch):
    sleep = shutil.which("sleep")
    monkeypatch.setenv("PATH", str(_fake_java(tmp_path, f"exec {sleep} 30")))
    started = time.monotonic()
    check = find_java(timeout=0.5)
    assert time.monotonic() - started < 3
    assert check.problem == "'java -version' did not answer within 0.5 s"


def _fake_java(tmp_path, body):
    folder = tmp_path / "fake-bin"
    folder.mkdir()
    java = folder / "java"
    java.write_text(f"#!/bin/sh\n{body}\n")
    java.chmod(0o755)
    return folder


@pytest.mark.parametrize("output, major", [
    ('openjdk version "17.0.15" 2025-04-15', 17),
    ('java version "1.8.0_301"', 8),
    ('openjdk version "21" 2023-09-19 LTS', 21),
    ("openjdk 25.0.1 2025-10-21", 25),
    ("something else", None),
])
def test_java_versions_are_parsed_old_and_new_style(output, major):
    assert parse_java_major(output) == major


def test_newest_release_is_chosen_from_the_cache_folder(offline):
    for name in ["LanguageTool-5.9", "LanguageTool-6.6", "LanguageTool-6.10", "LanguageTool-notes"]:
        (offline / name).mkdir()
        (offline / name / "languagetool-server.jar").write_bytes(b"")
    (offline / "LanguageTool-9.9").mkdir()  # no jar: not a release
    release = find_release()
    assert (release.version, release.folder.name) == ("6.10", "LanguageTool-6.10")
    assert find_release(offline / "LanguageTool-5.9").version == "5.9"


# --- local mode: a real Java process (stand-in jar) -------------------------------

@pytest.fixture(scope="module")
def java_release(tmp_path_factory):
    if shutil.which("java") is None:
        pytest.skip("needs a Java runtime")
    folder = tmp_path_factory.mktemp("lt-releases") / "LanguageTool-9.9"
    if build_java_stand_in(folder) is None:
        pytest.skip("needs a JDK (javac, jar) to build the stand-in server")
    return folder


def test_local_server_starts_in_background_and_harper_serves_meanwhile(java_release, monkeypatch, harper):
    monkeypatch.setenv("LTP_PATH", str(java_release.parent))
    engine = LanguageToolEngine(fallback=harper)
    try:
        assert engine.status() == "LanguageTool starting… (Harper meanwhile)"
        assert [i.engine for i in engine.check("I will recieve it.")] == ["harper"]
        assert engine.warm_up(60) is True
        assert engine.status() == "Grammar: LanguageTool 9.9 (local, British English)"
        text = "Note 😀: I has to recieve it."
        assert found(engine.check(text), text) == [
            ("has", "grammar", "HAVE_PART_AGREEMENT", "languagetool"),
            ("recieve", "spelling", "MORFOLOGIK_RULE_EN_GB", "languagetool"),
        ]
        url = engine._url
    finally:
        engine.close()
    stopped = LanguageToolEngine(server_url=url.rsplit("/v2/", 1)[0], fallback=harper)
    assert [i.engine for i in stopped.check("I will recieve it.")] == ["harper"]  # Java is gone


def test_closing_while_starting_leaves_no_java_behind(java_release, harper):
    engine = LanguageToolEngine(fallback=harper, folder=str(java_release))
    local = engine._local
    engine.close()
    assert engine._started.wait(30)
    assert local._process is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", local.port), timeout=1).close()
    assert "start cancelled" in engine.status() or "refused" in engine.status()


def test_broken_release_fails_to_start_with_java_reason(tmp_path, harper):
    if shutil.which("java") is None:
        pytest.skip("needs a Java runtime")
    folder = tmp_path / "LanguageTool-6.6"
    folder.mkdir()
    (folder / "languagetool-server.jar").write_bytes(b"not a jar")
    engine = LanguageToolEngine(fallback=harper, folder=str(folder))
    assert engine.warm_up(30) is False
    status = engine.status()
    assert status.startswith("LanguageTool failed to start: Java exited with code")
    assert status.endswith("— using Harper") and "\n" not in status
    assert [i.engine for i in engine.check("I will recieve it.")] == ["harper"]


# --- protocol details ---------------------------------------------------------------

@pytest.mark.parametrize("given, url", [
    ("http://lt.school.pk:8081", "http://lt.school.pk:8081/v2/check"),
    ("lt.school.pk:8081/", "http://lt.school.pk:8081/v2/check"),
    ("https://lt.school.pk/api/v2", "https://lt.school.pk/api/v2/check"),
    ("https://lt.school.pk/v2/check", "https://lt.school.pk/v2/check"),
])
def test_server_address_is_accepted_in_the_usual_forms(given, url):
    assert check_url(given) == url


@pytest.mark.parametrize("category, issue_type, ours", [
    ("TYPOS", "misspelling", "spelling"), ("PUNCTUATION", "", "punctuation"),
    ("TYPOGRAPHY", "typographical", "punctuation"), ("STYLE", "style", "style"),
    ("REDUNDANCY", "style", "style"), ("GRAMMAR", "grammar", "grammar"),
    ("CONFUSED_WORDS", "", "grammar"), ("MISC", "misspelling", "grammar"),
    ("", "misspelling", "spelling"), ("", "", "grammar"),
])
def test_languagetool_categories_map_to_our_four(category, issue_type, ours):
    """The category decides; the issue type only when a server sends no category."""
    assert category_of({"rule": {"category": {"id": category}, "issueType": issue_type}}) == ours


def test_env_path_is_untouched_after_tests():
    assert os.environ.get("PATH")


def test_languagetool_harper_and_our_rules_are_merged_one_underline_per_slip(stand_in):
    """The stand-in plays LanguageTool; Harper and the learner rules run for real."""
    engine = make_engine("languagetool", lt_server=stand_in.url)
    text = "I has a apple. The farmers was pleased."
    found = [(i.span.of(text), i.engine) for i in engine.check(text)]
    assert [f for f in found if "has" in f[0]] == [("has", "languagetool")]
    assert [f for f in found if "apple" in f[0]] == [("a apple", "languagetool")]
    assert ("was", "precis") in found  # a slip only our agreement rule sees
    engine.close()


def test_server_finding_cutting_a_combining_mark_covers_the_whole_character(stand_in, monkeypatch):
    import grammar_server

    monkeypatch.setitem(grammar_server.STAND_IN_RULES, "ço", (
        "MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling", "Possible spelling mistake.", []))
    text = "The \U0001f600 ço\u0327st rose."  # an emoji first: UTF-16 offsets and clusters together
    engine = LanguageToolEngine(server_url=stand_in.url, with_fallback=False)
    assert [i.span.of(text) for i in engine.check(text)] == ["ço\u0327"]
