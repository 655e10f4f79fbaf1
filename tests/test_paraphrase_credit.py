"""A paraphrase earns the credit of the words it replaces: inflections, lemmas, phrasal verbs."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.keypoints.model import COVERED
from tutor.core.passage import AuthoredKeyPoint, Passage

TEXT = ("The board decided to postpone the merger until the auditors finish their review. Regulators will "
        "investigate why the earlier accounts were wrong. Shareholders, meanwhile, have been told nothing "
        "about the cost of the delay, and several have written to the chairman to complain.")
PASSAGE = Passage("merger", "The Merger", TEXT, key_points=(
    AuthoredKeyPoint("kp1", "The board will postpone the merger until the review is finished.",
                     source="The board decided to postpone the merger until the auditors finish their review."),
    AuthoredKeyPoint("kp2", "Regulators will investigate why the accounts were wrong.",
                     source="Regulators will investigate why the earlier accounts were wrong."),
    AuthoredKeyPoint("kp3", "Shareholders have not been told what the delay costs.",
                     source="Shareholders, meanwhile, have been told nothing about the cost of the delay")))


def _status_of(word: str, precis: str) -> str:
    r = check(analyse_passage(PASSAGE), precis, title="The Merger")
    return next(c.status for c in r.coverage.points if word in c.point.text)


def test_a_phrasal_verb_covers_the_single_verb_it_stands_for():
    assert _status_of("postpone", "The board put off the merger until the auditors finish.") == COVERED
    assert _status_of("investigate", "Regulators will look into why the earlier accounts were wrong.") == COVERED


def test_a_phrasal_verb_in_another_tense_is_still_one_phrase():
    assert _status_of("postpone", "The board has put off the merger until the review is done.") == COVERED


def test_the_phrasal_verb_is_what_earns_the_credit():
    said = check(analyse_passage(PASSAGE), "The board put off the merger.", title="M").coverage.points[0]
    other = check(analyse_passage(PASSAGE), "The board discussed the merger.", title="M").coverage.points[0]
    assert "postpone" not in said.missing_terms
    assert "postpone" in other.missing_terms
    assert said.score > other.score


def _one_point(text: str, point: str, source: str, *precis: str):
    """The coverage of the one authored point of ``text`` by each précis."""
    passage = Passage("one", "One Point", text, key_points=(AuthoredKeyPoint("kp1", point, source=source),))
    return [check(analyse_passage(passage), p, title="T").coverage.points[0] for p in precis]


def test_keeping_at_it_from_the_first_week_says_working_steadily_from_the_beginning():
    said, other = _one_point("The new apprentice worked steadily from the beginning of the season. The foreman "
                             "praised her at the harvest supper.",
                             "The apprentice worked steadily from the beginning of the season.",
                             "The new apprentice worked steadily from the beginning of the season.",
                             "The apprentice kept at it from the first week of the season.",
                             "The apprentice joined in the season.")
    assert said.status == COVERED
    assert said.score > other.score


def test_a_related_noun_stands_for_the_phrase_it_names():
    said, other = _one_point("The widow hired a man to tend the sheep on the high pasture. Wolves had taken three "
                             "lambs that spring.",
                             "The widow hired a man to tend the sheep.",
                             "The widow hired a man to tend the sheep on the high pasture.",
                             "The widow hired a shepherd.", "The widow hired a cook.")
    assert said.status == COVERED
    assert other.status != COVERED


def test_a_sum_written_as_one_word_and_spending_for_paying_echo_the_point():
    transfer = Passage("transfer", "The Transfer", "The club paid 30 million pounds for the young striker. He "
                       "signed a five-year contract on Friday. Fans had waited all summer for the news.",
                       key_points=(AuthoredKeyPoint("kp1", "The club paid 30 million pounds for the striker."),))
    glued = check(analyse_passage(transfer), "The club spent £30million on a young striker.", title="T")
    assert glued.coverage.points[0].status == COVERED
    assert not {"30", "million", "paid"} & set(glued.coverage.points[0].missing_terms)


def test_written_off_as_just_a_pastime_echoes_dismissed_as_mere_entertainment():
    paraphrase, other = _one_point(
        "Poetry is often dismissed as mere entertainment by busy readers. The legal costs nearly ruined the "
        "small press that printed it.",
        "Poetry is often dismissed as mere entertainment.", "Poetry is often dismissed as mere entertainment",
        "Poetry is frequently written off as just a pastime.", "Poetry is frequently praised as great art.")
    assert paraphrase.score > other.score
    assert paraphrase.status in (COVERED, "partial")
