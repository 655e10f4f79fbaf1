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


PRECIS = ("After the harvest an old farmer rested for the first time in years and let his mornings pass idly. "
          "His neighbours called such leisure wasteful, but he held that people, like fallow soil, recover by "
          "resting. By spring he was healthier and calmer than the young men who had never stopped.")


def _title_how(title: str) -> str:
    """How the title's marks were reached, as the student reads it."""
    report = check(analyse_passage(passage_from_text(IDLE_FARMER)), PRECIS, title=title)
    return report.score.part("title").how


def test_a_one_word_title_in_another_form_than_the_passage_names_the_central_idea():
    assert "names the passage's central idea (2)" in _title_how("Rest")


def test_a_synonym_of_the_central_idea_names_it():
    assert "names the passage's central idea (2)" in _title_how("The Value of Leisure")


@pytest.mark.parametrize("title", ["Cricket in the Rain", "A Cup of Tea", "The Neighbours’ Gossip"])
def test_a_title_about_something_else_or_a_passing_detail_earns_nothing_for_relevance(title):
    assert "does not name the passage's central idea (0 of 2)" in _title_how(title)


def test_an_apt_title_earns_two_more_marks_than_an_unrelated_one():
    analysis = analyse_passage(passage_from_text(IDLE_FARMER))
    apt = check(analysis, PRECIS, title="Rest").score.part("title").points
    unrelated = check(analysis, PRECIS, title="Cricket in the Rain").score.part("title").points
    assert apt > unrelated


def test_title_words_with_no_content_do_not_name_anything():
    assert not analyse_passage(passage_from_text(IDLE_FARMER)).central.named_by("The And Of")


def test_a_title_word_misspelt_by_one_letter_still_names_the_central_idea():
    from tutor.core.central_idea import central_idea
    from tutor.core.keypoints.sources import key_points
    from tutor.core.passage import passage_from_text

    passage = passage_from_text(
        "When the river froze, the village was cut off for six weeks. The teacher organised the villagers: "
        "every household gave food to a shared store, and the village kept its people fed until the ice broke. "
        "When help arrived, the village needed nothing. The winter had made the village stronger.")
    _, points = key_points(passage)
    idea = central_idea(passage.text, points)
    assert idea.named_by("A Village Saves Itself")
    assert idea.named_by("A Vilage Saves Itself")


# Written for these tests: a story about friendship that says "befriended" once, at its close.
LIGHTHOUSE = (
    "The new keeper of the lighthouse arrived in October and kept to himself. The fishermen of the harbour "
    "found him cold and stopped greeting him on the quay. One stormy night a small boat lost its rudder near "
    "the rocks, and the keeper rowed out alone to tow it in. The boy he saved was the harbour master's son. "
    "From then on the boy climbed the lighthouse stairs each evening, and the keeper showed him how the great "
    "lamp was trimmed. By the summer the fishermen were sharing their catch with the man they had shunned, "
    "because a boy had befriended him."
)
LIGHTHOUSE_PRECIS = ("A reserved lighthouse keeper, shunned by the fishermen, rescued the harbour master's son "
                     "from a storm. The boy began to visit him every evening, and in time the whole harbour "
                     "welcomed the man.")


@pytest.mark.parametrize("title", ["Friendship", "The Power of Friendship"])
def test_an_abstract_noun_made_from_the_passage_word_names_the_central_idea(title):
    report = check(analyse_passage(passage_from_text(LIGHTHOUSE)), LIGHTHOUSE_PRECIS, title=title)
    assert "names the passage's central idea (2)" in report.score.part("title").how


def test_an_abstract_noun_the_passage_never_touches_names_nothing():
    report = check(analyse_passage(passage_from_text(LIGHTHOUSE)), LIGHTHOUSE_PRECIS, title="Pollution")
    assert "names the passage's central idea (2)" not in report.score.part("title").how


def test_a_title_naming_the_lack_of_the_central_thing_names_it():
    insomnia = ("Adults who sleep fewer than six hours a night fall ill more often than those who sleep eight. "
                "Short sleep weakens the body's defences, and a tired mind makes poorer choices about food. "
                "Doctors now ask about sleep as routinely as they ask about smoking.")
    precis = "People who sleep too little fall ill more often and eat worse, so doctors now ask how long they sleep."
    how = check(analyse_passage(passage_from_text(insomnia)), precis, title="Sleeplessness").score.part("title").how
    assert "names the passage's central idea (2)" in how
