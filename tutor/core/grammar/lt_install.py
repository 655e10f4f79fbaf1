"""What a local LanguageTool needs on this computer: Java 17+ and a release on disk.

Promises: nothing here touches the network except ``download_languagetool``,
which runs only when the student asks for it. Detection never creates
folders and never waits more than ``timeout`` seconds for ``java -version``.

Releases are looked for where language_tool_python keeps them (``LTP_PATH``,
else ``~/.cache/language_tool_python``, each release in ``LanguageTool-<version>``),
so one download serves both; ``LTP_JAR_DIR_PATH`` may name a release folder directly.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

MIN_JAVA = 17
JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows

_JAVA_QUOTED = re.compile(r'version "(?P<major>\d+)(?:\.(?P<minor>\d+))?')
_JAVA_BARE = re.compile(r"^(?:java|openjdk) (?P<major>\d+)", re.MULTILINE)
_RELEASE_DIR = re.compile(r"^LanguageTool-(?P<version>.+)$")


@dataclass(frozen=True)
class JavaCheck:
    """``problem`` is "" when Java is usable, else a short reason for the status bar."""

    path: str | None
    major: int | None
    problem: str


@dataclass(frozen=True)
class Release:
    folder: Path
    jar: Path
    version: str


def parse_java_major(version_output: str) -> int | None:
    """17 from 'openjdk version "17.0.15"', 8 from 'java version "1.8.0_301"'."""
    m = _JAVA_QUOTED.search(version_output)
    if m:
        major = int(m.group("major"))
        return int(m.group("minor") or 0) if major == 1 else major
    m = _JAVA_BARE.search(version_output)
    return int(m.group("major")) if m else None


def find_java(timeout: float = 5.0) -> JavaCheck:
    """Java on PATH and its version, as LanguageTool would find it."""
    path = shutil.which("java")
    if not path:
        return JavaCheck(None, None, "Java not found")
    try:
        done = subprocess.run([path, "-version"], capture_output=True, text=True,
                              timeout=timeout, creationflags=NO_WINDOW)
    except subprocess.TimeoutExpired:
        return JavaCheck(path, None, f"'java -version' did not answer within {timeout:g} s")
    except OSError as exc:
        return JavaCheck(path, None, f"Java could not run ({exc.strerror or exc})")
    major = parse_java_major(done.stderr + done.stdout)  # Java prints its version to stderr
    if major is None:
        return JavaCheck(path, None, "Java version not recognised")
    if major < MIN_JAVA:
        return JavaCheck(path, major, f"Java {major} found, LanguageTool needs Java {MIN_JAVA} or newer")
    return JavaCheck(path, major, "")


def default_lt_folder() -> Path:
    """language_tool_python's download folder (not created here)."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")


def find_release(folder: str | Path | None = None) -> Release | None:
    """The newest LanguageTool release in ``folder`` (itself a release folder, or one
    holding ``LanguageTool-*`` folders); without ``folder``: ``LTP_JAR_DIR_PATH``,
    then the default folder."""
    if folder is None and os.environ.get("LTP_JAR_DIR_PATH"):
        folder = os.environ["LTP_JAR_DIR_PATH"]
    root = Path(folder).expanduser() if folder is not None else default_lt_folder()
    direct = _release_in(root)
    if direct is not None:
        return direct
    try:
        candidates = [r for d in root.iterdir() if _RELEASE_DIR.match(d.name)
                      and (r := _release_in(d)) is not None]
    except OSError:
        return None
    return max(candidates, key=lambda r: _version_key(r.version), default=None)


def no_release_reason(folder: str | Path | None = None) -> str:
    where = Path(folder).expanduser() if folder is not None else default_lt_folder()
    return (f"no LanguageTool release in {where} (download it from the Grammar menu or unzip one there; "
            "or name a server in Edit → Settings → LanguageTool server, or with --lt-server URL)")


def _release_in(folder: Path) -> Release | None:
    for name in JAR_NAMES:
        jar = folder / name
        if jar.is_file():
            m = _RELEASE_DIR.match(folder.name)
            return Release(folder, jar, m.group("version") if m else "")
    return None


def _version_key(version: str) -> tuple[int, tuple[int, ...]]:
    # As language_tool_python orders them: snapshots (dates, -SNAPSHOT) after releases.
    numbers = tuple(int(n) for n in re.findall(r"\d+", version))
    snapshot = "snapshot" in version.lower() or bool(re.fullmatch(r"\d{8}", version))
    return (1 if snapshot else 0, numbers)
