"""Choosing the grammar engine: the one call the CLI and the GUI make.

    engine = make_engine("languagetool", lt_server="http://school:8081")
    engine.accept_words(passage_vocabulary(passage), replace=True)
    issues = engine.check(precis)
    report["grammar"] = {"engine": engine.name, "status": engine.status()}
"""

from __future__ import annotations

from tutor.core.grammar.dictionary import PersonalDictionary
from tutor.core.grammar.engine import GrammarEngine, NoGrammar
from tutor.core.grammar.harper_engine import HarperEngine, check_dialect
from tutor.core.grammar.precis_checker import PrecisChecker

ENGINE_NAMES = ("harper", "languagetool", "off")


def make_engine(name: str, *, dialect: str = "british", lt_server: str | None = None,
                lt_folder: str | None = None,
                dictionary: PersonalDictionary | None = None) -> GrammarEngine:
    """A ready-to-use engine. Never waits for Java to start or for the network;
    choosing LanguageTool runs `java -version` once (a blink, at most 5 s).

    "harper" and "languagetool" come wrapped in ``PrecisChecker`` (passage
    words, personal dictionary from ``data_dir()`` unless given, ignored rules,
    the stray-article and learner-error rules); "off" is ``NoGrammar``.
    LanguageTool's findings are merged with Harper's, each slip reported once. Unknown names or dialects
    raise ``ValueError``. LanguageTool falls back to Harper by itself when it
    cannot run; ``status()`` then says why.
    """
    key = name.strip().lower()
    dialect = check_dialect(dialect)
    if key == "off":
        return NoGrammar()
    if key == "harper":
        inner: GrammarEngine = HarperEngine(dialect)
    elif key == "languagetool":
        # Imported only when chosen: its HTTP client takes a quarter of a second to import,
        # on the engine lane while Harper's first underlines wait.
        from tutor.core.grammar.languagetool import LanguageToolEngine

        inner = LanguageToolEngine(dialect, server_url=lt_server, folder=lt_folder, with_fallback=True)
    else:
        raise ValueError(f"unknown grammar engine {name!r}; choose one of {', '.join(ENGINE_NAMES)}")
    return PrecisChecker(inner, dictionary if dictionary is not None else PersonalDictionary.load())
