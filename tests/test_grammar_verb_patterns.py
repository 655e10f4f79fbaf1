"""Verbs in a construction their kind does not allow, and what a verb asks to
follow it — on a real spaCy parse. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tutor.core.grammar import openers, verb_kind, verb_pattern
from tutor.core.grammar.learner_rules import LearnerRules


@pytest.fixture(scope="module")
def rules():
    learner = LearnerRules()
    assert learner.warm_up(), learner.status()
    return learner


def flagged(rules, text):
    return [(i.span.of(text), i.suggestions, i.message) for i in rules.check(text)
            if i.rule_id == verb_kind.RULE_ID]


@pytest.mark.parametrize("text, words", [
    ("The flood was happened at night.", "was happened"),
    ("The plan is consisted of three parts.", "is consisted"),
    ("The old law has been existed for years.", "been existed"),
    ("Many farmers are believing the rumour.", "are believing"),
    ("The land is belonging to the state.", "is belonging"),
])
def test_passive_of_a_verb_without_object_or_ing_of_a_state_verb_is_flagged(rules, text, words):
    (finding,) = flagged(rules, text)
    assert finding[0] == words
    assert finding[2].endswith((verb_kind.LESSON_NO_PASSIVE, verb_kind.LESSON_STATE))


@pytest.mark.parametrize("text", [
    "The flood happened at night.",
    "The farmer was gone when we came.",
    "The prices were raised twice.",
    "They are having lunch in the field.",
    "The plan consists of three parts.",
])
def test_sound_voice_and_tense_are_left_alone(rules, text):
    assert flagged(rules, text) == []


@pytest.mark.parametrize("text, words, fix", [
    ("Farmers avoid to sell in spring.", "to sell", "selling"),
    ("We look forward to meet the minister.", "to meet", "to meeting"),
    ("Dams prevent the river to flood the plain.", "to flood", "from flooding"),
    ("If they really interested in trade, they will come.", "interested", "are interested"),
    ("It is the land which they born on.", "born", "were born"),
])
def test_verb_that_asks_for_ing_or_a_participle_without_be_is_flagged(rules, text, words, fix):
    (finding,) = flagged(rules, text)
    assert finding[:2] == (words, (fix,))
    assert finding[2].endswith((verb_pattern.LESSON_ING, verb_pattern.LESSON_BE))


@pytest.mark.parametrize("text", [
    "Farmers avoid selling in spring.",
    "We look forward to meeting the minister.",
    "Dams prevent damage to the plain.",
    "They worried about the cost of seed.",
    "People used to write letters.",
    "They decided to sell in spring.",
])
def test_sound_verb_patterns_are_left_alone(rules, text):
    assert flagged(rules, text) == []


# --- a comma after an opening phrase ----------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("In my opinion the tax is unfair.", "In my opinion"),
    ("For example when rain fails, wheat prices rise.", "For example"),
    ("Personally I prefer the second plan.", "Personally"),
    ("As a result farmers sold early.", "As a result"),
])
def test_opening_phrase_without_its_comma_is_flagged(rules, text, phrase):
    found = [(i.span.of(text), i.suggestions, i.category) for i in rules.check(text)
             if i.rule_id == openers.RULE_ID]
    assert found == [(phrase, (f"{phrase},",), "punctuation")]


@pytest.mark.parametrize("text", [
    "In my opinion, the tax is unfair.",
    "In addition to wheat, they grow rice.",
    "As a result of the drought, prices rose.",
    "Finally the rains came.",
    "Overall growth slowed last year.",
    "Of course not.",
])
def test_opening_phrases_with_a_comma_or_that_go_on_are_left_alone(rules, text):
    assert [i for i in rules.check(text) if i.rule_id == openers.RULE_ID] == []


def test_one_slip_seen_by_two_rules_gets_one_underline(rules):
    text = "The talks was happened in May."
    assert [(i.span.of(text), i.rule_id) for i in rules.check(text)] == [("was happened", verb_kind.RULE_ID)]


@pytest.mark.parametrize("text, fix", [
    ("The flood was happened at night.", "happened"),
    ("The plan is consisted of three parts.", "consists"),
    ("Such cases are existed in every province.", "exist"),
    ("The land is belonging to the state.", "belongs"),
])
def test_passive_or_state_in_ing_is_mended_in_its_tense(rules, text, fix):
    assert [suggestions for _, suggestions, _ in flagged(rules, text)] == [(fix,)]
