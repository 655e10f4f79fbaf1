"""A comma after an opening linking phrase: "In my opinion, ...", "For example, ...".

Harper asks for it after single linking words ("However", "Moreover") but not
after most phrases, nor before a clause ("For example when you read ...").
Only phrases that link sentences in every use are listed: "Finally the rain
came", "Overall growth slowed" and "Besides that" are good English and never
judged, and neither is a phrase that goes on ("In addition to", "As a result of").
"""

from __future__ import annotations

from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import finding
from tutor.core.grammar.tagging import Sentence

RULE_ID = "PRECIS_COMMA_AFTER_OPENER"
LESSON = "A linking phrase that opens a sentence (“For example”, “In my opinion”, “As a result”) is followed by a comma."

_OPENERS = tuple(tuple(p.split()) for p in """
    for example|for instance|in fact|in my opinion|in my view|on the other hand|in conclusion|in addition
    |as a result|in other words|first of all|to sum up|in short|in summary|all in all|personally|firstly
    |secondly|thirdly|lastly|moreover|furthermore|nevertheless|additionally|consequently|above all
    |to conclude|in brief|in contrast|by contrast|on the contrary|fortunately|unfortunately|of course
""".replace("\n", "").split("|"))
# A phrase that goes on is not an opener: "In addition to", "As a result of", "In contrast with".
_GOES_ON = frozenset({",", "to", "of", "with", "that", "not", "speaking", ":", ";", "-", "—", "."})


def check_openers(sentence: Sentence) -> list[GrammarIssue]:
    """Findings in ``sentence``; spans are ``[start, end)`` offsets into the text it was parsed from."""
    lowers = [w.lower for w in sentence.words]
    for phrase in _OPENERS:
        n = len(phrase)
        if tuple(lowers[:n]) == phrase and len(lowers) > n + 1 and lowers[n] not in _GOES_ON:
            words = sentence.words[:n]
            text = " ".join(w.text for w in words)
            return [finding(words, RULE_ID, f"Put a comma after “{text}”.", LESSON, (f"{text},",),
                            category="punctuation")]
    return []
