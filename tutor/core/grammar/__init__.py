"""Grammar and spelling engines behind one small interface.

Importing this package is cheap: its names are imported from their modules on
first use (so the app can warm Harper, or read the personal dictionary, without
loading LanguageTool's HTTP client first); Harper's dictionary is built on first
use, LanguageTool is only looked for when chosen. Start at ``make_engine``.
"""

from __future__ import annotations

from importlib import import_module

# Each public name -> the module of this package that defines it.
_HOMES = {
    "ENGINE_NAMES": "choice", "make_engine": "choice",
    "PersonalDictionary": "dictionary",
    "GrammarEngine": "engine", "NoGrammar": "engine",
    "DIALECTS": "harper_engine", "HarperEngine": "harper_engine",
    "CATEGORIES": "issue", "GrammarIssue": "issue",
    "LanguageToolEngine": "languagetool",
    "PrecisChecker": "precis_checker", "apply_dictionary": "precis_checker",
    "CategoryGroup": "summary", "category_counts": "summary", "error_count": "summary",
    "errors_per_100_words": "summary", "group_by_category": "summary",
    "Vocabulary": "vocabulary", "passage_vocabulary": "vocabulary",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    """``from tutor.core.grammar import make_engine`` imports ``choice`` then, not before."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
