"""Turning a clause cut out of a sentence into a short statement a student can read.

"and have cemented defence and technological cooperation too, was evident"
reads as "Both the neighbours have cemented defence and technological
cooperation too." and ", which would see industrialisation take root" as
"CPEC would see industrialisation take root."
"""

from __future__ import annotations

import re

from tutor.core.keypoints import grammar_words as gw
from tutor.core.span import Span

_MAX_SUBJECT_WORDS = 8
_CONJUNCTIONS = ("and", "but", "or", "yet", "nor", "as", "while", "whereas", "because", "since", "although",
                 "though", "so", "that")
_ADVERBS = ("worse", "better still", "likewise", "thus", "hence", "therefore", "moreover", "furthermore", "perhaps", "consequently",
            "similarly", "however", "besides", "nevertheless", "nonetheless", "meanwhile", "indeed", "also")
_COMMA_ADVERBS = ("still", "now", "then", "instead", "in addition", "in short", "in other words", "above all",
                  "after all", "in fact", "of course", "at the same time", "on the other hand", "as a result",
                  "for this reason", "yet", "so")
_DANGLING_END = re.compile(r",\s*(?:is|was|are|were|has been|had been|became|becomes|seems|seemed)\s+\w+\s*[.!?]?$",
                           re.IGNORECASE)
_STOP_BACK = frozenset("of in to for with on at by from into under over through between among against about "
                       "and or but is are was were has have had".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our your my".split())
_WORD = re.compile(r"\S+")
_PARTICIPLES = frozenset("taken given shown grown become brought made kept led held seen done gone known risen "
                         "fallen driven won lost built put set left turned helped raised pushed".split())


def _strip_lead(s: str) -> str:
    """Remove joining words and lead-ins ("Thus,", "and", "the fact that") from the start, repeatedly."""
    changed = True
    while changed:
        changed = False
        low = s.lower()
        for word in _CONJUNCTIONS + _ADVERBS + gw.LEAD_INS:
            if low.startswith(word + " ") or low.startswith(word + ","):
                s, changed = s[len(word):].lstrip(" ,"), True
                break
        else:
            for word in _COMMA_ADVERBS:
                if low.startswith(word + ","):
                    s, changed = s[len(word) + 1:].lstrip(), True
                    break
    return s


def finish(s: str) -> str:
    """One line, capitalised, ending with a full stop."""
    s = " ".join(s.split()).strip(" ,;:—-")
    s = _DANGLING_END.sub("", s).rstrip(" ,;:.")
    if not s:
        return s
    return s[0].upper() + s[1:] + "."


def clean_clause(s: str) -> str:
    return finish(_strip_lead(" ".join(s.split())))


def subject_of(statement: str) -> tuple[str | None, str]:
    """The words before the first finite verb of a statement, if they look like a short subject, and that verb."""
    words = statement.rstrip(".").split()
    for i, w in enumerate(words):
        if gw.is_finite_verb(w.lower().strip(",")):
            subject = words[:i]
            ok = 1 <= len(subject) <= _MAX_SUBJECT_WORDS and not any(x.endswith(",") for x in subject)
            return (" ".join(subject) if ok else None), w.lower()
    return None, ""


def with_subject(statement: str, previous: str | None) -> str:
    """A clause that starts with its verb ("Have cemented …") gets the subject of the clause before it;
    one that starts with a participle ("Taken it to …") gets the auxiliary as well."""
    first = statement.split(" ", 1)[0].lower()
    participle = first in _PARTICIPLES
    if first not in gw.FINITE_VERBS and not participle:  # the lexicon only: "Limited resources …" is no verb
        return statement
    subject, verb = subject_of(previous) if previous else (None, "")
    aux = ""
    if participle:
        aux = (verb if verb in ("has", "have", "had") else "has") + " "
    if subject is None:
        plural = first in ("have", "are", "were", "do") or (not first.endswith("s") and not participle)
        subject, aux = ("They" if plural else "It"), ("has " if participle else "")
    return finish(f"{subject} {aux}{statement[0].lower()}{statement[1:]}")


def antecedent(text: str, host_end: int, floor: int) -> str:
    """The noun phrase a relative clause ("…, which …") refers to: the words just before it."""
    words = [m for m in _WORD.finditer(text, floor, host_end)]
    taken: list[str] = []
    for m in reversed(words):
        w = m.group().strip(",;:")
        if w.lower() in _STOP_BACK or len(taken) >= 6:
            break
        taken.insert(0, w)
        if w.lower() in _DETERMINERS:
            break
    return " ".join(taken)


def relative_statement(text: str, insert: Span, marker: str, host_floor: int) -> str:
    """", which has posted the latter on the map" → "$65 billion CPEC has posted the latter on the map"."""
    rest = insert.of(text)[len(marker):].strip()
    noun = antecedent(text, insert.start, host_floor).rstrip(",")
    if not noun:
        return finish(rest)
    if marker == "whose":
        noun += "'s"
    return finish(f"{noun} {rest}")


def example_statement(s: str) -> str:
    s = " ".join(s.split())
    s = re.sub(r"^(such as|for example|for instance|e\.g\.|including|to illustrate)[\s,:]*", "", s, flags=re.I)
    return "Example: " + finish(s) if s else ""
