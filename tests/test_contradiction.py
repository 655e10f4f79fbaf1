"""A précis that says the opposite of the passage does not cover the point: it contradicts it."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.keypoints.model import CONTRADICTED, COVERED
from tutor.core.passage import AuthoredKeyPoint, Passage, passage_from_text
from tutor.core.report_text import render

PASSAGE = passage_from_text(
    "The council rejected the plan because it was too costly. Residents welcomed the decision, and the mayor "
    "promised a smaller scheme next year. Traffic in the old town has grown every year since the river "
    "bridge closed for repairs.")


def _council(precis: str):
    r = check(analyse_passage(PASSAGE), precis, title="The Plan")
    return next(c for c in r.coverage.points if "council" in c.point.text.lower()), r


def _reversed_points(passage_text: str, precis: str, title: str = "Notes"):
    """The points ``precis`` says the opposite of, against the automatic points of ``passage_text``."""
    return check(analyse_passage(passage_from_text(passage_text)), precis, title=title).coverage.contradicted


def test_an_antonym_in_place_of_the_passage_word_contradicts_the_point():
    point, _ = _council("The council approved the plan as affordable.")
    assert point.status == CONTRADICTED
    assert point.score == 0


def test_a_denial_of_the_passage_claim_contradicts_the_point():
    assert _council("The council did not reject the plan.")[0].status == CONTRADICTED


def test_a_paraphrase_with_a_negated_opposite_still_covers_the_point():
    assert _council("The council did not approve the plan, finding it too costly.")[0].status == COVERED
    assert _council("The council turned down the plan as too expensive.")[0].status == COVERED


def test_a_contradiction_is_reported_with_both_spans_and_in_plain_words():
    precis = "The council approved the plan as affordable."
    point, r = _council(precis)
    found = r.to_json()["contradictions"]
    assert len(found) == 1
    a, b = found[0]["precis_span"]
    assert "approved" in precis[a:b]
    assert found[0]["passage_text"].startswith("The council rejected the plan")
    assert "says the opposite" in point.advice.lower()
    assert "opposite" in render(r)


def test_a_contradicted_sentence_earns_no_content():
    faithful = check(analyse_passage(PASSAGE), "The council turned down the plan as too expensive.", title="Plan")
    reversed_ = check(analyse_passage(PASSAGE), "The council approved the plan as affordable.", title="Plan")
    assert reversed_.score.part("content").points < faithful.score.part("content").points
    assert reversed_.score.total < faithful.score.total


def test_saying_the_opposite_of_a_point_costs_more_content_than_leaving_it_out():
    # Both précis report the residents and the mayor; one leaves the council's decision out, the other
    # reverses it. Misreporting the passage is the worse fault, and the report says what it cost.
    rest = "Residents welcomed the decision, and the mayor promised a smaller scheme next year."
    left_out = check(analyse_passage(PASSAGE), rest, title="Plan")
    reversed_ = check(analyse_passage(PASSAGE), "The council approved the plan as affordable. " + rest, title="Plan")
    assert reversed_.score.part("content").points <= left_out.score.part("content").points - 1.0
    assert "said the opposite of" in reversed_.score.part("content").how
    assert reversed_.to_json()["content"]["contradicted"] > 0
    assert "opposite" not in left_out.score.part("content").how


def test_an_irregular_past_tense_matches_its_verb():
    passage = passage_from_text("Prices rise sharply whenever the monsoon fails in the plains. Farmers then borrow "
                                "from traders at high interest. Many lose their land within a few seasons.")
    r = check(analyse_passage(passage), "Prices rose sharply when the monsoon failed.", title="Monsoon")
    first = min(r.coverage.points, key=lambda c: c.point.source_span.start)
    assert first.status == COVERED


def test_a_word_the_precis_uses_for_another_part_of_the_point_is_no_reversal():
    passage = passage_from_text("The old bridge at Tarn was closed in 2015 after engineers found cracks in its "
                                "piers. A new crossing opened downstream three years later, paid for by the "
                                "county. Traders in the town say business has never recovered.")
    r = check(analyse_passage(passage), "Cracks closed the bridge at Tarn in 2015.", title="Tarn")
    assert not r.coverage.contradicted


def _first_point(passage_text: str, precis: str):
    r = check(analyse_passage(passage_from_text(passage_text)), precis, title="Notes")
    return min(r.coverage.points, key=lambda c: c.point.source_span.start), r


def test_an_opposite_word_about_another_thing_is_no_reversal():
    point, _ = _first_point(
        "Critics often say that village clinics are wasteful and should be merged into larger hospitals. The "
        "record is more mixed. Clinics treat most patients close to home, and travel costs fall.",
        "The charge that small village clinics are wasteful is doubtful, as they treat most patients near home.")
    assert point.status != CONTRADICTED  # "small clinics" says nothing about "larger hospitals"


def test_a_superlative_turned_to_its_opposite_contradicts_the_point():
    point, _ = _first_point(
        "Small loans to women bring the greatest returns in the poorest villages. Banks have been slow to see it. "
        "Most still lend to traders in the towns.",
        "Small loans to women bring the smallest returns in the poorest villages.")
    assert point.status == CONTRADICTED


def test_an_opposite_said_beside_the_point_outweighs_a_looser_match_elsewhere():
    passage = ("Without cold stores, growers sell their fruit at harvest, when prices are lowest, and often go "
               "into debt. Traders who own stores buy cheap and sell months later. A shared cold store in each "
               "district would let growers wait for better prices.")
    faithful, _ = _first_point(passage, "Lacking cold stores, growers sell fruit at harvest when prices are lowest.")
    reversed_, _ = _first_point(passage, "With cold stores of their own, growers sell fruit long after harvest, "
                                         "when prices are highest.")
    assert faithful.status == COVERED  # "lacking" denies as "without" does: the same claim
    assert reversed_.status == CONTRADICTED


def test_jobs_that_kept_appearing_do_not_reverse_jobs_that_were_lost():
    point, _ = _first_point(
        "Machines destroyed many old trades, but new jobs replaced the lost ones. Wages rose over the long run. "
        "Some towns never recovered.",
        "Machines ended many old trades, yet new kinds of jobs kept appearing.")
    assert point.status != CONTRADICTED


def test_a_precis_that_says_the_opposite_earns_little_for_its_language_and_title():
    faithful = check(analyse_passage(PASSAGE), "The council turned down the plan as too expensive, and residents "
                                               "were glad.", title="A Costly Plan Refused")
    reversed_ = check(analyse_passage(PASSAGE), "The council approved the plan as affordable, and residents "
                                                "were glad.", title="A Costly Plan Refused")
    assert reversed_.score.part("title").points < faithful.score.part("title").points
    assert reversed_.score.part("language").points < faithful.score.part("language").points
    assert "opposite of the passage" in reversed_.score.part("language").how
    assert reversed_.score.total <= faithful.score.total - 4


def test_a_loose_synonym_under_a_denial_is_no_reversal():
    point, _ = _first_point(
        "Critics say that rooftop gardens are a luxury that poor cities cannot afford. The record of Tarvik "
        "suggests otherwise: a modest roof garden can cost less than new drains.",
        "Critics call roof gardens an unaffordable luxury, though Tarvik shows one can cost less than drains.")
    assert point.status != CONTRADICTED


def test_denying_one_side_of_a_rather_than_says_the_same_thing():
    point, _ = _first_point(
        "Grandparents, rather than tablets, are the best teachers a small child has at home. Screens hold "
        "attention but teach little. Talk at home builds vocabulary.",
        "Tablets are not the best teachers for a small child at home; grandparents are.")
    assert point.status != CONTRADICTED


def test_an_opposite_in_another_clause_of_the_sentence_is_no_reversal():
    point, _ = _first_point(
        "After the toll began, tram passenger numbers increased by 12 per cent. Shops near the centre lost "
        "trade at first. Most recovered within a year.",
        "Trams carried 12 per cent more passengers, and noise fell by 8 per cent.")
    assert point.status != CONTRADICTED


def test_discouraging_saving_is_what_encouraging_waste_says():
    point, _ = _first_point(
        "Free electricity for pumps discourages saving water on farms. Wells have deepened every year. Metering "
        "would reward care.",
        "Free power for pumps leads farmers to waste water.")
    assert point.status != CONTRADICTED


HARBOUR = ("After the ferry fare was halved, car journeys across the bay dropped by 18 per cent. "
           "Ferry passenger numbers increased by 11 per cent. The harbour board plans a second boat.")


def _point_about(passage_text: str, precis: str, word: str):
    r = check(analyse_passage(passage_from_text(passage_text)), precis, title="Notes")
    return next(c for c in r.coverage.points if word in c.point.text.lower())


def test_a_reversal_in_its_own_clause_is_caught_though_another_clause_says_the_passage_word():
    point = _point_about(HARBOUR, "A report finds that car journeys across the bay rose by 18 per cent, and ferry "
                                  "passenger numbers decreased by 11 per cent.", "ferry passenger")
    assert point.status == CONTRADICTED


def test_a_faithful_sentence_with_a_rise_and_a_fall_in_two_clauses_is_no_reversal():
    point = _point_about(HARBOUR, "Car trips over the bay went down by about a sixth, and the ferries gained "
                                  "11 per cent more riders.", "car journeys")
    assert point.status != CONTRADICTED


def test_a_short_point_reversed_in_a_one_clause_sentence_is_caught():
    point, _ = _first_point(
        "Paradoxically, coastal fishermen often go hungry. Their catch is sold before it is landed. Prices "
        "are set by the boat owners.",
        "The fishermen there are well fed.")
    assert point.status == CONTRADICTED


def test_a_clause_that_says_the_opposite_costs_its_own_words_not_the_whole_sentence():
    # One sentence: a faithful clause about the residents and the mayor, and one that reverses the council's decision.
    precis = ("Residents welcomed the decision and the mayor promised a smaller scheme next year, "
              "although the council approved the plan as affordable.")
    point, r = _council(precis)
    assert point.status == CONTRADICTED
    said = r.precis_words
    assert 0 < r.content.words < said  # the reversed clause's words count for nothing, the rest still counts
    assert r.score.part("content").points > 0


def test_a_community_said_to_be_divided_where_the_passage_says_closer_is_contradicted():
    point, _ = _first_point(
        "The long flood made the villagers closer than before. Both hamlets now share one school and one clinic.",
        "The flood left the villagers divided.")
    assert point.status == CONTRADICTED


def test_a_denial_said_of_it_in_the_passage_is_no_reversal_when_the_precis_says_it_of_another_subject():
    # "It" is the villain's fall that the sentence before names; the précis speaks of a tragedy in general.
    passage = ("A tragedy must show a change of fortune. The fall of an utter villain from prosperity to ruin "
               "should be avoided. It neither satisfies the moral sense nor calls forth pity or fear. Pity is felt "
               "for a man who suffers more than he deserves.")
    r = check(analyse_passage(passage_from_text(passage)), "An ideal tragedy calls forth pity and fear.",
              title="Tragedy")
    assert not r.coverage.contradicted


def test_taking_is_not_read_as_the_opposite_of_giving_gifts():
    point, _ = _first_point("All the villagers gave gifts to the temple each spring. The priests kept the gifts in a "
                            "store.", "The priests were taking the gifts of the villagers.")
    assert point.status != CONTRADICTED


def test_words_copied_from_the_passage_never_say_the_opposite_of_it():
    # The passage tells both: first rejected, a year later approved. Quoting the second is faithful.
    passage = ("The council rejected the plan for a new bridge because it was too costly. Residents protested for "
               "months. A year later the council approved the plan for a smaller bridge.")
    r = check(analyse_passage(passage_from_text(passage)),
              "A year later the council approved the plan for a smaller bridge.", title="The Bridge")
    assert not r.coverage.contradicted


def test_grants_doubled_where_the_passage_says_halved_is_contradicted_and_cut_by_half_covers_it():
    passage = ("In the last decade the government halved the grants for village libraries. Many branches closed as a "
               "result. Volunteers now run some of those that remain.")
    point, _ = _first_point(passage, "The government doubled the grants for village libraries.")
    assert point.status == CONTRADICTED
    point, _ = _first_point(passage, "The government cut library grants by half.")
    assert point.status == COVERED


def test_a_negator_of_the_precis_own_before_copied_words_still_reverses_the_point():
    point, _ = _first_point("New flats in the city are now designed with gardens in mind. Residents asked for them.",
                            "New flats are rarely designed with gardens in mind.")
    assert point.status == CONTRADICTED


FINES = passage_from_text(
    "The district council fined the cement works for dumping ash in the canal. Boatmen now use more of the "
    "canal than the barge companies do, and they asked for the fine to pay for dredging.")


def _statuses(passage, precis: str) -> list[str]:
    return [c.status for c in check(analyse_passage(passage), precis, title="T").coverage.points]


def _fines(precis: str) -> list[str]:
    return _statuses(FINES, precis)


def test_swapping_who_did_what_to_whom_contradicts_the_point():
    assert _fines("The cement works fined the district council for dumping ash in the canal.")[0] == CONTRADICTED


def test_the_same_roles_in_the_passive_or_another_order_still_cover_the_point():
    assert _fines("The cement works was fined by the district council for dumping ash in the canal.")[0] == COVERED
    assert _fines("For dumping ash in the canal, the district council fined the cement works.")[0] == COVERED


def test_a_participle_passive_without_was_keeps_the_roles():
    # "the cement works, fined last year by the district council" names the same roles as the
    # passage's active sentence, in the other order.
    assert _fines("The cement works, fined last year by the district council, had dumped ash in the canal.")[0] \
        != CONTRADICTED


def test_a_comparison_turned_round_contradicts_the_point_and_its_mirror_does_not():
    turned = _fines("Boatmen now use less of the canal than the barge companies do.")
    mirror = _fines("The barge companies now use less of the canal than boatmen do.")
    assert CONTRADICTED in turned
    assert CONTRADICTED not in mirror


SCHOOL = passage_from_text(
    "Most parents in the survey favour longer school days rather than extra homework. Teachers in the "
    "district prefer small reading groups to whole-class drills.")


def _school(precis: str) -> list[str]:
    return _statuses(SCHOOL, precis)


def test_a_preference_put_the_other_way_round_contradicts_the_point():
    assert CONTRADICTED in _school("Parents in the survey favour extra homework rather than longer school days.")
    assert CONTRADICTED in _school("Teachers in the district prefer whole-class drills to small reading groups.")


def test_a_preference_set_as_an_aside_and_turned_round_contradicts_the_point():
    passage = passage_from_text("Grandparents, rather than nurseries, look after most toddlers in the valley "
                                "while both parents work the fields.")
    assert CONTRADICTED in _statuses(passage, "Nurseries, rather than grandparents, look after most toddlers in "
                                              "the valley.")
    assert CONTRADICTED not in _statuses(passage, "Most toddlers in the valley are looked after by grandparents, "
                                                  "not nurseries.")


def test_the_same_preference_in_other_words_or_another_order_still_covers_the_point():
    for faithful in ("Rather than extra homework, parents in the survey favour longer school days.",
                     "Parents in the survey would choose longer school days over extra homework.",
                     "Teachers in the district prefer small reading groups over whole-class drills."):
        assert CONTRADICTED not in _school(faithful), faithful
        assert "covered" in _school(faithful), faithful


def test_word_order_reads_no_reversal_into_faithful_wordings():
    assert _fines("The cement works got a fine from the district council for dumping ash in the canal.")[0] == COVERED
    assert CONTRADICTED not in _fines("Boatmen now use the canal and pay less in tolls than the barge companies.")
    assert CONTRADICTED not in _school("Extra homework wins little support: instead of it, most parents in the "
                                       "survey favour longer school days.")
    paid = passage_from_text("The district council paid the ferry company in advance for the new landing stage.")
    assert _statuses(paid, "The ferry company was paid in advance by the district council for the new landing "
                           "stage.")[0] == COVERED
    delta = passage_from_text("Farms in the delta use less water than the cities upstream.")
    assert _statuses(delta, "Farms in the delta use no more than half the water of the cities upstream.")[0] != \
        CONTRADICTED


FEW_AND_MOST = passage_from_text(
    "Few young growers want to keep the old orchards. Most families now sell their apples through a shared "
    "packing house.")


def _point(precis: str, word: str):
    r = check(analyse_passage(FEW_AND_MOST), precis, title="Orchards")
    return next(c for c in r.coverage.points if word in c.point.text.lower())


def test_few_for_most_says_the_opposite_of_the_passage():
    assert _point("Few families now sell their apples through a shared packing house.", "families").status == CONTRADICTED
    assert _point("Not many families sell their apples through a shared packing house.", "families").status == CONTRADICTED
    assert _point("Most young growers want to keep the old orchards.", "growers").status == CONTRADICTED


def test_few_said_another_way_still_covers_the_point():
    for precis in ("Only a few young growers want to keep the old orchards.",
                   "Very few young growers wish to keep the old orchards.",
                   "Young growers do not want to keep the old orchards."):
        assert _point(precis, "growers").status == COVERED, precis
    assert _point("Most families now sell their apples through a shared packing house.", "families").status == COVERED
    assert _point("A few families now sell their apples through a shared packing house.", "families").status != CONTRADICTED


def test_few_restates_a_small_share_of_the_passage():
    passage = passage_from_text("Most tenants supported the new bus route, but only a third approved of the higher "
                                "fares. The council will review both next spring.")
    r = check(analyse_passage(passage), "Tenants welcomed the route, but few approved of the higher fares.",
              title="Buses")
    assert not r.coverage.contradicted
    r = check(analyse_passage(passage), "Few tenants supported the new bus route.", title="Buses")
    assert [c.point.text for c in r.coverage.contradicted] and "supported" in r.coverage.contradicted[0].point.text


VALLEY = passage_from_text(
    "The old quarter of Sindpur was laid out like a fortress, with high walls and a single gate. Merchants paid a "
    "toll in salt at the gate. Farmers tended the fields, raised animals and kept the canals in good order.")


def _contradicted(precis: str) -> list[str]:
    r = check(analyse_passage(VALLEY), precis, title="Sindpur")
    return [c.point.text for c in r.coverage.contradicted]


def test_a_likeness_denied_is_no_reversal_of_a_point_that_uses_like_as_a_preposition():
    assert _contradicted("The new town is not like the old quarter of Sindpur, which was laid out as a fortress "
                         "with high walls and a single gate.") == []


def test_a_word_denied_in_one_clause_and_said_plainly_in_the_next_is_read_where_it_is_said():
    assert _contradicted("Labourers earned no salt, and merchants paid a toll in salt at the gate.") == []


def test_what_would_happen_without_them_confirms_the_point_rather_than_reversing_it():
    assert _contradicted("Without the farmers, nobody would have raised the animals, tended the fields or kept "
                         "the canals in good order.") == []
    assert _contradicted("If there were no farmers, no one would raise animals, tend the fields or keep the canals "
                         "in order.") == []


def test_a_plain_denial_of_the_same_work_still_says_the_opposite():
    assert _contradicted("Farmers did not tend the fields, raise animals or keep the canals in good order.") == [
        "Farmers tended the fields, raised animals and kept the canals in good order."]


def test_a_denial_written_without_its_apostrophe_still_says_the_opposite():
    found = _contradicted("Merchants didnt pay a toll in salt at the gate.")
    assert len(found) == 1 and found[0].startswith("Merchants paid a toll")


TOLL = passage_from_text(
    "Nothing mattered more to the merchants of Sindpur than the salt toll at the gate. Scribes kept the records of "
    "every caravan that entered the town. Farmers tended the fields and kept the canals in good order.")


def test_nothing_mattered_more_is_read_as_mattered_most_not_as_a_denial():
    r = check(analyse_passage(TOLL), "The salt toll at the gate mattered most to the merchants of Sindpur.", title="Toll")
    assert r.coverage.contradicted == ()
    toll = next(c for c in r.coverage.points if "toll" in c.point.text)
    assert toll.status == COVERED


def test_not_the_only_ones_denies_nothing_of_what_follows():
    from tutor.core.keypoints.negation import negation

    text = "Scribes were not the only ones keeping the town's records."
    assert negation(text).denied == ()
    plain = "Scribes were not keeping the records."
    assert [plain[s.start:s.end] for s in negation(plain).denied] == ["keeping"]


def test_few_denies_what_is_said_of_the_people_it_counts_not_the_people():
    passage = passage_from_text("Society in old Sindpur was structured like a pyramid. Merchants paid a toll in salt "
                                "at the gate. Farmers tended the fields and kept the canals in good order.")
    r = check(analyse_passage(passage), "Old Sindpur was structured like a pyramid: very few people were at the top.",
              title="Sindpur")
    assert r.coverage.contradicted == ()
    r = check(analyse_passage(passage), "Few merchants paid a toll in salt at the gate.", title="Sindpur")
    assert [c.point.text for c in r.coverage.contradicted] == ["Merchants paid a toll in salt at the gate."]


def test_few_of_them_for_most_of_them_says_the_opposite():
    passage = passage_from_text("When the storm reached the harbour, most of the boats were still out at sea. The "
                                "keeper lit the lamp and kept it burning all night. By morning every crew had come home.")
    r = check(analyse_passage(passage), "Few of the boats were still at sea when the storm reached the harbour.",
              title="Storm")
    assert len(r.coverage.contradicted) == 1 and "boats" in r.coverage.contradicted[0].point.text


def test_saying_the_opposite_of_a_point_costs_more_than_leaving_it_out():
    rest = " Residents welcomed the decision, and the mayor promised a smaller scheme next year."
    silent = check(analyse_passage(PASSAGE), rest.strip(), title="The Plan")
    reversed_ = check(analyse_passage(PASSAGE), "The council approved the plan as affordable." + rest, title="The Plan")
    assert reversed_.coverage.contradicted
    share = 1 / len([c for c in silent.coverage.points if not c.point.optional])
    # Saying the opposite loses more than the whole point would have earned.
    assert reversed_.coverage.ratio <= silent.coverage.ratio - share
    shown = f"key-point coverage ({reversed_.coverage.ratio:.0%}"
    assert shown in reversed_.score.part("content").how


def test_few_denies_only_the_word_the_point_says_not_a_loose_synonym_of_it():
    passage = passage_from_text("Developing a new vaccine costs as much as developing any other medicine. Reserve "
                                "vaccines are used sparingly, so their makers rarely recover the investment.")
    r = check(analyse_passage(passage), "Few new vaccines emerge, since reserve vaccines are used sparingly and "
                                        "cannot repay their cost.", title="Vaccines")
    assert r.coverage.contradicted == ()


def test_another_scene_added_to_a_point_set_in_one_does_not_reverse_it():
    passage = passage_from_text("Soldiers fought in wars or put down revolts at home. During long periods of peace, "
                                "soldiers also supervised the peasants and slaves who built the palaces. Scribes "
                                "kept the records of the kingdom.")
    r = check(analyse_passage(passage), "Soldiers fought in wars, as well as supervising the peasants and slaves who "
                                        "built the palaces.", title="Soldiers")
    assert r.coverage.contradicted == ()


def test_an_opposite_adjective_naming_another_rank_is_no_reversal():
    point, _ = _first_point(
        "In the old kingdom a boy born in a fishing village could rise into the higher ranks of the navy. Most "
        "sailors never did. Captains came from the ports.",
        "Fishermen's sons stayed in the lower ranks of the navy, and captains came from the ports.")
    assert point.status != CONTRADICTED  # "the lower ranks" are other ranks, not a denial that one could rise


def test_an_opposite_adjective_said_of_the_same_thing_still_reverses_the_point():
    point, _ = _first_point(
        "In the old kingdom a boy born in a fishing village could rise into the higher ranks of the navy. Most "
        "sailors never did. Captains came from the ports.",
        "In the old kingdom a boy born in a fishing village could rise only into the lower ranks of the navy.")
    assert point.status == CONTRADICTED


def test_a_word_that_echoes_one_side_of_a_rather_than_is_no_reversal_of_the_other():
    _, report = _first_point(
        "A good fable needs a simple plot. The hero's fall should come not from wickedness but from some great "
        "mistake, in a character either such as we have shown or better rather than worse. Children then pity the "
        "hero. They remember the lesson.",
        "Another part is good details. The story needs good events that make children feel pity. The last part a "
        "good fable should have is good drawn characters.")
    point = next(c for c in report.coverage.points if c.point.text.startswith("The hero's fall"))
    assert point.status != CONTRADICTED  # "good" echoes "better"; said elsewhere, it is no denial of "worse"


def test_rare_for_common_and_dearer_for_cheaper_say_the_opposite():
    floods = passage_from_text("Floods are common in the lower valley every spring. Farmers build their houses on "
                               "raised platforms. The school closes for a week when the river rises.")
    fares = passage_from_text("Train tickets became cheaper after the new company took over the line. More "
                              "commuters now leave their cars at home. The company plans a second daily service.")
    assert _statuses(floods, "Floods are rare in the lower valley in spring.")[0] == CONTRADICTED
    assert _statuses(fares, "Train tickets became dearer after the new company took over the line.")[0] \
        == CONTRADICTED


def test_swapping_who_sued_or_beat_whom_contradicts_the_point():
    court = passage_from_text("The tenant sued the landlord over the damp flat. The court ordered repairs within "
                              "a month. The landlord also paid a fine.")
    final = passage_from_text("Spain beat Italy in the final after extra time. The winning goal came from a "
                              "defender. Spain last won the cup twenty years ago.")
    assert _statuses(court, "The landlord sued the tenant over the damp flat.")[0] == CONTRADICTED
    assert _statuses(final, "Italy beat Spain in the final after extra time.")[0] == CONTRADICTED
    assert _statuses(final, "In the final, Spain defeated Italy after extra time.")[0] != CONTRADICTED


def test_a_negator_that_falls_before_an_opposite_adjective_says_the_same_thing():
    timetable = passage_from_text("Most pupils find the new timetable easy to follow. It puts every lesson of a "
                                  "subject on the same morning. Teachers say lateness has fallen since it began.")
    assert _statuses(timetable, "Most pupils do not find the new timetable hard to follow.")[0] == COVERED
    assert _statuses(timetable, "Most pupils find the new timetable hard to follow.")[0] == CONTRADICTED
    assert _statuses(timetable, "Most pupils do not find the new timetable easy to follow.")[0] == CONTRADICTED


def test_fewer_of_the_same_thing_where_the_passage_says_more_contradicts_the_point():
    doctors = passage_from_text("Over the last ten years more women have qualified as doctors in the province. "
                                "Medical colleges now admit twice as many female students. Hospitals say this has "
                                "eased the shortage of staff in maternity wards.")
    assert _statuses(doctors, "Fewer women have qualified as doctors in the province in the last ten years.")[0] \
        == CONTRADICTED
    assert _statuses(doctors, "In the last ten years, more women have become doctors in the province.")[0] == COVERED
    assert _statuses(doctors, "Fewer men than women now qualify as doctors in the province.")[0] != CONTRADICTED


def test_more_of_the_same_thing_where_the_passage_says_fewer_contradicts_the_point():
    # "fewer" is a function word, as "more" and "less" are: the comparison, not an echo, decides
    cattle = passage_from_text("Fewer families keep cattle in the hill villages than a decade ago. Most have sold "
                               "their herds to pay for school fees. The grazing land is turning into orchards.")
    assert _statuses(cattle, "More families keep cattle in the hill villages than a decade ago.")[0] == CONTRADICTED
    assert _statuses(cattle, "In the hill villages, fewer families keep cattle than ten years ago.")[0] == COVERED


def test_before_the_same_event_where_the_passage_says_after_contradicts_the_point():
    sowing = passage_from_text("The villagers sow their wheat after the monsoon rains have softened the ground. "
                               "Seed sown into hard earth used to wither within days. Last year's crop was the "
                               "largest the valley had seen.")
    assert _statuses(sowing, "The villagers sow their wheat before the monsoon rains soften the ground.")[0] \
        == CONTRADICTED
    assert _statuses(sowing, "Once the monsoon rains have softened the ground, the villagers sow wheat.")[0] \
        != CONTRADICTED
    assert _statuses(sowing, "The villagers wait until after the monsoon rains to sow their wheat.")[0] == COVERED


def test_cannot_until_states_a_condition_and_no_reversal():
    trials = passage_from_text("Before a new vaccine can be used, it must pass three rounds of testing. Each round "
                               "involves more volunteers than the last. Most candidates fail at the second round.")
    assert _statuses(trials, "A new vaccine cannot be used until it has passed three rounds of testing.")[0] \
        == COVERED


def test_growing_warmer_is_becoming_so_shrinking_is_no_opposite_of_it():
    ice = passage_from_text("Sea ice forms each winter across the northern bay. When the winters grow milder, the "
                            "ice loses more area than it gains and the open water spreads. Seals that breed on "
                            "the ice have moved further north.")
    said = _statuses(ice, "When winters turn mild, the ice shrinks and open water spreads.")
    assert said[1] != CONTRADICTED
    assert _statuses(ice, "When the winters grow milder, the ice gains more area than it loses and the open water "
                          "retreats.")[1] == CONTRADICTED


def test_a_comparative_reversed_contradicts_though_the_passage_uses_it_often():
    reading = passage_from_text("Reading aloud makes children better listeners. In one trial, pupils who were read "
                                "to daily scored better on tests of vocabulary than pupils who were not. Teachers "
                                "say the habit also calms a restless class.")
    assert _statuses(reading, "Pupils read to daily scored worse on vocabulary tests than pupils who were not.")[1] \
        == CONTRADICTED


def test_less_likely_for_more_likely_contradicts_beside_a_bound_like_fewer_than_six():
    sleep = passage_from_text("Adults who sleep fewer than six hours a night are 20 per cent more likely to catch "
                              "colds than those who sleep eight. The study followed 4,000 volunteers. Its authors "
                              "call for larger trials.")
    assert _statuses(sleep, "Adults sleeping fewer than six hours a night are 20 per cent less likely to catch "
                            "colds.")[0] == CONTRADICTED
    assert _statuses(sleep, "People who sleep under six hours are a fifth more likely to catch colds.")[0] \
        != CONTRADICTED


def test_stopping_what_the_passage_continues_and_advancing_what_it_postpones_contradict():
    tests = passage_from_text("The ministry will continue the national reading tests for pupils aged eleven. It "
                              "has postponed the new science tests until 2028. Teachers' unions welcomed both "
                              "decisions.")
    assert _statuses(tests, "The ministry will stop the national reading tests for pupils aged eleven.")[0] \
        == CONTRADICTED
    assert _statuses(tests, "The ministry has advanced the new science tests to 2028.")[1] == CONTRADICTED
    assert _statuses(tests, "The ministry has delayed the new science tests until 2028.")[1] == COVERED


def test_a_comparison_said_from_the_other_side_is_the_same_claim():
    water = passage_from_text("Cities use more water per person than villages. Most of it goes on washing and "
                              "gardens. Leaks waste a fifth of the supply.")
    firms = passage_from_text("Small firms coped better with the crisis than large ones. Many had no debts to "
                              "repay. Their owners cut their own pay first.")
    assert _statuses(water, "Villages use less water per person than cities.")[0] != CONTRADICTED
    assert _statuses(firms, "Large firms fared worse in the crisis than small firms.")[0] != CONTRADICTED
    assert _statuses(water, "Villages use more water per person than cities.")[0] == CONTRADICTED
    assert _statuses(firms, "Small firms coped worse with the crisis than large ones.")[0] == CONTRADICTED
    assert _statuses(firms, "Large firms coped better with the crisis than small ones.")[0] == CONTRADICTED


def test_warmer_for_colder_and_narrowest_for_widest_contradict():
    autumn = passage_from_text("As the evenings grew colder, the swallows gathered on the wires and left for the "
                               "south. The farm fell quiet. Only the sparrows stayed all winter.")
    gap = passage_from_text("The head teacher said the gap between rich and poor pupils was the widest in twenty "
                            "years. Tutoring is being offered after school. Parents will be told in May.")
    assert _statuses(autumn, "As the evenings grew warmer, the swallows gathered on the wires and left for the "
                             "south.")[0] == CONTRADICTED
    assert _statuses(autumn, "When the evenings got colder, the swallows massed on the wires and flew south.")[0] \
        == COVERED
    assert _statuses(gap, "The head teacher said the gap between rich and poor pupils was the narrowest in twenty "
                          "years.")[0] == CONTRADICTED


def test_grown_for_lost_contradicts_and_shrunk_restates_it():
    ice = passage_from_text("The glaciers of the valley have lost more than half of their volume since 1900. "
                            "Melting has quickened in the last decade. Villages below depend on the meltwater.")
    assert _statuses(ice, "Since 1900 the valley's glaciers have grown by more than half.")[0] == CONTRADICTED
    assert _statuses(ice, "Since 1900 the valley's glaciers have shrunk by more than half.")[0] == COVERED


def test_not_uncommon_for_rare_contradicts_and_uncommon_restates_it():
    storms = passage_from_text("Hailstorms are rare on the coastal plain. Farmers there seldom insure their crops "
                               "against them. Inland, the orchards are netted every spring.")
    assert _statuses(storms, "Hailstorms are not uncommon on the coastal plain.")[0] == CONTRADICTED
    assert _statuses(storms, "Hailstorms are not unusual on the coastal plain.")[0] == CONTRADICTED
    assert _statuses(storms, "On the coastal plain, hailstorms are uncommon.")[0] == COVERED


def test_convicted_for_acquitted_heeded_for_ignored_and_continued_for_abandoned_contradict():
    court = passage_from_text("The jury acquitted the lorry driver of causing the crash on the ring road. The "
                              "council ignored the engineers' warnings about the bridge. The bus lane scheme was "
                              "abandoned after a year of complaints.")
    assert _statuses(court, "The jury convicted the lorry driver of causing the crash on the ring road.")[0] \
        == CONTRADICTED
    assert _statuses(court, "The council heeded the engineers' warnings about the bridge.")[1] == CONTRADICTED
    assert _statuses(court, "The bus lane scheme was continued after a year of complaints.")[2] == CONTRADICTED
    assert _statuses(court, "The council disregarded what the engineers said about the bridge.")[1] == COVERED


def test_polluted_for_clean_contradicts_the_point():
    river = passage_from_text("The river was clean before the tannery opened upstream. Children swam in it every "
                              "summer. Now the fish have gone.")
    assert _statuses(river, "The river was polluted before the tannery opened upstream.")[0] == CONTRADICTED


def test_asserting_what_a_long_point_denies_contradicts_though_the_passage_uses_the_verb_again():
    traffic = passage_from_text("The cure for congestion does not lie in building wider roads, which, for all "
                                "their expense, fill with new cars within a few years of opening. It lies rather "
                                "in giving people cheap and frequent buses. Cities that did so saw traffic fall "
                                "within a year. Shops on the bus routes took more money, not less.")
    assert _statuses(traffic, "The cure for congestion lies in building wider roads, which stay clear for years "
                              "after opening.")[0] == CONTRADICTED
    assert _statuses(traffic, "Wider roads do not cure congestion, since new cars soon fill them.")[0] \
        != CONTRADICTED


def test_a_comparison_with_one_for_its_second_side_is_read_both_ways():
    fuel = passage_from_text("A family in a small flat served by a tram burns far less fuel than one in a large "
                             "villa reached only by car. Trams also take noise off the streets. The city plans "
                             "three new lines.")
    assert _statuses(fuel, "A family in a large villa reached only by car burns far more fuel than one in a small "
                           "flat served by a tram.")[0] != CONTRADICTED
    assert _statuses(fuel, "A family in a large villa reached only by car burns far less fuel than one in a small "
                           "flat served by a tram.")[0] == CONTRADICTED


def test_least_for_most_before_the_same_word_contradicts_the_point():
    leavers = passage_from_text("The young people who leave are often among the most energetic of their villages. "
                                "Their parents stay behind to farm. Few of them return before middle age.")
    assert _statuses(leavers, "The young people who leave are often among the least energetic of their "
                              "villages.")[0] == CONTRADICTED
    assert _statuses(leavers, "Those who leave tend to be the most energetic young people of their villages.")[0] \
        != CONTRADICTED


def test_holding_what_the_passage_rejects_and_rejecting_what_it_holds_contradicts():
    coast = passage_from_text("The traders sought not to join the commerce of the coast but to command it. The long "
                              "peace of the coast rested upon trust between merchants, not upon force. Both ended "
                              "within a century.")
    assert _statuses(coast, "The traders sought to join the commerce of the coast rather than to command "
                            "it.")[0] == CONTRADICTED
    assert _statuses(coast, "The long peace of the coast rested upon force, not upon trust between "
                            "merchants.")[1] == CONTRADICTED
    assert _statuses(coast, "The traders wanted to control the coast's commerce, not to take part in it.")[0] \
        != CONTRADICTED
    assert _statuses(coast, "Trust between merchants, not force, kept the coast at peace for so long.")[1] \
        != CONTRADICTED


def test_a_point_read_with_its_pronoun_named_is_contradicted_by_the_reversed_claim():
    belief = passage_from_text("There is a comfortable doctrine, much repeated by builders, that any old bridge can be "
                               "widened for heavier lorries. The doctrine has the merit of being cheap. It is, "
                               "nevertheless, a doctrine that will not bear close scrutiny. The doctrine forgets that "
                               "steel tires and that stone cracks under loads it was never cut to carry.")
    point = next(c for c in check(analyse_passage(belief), "The doctrine, however, will bear close scrutiny.",
                                  title="T").coverage.points if "scrutiny" in c.point.text)
    assert point.point.text.startswith("The doctrine is")
    assert point.status == CONTRADICTED
    assert next(c for c in check(analyse_passage(belief), "This doctrine does not survive close scrutiny.",
                                 title="T").coverage.points if "scrutiny" in c.point.text).status != CONTRADICTED


def test_a_mistake_to_do_something_is_said_again_by_should_not_and_reversed_by_should():
    thrift = passage_from_text("It would be a mistake to despise the old terraces altogether. They hold the soil "
                               "when the rains come. The young have moved to the towns.")
    assert _statuses(thrift, "The old terraces should not be despised.")[0] != CONTRADICTED
    assert _statuses(thrift, "The old terraces should be despised altogether.")[0] == CONTRADICTED


def test_not_as_well_as_and_none_as_much_as_compare_and_deny_nothing():
    farms = passage_from_text("Large farms have generally adapted better than small ones to the drier summers. "
                              "Older districts near the river remained more dependent on the ferry than any other "
                              "part of the city. Both trends began in the nineties.")
    assert _statuses(farms, "Small farms have not adapted as well as large ones to the drier summers.")[0] \
        != CONTRADICTED
    assert _statuses(farms, "No part of the city is as dependent on the ferry as the older districts near the "
                            "river.")[1] != CONTRADICTED


def test_a_point_that_sets_one_thing_against_another_is_not_contradicted_by_denying_one_side():
    moral = passage_from_text("The moral of the tale is that patience, not haste, keeps what we have. The error "
                              "lies neither in wanting wealth nor in valuing learning, but in mistaking either for "
                              "a foundation. The villagers forgot this.")
    assert _statuses(moral, "Haste does not keep what we have; patience does.")[0] != CONTRADICTED
    assert _statuses(moral, "Wanting wealth and valuing learning are not wrong; the error is to take either for a "
                            "foundation.")[1] != CONTRADICTED


def test_less_for_more_contradicts_though_the_precis_drops_a_word_and_reorders_the_subject():
    libraries = passage_from_text("Public libraries in the valley have changed more in the last ten years than in the "
                                  "fifty before. Readers now come to study rather than to borrow. Budgets have been "
                                  "cut twice.")
    assert _statuses(libraries, "The valley's libraries have changed less in ten years than in the previous "
                                "fifty.")[0] == CONTRADICTED
    assert _statuses(libraries, "The valley's libraries have changed more in ten years than in the previous "
                                "fifty.")[0] != CONTRADICTED


def test_the_wise_for_the_foolish_contradicts_the_point():
    fable = passage_from_text("The foolish spend everything on the pleasure of the moment. The old gardener planted "
                              "walnut trees he would never see bear fruit. His grandson understood him at last.")
    assert _statuses(fable, "The wise spend everything on the pleasure of the moment.")[0] == CONTRADICTED
    assert _statuses(fable, "Fools spend all they have on the pleasure of the moment.")[0] != CONTRADICTED


def test_a_verb_the_passage_denies_of_a_thing_is_not_reversed_by_saying_we_do_it():
    mills = passage_from_text("The old mills taught a hard lesson. The lesson is that machines multiply our strength "
                              "but do not choose our ends; that choice remains, as it always has, with us. The mill "
                              "owners forgot it.")
    assert _statuses(mills, "Machines give us strength, but we choose our ends.")[1] != CONTRADICTED
    assert _statuses(mills, "Machines choose our ends.")[1] == CONTRADICTED


def test_a_denial_inside_a_that_clause_with_its_own_subject_counts_though_the_point_opens_with_he():
    orchard = passage_from_text("The boy watched the old man plant walnut trees every spring. He understood at last "
                                "that the old man had never planted for himself. The trees now shade the whole "
                                "village.")
    point = next(c for c in check(analyse_passage(orchard), "The boy understood that the old man had planted only "
                                  "for himself.", title="T").coverage.points if "never" in c.point.text)
    assert point.status != COVERED
    assert next(c for c in check(analyse_passage(orchard), "The boy saw at last that the old man had never planted "
                                 "for himself.", title="T").coverage.points if "never" in c.point.text).status \
        == COVERED


def test_a_verb_with_nothing_for_its_object_contradicts_the_point_that_says_it_did():
    # "bore nothing" says "did not bear anything": the opposite of "still bore fruit"; "wanted
    # nothing but rest" says what was wanted, and denies nothing.
    passage = analyse_passage(passage_from_text(
        "The drought ruined the valley's wheat. Yet the old orchard on the hill still bore fruit, because "
        "its trees had deep roots. The villagers wanted nothing but rain after that summer."))

    def orchard(precis: str):
        r = check(passage, precis, title="The Orchard")
        return next(c for c in r.coverage.points if "orchard" in c.point.text)

    assert orchard("In the drought the old orchard on the hill bore nothing.").status == CONTRADICTED
    assert orchard("In the drought the old orchard on the hill still bore fruit.").status == COVERED
    r = check(passage, "After the drought the villagers wanted nothing but rain.", title="Rain")
    assert not r.coverage.contradicted


def test_a_view_the_writer_calls_a_caricature_is_no_point_a_faithful_precis_contradicts():
    passage = analyse_passage(passage_from_text(
        "Many people imagine that a thrifty person is one who has no joy in life and spends nothing on friends. "
        "This is a caricature. True thrift is not the refusal of pleasure but the habit of spending on what "
        "matters. The thrifty family saves on display so that it can be generous in a crisis. Neighbours who "
        "laugh at its plain clothes are often the first to borrow from it."))
    assert not any(p.text.startswith("Many people imagine") for p in passage.key_points)
    r = check(passage, "Thrift is wrongly taken to mean having no joy; in fact thrifty people spend on what "
                       "matters and so can be generous in a crisis.", title="True Thrift")
    assert not r.coverage.contradicted


PUMPS = analyse_passage(passage_from_text(
    "Cheap power for tube wells harms the aquifer, because farmers pump far more than their crops need. Towns "
    "that metered the pumps saw pumping fall within a year. Some families, once paid a small reward for saving "
    "water, kept saving it after the reward ended. The state gives the power free of charge to win votes."))


def _pumps(precis: str, word: str):
    r = check(PUMPS, precis, title="Pumps")
    return next(c for c in r.coverage.points if word in c.point.text)


def test_no_real_harm_to_a_thing_says_the_opposite_of_harming_it():
    assert _pumps("Cheap power for tube wells does no real harm to the aquifer, however much farmers pump.",
                  "aquifer").status == CONTRADICTED


def test_stopping_a_habit_says_the_opposite_of_keeping_it_up():
    passage = analyse_passage(passage_from_text(
        "When the reward for saving water ended, the families of Pirwala kept saving it. Their wells recovered "
        "within two years. Neighbouring villages copied them."))

    def families(precis: str):
        return next(c for c in check(passage, precis, title="Water").coverage.points if "families" in c.point.text)

    assert families("When the reward ended, the families of Pirwala stopped saving water.").status == CONTRADICTED
    assert families("When the reward ended, the families of Pirwala went on saving water.").status == COVERED
    never_stopped = analyse_passage(passage_from_text(
        "When the reward for saving water ended, the families of Pirwala never stopped saving it. Their wells "
        "recovered within two years. Neighbouring villages copied them."))
    r = check(never_stopped, "When the reward ended, the families of Pirwala kept saving water.", title="Water")
    assert not r.coverage.contradicted


def test_free_of_charge_denies_no_charge_a_precis_names():
    r = check(PUMPS, "To win votes the state supplies the power free or for a small fixed charge.", title="Pumps")
    assert not r.coverage.contradicted


def test_a_denial_of_a_lone_echo_in_another_stretch_of_the_point_is_no_reversal():
    # "thought of him" and "not to think ill of people" share a lemma, not a claim; and what one
    # was "tempted to" do is not said to have happened, so denying it reverses nothing.
    passage = analyse_passage(passage_from_text(
        "A boy ran a mile to return my lost purse and would take no reward. In the years since, whenever I "
        "have been tempted to think the worst of strangers, I have thought of him, and I have been slower to "
        "judge."))
    r = check(passage, "A boy ran a mile to return the writer's purse and took no reward. The writer learnt not "
                       "to think badly of strangers.", title="An Honest Boy")
    assert not r.coverage.contradicted


def test_reversing_the_whole_of_a_short_clause_contradicts_a_long_point():
    # "The elders refused" is the event; the reason after the comma does not dilute its reversal.
    refused = "The elders refused, saying that reading would make daughters proud and careless of their duties."
    passage = analyse_passage(Passage(
        "amina", "Amina's School", "In 1950 Amina asked the elders for a room to teach the village girls. " + refused
        + " She taught the girls in her own courtyard instead, and within two years she had thirty pupils.",
        key_points=(AuthoredKeyPoint("kp1", refused, source=refused),)))

    def elders(precis: str):
        return check(passage, precis, title="Amina's School").coverage.points[0]

    assert elders("In 1950 the elders gladly gave Amina a room for the girls.").status == CONTRADICTED
    assert elders("In 1950 the elders refused Amina a room for the girls, so she taught them in her "
                  "courtyard.").status != CONTRADICTED


def test_this_does_not_mean_that_denies_the_claim_after_that():
    passage = analyse_passage(passage_from_text(
        "Television advertising aimed at children plays on envy and fear. None of this means that advertising "
        "should be banned. What is needed is a strict code, firmly enforced, that forbids false claims."))

    def banned(precis: str):
        return next(c for c in check(passage, precis, title="Ads").coverage.points if "banned" in c.point.text)

    assert banned("Advertising should therefore be banned altogether.").status == CONTRADICTED
    assert banned("Advertising should not be banned, but it needs a strict code.").status != CONTRADICTED


def test_never_stopped_is_said_again_by_continued_and_reversed_by_stopped():
    passage = analyse_passage(passage_from_text(
        "For forty years Ada ran the village school. Ada never stopped arguing that a child who could read would "
        "earn more in the end. The council gave her a proper building in 1921."))

    def arguing(precis: str):
        r = check(passage, precis, title="Ada's School")
        return next(c for c in r.coverage.points if "never stopped" in c.point.text)

    assert arguing("Ada continued to argue that a child who could read would earn more in the end.").status \
        != CONTRADICTED
    assert arguing("Ada soon stopped arguing that a child who could read would earn more.").status == CONTRADICTED


def test_a_denied_word_far_from_what_the_point_is_about_reverses_nothing():
    # "fell" is said of resignations, four words from "output": no reversal of "no fall in output"
    assert not _reversed_points(
        "Several firms have tried a four-day week. In one trial involving sixty companies, managers reported no "
        "fall in output. Critics reply that the firms volunteered.",
        "A sixty-firm trial found that output held up, sickness and resignations fell, and complaints stayed low.",
        "A Shorter Week")


def test_what_is_harder_to_see_is_not_reversed_by_cannot_see():
    assert not _reversed_points(
        "Advertising aimed at young children has become harder to see and easier to believe. Presenters now "
        "praise the toys they play with. Few parents notice the change.",
        "Small children cannot see that it is advertising; they think the presenter is a friend.", "Hidden Adverts")


def test_buying_for_selling_is_one_event_seen_from_its_other_side():
    assert not _reversed_points(
        "In 1963 the fishing village faced ruin. The villagers raised the money themselves by selling shares of "
        "fifty crowns each, and the cannery opened in 1964.",
        "The cannery was financed by villagers buying fifty-crown shares, and opened in 1964.", "The Cannery")


def test_a_denial_after_let_falls_on_the_verb_and_stopped_from_denies_the_gerund():
    passage = analyse_passage(passage_from_text(
        "The landlord did not let the farmers sell their land to the new mill. The mill closed within a year. "
        "Its owners moved to the city."))
    point = next(c for c in check(passage, "The farmers sold their land to the new mill.", title="The Mill")
                 .coverage.points if "landlord" in c.point.text)
    assert point.status == CONTRADICTED
    r = check(passage, "The landlord stopped the farmers from selling land to the mill, which closed within a "
                       "year.", title="The Mill")
    assert not r.coverage.contradicted


SILT = passage_from_text(
    "For years the river board blamed the floods on heavy rain. Farida Qazi, a young hydrologist, set out to "
    "disprove Latif's theory of the silt, but her own survey showed that the silt had raised the riverbed by "
    "two metres. The board then paid for dredging.")


def test_who_set_out_to_disprove_whose_theory_turned_round_contradicts_the_point():
    statuses = _statuses(SILT, "Latif set out to disprove the theory of Farida Qazi about the silt.")
    assert CONTRADICTED in statuses


def test_the_same_aim_in_other_words_is_no_reversal():
    for precis in ("Farida Qazi tried to disprove Latif's theory of the silt.",
                   "Qazi, a hydrologist, set out to disprove Latif's silt theory, but her survey proved him right."):
        assert CONTRADICTED not in _statuses(SILT, precis)


STORM = passage_from_text(
    "All evening the lighthouse radio carried news of the fishing fleet. In the middle of a message about "
    "the trawler Petrel, the radio stopped working. Nadia found a loose wire and mended it with a hairpin. "
    "Parks are rare in the old town, so there is less cooling from trees on summer nights.")


def test_a_learners_stopped_to_work_is_no_reversal_of_stopped_working():
    for precis in ("In the middle of the message the radio stop to work.",
                   "The radio stopped to work in the middle of a message about the Petrel."):
        assert CONTRADICTED not in _statuses(STORM, precis)
    assert CONTRADICTED in _statuses(STORM, "The radio kept working through the whole message about the Petrel.")


def test_not_getting_cooler_agrees_with_less_cooling():
    precis = "The old town has not many parks, so trees do not make the summer nights cooler."
    assert CONTRADICTED not in _statuses(STORM, precis)


SCHOOLING = passage_from_text(
    "A child who enters a classroom where the teacher speaks a language she does not understand begins her "
    "education with a handicap that few later reforms can remove. In the villages of the north this is the "
    "ordinary experience: a girl who speaks Balti at home must read and count in Urdu from her first day. "
    "Many such children leave before completing the primary stage. Teaching the first grades in the mother "
    "tongue helps them stay and learn.")


def test_leaving_before_finishing_is_no_reversal_of_beginning():
    precis = ("Children who speak Balti at home must learn in Urdu from their first day, so many copy words "
              "without understanding and leave before finishing primary school.")
    assert CONTRADICTED not in _statuses(SCHOOLING, precis)


def test_finishing_where_the_passage_says_they_leave_before_completing_is_a_reversal():
    passage = passage_from_text(
        "A child taught in a language she does not understand begins her schooling with a handicap. Many such "
        "children leave before completing the primary stage. Teaching the first grades in the mother tongue helps "
        "them stay.")
    assert CONTRADICTED in _statuses(passage, "Most such children complete the primary stage.")



WELLS = Passage(
    "wells", "The Valley's Water",
    "Ten years ago the farmers of the valley drew their water from deep wells, and the water table fell by almost a "
    "metre every year. In 2016 the council built small reservoirs to catch the winter rain. Since then pumping from "
    "the wells has fallen by half, and the water table has begun to rise again. Farm incomes have grown, because "
    "crops no longer fail in dry summers.",
    key_points=(AuthoredKeyPoint("fell", "The water table fell every year.",
                                 source="the water table fell by almost a metre every year"),
                AuthoredKeyPoint("reservoirs", "The council built reservoirs for rain water.",
                                 source="In 2016 the council built small reservoirs to catch the winter rain."),
                AuthoredKeyPoint("rise", "The water table is rising again.",
                                 source="the water table has begun to rise again")))


def _wells_reversed(precis: str) -> list[str]:
    """The ids of the teacher's points on the valley's water that ``precis`` says the opposite of."""
    return [c.point.id for c in check(analyse_passage(WELLS), precis, title="Water").coverage.contradicted]


def test_a_faithful_account_of_an_earlier_fall_is_no_reversal_of_the_later_rise():
    # "sank" is the opposite of "rise", but it says the passage's own "the water table fell": that is
    # what the précis reports, not the opposite of "the water table has begun to rise again".
    assert _wells_reversed("Valley farmers once pumped their water from deep wells and the water table sank each "
                           "year. Since the council built reservoirs for the winter rain, pumping has halved.") == []


def test_a_rise_where_the_passage_says_the_water_fell_is_still_a_reversal():
    assert _wells_reversed("Valley farmers once pumped their water from deep wells and the water table rose by a "
                           "metre every year. Since the council built reservoirs for the winter rain, pumping has "
                           "halved.") == ["fell"]


def test_a_scheme_said_to_have_ruined_what_the_passage_says_it_saved_is_a_reversal():
    passage = ("The valley's farmers once drew their water from deep wells. In 2016 the council built small reservoirs "
               "to catch the winter rain. Some residents say the reservoirs spoil the view, but the council insists "
               "that the scheme has saved the town's farming from collapse.")
    reversed_ = _reversed_points(passage, "Farmers used deep wells until the council built reservoirs for winter rain in "
                                          "2016. Some dislike how they look, but the council says the scheme ruined "
                                          "the town's farming.")
    assert [c.point.text for c in reversed_] == [
        "The council insists that the scheme has saved the town's farming from collapse."]
    assert _reversed_points(passage, "Farmers used deep wells until the council built reservoirs for winter rain in "
                                     "2016. Some dislike how they look, but the council says the scheme rescued the "
                                     "town's farming.") == ()


def test_barely_before_a_number_says_only_and_denies_nothing():
    reserves = "Foreign reserves fell to barely two months of import cover."
    passage = Passage(
        "reserves", "Reserves",
        "Between 2015 and 2019 the trade deficit widened every year, as imports of fuel grew faster than exports of "
        "cotton. " + reserves + " In 2020 the central bank let the currency lose a fifth of its value.",
        key_points=(AuthoredKeyPoint("reserves", reserves, source=reserves),))
    report = check(analyse_passage(passage), "The deficit grew each year to 2019 as fuel imports outpaced cotton "
                                             "exports, and reserves fell to two months of imports.", title="Reserves")
    assert report.coverage.contradicted == ()
    assert report.coverage.points[0].status == COVERED
    rose = check(analyse_passage(passage), "The deficit grew each year to 2019 as fuel imports outpaced cotton "
                                           "exports, and reserves rose to two months of imports.", title="Reserves")
    assert rose.coverage.points[0].status == CONTRADICTED


def _one_point(point: str, precis: str) -> str:
    """The status of ``point``, a teacher's only key point of a short report that ends with it."""
    passage = Passage("report", "The Report",
                      "A panel of engineers and economists published the report in the spring. It drew on "
                      "interviews with residents and officials in four districts. " + point,
                      key_points=(AuthoredKeyPoint("k", point, source=point),))
    return check(analyse_passage(passage), precis, title="The Report").coverage.points[0].status


def _paired_statuses(pairs: dict[str, str]) -> dict[str, str]:
    """The status of each point against the précis sentence it is paired with (``_one_point``)."""
    return {point: _one_point(point, precis) for point, precis in pairs.items()}


def test_no_drought_had_lasted_so_long_says_the_longest_and_denies_nothing():
    point = "The drought lasted longer than any in living memory."
    assert _one_point(point, "No drought anyone remembered had gone on so long.") == COVERED
    assert _one_point(point, "Nothing in living memory had lasted as long as this drought.") != CONTRADICTED
    assert _one_point(point, "The drought had not lasted so long.") == CONTRADICTED


def test_denied_that_denies_the_claim_after_it():
    point = "The minister denied that the army had been sent to the border."
    assert _one_point(point, "The minister said the army had not been sent to the border.") == COVERED
    assert _one_point(point, "The minister said that the army had been sent to the border.") == CONTRADICTED


def test_the_opposites_in_the_table_reverse_a_point_in_one_word_or_a_phrasal_verb():
    reversals = {
        "The river's flow has become stable through the dry months.":
            "The river's flow has become unstable through the dry months.",
        "The new rail line has sped up the movement of goods to the port.":
            "The new rail line has slowed down the movement of goods to the port.",
        "The town's population was rising quickly.": "The town's population was rising slowly.",
        "The reform made the tax system simpler for small traders.":
            "The reform made the tax system more complicated for small traders.",
        "The clinic's waiting times grew shorter after the second doctor arrived.":
            "The clinic's waiting times grew longer after the second doctor arrived.",
        "The minister admitted that the scheme had failed.": "The minister denied that the scheme had failed.",
        "The factory will hire two hundred workers next spring.":
            "The factory will dismiss two hundred workers next spring.",
        "Tall buildings trap the heat by blocking the wind.": "Tall buildings release the heat by channelling the wind.",
        "The fishermen welcomed the new harbour wall.": "The fishermen resented the new harbour wall.",
        "Village schools thrived after the road was paved.": "Village schools struggled after the road was paved.",
        "Grazing land was scarce in the upper valley.": "Grazing land was plentiful in the upper valley.",
        "Her eyesight improved after the operation.": "Her eyesight got worse after the operation.",
        "The lake is shallow near the village jetty.": "The lake is deep near the village jetty.",
        "Bread prices fell sharply after the good harvest.": "Bread prices shot up after the good harvest.",
        "The surveyor turned down the post in the capital.": "The surveyor took up the post in the capital.",
        "The weavers gave up on the new loom after a month.": "The weavers stuck with the new loom after a month.",
        "The hill schools fell behind the town schools in reading.":
            "The hill schools pulled ahead of the town schools in reading.",
        "Most of the lambs survived the late snow.": "Most of the lambs were killed by the late snow.",
        "Most weavers abandoned the hand loom once power looms came.":
            "Most weavers kept the hand loom once power looms came.",
    }
    assert _paired_statuses(reversals) == {point: CONTRADICTED for point in reversals}


def test_said_less_of_with_not_as_as_is_the_opposite_word_denied():
    point = "Growth has slowed since 2019."
    assert _one_point(point, "Since 2019 the economy has not grown as quickly as before.") != CONTRADICTED
    assert _one_point(point, "Since 2019 the economy has grown more quickly than before.") == CONTRADICTED


def test_a_long_run_and_as_long_as_are_no_opposite_of_short():
    assert _one_point("In the short term, food prices will rise, but in the long term they will fall as new farms "
                      "open.", "Food prices will rise at first but fall in the long run once new farms open.") == COVERED
    assert _one_point("The talks were brief, and the two sides quickly agreed on a ceasefire.",
                      "The two sides did not talk for long before agreeing to a ceasefire.") == COVERED


def test_no_new_orders_denies_the_addition_not_the_orders():
    point = "Small workshops reported flat orders and higher power bills."
    assert _one_point(point, "Small workshops had no new orders while power bills went up.") == COVERED
    assert _one_point("The council built new reservoirs to catch the winter rain.",
                      "The council built no new reservoirs to catch the winter rain.") == CONTRADICTED


def test_what_a_point_says_as_if_it_were_so_is_no_claim_a_denial_reverses():
    point = "Drug resistance is often talked about as if germs chose to resist the medicine."
    assert _one_point(point, "Germs do not choose to resist the medicine; the strongest simply survive.") \
        != CONTRADICTED


def test_the_two_sides_of_more_than_turned_round_are_a_reversal():
    point = "Our schools praise neat handwriting far more than clear thinking."
    assert _one_point(point, "Our schools praise clear thinking far more than neat handwriting.") == CONTRADICTED
    assert _one_point(point, "In our schools clear thinking counts for far less than neat handwriting.") \
        != CONTRADICTED


def test_what_a_point_compares_with_is_no_object_whose_role_can_swap():
    point = "Exports grew more than imports last year."
    assert _one_point(point, "Last year imports grew less than exports.") == COVERED
    assert _one_point(point, "Imports grew more than exports last year.") == CONTRADICTED


def test_a_rise_said_whole_against_the_fall_in_the_first_stretch_of_a_long_point_is_a_reversal():
    point = ("In the river towns the share of children with clean water actually declined, from 71 to 64 percent, "
             "mostly because new arrivals settle on the flood banks and are never connected to the mains.")
    assert _one_point(point, "In the river towns, the share of children with clean water rose from 64 to 71 "
                             "percent, though newcomers on the flood banks often lack a connection.") == CONTRADICTED
    assert _one_point(point, "In the river towns fewer children had clean water, 64 percent against 71, since "
                             "newcomers on the flood banks are never connected to the mains.") != CONTRADICTED


def test_two_clauses_that_trade_their_subjects_reverse_the_point():
    point = ("The weak seedlings wilt in the first dry week, while the deep-rooted ones survive and spread across "
             "the bare ground.")
    assert _one_point(point, "The deep-rooted seedlings wilt in the first dry week, while the weak ones survive "
                             "and spread across the bare ground.") == CONTRADICTED
    assert _one_point(point, "Deep-rooted seedlings survive and spread across bare ground, whereas the weak ones "
                             "wilt in the first dry week.") == COVERED
    assert _one_point(point, "Weak, shallow seedlings wilt in the first dry week, while deep-rooted ones survive, "
                             "spreading across the bare ground.") == COVERED


def test_a_clause_is_negative_only_from_its_without_onwards():
    point = "Without new pumps, the engineers warn, the town may fail to reach its water target by 2030."
    assert _one_point(point, "The engineers say the town is sure to reach its water target by 2030 even without "
                             "new pumps.") == CONTRADICTED
    assert _one_point(point, "The engineers warn that without new pumps the town may not reach its water target "
                             "by 2030.") == COVERED


def test_cost_more_is_the_opposite_of_cheaper_and_look_after_means_tend():
    point = "Planting street trees is cheaper than building power stations to run more air conditioners."
    assert _one_point(point, "Street trees cost more than building new power stations for air conditioners.") \
        == CONTRADICTED
    assert _one_point(point, "Street trees cost less than new power stations for air conditioning.") == COVERED
    assert _one_point("Older children tend the goats while their parents work in the fields.",
                      "While the parents work in the fields, older children look after the goats.") == COVERED


def test_an_opposite_said_in_the_other_voice_reverses_the_point():
    active = "The council approved the plan to open a night clinic in the old market."
    assert _one_point(active, "The plan to open a night clinic in the old market was rejected by the council.") \
        == CONTRADICTED
    assert _one_point(active, "The plan for a night clinic in the old market was approved by the council.") == COVERED
    passive = "The new dam on the upper river was opposed by most farmers in the valley."
    assert _one_point(passive, "Most farmers in the valley supported the new dam on the upper river.") == CONTRADICTED
    assert _one_point(passive, "Most valley farmers objected to the new dam on the upper river.") != CONTRADICTED


def test_hardly_any_and_no_food_left_restate_scarce_and_ran_out():
    assert _one_point("Clean water was scarce in the hill villages, so families walked for hours to the spring.",
                      "There was hardly any clean water in the hill villages, which made families walk for hours to "
                      "the spring.") == COVERED
    assert _one_point("By the second winter the garrison had run out of grain and was forced to surrender.",
                      "In the second winter the garrison had no grain left and had to surrender.") == COVERED
    assert _one_point("By the second winter the garrison had run out of grain and was forced to surrender.",
                      "In the second winter the garrison still had plenty of grain but refused to surrender.") \
        == CONTRADICTED


def test_a_decrease_in_the_thing_the_point_says_climbed_reverses_it():
    point = "Theft in the old city climbed steadily during the years of drought."
    assert _one_point(point, "During the drought years the old city saw a steady decrease in theft.") == CONTRADICTED
    assert _one_point(point, "During the drought years the old city saw a steady rise in theft.") == COVERED


def test_who_questioned_whom_turned_round_in_the_passive_is_a_reversal():
    point = "The inspector questioned the mill owner about the missing wages for an hour."
    assert _one_point(point, "For an hour the inspector was questioned by the mill owner about the missing "
                             "wages.") == CONTRADICTED
    assert _one_point(point, "For an hour the mill owner was questioned by the inspector about the missing "
                             "wages.") == COVERED


def test_the_cause_said_as_the_effect_reverses_the_point():
    point = "Many young families left the island because the ferry to the mainland had stopped running."
    assert _one_point(point, "Many young families left the island, so the ferry to the mainland stopped "
                             "running.") == CONTRADICTED
    assert _one_point(point, "The ferry to the mainland stopped running, so many young families left the "
                             "island.") == COVERED
    assert _one_point(point, "Because the ferry to the mainland had stopped running, many young families left "
                             "the island.") == COVERED


def test_the_earlier_event_said_as_the_later_reverses_the_point():
    point = "The herders moved their flocks to the high pastures before the first snow closed the pass."
    assert _one_point(point, "The first snow closed the pass before the herders moved their flocks to the high "
                             "pastures.") == CONTRADICTED
    assert _one_point(point, "Before the first snow closed the pass, the herders took their flocks up to the high "
                             "pastures.") == COVERED
    assert _one_point(point, "The first snow closed the pass after the herders had moved their flocks to the high "
                             "pastures.") == COVERED


def test_the_same_comparative_with_its_sides_swapped_reverses_the_point():
    point = "The northern pass is longer than the southern one, but traders prefer it because it is safer."
    assert _one_point(point, "The southern pass is longer than the northern one, but traders prefer the northern "
                             "because it is safer.") == CONTRADICTED
    assert _one_point(point, "The southern pass is shorter than the northern one, yet traders prefer the northern "
                             "pass as it is safer.") != CONTRADICTED


def test_readings_of_cause_order_and_denial_leave_faithful_restatements_alone():
    restated = {
        "Heavy spring rains caused severe flooding in the valley.":
            "Severe flooding in the valley was caused by heavy spring rains.",
        "The steel company once employed thousands of local workers.":
            "Thousands of local workers were once employed by the steel company.",
        "Sales of electric cars rose faster than ever before after the tax was cut.":
            "After the tax was cut, sales of electric cars rose faster than ever before.",
        "The hill villages emptied because the spring rains failed two years running.":
            "The spring rains failed two years running. That is why these hill villages emptied.",
        "The minister admitted that the army had been sent to the border.":
            "The minister did not deny that the army had been sent to the border.",
        "Almost no farmers in the valley supported the plan.": "Hardly one farmer in the valley supported the plan.",
    }
    assert {point: _one_point(point, precis) for point, precis in restated.items()} == {
        point: COVERED for point in restated}


def test_so_far_and_an_adverb_before_the_participle_hide_no_reversal():
    assert _one_point("No rain has fallen in the northern region so far.",
                      "Heavy rain has fallen in the northern region so far.") == CONTRADICTED
    assert _one_point("The journalist questioned the minister about the missing funds.",
                      "The journalist was then questioned by the minister about the missing funds.") == CONTRADICTED


def test_scraps_of_paper_are_no_opposite_of_kept():
    assert _one_point("Working with the governor were clerks who kept the tax records.",
                      "The governor had clerks, and people who had scraps of the tax records.") != CONTRADICTED


def test_cannot_stop_something_says_the_same_however_its_object_is_named():
    point = "Sea walls cannot stop flooding, but they can reduce it a great deal."
    assert _one_point(point, "Sea walls can reduce flooding a great deal, though they cannot stop it.") != CONTRADICTED
    assert _one_point(point, "Sea walls can stop flooding, but they cannot reduce it.") == CONTRADICTED


def test_a_change_said_by_its_new_figure_not_its_old_one_agrees():
    point = "The share of pupils who walk to school rose from 12% to 30%."
    assert _one_point(point, "Pupils walking to school are now 30% of the total, not 12%.") != CONTRADICTED
    assert _one_point(point, "The share of pupils who walk to school fell from 30% to 12%.") == CONTRADICTED


def test_stopping_what_was_dropped_or_scrapped_is_the_same_claim():
    point = "The zoo dropped its parking charge because fewer families were visiting."
    assert _one_point(point, "Falling family visits led the zoo to stop charging for parking.") != CONTRADICTED
    assert _one_point(point, "The zoo did not drop its parking charge, though fewer families were visiting.") \
        == CONTRADICTED
    assert _one_point("The council lifted the ban on night markets.",
                      "Night markets are no longer banned by the council.") != CONTRADICTED


def test_no_more_than_a_number_is_a_bound_not_a_denial():
    point = "The truce lasted six weeks before the fighting resumed."
    assert _one_point(point, "The truce held for no more than six weeks before fighting began again.") \
        != CONTRADICTED
    assert _one_point(point, "The truce did not last six weeks.") == CONTRADICTED


def test_a_negation_with_its_verb_left_out_denies_what_it_joins():
    point = "Residents could water gardens with cans but could not fill pools or wash cars."
    assert _one_point(point, "Watering gardens with cans stayed legal, whereas filling pools and washing cars "
                             "did not.") != CONTRADICTED
    assert _one_point(point, "Residents could fill pools and wash cars.") == CONTRADICTED


def test_what_someone_only_wanted_to_do_reverses_nothing():
    point = "The farmer refused the mayor's reward."
    assert _one_point(point, "The mayor wanted to give the farmer a reward, but he said no.") != CONTRADICTED
    assert _one_point(point, "The farmer accepted the mayor's reward.") == CONTRADICTED


def test_a_plural_noun_that_could_be_a_verb_is_no_verb_of_the_point():
    point = "By 2020 yields on terraced fields had recovered to their earlier level."
    assert _one_point(point, "Terraced fields regained their earlier yields by 2020.") != CONTRADICTED


def test_what_is_banned_rejected_or_declined_agrees_with_a_precis_that_denies_it():
    assert _one_point("Swimming in the lake is still banned.", "People still cannot swim in the lake.") \
        != CONTRADICTED
    assert _one_point("Bathing is banned in the harbour.", "Nobody may bathe in the harbour.") != CONTRADICTED
    assert _one_point("Swimming in the lake is still banned.", "Swimming in the lake is now allowed.") \
        == CONTRADICTED
    point = "The council rejected a plan to close the library on Sundays."
    assert _one_point(point, "The council said no to closing the library on Sundays.") != CONTRADICTED
    assert _one_point(point, "The council approved a plan to close the library on Sundays.") == CONTRADICTED
    assert _one_point("The board at first refused to fund the clinic.",
                      "The board initially declined to fund the clinic.") != CONTRADICTED


def test_not_enough_of_something_is_said_again_by_a_shortage():
    assert _one_point("There are not enough trained nurses in the region.",
                      "Trained nurses remain in short supply in the region.") != CONTRADICTED


def test_a_verb_of_change_reversed_contradicts_however_often_the_passage_uses_it():
    point = "Games missed through injury fell from 112 to 47."
    passage = analyse_passage(Passage(
        "club", "The Club", "Ticket sales fell in the first year. Attendance at matches fell too, as prices rose. "
        + point[:-1] + " after the club hired a physiotherapist. Shop revenue fell slightly.",
        key_points=(AuthoredKeyPoint("k", point, source=point),)))

    def injuries(precis: str) -> str:
        return check(passage, precis, title="The Club").coverage.points[0].status

    assert injuries("Games lost to injury climbed from 47 to 112.") == CONTRADICTED
    assert injuries("Games lost to injury dropped from 112 to 47.") == COVERED


def test_opposite_words_traded_between_the_two_sides_of_a_point_reverse_it():
    point = "The farmer refused the reward but accepted a sack of seed."
    assert _one_point(point, "The farmer accepted the reward but refused a sack of seed.") == CONTRADICTED
    assert _one_point(point, "The farmer accepted a sack of seed but refused the reward.") == COVERED
    assert _one_point(point, "The farmer refused the reward, though he accepted a sack of seed.") == COVERED
    point = "Exports rose in the north but fell in the south."
    assert _one_point(point, "Exports fell in the north but rose in the south.") == CONTRADICTED
    assert _one_point(point, "In the south exports fell, but in the north they rose.") != CONTRADICTED


def test_a_point_that_says_a_loss_and_a_profit_is_not_reversed_by_saying_both():
    point = "Nordvik lost ten million crowns, whereas its rival made a profit."
    assert _one_point(point, "Nordvik reported a loss of ten million crowns, while its rival still earned a "
                             "profit.") != CONTRADICTED
    assert _one_point(point, "While its rival made a profit, Nordvik lost ten million crowns.") != CONTRADICTED
    assert _one_point(point, "Nordvik made a profit of ten million crowns, whereas its rival lost money.") \
        == CONTRADICTED
    assert _one_point("The bakery made a profit last year.", "The bakery lost money last year.") == CONTRADICTED


def test_a_contrast_that_rejects_one_side_may_be_said_in_either_order():
    point = "A good plot is arranged not on the simple but on the complex plan."
    assert _one_point(point, "A good plot should have a complex structure, instead of being composed on a simple "
                             "plan.") != CONTRADICTED


def test_attracted_welcomed_created_and_agreed_have_their_opposites():
    assert _one_point("Young voters were attracted by her promise of cheap homes.",
                      "Young voters were put off by her promise of cheap homes.") == CONTRADICTED
    assert _one_point("Older members complained that the hall had become too noisy.",
                      "Older members welcomed the noise in the hall.") == CONTRADICTED
    assert _one_point("Older members complained that the hall had become too noisy.",
                      "Some older members grumbled about the noise in the hall.") == COVERED
    assert _one_point("The chief executive said 80 jobs might be cut.",
                      "The chief executive said 80 jobs could be created.") == CONTRADICTED
    assert _one_point("The port company disputes this and blames cold weather.",
                      "The port company agrees with this and denies any role for the weather.") == CONTRADICTED


def test_a_name_carried_into_another_part_of_a_recast_sentence_trades_nothing():
    point = ("On 3 May a small weather satellite built by students at the Kelso Technical College was carried "
             "into orbit aboard a commercial rocket, making it the first satellite designed entirely by "
             "undergraduates in the country.")
    assert _one_point(point, "Wren, wholly designed by Kelso undergraduates, became the nation's first "
                             "student-built satellite when a commercial rocket lifted it into orbit on 3 May.") \
        != CONTRADICTED


def test_a_change_of_a_figure_said_the_other_way_round_contradicts():
    point = "Passenger numbers fell from over 900 a day in the 1970s to about 150."
    assert _one_point(point, "The line now carries 900 passengers a day, up from about 150 in the 1970s.") \
        == CONTRADICTED
    assert _one_point(point, "Only 150 passengers a day use the line, down from over 900 in the 1970s.") == COVERED
    assert _one_point(point, "Daily passengers have dropped from more than 900 in the 1970s to some 150.") \
        == COVERED


def test_an_opposite_on_the_side_that_says_the_point_outweighs_its_own_word_on_another():
    point = "In trial plots, grey thorn seedlings survived two consecutive years with less than 200 millimetres of rain."
    assert _one_point(point, "In trials, grey thorn seedlings mostly perished during two years of under 200 mm of "
                             "rain, while nearly all the eucalyptus beside them survived.") == CONTRADICTED
    assert _one_point(point, "In trials, grey thorn seedlings survived two years of under 200 mm of rain, while the "
                             "eucalyptus beside them perished.") == COVERED
    assert _one_point(point, "While the eucalyptus beside them perished, grey thorn seedlings survived two years of "
                             "under 200 mm of rain.") == COVERED


def test_a_long_stretch_reversed_contradicts_though_a_figure_is_said_in_other_words():
    point = ("In 2011 twenty dairy farmers near the town of Brede pooled their money to build a cheese plant, "
             "after the only private dairy in the valley cut the price it paid for milk by a quarter.")
    assert _one_point(point, "After the valley's only private dairy raised its milk price by twenty-five per cent, "
                             "twenty Brede farmers sold their cheese plant in 2011.") == CONTRADICTED
    assert _one_point(point, "After the valley's only private dairy cut its milk price by twenty-five per cent, "
                             "twenty Brede farmers joined forces to build a cheese plant in 2011.") == COVERED


def test_a_word_with_un_taken_off_or_put_on_is_its_opposite():
    assert _one_point("The apprentices are paid for their two years of training.",
                      "The apprentices are unpaid for their two years of training.") == CONTRADICTED
    assert _one_point("The cause of the fire is still unknown.",
                      "The cause of the fire is now known.") == CONTRADICTED
    assert _one_point("The cause of the fire is still unknown.",
                      "Nobody yet knows what caused the fire.") != CONTRADICTED


def test_a_verb_that_undoes_an_action_is_no_opposite_of_it():
    assert _one_point("The report covers three northern districts.",
                      "The report uncovered waste in three northern districts.") != CONTRADICTED
    assert _one_point("The firm folded in 2010.", "As the crisis unfolded in 2010, the firm closed.") \
        != CONTRADICTED


def test_what_someone_is_barred_from_agrees_with_a_precis_that_denies_it():
    assert _one_point("Pupils cannot sit the national exams.", "Pupils are barred from the national exams.") \
        != CONTRADICTED
    assert _one_point("Cars are banned from the city centre.", "Cars are kept out of the city centre.") \
        != CONTRADICTED
    assert _one_point("Residents can still use the beach in summer.",
                      "In summer dogs are banned from the beach, but residents can still use it.") != CONTRADICTED


def test_a_participle_after_a_determiner_is_no_verb_that_swaps_roles():
    point = "The town pays teenagers during a one-year training scheme, and thirty have finished it."
    assert _one_point(point, "Thirty teenagers have now completed a paid one-year town training scheme.") \
        != CONTRADICTED
    assert _one_point("The town pays teenagers during a one-year training scheme.",
                      "Teenagers pay the town during a one-year training scheme.") == CONTRADICTED


def test_an_opposite_noun_beside_the_points_own_noun_names_someone_else():
    point = "Vos, fearing that rivals would reach the pepper markets first, left with only two ships."
    assert _one_point(point, "Afraid that competitors would beat him to the pepper, Vos ignored his partners' "
                             "advice and set off with just two ships.") != CONTRADICTED
    assert _one_point("The two firms became rivals after the merger failed.",
                      "The two firms became partners after the merger failed.") == CONTRADICTED


def test_declined_to_a_figure_or_a_level_is_a_fall_not_a_refusal():
    assert _one_point("Sales of the magazine declined to 40,000 copies a month.",
                      "Monthly sales of the magazine fell to 40,000 copies.") != CONTRADICTED
    assert _one_point("Membership of the club declined to its lowest level in fifty years.",
                      "Club membership fell to its lowest level in fifty years.") != CONTRADICTED


def test_lifting_a_rate_raises_it_and_lifting_a_ban_takes_it_away():
    assert _one_point("The bank lifted its interest rate in May.",
                      "In May the bank did not lift its interest rate.") == CONTRADICTED
    assert _one_point("The council lifted the curfew on the old town.",
                      "The old town is no longer under a curfew.") != CONTRADICTED


def test_an_opposite_said_of_another_subject_beside_the_points_own_word_reverses_nothing():
    assert _one_point("Small farms survived the drought of 2019.",
                      "In the drought of 2019 large farms failed while small farms survived.") != CONTRADICTED
    assert _one_point("Small firms in the region grew during the recession.",
                      "Big firms in the region shrank during the recession, but small ones grew.") != CONTRADICTED


def test_what_the_point_itself_only_intends_is_reversed_by_intending_the_opposite():
    assert _one_point("The minister promised to raise taxes.", "The minister promised to cut taxes.") == CONTRADICTED
    assert _one_point("The firm tried to increase exports.", "The firm tried to reduce exports.") == CONTRADICTED


def test_two_changes_said_in_another_order_reverse_neither():
    assert _one_point("Bus fares rose from $2 to $3, and ridership fell from 3 million to 2 million.",
                      "Ridership fell from 3 million to 2 million after bus fares rose from $2 to $3.") \
        != CONTRADICTED
    assert _one_point("Passenger numbers fell from over 900 a day in the 1970s to about 150.",
                      "Only about 150 a day ride it now, not 900 as in the 1970s.") != CONTRADICTED


def test_only_a_small_number_says_what_few_says_and_most_reverses_it():
    point = "Only a small number of members voted for the merger."
    assert _one_point(point, "Few members voted for the merger.") == COVERED
    assert _one_point(point, "Most members voted for the merger.") == CONTRADICTED
    assert _one_point("Few households in the district own a tractor.",
                      "Only a small number of households in the district own a tractor.") == COVERED


def test_nobody_or_no_shop_opening_a_clause_denies_what_is_said_of_the_subject_not_the_subject():
    point = "Nobody on the night shift noticed the fire."
    assert _one_point(point, "The fire went unnoticed by everyone on the night shift.") != CONTRADICTED
    assert _one_point(point, "Several workers on the night shift noticed the fire.") == CONTRADICTED
    assert _one_point("No shop in the old town sells fresh bread.",
                      "Every shop in the old town sells fresh bread.") == CONTRADICTED


def test_neither_and_nor_deny_what_both_did_not_do():
    point = "Neither the coach nor the players expected the storm."
    assert _one_point(point, "The storm took both the coach and the players by surprise.") != CONTRADICTED
    assert _one_point(point, "Both the coach and the players expected the storm.") == CONTRADICTED


def test_yet_to_stay_away_and_free_of_charge_say_what_a_denial_says():
    assert _one_point("The new clinic has never treated a patient.",
                      "The new clinic has yet to treat its first patient.") != CONTRADICTED
    assert _one_point("Most miners did not go down the pit during the strike.",
                      "Most miners stayed away from the pit during the strike.") != CONTRADICTED
    point = "The town never charged residents for rubbish collection."
    assert _one_point(point, "Residents had their rubbish collected free of charge.") != CONTRADICTED
    assert _one_point(point, "The town charged residents for rubbish collection.") == CONTRADICTED


def test_what_is_optional_need_not_be_done_and_compulsory_is_its_opposite():
    point = "Homework in the first year is optional."
    assert _one_point(point, "First-year pupils do not have to do homework.") != CONTRADICTED
    assert _one_point(point, "Homework in the first year is compulsory.") == CONTRADICTED


def test_a_noun_that_looks_like_a_verb_or_a_cause_after_the_verb_swaps_no_roles():
    assert _one_point("Rice yields in the delta were higher than on the plateau.",
                      "The delta's farms produced more rice than those on the plateau.") != CONTRADICTED
    assert _one_point("The strike began because of a cut in pay.", "A pay cut started the strike.") != CONTRADICTED


def test_learning_from_someone_is_being_taught_by_them_but_teaching_them_swaps_the_roles():
    point = "Professor Adebayo taught Maria Lund how to read ancient scripts."
    assert _one_point(point, "Maria Lund learned to read ancient scripts from Professor Adebayo.") != CONTRADICTED
    assert _one_point(point, "Maria Lund taught Professor Adebayo how to read ancient scripts.") == CONTRADICTED


def test_names_traded_across_the_verb_swap_the_roles_whichever_word_follows_the_verb():
    point = "The city of Dorn sends its waste to the town of Marl."
    assert _one_point(point, "Waste from Dorn goes to Marl, which the city sends it to.") != CONTRADICTED
    assert _one_point(point, "The town of Marl sends its waste to the city of Dorn.") == CONTRADICTED
    point = "The hill farmers sold their lambs to the lowland butchers."
    assert _one_point(point, "It was to the lowland butchers that the hill farmers sold their lambs.") != CONTRADICTED
    assert _one_point(point, "The lowland butchers sold their lambs to the hill farmers.") == CONTRADICTED


def test_a_passive_with_a_long_phrasal_verb_is_read_as_passive():
    assert _one_point("The storm cut the island off from the mainland for a week.",
                      "For a week the island was cut off from the mainland by the storm.") != CONTRADICTED


def test_the_opposites_a_student_reaches_for_reverse_a_point_and_their_denials_restate_it():
    reversals = {
        "Farming in the hills became harder after the road closed.":
            ("After the road closed, farming in the hills became easier.",
             "After the road closed, farming in the hills got more difficult."),
        "The council objected to the new road.": ("The council welcomed the new road.",
                                                  "The council opposed the new road."),
        "The summer was hot and dry.": ("The summer was hot and wet.", "The summer was hot with little rain."),
        "The new dam is permanent.": ("The new dam is temporary.", "The new dam is not temporary."),
        "The city centre is noisy at night.": ("At night the city centre is quiet.",
                                               "At night the city centre is loud."),
        "The tests confirmed that the water was safe to drink.":
            ("The tests disproved that the water was safe to drink.",
             "The tests proved the water was safe to drink."),
    }
    for point, (reversed_, faithful) in reversals.items():
        assert _one_point(point, reversed_) == CONTRADICTED, reversed_
        assert _one_point(point, faithful) != CONTRADICTED, faithful


def test_doubling_and_halving_are_a_rise_and_a_fall():
    assert _one_point("Tourist numbers in the port tripled after the airport opened.",
                      "Tourist numbers in the port fell to a third after the airport opened.") == CONTRADICTED
    assert _one_point("Fish catches have halved since 1990.", "Since 1990 fish catches have doubled.") == CONTRADICTED
    assert _one_point("Fish catches have halved since 1990.",
                      "Since 1990 fish catches have dropped by half.") != CONTRADICTED
    assert _one_point("Rents in the old town doubled while wages fell.",
                      "Wages fell while rents in the old town doubled.") != CONTRADICTED


def test_an_opposite_inside_a_compound_of_another_noun_reverses_nothing():
    point = "A boy born on a farm could work his way up into the higher ranks of the government."
    assert _one_point(point, "Many people held government jobs, including some lower-class farmers.") != CONTRADICTED
    assert _one_point(point, "A boy born on a farm could only work his way up into the lower ranks of the "
                             "government.") == CONTRADICTED


def test_a_negator_reaches_over_or_to_the_next_word():
    point = "A good plot should be arranged on a complex plan, not a simple one."
    assert _one_point(point, "The plot should never be simple or easy to follow.") != CONTRADICTED
    assert _one_point(point, "The plot should be simple and easy to follow.") == CONTRADICTED
    assert _one_point("No tea or coffee was served at the meeting.",
                      "Tea and coffee were served at the meeting.") == CONTRADICTED


def test_renting_to_someone_is_them_renting_from_you():
    point = "Aunt Mira rented the flat to a student from Hull."
    assert _one_point(point, "A student from Hull rented the flat from Aunt Mira.") != CONTRADICTED


def test_a_long_point_is_contradicted_by_a_denial_of_one_of_its_stretches_said_whole():
    point = ("The Alder Rowing Club, founded by ferrymen in 1908, won the county cup for the first time last "
             "spring after a new coach changed its training.")
    assert _one_point(point, "The Alder Rowing Club, founded by ferrymen in 1908, failed to win the county cup last "
                             "spring, even after a new coach changed its training.") == CONTRADICTED
    assert _one_point(point, "Set up by ferrymen in 1908, the Alder club took the county cup last spring, its "
                             "first ever, once a new coach had changed how it trained.") != CONTRADICTED


def test_never_before_says_what_for_the_first_time_says():
    point = ("The new canal, finished in 1994 with state money, allowed the dry eastern farms of the valley to grow "
             "rice for the first time.")
    assert _one_point(point, "Finished in 1994 and paid for by the state, the new canal made rice farming possible "
                             "on the valley's dry eastern farms, which had never grown it before.") != CONTRADICTED
    assert _one_point("Rosa Vidal was the first woman to coach the Harrow rugby team.",
                      "No woman had coached the Harrow rugby team before Rosa Vidal.") != CONTRADICTED
    assert _one_point("Most of the pupils who joined the chess club last winter had never played chess before.",
                      "For most of the pupils who joined the chess club last winter, it was their first game of "
                      "chess.") != CONTRADICTED


def test_two_parties_doing_one_thing_together_swap_no_roles():
    assert _one_point("Ilsa married the sculptor Doran in 1911.", "In 1911 Doran married Ilsa.") != CONTRADICTED
    assert _one_point("The herders traded wool with the potters for bowls.",
                      "The potters traded bowls with the herders for wool.") != CONTRADICTED
    assert _one_point("Team Vell played the visitors from Ost in the final.",
                      "The visitors from Ost played Team Vell in the final.") != CONTRADICTED


def test_none_except_one_says_that_one_did():
    assert _one_point("Only the blacksmith owned a cart.",
                      "None of the villagers except the blacksmith owned a cart.") != CONTRADICTED


def test_not_allowed_to_and_forbidden_from_say_the_same_and_free_to_reverses_them():
    point = "No trader in the port was allowed to export rice."
    assert _one_point(point, "Traders in the port were forbidden from exporting rice.") == COVERED
    assert _one_point(point, "Traders in the port were prohibited from exporting rice.") == COVERED
    assert _one_point(point, "Traders in the port were free to export rice.") == CONTRADICTED
    point = "Lorries are forbidden in the market square of Dunmere."
    assert _one_point(point, "No lorries are allowed into Dunmere's market square.") != CONTRADICTED
    point = "Pupils of the Kasur school were permitted to leave early on Thursdays."
    assert _one_point(point, "On Thursdays, Kasur pupils were not barred from leaving early.") != CONTRADICTED


def test_not_yet_denies_what_follows_and_already_reverses_it():
    point = "The census office has not yet released the results of the survey."
    assert _one_point(point, "The census office has already released the results of the survey.") == CONTRADICTED
    assert _one_point(point, "The census office is still holding back the results of the survey.") != CONTRADICTED
    point = "The rebels had already surrendered when the relief column arrived."
    assert _one_point(point, "The rebels had not yet surrendered when the relief column arrived.") == CONTRADICTED


def test_hardly_any_and_almost_no_deny_what_is_said_of_their_subject():
    point = "Hardly any of the weavers could afford the new looms."
    assert _one_point(point, "Nearly all of the weavers could afford the new looms.") == CONTRADICTED
    assert _one_point(point, "Very few weavers could afford the new looms.") != CONTRADICTED
    assert _one_point(point, "Almost no weaver could afford the new looms.") != CONTRADICTED


def test_not_enough_and_too_little_deny_what_is_short_and_words_of_shortage_agree():
    point = "The district hospital did not have enough beds during the outbreak."
    assert _one_point(point, "The district hospital had plenty of beds during the outbreak.") == CONTRADICTED
    assert _one_point(point, "Beds were in short supply at the district hospital during the outbreak.") \
        != CONTRADICTED
    assert _one_point(point, "There was a shortage of beds at the district hospital during the outbreak.") \
        != CONTRADICTED
    point = "The orchards received too little water to ripen their fruit."
    assert _one_point(point, "The orchards did not get enough water to ripen their fruit.") != CONTRADICTED
    assert _one_point(point, "The orchards received enough water to ripen their fruit.") == CONTRADICTED


def test_lacks_denies_what_is_lacked_and_not_lacking_says_it_is_there():
    point = "The new ferry has a cabin for passengers."
    assert _one_point(point, "The new ferry lacks a cabin for passengers.") == CONTRADICTED
    point = "The valley had rich seams of coal."
    assert _one_point(point, "The valley was not lacking in coal, for rich seams ran under it.") != CONTRADICTED
    assert _one_point(point, "The valley was not short of coal, with rich seams under its fields.") != CONTRADICTED


def test_little_known_and_little_effect_deny_but_litotes_deny_nothing():
    point = "The painter was famous and well known across the province."
    assert _one_point(point, "The painter was little known across the province.") == CONTRADICTED
    point = "The new law had a large effect on the price of salt."
    assert _one_point(point, "The new law had little effect on the price of salt.") == CONTRADICTED
    assert _one_point(point, "The new law had no small effect on the price of salt.") != CONTRADICTED
    point = "Many of the old stone bridges in Harlow are still standing."
    assert _one_point(point, "Not a few of Harlow's old stone bridges are still standing.") != CONTRADICTED


def test_a_verb_that_does_nothing_is_denied_and_nothing_after_it():
    point = "A ride on the city trams costs nothing on public holidays."
    assert _one_point(point, "On public holidays, no fare is charged on the city trams.") != CONTRADICTED


def test_ceased_to_denies_the_verb_after_it():
    point = "The spring ceased to feed the village well after the earthquake."
    assert _one_point(point, "After the earthquake the spring no longer fed the village well.") != CONTRADICTED
    assert _one_point(point, "After the earthquake the spring still fed the village well.") == CONTRADICTED


def test_more_opposites_reverse_a_point():
    reversals = {
        "The western church is older than the eastern one.": "The western church is younger than the eastern one.",
        "The grain in store was sufficient to feed the town through the winter.":
            "The grain in store was insufficient to feed the town through the winter.",
        "A minority of the members backed the merger.": "The majority of the members backed the merger.",
        "The hill path is safer than the road along the cliffs.":
            "The hill path is more dangerous than the road along the cliffs.",
        "The clerk was careful in copying the old deeds.": "The clerk was careless in copying the old deeds.",
        "The duke gave up his claim to the river islands.": "The duke continued to claim the river islands.",
    }
    assert _paired_statuses(reversals) == {point: CONTRADICTED for point in reversals}


def test_less_before_an_adjective_reverses_its_er_comparative_unless_the_sides_swap():
    point = "Bread from the village ovens was tastier than bread from the factory."
    assert _one_point(point, "Bread from the village ovens was less tasty than bread from the factory.") == CONTRADICTED
    assert _one_point(point, "Bread from the factory was less tasty than bread from the village ovens.") \
        != CONTRADICTED
    point = "Mud huts were less sturdy than brick houses."
    assert _one_point(point, "Mud huts were sturdier than brick houses.") == CONTRADICTED


def test_before_someone_nobody_had_says_they_were_the_first():
    point = "Salma Qureshi was the first in her village to qualify as a doctor."
    assert _one_point(point, "Before Salma Qureshi, nobody in her village had qualified as a doctor.") \
        != CONTRADICTED


def test_falling_short_is_no_fall():
    point = "The money raised was not enough to rebuild the school hall."
    assert _one_point(point, "The money collected fell short of the cost of rebuilding the school hall.") \
        != CONTRADICTED
    point = "Spending on roads is far below the minimum the surveyors advised."
    assert _one_point(point, "Road spending falls well short of the surveyors' advised minimum.") != CONTRADICTED


def test_short_of_anything_but_and_a_myth_that_deny_what_follows():
    point = "The garrison was well supplied with powder and shot."
    assert _one_point(point, "The garrison was short of powder and shot.") == CONTRADICTED
    point = "The election in Varda was peaceful."
    assert _one_point(point, "The election in Varda was anything but peaceful.") == CONTRADICTED
    point = "Cold baths cure a fever."
    assert _one_point(point, "It is a myth that cold baths cure a fever.") == CONTRADICTED
    point = "The caravan fell short of the oasis by a day's march."
    assert _one_point(point, "The caravan stopped a day's march before the oasis.") != CONTRADICTED
    point = "The council tried every measure except force to end the strike."
    assert _one_point(point, "The council tried every measure short of force to end the strike.") != CONTRADICTED


def test_opposites_of_taking_in_trusting_revealing_and_frequency_reverse_a_point():
    reversals = {
        "Clay soils absorb water slowly.": "Clay soils give off water slowly.",
        "The villagers trusted the new tax collector.": "The villagers were suspicious of the new tax collector.",
        "The auditor exposed the losses of the trading house.":
            "The auditor concealed the losses of the trading house.",
        "The council often met in the old mill.": "The council seldom met in the old mill.",
        "The board accepted the engineer's plan for the dock.":
            "The board threw out the engineer's plan for the dock.",
    }
    assert _paired_statuses(reversals) == {point: CONTRADICTED for point in reversals}


def test_opposites_of_memory_estimate_temper_and_choice_reverse_a_point():
    reversals = {
        "The old clerk remembered every debtor's name.": "The old clerk forgot every debtor's name.",
        "The surveyors underestimated the depth of the marsh.": "The surveyors overestimated the depth of the marsh.",
        "The early chroniclers exaggerated the size of the royal army.":
            "The early chroniclers played down the size of the royal army.",
        "The mayor's words calmed the crowd at the gates.": "The mayor's words agitated the crowd at the gates.",
        "The two guilds stayed friendly through the long dispute.":
            "The two guilds stayed hostile through the long dispute.",
        "The new tonic proved effective against the cough.": "The new tonic proved ineffective against the cough.",
        "The famine was avoidable with better storage.": "The famine was inevitable whatever the storage.",
    }
    assert _paired_statuses(reversals) == {point: CONTRADICTED for point in reversals}


def test_a_passive_avoided_denies_nothing_after_it():
    point = "The strike could have been avoided had the owners listened to the workers."
    assert _one_point(point, "The strike need not have happened if the owners had listened to the workers.") \
        != CONTRADICTED
    point = "A strike by the dockers should be avoided."
    assert _one_point(point, "What should be avoided is a strike by the dockers.") != CONTRADICTED


def test_all_but_one_reverses_only_that_one_unless_the_deed_is_turned_too():
    point = "Only the miller owned a horse in the village."
    assert _one_point(point, "Every villager except the miller owned a horse.") == CONTRADICTED
    assert _one_point(point, "Nobody in the village except the miller owned a horse.") == COVERED
    assert _one_point(point, "The miller alone owned a horse in the village.") == COVERED
    point = "Everyone in the village except the miller owned a horse."
    assert _one_point(point, "Only the miller owned a horse in the village.") == CONTRADICTED
    assert _one_point(point, "The miller was the only villager without a horse.") != CONTRADICTED
    assert _one_point(point, "The miller alone in the village owned no horse.") != CONTRADICTED
    point = "All the ships except the Falcon reached the harbour."
    assert _one_point(point, "The Falcon was the only ship that did not reach the harbour.") != CONTRADICTED
    point = "Only the rich could afford tea."
    assert _one_point(point, "Tea was beyond the means of all but the rich.") != CONTRADICTED


def test_twice_as_much_as_swapped_reverses_the_point():
    point = "The hill farms produce twice as much barley as the river farms."
    assert _one_point(point, "The river farms produce twice as much barley as the hill farms.") == CONTRADICTED
    assert _one_point(point, "The river farms grow only half as much barley as the hill farms.") != CONTRADICTED
    assert _one_point(point, "The hill farms' barley harvest is double that of the river farms.") != CONTRADICTED


def test_un_before_a_participle_is_a_denial_only_when_said_of_the_subject():
    point = "The new tariff had no influence on the traders of the coast."
    assert _one_point(point, "The coastal traders were largely unaffected by the new tariff.") != CONTRADICTED
    point = "An unexpected flood ruined the barley in the lower fields."
    assert _one_point(point, "The flood in the lower fields did not ruin the barley.") == CONTRADICTED
