"""Findings cover whole characters as a reader sees them (grapheme clusters), from every source.

Harper flagged "ço" in "ço̧st" (o + U+0327 combining cedilla) and left the cedilla
outside the underline. Spans are widened where every engine's findings meet:
``merge_findings`` (Harper, LanguageTool and the project's own rules all pass there).
"""

from __future__ import annotations

import pytest

from tutor.core.grammar import make_engine
from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.merge import merge_findings
from tutor.core.span import Span
from tutor.core.utf16 import grapheme_span

CEDILLA = "ço\u0327st"  # "ço̧st": the "o" carries a combining cedilla


@pytest.mark.parametrize("text, span, whole", [
    (CEDILLA, Span(0, 2), "ço\u0327"),  # the end fell before the combining mark
    (CEDILLA, Span(2, 4), "o\u0327s"),  # the start fell on the combining mark
    ("a 👍🏽 b", Span(2, 3), "👍🏽"),  # an emoji cut from its skin tone
    ("x 🇬🇧 y", Span(3, 4), "🇬🇧"),  # half a flag
    ("a 👩\u200d👧 b", Span(2, 3), "👩\u200d👧"),  # a family joined by ZWJ
    ("e\u0301\u0301\u0301x", Span(0, 1), "e\u0301\u0301\u0301"),  # a letter with three marks
    ("a\r\nb", Span(2, 4), "\r\nb"),  # CR LF is one character to a reader
])
def test_a_span_cutting_a_character_is_widened_to_the_whole_character(text, span, whole):
    assert grapheme_span(text, span).of(text) == whole


@pytest.mark.parametrize("text, span", [("plain text", Span(2, 5)), (CEDILLA, Span(0, 5)),
                                        ("café au lait", Span(0, 4)), ("", Span(0, 0))])
def test_a_span_of_whole_characters_is_left_as_it_is(text, span):
    assert grapheme_span(text, span) == span


def test_harper_misspelling_in_a_word_with_a_combining_mark_covers_the_mark():
    text = f"The {CEDILLA} of living rose."
    issues = make_engine("harper").check(text)
    flagged = [i.span.of(text) for i in issues if i.category == "spelling"]
    assert flagged and all(not s.endswith("o") for s in flagged)
    assert "ço\u0327" in flagged[0]


def test_every_source_merged_is_widened_rules_and_engines_alike():
    text = f"The {CEDILLA} rose 👍🏽 today."
    cut_cedilla = Span(4, 6)  # "ço"
    cut_emoji = Span(text.index("👍"), text.index("👍") + 1)
    harper = [GrammarIssue(cut_cedilla, "spelling", "SpellCheck", "m", engine="harper")]
    ours = [GrammarIssue(cut_emoji, "grammar", "PRECIS_RULE", "m", engine="precis")]
    languagetool = [GrammarIssue(cut_emoji, "style", "LT_RULE", "m", engine="languagetool")]
    merged = merge_findings(text, languagetool, harper, ours)
    assert {(i.engine, i.span.of(text)) for i in merged} == {
        ("harper", "ço\u0327"), ("precis", "👍🏽"), ("languagetool", "👍🏽")}
