"""The settings, kept as JSON: the force's for every user of a machine, then each user's own.

A force's IT team puts ``settings.json`` in the force's central folder
(:func:`imr_studio.paths.force_dir`)::

    {"defaults": {"autosave_seconds": 120, "report_template": "template.docx",
                  "protective_marking": "OFFICIAL-SENSITIVE"},
     "locked": ["report_template"]}

Its defaults apply until a user sets a value of their own; a locked setting is
the force's whatever the user's file says (a template path is read from the
central folder when it is not absolute). Each user's settings live in their
profile. Plain Python, so the command line and the GUI share one source of
truth. A damaged settings file is set aside (a user's) or passed over (the
force's), and defaults are used: settings are a convenience and must never
stop the application from starting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from . import paths
from .storage.atomic import write_atomic

MAX_RECENT = 8
AUTOSAVE_SECONDS = 60
FORCE_SETTABLE = ("report_template", "autosave_seconds", "protective_marking")
"""The settings a force may set for everyone (and lock)."""
_NOT_SAVED = ("origins",)


def _text_map(value: object) -> dict[str, str]:
    """The text-to-text entries of ``value`` (nothing when it is not a JSON object)."""
    if not isinstance(value, dict):
        return {}
    return {key: text for key, text in value.items() if isinstance(key, str) and isinstance(text, str)}


def _valid(raw: dict[str, Any]) -> dict[str, Any]:
    """The values of ``raw`` that are of the right kind, by setting name (anything else is left out)."""
    valid: dict[str, Any] = {}
    if isinstance(raw.get("recent_files"), list):
        valid["recent_files"] = [str(p) for p in raw["recent_files"] if isinstance(p, str)][:MAX_RECENT]
    for name in ("report_template", "protective_marking"):
        if isinstance(raw.get(name), str):
            valid[name] = raw[name]
    autosave = raw.get("autosave_seconds")
    if type(autosave) is int and autosave > 0:
        valid["autosave_seconds"] = autosave
    for name in ("layout", "last_sections"):
        if name in raw:
            valid[name] = _text_map(raw[name])
    return valid


def _force_settings() -> tuple[dict[str, Any], frozenset[str]]:
    """The force's defaults (templates made absolute) and the names it locks; nothing when it has none."""
    location = paths.force_dir() / "settings.json"
    try:
        raw = json.loads(location.read_text(encoding="utf-8"))
        defaults = {name: value for name, value in _valid(raw.get("defaults", {})).items() if name in FORCE_SETTABLE}
        locked = frozenset(name for name in raw.get("locked", []) if name in defaults)
    except (OSError, ValueError, AttributeError, TypeError):
        return {}, frozenset()
    if defaults.get("report_template"):
        defaults["report_template"] = str(paths.force_dir() / defaults["report_template"])
    return defaults, locked


@dataclass
class Settings:
    """Everything IMR Studio remembers between sessions."""

    recent_files: list[str] = field(default_factory=list)
    report_template: str = ""
    """The force's own Word report template; empty for the one IMR Studio ships."""
    autosave_seconds: int = AUTOSAVE_SECONDS
    """The longest time unsaved work waits before it is written to a recovery file."""
    protective_marking: str = ""
    """The protective marking a new IMR starts with; empty for the model's own default."""
    layout: dict[str, str] = field(default_factory=dict)
    """The window's size and the positions of its dividers, as Qt saved them (text), by name."""
    last_sections: dict[str, str] = field(default_factory=dict)
    """For each recently opened project file, the section the author was on, so it reopens there."""
    origins: dict[str, str] = field(default_factory=dict, compare=False)
    """Where each force-settable value came from: "force (locked)", "force" or "you" (IMR Studio's own default when absent)."""

    @classmethod
    def location(cls) -> Path:
        """Where the user's settings file lives."""
        return paths.config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """The force's settings overlaid by the user's own (a locked one stays the force's)."""
        defaults, locked = _force_settings()
        location = cls.location()
        try:
            mine = _valid(json.loads(location.read_text(encoding="utf-8")))
        except FileNotFoundError:
            mine = {}
        except (OSError, ValueError, AttributeError):
            location.replace(location.with_suffix(".damaged.json"))
            mine = {}
        values = {**defaults, **mine, **{name: defaults[name] for name in locked}}
        origins = {name: "force (locked)" if name in locked else "force" for name in defaults}
        origins.update({name: "you" for name in FORCE_SETTABLE if name in mine and name not in locked})
        settings = cls(**values, origins=origins)
        settings.last_sections = {p: s for p, s in settings.last_sections.items() if p in settings.recent_files}
        return settings

    def set_own(self, name: str, value: Any) -> bool:
        """Set ``name`` to the user's own ``value``; False (nothing changed) when the force has locked it."""
        if self.locked(name):
            return False
        setattr(self, name, value)
        if name in FORCE_SETTABLE:
            self.origins[name] = "you"
        return True

    def locked(self, name: str) -> bool:
        """True when the force has fixed setting ``name`` for everyone."""
        return self.origins.get(name) == "force (locked)"

    def origin(self, name: str) -> str:
        """Where the value of ``name`` comes from, in words: the force (locked), the force, you, or IMR Studio."""
        return self.origins.get(name, "IMR Studio's default")

    def save(self) -> None:
        """Write the user's own settings atomically: values the force gives (or locks) are left to the force."""
        defaults, locked = _force_settings()
        built_in = Settings()
        own = {}
        for item in fields(self):
            name = item.name
            value = getattr(self, name)
            if name in _NOT_SAVED or name in locked:
                continue
            if name in FORCE_SETTABLE and value == defaults.get(name, getattr(built_in, name)):
                continue  # inherited: a later change by the force applies
            own[name] = value
        write_atomic(self.location(), json.dumps(own, indent=2).encode("utf-8") + b"\n")

    def add_recent(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files."""
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text][: MAX_RECENT - 1]
