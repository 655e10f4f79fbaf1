"""Who "it" and "they" are: a key point is read alone, so its subject must be named.

"It should, moreover, show north plainly" follows "A good map should be drawn to a clear
scale", and reads alone as "A good map should show north plainly". A sentence that leans on
the one before for its very verb ("Nor, again, that of a lazy clerk promoted over honest
workers") cannot be read alone at all, and neither can an
"it" that points into it: such a statement is *dangling*, and is not offered as a key point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.core.keypoints import grammar_words as gw
from tutor.core.keypoints.statements import finish, is_participle, subject_of

# The pronoun subject, after an opening phrase at most ("Like the old ballads, it has …").
_PRONOUN = re.compile(r"^((?:(?:Like|Unlike|In|At|For|As with|After|Before)\s+[^,;:]{1,40},\s+)?)(it|they|he|she)\s+(?=\w)",
                      re.IGNORECASE)
# "It was possible for a boy …", "It is important to …", "It follows that …": no one is "it".
_EXPLETIVE = re.compile(r"^it\s+(?:(?:is|was|would\s+be|will\s+be|may\s+be|has\s+been|had\s+been|seems|seemed|appears|"
                        r"appeared|remains|follows|takes|took|matters)\s+)(?:[\w-]+\s+){0,3}?"
                        r"(?:to\s+[a-z]|that\b|for\b|whether\b|how\b|who\b|when\b|if\b)|^it\s+(?:follows|seems|appears)\b"
                        # a cleft: "it was the introduction of armed monopoly that transformed …"
                        r"|^it\s+(?:is|was)\s+(?:not\s+)?(?:the|only|precisely|above\s+all)\s+(?:[\w'’-]+,?\s+){1,8}?(?:that|who)\b",
                        re.IGNORECASE)
# "Nor, again, that of a lazy clerk …": an opening that borrows its verb from the sentence before.
_ELLIPTICAL = re.compile(r"^(?:nor|neither|not|or|so\s+too|that\s+of|those\s+of)\b", re.IGNORECASE)
_PLURAL_NOUNS = frozenset("people children men women police cattle".split())
_HEAD_END = frozenset("of in on at for with from by to who which that whose".split())


@dataclass(frozen=True, slots=True)
class Reading:
    """A main clause's statement as read alone: with its subject named where it can be,
    ``dangling`` where it cannot, and ``referent``, the subject the next clause's "it" names."""

    statement: str
    dangling: bool
    referent: str | None
    vague: bool = False  # its subject names nothing alone ("the kind of tragedy which …"): an "it" after it dangles


def _elliptical(statement: str) -> bool:
    """Whether the statement opens like "Nor, again, that of …" and has no verb of its own
    before its first colon or semicolon."""
    if not _ELLIPTICAL.match(statement):
        return False
    head = re.split(r"[:;]", statement, maxsplit=1)[0]
    # Only the word list's verbs: "a lazy clerk promoted over honest workers" is a participle.
    return not any(w.lower().strip(",.!?—") in gw.FINITE_VERBS for w in head.split())


_CLASSIFIERS = frozenset("kind sort type form number group part lot share".split())


def _head(subject: str) -> str:
    """The subject's head noun: its last word before "of", "who" and the like ("the price of
    bread" → "price"; but "the kind of song" → "song")."""
    words = subject.lower().split()
    head = words[0]
    for n, w in enumerate(words):
        if w in _HEAD_END and not (w == "of" and head in _CLASSIFIERS):
            break
        if w != "of":
            head = w
    return head.strip(",.;:'’")


def _is_plural(subject: str) -> bool:
    head = _head(subject)
    return " and " in f" {subject.lower()} " or head in _PLURAL_NOUNS or (head.endswith("s") and not head.endswith("ss"))


def _agrees(pronoun: str, subject: str) -> bool:
    """"It" names one thing, "they" several, "he" and "she" a named person."""
    if pronoun in ("he", "she"):
        return all(w[:1].isupper() for w in subject.split()) and subject.split()[0].lower() not in ("the", "a", "an")
    return _is_plural(subject) == (pronoun == "they")


_SUBORDINATORS = frozenset("because since as although though while whereas when if after before once unless "
                            "nor neither not".split())


# "In the second rank comes the kind of tragedy which some place first. Like the Odyssey, it has a
# double thread of plot": "the kind of tragedy" names nothing without what qualifies it, and "The kind
# of tragedy has a double thread of plot" says what the passage does not (5 CommonLit summaries were
# told they said its opposite).
_NEGATIVE_QUANTIFIERS = frozenset("none no nothing nobody neither few little".split())
_CLASSIFIED = re.compile(r"(?:the|this|that|a|an|such\s+a)\s+(?:kind|sort|type|class)\s+of\b", re.IGNORECASE)


def _named(subject: str | None) -> str | None:
    """A subject that names something (not another pronoun, nor a clause's opening word, nor
    "the kind of …"), or None."""
    if not subject or subject.split()[0].lower() in _SUBORDINATORS or subject.lower() in ("it", "they", "he", "she", "this", "these", "that", "those", "there", "we",
                                          "i", "you", "one"):
        return None
    if subject.split()[0].lower() in _NEGATIVE_QUANTIFIERS:
        return None  # "None of this will be easy. It will need …": "it" is not "none of this"
    return None if _CLASSIFIED.match(subject) else subject


_NOR_INVERTED = re.compile(r"^nor,?\s+(?:again,?\s+)?(should|must|can|could|will|would|need|do|does|did|is|are|was|"
                           r"were)\s+(.+)$", re.IGNORECASE)
_MAX_INVERTED_SUBJECT = 7
_INVERTED_PRONOUNS = frozenset("we they he she it i you".split())
_CLAUSE_WORDS = frozenset("that which who whom whose".split())  # a subject holding these has swallowed a clause


def _nor_as_not(statement: str) -> str:
    """"Nor, again, should planners fear the change." → "Planners should not fear the
    change either.": the denial said plainly, in the usual order."""
    m = _NOR_INVERTED.match(statement.rstrip("."))
    if not m:
        return statement
    words = m.group(2).split()
    if words[0].lower() in _INVERTED_PRONOUNS:  # "Nor should we assume that …": the subject is "we"
        verb = 1
    elif m.group(1).lower() in _BE:  # "nor is the largest offer always the wisest": no verb follows, a predicate does
        verb = next((n for n, w in enumerate(words[:_MAX_INVERTED_SUBJECT + 1]) if n > 1 and (
            w.lower() in _PREDICATE_OPENERS or w.lower().endswith("ly") or is_participle(w.lower()))), None)
    else:
        verb = next((n for n, w in enumerate(words[:_MAX_INVERTED_SUBJECT + 1]) if n and w.lower() in gw.FINITE_VERBS
                     and words[n - 1].lower() not in _DETERMINERS), None)
    if verb is None or any(w.endswith(",") or w.lower() in _CLAUSE_WORDS for w in words[:verb]):
        return statement
    subject = " ".join(words[:verb])
    return finish(f"{subject[:1].upper()}{subject[1:]} {m.group(1).lower()} not {' '.join(words[verb:])} either")


_DETERMINERS = frozenset("the a an this that these those its their his her our my your of".split())
_BE = frozenset("is are was were".split())
_PREDICATE_OPENERS = frozenset("always never often ever quite entirely necessarily so as more less the a an any "
                               "in at on to by for from with".split())



def read_alone(statement: str, previous: Reading | None, repeated: frozenset[str] = frozenset()) -> Reading:
    """The statement of a main clause as a reader sees it alone, after ``previous`` (the
    reading of the main clause before it, or None at the start). Only a subject whose head
    noun the passage mentions more than once (``repeated``, lower-case words) is taken for
    the referent: a thing named once in passing ("Parasites spread viruses") is seldom what
    the next sentence's "they" means, and a wrong name misleads more than the pronoun."""
    if _elliptical(statement):
        return Reading(statement, True, None)
    statement = _nor_as_not(statement)
    m = _PRONOUN.match(statement)
    if not m or _EXPLETIVE.match(statement[m.end(1):]):
        subject = _main_subject(statement)
        return Reading(statement, False, _named(subject), bool(subject and _CLASSIFIED.match(subject)))
    if previous is None or previous.dangling or previous.vague:
        return Reading(statement, previous is not None, None)
    pronoun, referent = m.group(2).lower(), previous.referent
    # (two things joined by "and" just named are what "they" means: "Coursework and interviews have
    # their merits. They allow …")
    joined = bool(referent) and pronoun == "they" and " and " in referent and len(referent.split()) <= 5
    if not referent or not _agrees(pronoun, referent) or (_head(referent) not in repeated and not joined):
        return Reading(statement, False, None)
    named = referent if m.group(1) else referent[:1].upper() + referent[1:]
    if m.group(1) and named.split()[0] in ("The", "A", "An"):
        named = named[:1].lower() + named[1:]
    return Reading(statement[:m.start(2)] + named + " " + statement[m.end():], False, referent)


def _main_subject(statement: str) -> str | None:
    """The subject of the statement's main clause: after an opening subordinate clause ("When
    Karim came to him, ashamed, *Nasir* did not reproach him"), the first subject after one of
    its commas."""
    subject = subject_of(statement)[0]
    if not subject or subject.split()[0].lower() not in _SUBORDINATORS:
        return subject
    at = statement.find(", ")
    while at >= 0:
        after, verb = subject_of(statement[at + 2:])
        if after and verb and _named(after):
            return after
        at = statement.find(", ", at + 2)
    return subject


def main_clause(split: tuple[str, str]) -> str:
    """The main clause of "Because X, Y" (``split`` = (X, Y)) as a statement, its pronoun
    subject named from X ("they trusted …" → "The villagers trusted …")."""
    reason, main = split
    subject = _named(subject_of(reason)[0])
    m = _PRONOUN.match(main)
    if subject and m and not m.group(1) and _agrees(m.group(2).lower(), subject):
        main = subject + " " + main[m.end():]
    return finish(main)


_LIST_WORDS = 6
_LIST_JOINERS = frozenset("the a an and or of".split())


def says_something(statement: str) -> bool:
    """Whether a statement tells a student anything: not a list of names ("Example: The Tana, the
    Athi, and the Ewaso.") nor a few words naming things ("Example: The varroa mite."), with no verb."""
    said = [w.strip(",.!?:") for w in statement.removeprefix("Example:").split()]
    words = [w.lower() for w in said]
    if gw.has_finite_verb(words):
        return True
    names = all(w[:1].isupper() for w in said if w.lower() not in _LIST_JOINERS)
    return len(words) > _LIST_WORDS and not names
