"""The app survives PySide6 6.12's reference leak on None (Python 3.11): long sessions must not crash."""

from __future__ import annotations

import subprocess
import sys

from tutor.gui.qt_compat import needs_guard


def test_only_the_broken_combination_is_guarded():
    assert needs_guard((6, 12, 0), (3, 11, 7))
    assert not needs_guard((6, 11, 3), (3, 11, 7))
    assert not needs_guard((6, 12, 0), (3, 12, 1))


def test_thousands_of_qt_calls_do_not_kill_the_interpreter():
    code = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "import tutor.gui\n"
            "from PySide6.QtCore import QObject, QTimer, Signal\n"
            "from PySide6.QtGui import QFont\n"
            "class Relay(QObject):\n    fired = Signal()\n"
            "relay, font, timer = Relay(), QFont(), QTimer()\n"
            "for _ in range(50_000):\n    font.setBold(True); timer.setInterval(5); relay.fired.emit()\n"
            "print('alive')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "alive" in result.stdout, result.stderr[-2000:]
