"""Names: one finding per name, and capitals, titles, known names and slips are not new names."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import Passage, passage_from_text

FLOODS = "Floods struck the delta in August. Volunteers and the army rescued thousands of families."


def _facts(passage: str, body: str, title: str = ""):
    return check(analyse_passage(passage_from_text(passage, title=title)), "Title\n\n" + body).facts


def test_a_name_of_several_words_is_one_finding():
    found = [f.precis_text for f in _facts(FLOODS, "Helped by the Red Cross and the United Nations, the army saved families.")]
    assert found == ["Red Cross", "United Nations"]


def test_capitalised_common_words_and_sentence_starts_are_not_names():
    body = "Volunteers rescued families. Army units helped. A Bilateral effort, Strategic and Extra careful, worked."
    assert _facts(FLOODS, body) == ()


def test_a_title_case_heading_line_is_not_a_list_of_names():
    assert _facts(FLOODS, "Rescue Work In The Flooded Delta\n\nThe army rescued families.") == ()


def test_a_name_in_the_passage_title_is_known():
    assert _facts(FLOODS, "In Sindh the army rescued families.", title="Floods in Sindh") == ()


def test_a_misspelt_passage_name_is_a_spelling_slip_not_a_new_name():
    passage = "Aristotle held that a tragedy should stir pity and fear in its audience."
    assert _facts(passage, "For Aristotel a tragedy stirs pity and fear.") == ()


def test_the_source_the_student_names_is_not_a_new_fact():
    passage = "A tragedy should stir pity and fear."
    body = "Aristotle argues that a tragedy stirs pity. According to Aristotle, fear matters too."
    assert _facts(passage, body) == ()


def test_a_name_the_passage_never_mentions_is_a_certain_wrong_fact():
    [f] = _facts(FLOODS, "The army and UNICEF rescued families.")
    assert (f.kind, f.status, f.precis_text, f.certain) == ("name", "not_in_passage", "UNICEF", True)


def test_names_given_as_known_text_are_not_new():
    from tutor.core.facts import PassageFacts, check_facts
    from tutor.core.span import Span
    from tutor.core.tokens import terms

    passage = "A tragedy should stir pity and fear."
    facts = PassageFacts(passage, terms(passage), known="Summarise the elements of tragedy described by Aristotle.")
    precis = "The tragedy Aristotle describes stirs pity."
    assert check_facts(facts, precis, Span(0, len(precis))) == ()


def test_passage_objects_keep_their_title_for_known_names():
    p = Passage(id="x", title="The Indus Waters Treaty", text="The treaty shared the rivers.")
    assert check(analyse_passage(p), "Title\n\nThe Indus treaty shared rivers.").facts == ()


def test_a_name_once_given_as_the_source_is_the_source_throughout():
    passage = "A tragedy should stir pity and fear."
    body = "Aristotle argues that a tragedy stirs pity. In the end Aristole wants fear as well. For Aristotle's hero, fear."
    assert _facts(passage, body) == ()


def test_a_word_no_dictionary_lists_is_a_name_to_check_without_a_deduction():
    passage = "A tragic hero falls through an error of judgement, and the audience feels pity and fear."
    [finding] = _facts(passage, "The hero shows Harmatia, a flaw; the audience feels pity.")
    assert (finding.precis_text, finding.certain) == ("Harmatia", False)
    assert finding.message.startswith("Check this name: “Harmatia”")
    [named] = _facts(passage, "Like Claudius, the hero falls through an error.")
    assert (named.precis_text, named.certain) == ("Claudius", True)  # a name a reader knows, added


COUNCIL = ("The council leader, Helen Ward, admitted that mistakes had been made. Her deputy, Mr Okafor, promised "
           "an inquiry into how the contract was awarded. Residents had campaigned for the library for years.")


def _names(precis: str):
    found = check(analyse_passage(passage_from_text(COUNCIL)), "The Library\n\n" + precis).facts
    return [(f.kind, f.precis_text) for f in found if f.kind == "name"]


def test_a_full_name_the_passage_never_gives_is_new_though_one_word_looks_like_another():
    assert _names("The leader, Mary Clarke, admitted mistakes and promised an inquiry.") == [("name", "Mary Clarke")]


def test_a_name_after_mr_is_a_person_and_the_passage_one_is_known():
    assert _names("Her deputy, Mr Adeyemi, promised an inquiry, who knows when.") == [("name", "Adeyemi")]
    assert _names("Her deputy, Mr Okafor, promised an inquiry.") == []
    assert _names("Helen Ward admitted mistakes.") == []


def test_a_place_that_opens_a_sentence_is_still_a_new_name():
    passage = "The United States pledged $52.7 billion for chip plants in 2022, and Japan followed a year later."
    found = _facts(passage, "America pledged nearly $53 billion in 2022. Moscow objected to the plan.")
    assert [(f.kind, f.precis_text) for f in found] == [("name", "Moscow")]


def test_a_common_word_or_a_slip_that_opens_a_sentence_is_not_a_name():
    passage = "In ancient Egypt the pharaohs ruled with the help of viziers and scribes."
    assert _facts(passage, "Pharaohs ruled Egypt. Fo the scribes, writing was a skill. Nature mattered to farmers.") == ()
