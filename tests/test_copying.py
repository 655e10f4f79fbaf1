"""Runs of five or more words shared with the passage are copying; names are not."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text

PASSAGE = ("The river authority announced that the old dam would be rebuilt within three years. "
           "Funding will come from the Asian Development Bank and the provincial government, "
           "which together pledged the larger share of the money.")


def _report(precis: str):
    return check(analyse_passage(passage_from_text(PASSAGE)), precis)


def test_a_run_of_five_shared_words_is_reported_with_both_offsets():
    precis = "River Plans\n\nOfficials said the old dam would be rebuilt within three years, paid for by lenders."
    r = _report(precis)
    assert len(r.copied) == 1
    run = r.copied[0]
    assert run.text == "the old dam would be rebuilt within three years"
    assert run.words == 9
    assert run.precis_span.of(precis) == run.text
    assert run.passage_span.of(PASSAGE) == run.text


def test_case_and_punctuation_do_not_hide_copying():
    precis = "River Plans\n\nTHE OLD DAM, WOULD BE REBUILT soon, officials say."
    assert _report(precis).copied[0].words == 6


def test_four_shared_words_are_not_copying():
    precis = "River Plans\n\nThe old dam would now get a fresh design within a short time."
    assert _report(precis).copied == ()


def test_a_run_made_only_of_a_name_is_not_copying():
    precis = "River Plans\n\nMoney comes from the Asian Development Bank and the province."
    r = _report(precis)
    assert r.copied == ()
    assert r.own_share == 1.0


def test_own_words_share_falls_with_copying():
    precis = ("River Plans\n\nThe river authority announced that the old dam would be rebuilt "
              "within three years.")
    r = _report(precis)
    assert r.own_share < 0.1
    assert r.score.part("own_words").points == 0


def test_a_figure_quoted_with_its_small_words_is_not_copying():
    passage = passage_from_text("One estimate puts the cost of air pollution at about 6.5 per cent of the national "
                                "income each year, through illness and lost working days.")
    r = check(analyse_passage(passage), "Smog\n\nDirty air costs the country about 6.5 per cent of the national "
                                        "income yearly.")
    assert [c.text for c in r.copied] == []
    r = check(analyse_passage(passage), "Smog\n\nIt costs about 6.5 per cent of the national income each year, "
                                        "through illness.")
    assert [c.text for c in r.copied] == ["about 6.5 per cent of the national income each year, through illness"]
