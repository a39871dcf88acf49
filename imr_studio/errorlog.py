"""The error log: what went wrong inside IMR Studio, kept in the user's own profile for force IT to read.

Only the program's own account of the fault is written (where in the code,
and the exception's message); never the IMR's text. The log keeps about a
megabyte, with the one before it as ``imr-studio.log.1``.
"""

from __future__ import annotations

import datetime
import traceback
from pathlib import Path
from types import TracebackType

from . import __version__
from .paths import state_dir

LOG_NAME = "imr-studio.log"
_LIMIT = 1_000_000


def log_path() -> Path:
    """Where the error log is: ``logs/imr-studio.log`` in the user's state folder."""
    folder = state_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_NAME


def record_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path | None:
    """Append an unexpected error to the log; the log's path, or None when it could not be written."""
    try:
        path = log_path()
        if path.exists() and path.stat().st_size > _LIMIT:
            path.replace(path.with_name(LOG_NAME + ".1"))
        stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
        text = "".join(traceback.format_exception(kind, error, trace))
        with path.open("a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"--- {stamp} IMR Studio {__version__}\n{text}\n")
        return path
    except OSError:
        return None
