"""Each précis convention, with a sentence that breaks it and one that keeps it."""

import pytest

from tutor.core.span import Span
from tutor.core.style import LESSONS, check_style


def _rules(body: str) -> list[tuple[str, str]]:
    return [(f.rule, f.span.of(body)) for f in check_style(body, Span(0, len(body)))]


@pytest.mark.parametrize("body, rule, text", [
    ("We must protect the rivers.", "first_person", "We"),
    ("I believe the plan will fail.", "opinion", "I believe"),
    ("Sadly, the plan failed.", "opinion", "Sadly"),
    ("Surely it is time for the council to act.", "opinion", "Surely"),
    ("You should save water.", "direct_address", "You"),
    ("The minister said \"we will build it\".", "direct_speech", "\"we will build it\""),
    ("The plan is called “bold” by critics.", "quotation", "“bold”"),
    ("Why did the plan fail?", "question", "?"),
    ("The plan failed!", "exclamation", "!"),
    ("They've agreed and it's final.", "contraction", "They've"),
    ("• Trade grew.", "list_formatting", "•"),
    ("→ Trade grew.", "list_formatting", "→"),
    ("1. Trade grew.", "list_formatting", "1."),
])
def test_a_broken_convention_is_found_with_its_lesson(body, rule, text):
    found = check_style(body, Span(0, len(body)))
    assert (rule, text) in [(f.rule, f.span.of(body)) for f in found]
    assert next(f for f in found if f.rule == rule).message == LESSONS[rule]


def test_a_formal_third_person_precis_breaks_no_convention():
    body = ("The author argues that both states rely on trade. The US and its partners, he notes, "
            "have agreed on a well-funded, long-term plan worth 12.5 per cent of output.")
    assert _rules(body) == []


def test_possessives_are_not_contractions():
    assert _rules("The nation's debt and the river's course changed.") == []


def test_the_first_person_lesson_names_the_third_person():
    assert "third person" in LESSONS["first_person"]


def test_the_i_of_a_pasted_italic_tag_is_no_first_person():
    text = "Title\n\nThe report uses <i>Dawn</i> as its source, as i saw in the paper."
    found = [(f.rule, text[f.span.start:f.span.end]) for f in check_style(text, Span(7, len(text)))]
    assert ("first_person", "i") in found  # the student's own lower-case "i" still is
    assert sum(1 for rule, _ in found if rule == "first_person") == 1
