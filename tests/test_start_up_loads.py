"""What the app loads before its first grammar underlines: the desktop app's command does not
load the content analysis, and Harper's findings are filtered without lemminflect's full
tables (their speed is measured by bench/gui.py; these prove the loading order)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tutor.core.lemmas import has_lemma, lemminflect


def loaded_after(code: str) -> set[str]:
    """The top-level packages a fresh interpreter has imported after running ``code``."""
    script = code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_the_desktop_apps_command_loads_no_analysis_before_the_window():
    loaded = loaded_after("import tutor.cli")
    assert not loaded & {"nltk", "spacy", "numpy", "lemminflect"}


def test_a_misspelling_is_judged_without_loading_lemminflect():
    loaded = loaded_after(
        "from tutor.core.grammar.false_alarms import drop_false_alarms\n"
        "from tutor.core.grammar.issue import GrammarIssue\n"
        "from tutor.core.span import Span\n"
        "text = 'They will recieve the seeds; their unscrutinised plans.'\n"
        "found = [GrammarIssue(Span(10, 17), 'spelling', 'SpellCheck', 'misspelt', ('receive',), 'harper'),\n"
        "         GrammarIssue(Span(35, 48), 'spelling', 'SpellCheck', 'misspelt', (), 'harper')]\n"
        "kept = drop_false_alarms(found, text)\n"
        "assert [text[i.span.start:i.span.end] for i in kept] == ['recieve'], kept\n")
    assert not loaded & {"lemminflect", "numpy", "spacy"}


@pytest.mark.parametrize("word, upos", [
    ("warm", None), ("scrutinised", None), ("cieve", None), ("Paris", None), ("RIVERS", None),
    ("anybody", None), ("anybody", "NOUN"), ("share", "NOUN"), ("quickly", "ADV"), ("quickly", "NOUN"),
    ("would", "AUX"), ("rose", "VERB"), ("green", "ADJ"), ("", None), ("Aachen", "NOUN"),
])
def test_listed_words_are_the_words_lemminflect_lists(word, upos):
    listed = lemminflect().getAllLemmas(word, upos) if upos else lemminflect().getAllLemmas(word)
    assert has_lemma(word, upos) == bool(listed)
