"""A précis sentence that keeps a passage sentence's order and structure with words swapped is
a close paraphrase: reported with both spans and counted against own words."""

import pytest

from tutor.core.analysis import analyse_passage, check
from tutor.core.library import load_library
from tutor.core.paraphrase import find_close_paraphrases
from tutor.core.passage import passage_from_text
from tutor.core.report_text import render
from tutor.core.span import Span

# Written for these tests.
PASSAGE = ("The opening of a new bridge shortened the journey from the island to the mainland. "
           "Shopkeepers on the island worried at first that their customers would drive across to the large stores. "
           "In fact, visitors from the mainland now fill the island's cafés every weekend, and most shops report "
           "higher sales than before.")
SWAPPED = "The launch of a new bridge cut the trip from the island to the mainland."
FIRST_SENTENCE = PASSAGE.split(". ")[0] + "."


def _found(sentence: str):
    return find_close_paraphrases(PASSAGE, sentence, Span(0, len(sentence)))


def _report(precis: str):
    return check(analyse_passage(passage_from_text(PASSAGE)), precis)


def test_a_sentence_with_synonyms_swapped_in_is_a_close_paraphrase_with_both_spans():
    found = _found(SWAPPED)
    assert len(found) == 1
    assert found[0].precis_span.of(SWAPPED) == SWAPPED
    assert found[0].passage_span.of(PASSAGE) == FIRST_SENTENCE
    assert found[0].share >= 0.8


def test_words_swapped_for_ones_the_synonym_table_lacks_still_show_the_kept_structure():
    assert _found("Storekeepers on the island feared initially that their clients would drive over to the big shops.")


@pytest.mark.parametrize("sentence", [
    "Since the bridge opened, islanders reach the mainland faster, yet local trade has grown rather than shrunk.",
    "The island's shops did not lose trade to the mainland's large stores.",
    "A new bridge to the mainland was opened, and the island shopkeepers feared the large stores.",
])
def test_an_ordinary_paraphrase_that_shares_topic_words_is_not_flagged(sentence):
    assert _found(sentence) == ()


def test_a_short_sentence_is_too_thin_to_judge():
    assert _found("The bridge cut the trip.") == ()


def test_a_close_paraphrase_lowers_own_words_and_its_mark():
    own = _report("Island Trade\n\nSince the bridge opened, islanders reach the mainland faster, yet local "
                  "trade has grown rather than shrunk.")
    patched = _report(f"Island Trade\n\n{SWAPPED} Mainland visitors now crowd the island's cafés each "
                      "weekend, and most shops report better sales than before.")
    assert own.close_paraphrases == () and own.own_share == 1.0
    assert len(patched.close_paraphrases) == 2
    assert patched.paraphrased_share > 0.5  # the rest is copied word for word
    assert patched.own_share < 0.1
    assert patched.score.part("own_words").points < own.score.part("own_words").points


def test_the_json_report_lists_close_paraphrases_with_both_spans():
    precis = f"Island Trade\n\n{SWAPPED}"
    data = _report(precis).to_json()
    assert data["schema"] == 1
    (item,) = data["close_paraphrases"]
    assert precis[slice(*item["precis_span"])] == SWAPPED == item["precis_text"]
    assert PASSAGE[slice(*item["passage_span"])] == FIRST_SENTENCE == item["passage_text"]
    assert 0.8 <= item["share"] <= 1.0
    assert data["paraphrased_share"] > 0.5 and data["own_words_share"] < 0.1


def test_a_sentence_copied_word_for_word_is_reported_as_copying_not_paraphrase():
    r = _report(f"Island Trade\n\n{FIRST_SENTENCE}")
    assert r.copied and r.close_paraphrases == ()
    assert r.own_share < 0.1  # counted once, not twice


def test_the_text_report_names_the_passage_sentence_that_was_paraphrased():
    text = render(_report(f"Island Trade\n\n{SWAPPED}"))
    assert "close paraphrase (line 3)" in text
    assert "The opening of a new bridge shortened" in text


def test_no_bundled_model_precis_is_flagged_as_close_paraphrase():
    flagged = []
    for passage in load_library().passages:
        for model in passage.model_precis:
            found = find_close_paraphrases(passage.text, model.text, Span(0, len(model.text)))
            flagged += [(passage.id, p.precis_text) for p in found]
    assert flagged == []


def test_the_printed_report_marks_and_lists_a_close_paraphrase():
    from tutor.core.report_html import render_html

    r = _report(f"Island Trade\n\n{SWAPPED}")
    page = render_html(r.to_json(), r.precis.text, PASSAGE)
    assert "<b>P1</b>" in page and "closely paraphrases" in page
    assert "closely paraphrased" in page  # the legend names the mark


def test_the_close_paraphrases_found_are_the_same_on_every_run(tmp_path):
    """Python orders a set of strings differently in each process: the report must not follow it."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "bench"))
    from textgen import prose  # machine-made prose whose sentences share many words: ties abound

    passage, precis = tmp_path / "passage.txt", tmp_path / "precis.txt"
    passage.write_text(prose(1007, seed=1007), encoding="utf-8")
    precis.write_text("A Title\n\n" + prose(335, seed=1008), encoding="utf-8")
    found = set()
    for seed in ("0", "1", "2"):
        out = subprocess.run([sys.executable, "-m", "tutor", "check", str(passage), str(precis), "--json",
                              "--grammar", "off"], capture_output=True, text=True, check=True, cwd=root,
                             env=dict(os.environ, PYTHONHASHSEED=seed)).stdout
        found.add(json.dumps(json.loads(out)["close_paraphrases"], sort_keys=True))
    assert len(found) == 1
