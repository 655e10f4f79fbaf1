"""A précis that moves an event to another month gets a fact wrong, as a changed figure does."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text

FERRY = ("The new ferry between the two islands began sailing in October 2022. It carries up to four hundred "
         "passengers a day. The old wooden boats it replaced were withdrawn the following spring.")


def _facts(passage: str, precis: str):
    return [(f.kind, f.status, f.precis_text, f.passage_text)
            for f in check(analyse_passage(passage_from_text(passage)), precis).facts]


def test_another_month_of_the_same_year_is_reported_against_the_passage_date():
    precis = "Island Ferry\n\nA new ferry between the islands, sailing since August 2022, replaced the old boats."
    assert _facts(FERRY, precis) == [("date", "mismatch", "August 2022", "October 2022")]


def test_the_same_month_said_differently_is_not_reported():
    precis = "Island Ferry\n\nSince October 2022 a new ferry has linked the islands, replacing the old boats."
    assert _facts(FERRY, precis) == []


def test_may_as_a_verb_is_no_month():
    precis = "Island Ferry\n\nMay the islanders gain? The new ferry may carry four hundred passengers a day."
    assert [f for f in _facts(FERRY, precis) if f[0] == "date"] == []


def test_a_month_the_passage_never_gives_is_only_to_check_and_no_name():
    passage = "The new ferry carries up to four hundred passengers a day between the islands."
    precis = "Island Ferry\n\nIn June a new ferry began carrying four hundred passengers a day."
    found = check(analyse_passage(passage_from_text(passage)), precis).facts
    assert [(f.kind, f.status) for f in found] == [("date", "check")]
    assert not found[0].certain
    assert found[0].message == "Check this date: “June” is not in the passage."
