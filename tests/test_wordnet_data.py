"""WordNet is found where a system package put it, never downloaded, and its absence is no error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.core.keypoints.wordnet_data import system_folders, system_wordnet

DEBIAN = Path("/usr/share/wordnet")


def test_a_folder_without_a_wordnet_database_gives_no_reader(tmp_path):
    (tmp_path / "data.noun").write_text("not WordNet\n", encoding="utf-8")
    assert system_wordnet((tmp_path,)) is None


def test_wordnets_own_variables_are_looked_in_before_the_debian_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("WNSEARCHDIR", str(tmp_path / "dict"))
    monkeypatch.setenv("WNHOME", str(tmp_path / "home"))
    assert system_folders() == (tmp_path / "dict", tmp_path / "home" / "dict", DEBIAN)


@pytest.mark.skipif(not (DEBIAN / "index.verb").is_file(), reason="Debian's wordnet-base is not installed here")
def test_debians_wordnet_is_read_without_nltks_own_copy():
    reader = system_wordnet((DEBIAN,))
    assert reader is not None
    first = reader.synsets("postpone")[0]
    assert "defer" in {lemma.name() for lemma in first.lemmas()}
