"""Figures that differ from the passage, and names it never mentions."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text

PASSAGE = ("In 2019 the two governments signed a $48 billion corridor agreement. Trade between them "
           "rose by 35 per cent in three years, and some 12,000 engineers now work on the Karakum "
           "railway. The Eastern Trade Forum (ETF) meets every spring in Tashkent.")


def _facts(precis: str):
    return check(analyse_passage(passage_from_text(PASSAGE)), precis).facts


def _certain(passage: str, precis: str):
    """The certain fact findings on ``precis`` (title line included) against ``passage``."""
    return [f for f in check(analyse_passage(passage_from_text(passage)), precis).facts if f.certain]


def test_wrong_money_figure_is_reported_with_the_passage_figure():
    precis = "Corridor\n\nThe governments agreed a $52 billion corridor in 2019."
    [f] = _facts(precis)
    assert (f.kind, f.status) == ("money", "mismatch")
    assert f.precis_text == "$52 billion" and f.passage_text == "$48 billion"
    assert f.precis_span.of(precis) == "$52 billion"
    assert f.passage_span.of(PASSAGE) == "$48 billion"


def test_right_figures_written_differently_are_not_reported():
    precis = ("Corridor\n\nA forty-eight billion dollar deal was signed in 2019; trade grew 35% and "
              "12,000 engineers work on the railway.")
    assert _facts(precis) == ()


def test_wrong_percentage_and_wrong_year_are_each_reported():
    precis = "Corridor\n\nThe pact of 2017 lifted trade by 53 per cent."
    found = {(f.kind, f.precis_text, f.passage_text) for f in _facts(precis)}
    assert found == {("year", "2017", "2019"), ("percent", "53 per cent", "35 per cent")}


def test_a_name_the_passage_never_mentions_is_reported():
    precis = "Corridor\n\nThe World Bank praised the railway, which the ETF oversees."
    found = [(f.kind, f.status, f.precis_text) for f in _facts(precis)]
    assert ("name", "not_in_passage", "World Bank") in found
    assert all(f[2] != "ETF" for f in found)


def test_an_acronym_the_passage_implies_is_accepted():
    passage = "The Belt and Road Initiative links the ports. It began in 2013."
    precis = "Ports\n\nThe BRI links ports."
    assert check(analyse_passage(passage_from_text(passage)), precis).facts == ()


def test_other_forms_of_a_passage_name_are_not_new_names():
    passage = ("Chinese engineers and Pakistani officials met the European Union's envoy near the Himalayas "
               "in Kestria.")
    precis = "Talks\n\nChina, Pakistan, the EU's envoy and Kestrian hosts met by the Himalayan range."
    assert check(analyse_passage(passage_from_text(passage)), precis).facts == ()


def test_a_different_country_with_a_similar_name_is_still_new():
    passage = "Iran and India signed a port deal."
    precis = "Deal\n\nThe port deal was signed by Iraq and Indonesia."
    found = [f.precis_text for f in check(analyse_passage(passage_from_text(passage)), precis).facts]
    assert found == ["Iraq", "Indonesia"]


def test_a_wrong_figure_is_set_against_the_passage_figure_about_the_same_thing():
    passage = ("Children aged between five and sixteen must attend school, yet 26 million children do not. "
               "By 2018 about 55 per cent of people lived in cities; the share may reach 68 per cent by 2050.")
    precis = "School\n\nSome 16 million children miss school. 55 per cent lived in cities in 2018, 78 per cent by 2050."
    found = [(f.precis_text, f.passage_text) for f in check(analyse_passage(passage_from_text(passage)), precis).facts]
    assert found == [("16 million", "26 million"), ("78 per cent", "68 per cent")]


def test_a_four_digit_count_before_a_plural_noun_is_not_a_year():
    passage = "Printing spread to 250 European towns by 1500."
    precis = "Print\n\nBy 1500 the press had reached 250 towns."
    assert check(analyse_passage(passage_from_text(passage)), precis).facts == ()


def test_a_count_the_passage_states_of_other_words_is_not_a_wrong_fact():
    passage = passage_from_text("Rukhsana began by teaching six girls on the veranda of her father's house. By 2003 "
                                "she had forty pupils, and their families paid her in wheat rather than cash.")
    r = check(analyse_passage(passage), "School\n\nShe began with six girls at home and by 2003 taught forty girls.")
    assert r.facts == ()
    wrong = check(analyse_passage(passage), "School\n\nShe began with six girls at home and by 2003 taught thirty girls.")
    assert [f.precis_text for f in wrong.facts] == ["thirty"]


# Written for the tests below: a passage of figures said in the ways a student's précis restates them.
GRID = ("In 2024 the island drew 62 percent of its power from the wind, up from 20 percent a decade earlier, and "
        "the utility plans to quadruple its offshore capacity by 2032, to about 9 GW. The regulator reported in "
        "2024 that household bills had risen fivefold in a year, from 200 dollars in 2022 to 1,000 dollars in 2023. "
        "A new heat pump costs 4,000 dollars there, less than half the mainland average of 9,500 dollars. In March "
        "2024 the regulator allowed price rises of up to 42 percent. Tariffs had gone up by 3 percent in 2015.")


def _grid(precis: str):
    return check(analyse_passage(passage_from_text(GRID)), precis, title="T").facts


def test_a_year_the_passage_states_by_its_distance_from_another_is_not_wrong():
    assert _grid("Wind power rose from 20 percent of the island's supply in 2014 to 62 percent in 2024.") == ()


def test_quadrupled_restates_plans_to_quadruple_and_a_unit_after_its_number_is_no_name():
    assert _grid("Offshore capacity is to be quadrupled to 9 GW by 2032.") == ()


def test_a_change_over_a_period_of_years_is_not_paired_with_its_first_year():
    assert _grid("Household bills rose fivefold between 2022 and 2023.") == ()
    assert _grid("Household bills grew five times over from 2022 to 2023.") == ()


def test_under_half_restates_less_than_half_of_another_amount():
    assert _grid("A heat pump costs 4,000 dollars, under half the mainland average of 9,500 dollars.") == ()


def test_a_small_share_is_not_taken_for_the_ceiling_of_another_figure():
    assert _grid("The typical increase was 3 percent in 2015.") == ()
    [f] = _grid("The typical increase was 3 percent in 2016.")
    assert (f.kind, f.precis_text, f.passage_text) == ("year", "2016", "2015")


def test_one_household_in_four_is_a_share_that_a_quarter_restates():
    cars = passage_from_text("In 2005 fewer than one household in ten owned a car. By 2023 car ownership had risen "
                             "to roughly one household in four, and the buses had lost half their riders.")
    assert check(analyse_passage(cars), "By 2023 about a quarter of households owned a car.", title="T").facts == ()


SCHOOL = ("In 1958 the district officer visited Sabzkot and recommended that the province build a proper school. "
          "The new building opened two years later, and Farida became its first headmistress. In 1950 she had "
          "asked the elders for a room to teach girls. The elders refused, so she taught them in her courtyard.")


def test_a_year_worked_out_from_a_distance_in_the_next_sentence_is_not_wrong():
    r = check(analyse_passage(passage_from_text(SCHOOL)), "Sabzkot's School\n\nThe province opened a proper "
                                                          "school in 1960, with Farida as its headmistress.")
    assert not [f for f in r.facts if f.certain]


def test_a_denial_that_restates_the_refusal_in_the_next_sentence_is_no_negated_fact():
    r = check(analyse_passage(passage_from_text(SCHOOL)), "Sabzkot's School\n\nIn 1950 the elders did not give "
                                                          "Farida a room, so she taught girls in her courtyard.")
    assert not [f for f in r.facts if f.certain]
    r = check(analyse_passage(passage_from_text(SCHOOL)), "Sabzkot's School\n\nThe district officer did not "
                                                          "visit Sabzkot in 1958.")
    assert [f for f in r.facts if f.status == "negated"]


def test_a_positive_restatement_of_a_never_is_no_negated_fact():
    passage = ("Ruth Marr kept the Gull Rock light from 1905. The logbooks show that in thirty-five years as keeper "
               "she never once let the light go out. The board closed the station in 1946.")
    assert not _certain(passage, "The Keeper\n\nFor thirty-five years she kept the light burning.")
    assert [f for f in _certain(passage, "The Keeper\n\nIn thirty-five years she often let the light go out.")
            if f.status == "negated"]


def test_a_span_of_time_matches_the_same_number_said_with_another_span_of_time():
    passage = ("For three seasons the orchard bore nothing worth picking. Neighbours said nobody had made money from "
               "apples in that valley for twenty years. Two years later the trees were full again.")
    assert not _certain(passage, "The Orchard\n\nThe orchard yielded nothing for three years. Five decades later "
                                 "it still bears.")
    assert [f for f in _certain(passage, "The Orchard\n\nNobody had made money from apples in the valley for "
                                         "twelve years.") if f.passage_text == "twenty"]


def test_years_worked_out_from_distances_further_back_and_a_century_in_s_are_not_wrong():
    passage = ("In 1871 a widow named Ada Pell asked the council for a room where she could teach. The council "
               "refused. Two years later she opened a school in her own kitchen.\n\n"
               "Half a century after she had first asked for a room, every child in the district could read.")
    precis = ("Ada Pell's School\n\nRefused a room in 1871, Ada Pell opened a kitchen school two years later, in 1873. "
              "By 1921 every child in the district could read; the village had lacked a school for most of the 1800s.")
    assert not [f for f in check(analyse_passage(passage_from_text(passage)), precis).facts if f.certain]
    wrong = check(analyse_passage(passage_from_text(passage)), "Ada Pell's School\n\nBy 1931 every child could read.")
    assert [f for f in wrong.facts if f.certain and f.precis_text == "1931"]


# Restatements a careful student writes, from helper-47's faithful précis (each case written here).

TOWN = ("Founded by river traders around the twelfth century, Kelbar grew rich on the salt road. "
        "By the fourteenth century it held some 40,000 people. In 1591 an army from the north sacked it, "
        "and by the nineteenth century fewer than 9,000 people remained.")


def test_a_century_written_as_the_1100s_restates_the_twelfth_century():
    precis = "Kelbar\n\nFounded around the 1100s, Kelbar had fewer than 9,000 people by the 1800s."
    assert _certain(TOWN, precis) == []


def test_a_year_inside_a_century_the_passage_names_is_still_checked():
    [f] = _certain(TOWN, "Kelbar\n\nKelbar was sacked in 1342 by an army from the north.")
    assert (f.kind, f.precis_text) == ("year", "1342")


def test_more_than_half_restates_a_share_above_half():
    passage = "Transfers reached about 59 per cent of the island's output in 2021. Only 12 per cent went to savings."
    for said in ("more than half", "well over half"):
        assert _certain(passage, f"Transfers\n\nTransfers reached {said} of output in 2021.") == []


def test_an_open_share_said_of_another_thing_is_still_reported():
    passage = "Transfers reached about 59 per cent of the island's output in 2021. Only 12 per cent went to savings."
    [f] = _facts_of(passage, "Transfers\n\nMore than a third of the money went to savings.")
    assert f.precis_text == "a third" and f.passage_text == "12 per cent"


def test_the_rest_of_a_passage_share_is_not_certainly_wrong():
    passage = "The archive holds some 40,000 scrolls, but only 8 per cent have been catalogued."
    assert _certain(passage, "Archive\n\nOver ninety per cent of its 40,000 scrolls remain uncatalogued.") == []


def test_years_worked_out_from_two_passage_years_are_not_wrong():
    passage = ("Velmar became the largest maker of memory chips by 2005, two decades after it opened. It filed "
               "for bankruptcy in 2012. Between 2019 and 2023 its old rival cut costs by half.")
    assert _certain(passage, "Velmar\n\nVelmar led the market by 2005 but failed seven years later.") == []
    assert _certain(passage, "Velmar\n\nIts rival halved its costs in four years.") == []


def test_a_span_of_years_no_passage_dates_give_is_still_reported():
    passage = ("Velmar became the largest maker of memory chips by 2005, two decades after it opened. It filed "
               "for bankruptcy in 2012. Between 2019 and 2023 its old rival cut costs by half.")
    [f] = _certain(passage, "Velmar\n\nIts rival halved its costs in six years.")
    assert f.precis_text == "six"


def test_a_range_with_its_scale_said_once_restates_the_passage_range():
    passage = "A new chip plant now costs between $15 billion and $20 billion and takes years to build."
    assert _certain(passage, "Chips\n\nA new plant costs $15-20 billion.") == []


def test_a_sum_in_words_before_a_bare_number_is_read_not_crashed_on():
    passage = "In 2020 Port Calder raised the minimum wage for hotel staff from nine dollars an hour to twelve."
    assert _certain(passage, "Wages\n\nThe town lifted the hourly minimum from nine dollars to twelve in 2020.") == []
    [f] = _certain(passage, "Wages\n\nThe town lifted the hourly minimum from nine dollars to twelve in 2021.")
    assert f.precis_text == "2021"


def test_a_financial_year_restates_the_year_it_ends_in():
    passage = "In the year to March 2023 the network earned $1.1 billion, a third of its revenue."
    assert _certain(passage, "Network\n\nIn 2022-23 the network earned $1.1 billion.") == []


def test_a_countrys_everyday_name_and_capital_are_not_new_names():
    passage = "The United States pledged $52.7 billion in 2022, and the European Union followed in 2023."
    precis = "Chips\n\nAmerica pledged nearly $53 billion in 2022, and Brussels followed in 2023."
    assert [f for f in _facts_of(passage, precis) if f.kind == "name"] == []


def test_a_figure_and_its_counted_people_do_not_make_a_swap():
    precis = ("Kelbar\n\nAround the 1300s the town held some 40,000 people. After the sack of 1591 "
              "fewer than 9,000 people remained by the 1800s.")
    assert _certain(TOWN, precis) == []


def _facts_of(passage: str, precis: str):
    return check(analyse_passage(passage_from_text(passage)), precis).facts


def test_a_figure_that_went_the_other_way_is_reported():
    passage = ("Work on the line began in 2020. By 2022 the auditor warned that its costs had risen by Rs 410 "
               "billion, and only 18 per cent of the track was laid.")
    [f] = _certain(passage, "Line\n\nBy 2022 the line's costs had fallen by Rs 410 billion.")
    assert f.status == "reversed" and "other way" in f.message
    assert _certain(passage, "Line\n\nBy 2022 the line's costs had climbed by Rs 410 billion.") == []


def test_a_quarter_of_a_century_is_a_span_of_time_not_a_share():
    passage = "The swarms of 2020 were the worst in 25 years, and 40 per cent of the crop was lost."
    assert _facts_of(passage, "Swarms\n\nThe swarms were the worst for over a quarter of a century.") == ()


def test_a_range_of_money_with_a_currency_code_restates_the_passage_range():
    passage = "A new chip plant now costs US$15-20 billion and takes years to build."
    assert _certain(passage, "Chips\n\nA new plant costs US$17.5 billion.") == []
