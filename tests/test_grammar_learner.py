"""The learner-error rules, on a real spaCy parse: each rule flags the slips it
is for and leaves sound sentences alone. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tutor.core.grammar import agreement, articles, capitals, noun_number, prepositions, sentence_shape, verb_form
from tutor.core.grammar.learner_rules import LearnerRules
from tutor.core.grammar.vocabulary import Vocabulary, passage_vocabulary


@pytest.fixture(scope="module")
def rules():
    learner = LearnerRules()
    assert learner.warm_up(), learner.status()
    return learner


def flagged(rules, text, rule_id, vocabulary=Vocabulary()):
    return [(i.span.of(text), i.suggestions) for i in rules.check(text, vocabulary) if i.rule_id == rule_id]


def words_flagged(rules, text, rule_id, vocabulary=Vocabulary()):
    return [word for word, _ in flagged(rules, text, rule_id, vocabulary)]


# --- agreement ----------------------------------------------------------------

@pytest.mark.parametrize("text, verb, fix", [
    ("The growers was happy with the harvest.", "was", "were"),
    ("The members of the trade union was split on the offer.", "was", "were"),
    ("The cost of new machines are too high for small farms.", "are", "is"),
    ("The rivers supplies water to the plains.", "supplies", "supply"),
    ("There is several reasons for the delay.", "is", "are"),
    ("Everyone have a vote in the council.", "have", "has"),
    ("Farmers needs cheaper credit.", "needs", "need"),
    ("Having friends in the city are useful.", "are", "is"),
    ("A farmer know the price of seed.", "know", "knows"),
    ("If the tenant pay late, the owner waits.", "pay", "pays"),
    ("The tax not only raise prices but also cuts trade.", "raise", "raises"),
    ("When one of the farmers fall ill, the others help.", "fall", "falls"),
    ("Every family need a ration card.", "need", "needs"),
    ("The trouble is that it reduce the harvest.", "reduce", "reduces"),
])
def test_verb_that_disagrees_with_its_noun_subject_is_flagged_with_the_right_form(rules, text, verb, fix):
    assert flagged(rules, text, agreement.RULE_ID) == [(verb, (fix,))]


@pytest.mark.parametrize("text", [
    "The growers were happy with the harvest.",
    "The members of the trade union were split on the offer.",
    "The committee were divided on the budget.",       # British collective plural
    "A number of farmers have sold their land.",
    "If the tax were lower, more firms would pay it.",  # subjunctive
    "Wheat and cotton are grown in the south.",
    "Pakistan emits little carbon yet is badly exposed.",
    "The drought made the price rise.",                 # a bare verb after "make"
    "The board insists that each farmer register.",    # the mandative subjunctive
    "They demanded that the minister resign.",
    "It is vital that the state act now.",
    "A lot of farmers sell early.",
    "A third of the farmers sell early.",
    "One of the farmers sells early.",
])
def test_sound_agreement_is_left_alone(rules, text):
    assert words_flagged(rules, text, agreement.RULE_ID) == []


# --- verb forms ----------------------------------------------------------------

def test_verb_in_a_relative_clause_agrees_with_the_noun_before_it(rules):
    (issue,) = [i for i in rules.check("The farmer who sell wheat is rich.") if i.rule_id == agreement.RULE_ID]
    assert issue.suggestions == ("sells",) and "“farmer”" in issue.message


def test_one_of_the_with_a_relative_clause_is_left_alone(rules):
    assert words_flagged(rules, "One of the farmers who sells wheat left.", agreement.RULE_ID) == []


@pytest.mark.parametrize("text, word, fix", [
    ("Food prices will became higher next year.", "became", "become"),
    ("The minister did not answered the question.", "answered", "answer"),
    ("The dam was build to store water.", "build", "built"),
    ("The river has went dry in summer.", "went", "gone"),
])
def test_wrong_verb_form_after_an_auxiliary_is_flagged(rules, text, word, fix):
    assert flagged(rules, text, verb_form.RULE_ID) == [(word, (fix,))]


def test_base_form_after_have_is_flagged(rules):
    assert flagged(rules, "The price of cotton has increase sharply.", verb_form.RULE_ID) == [("increase", ("increased",))]


@pytest.mark.parametrize("text, fixes", [
    ("I going to the market every week.", ("am going", "was going")),
    ("They selling their wheat early.", ("are selling", "were selling")),
])
def test_ing_verb_without_be_is_flagged(rules, text, fixes):
    (finding,) = [f for f in flagged(rules, text, verb_form.RULE_ID)]
    assert finding[1] == fixes


def test_ing_verb_without_be_after_when_is_flagged(rules):
    text = "When my grandfather getting old, he sold the farm."
    assert words_flagged(rules, text, verb_form.RULE_ID) == ["getting"]


def test_absolute_phrase_with_ing_is_left_alone(rules):
    assert words_flagged(rules, "Prices rising, the bank raised its rate.", verb_form.RULE_ID) == []


def test_able_after_a_modal_needs_be(rules):
    assert flagged(rules, "Small farms may not able to survive.", verb_form.RULE_ID) == [("able", ("be able",))]


def test_be_with_a_base_form_before_to_asks_for_the_ing_form(rules):
    assert flagged(rules, "Many people are try to save more.", verb_form.RULE_ID) == [("try", ("trying",))]


def test_to_after_a_modal_is_flagged_for_removal(rules):
    assert flagged(rules, "Farmers should to store their grain.", verb_form.RULE_ID) == [("to", ("",))]


@pytest.mark.parametrize("text", [
    "Food prices will become higher next year.",
    "The dam was built to store water.",
    "They have put the plan aside.",
    "We ought to store more grain.",
    "Farmers look forward to selling their crops.",
])
def test_right_verb_forms_are_left_alone(rules, text):
    assert words_flagged(rules, text, verb_form.RULE_ID) == []


# --- noun number --------------------------------------------------------------

@pytest.mark.parametrize("text, word, fix", [
    ("The corridor crosses three province before it reaches the coast.", "province", "provinces"),
    ("Many village have no clinic.", "village", "villages"),
    ("Drought is one of the main threat to farmers.", "threat", "threats"),
    ("Markets sell different kind of seed.", "kind", "kinds"),
    ("Some family sold their land.", "family", "families"),
])
def test_singular_noun_after_a_number_or_plural_determiner_is_flagged(rules, text, word, fix):
    assert flagged(rules, text, noun_number.RULE_ID) == [(word, (fix,))]


@pytest.mark.parametrize("text", [
    "The corridor crosses three provinces.",
    "The plan costs two million rupees.",
    "Its share rose by 5 per cent in 2019.",
    "The two share a long border.",
    "The buyer is not some specific person.",
    "Some water was left in the tank.",
    "They launched a five year plan.",
    "This means more work for farmers.",
    "This results in higher prices.",
    "Every two years the council meets.",
    "Each of the farmers sold wheat.",
    "This series of reforms helped.",
    "Trade and aid both matter.",
    "By 2020, 58 passed matriculation and nine reached college.",
])
def test_numbers_with_the_right_noun_form_are_left_alone(rules, text):
    assert words_flagged(rules, text, noun_number.RULE_ID) == []


@pytest.mark.parametrize("text, words", [
    ("This reforms can help small farms.", "This reforms"),
    ("Every farmers must register the land.", "Every farmers"),
    ("The bank opened offices in another cities.", "another cities"),
    ("Drought is one of this main threat to farmers.", "threat"),
    ("News spreads fast on social medias.", "medias"),
])
def test_plural_noun_after_a_singular_determiner_is_flagged(rules, text, words):
    assert words_flagged(rules, text, noun_number.RULE_ID) == [words]


# --- articles -------------------------------------------------------------------

def test_missing_article_before_a_singular_countable_noun_is_flagged(rules):
    text = "Both sides view external world through the same lens."
    assert flagged(rules, text, articles.RULE_MISSING) == [("world", ("the world", "a world"))]


def test_lot_of_without_its_article_is_flagged(rules):
    assert flagged(rules, "Farmers lose lot of grain after the harvest.", articles.RULE_MISSING) == [("lot", ("a lot",))]


@pytest.mark.parametrize("text", ["Farmers lose a lot of grain.", "The whole lot of it rotted.",
                                  "The parking lot of the market is full."])
def test_a_lot_of_with_its_article_is_left_alone(rules, text):
    assert words_flagged(rules, text, articles.RULE_MISSING) == []


@pytest.mark.parametrize("text, word", [
    ("Farmers want latest news about prices.", "latest"),
    ("They made best use of the canal.", "best"),
    ("Disadvantage is that the road floods.", "Disadvantage"),
    ("Both farms grow same crops.", "same"),
    ("Most of farmers sell early.", "of farmers"),
    ("It is good opportunity to learn.", "opportunity"),
    ("The council made decision to sell the land.", "decision"),
])
def test_superlative_or_sentence_opening_noun_without_an_article_is_flagged(rules, text, word):
    assert words_flagged(rules, text, articles.RULE_MISSING) == [word]


@pytest.mark.parametrize("text", [
    "Farmers want the latest news.", "Most farmers sell early.", "At best, the harvest will be poor.",
    "The country's biggest river floods.", "Disadvantages remain.",
    "Both farms grow the same crops.", "Most of the farmers sell early.", "Much of history is unwritten.",
    "All of us sell early.",
])
def test_superlatives_with_their_determiner_are_left_alone(rules, text):
    assert words_flagged(rules, text, articles.RULE_MISSING) == []


def test_article_before_a_plural_noun_is_flagged(rules):
    assert words_flagged(rules, "A farmers came to the meeting.", articles.RULE_EXTRA) == ["A"]


@pytest.mark.parametrize("text", [
    "For example, the country exports rice.",
    "They travelled by car from city to city.",
    "The cost per person fell.",
    "Families and friends lend money to each other.",
    "Rice feeds a few million people in the delta.",
    "A strong rupee handicaps exporters.",
    "The matter is now in question.",
])
def test_sound_article_use_is_left_alone(rules, text):
    assert words_flagged(rules, text, articles.RULE_MISSING) == []
    assert words_flagged(rules, text, articles.RULE_EXTRA) == []


# --- fragments and run-ons -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The council that passed the new budget because it was needed.",
    "Because the price of wheat rose sharply last year.",
    "In the province wheat price very high right now.",
])
def test_sentence_without_a_main_clause_is_a_fragment(rules, text):
    assert words_flagged(rules, text, sentence_shape.RULE_FRAGMENT) == [text[:-1]]


@pytest.mark.parametrize("text", [
    "Prices rose sharply last year, they bought much less food.",
    "Prices rose sharply last year, however they bought more food.",
    "Prices rose sharply last year, there was little food left.",
])
def test_comma_joining_two_sentences_is_a_run_on(rules, text):
    assert flagged(rules, text, sentence_shape.RULE_RUN_ON) == [(",", (";", "."))]


@pytest.mark.parametrize("text", [
    "The council passed the budget because it was needed.",
    "Because the price of wheat rose, families bought less.",
    "Prices rose, and they bought less food.",
    "The cost, however, rose again.",
    "When the rains failed, they sold their cattle.",
    "Budget Priorities for a Poor Province",          # a heading: no full stop
    "Rising prices.",                                    # too short to judge
    "If rain fails, there is no harvest.",
    "Consider the farmers of the south.",               # an imperative
    "Farmers who grow cotton need water.",              # "need" read as a noun by the tagger
    "Trade and aid both matter.",
])
def test_whole_sentences_and_headings_are_left_alone(rules, text):
    assert words_flagged(rules, text, sentence_shape.RULE_FRAGMENT) == []
    assert words_flagged(rules, text, sentence_shape.RULE_RUN_ON) == []


# --- capitals --------------------------------------------------------------------

def test_common_word_capitalised_mid_sentence_is_flagged(rules):
    text = "The two countries share strong Bilateral ties."
    assert flagged(rules, text, capitals.RULE_ID) == [("Bilateral", ("bilateral",))]


@pytest.mark.parametrize("text", [
    "The China-Pakistan Economic Corridor links Gwadar with Kashgar.",
    "The Prime Minister spoke in March.",
    "She wrote: Trade matters more than aid.",
    "Exports rose sharply.",
])
def test_names_and_sentence_starts_keep_their_capitals(rules, text):
    assert words_flagged(rules, text, capitals.RULE_ID) == []


def test_a_name_the_passage_writes_with_a_capital_is_left_alone(rules):
    vocabulary = Vocabulary.of(passage_vocabulary("Goods move along the Silk Road. Trade grew."))
    text = "The trade along the Silk route grew."
    assert words_flagged(rules, text, capitals.RULE_ID, vocabulary) == []


# --- prepositions ----------------------------------------------------------------

@pytest.mark.parametrize("text, word, fix", [
    ("Many students are interested on economics.", "on", "in"),
    ("Small farms depend of the monsoon.", "of", "on"),
    ("The report emphasised on the need for storage.", "on", ""),
    ("In the other hand, imports fell.", "In the other hand", "On the other hand"),
    ("Farmers demanded for a fair price.", "for", ""),
    ("We contacted with the district office.", "with", ""),
    ("As a conclusion, farms need credit.", "As a conclusion", "In conclusion"),
    ("Thank to the canal, farms grew.", "Thank to", "Thanks to"),
    ("The board wants to thank to the donors.", "to", ""),
])
def test_wrong_preposition_after_a_frequent_verb_or_adjective_is_flagged(rules, text, word, fix):
    assert flagged(rules, text, prepositions.RULE_ID) == [(word, (fix,))]


@pytest.mark.parametrize("text", [
    "The emphasis on storage is new.",
    "Their request for a loan was refused.",
    "On the other hand, imports fell.",
    "Small farms depend on the monsoon.",
    "The demand for wheat rose.",
    "Contact with the office was lost.",
    "In conclusion, farms need credit.",
    "Thanks to the canal, farms grew.",
    "The board wants to thank the donors.",
])
def test_right_prepositions_are_left_alone(rules, text):
    assert words_flagged(rules, text, prepositions.RULE_ID) == []


# --- every rule -------------------------------------------------------------------

def test_every_finding_ends_with_its_one_line_lesson(rules):
    text = ("The growers was happy. Prices will became higher. Many village have no clinic. "
            "Both sides view external world through the same lens.")
    lessons = (agreement.LESSON, verb_form.LESSON_BASE, noun_number.LESSON, articles.LESSON_MISSING)
    issues = rules.check(text)
    assert len(issues) == 4
    for issue, lesson in zip(issues, lessons):
        assert issue.message.endswith(lesson) and "\n" not in issue.message
        assert issue.engine == "precis" and issue.category == "grammar"


def test_offsets_point_into_the_checked_text_after_a_title_line_and_blank_lines(rules):
    text = "Budget Priorities\n\n\nThe growers was happy.\n"
    (issue,) = rules.check(text)
    assert issue.span.of(text) == "was"


# --- loading ------------------------------------------------------------------

def test_tagger_loaded_without_the_saved_tokenizer_splits_words_as_the_model_does(rules):
    import spacy

    with_saved = spacy.load(rules.tagger.model, exclude=["ner", "lemmatizer"])
    # Its rules: prefixes, suffixes, infixes, URL pattern, special cases (the vocabulary grows with use).
    ours, saved = (nlp.tokenizer.to_bytes(exclude=["vocab"]) for nlp in (rules.tagger._nlp, with_saved))
    assert ours == saved


def test_spacy_loads_for_the_rules_without_its_command_line_which_still_imports_after():
    import subprocess
    import sys

    script = ("import sys; from tutor.core.grammar.tagging import Tagger\n"
              "assert Tagger().warm_up()\n"
              "assert 'spacy.cli' not in sys.modules and 'typer' not in sys.modules\n"
              "import spacy.cli; assert callable(spacy.cli.download)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
