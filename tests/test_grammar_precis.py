"""The tutor's own layer: passage words, personal dictionary, the stray-article
rule and the error summary — with Harper for real underneath."""

from __future__ import annotations

import json

import pytest

from tutor.core.grammar import (GrammarIssue, NoGrammar, PersonalDictionary, Vocabulary,
                                apply_dictionary, category_counts, errors_per_100_words,
                                group_by_category, make_engine, passage_vocabulary)
from tutor.core.grammar.dictionary import FILE_NAME
from tutor.core.grammar.stray_article import RULE_ID, stray_articles
from tutor.core.span import Span
from tutor.core.userdata import data_dir

PASSAGE = ("The China-Pakistan Economic Corridor (CPEC) is a flagship project of China's "
           "Belt and Road Initiative (BRI). Pakistan expects CPEC to transform its economy.")
PRECIS = "CPEC is part of the BRI. CPEC's roads help PAK trade. I will recieve it."


@pytest.fixture(scope="module")
def shared_harper(tmp_path_factory):
    """One Harper for the module: building it takes about a second."""
    dictionary = PersonalDictionary.load(tmp_path_factory.mktemp("dictionary") / FILE_NAME)
    engine = make_engine("harper", dictionary=dictionary)
    engine.warm_up()
    yield engine
    engine.close()


def flagged_words(engine, text, category="spelling"):
    return [i.span.of(text) for i in engine.check(text) if i.category == category]


# --- passage words ------------------------------------------------------------

def test_passage_acronyms_are_not_misspellings(shared_harper):
    shared_harper.accept_words(passage_vocabulary(PASSAGE), replace=True)
    assert flagged_words(shared_harper, PRECIS) == ["recieve"]


def test_passage_acronyms_are_flagged_without_the_passage(shared_harper):
    shared_harper.accept_words([], replace=True)
    assert flagged_words(shared_harper, PRECIS) == ["CPEC", "BRI", "CPEC's", "PAK", "recieve"]


def test_passage_vocabulary_keeps_names_acronyms_and_hyphen_parts():
    words = passage_vocabulary(PASSAGE)
    assert {"CPEC", "BRI", "China-Pakistan", "China", "Pakistan", "Corridor"} <= words
    assert "China's" not in words


@pytest.mark.parametrize("word, known", [
    ("CPEC", True), ("CPEC's", True), ("CPEC’s", True), ("cpec", True),
    ("PAK", True),    # capitals abbreviation of the passage name "Pakistan"
    ("Pak", False),   # not an abbreviation in capitals
    ("PA", False),    # too short to excuse
    ("ROA", False),   # "Road" is also written "road" in the passage: not a name
    ("Karachi", False),
])
def test_vocabulary_accepts_possessives_and_abbreviations_of_names(word, known):
    vocabulary = Vocabulary.of(passage_vocabulary(PASSAGE + " A new road."))
    assert vocabulary.knows(word) is known


# --- personal dictionary and ignored rules --------------------------------------

def test_personal_words_and_ignored_rules_persist_across_new_engines(tmp_path, monkeypatch):
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(tmp_path))
    text = "Gwadar is a port. He go to school."
    first = make_engine("harper")
    assert flagged_words(first, text) == ["Gwadar"]
    first.dictionary.add_word("Gwadar")
    first.dictionary.ignore_rule("PronounVerbAgreement")
    assert first.check(text) == ()

    second = make_engine("harper")
    assert second.check(text) == ()
    assert json.loads((tmp_path / FILE_NAME).read_text())["words"] == ["Gwadar"]

    second.dictionary.remove_word("Gwadar")
    second.dictionary.unignore_rule("PronounVerbAgreement")
    third = make_engine("harper")
    assert [i.span.of(text) for i in third.check(text)] == ["Gwadar", "go"]


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"words": "Gwadar"}', b"\xff\xfe\x00bad"])
def test_corrupt_dictionary_starts_empty_with_a_note(tmp_path, monkeypatch, content):
    monkeypatch.setenv("PRECIS_TUTOR_HOME", str(tmp_path))
    path = data_dir() / FILE_NAME
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    engine = make_engine("harper")
    assert engine.dictionary.words == frozenset() and engine.dictionary.note
    assert "starting empty" in engine.status() and "\n" not in engine.status()
    assert [i.span.of("I will recieve it.") for i in engine.check("I will recieve it.")] == ["recieve"]


def test_corrupt_dictionary_is_kept_aside_before_first_save(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text("{not json")
    dictionary = PersonalDictionary.load(path)
    dictionary.add_word("Gwadar")
    assert (tmp_path / "dictionary.broken.json").read_text() == "{not json"
    assert PersonalDictionary.load(path).words == {"Gwadar"}


def test_dictionary_file_is_written_atomically_without_leftovers(tmp_path):
    dictionary = PersonalDictionary.load(tmp_path / FILE_NAME)
    for word in ["Gwadar", "Karakoram", "Gwadar"]:
        dictionary.add_word(word)
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]
    assert PersonalDictionary.load(tmp_path / FILE_NAME).words == {"Gwadar", "Karakoram"}


def test_apply_dictionary_only_drops_spelling_for_known_words():
    text = "CPEC go"
    issues = (GrammarIssue(Span(0, 4), "spelling", "SpellCheck", "?"),
              GrammarIssue(Span(0, 4), "grammar", "Caps", "?"),
              GrammarIssue(Span(5, 7), "grammar", "Agreement", "?"))
    kept = apply_dictionary(issues, text, vocabulary=Vocabulary.of({"CPEC"}), ignored_rules={"Agreement"})
    assert [i.rule_id for i in kept] == ["Caps"]


# --- stray article --------------------------------------------------------------

def test_stray_article_rule_flags_a_before_an_uncountable_noun(shared_harper):
    text = "Pakistan and China collaborated on defence as well as a technology."
    (issue,) = [i for i in shared_harper.check(text) if i.rule_id == RULE_ID]
    assert issue.span.of(text) == "a technology"
    assert issue.category == "grammar" and issue.suggestions == ("technology",)
    assert issue.message == "'technology' is used here as an uncountable noun; drop 'a'."


@pytest.mark.parametrize("text, flagged", [
    ("They shared defence and an information, and trade.", ["an information"]),
    ("It brought roads and a progress and jobs.", ["a progress"]),
    ("They shared defence as well as a technology company.", []),
    ("They wanted a job and an education.", []),
    ("A technology is changing.", []),
    ("They shared defence and a technology", ["a technology"]),
])
def test_stray_article_rule_stays_narrow(text, flagged):
    assert [i.span.of(text) for i in stray_articles(text)] == flagged


# --- summary ---------------------------------------------------------------------

def _issue(category, start=0):
    return GrammarIssue(Span(start, start + 1), category, "R", "m")


def test_findings_are_grouped_into_all_four_categories_with_counts():
    issues = [_issue("style", 5), _issue("spelling", 3), _issue("spelling", 1), _issue("grammar")]
    groups = group_by_category(issues)
    assert [(g.category, g.count) for g in groups] == [
        ("spelling", 2), ("grammar", 1), ("punctuation", 0), ("style", 1)]
    assert [i.span.start for i in groups[0].issues] == [1, 3]
    assert category_counts(issues) == {"spelling": 2, "grammar": 1, "punctuation": 0, "style": 1}


def test_style_advice_does_not_count_towards_the_error_rate():
    issues = [_issue("spelling"), _issue("grammar"), _issue("punctuation"), _issue("style"), _issue("style")]
    assert errors_per_100_words(issues, 150) == 2.0
    assert errors_per_100_words(issues, 0) == 0.0


def test_grammar_off_finds_nothing():
    engine = make_engine("off")
    assert isinstance(engine, NoGrammar) and engine.name == "off"
    assert engine.check("He go to school.") == () and engine.status() == "Grammar checking off"


def test_unknown_engine_name_is_refused():
    with pytest.raises(ValueError, match="harper, languagetool, off"):
        make_engine("grammarly")


# --- learner rules loaded after the engine ---------------------------------------

def test_a_checker_that_defers_its_learner_rules_finds_harper_slips_first_and_every_slip_once_loaded(tmp_path):
    from tutor.core.grammar.harper_engine import HarperEngine
    from tutor.core.grammar.learner_rules import LOADING, LearnerRules
    from tutor.core.grammar.precis_checker import PrecisChecker
    from tutor.core.grammar.tagging import Tagger

    checker = PrecisChecker(HarperEngine(), PersonalDictionary.load(tmp_path / FILE_NAME), LearnerRules(Tagger()))
    checker.defer_learner()
    assert checker.warm_up()
    text = "The farmers was pleased with the price. They will recieve the seeds."
    assert flagged_words(checker, text) == ["recieve"]
    assert "was" not in flagged_words(checker, text, "grammar")
    assert LOADING in checker.status()

    assert checker.load_learner()
    assert flagged_words(checker, text) == ["recieve"]
    assert "was" in flagged_words(checker, text, "grammar")
    assert LOADING not in checker.status()
