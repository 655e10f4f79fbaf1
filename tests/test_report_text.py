"""The report ``precis-tutor check`` prints, as a student reads it in a terminal."""

from tutor.core import report_text
from tutor.core.analysis import analyse_passage, check
from tutor.core.passage import AuthoredKeyPoint, Passage

# Written for these tests.
PASSAGE = ("Night buses in the capital carry nurses, cleaners and bakers to work. Since the city cut the "
           "routes from twelve to four, many of them walk an hour in the dark. The council says the buses "
           "ran half empty, but the workers who used them have no other way to reach their jobs.")
POINTS = (AuthoredKeyPoint("kp1", "Night buses carry workers such as nurses and bakers to work.",
                           source="Night buses in the capital carry nurses, cleaners and bakers to work"),
          AuthoredKeyPoint("kp2", "The routes were cut from twelve to four, so many now walk an hour in the dark.",
                           source="Since the city cut the routes from twelve to four"),
          AuthoredKeyPoint("kp3", "The council says the buses ran half empty.",
                           source="The council says the buses ran half empty"),
          AuthoredKeyPoint("kp4", "The workers have no other way to reach their jobs.",
                           source="the workers who used them have no other way to reach their jobs"))


def _render(precis: str) -> str:
    passage = Passage(id="buses", title="Night Buses", text=PASSAGE, key_points=POINTS)
    return report_text.render(check(analyse_passage(passage), precis))


def test_a_one_word_title_is_counted_as_one_word():
    assert "Title:  “Buses” (1 word)\n" in _render("Buses\n\nNight buses carry workers to their jobs.")


def test_each_point_not_covered_is_listed_once():
    out = _render("Buses\n\nNight buses carry nurses and bakers to work.")
    for point in ("The council says the buses ran half empty.", "The workers have no other way to reach their jobs."):
        assert out.count(point) == 1  # in its row only: no second list repeating the same points
    assert "→" not in out


def test_a_convention_broken_three_times_gives_its_lesson_once_with_every_place():
    out = _render("Buses\n\nWe think our city needs night buses, and we should keep them. Workers need them.")
    lesson = "A précis reports the author's ideas in the third person; leave yourself out."
    assert out.count(lesson) == 1
    assert f"  First person (3): {lesson}\n      “We” (line 3), “our” (line 3), “we” (line 3)\n" in out


def test_grammar_that_is_off_is_said_without_a_stray_full_stop():
    out = _render("Buses\n\nNight buses carry workers to their jobs.")
    assert "Grammar and spelling (Grammar checking is off):\n  not checked." in out
