"""A précis slip Harper and LanguageTool both miss: "a" before an uncountable noun
in a coordination, as in "collaborated on defence as well as a technology".

Deliberately narrow, so it is never wrong when it speaks: it fires only when

* the article follows "and", "or" or "as well as" directly,
* the noun is on a short list of nouns that are uncountable in the abstract
  sense précis writers use, and
* no noun follows ("a technology company" is fine): the noun ends the clause,
  i.e. punctuation, the end of the text, or "and"/"or"/"but" comes next.
"""

from __future__ import annotations

import re

from tutor.core.grammar.issue import GrammarIssue
from tutor.core.span import Span

RULE_ID = "PRECIS_STRAY_ARTICLE"
ENGINE = "precis"

# Left out on purpose, though often uncountable: nouns with a common countable
# sense that ends a clause naturally ("a job and an education", "a trade",
# "an innovation", "a collaboration", "an investment", "an aid").
UNCOUNTABLE_NOUNS = frozenset("""
    advice agriculture assistance behaviour connectivity cooperation corruption
    development electricity employment equipment evidence expertise feedback
    funding furniture guidance homework information infrastructure justice
    knowledge leadership legislation luggage machinery manpower news pollution
    poverty progress prosperity research software stability technology tourism
    traffic transparency wealth welfare
""".split())

_PATTERN = re.compile(
    r"\b(?:and|or|as\s+well\s+as)\s+"
    r"(?P<phrase>(?P<article>an?)\s+(?P<noun>[A-Za-z]+))"
    r"(?=\s*(?:[.,;:!?)\]]|$)|\s+(?:and|or|but)\b)",
    re.IGNORECASE,
)


def stray_articles(text: str) -> tuple[GrammarIssue, ...]:
    """Findings for "a/an + uncountable noun" ending a coordination; span covers both words."""
    found = []
    for m in _PATTERN.finditer(text):
        noun = m.group("noun")
        if noun.lower() not in UNCOUNTABLE_NOUNS:
            continue
        article = m.group("article")
        found.append(GrammarIssue(
            span=Span(m.start("phrase"), m.end("phrase")),
            category="grammar",
            rule_id=RULE_ID,
            message=f"'{noun}' is used here as an uncountable noun; drop '{article}'.",
            suggestions=(noun,),
            engine=ENGINE,
        ))
    return tuple(found)
