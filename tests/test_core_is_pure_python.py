import pkgutil
import subprocess
import sys

import tutor.core


def test_core_never_imports_qt():
    modules = [m.name for m in pkgutil.walk_packages(tutor.core.__path__, "tutor.core.")]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) > 10
