"""Passage packs are validated on load; a broken one is refused with file, passage and field."""

import json

import pytest

from tutor.core.errors import InputProblem
from tutor.core.library import load_library
from tutor.core.packs import load_pack
from tutor.core.tokens import count_words

TEXT = "Rain fell on the dry hills. Farmers planted millet at once."


def _pack(tmp_path, **changes):
    passage = {"id": "rain", "title": "Rain", "level": "foundation", "words": count_words(TEXT), "text": TEXT,
               "key_points": [{"id": "kp1", "text": "Rain came.", "weight": 2, "source": "Rain fell on the dry hills."}],
               "model_precis": [{"title": "Rain", "text": "Rain let farmers sow."}]}
    passage.update(changes)
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"format": "precis-tutor-pack", "version": 1, "passages": [passage]}))
    return path


def test_a_valid_pack_loads_its_passage_key_points_and_models(tmp_path):
    [p] = load_pack(_pack(tmp_path)).passages
    assert (p.id, p.words, p.level) == ("rain", 11, "foundation")
    assert p.key_points[0].weight == 2 and p.model_precis[0].text == "Rain let farmers sow."


@pytest.mark.parametrize("changes, field", [
    ({"level": "expert"}, "field 'level'"),
    ({"words": 99}, "field 'words': says 99, but the text has 11 words"),
    ({"text": ""}, "field 'text': is empty"),
    ({"key_points": [{"id": "kp1", "text": "x", "source": "not in the text"}]}, "key_points[0].source"),
    ({"key_points": [{"id": "kp1", "text": "x", "weight": -1}]}, "key_points[0].weight"),
    ({"key_points": [{"text": "x"}]}, "key_points[0].id': is missing"),
    ({"model_precis": [{"title": "t"}]}, "model_precis[0].text"),
])
def test_a_broken_pack_names_the_file_the_passage_and_the_field(tmp_path, changes, field):
    path = _pack(tmp_path, **changes)
    with pytest.raises(InputProblem) as caught:
        load_pack(path)
    message = str(caught.value)
    assert str(path) in message and "passage 'rain'" in message and field in message


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "precis-tutor-pack", "version": 1, "passages": [')
    with pytest.raises(InputProblem, match="bad.json: not valid JSON"):
        load_pack(path)


def test_a_newer_pack_version_is_refused_with_the_version_we_read(tmp_path):
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"format": "precis-tutor-pack", "version": 9, "passages": []}))
    with pytest.raises(InputProblem, match="reads version 1"):
        load_pack(path)


def test_one_broken_pack_does_not_hide_the_others(tmp_path):
    _pack(tmp_path)
    (tmp_path / "broken.json").write_text("not json")
    lib = load_library(tmp_path)
    assert [p.id for p in lib.passages] == ["rain"]
    assert len(lib.problems) == 1 and "broken.json" in lib.problems[0]


@pytest.mark.parametrize("weight", [float("nan"), float("inf"), 0])
def test_a_weight_that_is_not_a_positive_number_is_refused(tmp_path, weight):
    path = _pack(tmp_path, key_points=[{"id": "kp1", "text": "x", "weight": weight}])
    with pytest.raises(InputProblem, match=r"key_points\[0\].weight"):
        load_pack(path)


def test_an_empty_source_quotation_is_refused(tmp_path):
    path = _pack(tmp_path, key_points=[{"id": "kp1", "text": "x", "source": " "}])
    with pytest.raises(InputProblem, match=r"key_points\[0\].source': is empty"):
        load_pack(path)


def test_json_nested_too_deeply_is_refused_with_a_message(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000)
    with pytest.raises(InputProblem, match="deep.json"):
        load_pack(path)


def test_a_source_with_a_curly_apostrophe_is_refused_naming_the_two_marks(tmp_path):
    text = "The farmer's well ran dry in May. Rain came late."
    path = _pack(tmp_path, text=text, words=count_words(text),
                 key_points=[{"id": "kp1", "text": "The well dried up.", "source": "The farmer’s well ran dry in May."}])
    with pytest.raises(InputProblem) as caught:
        load_pack(path)
    message = str(caught.value)
    assert "after 'The farmer' the source has ’ (right single quotation mark)" in message
    assert "where the passage has ' (apostrophe)" in message


def test_a_weight_written_as_text_is_refused_with_the_number_to_write(tmp_path):
    path = _pack(tmp_path, key_points=[{"id": "kp1", "text": "Rain came.", "weight": "2"}])
    with pytest.raises(InputProblem, match=r"must be a number, written without quotes \(2, not '2'\)"):
        load_pack(path)
