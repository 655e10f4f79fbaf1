"""A title earns its two marks for relevance when it names the passage's central idea,
in any form of its words or a synonym, not only the passage's most repeated words."""

import pytest

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text

# Written for these tests: about rest, though the word "rest" itself never appears.
IDLE_FARMER = (
    "When the harvest was in, the old farmer rested for the first time in years. For months he had risen "
    "before dawn to plough, sow and carry water, and now he let whole mornings pass in idleness, sitting by "
    "the stove with a cup of tea. His neighbours shook their heads at such leisure; a man who stopped "
    "working, they said, would soon stop living. Yet the farmer was not lazy. He knew that soil left fallow "
    "for a season gives a better crop, and he believed the same of people. By spring his cough had gone, "
    "his temper had softened and he walked the fields faster than the young men who had never paused. "
    "A body, he told them, needs its seasons of quiet as much as the land does."
)


def _title_points(title: str) -> float:
    analysis = analyse_passage(passage_from_text(IDLE_FARMER))
    report = check(analysis, "The farmer stopped work after the harvest and grew stronger for it.", title=title)
    return report.score.part("title").points


def test_a_one_word_title_in_another_form_than_the_passage_names_the_central_idea():
    assert _title_points("Rest") == 5


def test_a_synonym_of_the_central_idea_names_it():
    assert _title_points("The Value of Leisure") == 5


@pytest.mark.parametrize("title", ["Cricket in the Rain", "A Cup of Tea", "The Neighbours’ Gossip"])
def test_a_title_about_something_else_or_a_passing_detail_earns_nothing_for_relevance(title):
    assert _title_points(title) == 3  # present (2) and short (1), but not about the central idea


def test_title_words_with_no_content_do_not_name_anything():
    assert not analyse_passage(passage_from_text(IDLE_FARMER)).central.named_by("The And Of")
