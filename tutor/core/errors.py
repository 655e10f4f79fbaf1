"""Problems with what the user gave us, worded for the user."""

from __future__ import annotations


class InputProblem(Exception):
    """Bad input: a missing file, a file that is not text, a broken pack...

    ``str(problem)`` is a complete sentence that names the file and the problem.
    """

    def __init__(self, message: str, path: str = ""):
        super().__init__(message)
        self.path = path
        self.message = message
