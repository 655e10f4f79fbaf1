"""What counts as evidence that a précis says a key point: not one word standing for two, not a
synonym or two alone, not the words every text uses; a paraphrase still counts."""

from __future__ import annotations

from tutor.core.analysis import analyse_passage, check
from tutor.core.keypoints.commonness import distinctiveness
from tutor.core.keypoints.model import COVERED, MISSING, missing_part
from tutor.core.keypoints.synonyms import match_keys
from tutor.core.keypoints.words import term_key
from tutor.core.passage import AuthoredKeyPoint, Passage

CANAL = ("The new canal cut the cost of carrying grain to the coast by half. Boatmen who once hauled sacks by "
         "road now pilot barges, and the villages along the towpath have opened markets. The real question, "
         "the engineers say, is who benefits from the gains: the landowners whose fields border the water, or "
         "the farmers who rent them. Printing presses in the market towns have spread the news of prices.")


def _coverage(passage_text: str, point: str, precis: str, accept: tuple[str, ...] = (), source: str = ""):
    """The coverage of the one authored point of ``passage_text`` by ``precis``."""
    passage = Passage("one", "One Point", passage_text,
                      key_points=(AuthoredKeyPoint("kp1", point, accept=accept, source=source or point),))
    return check(analyse_passage(passage), precis, title="Notes").coverage.points[0]


def test_one_precis_word_does_not_stand_for_two_words_of_a_short_accepted_wording():
    c = _coverage(CANAL, "The real question is who captures the gains of the canal.",
                  "Pressed to show returns, the council spent its budget on roads.",
                  accept=("who benefits from the gains",))
    assert c.status == MISSING


def test_a_lone_synonym_is_weaker_evidence_than_the_word_itself():
    said = _coverage(CANAL, "The real question is who captures the gains of the canal.",
                     "The question is who gets the gains.", accept=("who benefits from the gains",))
    synonym = _coverage(CANAL, "The real question is who captures the gains of the canal.",
                        "Investors wanted returns.", accept=("who benefits from the gains",))
    assert said.status == COVERED
    assert synonym.status == MISSING and synonym.score < said.score / 2


def test_synonyms_alone_in_a_sentence_about_something_else_do_not_cover_a_point():
    c = _coverage(CANAL, "Cheap transport weakened the landowners' authority over the farmers.",
                  "Governments lost interest, and the state grew poorer.")
    assert c.status != COVERED


def test_a_paraphrase_of_several_synonyms_beside_one_word_of_the_point_still_covers_it():
    c = _coverage(CANAL, "The canal halved the cost of carrying grain to the coast.",
                  "The canal halved the price of shipping wheat to the shore.")
    assert c.status == COVERED


def test_a_derived_form_of_the_point_word_counts_as_the_word_not_as_a_synonym():
    c = _coverage("Once the evidence is strong, a clerk who has seen fraud may be obliged to report it. Staying "
                  "silent is then no longer a choice.",
                  "Reporting the fraud becomes obligatory for the clerk.",
                  "For the clerk, reporting fraud becomes an obligation.")
    assert c.status == COVERED


def test_a_common_word_earns_less_of_a_point_than_a_distinctive_one():
    text = ("The government praised the glaciologists. The ministry funds the survey every year. "
            "The survey counts the ice in the valleys.")
    point = "The government praised the glaciologists."
    common = _coverage(text, point, "The government spoke.")
    distinctive = _coverage(text, point, "The glaciologists spoke.")
    assert distinctive.score > common.score


def test_words_every_text_uses_are_less_distinctive_than_rare_ones():
    assert distinctiveness("people") < distinctiveness("government") < distinctiveness("remittances") == 1.0
    assert distinctiveness("qzxvorbl") == 1.0  # a word no list has is as distinctive as can be


def test_a_compound_in_the_synonym_table_links_through_its_head_not_every_part():
    def shares_group(a: str, b: str) -> bool:
        groups = {k for k, _ in match_keys(a, term_key(a)) if k.startswith("g:")}
        return bool(groups & {k for k, _ in match_keys(b, term_key(b)) if k.startswith("g:")})

    assert shares_group("estate", "property")  # "real-estate"
    assert not shares_group("real", "property")


def test_a_hyphenated_compound_is_one_idea_said_by_its_meaning_word():
    c = _coverage("Curiosity-driven research gave the valley its best ploughs. Later work with set goals "
                  "gave little.",
                  "Curiosity-driven research gave the valley its best ploughs.",
                  "Research done out of curiosity gave the valley its best ploughs.")
    assert c.status == COVERED


def test_what_is_not_yet_said_names_the_phrase_lacking_most_when_every_phrase_lacks_something():
    part = missing_part("The council approved the bridge for the northern district.",
                        ("approved", "bridge", "northern"))
    assert part == "The council approved the bridge"
