"""Turning what the user names on the command line or in a dialog into a Passage."""

from __future__ import annotations

from tutor.core.errors import InputProblem
from tutor.core.library import load_library
from tutor.core.packs import is_pack_file, load_pack
from tutor.core.passage import Passage, passage_from_file
from tutor.core.textfile import read_text, shown_name


def open_passage(path: str, passage_id: str | None = None) -> tuple[Passage, tuple[str, ...]]:
    """A passage from a .txt file, a pack file (with ``passage_id``, or its only
    passage), or the bundled library when ``path`` is "library". Returns the
    passage and any notes about how it was read."""
    if path == "library":
        if not passage_id:
            raise InputProblem("Name a passage of the library with --passage ID (see 'precis-tutor library').")
        return load_library().find(passage_id), ()
    if is_pack_file(path):
        pack = load_pack(path)
        if passage_id:
            return pack.passage(passage_id), ()
        if len(pack.passages) == 1:
            return pack.passages[0], ()
        ids = ", ".join(p.id for p in pack.passages)
        raise InputProblem(f"{shown_name(path)} holds several passages; choose one with --passage ID ({ids}).",
                           path)
    if passage_id:
        raise InputProblem(f"--passage goes with a pack file (.json), and {shown_name(path)} is a text file.", path)
    read = read_text(path)
    notes = (read.note,) if read.note else ()
    return passage_from_file(read.text, path), notes
