"""Small closed word lists the idea splitter reads clauses with (no tagger is installed)."""

from __future__ import annotations

AUXILIARIES = frozenset("""
is are was were be been am has have had do does did will would shall should can could may might must
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't
""".split())
MODALS = frozenset("will would can could shall should may might must".split())
# Words that open an adverbial clause of time, condition, cause or concession ("When the rains
# failed, …", ", although prices fell"). "As" is left out: it also compares ("as big as").
ADVERBIAL_SUBORDINATORS = frozenset("when whenever wherever if because although though since while whilst after "
                                    "before once unless until".split())

_COMMON_VERBS = """
accept achieve add affect agree allow appear argue arise ask become begin believe belong bring build buy call
carry cause change choose claim come consider contain continue cost create cut deal decide decline demand
depend deserve destroy develop die drive earn ease emerge enable encourage end enjoy ensure exceed exist expect
explain face fail fall fear feel fight find follow force forget gain get give go grow happen hate hear help hold
hope hurt imply include increase insist keep know lack last lead learn leave let lie like limit live look lose
make matter mean meet miss move need offer open owe pay play prefer prevent produce promise protect prove
provide push put raise reach read realise realize receive recognise recognize reduce reflect refuse regard
remain remember rely require rest return reveal rise risk run save say see seek seem sell send serve set share
show sit solve speak spend stand start stay stop struggle succeed suffer suggest support suppose take talk teach
tell tend think threaten thrive treat try turn understand use vary want warn win wish work worry write yield
accuse appoint arrest attack blame criticise criticize defeat elect employ enlarge hire interview invite
publish punish replace reward sue visit
""".split()
_IRREGULAR = """
became began brought built bought came chose cut dealt drove fell felt fought found forgot gave got grew held
hurt kept knew led learnt left lay lost made meant met paid put ran rose said saw sought sold sent set showed
sat spoke spent spread stood took taught told thought understood went won wrote beat caught hit struck
""".split()
IRREGULAR_PAST = frozenset(_IRREGULAR)


def _forms(verb: str) -> set[str]:
    """Present and regular past: "rely" → rely, relies, relied."""
    s = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "o")) else "s")
    past = verb + ("d" if verb.endswith("e") else "ed")
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        s, past = verb[:-1] + "ies", verb[:-1] + "ied"
    return {verb, s, past}


FINITE_VERBS = frozenset(AUXILIARIES | set(_IRREGULAR) | {f for v in _COMMON_VERBS for f in _forms(v)})
_NOT_VERBS_IN_ED = frozenset("need indeed speed seed bed red shed hundred kindred wed feed breed deed".split())

LEAD_INS = (
    "the fact that", "this is why", "that is why", "this is perhaps why", "that is perhaps why", "this is because", "it is clear that", "it is true that",
    "it is a constant that", "it is a fact that", "it is evident that", "it is obvious that", "there is no doubt that",
)
REPORTING = frozenset("""
said says stated states announced reiterated reaffirmed repeated noted remarked added told declared
emphasised emphasized stressed affirmed confirmed observed explained claimed argued insisted according quoted
visit visited
""".split())
# Verbs that report speech in a story, set after the words spoken ('"…," said Hamid', '"…," she asked').
SPEAKING = REPORTING | frozenset("asked replied answered shouted cried called whispered murmured begged warned "
                                 "laughed protested pleaded demanded continued".split())
TITLES = frozenset("""
minister president secretary ambassador professor dr mr mrs ms sir general chairman chairperson governor
senator spokesman spokeswoman spokesperson director chief envoy king queen prince premier mayor judge
""".split())


def is_finite_verb(word: str, next_word: str | None = "") -> bool:
    """Whether a lower-cased word is probably a finite verb (a clause has one).

    A word in "-ed" counts unless the next word (when known) is a lower-case
    content word, as in "advanced economies" or "skilled workers".
    """
    if word in FINITE_VERBS:
        return True
    if not (len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS_IN_ED):
        return False
    return not next_word or not next_word.isalpha() or not next_word.islower() or next_word in _FUNCTION_AFTER_VERB


def has_finite_verb(words: list[str]) -> bool:
    """Whether a run of lower-cased ``words`` holds a finite verb (``is_finite_verb``, each word
    judged with the one after it)."""
    return any(is_finite_verb(w, nxt) for w, nxt in zip(words, words[1:] + [None]))


_FUNCTION_AFTER_VERB = frozenset("""
a an the this that these those its their his her our my your to by in on at for from with into over
up down out off as than and or but it them him us me every each all some any no more most less little
""".split())
