"""Hostile files and packs: refused with one clear line, never a hang, a traceback or lost work."""

from __future__ import annotations

import json
import os
import sys
import threading
import time

import pytest

from tutor.core.errors import InputProblem
from tutor.core.packs import load_pack
from tutor.core.textfile import read_text
from tutor.core.tokens import count_words
from tutor.core.userdata import LEFTOVER_AGE_S, data_dir_problem, remove_leftovers, write_atomic
from tutor.gui.drafts.autosave import Draft, DraftStore

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev files are POSIX")
TEXT = "Rain fell on the dry hills. Farmers planted millet at once."


def _read_in_thread(path, seconds: float = 5.0):
    """read_text(path) in a thread that must finish within ``seconds`` (a hang fails, not freezes, the test)."""
    outcome: list = []
    thread = threading.Thread(target=lambda: outcome.append(_attempt(path)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"reading {path} did not return within {seconds} s"
    return outcome[0]


def _attempt(path):
    try:
        return read_text(path)
    except InputProblem as problem:
        return problem


@posix_only
def test_a_fifo_as_a_passage_is_refused_at_once_not_waited_on(tmp_path):
    fifo = tmp_path / "passage.txt"
    os.mkfifo(fifo)
    result = _read_in_thread(fifo)
    assert isinstance(result, InputProblem)
    assert "is not a regular file (it is a pipe (FIFO))" in str(result)


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_without_reading_it(device):
    result = _read_in_thread(device)
    assert isinstance(result, InputProblem) and "is not a regular file (it is a device)" in str(result)


def test_a_file_name_with_a_newline_stays_on_one_line_in_the_message(tmp_path):
    with pytest.raises(InputProblem) as caught:
        read_text(tmp_path / "bad\nname.txt")
    message = str(caught.value)
    assert "\n" not in message and "'" in message and "bad\\nname.txt" in message


# --- packs -------------------------------------------------------------------------

def _pack(tmp_path, raw_json: str | None = None, **changes):
    passage = {"id": "rain", "title": "Rain", "level": "foundation", "text": TEXT,
               "key_points": [{"id": "kp1", "text": "Rain came.", "source": "Rain fell on the dry hills."}]}
    passage.update(changes)
    path = tmp_path / "pack.json"
    path.write_text(raw_json or json.dumps({"format": "precis-tutor-pack", "version": 1, "passages": [passage]}),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("value", [10 ** 400, 2 ** 63, 0, -3, count_words(TEXT) + 1])
def test_a_target_outside_one_to_the_passage_length_is_refused(tmp_path, value):
    with pytest.raises(InputProblem) as caught:
        load_pack(_pack(tmp_path, target_words=value))
    message = str(caught.value)
    assert f"field 'target_words': must be a whole number from 1 to {count_words(TEXT)}" in message
    assert len(message) < 300  # a 400-digit number is described, not printed


def test_a_target_within_the_passage_length_loads(tmp_path):
    assert load_pack(_pack(tmp_path, target_words=4)).passages[0].target_words == 4


def test_a_huge_word_count_is_refused_by_range(tmp_path):
    with pytest.raises(InputProblem, match="field 'words': must be a whole number from 1 to"):
        load_pack(_pack(tmp_path, words=2 ** 63))


def test_version_true_is_not_version_one(tmp_path):
    raw = json.dumps({"format": "precis-tutor-pack", "version": True, "passages": []})
    with pytest.raises(InputProblem, match="field 'version': is true; this version of Précis Tutor reads version 1"):
        load_pack(_pack(tmp_path, raw))


def test_a_five_thousand_digit_number_is_called_too_long_not_nested_too_deeply(tmp_path):
    raw = '{"format": "precis-tutor-pack", "version": 1, "passages": [], "n": ' + "9" * 5000 + "}"
    with pytest.raises(InputProblem) as caught:
        load_pack(_pack(tmp_path, raw))
    assert "number too long to read" in str(caught.value) and "nested" not in str(caught.value)


@pytest.mark.parametrize("where, changes", [
    ("passages[0].text", {"text": TEXT + " \ud800"}),
    ("passages[0].subject", {"subject": "eco\udc00nomics"}),
    ("passages[0].key_points[0].text", {"key_points": [{"id": "kp1", "text": "Rain\ud800"}]}),
])
def test_a_lone_surrogate_in_a_pack_is_refused_at_load_naming_the_field(tmp_path, where, changes):
    # json.dumps writes "\ud800" as that escape, exactly as a hostile pack would hold it.
    with pytest.raises(InputProblem, match=rf"field '{where.replace('[', '.').replace(']', '.')}'.*broken character"):
        load_pack(_pack(tmp_path, **changes))


# --- the draft writer and the data folder -------------------------------------------

def test_the_draft_writer_saves_and_restores_a_lone_surrogate_exactly(tmp_path):
    store = DraftStore(tmp_path)
    draft = Draft(passage_kind="text", passage_text="odd \ud800 text", precis="my words \udfff stay")
    store.save(draft, clean=False)
    assert store.load().draft == draft


def test_leftover_temporary_files_from_a_killed_write_are_removed_and_fresh_ones_kept(tmp_path):
    old = [tmp_path / f".draft.json.{i}abc.tmp" for i in range(3)]
    for path in old:
        path.write_text("half a draft")
        stamp = time.time() - LEFTOVER_AGE_S - 5
        os.utime(path, (stamp, stamp))
    in_progress = tmp_path / ".draft.json.now.tmp"
    in_progress.write_text("being written")
    write_atomic(tmp_path / "draft.json", "{}")
    assert remove_leftovers(tmp_path) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [".draft.json.now.tmp", "draft.json"]


def test_a_file_where_the_data_folder_should_be_is_reported_not_raised(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(blocker / "precis"))
    problem = data_dir_problem()
    assert "cannot be created" in problem and str(blocker / "precis") in problem


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_parent_of_the_data_folder_is_reported(tmp_path, monkeypatch):
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o500)
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(parent / "precis"))
    try:
        assert "cannot be created" in data_dir_problem()
    finally:
        parent.chmod(0o700)
