"""The student's preferences, kept in ``data_dir()/settings.ini`` (so tests stay isolated).

Every key is read by name with its type checked: a misspelt or damaged value
falls back to the default instead of reaching the app.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QSettings

from tutor.core.exam import DEFAULT_MINUTES, MINUTES_RANGE
from tutor.core.grammar.harper_engine import DIALECTS
from tutor.core.userdata import data_dir

ENGINES = ("harper", "languagetool", "off")
THEMES = ("system", "light", "dark")
ZOOM_STEPS = (-2, 15)  # each step is 10% of the base font size: 80% to 250% (presentation)
TOLERANCES = (0.05, 0.25)
FILE_NAME = "settings.ini"


@dataclass(frozen=True)
class Preferences:
    engine: str = "harper"
    dialect: str = "british"
    lt_server: str = ""
    lt_folder: str = ""
    tolerance: float = 0.10
    zoom: int = 0
    theme: str = "system"
    exam_minutes: int = DEFAULT_MINUTES

    def grammar_key(self) -> tuple[str, str, str, str]:
        """What the grammar engine is built from: a change here means a new engine."""
        return self.engine, self.dialect, self.lt_server, self.lt_folder


def open_store() -> QSettings:
    return QSettings(str(data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def _choice(value: object, allowed: tuple[str, ...] | dict, default: str) -> str:
    text = str(value).strip().lower() if value is not None else ""
    return text if text in allowed else default


def _number(value: object, low: float, high: float, default: float, kind: type = float):
    try:
        number = kind(float(value))  # QSettings gives ini values back as strings
    except (TypeError, ValueError):
        return default
    return min(high, max(low, number))


def load_preferences(store: QSettings) -> Preferences:
    d = Preferences()
    get = store.value
    return Preferences(
        engine=_choice(get("grammar/engine"), ENGINES, d.engine),
        dialect=_choice(get("grammar/dialect"), DIALECTS, d.dialect),
        lt_server=str(get("grammar/lt_server") or "").strip(),
        lt_folder=str(get("grammar/lt_folder") or "").strip(),
        tolerance=_number(get("target/tolerance"), *TOLERANCES, d.tolerance),
        zoom=_number(get("view/zoom"), *ZOOM_STEPS, d.zoom, int),
        theme=_choice(get("view/theme"), THEMES, d.theme),
        exam_minutes=_number(get("exam/minutes"), *MINUTES_RANGE, d.exam_minutes, int),
    )


_KEYS = {"engine": "grammar/engine", "dialect": "grammar/dialect", "lt_server": "grammar/lt_server",
         "lt_folder": "grammar/lt_folder", "tolerance": "target/tolerance", "zoom": "view/zoom",
         "theme": "view/theme", "exam_minutes": "exam/minutes"}


def save_preferences(store: QSettings, prefs: Preferences) -> None:
    for f in fields(prefs):
        store.setValue(_KEYS[f.name], getattr(prefs, f.name))
    store.sync()


def with_zoom(prefs: Preferences, steps: int) -> Preferences:
    low, high = ZOOM_STEPS
    return replace(prefs, zoom=min(high, max(low, steps)))
