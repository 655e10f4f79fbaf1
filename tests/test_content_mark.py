"""The content mark out of 8 and the honesty of the whole score, on a passage written for these tests."""

from tutor.core import calibration
from tutor.core.analysis import analyse_passage, check
from tutor.core.content import ContentEvidence, content_ratio
from tutor.core.passage import passage_from_text

PASSAGE = passage_from_text(
    "Small towns across the province are losing their public libraries. In the last ten years the provincial "
    "government has cut library grants by half, and forty branches have closed, most of them in districts "
    "where no bookshop exists. Officials argue that the internet has made the buildings unnecessary, since "
    "most information can now be found on a phone.\n\n"
    "Librarians reply that this view misunderstands what a library does. For children whose homes have no "
    "books, the branch is often the only place to borrow them, and reading scores in districts that lost "
    "their library have fallen faster than elsewhere. Older residents use the computers to apply for pensions "
    "and to renew identity cards, tasks that now happen only online and that many of them cannot manage alone. "
    "The reading room is also one of the few warm, quiet public spaces where a student can work in the evening.\n\n"
    "Some towns have found ways to keep their doors open. In one district, volunteers run the branch three "
    "days a week, and a local firm pays for new books in return for a plaque at the entrance. Such "
    "arrangements help, but they depend on goodwill that rarely lasts. The librarians' association therefore "
    "asks the government to restore a basic grant for every branch that serves a town without a bookshop, "
    "arguing that the sum is small beside the cost of children who leave school unable to read well.",
    title="The Closing of Small-Town Libraries")

FULL = ("The provincial government has halved library grants, closing forty branches, mostly where there is no "
        "bookshop, on the ground that phones and the internet have replaced them. Librarians disagree: poor "
        "children depend on branches to borrow books, and reading scores have dropped faster where libraries "
        "closed. Elderly people need library computers for pensions and identity cards, which must now be done "
        "online, and students need a warm, quiet place to study. Volunteers and local sponsors keep some "
        "branches open, but such goodwill seldom lasts, so librarians want a basic grant restored for every "
        "branch in a town without a bookshop, a small cost beside that of children who cannot read well.")
HALF = ("The provincial government has halved library grants, closing forty branches, mostly where there is no "
        "bookshop, on the ground that phones and the internet have replaced them.")
UNRELATED = ("The cricket season opened with a long rain delay at the ground, and the visiting side chose to bat "
             "first once the covers came off, losing two early wickets to a young fast bowler.")


def _report(precis: str, title: str = "Saving Town Libraries"):
    return check(analyse_passage(PASSAGE), precis, title=title)


def test_a_fuller_precis_earns_more_content_than_one_that_stops_early():
    full, half = _report(FULL), _report(HALF)
    assert full.score.part("content").points > half.score.part("content").points + 2
    assert full.score.part("content").points >= 6


def test_copying_the_passage_earns_less_content_than_saying_it_in_your_own_words():
    copied = " ".join(PASSAGE.text.split()[:110])
    assert _report(copied).score.part("content").points < _report(FULL).score.part("content").points - 2


def test_one_word_earns_at_most_two_marks_even_with_a_title():
    assert _report("Hello.").score.total <= 2


def test_one_word_of_the_passage_under_an_apt_title_earns_at_most_two_marks():
    # "Libraries." echoes the passage and the title names its subject, but nothing is stated.
    r = _report("Libraries.", title="Libraries")
    assert r.score.total <= 2
    assert "no sentence states something of the passage" in r.score.part("title").how


def test_a_list_of_the_passages_words_is_not_a_precis_and_earns_little_beyond_content():
    notes = "Libraries, grants halved, forty branches, internet, children, reading scores, pensions, volunteers."
    r = _report(notes)
    assert r.score.total <= 5
    assert r.score.part("language").points == 0 and r.score.part("title").points == 0


def test_an_unrelated_paragraph_earns_at_most_six_marks():
    r = _report(UNRELATED)
    assert r.score.total <= 6
    assert r.score.part("language").points < 1.5  # good grammar about nothing earns little


def test_a_verbatim_copy_of_twice_the_target_earns_at_most_ten_marks():
    copied = " ".join(PASSAGE.text.split()[:2 * round(PASSAGE.words / 3)])
    r = _report(copied)
    assert r.score.total <= 10
    assert "own words" in r.score.part("language").how


def test_the_content_mark_never_falls_when_a_part_rises_and_never_rises_with_copying():
    base = ContentEvidence(coverage=0.5, recall=0.5, amount=0.5, copying=0.6, relevant_words=40, statements=0.5)
    for part in ("coverage", "recall", "amount", "statements"):
        better = ContentEvidence(**{**_fields(base), part: 0.9})
        assert content_ratio(better) >= content_ratio(base)
    assert content_ratio(ContentEvidence(**{**_fields(base), "copying": 0.95})) <= content_ratio(base)


def test_a_precis_that_carries_everything_in_its_own_words_earns_full_content():
    ideal = ContentEvidence(coverage=1.0, recall=1.0, amount=1.0, copying=0.0, relevant_words=100, statements=1.0)
    assert content_ratio(ideal) == 1.0
    assert content_ratio(ContentEvidence(0.0, 0.0, 0.0, 0.0, 0)) == 0.0
    assert abs(sum(calibration.CONTENT_WEIGHTS.values()) - 1.0) < 1e-9


def test_the_report_says_what_the_content_mark_was_built_from():
    r = _report(FULL)
    how = r.score.part("content").how
    assert "key-point coverage" in how and "copying" in how
    assert set(r.to_json()["content"]) >= {"coverage", "recall", "amount", "copying", "statements"}
    assert "sentences that say something of the passage" in how


def _fields(e: ContentEvidence) -> dict:
    return {f: getattr(e, f) for f in ("coverage", "recall", "amount", "copying", "relevant_words", "statements")}


def test_a_precis_of_another_passage_earns_little_content():
    # A faithful précis, but of a different passage (on water and farms): it shares some everyday words.
    other = ("Farmers in the valley pump groundwater faster than the rain can replace it, because the state "
             "pays for cheap electricity. Wells have doubled in depth in a generation, and some villages are "
             "already empty. Metering wells and pricing power fairly would reward thrift; without such reform "
             "the farms will fail.")
    r = _report(other)
    assert r.score.part("content").points <= 2
    assert r.score.total <= 6


def test_misspelt_passage_words_still_count_as_writing_about_the_passage():
    misspelt = FULL.replace("library", "libary").replace("branches", "branchs").replace("children", "childern")
    assert misspelt != FULL
    r, clean = _report(misspelt), _report(FULL)
    assert r.content.echo >= clean.content.echo - 0.02
    assert r.score.part("content").points >= clean.score.part("content").points - 0.5


def test_a_precis_typed_without_spaces_after_its_full_stops_is_still_read_sentence_by_sentence():
    squeezed = FULL.replace(". ", ".")
    assert squeezed != FULL
    r, clean = _report(squeezed), _report(FULL)
    assert r.content.statements == clean.content.statements
    assert r.score.part("content").points >= clean.score.part("content").points - 0.3


def test_several_sentences_about_the_passage_earn_more_than_the_same_words_run_into_one():
    # The same words: as separate statements, and joined by commas into one long sentence.
    joined = FULL.replace(". ", ", and ").replace(": ", ", ")
    assert _report(FULL).content.statements > _report(joined).content.statements
    assert _report(FULL).score.part("content").points > _report(joined).score.part("content").points



def _padding(sentences: int) -> str:
    """Sentences on nothing in particular that share a few everyday words with the passage."""
    who = ("A small bakery", "The committee", "Local doctors", "Every engineer", "Young readers", "The council")
    did = ("repaired", "praised", "questioned", "measured", "planned")
    what = ("the village well", "a muddy footpath", "the old bridge", "the harbour wall", "a quiet orchard")
    when = ("on a cold morning.", "while the town slept.", "after a long debate.", "with great care.")
    return " ".join(f"{who[n % 6]} {did[n % 5]} {what[n % 7 % 5]} {when[n % 4]}" for n in range(sentences))


def test_pages_of_padding_that_share_a_few_words_with_the_passage_earn_little_content():
    r, short = _report(_padding(400)), _report(_padding(8))
    assert r.precis_words > 10 * r.target.words >= short.precis_words / 2
    assert r.score.part("content").points <= 3
    assert r.score.part("content").points <= short.score.part("content").points + 0.5  # length bought nothing


def test_a_precis_in_its_own_words_counts_as_about_the_passage():
    # Each sentence names the passage's subject, the rest is the student's own vocabulary.
    own = ("Rural councils have seen the state slash what it spends on their lending rooms, so dozens of "
           "libraries shut their doors. Ministers insist smartphones do the job now, yet librarians point to "
           "youngsters with empty shelves at home and falling reading results. Pensioners also rely on branch "
           "terminals for paperwork the state moved onto the web.")
    r = _report(own)
    assert r.content.echo < calibration.RELEVANT_SHARE  # most of its words are not the passage's
    assert r.content.relevant_words >= 0.9 * r.content.words


def test_a_precis_that_names_the_passages_subject_in_every_sentence_is_about_it_in_any_words():
    # Few of its words are the passage's, and no sentence echoes two of them; each names libraries.
    own = ("Libraries are vanishing across the countryside. Kids lacking shelves at their houses miss the library "
           "more than anyone. Elderly folk baffled by websites miss library terminals too. Where a branch "
           "survives, unpaid helpers and sponsors prop it up, a fragile rescue.")
    r = _report(own)
    assert r.content.echo < calibration.RELEVANT_SHARE / 2 and r.content.stated_share == 0.0
    assert r.content.subject_share == 1.0 and r.content.to_json()["subject_share"] == 1.0
    assert r.content.relevant_words == r.content.words
    # The same sentences about a harbour name nothing of the passage, and count for little.
    harbour = own.replace("Libraries are", "Fishing boats are").replace("the library", "the harbour").replace(
        "library terminals", "harbour cranes").replace("a branch", "a boatyard")
    assert _report(harbour).content.relevant_words < r.content.words / 4


def test_one_long_sentence_on_another_subject_weighs_its_length_against_relevance():
    short = "The provincial government has halved library grants, and forty branches have closed."
    padded = short + (" My uncle keeps a narrowboat near the old mill and every summer he repaints its cabin, "
                      "mends the ropes, oils the tiller and invites the neighbours for tea on the towpath while the "
                      "ducks and swans drift past the locks and the anglers wait patiently for a bite.")
    assert _report(short).content.stated_share == 1.0
    assert _report(padded).content.stated_share < 0.3  # counted in words, not as one sentence of two


def test_a_sentence_on_another_subject_adds_no_relevant_words_and_dilutes_no_copying():
    short = "The provincial government has halved library grants, and forty branches have closed."
    padded = short + " " + UNRELATED  # before: content 3.2 → 5.4 of 8
    plain, with_cricket = _report(short), _report(padded)
    assert with_cricket.content.off_subject == with_cricket.precis_words - plain.precis_words
    assert with_cricket.content.relevant_words <= plain.content.relevant_words
    assert with_cricket.content.statements <= plain.content.statements
    assert with_cricket.content.copying == plain.content.copying
    # Its few chance echoes of key points may still earn a little coverage.
    assert with_cricket.score.part("content").points <= plain.score.part("content").points + 0.5
    assert "on another subject" in with_cricket.score.part("content").how
    assert "on another subject" not in plain.score.part("content").how


def test_a_short_conclusion_a_sentence_naming_the_writer_and_a_continuation_are_not_off_the_subject():
    start = "The provincial government has halved library grants, and forty branches have closed."
    for follow in ("This shows the damage is serious.",
                   "In this article, the writer pleads for quiet rooms where youngsters can study.",
                   "They say such cuts hurt youngsters most of all, far beyond any saving made."):
        r = _report(start + " " + follow)
        assert r.content.off_subject == 0, follow


def test_a_close_paraphrase_of_a_passage_sentence_is_never_called_off_the_subject():
    passage = passage_from_text(
        "The council rejected the plan because it was too costly. The arrival of cheap phones transformed how "
        "farmers sell their crops. The government will postpone the election until the spring. Investigators will "
        "investigate why it happened before the bridge reopens. The project cost $65 billion over ten years.")
    precis = ("The council turned the plan down as too expensive. The coming of inexpensive phones changed how "
              "growers market their harvest. The vote has been put off until spring. Officials will look into the "
              "causes before the bridge opens again. The project cost $65 billion in a decade.")
    r = check(analyse_passage(passage), precis, title="Plans and Phones")
    assert r.close_paraphrases, "the second sentence is a close paraphrase"
    assert r.content.off_subject == 0
    assert r.content.off_subject_spans == ()


TEACHER_POINTS = (
    "The government has halved library grants and forty branches have closed.",
    "Officials say the internet has made libraries unnecessary.",
    "Poor children need branches to borrow books, and reading scores fell where libraries closed.",
    "Older people need library computers for online tasks such as pensions.",
    "Volunteers and sponsors keep some branches open, but goodwill rarely lasts.",
    "Librarians want a basic grant restored for every branch in a town without a bookshop.",
)
ON_THE_SUBJECT = ("Libraries are pleasant places in every town. In my town the library has old chairs, and the "
                  "staff are friendly to visitors. Many people read novels and newspapers there at weekends, "
                  "and some libraries lend films as well. The government should build more sports grounds and "
                  "parks for young people.")


def _with_teacher_points():
    import dataclasses

    from tutor.core.passage import AuthoredKeyPoint

    return analyse_passage(dataclasses.replace(PASSAGE, key_points=tuple(
        AuthoredKeyPoint(f"k{i}", text) for i, text in enumerate(TEACHER_POINTS))))


def test_a_precis_on_the_subject_that_says_none_of_the_teachers_points_earns_little_content():
    analysis = _with_teacher_points()
    chatter = check(analysis, ON_THE_SUBJECT, title="Libraries")
    full = check(analysis, FULL, title="Libraries")
    assert not any(c.status == "covered" for c in chatter.coverage.points)
    assert chatter.score.part("content").points <= 3.0  # it earned 5.8 of 8 before the gate
    assert chatter.score.total <= 10.0 and full.score.total - chatter.score.total >= 8.0
    assert "teacher's key points said" in chatter.score.part("content").how


def test_a_full_precis_keeps_its_content_under_the_teachers_points():
    full = check(_with_teacher_points(), FULL, title="Saving Town Libraries")
    assert full.score.part("content").points >= 7.0
    assert "teacher's key points" not in full.score.part("content").how


def test_saying_more_of_the_teachers_points_never_lowers_the_content_mark():
    base = ContentEvidence(coverage=0.3, recall=0.5, amount=0.8, copying=0.0, relevant_words=60, statements=0.7)
    marks = [content_ratio(ContentEvidence(**{**_fields(base), "carried": c})) for c in (0.0, 0.1, 0.2, 0.3, 1.0)]
    assert marks == sorted(marks) and marks[0] < marks[-1]
