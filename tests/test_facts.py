"""Figures that differ from the passage, and names it never mentions."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text

PASSAGE = ("In 2019 the two governments signed a $48 billion corridor agreement. Trade between them "
           "rose by 35 per cent in three years, and some 12,000 engineers now work on the Karakum "
           "railway. The Eastern Trade Forum (ETF) meets every spring in Tashkent.")


def _facts(precis: str):
    return check(analyse_passage(passage_from_text(PASSAGE)), precis).facts


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
    assert ("name", "not_in_passage", "World") in found
    assert all(f[2] != "ETF" for f in found)


def test_an_acronym_the_passage_implies_is_accepted():
    passage = "The Belt and Road Initiative links the ports. It began in 2013."
    precis = "Ports\n\nThe BRI links ports."
    assert check(analyse_passage(passage_from_text(passage)), precis).facts == ()
