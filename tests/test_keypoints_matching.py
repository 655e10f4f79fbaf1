"""How a précis is matched against key points: paraphrase earns credit, scattered words do not."""

from __future__ import annotations

from tutor.core.keypoints import assess, coverage_map
from tutor.core.keypoints.model import (CONTRADICTED, COVERED, DETAIL, MISSING, PARTIAL, Coverage, KeyPoint,
                                        KeyPointCoverage)
from tutor.core.keypoints.passage_ideas import passage_ideas
from tutor.core.keypoints.synonyms import expanded_keys, wordnet_available
from tutor.core.keypoints.words import content_terms, term_key
from tutor.core.span import Span

PASSAGE = (
    "The ailing economy of the island has been rescued by the new fishing agreement. "
    "Its government has endorsed the candidature of its capital for the regional games. "
    "The harbour, which was built in 1890, now handles sixty-five ships a week. "
    "Co-operation with the mainland has strengthened the defence of the coast. "
    "Tourism, such as diving and sailing, brings visitors in summer."
)


def _points(*specs) -> tuple[KeyPoint, ...]:
    """Key points made from (id, text, source words, optional), prepared on PASSAGE."""
    pi = passage_ideas(PASSAGE)
    out = []
    for pid, text, source, optional, *accept in specs:
        at = PASSAGE.index(source)
        out.append(pi.point(pid, text, 1.0, (Span(at, at + len(source)),), optional, tuple(accept)))
    return tuple(out)


ECONOMY = ("e", "The island's ailing economy was rescued by the fishing agreement.",
           "The ailing economy of the island has been rescued by the new fishing agreement.", False)
GAMES = ("g", "The government endorsed the capital's candidature for the regional games.",
         "Its government has endorsed the candidature of its capital for the regional games.", False)
HARBOUR = ("h", "The harbour handles sixty-five ships a week.", "now handles sixty-five ships a week", False)
COAST = ("c", "Co-operation with the mainland strengthened the coast's defence.",
         "Co-operation with the mainland has strengthened the defence of the coast.", False)
TOURISM = ("t", "Example: diving and sailing.", "such as diving and sailing", True)


def _assess(precis: str, *specs) -> Coverage:
    return assess(PASSAGE, _points(*specs), "authored", precis, 0)


def _status(precis: str, spec) -> str:
    return _assess(precis, spec).points[0].status


def test_paraphrased_idea_counts_as_covered():
    assert _status("A fishing deal has saved the island's deteriorating economy.", ECONOMY) == COVERED
    assert _status("The state backed the capital's bid to host the regional games.", GAMES) == COVERED


def test_same_words_in_another_order_and_form_count():
    assert _status("Fishing agreements rescue ailing island economies.", ECONOMY) == COVERED


def test_numbers_as_words_or_digits_and_spelling_variants_meet():
    assert _status("Each week the harbor handles 65 ships.", HARBOUR) == COVERED
    assert _status("Cooperation with the mainland strengthened coastal defense.", COAST) == COVERED


def test_words_scattered_across_distant_sentences_do_not_cover_a_point():
    precis = ("The government is popular. The island has many beaches. Fish are plentiful near the rocks. "
              "Its capital is old. Children love sports. The regional climate is mild. "
              "People apply for jobs. Everyone endorsed the new road.")
    assert _status(precis, GAMES) == MISSING


def test_an_idea_left_out_is_missing_and_names_its_key_words():
    c = _assess("The island's economy was rescued by a fishing deal.", ECONOMY, GAMES).points[1]
    assert c.status == MISSING and c.evidence_span is None
    assert "candidature" in c.missing_terms or "endorsed" in c.missing_terms
    assert c.advice == "Missing: The government endorsed the capital's candidature for the regional games."


def test_half_an_idea_is_partial_with_advice_naming_what_is_lacking():
    c = _assess("The government was pleased with the games.", GAMES).points[0]
    assert c.status == PARTIAL
    assert 0 < c.score < 1
    assert c.advice.startswith("Only partly covered: The government endorsed")


def test_advice_on_a_partial_point_shows_the_missing_idea_in_words_not_a_word_list():
    c = _assess("The government was pleased with the games.", GAMES).points[0]
    assert c.missing_terms  # still in the JSON for tools
    assert "Not yet said: " in c.advice and "endorsed the capital's candidature" in c.advice
    assert "Say also" not in c.advice and ", ".join(c.missing_terms) not in c.advice


def test_the_missing_idea_keeps_rather_than_with_what_it_sets_aside():
    from tutor.core.keypoints.model import missing_part

    point = "Grants should help the village wells rather than replace them, through repair crews and spare pumps."
    assert missing_part(point, ("replace",)) == "rather than replace them"


def test_accepted_wording_counts_like_the_point_text():
    spec = ("g", "The government endorsed the capital's candidature for the regional games.",
            "Its government has endorsed the candidature of its capital for the regional games.", False,
            "the island wants to host the tournament")
    assert _status("The island wants to host the tournament.", spec) == COVERED
    assert _status("The island wants to host the tournament.", GAMES) != COVERED


def test_evidence_span_points_into_the_precis_as_given_with_its_title():
    precis = "Title: Island Fortunes\n\nA fishing deal has saved the island's deteriorating economy."
    body = precis.index("A fishing")
    c = assess(PASSAGE, _points(ECONOMY), "authored", precis, body).points[0]
    assert c.status == COVERED
    assert c.evidence_span.start >= body
    assert "economy" in c.evidence_span.of(precis)


def test_title_words_do_not_cover_a_point():
    precis = "The Island Economy Rescued By Fishing\n\nTourists enjoy the beaches."
    body = precis.index("Tourists")
    assert assess(PASSAGE, _points(ECONOMY), "authored", precis, body).points[0].status == MISSING


def test_optional_detail_earns_no_credit_and_is_reported_as_detail():
    precis = "A fishing deal saved the island's weak economy. Diving and sailing bring tourists."
    coverage = _assess(precis, ECONOMY, TOURISM)
    assert [c.point.id for c in coverage.included_detail] == ["t"]
    assert coverage.ratio == 1.0
    without = _assess("A fishing deal saved the island's weak economy.", ECONOMY, TOURISM)
    assert without.ratio == 1.0 and not without.included_detail


def test_ratio_weighs_points_by_their_weight():
    heavy, light = _points(ECONOMY, GAMES)
    points = (KeyPoint(heavy.id, heavy.text, 3.0, heavy.source_span, wordings=heavy.wordings),
              KeyPoint(light.id, light.text, 1.0, light.source_span, wordings=light.wordings))
    coverage = assess(PASSAGE, points, "authored", "A fishing deal saved the island's failing economy.", 0)
    assert coverage.ratio == 0.75


def test_points_made_without_prepared_wordings_are_prepared_on_the_fly():
    at = PASSAGE.index("Its government")
    bare = KeyPoint("g", "The government endorsed the capital's candidature for the games.", 1.0,
                    Span(at, PASSAGE.index(".", at) + 1))
    coverage = assess(PASSAGE, (bare,), "authored", "The state backed the capital's bid for the games.", 0)
    assert coverage.points[0].status == COVERED


def test_coverage_map_colours_passage_spans_by_status_without_overlap():
    points = _points(ECONOMY, GAMES, TOURISM)
    coverage = assess(PASSAGE, points, "authored", "A fishing deal saved the island's weak economy.", 0)
    painted = coverage_map(coverage)
    assert [status for _, status in painted] == [COVERED, MISSING, DETAIL]
    spans = [span for span, _ in painted]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert spans[0].of(PASSAGE).startswith("The ailing economy")


def test_coverage_map_keeps_an_inner_clause_in_its_own_colour():
    outer = KeyPoint("o", "outer", 1.0, Span(0, 100), source_parts=(Span(0, 40), Span(60, 100)))
    inner = KeyPoint("i", "inner", 1.0, Span(42, 58))
    coverage = Coverage("automatic", (KeyPointCoverage(outer, COVERED, 1.0, None),
                                      KeyPointCoverage(inner, MISSING, 0.0, None)))
    assert coverage_map(coverage) == ((Span(0, 40), COVERED), (Span(42, 58), MISSING), (Span(60, 100), COVERED))


def test_content_terms_fold_numbers_hyphens_and_possessives():
    words = [t.word for t in content_terms("Sixty-five co-operatives earned $1,000 in the island's second year.")]
    assert words == ["65", "cooperatives", "earned", "1000", "island", "2nd", "year"]
    assert term_key("organisation") == term_key("organization")


def test_built_in_synonyms_link_precis_vocabulary_without_wordnet():
    def keys(word):
        return {k for k, _ in expanded_keys(word, term_key(word))}
    for a, b in [("ailing", "deteriorating"), ("blessing", "boon"), ("disguise", "hidden"), ("prism", "lens"),
                 ("outside", "external"), ("cemented", "strengthened"), ("cooperation", "collaborated"),
                 ("endorsed", "backed"), ("candidature", "bid"), ("succor", "rescue"), ("unanimity", "consensus")]:
        assert keys(a) & keys(b), (a, b)
    assert not keys("prism") & keys("endorsed")


def test_wordnet_synonyms_join_in_when_wordnet_is_installed(monkeypatch):
    from tutor.core.keypoints import synonyms

    class FakeLemma:
        def __init__(self, name):
            self._name = name

        def name(self):
            return self._name

        def derivationally_related_forms(self):
            return []

    class FakeSynset:
        def lemmas(self):
            return [FakeLemma("quay"), FakeLemma("wharf")]

    class FakeWordNet:
        def synsets(self, word):
            return [FakeSynset()] if word == "pier" else []

    monkeypatch.setattr(synonyms, "_wordnet", lambda: FakeWordNet())
    synonyms.wordnet_keys.cache_clear()
    try:
        keys = {k for k, _ in synonyms.expanded_keys("pier", "pier")}
        assert "s:" + term_key("wharf") in keys
    finally:
        synonyms.wordnet_keys.cache_clear()


def test_matching_works_whether_or_not_wordnet_data_is_present():
    assert isinstance(wordnet_available(), bool)
    assert _status("A fishing deal has saved the island's deteriorating economy.", ECONOMY) == COVERED


RIVER_PASSAGE = (
    "Snow on the northern mountains feeds the river, and the farmers of the plain rely on its water to irrigate "
    "their wheat. As the winters grow warmer, the snow melts earlier, so the river will run low in summer just when "
    "the wheat needs water most. The provincial government has begun building small reservoirs to store the spring "
    "meltwater. Engineers warn, however, that the reservoirs will silt up within twenty years unless the hillsides "
    "are replanted."
)
RIVER_POINTS = (
    ("feed", "Mountain snow feeds the river that the plain's wheat farmers rely on.",
     "Snow on the northern mountains feeds the river, and the farmers of the plain rely on its water to irrigate "
     "their wheat."),
    ("low", "Warmer winters make the snow melt earlier, so the river will be low in summer when the wheat needs water.",
     "As the winters grow warmer, the snow melts earlier, so the river will run low in summer just when the wheat "
     "needs water most."),
    ("store", "The province is building small reservoirs to store spring meltwater.",
     "The provincial government has begun building small reservoirs to store the spring meltwater."),
    ("silt", "The reservoirs will silt up in twenty years unless the hillsides are replanted.",
     "the reservoirs will silt up within twenty years unless the hillsides are replanted."),
)


def _river_statuses(precis: str) -> dict[str, str]:
    pi = passage_ideas(RIVER_PASSAGE)
    points = []
    for pid, text, source in RIVER_POINTS:
        at = RIVER_PASSAGE.index(source)
        points.append(pi.point(pid, text, 1.0, (Span(at, at + len(source)),)))
    return {c.point.id: c.status for c in assess(RIVER_PASSAGE, tuple(points), "authored", precis, 0).points}


def test_a_dropped_idea_is_missing_even_when_another_ideas_sentence_shares_its_words():
    # The first sentence is about "feed"; its summer, river, snow and wheat are that point's evidence,
    # not a half-telling of the warning that the river will run low.
    precis = ("Each summer the plain's farmers rely on the river, fed by melting mountain snow, to water their wheat. "
              "The province is building small reservoirs to keep spring meltwater. Engineers say these will fill "
              "with silt in twenty years unless the hills are replanted.")
    assert _river_statuses(precis) == {"feed": COVERED, "low": MISSING, "store": COVERED, "silt": COVERED}


def test_one_sentence_that_says_two_ideas_covers_both():
    precis = ("Farmers on the plain water their wheat from a river fed by mountain snow, but warmer winters melt the "
              "snow sooner, leaving the river low in summer. The province is building small reservoirs for spring "
              "meltwater, which will silt up in twenty years unless the hills are replanted.")
    assert set(_river_statuses(precis).values()) == {COVERED}


STADIUM_PASSAGE = ("The town council met in March to decide the fate of the new stadium. After a long debate it voted "
                   "down the stadium plan by seven votes to two, because the builders' estimate had doubled in a year. "
                   "Supporters of the plan promised to try again once the town's debts were paid.")


def test_a_sentence_that_says_the_larger_of_two_nested_points_covers_the_smaller_too():
    # A teacher's points often nest: the vote, and the vote with its margin. A précis that reports the
    # margin has reported the vote; the larger point must not take the smaller one's words away.
    def point(pid: str, text: str, source: str) -> KeyPoint:
        at = STADIUM_PASSAGE.index(source)
        return passage_ideas(STADIUM_PASSAGE).point(pid, text, 1.0, (Span(at, at + len(source)),))

    points = (point("vote", "The council voted down the stadium plan.", "it voted down the stadium plan"),
              point("margin", "The council voted down the stadium plan by seven votes to two.",
                    "it voted down the stadium plan by seven votes to two"))
    precis = "The stadium proposal was rejected 7-2 by the council."
    statuses = {c.point.id: c.status for c in assess(STADIUM_PASSAGE, points, "authored", precis, 0).points}
    assert statuses == {"vote": COVERED, "margin": COVERED}


def test_the_passages_other_ideas_keep_their_own_words_even_when_they_are_not_key_points():
    # "feed" is not a key point here; the précis copies it, and its river, snow, summer and wheat
    # do not make the point about the river running low half-covered.
    pi = passage_ideas(RIVER_PASSAGE)
    points = []
    for pid, text, source in RIVER_POINTS[1:]:
        at = RIVER_PASSAGE.index(source)
        points.append(pi.point(pid, text, 1.0, (Span(at, at + len(source)),)))
    precis = ("Snow on the northern mountains feeds the river, and in summer the farmers of the plain rely on its "
              "water to irrigate their wheat. The province is building small reservoirs to keep spring meltwater.")
    statuses = {c.point.id: c.status for c in assess(RIVER_PASSAGE, tuple(points), "automatic", precis, 0).points}
    assert statuses == {"low": MISSING, "store": COVERED, "silt": MISSING}


def test_commentary_adverbs_and_pointing_nouns_are_not_words_a_precis_must_echo():
    words = [t.word for t in content_terms("This aspect luckily comes with political unanimity on both sides.")]
    assert words == ["political", "unanimity", "sides"]
    assert "aspect" in [t.word for t in content_terms("Every aspect of the plan was costed.")]
    assert "paradoxically" not in [t.word for t in content_terms("Paradoxically, growers go hungry.")]


def test_function_words_and_number_words_do_not_link_unrelated_words():
    def keys(word):
        return {k for k, _ in expanded_keys(word, term_key(word))}
    assert not keys("ones") & keys("third")
    assert [t.word for t in content_terms("Goods move through ports instead of roads.")] == ["goods", "move", "ports",
                                                                                          "roads"]


def test_leaders_of_similar_views_can_stand_for_political_unanimity():
    def keys(word):
        return {k for k, _ in expanded_keys(word, term_key(word))}
    assert keys("unanimity") & keys("similar")
    assert not keys("agreement") & keys("similar")  # a trade agreement is not a likeness


NEGATION_PASSAGE = (
    "China endorsed Pakistan's bid for membership of the bloc. "
    "The new railway will not be finished before the winter floods. "
    "Without reform at home, no corridor can succeed in an economy that is not ready to use it. "
    "Remittances reach families that state programmes fail to help."
)


def _negation_status(precis: str, text: str, source: str) -> str:
    pi = passage_ideas(NEGATION_PASSAGE)
    at = NEGATION_PASSAGE.index(source)
    point = pi.point("n", text, 1.0, (Span(at, at + len(source)),))
    return assess(NEGATION_PASSAGE, (point,), "authored", precis, 0).points[0].status


def test_a_denied_synonym_beside_a_few_shared_words_neither_contradicts_nor_covers_a_point():
    text = "The best schools in the valley were founded by a few rich families. Most children walked an hour to them."
    source = "The best schools in the valley were founded by a few rich families."
    point = passage_ideas(text).point("s", source, 1.0, (Span(0, len(source)),))

    def status(precis: str) -> str:
        return assess(text, (point,), "authored", precis, 0).points[0].status

    # "create" for "founded" and "good" for "best" are loose synonyms: the sentence is about something else.
    assert status("A good teacher would not create interest in schools that lack money.") in (MISSING, PARTIAL)
    assert status("The best schools in the valley were not founded by rich families.") == CONTRADICTED
    assert status("A good school in the valley was never created by rich families.") == CONTRADICTED


def test_a_precis_that_denies_a_point_contradicts_it():
    bid = ("China endorsed Pakistan's bid.", "China endorsed Pakistan's bid for membership of the bloc.")
    assert _negation_status("China endorsed Pakistan's bid to join the bloc.", *bid) == COVERED
    assert _negation_status("China did not endorse Pakistan's bid.", *bid) == CONTRADICTED
    assert _negation_status("China never endorsed Pakistan's bid for membership of the bloc.", *bid) == CONTRADICTED
    assert _negation_status("China didn't back Pakistan's bid for membership.", *bid) in (MISSING, PARTIAL,
                                                                                          CONTRADICTED)


def test_a_denial_in_the_point_is_covered_by_a_denial_in_the_precis():
    late = ("The railway will not be finished before the winter floods.",
            "The new railway will not be finished before the winter floods.")
    assert _negation_status("The railway cannot be finished before the winter floods.", *late) == COVERED
    assert _negation_status("The railway will be finished before the winter floods.", *late) in (MISSING, PARTIAL,
                                                                                                  CONTRADICTED)


def test_a_negation_that_moves_or_becomes_a_condition_still_agrees():
    reform = ("No corridor can succeed without reform at home.",
              "Without reform at home, no corridor can succeed in an economy that is not ready to use it.")
    assert _negation_status("The corridor cannot succeed unless the economy reforms at home.", *reform) == COVERED
    assert _negation_status("Not only the railway but the whole corridor needs reform at home to succeed.",
                            *reform) != MISSING
    reach = ("Remittances reach families that state programmes fail to help.",
             "Remittances reach families that state programmes fail to help.")
    assert _negation_status("Remittances reach the families that state help never reaches.", *reach) == COVERED


def test_the_missing_idea_keeps_than_with_the_comparison_it_ends():
    from tutor.core.keypoints.model import missing_part

    point = "Towns burn more charcoal than villages in the long winter."
    assert missing_part(point, ("villages",)) == "Towns burn more charcoal than villages"
