"""Missing and extra articles with nouns.

* missing: a singular countable noun with no determiner ("Both sides view
  external world", "Government should act"). Countability cannot be read from
  the word alone, so only nouns on a list of ones that are countable in nearly
  every use are judged, and never in fixed phrases ("by car", "for example",
  "from country to country", "per person"), paired ("family and friends") or
  as a modifier of another noun;
* extra: "a" or "an" before a plural noun ("a farmers"), unless a quantity
  word stands between them ("a few farmers", "a great many").
"""

from __future__ import annotations

from tutor.core.grammar.issue import GrammarIssue
from tutor.core.grammar.learner_rule import finding
from tutor.core.grammar.tagging import Sentence, Word

RULE_MISSING = "PRECIS_MISSING_ARTICLE"
RULE_EXTRA = "PRECIS_EXTRA_ARTICLE"
LESSON_MISSING = "A singular countable noun needs a determiner: a, an, the, this, its..."
LESSON_EXTRA = "“A” and “an” go only with a singular noun."
LESSON_PART_OF = "After “most of”, “all of”, “some of” and “one of”, a noun takes “the” or another determiner: “most of the students”."
LESSON_SUPERLATIVE = "A superlative or “same” before a noun takes “the” (or a possessive): “the latest news”, “the same time”."

COUNTABLE_NOUNS = frozenset("""
    world country student teacher child person problem reason example company family patient
    citizen member city car job worker doctor parent relative solution question issue factor
    situation decision method device camera friend mother father son daughter baby employer
    employee consumer user lens individual government village province nation economy
    society_ corporation organisation organization institution project policy_ plan
    program programme factory farmer firm boy girl kid adult teenager resident customer client
    visitor tourist driver soldier officer manager owner victim neighbour colleague partner
    husband wife machine vehicle phone computer website message letter step idea
    opportunity disadvantage role habit accident incident system test newspaper area
    internet majority house book story movie film game trip journey event product tool chance
    professor speaker writer author reader scientist guide passenger building planet forest island
    mountain decision animal bike bicycle expert platform gene club
""".split()) - {"society_", "policy_"}
_FIXED_BEFORE = frozenset({"per", "by", "at", "on", "from", "to", "each", "every", "another", "which", "what",
                           "whose", "no", "any", "either", "neither", "such", "next", "last", "this", "that",
                           "one", "same", "many", "several", "these", "those", "various", "numerous", "both",
                           "few", "all", "some", "most", "more", "less", "enough", "little", "much",
                           "different"})
_FIXED_PHRASES = frozenset({("for", "example"), ("in", "question"), ("as", "example"), ("in", "person"),
                            ("in", "practice"), ("in", "society"), ("in", "government"), ("into", "question")})
_QUANTITY = frozenset({"few", "lot", "number", "great", "good", "dozen", "couple", "series", "variety", "range",
                       "total", "hundred", "thousand", "million", "billion", "majority", "minority", "handful",
                       "pair", "set", "group", "bunch", "host", "multitude", "plethora", "kind", "sort", "type"})


def check_articles(sentence: Sentence) -> list[GrammarIssue]:
    found = []
    for noun in sentence.words:
        if noun.tag == "NN" and _missing_article(sentence, noun):
            found.append(finding(noun, RULE_MISSING, f"“{noun.text}” needs “a”, “an” or “the” here.",
                                 LESSON_MISSING, (f"the {noun.text}", _indefinite(noun.text))))
        elif noun.tag == "NNS":
            article = _article_on_plural(sentence, noun)
            if article is not None:
                found.append(finding(article, RULE_EXTRA, f"Leave out “{article.text}” before the plural “{noun.text}”.",
                                     LESSON_EXTRA, ("",)))
    return found + _bare_lot_of(sentence) + _bare_superlative(sentence) + _bare_part_of(sentence)


# "most of students": these pick out part of a group the reader knows, which needs a determiner.
_PART_WORDS = frozenset({"most", "all", "some", "many", "each", "one", "none", "several", "both", "few"})


def _bare_part_of(sentence: Sentence) -> list[GrammarIssue]:
    """"most of students", "each of individual": a bare common noun after "most of"."""
    found = []
    for of in sentence.words[1:-1]:
        part, noun = sentence.before(of), sentence.after(of)
        if of.lower != "of" or part.lower not in _PART_WORDS or not noun.text.isalpha() or not noun.text.islower():
            continue
        if not (noun.tag == "NNS" or (noun.tag == "NN" and noun.lower in COUNTABLE_NOUNS)):
            continue
        found.append(finding((of, noun), RULE_MISSING, f"Write “{part.text} of the {noun.text}”.", LESSON_PART_OF,
                             (f"of the {noun.text}",)))
    return found


def _bare_superlative(sentence: Sentence) -> list[GrammarIssue]:
    """"keep up with latest news", "at same time": a superlative adjective, or "same",
    on a noun with no determiner.
    "most" and "least" are left alone ("most people"), and so are set phrases ("at best")."""
    found = []
    for adjective in sentence.words[1:]:
        noun = sentence.head_of(adjective)
        if ((adjective.tag != "JJS" and adjective.lower != "same") or adjective.dep != "amod"
                or adjective.lower in {"most", "least"}
                or noun.i <= adjective.i or noun.tag not in {"NN", "NNS"} or not adjective.text.islower()):
            continue
        before = sentence.before(adjective)
        if before.tag in {"DT", "PRP$", "POS", "RBS", "CD", "WP$", "JJ"} or before.lower in {"at", "of"}:
            continue
        if any(c.dep in {"det", "poss", "nummod"} for c in sentence.children(noun)):
            continue
        found.append(finding(adjective, RULE_MISSING, f"Write “the {adjective.text}”.", LESSON_SUPERLATIVE,
                             (f"the {adjective.text}",)))
    return found


def _bare_lot_of(sentence: Sentence) -> list[GrammarIssue]:
    """"they eat lot of rice": "lot" in "a lot of" needs its "a"."""
    found = []
    for word in sentence.words[:-1]:
        before, after = sentence.before(word), sentence.after(word)
        if word.lower == "lot" and after.lower == "of" and (before is None or before.tag not in _LOT_OPENERS):
            found.append(finding(word, RULE_MISSING, "Write “a lot of”.", LESSON_MISSING,
                                 ("A lot" if word.i == 0 else "a lot",)))
    return found


def _missing_article(sentence: Sentence, noun: Word) -> bool:
    if noun.lower not in COUNTABLE_NOUNS or not (noun.text.islower() or (noun.i == 0 and noun.text[1:].islower())):
        return False
    if noun.dep not in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
        return False
    if noun.dep == "conj" or any(c.dep in {"det", "poss", "nummod", "predet", "case", "conj", "cc"}
                                 or c.lower in _FIXED_BEFORE for c in sentence.children(noun)):
        return False  # a determiner, or bare nouns paired: "family and friends"
        return False
    before, after = sentence.before(noun), sentence.after(noun)
    if after is not None and (after.tag in {"NN", "NNS", "NNP", "POS"} or after.text in {"-", "by", "to"}):
        infinitive = after.text == "to" and (sentence.after(after) is not None and sentence.after(after).tag == "VB")
        if not infinitive:  # "an opportunity to learn": "to" opens an infinitive, not "from city to city"
            return False
    if before is not None and (before.lower in _FIXED_BEFORE or before.tag in {"POS", "PRP$", "CD"}):
        return False
    if before is not None and (before.lower, noun.lower) in _FIXED_PHRASES:
        return False
    return not _repeated_in_phrase(sentence, noun)


def _repeated_in_phrase(sentence: Sentence, noun: Word) -> bool:
    """"from country to country", "person by person"."""
    return sum(w.lower == noun.lower for w in sentence.words) > 1 and any(
        w.lower in {"to", "by", "after"} and abs(w.i - noun.i) == 1 for w in sentence.words)


def _article_on_plural(sentence: Sentence, noun: Word) -> Word | None:
    for word in sentence.children(noun):
        if word.dep == "det" and word.lower in {"a", "an"} and word.i < noun.i:
            between = sentence.words[word.i + 1:noun.i]
            if any(w.lower in _QUANTITY or w.tag not in _MODIFIER_TAGS for w in between):
                return None  # "a few farmers"; or a noun between, so the article is its
            after = sentence.after(noun)
            if not noun.lower.endswith("s") or (after is not None and after.tag in _NOT_AFTER_PLURAL):
                return None  # "a strong rupee handicaps exporters": the plural is a verb
            return word
    return None


# What may stand before "lot": an article, a possessive, an adjective ("a whole lot"), a noun ("parking lot").
_LOT_OPENERS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "POS", "CD", "RB"})
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VBN", "VBG", "HYPH"})
_NOT_AFTER_PLURAL = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "CD", "IN", "TO", "RB", "JJ"})


def _indefinite(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeio' else 'a'} {noun}"
