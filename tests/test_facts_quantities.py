"""Figures read as quantities: rounding, words, multipliers, ranges, decades, abbreviations, lakh and crore."""

import pytest

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text


def _facts(passage: str, body: str):
    return check(analyse_passage(passage_from_text(passage)), "Title\n\n" + body).facts


TRADE = ("The trade deficit hit a record $23.33 billion in May. The previous record was $22.91 billion. "
         "Exports rose 15.5% while imports surged 56.1%. Gold imports grew almost ninefold over three months.")
BUDGET = ("The government will spend Rs 2.5 lakh crore on roads. The fiscal deficit is 5.1 per cent of GDP. "
          "Each of the 4,000 villages receives Rs. 1,25,000 for wells.")


def test_a_rounded_figure_is_not_a_wrong_fact():
    assert _facts(TRADE, "The deficit reached a record $23.3 billion in May.") == ()


def test_a_multiplier_in_other_words_is_the_same_figure():
    assert _facts(TRADE, "Gold imports grew nine times in three months.") == ()


def test_lakh_crore_restated_as_lakh_is_a_wrong_fact():
    [f] = _facts(BUDGET, "The government will spend Rs 2.5 lakh on roads.")
    assert (f.kind, f.status, f.precis_text, f.passage_text) == ("money", "mismatch", "Rs 2.5 lakh", "Rs 2.5 lakh crore")
    assert f.certain


def test_lakh_crore_restated_in_trillions_is_right():
    assert _facts(BUDGET, "Roads will get Rs 2.5 trillion.") == ()


def test_south_asian_digit_grouping_is_read_as_the_same_amount():
    assert _facts(BUDGET, "Each village gets Rs 125,000 for wells.") == ()


@pytest.mark.parametrize("body", [
    "The deficit reached about $23 billion in May.",
    "Exports rose 15.5 pc while imports surged 56.1 per cent.",
    "The deficit hit a record $23.33bn in May.",
    "Exports rose by about 16% while imports grew by over 56%.",
])
def test_approximations_and_abbreviations_of_the_passage_figures_pass(body):
    assert _facts(TRADE, body) == ()


def test_words_fractions_ranges_and_decades_agree_with_figures():
    passage = ("About 67 per cent of the land is dry. Growth was 6 per cent a year in 1995, "
               "and forty-eight towns were flooded.")
    body = ("Two-thirds of the land is dry; growth ran at 5-7% a year in the 1990s, "
            "and 48 towns were flooded.")
    assert _facts(passage, body) == ()


def test_cut_by_half_agrees_with_fifty_per_cent_and_a_wrong_share_is_set_against_it():
    passage = ("The new motorway reduced the journey time between the two cities by half. "
               "Traffic on the old road fell sharply.")
    assert _facts(passage, "The motorway cut the journey time by fifty per cent.") == ()
    assert _facts(passage, "The motorway cut the journey time by 50%.") == ()
    found = [(f.status, f.precis_text, f.passage_text) for f in _facts(passage, "It cut the journey by 30%.")]
    assert found == [("mismatch", "30%", "half")]


def test_a_changed_figure_is_set_against_the_passage_figure_about_the_same_thing():
    found = [(f.status, f.precis_text, f.passage_text) for f in _facts(TRADE, "Gold imports grew nearly fourfold.")]
    assert found == [("mismatch", "fourfold", "ninefold")]


def test_paragraph_citations_and_list_numbers_are_not_figures():
    passage = "Farmers paid taxes in grain. Scribes kept the records."
    body = "In paragraph 5 farmers pay taxes (11). As para 3 says, scribes kept records.\n2. Scribes wrote."
    assert _facts(passage, body) == ()


def test_a_count_from_the_question_and_a_restated_ordinal_are_not_wrong_facts():
    passage = "On the fourth day the rains stopped. The tragedy turns on pity and fear."
    body = "There are three elements of a tragedy. The rains lasted four days."
    assert _facts(passage, body) == ()


def test_a_figure_the_tutor_cannot_place_asks_to_be_checked_without_counting_as_wrong():
    passage = "About 40 per cent of jobs are exposed; some 60 per cent in rich economies."
    [f] = _facts(passage, "Roughly 50 per cent of work is at risk.")
    assert (f.status, f.certain) == ("check", False)
    assert f.message.startswith("Check this figure")


def test_check_this_figure_is_marked_apart_in_the_text_report_and_the_json():
    from tutor.core.report_text import render

    passage = "About 40 per cent of jobs are exposed; some 60 per cent in rich economies."
    report = check(analyse_passage(passage_from_text(passage)), "Title\n\nRoughly 50 per cent of work is at risk.")
    assert "  ? Check this figure" in render(report)
    [fact] = report.to_json()["facts"]
    assert fact["status"] == "check" and fact["certain"] is False


def test_a_figure_the_student_makes_up_to_explain_is_not_a_wrong_fact():
    passage = "Farmers paid a fifth of every harvest to the pharaoh as tax."
    body = "Farmers gave a fifth of each harvest as tax: if a harvest were worth, let's say, $10,000, they kept $8,000."
    assert _facts(passage, body) == ()
    assert [f.precis_text for f in _facts(passage, "A harvest worth $10,000 was taxed a fifth.")] == ["$10,000"]


def test_an_age_given_to_the_wrong_person_is_a_wrong_fact():
    passage = ("Tomas Reyland, 23, a submarine engineer, appeared in court on Monday. "
               "His neighbour, Idris Calloway, 35, gave evidence against him.")
    [found] = _facts(passage, "Tomas Reyland, 35, appeared in court on Monday.")
    assert (found.kind, found.precis_text, found.passage_text, found.certain) == ("age", "35", "23", True)
    assert _facts(passage, "The 23-year-old engineer appeared in court; Calloway, 35, gave evidence.") == ()
    [made_up] = _facts("An engineer appeared in court on Monday.", "The 41-year-old engineer appeared in court.")
    assert (made_up.kind, made_up.precis_text, made_up.status) == ("age", "41", "not_in_passage")


def test_a_precise_figure_stated_with_another_noun_is_the_same_figure():
    passage = ("Floods in the delta displaced about 2.35 million residents last year. Rebuilding will take "
               "a decade. Most families have returned.")
    assert _facts(passage, "The floods drove about 2.35 million people from their homes.") == ()


SURVEY = ("A survey of 9,000 commuters over five years found that about a third cycle to work at least once a "
          "week. Car journeys into the centre fell by 20 per cent after the new lanes opened, and complaints about "
          "noise dropped by a quarter.")


def test_one_in_three_and_by_a_quarter_restate_the_passage_shares():
    assert _facts(SURVEY, "Roughly one in three commuters cycle weekly, and noise complaints fell by 25 per cent.") == ()


def test_one_in_ten_for_a_third_is_a_wrong_share():
    [f] = _facts(SURVEY, "Roughly one in ten commuters cycle to work every week.")
    assert (f.kind, f.status, f.precis_text, f.passage_text) == ("percent", "mismatch", "one in ten", "a third")


def test_roughly_half_for_about_a_third_is_a_wrong_share():
    [f] = _facts(SURVEY, "Roughly half of all commuters cycle to work at least once a week.")
    assert (f.kind, f.status, f.passage_text) == ("percent", "mismatch", "a third")
    [f] = _facts(SURVEY, "Roughly half cycle to work at least once a week.")
    assert (f.kind, f.status, f.passage_text) == ("percent", "mismatch", "a third")


def test_ten_years_restates_the_past_decade_and_twenty_does_not():
    college = ("Over the past decade the number of students at the college has tripled, reaching 15,000 last year. "
               "Most of them study part-time.")
    assert _facts(college, "In the last ten years the college's students tripled to 15,000.") == ()
    [f] = _facts(college, "In the last twenty years the college's students tripled to 15,000.")
    assert (f.status, f.precis_text, f.passage_text) == ("mismatch", "twenty", "the past decade")


def test_half_the_price_and_a_rate_per_second_are_read_as_written():
    scooter = ("The new scooter costs roughly half the price of its rival's cheapest model. Its motor turns more than "
               "two hundred times a second. Sales rose 18% in the first month.")
    assert _facts(scooter, "It costs about 50% of the rival's cheapest model, and sales rose 18%.") == ()
    assert _facts(scooter, "Its motor turns over two hundred times a second.") == ()


def test_fifty_years_restates_half_a_century_and_twenty_five_a_quarter_of_one():
    passage = ("For half a century the canal has watered the plain. The dam has stood for a quarter of a century. "
               "Wheat yields have risen since it was built.")
    assert not [f for f in _facts(passage, "The canal has watered the plain for about fifty years, and the dam "
                                           "has stood for twenty-five years.") if f.certain]
    assert [f for f in _facts(passage, "The canal has watered the plain for about ninety years.") if f.certain]
