"""The mark out of 20: 15 for the précis, 5 for the title, every part explained."""

from tutor.core import score
from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text


def test_the_weights_split_twenty_marks_as_the_css_paper_does():
    assert sum(score.WEIGHTS.values()) == 20
    assert score.WEIGHTS["title"] == 5


def test_a_precis_within_the_band_gets_full_length_marks():
    assert score.length_part(80, 83, 75, 91).points == score.WEIGHTS["length"]


def test_length_marks_fall_the_further_outside_the_band():
    near, far = score.length_part(95, 83, 75, 91), score.length_part(120, 83, 75, 91)
    assert score.WEIGHTS["length"] > near.points > far.points == 0
    assert "over the band 75–91" in near.how


def test_a_missing_title_earns_nothing_and_says_why():
    part = score.title_part(0, False, False)
    assert part.points == 0 and "No title" in part.how


def test_a_long_sentence_title_loses_the_phrase_mark():
    assert score.title_part(14, True, True).points == 4


def test_every_part_explains_itself_in_a_report():
    passage = passage_from_text("Rivers feed the farms of the plain. " * 20)
    r = check(analyse_passage(passage), "Rivers\n\nThe plain's farms depend on rivers.")
    assert r.score.out_of == 20
    assert {p.name for p in r.score.parts} == set(score.WEIGHTS)
    assert all(p.how for p in r.score.parts)
    assert r.score.total == round(sum(p.points for p in r.score.parts), 1)


def test_a_title_with_no_precis_earns_only_title_marks():
    passage = passage_from_text("Rivers feed the farms of the plain. " * 20)
    r = check(analyse_passage(passage), "Title: Rivers and Farms\n")
    assert r.precis_words == 0
    assert r.score.part("language").points == 0 and r.score.part("own_words").points == 0
    assert r.score.part("content").points == 0 and r.score.part("length").points == 0
    assert r.score.total == r.score.part("title").points


def test_the_students_own_word_count_line_is_not_read_as_an_idea():
    passage = passage_from_text("Rivers feed the farms of the plain. Forty words were counted there in spring. " * 5)
    with_count = check(analyse_passage(passage), "Rivers\n\nThe plain's farms depend on rivers.\n\n40 words\n")
    without = check(analyse_passage(passage), "Rivers\n\nThe plain's farms depend on rivers.\n")
    assert [c.status for c in with_count.coverage.points] == [c.status for c in without.coverage.points]
    assert all(c.evidence_span is None or c.evidence_span.end <= with_count.precis.body.end
               for c in with_count.coverage.points)


def _scaled(**shares) -> dict:
    parts = (score.language_part(0, 120, 0), score.own_words_part(shares.get("own_share", 1.0), 120),
             score.title_part(4, True, False))
    return {p.name: p.how for p in score.gated(parts, **shares)}


def test_a_language_mark_scaled_for_copying_gives_the_real_share_of_own_words():
    # 87% own words is most of the précis: "much of the précis is not in your own words" misled.
    how = _scaled(content_ratio=0.9, own_share=0.87)
    assert "Scaled to 97%: only 87% of the précis is in your own words (full from 90%)." in how["language"]
    assert "Scaled" not in how["own_words"] and "Scaled" not in how["title"]


def test_a_mark_scaled_for_contradiction_says_what_share_of_words_contradict():
    how = _scaled(content_ratio=0.9, faithful_share=0.88)
    assert how["title"].endswith("Scaled to 88%: 12% of its words are in sentences that say the opposite "
                                 "of the passage.")


def test_a_mark_scaled_for_two_reasons_gives_both():
    how = _scaled(content_ratio=0.3, own_share=0.6)
    assert "the précis carries little of the passage; only 60% of the précis is in your own words" in how["language"]


def test_a_one_word_precis_is_counted_as_one_word_in_its_length_mark():
    assert score.length_part(1, 112, 101, 123).how.startswith("1 word, 100 short of the band")


def test_a_copied_precis_is_told_its_marks_fell_for_copying_not_for_carrying_little():
    how = _scaled(content_ratio=0.3, own_share=0.1, copied=0.9)
    assert "the content mark is low because 90% of the précis is copied from the passage" in how["title"]
    assert "carries little" not in how["title"]
