"""The bundled passage library: valid, original-length passages whose model précis keep every rule."""

import re

import pytest

from tutor.core.analysis import analyse_passage, check
from tutor.core.figures import find_figures
from tutor.core.library import load_library

LIBRARY = load_library()
PASSAGES = LIBRARY.passages


def _model_precis(p, m):
    return f"{m.title}\n\n{m.text}" if m.title else m.text


def test_the_library_loads_without_problems_and_covers_many_subjects():
    assert LIBRARY.problems == ()
    assert len(PASSAGES) >= 12
    assert len({p.subject for p in PASSAGES}) >= 8


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p.id)
def test_each_passage_is_exam_length_with_key_points_and_a_model(passage):
    assert 200 <= passage.words <= 600
    assert len(passage.key_points) >= 4
    assert passage.model_precis


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p.id)
def test_a_model_precis_trips_no_check(passage):
    pa = analyse_passage(passage)
    for model in passage.model_precis:
        r = check(pa, _model_precis(passage, model))
        assert r.facts == (), [f.message for f in r.facts]
        assert r.copied == (), [c.text for c in r.copied]
        assert r.style == (), [(s.rule, s.span.of(r.precis.text)) for s in r.style]
        assert r.precis.title


@pytest.mark.parametrize("passage", [p for p in PASSAGES if any(f.kind == "money" for f in find_figures(p.text))],
                         ids=lambda p: p.id)
def test_changing_a_sum_of_money_in_a_model_precis_is_caught(passage):
    figure = next(f for f in find_figures(passage.text) if f.kind == "money")
    number = re.search(r"\d+", figure.text).group()
    wrong = figure.text.replace(number, str(int(number) + 7), 1)
    precis = f"Title\n\nThe passage speaks of {wrong} in all."
    r = check(analyse_passage(passage), precis)
    assert [(f.status, f.precis_text, f.passage_text) for f in r.facts if f.kind == "money"] == [
        ("mismatch", wrong, figure.text)]
