"""The passage library: every pack in a folder, loaded once, broken packs reported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tutor.core.errors import InputProblem
from tutor.core.packs import Pack, load_pack
from tutor.core.passage import Passage
from tutor.core.textfile import quoted
from tutor.core.resources import passages_dir, resource_folders


@dataclass(frozen=True, slots=True)
class Library:
    packs: tuple[Pack, ...]
    problems: tuple[str, ...] = ()  # one sentence per pack that could not be loaded

    @property
    def passages(self) -> tuple[Passage, ...]:
        return tuple(p for pack in self.packs for p in pack.passages)

    def find(self, passage_id: str) -> Passage:
        for p in self.passages:
            if p.id == passage_id:
                return p
        raise InputProblem(f"The library has no passage with id {quoted(passage_id)}.")


def load_library(folder: str | Path | None = None) -> Library:
    """Load every ``*.json`` pack in ``folder`` (the bundled library by default).

    Raises ``InputProblem`` when the bundled library (no ``folder``) has no passage that
    could be loaded, naming every folder it looked in and every broken pack: that is a
    broken installation, never a blank list. A folder of one's own may be empty (the
    teachers' packs folder starts so).
    """
    root = Path(folder) if folder else passages_dir()
    packs, problems = [], []
    for path in sorted(root.glob("*.json")):
        try:
            packs.append(load_pack(path))
        except InputProblem as e:
            problems.append(str(e))
    library = Library(tuple(packs), tuple(problems))
    if folder is None and not library.passages:
        raise InputProblem(_missing_message(problems), str(root))
    return library


def _missing_message(problems: list[str]) -> str:
    looked = ", ".join(str(f / "passages") for f in resource_folders())
    broken = (" " + " ".join(problems)) if problems else ""
    return (f"The bundled passage library is missing: no passage pack (.json) could be read in any of "
            f"{looked}. The installation is incomplete; reinstall Précis Tutor.{broken}")


PACKS_FOLDER = "packs"


def teacher_packs_dir() -> Path:
    """Where packs a teacher writes are saved and found: ``packs`` in the data folder (created)."""
    from tutor.core.userdata import data_dir

    folder = data_dir() / PACKS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load_library_with_packs() -> Library:
    """The bundled library and every pack in ``teacher_packs_dir()``, with both folders' problems.

    Each passage's ``origin`` is the pack file it came from (the library dialog shows it).
    """
    bundled = load_library()
    try:
        teachers = load_library(teacher_packs_dir())
    except OSError as e:  # an unreadable data folder must not hide the bundled passages
        return Library(bundled.packs, bundled.problems + (f"The teachers' packs could not be read: {e}",))
    return Library(bundled.packs + teachers.packs, bundled.problems + teachers.problems)
