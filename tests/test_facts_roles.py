"""Who did what: figures and actors moved into another's role, and figures denied."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text


def _facts(passage: str, body: str):
    return check(analyse_passage(passage_from_text(passage)), "Title\n\n" + body).facts


def test_exports_and_imports_swapped_are_two_wrong_facts_with_both_spans():
    passage = "In May exports rose 15.5% while imports surged 56.1%, widening the trade gap."
    body = "Imports rose 15.5% while exports surged 56.1%."
    found = _facts(passage, body)
    assert [(f.status, f.kind) for f in found] == [("swapped", "percent"), ("swapped", "percent")]
    first = found[0]
    assert first.precis_span.of("Title\n\n" + body) == "Imports rose 15.5%"
    assert first.passage_span.of(passage) == "In May exports rose 15.5%"


def test_lender_and_borrower_swapped_is_a_wrong_fact():
    passage = "The provincial bank lent Rs 40 crore to the cooperatives last year."
    [f] = _facts(passage, "The cooperatives lent Rs 40 crore to the provincial bank.")
    assert f.status == "swapped" and f.certain
    assert "cooperatives" in f.precis_text and "provincial bank" in f.passage_text


def test_the_same_roles_in_other_words_pass():
    passage = "The provincial bank lent Rs 40 crore to the cooperatives last year."
    assert _facts(passage, "Rs 40 crore was lent by the provincial bank to the cooperatives.") == ()


def test_a_figure_paired_with_the_wrong_year_is_a_wrong_fact():
    passage = "By 2018 about 55 per cent of people lived in towns. The share may reach 68 per cent by 2050."
    [f] = [f for f in _facts(passage, "The urban share was 55 per cent in 2050.") if f.kind == "percent"]
    assert f.status == "swapped" and f.precis_text == "55 per cent in 2050"


def test_a_denied_figure_is_a_wrong_fact():
    passage = "Remittances topped $30 billion in 2024."
    [f] = _facts(passage, "Remittances did not top $30 billion.")
    assert f.status == "negated" and f.passage_text == passage


def test_a_denial_elsewhere_in_the_sentence_is_not_a_denied_figure():
    passage = "About 26 million children were not in school, the second-largest number anywhere."
    assert _facts(passage, "Some 26 million children, many of them girls, are not enrolled.") == ()


ACTORS = ("Coach Ellison has praised the young striker, who is now at the centre of a transfer battle "
          "between two clubs. The trophy, which was designed by Ivo Marsh, will be sold at auction in May.")


def test_a_named_actor_given_another_partys_deed_is_a_wrong_fact_with_both_spans():
    found = _facts(ACTORS, "Ellison is now at the centre of a transfer battle between two clubs.")
    assert [(f.kind, f.status, f.precis_text, f.passage_text, f.certain) for f in found] == [
        ("actor", "swapped", "Ellison", "the young striker", True)]
    [sold] = _facts(ACTORS, "Ivo Marsh will be sold at auction in May.")
    assert (sold.precis_text, sold.passage_text) == ("Ivo Marsh", "The trophy")
    assert "did this, but the passage says it of “The trophy”" in sold.message


def test_the_same_actor_under_another_name_or_a_pronoun_is_not_a_swap():
    for body in ("The striker is now at the centre of a transfer battle between two clubs.",
                 "He is now at the centre of a transfer battle between two clubs.",
                 "The trophy will be sold at auction in May."):
        assert _facts(ACTORS, body) == (), body
    named = "Their rulers, called pharaohs, were believed to be gods in human form."
    assert _facts(named, "Pharaohs were believed to be gods in human form.") == ()
    asides = "All citizens—from kings to farmers—gave gifts to the temples."
    assert _facts(asides, "Farmers gave gifts to the temples.") == ()


def test_not_until_a_year_dates_the_claim_and_restating_it_denies_nothing():
    from tutor.core.analysis import analyse_passage, check
    from tutor.core.passage import passage_from_text
    passage = passage_from_text("The hill village did not get mains electricity until 1961, long after the towns "
                                "below. The first houses were wired by a co-operative. Children could read at night.")
    for precis in ("The hill village got mains electricity only in 1961.",
                   "The hill village had to wait until 1961 for mains electricity."):
        assert check(analyse_passage(passage), "Power\n\n" + precis).facts == ()
    [f] = check(analyse_passage(passage), "Power\n\nThe hill village did not get electricity in 1961.").facts
    assert f.status == "negated"


def test_a_thing_said_to_be_lacking_does_not_deny_the_figure_beside_it():
    from tutor.core.analysis import analyse_passage, check
    from tutor.core.passage import passage_from_text
    passage = passage_from_text("When Dr Shaw took over the small hospital in 1902, it had twelve beds and no "
                                "running water. By 1920 it had a hundred beds and its own nursing school.")
    precis = "Dr Shaw became head of a twelve-bed hospital without running water in 1902; by 1920 it had grown."
    assert check(analyse_passage(passage), "Dr Shaw\n\n" + precis).facts == ()
