"""Turning a clause cut out of a sentence into a short statement a student can read.

"and have cemented defence and technological cooperation too, was evident"
reads as "Both the neighbours have cemented defence and technological
cooperation too." and ", which would see industrialisation take root" as
"CPEC would see industrialisation take root."
"""

from __future__ import annotations

import re
from itertools import dropwhile

from tutor.core.keypoints import grammar_words as gw
from tutor.core.keypoints.words import is_base_verb, verb_lemmas
from tutor.core.lemmas import all_lemmas, has_lemma
from tutor.core.span import Span

_MAX_SUBJECT_WORDS = 8
# "nor" is not among them: "Nor should the villain's downfall be shown" without it says the opposite.
_CONJUNCTIONS = ("and", "but", "or", "yet", "as", "while", "whereas", "because", "since", "although",
                 "though", "so", "that")
_ADVERBS = ("worse", "better still", "likewise", "thus", "hence", "therefore", "moreover", "furthermore", "perhaps", "consequently",
            "similarly", "however", "besides", "nevertheless", "nonetheless", "meanwhile", "indeed", "also")
_COMMA_ADVERBS = ("still", "now", "then", "instead", "in addition", "in short", "in other words", "above all",
                  "after all", "in fact", "of course", "at the same time", "on the other hand", "as a result",
                  "for this reason", "yet", "so",
                  # a step in a list of measures or a process ("Third, we must protect …")
                  "first", "second", "third", "fourth", "fifth", "finally", "lastly", "next", "first of all")
_DANGLING_END = re.compile(r",\s*(?:is|was|are|were|has been|had been|became|becomes|seems|seemed)\s+\w+\s*[.!?]?$",
                           re.IGNORECASE)
# "the old road, though longer, was safer": the comma closes an aside, and the verb after it is the claim's.
_CLOSES_ASIDE = re.compile(r",\s+(?:though|although|while|if|when|as|perhaps|however|indeed|in\s+turn|in\s+fact|"
                           r"of\s+course|at\s+first|too|then)\b[^,;:]*$", re.IGNORECASE)
STOP_BACK = frozenset("of in to for with on at by from into under over through between among against about "
                       "and or but is are was were has have had".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our your my".split())
_WORD = re.compile(r"\S+")
_TIME_NOUNS = frozenset("spring summer autumn winter year month week night time century decade morning "
                        "evening day season term quarter".split())
# "Shares in Corvex fell", "Sales of bread rose": a plural noun before a preposition, not a verb.
_NOUN_BEFORE = frozenset("in of on at for from with among".split())
_PARTICIPLES = frozenset("taken given shown grown become brought made kept led held seen done gone known risen "
                         "fallen driven won lost built put set left turned helped raised pushed".split())


def _strip_lead(s: str) -> str:
    """Remove joining words and lead-ins ("Thus,", "and", "the fact that") from the start, repeatedly.
    A subordinator that opens a whole sentence ("Because X, they Y") stays: without it the
    sentence reads as two clauses run together."""
    changed = True
    while changed:
        if _opens_with_subordinate_clause(s):  # also after a stripped "and": "and because X, Y" keeps "Because"
            return s
        changed = False
        if _opens_with_causal_for(s):
            s, changed = s[4:], True
            continue
        low = s.lower()
        for word in _COMMA_ADVERBS:  # first: "As a result," is not "as" + "a result,"
            if low.startswith(word + ","):
                s, changed = s[len(word) + 1:].lstrip(), True
                break
        else:
            for word in _CONJUNCTIONS + _ADVERBS + gw.LEAD_INS:
                if word == "that" and s.startswith("That "):
                    continue  # opening a sentence, "That balance tipped …" points back; it joins nothing
                if word in _SUBORDINATORS and (low.startswith(word + " ") and _keeps_subordinator(s[len(word):])):
                    continue
                if low.startswith(word + " ") or low.startswith(word + ","):
                    s, changed = s[len(word):].lstrip(" ,"), True
                    break
    return s


_SUBORDINATORS = frozenset("as while whereas because since although though".split())
# "Since the 1960s the number of wells has grown", "since 1990": a preposition of time.
_SINCE_A_TIME = re.compile(r"\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d|then\b|independence\b|partition\b)",
                           re.IGNORECASE)


def _keeps_subordinator(rest: str) -> bool:
    """Whether the opening subordinator before ``rest`` must stay: "since" before a time ("Since the
    1960s the number …": a preposition), or one whose clause has a verb before its comma and a
    main clause with a verb after it ("Because electricity is sold at a flat rate, or subsidised
    heavily, a farmer pays almost nothing": without "Because", two clauses run together)."""
    if _SINCE_A_TIME.match(rest):
        return True
    head, *tail = rest.split(",")
    return gw.has_finite_verb(_words(head)) and any(_main_clause(_words(part)) for part in tail)


def _words(text: str) -> list[str]:
    return [w.lower().strip(",.;:!?") for w in text.split()]


def _main_clause(words: list[str]) -> bool:
    """Whether a stretch between commas opens as a main clause does: a short subject and its finite
    verb ("a farmer pays …", "private companies have …"); not "and they …", "often in directions
    that …" nor an apposition ("a practice the European Union banned")."""
    if not words or words[0] in _NOT_SUBJECT_START - {"a", "an"} or words[0].endswith("ly"):
        return False
    return any(gw.is_finite_verb(w) for w in words[1:_MAIN_VERB_WITHIN])


_RELATIVE_WORDS = frozenset("who whom whose which that".split())
_SUBJECT_PRONOUNS = frozenset("we they he she it i you there".split())
_FOR_VERB_WITHIN = 8
_MAIN_VERB_WITHIN = 3  # "a farmer *pays*": the verb of a main clause after its subordinate one comes early
_TIME_SPANS = frozenset("time while years decades centuries generations months weeks days ages".split())


def _opens_with_causal_for(s: str) -> bool:
    """"for a people who have grown rich … are apt to suppose …", "for we know …": "for" joins a
    clause (it means "because"), and is dropped like "and". Not a preposition: "For too long we
    have …", "For this reason the council met …", "For a country that has borrowed twenty times,
    Pakistan has …" keep it (the words before the main verb are no single subject; "that" after
    its noun is a relative word, and the verb of its relative clause is not the main verb)."""
    words = s.split(",", 1)[0].split()
    if len(words) < 3 or words[0].lower() != "for":
        return False
    after = [w.lower() for w in words[1:]]
    verb = next((i for i, w in enumerate(after) if i and gw.is_finite_verb(w)), None)
    if verb is None or verb > _FOR_VERB_WITHIN:
        return False
    if after[0] in _SUBJECT_PRONOUNS:
        return verb == 1
    if _TIME_SPANS & set(after[:verb]):
        return False  # "For a long time sleep was regarded …", "For centuries the river …": a span of time
    if after[0] not in ("a", "an", "the", "these", "those", "such") or (_DETERMINERS - {"that"}) & set(after[1:verb]):
        return False
    if not _RELATIVE_WORDS & set(after[1:verb]):
        return True
    rest = list(dropwhile(gw.is_finite_verb, after[verb:]))  # past the relative clause's verbs
    return any(gw.is_finite_verb(w) and w not in _RELATIVE_WORDS for w in rest)


_LEADING = re.compile(r"^(?:because|since|as|although|though|while|whereas|when|once|after|before)\s+([^,;:—]+),\s+(.+)$",
                      re.IGNORECASE)


_NOT_SUBJECT_START = frozenset("and or but a an often sometimes always never still even especially particularly "
                               "mostly largely mainly".split())
_MIN_LEADING_WORDS = 3  # "as a result, …" is a lead-in; "because traders meet there, …" a clause


def _opens_with_subordinate_clause(s: str) -> bool:
    """Whether ``s`` reads "Because X, Y": by ``leading_clause``, or by its shape alone when X is a
    few words long and its word is not "as" ("as a rule, …"), for verbs the word list lacks
    ("because traders meet there, news travels faster"): without the subordinator, X and Y would
    run together as two sentences joined by a comma."""
    m = _LEADING.match(s)
    if leading_clause(s):
        return True
    return bool(m and not s.lower().startswith("as ") and len(m.group(1).split()) >= _MIN_LEADING_WORDS
                and _opens_with_subject(m.group(2)) and not _next_predicate(m.group(1), m.group(2)))


def _next_predicate(clause: str, after: str) -> bool:
    """Whether the words after "Since X," go on X's list of verbs ("since a tired mind learns less,
    *forgets* more …", "takes a lifetime to refill, *ruins* the orchards"): no main clause."""
    first = after.split()[0].lower()
    if gw.is_finite_verb(first):
        return True
    return first.endswith("s") and has_lemma(first, "VERB") and any(
        w.endswith("s") and gw.is_finite_verb(w) for w in _words(clause))


def _opens_with_subject(clause: str) -> bool:
    """Whether the words after "Because X," can start a main clause: not ", and they …" (X goes
    on), ", a practice …" (an apposition) nor ", often in directions …" (X's closing phrase)."""
    first = clause.split()[0].lower()
    return first not in _NOT_SUBJECT_START and not first.endswith("ly")


def leading_clause(statement: str) -> tuple[str, str] | None:
    """"Because X, Y" → (X, Y): a sentence that opens with a subordinate clause, and its main
    clause; None if it does not (both need a finite verb, and Y its own subject before it)."""
    m = _LEADING.match(statement)
    if not m:
        return None
    first = [w.lower().strip(",.") for w in m.group(1).split()]
    main = [w.lower().strip(",.!?") for w in m.group(2).split()]
    if not any(gw.is_finite_verb(w) for w in first[1:]):
        return None
    if not any(gw.is_finite_verb(w) for w in main[1:6]) or gw.is_finite_verb(main[0]) or not _opens_with_subject(m.group(2)):
        return None  # "…, a practice the European Union banned in 2006" is an apposition, not a main clause
    if _bare_verb(main[0]) or _next_predicate(m.group(1), m.group(2)):
        return None  # "When questions demand that a pupil interpret a text, weigh evidence …, teachers …": X goes on
    return m.group(1), m.group(2)


def _bare_verb(word: str) -> bool:
    """Whether ``word`` can only be a verb's base form ("weigh", "solve"; not "cut", "prices",
    "rising"), by lemminflect's tables: no main clause starts with one."""
    lemmas = all_lemmas(word)
    return set(lemmas) == {"VERB"} and word in lemmas["VERB"]


def _without_lone_quote_mark(s: str) -> str:
    """A statement cut from a quotation that runs over several sentences keeps only one of its
    marks ('"The rain falls here every winter.', '… from below."'): a mark left without its
    partner at either end is dropped."""
    if s.count('"') % 2:
        s = s[1:] if s.startswith('"') else s[:-1] if s.endswith('"') else re.sub(r'"(?=[.!?]?$)', "", s)
    if s.count("“") > s.count("”") and s.startswith("“"):
        s = s[1:]
    elif s.count("”") > s.count("“"):
        s = re.sub(r"”(?=[.!?]?$)", "", s)
    return s


def finish(s: str) -> str:
    """One line, capitalised, ending with a full stop (or the "!" or "?" it ends with: never "!.")."""
    s = _without_lone_quote_mark(" ".join(s.split())).strip(" ,;:—-")
    m = _DANGLING_END.search(s)
    if m and not _CLOSES_ASIDE.search(s, 0, m.start()):
        s = s[:m.start()]
    s = s.rstrip(" ,;:.")
    if not s:
        return s
    return s[0].upper() + s[1:] + ("" if s[-1] in "!?" else ".")


def clean_clause(s: str) -> str:
    return finish(_strip_lead(" ".join(s.split())))


def subject_of(statement: str) -> tuple[str | None, str]:
    """The words before the first finite verb of a statement, if they look like a short subject, and that verb.
    After a place or rank ("In the second place comes the kind of song which …") the subject
    follows the verb ("the kind of song"); after an opening phrase set off by a comma ("At the
    next meeting, Hamid was …") it follows the comma."""
    words = statement.rstrip(".!?").split()
    for i, w in enumerate(words):
        if gw.is_finite_verb(w.lower().strip(",")) and not (i and words[i - 1].lower() in _NOT_BEFORE_VERB
                                                            and not _after_demonstrative(words[i - 1], w)):
            subject = words[:i]
            opened = max((n + 1 for n, x in enumerate(subject) if x.endswith(",")), default=0)
            if subject and subject[0].lower() in _PREPOSITIONS and 0 < opened < len(subject):
                subject = subject[opened:]  # "At the next meeting, Hamid was …": the subject follows the opener
            elif subject and subject[0].lower() in _PREPOSITIONS:
                return _inverted_subject(words[i + 1:]), w.lower()
            named = [n for n, x in enumerate(subject) if x.endswith(",")]
            if len(named) == 2 and named[1] == len(subject) - 1 and named[0] > 0:
                subject = subject[:named[0] + 1]  # "The bakery's founder, Priya Nair, said …": the founder
                subject[-1] = subject[-1].rstrip(",")
            ok = 1 <= len(subject) <= _MAX_SUBJECT_WORDS and not any(x.endswith(",") for x in subject)
            return (" ".join(subject) if ok else None), w.lower()
    return None, ""


_PEOPLE = frozenset("""people pupils students children women men workers farmers families parents teachers doctors
patients residents villagers citizens voters readers employees girls boys migrants neighbours soldiers nurses
""".split())
_PREPOSITIONS = frozenset("in at on by from with for to into under over after before during like unlike "
                          "of about among between through".split())
# "the change of plan": "change" is a noun here; so is "interviews" in "coursework and interviews have …"
_NOT_BEFORE_VERB = _DETERMINERS | _PREPOSITIONS | frozenset(("and", "or"))
NOUN_PHRASE_END = frozenset("which who whom whose that where when as than because".split())


_DEMONSTRATIVES = frozenset("this that these those".split())


def _after_demonstrative(before: str, word: str) -> bool:
    """"None of this will be easy": after a demonstrative standing for a noun, an auxiliary is
    the verb ("this will"), where a determiner's noun would be ("the change of plan")."""
    return before.lower() in _DEMONSTRATIVES and word.lower().strip(",") in gw.AUXILIARIES


def _inverted_subject(after_verb: list[str]) -> str | None:
    """The noun phrase after an inverted verb, up to a relative word or a comma."""
    if not after_verb or after_verb[0].lower() not in _DETERMINERS:
        return None
    taken = []
    for w in after_verb:
        if w.lower() in NOUN_PHRASE_END or len(taken) >= _MAX_SUBJECT_WORDS:
            break
        taken.append(w.rstrip(",;:"))
        if w.endswith((",", ";", ":")):
            break
    return " ".join(taken) if len(taken) >= 2 else None


def with_subject(statement: str, previous: str | None) -> str:
    """A clause that starts with its verb ("Have cemented …") gets the subject of the clause before it;
    one that starts with a participle ("Taken it to …") gets the auxiliary as well."""
    if statement.rstrip().endswith("?"):
        return statement  # "Is the picture as dark as we are told?": a question opens with its verb
    first, _, rest = statement.lower().partition(" ")
    participle = first in _PARTICIPLES
    if first not in gw.FINITE_VERBS and not participle:  # the lexicon only: "Limited resources …" is no verb
        return statement
    second = rest.split(" ", 1)[0].strip(",")
    if second in _TIME_NOUNS:  # "Last spring the council …" opens with a time, not a verb
        return statement
    if first not in gw.AUXILIARIES and second in _FINITE_AFTER_SUBJECT:  # "thought is mastered …": a noun subject
        return statement
    if first.endswith("s") and rest.split(" ", 1)[0] in _NOUN_BEFORE:  # "Shares in Corvex fell …"
        return statement
    if _OWN_SUBJECT.search(statement):  # "Like the old ballads, it has …": "like" is a preposition here
        return statement
    if opener_end(statement) is not None:  # "Built in 1990, the bridge carries …": the subject follows
        return statement
    subject, verb = subject_of(previous) if previous else (None, "")
    aux = ""
    if participle and not is_past(verb):  # "Farmers tended …, and built …": the same past tense, no "has"
        aux = (verb if verb in ("has", "have", "had") else "has") + " "
    if subject is None:
        plural = first in ("have", "are", "were", "do") or (not first.endswith("s") and not participle)
        subject, aux = ("They" if plural else "It"), ("has " if participle else "")
    return finish(f"{subject} {aux}{statement[0].lower()}{statement[1:]}")


_FINITE_AFTER_SUBJECT = frozenset("is was has does will would can could must may might shall should".split())
_OWN_SUBJECT = re.compile(r"^\S+(?:\s+\S+){0,6}?,\s+(?:it|they|he|she|we|i|you|this|these|there)\s+\S+", re.IGNORECASE)
_OPENER = re.compile(r"^[^,;:]{1,100},\s+")
_SUBJECT_START = _DETERMINERS | frozenset("it they he she we i you there".split())
_NOT_SUBJECT = frozenset("and or but nor yet so which who whom whose that when where while then".split())


def opener_end(statement: str) -> int | None:
    """Where the main clause starts after a participle phrase that opens the statement with no
    subject of its own ("Built in 1990, the bridge carries …", "Asked what had changed, the
    headman's grandson said …"): a comma within the first words, then a subject (a determiner,
    pronoun, noun or name, not a second verb) and a finite verb within the next eight words. None if the
    statement does not open so (a clause that lacks its subject: "Have cemented ties, and …")."""
    m = _OPENER.match(statement)
    if not m:
        return None
    words = [w.strip(",;:.!?") for w in statement[m.end():].split()]
    if not words or words[0].lower() in _NOT_SUBJECT:
        return None
    first = words[0].lower()
    if first not in _SUBJECT_START and gw.is_finite_verb(first, words[1].lower() if len(words) > 1 else None):
        return None  # "…, lost the case": a second verb of the same subject
    ahead = [w.lower() for w in words[1:10]]
    if gw.has_finite_verb(ahead):
        return m.end()
    return None


# Past participles in "-en" (spelt out: "when", "even", "often" and "seven" end so too).
_EN_PARTICIPLES = frozenset("written chosen spoken forgotten hidden beaten broken frozen stolen eaten proven sworn "
                            "torn worn woken shaken forbidden ridden bitten".split())


def is_participle(word: str) -> bool:
    """Whether a lower-case word can be a past participle ("signed", "built", "written")."""
    return word in _PARTICIPLES or word in _EN_PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


def is_past(verb: str) -> bool:
    """Whether a lower-case finite verb is in the past tense ("tended", "built"; not "has")."""
    return verb not in ("has", "have", "had") and (verb in gw.IRREGULAR_PAST or (verb.endswith("ed") and verb != "need"))


def _before_participle_phrase(text: str, host_end: int, floor: int) -> int:
    """Where the antecedent of a relative clause ends. After a participle phrase ("the Indus
    Waters Treaty, signed in 1960 with the mediation of the World Bank, which allotted …") the
    relative clause is about the noun before the phrase (the treaty), not the last noun in it
    (the World Bank): naming that one would say what the text does not. The phrase is an
    aside only if its clause has its verb before it ("In 2010 parliament, through the
    amendment, added an article to the constitution, which …": "added" is that verb)."""
    before = text[floor:host_end].rstrip(" ,")
    comma = before.rfind(",")
    phrase = before[comma + 1:].split()
    if comma > 0 and phrase and is_participle(phrase[0].lower()) and has_verb(before[:comma]):
        return floor + comma
    return host_end


def has_verb(s: str) -> bool:
    """Whether ``s`` holds a finite verb (by the word list of ``grammar_words``)."""
    words = [w.lower().strip(",;:.!?") for w in s.split()]
    return gw.has_finite_verb(words)


def antecedent(text: str, host_end: int, floor: int, person: bool = False, plural: bool | None = None) -> str:
    """The noun phrase a relative clause ("…, which …") refers to: the words just before it,
    or before the participle phrase it follows (see ``_before_participle_phrase``). Names joined
    by "and" are taken together ("Sheldon Glashow and Steven Weinberg, who …"). For a ``person``
    ("who", "whom") a noun that is no name, at the end of a prepositional phrase, is passed over
    for the noun the phrase belongs to ("a tireless advocate for science in the developing world,
    who believed …" is about the advocate, not the world)."""
    raw = [m.group() for m in _WORD.finditer(text, floor, _before_participle_phrase(text, host_end, floor))]
    words = [w.strip(",;:") for w in raw]
    end = len(words)
    while True:
        taken, start = _noun_phrase_before(words, end)
        before = words[start - 1].lower() if start else ""
        if before == "and" and taken[:1] and taken[0][:1].isupper() and start > 1 and words[start - 2][:1].isupper():
            # "two brothers, Karim and Nasir, who …": the names, not the words before their comma
            more, start = _noun_phrase_before(words, start - 1, raw)
            return " ".join(more + ["and"] + taken)
        if plural is not None and before in _PREPOSITIONS and taken and start > 1 \
                and taken[-1].lower().endswith("s") != plural:
            # "support prices for wheat, which encourage …", "the tax on fuels, which falls …": the
            # verb agrees with the noun the phrase belongs to
            more, _ = _noun_phrase_before(words, start - 1, raw)
            if more and more[-1].lower().endswith("s") == plural and not more[-1][:1].isupper():
                return " ".join(more + [words[start - 1]] + taken)
        if not (person and before in _PREPOSITIONS and taken and not taken[-1][:1].isupper()
                and taken[-1].lower() not in _PEOPLE):  # "an effect on these pupils, who gained …"
            return " ".join(taken)
        end = start - 1


def _noun_phrase_before(words: list[str], end: int, raw: list[str] | None = None) -> tuple[list[str], int]:
    """The noun phrase ending at ``words[end - 1]``, and where it starts; with ``raw`` (the words
    as written), it does not run back past a comma."""
    at = end
    while at > 0 and words[at - 1].lower() not in STOP_BACK and end - at < 6 \
            and not (raw and at < end and raw[at - 1].endswith((",", ";", ":"))):
        at -= 1
        if words[at].lower() in _DETERMINERS:
            break
    return words[at:end], at


def _number_of_verb(verb: str) -> bool | None:
    """True for a verb that agrees only with a plural subject ("are", "encourage"), False for one
    that agrees only with a singular one ("is", "falls"), None when its form does not tell
    ("fell", "can")."""
    if verb in ("are", "were", "have", "do"):
        return True
    if verb in ("is", "was", "has", "does"):
        return False
    if not (verb.isalpha() and gw.is_finite_verb(verb)) or len(verb_lemmas(verb)) == 1:
        return None
    base = is_base_verb(verb)
    if base and not verb.endswith("s"):
        return True
    if verb.endswith("s") and not base:
        return False
    return None


def relative_statement(text: str, insert: Span, marker: str, host_floor: int) -> str:
    """", which has posted the latter on the map" → "$65 billion CPEC has posted the latter on the map"."""
    rest = insert.of(text)[len(marker):].strip()
    plural = _number_of_verb(rest.split(" ", 1)[0].lower())
    person = marker in ("who", "whom")
    noun = antecedent(text, insert.start, host_floor, person=person, plural=plural).rstrip(",")
    if not noun:
        return finish(rest)
    said = [w.lower() for w in antecedent(text, insert.start, host_floor, person=person).split()]
    if marker == "which" and (gw.has_finite_verb(said) or any(w in gw.AUXILIARIES or w == "cannot" for w in said)):
        noun = "This"  # "…, a germ cannot spread easily, which protects …": "which" stands for the whole clause
    if marker == "whose":
        noun += "'s"
    return finish(f"{noun} {rest}")


def example_statement(s: str) -> str:
    s = " ".join(s.split())
    s = re.sub(r"^(such as|for example|for instance|e\.g\.|including|to illustrate)[\s,:]*", "", s, flags=re.I)
    return "Example: " + finish(s) if s else ""
