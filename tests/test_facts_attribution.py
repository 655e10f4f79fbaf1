"""Who said it: a claim the passage reports of one person, given to another it names."""

from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import passage_from_text

# Written for these tests.
HARBOUR = ("The harbour master, Nadia Rahman, said the new breakwater had cost about 30 million dollars, but argued "
           "that fewer wrecked boats had already repaid much of it. Critics are not convinced. Omar Siddiqui, a "
           "fisheries economist, estimates that catches have fallen by a fifth since the wall was built, and says "
           "that young fishermen are leaving the town for work in the city. Rahman admits that silt remains the "
           "weak point: every spring the channel must be dredged.")


def _facts(precis: str):
    return check(analyse_passage(passage_from_text(HARBOUR)), precis, title="The Breakwater").facts


def test_a_claim_given_to_the_wrong_person_of_the_passage_is_reported_with_its_speaker():
    [f] = _facts("Omar Siddiqui said the new breakwater had cost about 30 million dollars.")
    assert (f.kind, f.status, f.precis_text, f.passage_text) == ("source", "swapped", "Omar Siddiqui", "Nadia Rahman")
    assert "Nadia Rahman" in f.message


def test_a_surname_alone_at_the_start_of_a_sentence_is_checked_too():
    [f] = _facts("Siddiqui admits that silt remains the weak point of the harbour.")
    assert (f.precis_text, f.passage_text) == ("Siddiqui", "Rahman")


def test_the_right_speaker_in_other_words_is_not_reported():
    assert _facts("Rahman said the breakwater cost some 30 million dollars, though fewer wrecks have repaid much "
                  "of it.") == ()
    assert _facts("Siddiqui believes young fishermen are leaving the town for city jobs.") == ()
    assert _facts("Critics doubt that the wall was worth it.") == ()
