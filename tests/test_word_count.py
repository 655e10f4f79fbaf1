"""The word-count rules, as README and the app's help state them."""

from tutor.core.target import target_for
from tutor.core.tokens import count_words


def test_hyphenated_compounds_count_as_one_word():
    assert count_words("a well-known China-Pakistan corridor") == 4


def test_contractions_count_as_one_word():
    assert count_words("they've gone") == 2


def test_a_currency_amount_with_its_scale_is_two_words():
    assert count_words("$65 billion") == 2


def test_symbols_and_dashes_are_not_words():
    assert count_words("→ growth - and → trade") == 3


def test_numbers_are_words():
    assert count_words("In 2023 exports rose 12%") == 5


def test_target_is_a_third_of_the_passage_with_ten_percent_either_side():
    t = target_for(250)
    assert (t.words, t.low, t.high) == (83, 75, 91)
    assert t.label(97) == "97 words · target 83 (75–91)"
    assert t.verdict(97) == "over" and t.verdict(80) == "within" and t.verdict(70) == "under"


def test_a_given_target_and_tolerance_replace_the_defaults():
    t = target_for(600, words=150, tolerance=0.2)
    assert (t.words, t.low, t.high) == (150, 120, 180)


def test_a_dash_between_words_separates_them_and_a_hyphen_joins_them():
    assert count_words("Every age has conflicts—and pays a price.") == 8
    assert count_words("Every age has conflicts–and pays a price.") == 8
    assert count_words("Every age has conflicts--and pays a price.") == 8
    assert count_words("a well-known road—and a rail-link") == 6
