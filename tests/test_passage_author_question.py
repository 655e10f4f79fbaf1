"""A passage's author and the question set on it: written in a pack or on the command line,
found on a plain-text author line, and known to the fact check."""

from __future__ import annotations

import json

import pytest

from tutor.cli import main
from tutor.core.analysis import analyse_passage, check
from tutor.core.errors import InputProblem
from tutor.core.pack_writer import save_pack
from tutor.core.packs import load_pack, parse_pack
from tutor.core.passage import Passage, author_line, passage_from_text

STORY = ("A good story, the critic wrote, needs a hero who falls through an error of judgement and not through "
         "wickedness. The audience should feel pity for the hero and fear for themselves.")
ESSAY = "Critic's essay\nby Tamsin Achterberg-Oduya\n\n" + STORY


def _facts(passage: Passage, body: str):
    return check(analyse_passage(passage), "Title\n\n" + body).facts


def _pack(tmp_path, **fields) -> str:
    raw = {"id": "story", "title": "What a story needs", "level": "intermediate", "text": STORY, **fields}
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"format": "precis-tutor-pack", "version": 1, "passages": [raw]}), encoding="utf-8")
    return str(path)


def test_an_author_line_near_the_top_of_a_plain_text_passage_gives_its_author():
    assert passage_from_text(ESSAY).author == "Tamsin Achterberg-Oduya"
    assert author_line("Written by J. R. R. Tolkien\n\nText.") == "J. R. R. Tolkien"
    assert author_line("Author: Chinua Achebe\nText.") == "Chinua Achebe"


def test_a_sentence_starting_with_by_is_not_an_author_line():
    assert author_line("By 2050 the seas will have risen.\nMore text.") == ""
    assert author_line("By the river\n\nThe river ran.") == ""
    assert author_line("One.\nTwo.\nThree.\nby Someone Late\n") == ""  # too far down to be the byline


def test_the_author_named_in_the_precis_is_not_a_new_name():
    body = "A hero who errs wins pity, and Tamsin Achterberg-Oduya adds that fear follows."
    assert _facts(passage_from_text(STORY), body)  # without the author line the names are new
    assert _facts(passage_from_text(ESSAY), body) == ()


def test_a_count_the_question_asks_for_is_not_a_wrong_fact():
    text = "The critic lists three elements a story needs: a hero, an error of judgement, and pity with fear."
    body = "The critic gives 2 elements of a story: a hero who errs and the pity he wins."
    passage = Passage(id="s", title="Stories", text=text)
    assert [(f.precis_text, f.passage_text) for f in _facts(passage, body)] == [("2", "three")]
    asked = Passage(id="s", title="Stories", text=text, question="Summarise at least 2 elements of a story.")
    assert _facts(asked, body) == ()


def test_author_and_question_in_a_pack_are_read_and_written_back(tmp_path):
    passage = load_pack(_pack(tmp_path, author="Tamsin Achterberg-Oduya",
                              question="Summarise what the critic says a story needs.")).passages[0]
    assert (passage.author, passage.question) == ("Tamsin Achterberg-Oduya",
                                                  "Summarise what the critic says a story needs.")
    again = save_pack(tmp_path / "again.json", passage).passages[0]
    assert (again.author, again.question) == (passage.author, passage.question)
    assert load_pack(_pack(tmp_path)).passages[0].author == ""  # both may be left out


@pytest.mark.parametrize("fields, problem", [
    ({"author": 12}, "field 'author': must be text"),
    ({"author": "Ann\nBee"}, "field 'author': must be one line"),
    ({"author": "A" * 201}, "field 'author': is 201 characters long"),
    ({"question": ["Summarise"]}, "field 'question': must be text"),
    ({"question": "Q" * 2001}, "field 'question': is 2,001 characters long"),
])
def test_a_bad_author_or_question_is_refused_naming_the_field(tmp_path, fields, problem):
    with pytest.raises(InputProblem, match=problem):
        load_pack(_pack(tmp_path, **fields))


def test_check_takes_the_author_and_question_from_the_command_line(tmp_path, capsys):
    passage, precis = tmp_path / "passage.txt", tmp_path / "precis.txt"
    passage.write_text(STORY, encoding="utf-8")
    precis.write_text("What stories need\n\nA hero who errs wins pity, and Achterberg-Oduya adds that fear follows.\n",
                      encoding="utf-8")
    assert main(["check", str(passage), str(precis), "--json", "--grammar", "off"]) == 0
    assert len(json.loads(capsys.readouterr().out)["facts"]) == 1
    assert main(["check", str(passage), str(precis), "--json", "--grammar", "off", "--author", "Achterberg-Oduya",
                 "--question", "Name what a story needs."]) == 0
    assert json.loads(capsys.readouterr().out)["facts"] == []
