"""Grammar and spelling engines behind one small interface.

Importing this package is cheap: Harper's dictionary is built on first use,
LanguageTool is only looked for when chosen. Start at ``make_engine``.
"""

from tutor.core.grammar.choice import ENGINE_NAMES, make_engine
from tutor.core.grammar.dictionary import PersonalDictionary
from tutor.core.grammar.engine import GrammarEngine, NoGrammar
from tutor.core.grammar.harper_engine import DIALECTS, HarperEngine
from tutor.core.grammar.issue import CATEGORIES, GrammarIssue
from tutor.core.grammar.languagetool import LanguageToolEngine
from tutor.core.grammar.precis_checker import PrecisChecker, apply_dictionary
from tutor.core.grammar.summary import (CategoryGroup, category_counts, error_count,
                                        errors_per_100_words, group_by_category)
from tutor.core.grammar.vocabulary import Vocabulary, passage_vocabulary

__all__ = [
    "CATEGORIES", "DIALECTS", "ENGINE_NAMES", "CategoryGroup", "GrammarEngine", "GrammarIssue",
    "HarperEngine", "LanguageToolEngine", "NoGrammar", "PersonalDictionary", "PrecisChecker",
    "Vocabulary", "apply_dictionary", "category_counts", "error_count", "errors_per_100_words",
    "group_by_category", "make_engine", "passage_vocabulary",
]
