"""How responsive the desktop app is while a student types.

Prints:

* the keystroke handler on a 400-word précis: median and worst of 200 keystrokes,
  in ms (everything Qt and the app do synchronously for one key press: the edit,
  the live word count, moving underlines, restarting the pause timer);
* the longest stall of the GUI event loop while typing for several seconds with
  background checks (analysis + Harper) running: a 5 ms timer records how late it fires;
* both again on a 20,000-word précis in one paragraph, a misspelling every 40 words
  (the worst case for painting underlines and for Qt's layout), the time the window takes
  to show that précis's report once its check is done, and beside them Qt's own
  cost for that paragraph: whole in a bare QPlainTextEdit, with the long-paragraph
  settings, and shown in pieces as the précis editor shows it (``tutor.gui.panes.soft_breaks``);
  and the longest stall typing in those pieces with nothing of ours, alone and while the app's
  own check of that précis runs over and over in the check process (``tutor.gui.checks.check_process``),
  and, for comparison, in a thread of this process as checks ran before (what the interpreter
  lock costs), with and without the cyclic collector paused (``tutor.gui.checks.long_lived``);
* start-up, from launching a fresh process: time to a visible, usable window and
  time until grammar underlining is ready (Harper warmed up); then, with a draft
  restored, the medians of several launches: first underlines, content feedback,
  every rule's underlines, beside the floors (Harper alone, a bare Qt window).

Targets: handler under 2 ms, worst stall under 16 ms; first underlines within 1.5 s of launch.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui.py [--no-startup | --startup-only] [--starts N]
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PRECIS_TUTOR_HOME"] = tempfile.mkdtemp(prefix="precis-bench-")

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

STARTS = int(sys.argv[sys.argv.index("--starts") + 1]) if "--starts" in sys.argv else 7

SENTENCE = ("Councils in crowded cities are turning flat roofs into gardens that cool the floors beneath them, "
            "catch heavy rain and give families a place to grow food and meet their neighbours. ")


def precis_of(words: int, misspelt_every: int = 0) -> str:
    """One paragraph of ``words`` words; with ``misspelt_every``, "recieve" replaces every so many words."""
    sentence_words = SENTENCE.split()
    out = [sentence_words[i % len(sentence_words)] for i in range(words)]
    if misspelt_every:
        out[misspelt_every - 1::misspelt_every] = ["recieve"] * len(out[misspelt_every - 1::misspelt_every])
    return " ".join(out) + " He recieve the letter."


def press(widget, char: str) -> None:
    key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def make_window():
    from tutor.core.library import load_library
    from tutor.gui.main_window import MainWindow

    window = MainWindow(restore="no", library=load_library())
    window.resize(1400, 820)
    window.show()
    window.start()
    return window


def wait(app, seconds: float, until=lambda: False) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not until():
        app.processEvents()
        time.sleep(0.002)


def keystroke_handler(app, window, precis: str | None = None, middle: bool = False) -> tuple[float, float, float]:
    """Median and worst ms per key press, and median ms of a repaint of the editor after each
    (underlines included); ``middle``: type in the middle of the text, in view."""
    editor = window.editor_pane.editor
    editor.setPlainText(precis or precis_of(400))
    window.timings.pop("first_underlines", None)
    wait(app, 180, lambda: "first_underlines" in window.timings)
    wait(app, 0.5)
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2 if middle else len(editor.toPlainText()))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus()
    times, paints = [], []
    text = "and planners now treat rooftops as shared land " * 6
    for char in text[:200]:
        started = time.perf_counter()
        press(editor, char)
        times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        editor.viewport().repaint()
        paints.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), statistics.median(paints)


def longest_stall(app, window, seconds: float = 8.0) -> tuple[float, int, int]:
    """The longest stall while typing in the window's précis (``typing_stall``), the edits
    made meanwhile and the checks shown."""
    reports_before = window.flow.revision
    applied = [0]
    window.flow.result_ready.connect(lambda _result: applied.__setitem__(0, applied[0] + 1))
    worst = typing_stall(app, window.editor_pane.editor, seconds)
    return worst, window.flow.revision - reports_before, applied[0]


def showing_report(app, window) -> float:
    """Median ms the window takes to show the report on the text in its editor (marks, feedback
    pane, passage pane), from a check of that text."""
    results = []
    window.flow.result_ready.connect(results.append)
    window.flow.check_now()
    wait(app, 120, lambda: bool(results))
    times = []
    for _ in range(3):
        started = time.perf_counter()
        window._apply(results[-1])
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def typing_stall(app, editor, seconds: float = 8.0) -> float:
    """Type in bursts (a key every 40 ms, a 500 ms pause every 25 keys) while a 5 ms timer
    measures lateness: the longest, in ms."""
    clock, last, worst = QElapsedTimer(), [0], [0.0]
    clock.start()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        worst[0] = max(worst[0], now - last[0] - 5)
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    typed = [0]
    typing = [True]

    def type_next() -> None:
        if not typing[0]:
            return
        press(editor, "gardens cool roofs "[typed[0] % 19])
        typed[0] += 1
        QTimer.singleShot(500 if typed[0] % 25 == 0 else 40, type_next)

    wait(app, 0.5)
    last[0] = clock.nsecsElapsed() / 1e6
    probe.start(5)
    QTimer.singleShot(40, type_next)
    wait(app, seconds)
    typing[0] = False
    probe.stop()
    return worst[0]


def stall_floor(app, window, text: str, checking: str = "") -> float:
    """``typing_stall`` in the middle of ``text`` in an editor with nothing of ours but the long-paragraph
    settings and pieces (no marks, no counter, no autosave); with ``checking``, while a thread runs the
    window's own check of ``text`` over and over (content and grammar): "process", in the check process,
    as the app's worker does; "thread", in this process (as the worker did before the check process),
    with Python's cyclic collector paused during each check; "collecting", the same without the pause."""
    import threading

    from tutor.gui.checks.checking import CheckRequest
    from tutor.gui.panes.long_paragraphs import LongParagraphs
    from tutor.gui.checks.remote_grammar import run_check
    from tutor.gui.panes.soft_breaks import PiecedEdit
    from tutor.gui.checks.long_lived import resume_collection
    from tutor.gui.checks.worker import run_on_lane, run_safely

    editor = PiecedEdit()
    LongParagraphs(editor)
    editor.resize(520, 760)
    editor.show()
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(text) // 2)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    request = CheckRequest(0, window.source.passage, text, None, window.prefs.tolerance, window.grammar.engine)
    stop = threading.Event()

    def keep_checking() -> None:
        # Collection stays paused until the end here; the app's GUI thread resumes it (~1 ms) between checks.
        while not stop.is_set():
            if checking == "process":
                job = lambda: run_check(request, lambda _revision: True)  # noqa: E731
            else:
                job = lambda: check_in_this_process(request)  # noqa: E731
            run_safely(job) if checking == "collecting" else run_on_lane("check", job)

    worker = threading.Thread(target=keep_checking, daemon=True)
    if checking:
        worker.start()
    worst = typing_stall(app, editor)
    stop.set()
    if checking:
        worker.join(120)  # the check under way ends first: it would slow what is measured next
        resume_collection()
    editor.close()
    return worst


_local_engine = []


def check_in_this_process(request):
    """The app's check of ``request`` run here, with a grammar engine of this process (Harper and
    the learner rules, as the window's), the way checks ran before the check process."""
    from tutor.core.grammar.dictionary import PersonalDictionary
    from tutor.gui.checks.checking import build_grammar, check_here

    if not _local_engine:
        engine = build_grammar("harper", "british", "", "", PersonalDictionary(Path(tempfile.mkdtemp()) / "d.json"))
        engine.load_learner()
        _local_engine.append(engine)
    return check_here(request, _local_engine[0])


def typing_cost(app, editor, text: str) -> tuple[float, float, float]:
    """Median and worst ms per key press, typing in the middle of ``text`` in ``editor``
    (already shown), and the median ms of a repaint after each."""
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(text) // 2)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus()
    wait(app, 0.3)
    keys, paints = [], []
    for char in "and planners now treat rooftops as shared land ":
        started = time.perf_counter()
        press(editor, char)
        keys.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        editor.viewport().repaint()
        paints.append((time.perf_counter() - started) * 1000)
    return statistics.median(keys), max(keys), statistics.median(paints)


def bare_editor(app, text: str, economies: bool, pieces: bool = False) -> tuple[float, float]:
    """Median ms per key press and per repaint of a plain QPlainTextEdit holding ``text``, typing
    in the middle: what Qt itself costs, before anything of ours; with ``economies``, with the
    long-paragraph settings (``tutor.gui.panes.long_paragraphs``) and nothing else of ours; with
    ``pieces`` also, the paragraph shown in pieces (``tutor.gui.panes.soft_breaks``), no marks."""
    from PySide6.QtWidgets import QPlainTextEdit

    from tutor.gui.panes.long_paragraphs import LongParagraphs
    from tutor.gui.panes.soft_breaks import PiecedEdit

    editor = PiecedEdit() if pieces else QPlainTextEdit()
    if economies:
        LongParagraphs(editor)
    editor.resize(520, 760)
    editor.show()
    key, _worst, paint = typing_cost(app, editor, text)
    editor.close()
    return key, paint


def paste_dialog(app) -> list[str]:
    """The passage paste dialog: typing after a refused 200,000-word paste, and after the largest
    paste it accepts, all one paragraph."""
    from PySide6.QtCore import QMimeData

    from tutor.core.textfile import MAX_CHARS
    from tutor.gui.dialogs.paste_dialog import PasteDialog

    dialog = PasteDialog()
    dialog.show()
    out = []
    for label, words in (("a refused 200,000-word paste", 200_000), ("the largest paste it takes", 0)):
        text = precis_of(words) if words else precis_of(MAX_CHARS // 6)[:MAX_CHARS - 100]
        dialog.text.clear()
        mime = QMimeData()
        mime.setText(text)
        dialog.text.insertFromMimeData(mime)
        box = dialog.text.toPlainText()
        median, worst, paint = typing_cost(app, dialog.text, box) if box else typing_cost(app, dialog.text, "")
        out.append(f"paste dialog after {label} ({len(box):,} characters kept): key press median "
                   f"{median:.2f} ms, worst {worst:.2f} ms, repaint {paint:.2f} ms (target < 16 ms)")
    dialog.close()
    return out


def startup(with_precis: bool = False) -> tuple[float, float, float, dict[str, float]]:
    """(window usable, grammar ready) from launch, window usable from the app's own clock, and
    the app's own figures (seconds after its start). ``with_precis``: a précis with a Harper
    slip and a learner-rule slip is restored, so the first and the complete underlines count."""
    home = tempfile.mkdtemp(prefix="precis-bench-start-")
    env = dict(os.environ, PRECIS_TUTOR_HOME=home)
    if with_precis:
        from tutor.core.library import load_library
        from tutor.gui.drafts.autosave import Draft, DraftStore

        passage = load_library().passages[0]
        draft = Draft("library", passage.id, passage_title=passage.title, passage_text=passage.text,
                      precis="The farmers was pleased with the price. They will recieve the seeds.")
        DraftStore(Path(home)).save(draft, clean=True)
    launched = time.time()
    # Launched as a student's shortcut launches it: the ``precis-tutor`` command with no subcommand
    # (``python -m tutor`` runs the same ``tutor.cli.main``), so the command line's imports count.
    out = subprocess.run([sys.executable, "-m", "tutor", "--measure-startup", "--restore",
                          "yes" if with_precis else "no"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=180).stdout
    m = re.search(r"after ([\d.]+) s; grammar underlining ready after ([\d.]+) s \(epoch ([\d.]+) ([\d.]+)\)", out)
    if not m:
        raise SystemExit(f"could not read the start-up figures from: {out!r}")
    shown, ready, epoch_shown, epoch_ready = map(float, m.groups())
    figures = {k: float(v) for k, v in re.findall(r"(\w+) ([\d.]+|nan)(?:,|$)", out.splitlines()[-1])}
    return epoch_shown - launched, epoch_ready - launched, shown, figures


# The floors, each in a fresh process, wall seconds from launch: Harper alone (what the first
# underlines cannot beat: its dictionary is built once per process) and a bare Qt window.
_HARPER_ALONE = "import harper; harper.Linter(harper.Dialect.BRITISH).lint('They recieve it.')"
_QT_ALONE = ("from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit\n"
             "app = QApplication([]); w = QMainWindow(); w.setCentralWidget(QPlainTextEdit('x'))\n"
             "w.resize(1400, 820); w.show(); app.processEvents()")


def launch_to_exit(code: str) -> float:
    launched = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - launched


def startup_figures(starts: int) -> list[str]:
    """Medians of ``starts`` fresh launches with a draft restored, each beside the two floors
    measured just after it (the machine's load changes from minute to minute). The app's
    modules are byte-compiled first, as an installation has them (``PYTHONDONTWRITEBYTECODE``
    would otherwise make every launch compile them again)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "tutor"], cwd=ROOT, check=True, capture_output=True)
    keys = ("window_shown", "first_underlines", "first_feedback", "all_underlines")
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rows = []
    for _ in range(starts):
        shown, _ready, in_app, figures = startup(with_precis=True)
        from_launch = shown - in_app  # the interpreter's start before the app's clock
        rows.append([figures[k] + from_launch for k in keys] + [figures["longest_stall_ms"],
                    launch_to_exit(_HARPER_ALONE), launch_to_exit(_QT_ALONE)])
    shown, first, feedback, every, stall, harper, qt = (statistics.median(c) for c in zip(*rows))
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return [f"start-up with a draft restored, seconds from launch (median of {starts} fresh processes, "
            f"load average {load_before:.1f} before, {load_after:.1f} after): "
            f"window usable {shown:.2f}, first underlines (Harper) {first:.2f} (target 1.5), content "
            f"feedback {feedback:.2f}, every rule's underlines {every:.2f}; longest event-loop stall "
            f"meanwhile {stall:.0f} ms",
            f"  floors, each a fresh process: Harper alone (build its linter, lint one sentence) "
            f"{harper:.2f} s; a bare Qt window {qt:.2f} s"]


def main() -> None:
    if "--startup-only" in sys.argv:
        for line in startup_figures(STARTS):
            print(line)
        return
    app = QApplication.instance() or QApplication([])
    sys.setswitchinterval(0.001)  # as tutor.gui.app.main sets it
    window = make_window()
    wait(app, 20, lambda: window.grammar.engine is not None)
    median, worst, paint = keystroke_handler(app, window)
    print(f"keystroke handler, 400-word précis: median {median:.2f} ms, worst {worst:.2f} ms (target < 2 ms); "
          f"repaint {paint:.2f} ms")
    stall, revisions, applied = longest_stall(app, window)
    print(f"longest event-loop stall while typing with checks running: {stall:.1f} ms "
          f"over {revisions} edits and {applied} checks shown (target < 16 ms)")
    long_text = precis_of(20_000, misspelt_every=40)
    median, worst, paint = keystroke_handler(app, window, long_text, middle=True)
    print(f"keystroke handler, 20,000-word one-paragraph précis ({len(window.editor_pane.editor.marks.marks)} "
          f"marks): median {median:.2f} ms, worst {worst:.2f} ms (target < 2 ms); repaint {paint:.2f} ms")
    stall, revisions, applied = longest_stall(app, window)
    print(f"longest stall there while typing with checks running: {stall:.1f} ms "
          f"over {revisions} edits and {applied} checks shown (target < 16 ms)")
    print(f"  showing that précis's report once its check is done (the window's thread, while the student "
          f"has paused): {showing_report(app, window):.0f} ms (median of 3)")
    # The floors below are Qt's alone, not Qt's beside a running check, nor beside the window
    # showing its last report (the pause after typing starts one more check).
    wait(app, 120, lambda: not window.flow.busy)
    window.worker.drain()
    wait(app, 0.5)
    key, paint = bare_editor(app, long_text, economies=False)
    print(f"  floor, Qt alone: a bare QPlainTextEdit with that paragraph takes {key:.1f} ms a key press "
          f"(it lays the whole paragraph out again) and {paint:.1f} ms a repaint (medians)")
    key, paint = bare_editor(app, long_text, economies=True)
    print(f"  the same with the long-paragraph settings (layout cache, no OpenType shaping): "
          f"{key:.1f} ms a key press, {paint:.1f} ms a repaint")
    key, paint = bare_editor(app, long_text, economies=True, pieces=True)
    print(f"  and shown in pieces of about 2,000 characters (soft breaks), no marks: "
          f"{key:.2f} ms a key press, {paint:.2f} ms a repaint")
    quiet = stall_floor(app, window, long_text)
    busy = stall_floor(app, window, long_text, checking="process")
    print(f"  longest stall typing there in pieces with nothing of ours: {quiet:.1f} ms; the same while the "
          f"app's check of that précis runs over and over in the check process, as the worker runs it: "
          f"{busy:.1f} ms")
    from tutor.gui.checks.checking import CheckRequest

    check_in_this_process(CheckRequest(0, window.source.passage, "Roofs.", None, 0.1))  # load it first
    threaded = stall_floor(app, window, long_text, checking="thread")
    collecting = stall_floor(app, window, long_text, checking="collecting")
    print(f"  and as checks ran before the check process, in a thread of the window's process: "
          f"{threaded:.1f} ms, and without pausing Python's cyclic collector during each check: {collecting:.1f} ms")
    for line in paste_dialog(app):
        print(line)
    window.worker.drain()
    window.close()
    if "--no-startup" in sys.argv:
        return
    shown, ready, in_app, _ = startup()
    print(f"start-up from launch, no draft: usable window {shown:.2f} s (of which {in_app:.2f} s after the "
          f"app's imports), grammar underlining ready {ready:.2f} s")
    for line in startup_figures(STARTS):
        print(line)


if __name__ == "__main__":
    main()
