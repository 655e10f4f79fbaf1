"""Harper, for real, on sentences with known errors and on clean ones."""

from __future__ import annotations

import threading

import pytest

from tutor.core.grammar.harper_engine import HarperEngine, category_of_kind


@pytest.fixture(scope="module")
def harper():
    engine = HarperEngine("british")
    engine.warm_up()
    yield engine
    engine.close()


def findings(engine, text):
    return [(i.span.of(text), i.category, i.rule_id) for i in engine.check(text)]


@pytest.mark.parametrize("text, wrong, category", [
    ("I will recieve the letter tomorrow.", "recieve", "spelling"),
    ("He go to school every day.", "go", "grammar"),
    ("Their are many reasons for this.", "Their", "grammar"),
    ("The the project was finished on time.", "The the", "grammar"),
])
def test_known_errors_are_found_exactly_where_they_are(harper, text, wrong, category):
    found = findings(harper, text)
    assert [(w, c) for w, c, _ in found] == [(wrong, category)]


def test_misspelling_comes_with_the_right_suggestion_first(harper):
    (issue,) = harper.check("I will recieve the letter tomorrow.")
    assert issue.suggestions[0] == "receive"
    assert issue.engine == "harper" and issue.rule_id == "SpellCheck"


def test_a_message_quotes_the_word_in_quotation_marks_not_markdown_backticks(harper):
    (issue,) = harper.check("I will recieve the letter tomorrow.")
    assert "`" not in issue.message
    assert "“recieve”" in issue.message


@pytest.mark.parametrize("text", [
    "This is a clean sentence about the economy of the country.",
    "The students organise their work and analyse the colour of the sky.",
    "China and Pakistan signed an agreement to build roads, railways and pipelines.",
])
def test_clean_british_sentences_have_no_spelling_or_grammar_findings(harper, text):
    assert [f for f in findings(harper, text) if f[1] in ("spelling", "grammar")] == []


def test_spans_are_python_offsets_after_an_emoji(harper):
    text = "Great 😀 news: I will recieve it."
    (issue,) = harper.check(text)
    assert issue.span.of(text) == "recieve"


def test_session_words_are_not_misspellings(harper):
    text = "Gwadar is a port."
    assert findings(harper, text)[0][0] == "Gwadar"
    harper.accept_words(["Gwadar"])
    assert findings(harper, text) == []
    harper.accept_words([], replace=True)
    assert findings(harper, text)[0][0] == "Gwadar"


def test_american_dialect_accepts_american_spelling():
    text = "They analyze the color of the sky."
    american = HarperEngine("american")
    assert findings(american, text) == []
    assert "American English" in american.status()


def test_unknown_dialect_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="british"):
        HarperEngine("martian")


def test_engine_is_built_lazily_not_at_construction():
    engine = HarperEngine()
    assert engine._linter is None
    assert engine.status() == "Grammar: Harper (British English)"
    assert engine.check("   ") == ()
    assert engine._linter is None


def test_one_engine_can_be_shared_by_threads(harper):
    text = "He go to school every day. I will recieve it."
    expected = harper.check(text)
    results, errors = [], []

    def work():
        try:
            for _ in range(20):
                results.append(harper.check(text))
        except Exception as exc:  # the lock must prevent Harper's RuntimeError
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(r == expected for r in results) and len(results) == 80


@pytest.mark.parametrize("kind, category", [
    ("Spelling", "spelling"), ("Typo", "spelling"), ("Punctuation", "punctuation"),
    ("Formatting", "punctuation"), ("WordChoice", "style"), ("Redundancy", "style"),
    ("Agreement", "grammar"), ("Capitalization", "grammar"), ("SomethingNew", "grammar"),
])
def test_harper_lint_kinds_map_to_our_four_categories(kind, category):
    assert category_of_kind(kind) == category


SERIAL_LIST = "They built roads, railways and ports."


@pytest.mark.parametrize("dialect", ["british", "australian", "indian"])
def test_no_oxford_comma_is_asked_for_in_british_style_dialects(dialect):
    engine = HarperEngine(dialect)
    assert [f for f in findings(engine, SERIAL_LIST) if f[2] == "OxfordComma"] == []
    assert findings(engine, SERIAL_LIST) == []


def test_british_engine_still_finds_other_errors_after_its_config_change(harper):
    text = "They built roads, railways and ports. He go to school."
    assert [(w, r) for w, _c, r in findings(harper, text)] == [("go", "PronounVerbAgreement")]


def test_american_engine_keeps_the_oxford_comma_rule():
    american = HarperEngine("american")
    assert [(w, r) for w, _c, r in findings(american, SERIAL_LIST)] == [("railways", "OxfordComma")]
    assert findings(american, "They built roads, railways, and ports.") == []


def test_a_misspelling_inside_a_very_long_sentence_is_still_flagged():
    from tutor.core.grammar import HarperEngine

    sentence = ("The plan is good, and the goverments of both countries have agreed that the new corridor "
                "will bring trade, jobs and roads to the poorest regions of the two states over the many "
                "years to come, even though the costs are high and the critics of the scheme remain loud today.")
    assert len(sentence.split()) > 45
    found = [(i.span.of(sentence), i.category) for i in HarperEngine().check(sentence)]
    assert ("goverments", "spelling") in found


def test_a_run_of_letters_with_no_spaces_is_skipped_not_fatal():
    from tutor.core.grammar import HarperEngine

    text = "He recieve it. " + "a" * 150_000 + " The end."
    found = [i.span.of(text) for i in HarperEngine().check(text)]
    assert "recieve" in found
    assert all(len(f) < 100 for f in found)
