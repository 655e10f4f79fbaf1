"""Writing passage packs: what is written opens again, unchanged; a fault is refused before writing."""

from __future__ import annotations

import json

import pytest

from tutor.core.errors import InputProblem
from tutor.core.pack_writer import add_to_pack, save_pack, slug
from tutor.core.packs import load_pack
from tutor.core.passage import AuthoredKeyPoint, ModelPrecis, Passage

# Written for these tests.
TEXT = ("The river ferry has joined the two market towns for a century. Traders cross at dawn with "
        "fruit and cloth, and return at dusk with tools. A new bridge upstream may end the crossing, "
        "but the ferrymen say the bridge tolls are too high for small traders.")


def _passage(**changes) -> Passage:
    fields = dict(id="ferry", title="The river ferry", text=TEXT, level="foundation", subject="towns",
                  target_words=15,
                  key_points=(AuthoredKeyPoint("kp1", "A ferry joins two market towns.", 2.0,
                                               ("the towns are linked by a ferry",),
                                               "The river ferry has joined the two market towns"),
                              AuthoredKeyPoint("kp2", "Bridge tolls are too high for small traders.", 1.0,
                                               source="the bridge tolls are too high", optional=True)),
                  model_precis=(ModelPrecis("A ferry links two towns, though a bridge may replace it.", "Ferry"),))
    fields.update(changes)
    return Passage(**fields)


def test_a_saved_pack_opens_with_the_same_passage(tmp_path):
    path = tmp_path / "ferry.json"
    save_pack(path, _passage(), name="Towns")
    pack = load_pack(path)
    assert pack.name == "Towns"
    assert pack.passages == (_passage(),)


def test_adding_to_a_pack_replaces_the_same_id_and_keeps_the_others(tmp_path):
    path = tmp_path / "pack.json"
    save_pack(path, _passage())
    add_to_pack(path, _passage(id="second", title="Second"))
    add_to_pack(path, _passage(title="The river ferry, revised"))
    ids_titles = [(p.id, p.title) for p in load_pack(path).passages]
    assert ids_titles == [("ferry", "The river ferry, revised"), ("second", "Second")]


def test_a_fault_is_named_like_the_loader_and_nothing_is_written(tmp_path):
    path = tmp_path / "bad.json"
    bad = _passage(key_points=(AuthoredKeyPoint("kp1", "Ferries.", source="words not in the passage"),))
    with pytest.raises(InputProblem) as problem:
        save_pack(path, bad)
    assert f"{path}: passage 'ferry', field 'key_points[0].source'" in str(problem.value)
    assert not path.exists()


def test_adding_to_a_broken_pack_is_refused_and_leaves_it_alone(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(InputProblem, match="field 'format'"):
        add_to_pack(path, _passage())
    assert json.loads(path.read_text(encoding="utf-8")) == {"format": "something else"}


def test_slug_makes_file_friendly_names():
    assert slug("Gardens on the Roof: a case!") == "gardens-on-the-roof-a-case"
    assert slug("«»") == "passage"
