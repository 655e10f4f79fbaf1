"""Key-point coverage on the project's own passages and the labelled précis in
tests/fixtures/coverage: a full paraphrase covers everything, a précis that
drops one idea is told exactly that, and a copied précis covers what it copied
(and the copying check flags it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tutor.core.analysis import analyse_passage, check
from tutor.core.keypoints.model import COVERED, MISSING
from tutor.core.library import load_library

CASES = Path(__file__).parent / "fixtures" / "coverage"


def _cases(kind: str) -> list:
    found = []
    for path in sorted(CASES.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            if kind == "full" and case["name"] == "full-paraphrase":
                found.append(pytest.param(spec["passage"], case, id=f"{spec['passage']}/{case['name']}"))
            elif kind == "drop-one" and len(case.get("missing", ())) == 1 and not case.get("copied"):
                found.append(pytest.param(spec["passage"], case, id=f"{spec['passage']}/{case['name']}"))
            elif kind == "copied" and case.get("copied"):
                found.append(pytest.param(spec["passage"], case, id=f"{spec['passage']}/{case['name']}"))
    return found


@pytest.fixture(scope="module")
def library():
    return load_library()


def _required(report):
    return [c for c in report.coverage.points if not c.point.optional]


def test_every_bundled_passage_has_coverage_cases(library):
    labelled = {json.loads(p.read_text(encoding="utf-8"))["passage"] for p in CASES.glob("*.json")}
    assert labelled, "no coverage cases found"
    assert labelled <= {p.id for p in library.passages}


@pytest.mark.parametrize("passage_id, case", _cases("full"))
def test_full_paraphrase_covers_every_key_point(library, passage_id, case):
    report = check(analyse_passage(library.find(passage_id)), case["precis"])
    assert report.coverage.source == "authored"
    not_covered = {c.point.id: c.score for c in _required(report) if c.status != COVERED}
    assert not not_covered


@pytest.mark.parametrize("passage_id, case", _cases("drop-one"))
def test_dropped_idea_is_reported_and_nothing_else_is_missing(library, passage_id, case):
    report = check(analyse_passage(library.find(passage_id)), case["precis"])
    dropped = set(case["missing"])
    status = {c.point.id: c.status for c in _required(report)}
    assert all(status[p] != COVERED for p in dropped), status
    assert {p for p, s in status.items() if s == MISSING} <= dropped, status


@pytest.mark.parametrize("passage_id, case", _cases("copied"))
def test_copied_precis_covers_what_it_copied_and_is_flagged_as_copying(library, passage_id, case):
    report = check(analyse_passage(library.find(passage_id)), case["precis"])
    left_out = set(case.get("missing", ()))
    not_covered = {c.point.id for c in _required(report) if c.status != COVERED and c.point.id not in left_out}
    assert not not_covered
    assert report.copied and report.own_share < 0.5


def test_evidence_spans_point_into_the_precis_body(library):
    path = next(iter(sorted(CASES.glob("*.json"))))
    spec = json.loads(path.read_text(encoding="utf-8"))
    precis = spec["cases"][0]["precis"]
    report = check(analyse_passage(library.find(spec["passage"])), precis)
    spans = [c.evidence_span for c in report.coverage.points if c.evidence_span]
    assert spans
    for span in spans:
        assert report.precis.body.start <= span.start < span.end <= report.precis.body.end
        assert span.of(precis).strip()
