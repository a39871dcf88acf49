"""The ``.imr`` project file: reading, writing and summarising it.

``load_project`` / ``save_project`` work on files, ``loads`` / ``dumps`` on
bytes. Every problem with a file is a :class:`ProjectFileError` carrying a
plain-English message. See ``docs/FILE_FORMAT.md`` for the format itself.
"""

from .codec import dumps, loads
from .errors import ProjectFileError
from .project import load_project, save_project

__all__ = ["ProjectFileError", "dumps", "load_project", "loads", "save_project"]
