"""What a new user or a packager gets: the library and icons wherever the program is
installed, a clear error when they are missing, desktop integration files that validate,
and a --self-test that says what is wrong."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.core.grammar.learner_rules import LearnerRules
from tutor.core.grammar.tagging import Tagger
from tutor.core.library import load_library
from tutor.core.resources import ICON_SIZES, icon_path
from tutor.gui.self_test import SelfTestFailed, _check_learner_rules

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_FILE = ROOT / "resources" / "precis-tutor.desktop"


def _run(args: list[str], cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(cwd), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "tutor", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture
def install_without_resources(tmp_path) -> Path:
    """The tutor package copied alone, as a broken installation would leave it."""
    shutil.copytree(ROOT / "tutor", tmp_path / "tutor", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_every_icon_size_is_drawn_at_its_size():
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(icon_path(size)))
        assert (image.width(), image.height()) == (size, size), icon_path(size)
    assert icon_path().read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_the_windows_icon_holds_every_size_up_to_256():
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(icon_path().with_suffix(".ico")))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.append(reader.size().width())
    assert sorted(sizes) == [s for s in ICON_SIZES if s <= 256]


def test_the_desktop_file_passes_desktop_file_validate():
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils; .ci/run does)")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_desktop_file_starts_the_installed_app_with_its_icon():
    entries = dict(line.split("=", 1) for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entries["Exec"] == "precis-tutor-gui"
    assert entries["Icon"] == icon_path().stem
    assert "Education" in entries["Categories"].split(";")


def test_an_empty_folder_of_ones_own_is_an_empty_library_not_an_error(tmp_path):
    assert load_library(tmp_path).passages == ()


def test_the_bundled_library_is_found_and_full():
    assert len(load_library().passages) >= 13


def test_an_install_without_its_library_says_where_it_looked(install_without_resources):
    result = _run(["library"], install_without_resources)
    assert result.returncode == 2 and not result.stdout
    assert "bundled passage library is missing" in result.stderr
    assert str(install_without_resources / "tutor" / "resources" / "passages") in result.stderr
    assert "reinstall" in result.stderr


def test_self_test_fails_with_the_reason_when_the_library_is_missing(install_without_resources):
    result = _run(["--self-test"], install_without_resources)
    assert result.returncode == 1
    assert "self-test FAILED: library: The bundled passage library is missing" in result.stdout


def test_self_test_opens_the_window_and_checks_a_passage_with_grammar():
    result = _run(["--self-test"], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == ["library", "libraries", "learner", "icon", "window",
                                                        "grammar", "check"]
    assert "PRECIS_AGREEMENT flags 'The farmers was pleased.'" in lines[2]
    assert "ok" in lines[6] and "grammar finding" in lines[6]
    assert lines[-1] == "self-test passed"


def test_self_test_fails_when_spacy_cannot_load_its_model_instead_of_switching_the_rules_off():
    with pytest.raises(SelfTestFailed, match="learner rules: spaCy did not load: learner rules off"):
        _check_learner_rules(LearnerRules(Tagger("no_such_model_installed")))
