"""Finding WordNet on this machine, never downloading it.

nltk reads WordNet from its own data folders (``python -m nltk.downloader wordnet``). Debian and
Ubuntu ship the same WordNet 3.0 database as a package (``apt install wordnet-base``, in
``/usr/share/wordnet``); nltk can read it with three allowances made here: the folder is added to
``nltk.data.path`` (nltk refuses to open corpus files outside its data path), the ``lexnames``
file nltk expects (the fixed list of WordNet 3.0's 45 lexicographer files, ``lexnames(5WN)``) is
supplied from memory, and no mapping to another WordNet version is built (it needs nltk's own
copy). ``$WNSEARCHDIR`` and ``$WNHOME/dict``, WordNet's own variables, are looked in first.
"""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

_LEXNAMES = """adj.all 3
adj.pert 3
adv.all 4
noun.Tops 1
noun.act 1
noun.animal 1
noun.artifact 1
noun.attribute 1
noun.body 1
noun.cognition 1
noun.communication 1
noun.event 1
noun.feeling 1
noun.food 1
noun.group 1
noun.location 1
noun.motive 1
noun.object 1
noun.person 1
noun.phenomenon 1
noun.plant 1
noun.possession 1
noun.process 1
noun.quantity 1
noun.relation 1
noun.shape 1
noun.state 1
noun.substance 1
noun.time 1
verb.body 2
verb.change 2
verb.cognition 2
verb.communication 2
verb.competition 2
verb.consumption 2
verb.contact 2
verb.creation 2
verb.emotion 2
verb.motion 2
verb.perception 2
verb.possession 2
verb.social 2
verb.stative 2
verb.weather 2
adj.ppl 3"""
_NEEDED = ("data.noun", "data.verb", "data.adj", "data.adv", "index.noun", "index.verb", "index.adj", "index.adv")


def system_folders() -> tuple[Path, ...]:
    """Where a system WordNet may be, in the order looked in."""
    found = []
    if os.environ.get("WNSEARCHDIR"):
        found.append(Path(os.environ["WNSEARCHDIR"]))
    if os.environ.get("WNHOME"):
        found.append(Path(os.environ["WNHOME"]) / "dict")
    found.append(Path("/usr/share/wordnet"))
    return tuple(found)


def load_wordnet():
    """A WordNet reader (nltk's ``WordNetCorpusReader`` interface), or None when neither nltk's
    data nor a system WordNet (see the module's docstring) is installed or nltk is missing."""
    try:
        from nltk.corpus import wordnet

        wordnet.ensure_loaded()
        return wordnet
    except (LookupError, ImportError, OSError, AttributeError):
        pass
    return system_wordnet(system_folders())


def system_wordnet(folders: tuple[Path, ...]):
    """A reader of the first of ``folders`` that holds a WordNet database (its ``data.*`` and
    ``index.*`` files, as Debian's ``wordnet-base`` installs them), or None."""
    for folder in folders:
        if all((folder / name).is_file() for name in _NEEDED):
            try:
                return _system_reader(folder)
            except (LookupError, ImportError, OSError, ValueError, PermissionError):
                continue
    return None


def _system_reader(folder: Path):
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class SystemWordNet(WordNetCorpusReader):
        def open(self, fileid):
            if fileid == "lexnames" and not (folder / "lexnames").is_file():
                return io.StringIO("".join(f"{i:02d}\t{line}\n" for i, line in enumerate(_LEXNAMES.splitlines())))
            return super().open(fileid)

        def map_wn(self, version="wordnet"):
            return None  # a mapping to nltk's own copy: not needed, and not installed

    if str(folder) not in nltk.data.path:
        nltk.data.path.append(str(folder))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available": not used
        return SystemWordNet(str(folder), None)
