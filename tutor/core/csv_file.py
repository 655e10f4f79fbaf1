"""The class CSV, written whole or not at all.

Rows go to a temporary file beside the CSV, which is moved over it only when
every row is written and on disk: a full disk, a crash or an error while
marking leaves any earlier CSV exactly as it was. A target that is not a
regular file (``/dev/stdout``, a pipe) is written directly.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from tutor.core.errors import InputProblem
from tutor.core.textfile import shown_name


class CsvFile:
    """``with CsvFile(path) as out: ...`` — ``out`` is a text stream (``newline=""``): UTF-8 with a
    byte-order mark for a file (Excel reads the file as UTF-8 only so), plain UTF-8 for a pipe.

    Opening creates the temporary file at once, so an unwritable place is found
    before minutes of marking. Raises ``InputProblem`` when the CSV cannot be
    written (opening, any write, the final move); an error inside the block
    discards the temporary file and leaves the CSV untouched.
    """

    def __init__(self, target: str | Path):
        self.target, self._tmp = str(target), ""
        try:
            if os.path.exists(self.target) and not stat.S_ISREG(os.stat(self.target).st_mode):
                self.stream = open(self.target, "w", newline="", encoding="utf-8")
                return
            folder = os.path.dirname(os.path.abspath(self.target))
            fd, self._tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(self.target)}.", suffix=".tmp")
            os.chmod(self._tmp, _new_file_mode())  # as open() would make it, not mkstemp's 0600
            # With a byte-order mark, as spreadsheet programs expect to read "Zoë" and "Précis" right.
            self.stream = os.fdopen(fd, "w", newline="", encoding="utf-8-sig")
        except OSError as e:
            if self._tmp:
                Path(self._tmp).unlink(missing_ok=True)
            raise self._problem(e) from None

    def __enter__(self):
        return self.stream

    def __exit__(self, kind, error, trace) -> bool:
        try:
            if kind is None:
                self._commit()
        except OSError as e:
            raise self._problem(e) from None
        finally:
            self._discard()
        if isinstance(error, OSError):  # a write failed inside the block: the disk filled up
            raise self._problem(error) from None
        return False

    def _commit(self) -> None:
        self.stream.flush()
        if self._tmp:
            os.fsync(self.stream.fileno())
        self.stream.close()
        if self._tmp:
            os.replace(self._tmp, self.target)
            self._tmp = ""

    def _discard(self) -> None:
        try:
            self.stream.close()
        except OSError:
            pass  # the write that failed is reported already
        if self._tmp:
            Path(self._tmp).unlink(missing_ok=True)

    def _problem(self, error: OSError) -> InputProblem:
        return InputProblem(f"{shown_name(self.target)} cannot be written: {error.strerror or error}. "
                            "Any earlier file there is unchanged.", self.target)


def _new_file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
