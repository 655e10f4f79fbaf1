"""Our hook for spaCy, in place of PyInstaller's own (which collects every submodule):
spaCy's code and data files less its test suite and the 60-odd languages the app never
loads. English is the one the app reads; spaCy imports the others kept here itself when it
starts (found by running it: ``sys.modules`` after loading the model and checking text).
Leaving the tests out also keeps about 700 "hidden import not found" warnings out of the log."""

import importlib.util
import os

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

LANGUAGES = {"en", "ja", "ko", "th", "vi", "xx", "zh"}
_LANG_DIR = importlib.util.find_spec("spacy.lang").submodule_search_locations[0]
UNUSED = {f"spacy.lang.{name}" for name in os.listdir(_LANG_DIR)
          if os.path.isfile(os.path.join(_LANG_DIR, name, "__init__.py")) and name not in LANGUAGES}
UNUSED.add("spacy.tests")


def _wanted(module: str) -> bool:
    return not any(module == unused or module.startswith(unused + ".") for unused in UNUSED)


hiddenimports = collect_submodules("spacy", filter=_wanted)
excludedimports = sorted(UNUSED)
# spaCy's data files are its configs and templates; the languages' are two licence notes.
datas = collect_data_files("spacy", excludes=["tests", "lang"])
