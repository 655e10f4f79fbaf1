"""How a précis is cut into sentences, which every check reads sentence by sentence."""

from tutor.core.tokens import sentence_spans


def _sentences(text: str) -> list[str]:
    return [s.of(text) for s in sentence_spans(text)]


def test_a_full_stop_typed_without_a_space_still_ends_the_sentence():
    text = "The plan was too costly.The council rejected it.A smaller scheme follows."
    assert _sentences(text) == ["The plan was too costly.", "The council rejected it.", "A smaller scheme follows."]


def test_an_unspaced_stop_before_a_lower_case_sentence_opener_ends_the_sentence():
    text = "Egypt was ruled like a pyramid.the pharaohs stood at the top.they were seen as gods."
    assert len(_sentences(text)) == 3


def test_decimals_and_file_names_are_not_cut():
    text = "Prices rose 3.5 percent in a year, the report.txt file on example.com says."
    assert _sentences(text) == [text]
