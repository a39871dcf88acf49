"""The user's settings (recent files, report template), kept as JSON in the platformdirs config folder.

Plain Python, so the command line and the GUI share one source of truth.
A damaged settings file is set aside and replaced by defaults: settings are
a convenience and must never stop the application from starting.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import paths
from .storage.atomic import write_atomic

MAX_RECENT = 8
AUTOSAVE_SECONDS = 60


def _text_map(value: object) -> dict[str, str]:
    """The text-to-text entries of ``value`` (nothing when it is not a JSON object)."""
    if not isinstance(value, dict):
        return {}
    return {key: text for key, text in value.items() if isinstance(key, str) and isinstance(text, str)}


@dataclass
class Settings:
    """Everything IMR Studio remembers between sessions."""

    recent_files: list[str] = field(default_factory=list)
    report_template: str = ""
    """The force's own Word report template; empty for the one IMR Studio ships."""
    reviewer: str = ""
    """The review lead's name and role, as last given when starting review mode."""
    autosave_seconds: int = AUTOSAVE_SECONDS
    """The longest time unsaved work waits before it is written to a recovery file."""
    layout: dict[str, str] = field(default_factory=dict)
    """The window's size and the positions of its dividers, as Qt saved them (text), by name."""
    last_sections: dict[str, str] = field(default_factory=dict)
    """For each recently opened project file, the section the author was on, so it reopens there."""

    @classmethod
    def location(cls) -> Path:
        """Where the settings file lives."""
        return paths.config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """Read the settings; defaults when there are none or they cannot be read."""
        location = cls.location()
        try:
            raw = json.loads(location.read_text(encoding="utf-8"))
            recent = [str(p) for p in raw.get("recent_files", []) if isinstance(p, str)]
            template = raw.get("report_template", "")
            reviewer = raw.get("reviewer", "")
            autosave = raw.get("autosave_seconds", AUTOSAVE_SECONDS)
            layout = _text_map(raw.get("layout"))
            last_sections = _text_map(raw.get("last_sections"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, AttributeError):
            location.replace(location.with_suffix(".damaged.json"))
            return cls()
        return cls(
            recent_files=recent[:MAX_RECENT],
            report_template=template if isinstance(template, str) else "",
            reviewer=reviewer if isinstance(reviewer, str) else "",
            autosave_seconds=autosave if type(autosave) is int and autosave > 0 else AUTOSAVE_SECONDS,
            layout=layout,
            last_sections={path: section for path, section in last_sections.items() if path in recent},
        )

    def save(self) -> None:
        """Write the settings atomically."""
        write_atomic(self.location(), json.dumps(asdict(self), indent=2).encode("utf-8") + b"\n")

    def add_recent(self, path: Path) -> None:
        """Put ``path`` at the top of the recent files."""
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text][: MAX_RECENT - 1]
