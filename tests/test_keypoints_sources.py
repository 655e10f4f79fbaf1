"""Where key points come from: the pack, model précis (pyramid), or the passage alone."""

from __future__ import annotations

import time

from tutor.core.analysis import analyse_passage, check
from tutor.core.keypoints import assess, key_points
from tutor.core.keypoints.automatic import MAX_POINTS, MIN_POINTS, automatic_points, point_count
from tutor.core.keypoints.model import COVERED, MISSING
from tutor.core.keypoints.passage_ideas import passage_ideas
from tutor.core.passage import AuthoredKeyPoint, ModelPrecis, Passage, passage_from_text

RIVER = (
    "The river that feeds the valley is shrinking, and farmers who depend on it are pumping groundwater "
    "faster than the rain can replace it. "
    "Cheap electricity for pumps, which the state subsidises heavily, removes any reason to save water. "
    "Wells that were twenty metres deep a generation ago now reach twice that depth. "
    "Some villages, such as Karam and Dilna, have already been abandoned. "
    "The minister said, \"We are borrowing water from our grandchildren.\" "
    "Metering every well would reveal how much is taken, and pricing power fairly would reward thrift. "
    "Without such reform, the valley's farms will fail within a generation."
)

MODEL_A = ("Valley Running Dry\n\nFarmers are draining groundwater faster than rain restores it. "
           "Subsidised power for pumps discourages saving. Without reform the farms will fail.")
MODEL_B = ("The Thirsty Valley\n\nGroundwater is being pumped out faster than rain refills it. "
           "Without metering and fair power prices, the valley's farms will not survive.")


def _passage(**kw) -> Passage:
    return Passage(id="river", title="River", text=RIVER, **kw)


def test_passage_without_key_points_or_models_gets_automatic_points_in_passage_order():
    source, points = key_points(passage_from_text(RIVER))
    assert source == "automatic"
    starts = [p.source_span.start for p in points]
    assert starts == sorted(starts)
    required = [p for p in points if not p.optional]
    assert MIN_POINTS <= len(required) <= MAX_POINTS
    for p in points:
        assert p.text.endswith(".") and p.text[0].isupper()


def test_automatic_points_mark_examples_and_quotations_optional():
    _, points = key_points(passage_from_text(RIVER))
    optional = [p.text for p in points if p.optional]
    assert any("grandchildren" in t for t in optional)  # "such as Karam and Dilna", names only, is no point at all
    assert not any("Karam" in p.text or "grandchildren" in p.text for p in points if not p.optional)


def test_number_of_points_scales_with_the_target_length():
    assert point_count(20) == MIN_POINTS
    assert point_count(1000) == MAX_POINTS
    assert point_count(40) < point_count(80) < point_count(120)
    pi = passage_ideas(RIVER)
    few = [p for p in automatic_points(pi, 30) if not p.optional]
    many = [p for p in automatic_points(pi, 90) if not p.optional]
    assert len(few) < len(many)


def test_authored_points_win_over_model_precis_and_keep_their_ids():
    kp = AuthoredKeyPoint("k1", "Farmers pump groundwater faster than rain replaces it.", 2.0,
                          source="pumping groundwater faster than the rain can replace it")
    source, points = key_points(_passage(key_points=(kp,), model_precis=(ModelPrecis(MODEL_A),)))
    assert source == "authored"
    assert [p.id for p in points] == ["k1"]
    assert points[0].source_span.of(RIVER) == kp.source


def test_authored_point_without_source_is_located_in_the_passage():
    kp = AuthoredKeyPoint("k2", "Cheap subsidised power for pumps means nobody saves water.")
    _, (point,) = key_points(_passage(key_points=(kp,)))
    assert "Cheap electricity for pumps" in point.source_span.of(RIVER)


def test_model_precis_give_points_weighted_by_how_many_models_carry_them():
    source, points = key_points(_passage(model_precis=(ModelPrecis(MODEL_A), ModelPrecis(MODEL_B))))
    assert source == "model"
    by_idea = {p.source_span.of(RIVER)[:30]: p.weight for p in points}
    groundwater = next(w for s, w in by_idea.items() if "farmers who depend" in s or "river that feeds" in s
                       or "pumping" in s)
    subsidy = next(w for s, w in by_idea.items() if "Cheap electricity" in s)
    assert groundwater == 2.0  # in both models
    assert subsidy == 1.0  # in one of two
    assert groundwater > subsidy


def test_models_passed_explicitly_win_even_over_authored_points():
    kp = AuthoredKeyPoint("k1", "Farmers pump groundwater too fast.")
    source, points = key_points(_passage(key_points=(kp,)), (MODEL_A, MODEL_B))
    assert source == "model"
    assert all(p.id.startswith("m") for p in points)


def test_model_points_accept_the_other_models_wordings():
    _, points = key_points(_passage(model_precis=(ModelPrecis(MODEL_A), ModelPrecis(MODEL_B))))
    shared = max(points, key=lambda p: p.weight)
    assert shared.accept


def test_analyse_passage_prepares_key_points_once_and_check_reuses_them():
    passage = passage_from_text(RIVER + " ")
    first = analyse_passage(passage)
    assert analyse_passage(passage) is first
    assert all(p.wordings for p in first.key_points)


def test_check_stays_fast_for_a_long_passage():
    long_text = "\n\n".join([RIVER] * 7)  # about 700 words
    analysis = analyse_passage(passage_from_text(long_text))
    precis = "Dry Valley\n\n" + " ".join(["Farmers drain groundwater faster than rain restores it."] * 12)
    check(analysis, precis)
    start = time.perf_counter()
    for _ in range(5):
        check(analysis, precis)
    assert (time.perf_counter() - start) / 5 < 0.25  # generous: typically under 10 ms


SEEDLIKE_PASSAGE = (
    "Norland and Estmark have travelled a long road together. Their search for a strategic partnership is the "
    "foundation of their bilateral relations, and has survived every storm of the past decades. This is perhaps "
    "why the multi-billion dollar Northern Rail Corridor (NRC), part of the wider Coastal Trade Initiative, has "
    "arrived as a rescue for the ailing economy of Estmark. Thus, the promise from Halden to work closely with "
    "Estmark and start the second phase of the NRC, which would bring factories to the border towns, is a "
    "blessing in disguise.\n\n"
    "It is a fact that both countries share a common approach to regional integration, and believe in a joint "
    "future. Halden's generosity in helping Varna through economic hardship is now formalised in the $40 billion "
    "NRC. This policy enjoys political unanimity on both sides, and the same was again repeated by Norland's "
    "Deputy Trade Minister Elena Varga on her recent visit to Varna. Likewise, the fact that both neighbours see "
    "from the same prism while dealing with the outside world, and have cemented defence and scientific "
    "cooperation too, was evident as Estmark's candidature was endorsed by Norland for the Arctic Council "
    "membership."
)
SEEDLIKE_PRECIS = (
    "Title: NORLAND-ESTMARK ALLIANCE\n\n"
    "Norland and Estmark have long been close, and their ties rest on a strategic alliance. The rail corridor has rescued "
    "Estmark's deteriorating economy. Halden's wish to begin the corridor's second phase is a hidden blessing "
    "that will bring industry to the border towns. Both countries hold a common view of regional integration "
    "and a shared future. Halden's help to Varna is embodied in the $40 billion corridor. Leaders on both sides "
    "agree politically. Since both states view the external world through the same lens, they've collaborated "
    "on defence and science."
)


def test_seedlike_precis_misses_only_the_endorsement():
    passage = Passage(id="pasted", title="Pasted passage", text=SEEDLIKE_PASSAGE, target_words=85)
    report = check(analyse_passage(passage), SEEDLIKE_PRECIS)
    assert report.coverage.source == "automatic"
    required = [c for c in report.coverage.points if not c.point.optional]
    missing = [c for c in required if c.status == MISSING]
    assert [("endorsed" in c.point.text) for c in missing] == [True]
    assert missing[0].advice.startswith("Missing: Estmark's candidature was endorsed")
    assert any(c.point.optional and "Varga" in c.point.text for c in report.coverage.points)


def test_seedlike_paraphrases_are_credited_idea_by_idea():
    pi = passage_ideas(SEEDLIKE_PASSAGE)
    points = tuple(pi.point(f"i{n}", i.text, 1.0, i.parts, i.optional) for n, i in enumerate(pi.ideas))
    body = SEEDLIKE_PRECIS.index("Norland and Estmark have long")
    coverage = assess(SEEDLIKE_PASSAGE, points, "automatic", SEEDLIKE_PRECIS, body)

    def status_of(words: str) -> str:
        return next(c.status for c in coverage.points if words in c.point.text)
    assert status_of("same prism") != MISSING  # "view the external world through the same lens"
    assert status_of("blessing in disguise") != MISSING  # "hidden blessing"
    assert status_of("weak economy") != MISSING  # the passage's "ailing economy", put plainly; précis: "deteriorating economy"
    assert status_of("cemented defence") == COVERED  # "collaborated on defence and science"
    assert status_of("endorsed") == MISSING


VAGUE_OPENING_PASSAGE = SEEDLIKE_PASSAGE.replace(
    "Norland and Estmark have travelled a long road together.", "Norland and Estmark have a long way to go.").replace(
    "This policy enjoys political unanimity on both sides", "This aspect luckily comes with political unanimity on both sides")


def test_a_vague_opening_made_only_of_the_passages_topic_words_is_not_a_key_point():
    required = [p.text for p in automatic_points(passage_ideas(VAGUE_OPENING_PASSAGE), 85) if not p.optional]
    assert not any("long way to go" in t for t in required)


def test_a_claim_followed_by_its_attribution_is_ranked_with_it():
    # "This aspect … comes with political unanimity" shares no word with the rest of the passage; the
    # Vice Minister's visit that backs it does, and makes the claim a key point while the visit stays detail.
    points = automatic_points(passage_ideas(VAGUE_OPENING_PASSAGE), 85)
    assert any("political unanimity" in p.text and not p.optional for p in points)
    assert all(p.optional for p in points if "Elena Varga" in p.text)


def test_with_model_precis_covering_the_idea_both_models_share_counts_more_than_one_only_one_has():
    passage = _passage(model_precis=(ModelPrecis(MODEL_A), ModelPrecis(MODEL_B)))
    analysis = analyse_passage(passage)
    shared = check(analysis, "Dry Valley\n\nFarmers pump out groundwater faster than the rain refills it.")
    single = check(analysis, "Dry Valley\n\nSubsidised electricity for pumps gives farmers no reason to save water.")
    assert shared.coverage.source == single.coverage.source == "model"
    # the pyramid score: the weight of the points covered over the weight of all
    assert shared.coverage.ratio > single.coverage.ratio > 0
