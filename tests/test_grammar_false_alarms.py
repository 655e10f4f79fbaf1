"""Underlines that would teach something wrong are not shown, and a précis's
title and body are checked as two texts — with Harper and spaCy for real."""

from __future__ import annotations

import pytest

from tutor.core.analysis import analyse_passage, check
from tutor.core.grammar import GrammarIssue, PersonalDictionary, make_engine, passage_vocabulary
from tutor.core.grammar.dictionary import FILE_NAME
from tutor.core.grammar.false_alarms import drop_false_alarms
from tutor.core.grammar.merge import merge_findings
from tutor.core.grammar.title_and_body import check_title_and_body
from tutor.core.library import load_library
from tutor.core.passage import passage_from_text
from tutor.core.span import Span
from tutor.core.title import split_title

PASSAGE = ("Provinces asked for 40 lakh tonnes of wheat, and the federal budget set aside 900 crore "
           "rupees. The European Union promised help. The farmers were pleased.")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    checker = make_engine("harper", dictionary=PersonalDictionary.load(tmp_path_factory.mktemp("d") / FILE_NAME))
    checker.warm_up()
    yield checker
    checker.close()


def found(engine, text):
    return [(i.span.of(text), i.rule_id) for i in engine.check(text)]


@pytest.mark.parametrize("text", [
    "Feudal bonds gave way to new national states.",
    "Printing opened the way to modern trade.",
    "The promise was fulfilled within a year.",
    "They are fulfilling the promise.",
    "Prices rose by some 12 per cent.",
    "Small farms keep a diversity of crops.",
    "A third of the country was left under water.",
    "City dwellers outnumber rural people; their share keeps growing.",
    "The report was unscrutinised by parliament.",
    "Our group decided to open Waseda Cafe.",
    "The study of biomechanics has made this possible.",
])
def test_sound_sentences_get_no_underline(engine, text):
    engine.accept_words(set(), replace=True)
    assert found(engine, text) == []


def test_the_passage_regional_words_and_initials_are_not_underlined(engine):
    engine.accept_words(passage_vocabulary(PASSAGE), replace=True)
    text = "The EU gave 5 lakh tonnes and 2 crore rupees; later 3 more lakhs."
    assert found(engine, text) == []


def test_way_too_with_an_adjective_is_still_flagged(engine):
    engine.accept_words(set(), replace=True)
    assert ("to", "WayTooAdjective") in found(engine, "The tax is way to high.")


def test_real_misspelling_at_sentence_start_is_still_flagged(engine):
    engine.accept_words(set(), replace=True)
    assert ("Recieve", "SpellCheck") in found(engine, "Recieve the goods.")


@pytest.mark.parametrize("text, flagged", [
    ("The farmers was pleased with the price.", "was"),
    ("The members of the committee was divided.", "was"),
    ("Prices will became higher.", "became"),
    ("Both sides view external world with the same lens.", "world"),
    ("The strong Bilateral ties grew.", "Bilateral"),
])
def test_the_issue_cases_are_flagged(engine, text, flagged):
    engine.accept_words(set(), replace=True)
    assert any(flagged in word for word, _ in found(engine, text))


def test_a_verbless_fragment_is_flagged(engine):
    text = "The committee that approved the budget because it was urgent."
    assert [rule for _, rule in found(engine, text)] == ["PRECIS_FRAGMENT"]


# --- title and body -------------------------------------------------------------------

def test_errors_under_a_title_line_are_found_with_offsets_into_the_file(engine):
    engine.accept_words(set(), replace=True)
    text = "Title: Budget Priorities\nthey was determined to cut spending.\n"
    issues = check_title_and_body(engine, split_title(text))
    words = [i.span.of(text) for i in issues]
    assert "they" in words and "was" in words


def test_a_title_draws_no_sentence_rules_but_keeps_spelling(engine):
    engine.accept_words(set(), replace=True)
    text = "Rising Goverment Debt\n\nThe government borrowed more.\n"
    issues = check_title_and_body(engine, split_title(text))
    assert [(i.span.of(text), i.category) for i in issues] == [("Goverment", "spelling")]


def test_report_grammar_spans_point_into_the_precis_file(engine):
    analysis = analyse_passage(passage_from_text(PASSAGE))
    text = "Title: Budget Priorities\nthey was determined to cut spending.\n"
    report = check(analysis, text, engine=engine)
    assert "was" in [g.span.of(text) for g in report.grammar]


def test_the_projects_own_passages_and_model_precis_raise_no_finding(engine):
    for passage in load_library().passages:
        engine.accept_words(passage_vocabulary(passage.text), replace=True)
        texts = [passage.text] + [f"{m.title}\n\n{m.text}" for m in passage.model_precis]
        for text in texts:
            issues = check_title_and_body(engine, split_title(text))
            assert [(i.span.of(text), i.rule_id) for i in issues] == [], passage.id


# --- merging engines --------------------------------------------------------------------

def issue(start, end, category="grammar", engine="x"):
    return GrammarIssue(Span(start, end), category, "R", "m", engine=engine)


def test_one_slip_seen_by_two_engines_is_reported_once_by_the_first():
    merged = merge_findings("The rains came.", [issue(4, 7, engine="languagetool")], [issue(0, 7, engine="harper")])
    assert [(i.span, i.engine) for i in merged] == [(Span(4, 7), "languagetool")]


def test_different_slips_and_categories_from_two_engines_are_all_kept():
    merged = merge_findings("The rains came.", [issue(0, 3)], [issue(0, 3, "spelling"), issue(10, 12)])
    assert [(i.span.start, i.category) for i in merged] == [(0, "grammar"), (0, "spelling"), (10, "grammar")]


def test_false_alarm_filter_keeps_order_and_other_findings():
    text = "It gave way to new states and recieve."
    to, typo = text.index("to"), text.index("recieve")
    kept = drop_false_alarms([GrammarIssue(Span(to, to + 2), "grammar", "WayTooAdjective", "too?"),
                              GrammarIssue(Span(typo, typo + 7), "spelling", "SpellCheck", "spelling")], text)
    assert [i.span.of(text) for i in kept] == ["recieve"]
