"""A window's hold on its project file: the lock, read-only opening, and changes made by others.

:class:`FileGuard` takes the lock when a project is opened, asks the user
what to do when someone else holds it (open read-only, or not at all) or
when no lock can be written, moves the lock on Save as and lets it go on
close. It remembers the file's content fingerprint when it was opened or
saved, so that Save can warn before replacing someone else's version.

While a project is open it watches the file and the lock every few
seconds: when someone else saves the file, the window is told (a read-only
window offers to reload it), and when someone takes the lock over, the
window is told at once and becomes read-only, so that its Save becomes
Save as and the other person's file is never replaced by an older view.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ...storage import CannotLock, LockHeld, ProjectLock, acquire_lock, fingerprint
from ...storage.lock import read_lock
from ..dialogs import questions

Buttons = QMessageBox.StandardButton
ReplaceChoice = Literal["replace", "save_as", "cancel"]
WATCH_MS = 3000
"""How often the file and its lock are looked at while a project is open."""


def _same_file(first: Path, second: Path) -> bool:
    return os.path.normcase(os.path.abspath(first)) == os.path.normcase(os.path.abspath(second))


def read_only_refusal(detail: str) -> str:
    """The message shown for every edit refused in a read-only window."""
    return f"This IMR is open read-only, so nothing in it can be changed: {detail} File › Save as makes a copy you can edit."


class FileGuard:
    """The lock and read-only state of the project shown in ``window``."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.path: Path | None = None
        """The project file the window shows (None for a project never saved)."""
        self.lock: ProjectLock | None = None
        """The lock this window holds (None when it holds none)."""
        self.read_only = ""
        """Why the project is open read-only, as :func:`read_only_refusal` words it; "" when editable."""
        self.fingerprint: str | None = None
        """The project file's content when this window opened or last saved it."""
        self.held: LockHeld | None = None
        """While open read-only because someone else holds the lock: who (for File › Edit anyway)."""
        self.label = QLabel("Read-only")
        """Shown in the status bar while the project is open read-only; its tooltip says why."""
        self.label.setAccessibleName("Read-only")
        self.label.setStyleSheet("font-weight: bold")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.on_changed: Callable[[], None] = lambda: None
        """Called when someone else has saved the file since this window opened or saved it."""
        self.on_lock_lost: Callable[[str], None] = lambda who: None
        """Called, with who took it, when someone else takes over the lock this window held."""
        self._seen: tuple[int, int] | None = None
        self._told: str | None = None
        self.timer = QTimer(window)
        """Looks at the file and its lock every :data:`WATCH_MS` milliseconds."""
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.watch)
        self.timer.start()

    def watch(self) -> None:
        """Look at the lock and the file once: tell the window what others have done since."""
        if self.path is None:
            return
        if self.lock is not None and self.lock.still_held() is False:
            holder = read_lock(self.path)
            who = holder.describe() if holder is not None else "someone else"
            self.lock = None  # not released: the lock file is someone else's now
            self._set(None, f"{who} took over editing it, so your copy can no longer be saved over the file.")
            self.on_lock_lost(who)
        try:
            status = os.stat(self.path)
        except OSError:
            return  # gone or not answering: Save says so when it comes to it
        seen = (status.st_size, status.st_mtime_ns)
        if seen == self._seen:
            return
        self._seen = seen
        current = fingerprint(self.path)
        if current is not None and current != self.fingerprint and current != self._told:
            self._told = current
            self.on_changed()

    def opened(self, fingerprint_now: str | None) -> None:
        """The window now shows the file as it is (opened, reloaded or saved): nothing to tell about it."""
        self.fingerprint = fingerprint_now
        self._told = None
        try:
            status = os.stat(self.path) if self.path is not None else None
        except OSError:
            status = None
        self._seen = (status.st_size, status.st_mtime_ns) if status is not None else None

    def _holds(self, path: Path) -> bool:
        return self.lock is not None and _same_file(self.lock.project, path)

    def is_for(self, path: Path | None) -> bool:
        """True when ``path`` is the project file this guard claimed."""
        return path is not None and self.path is not None and _same_file(self.path, path)

    def _set(self, lock: ProjectLock | None, detail: str) -> None:
        """Hold ``lock`` (letting go of any other); read-only for ``detail`` when it is not empty."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock
        self.held = None
        self.read_only = read_only_refusal(detail) if detail else ""
        self.label.setToolTip(detail)
        self.label.setAccessibleDescription(detail)
        self.label.setVisible(bool(detail))
        if detail:
            self._window.statusBar().showMessage(f"Read-only: {detail}", 15000)

    def claim(self, path: Path, opened_fingerprint: str | None) -> bool:
        """Lock ``path`` for the window that is about to show it, asking the user when that cannot be done.

        ``opened_fingerprint`` is the file's :func:`fingerprint` as it was
        read. False means the user chose not to open it after all; the lock
        held before is then kept.
        """
        if self._holds(path):
            self._set(self.lock, "")
        else:
            try:
                self._set(acquire_lock(path), "")
            except LockHeld as held:
                if not self._ask_read_only(held):
                    return False
                self._set(None, str(held))
                self.held = held
            except CannotLock as refused:
                answer = questions.ask(
                    self._window,
                    "Open for editing?",
                    f"{refused}\n\nWithout a lock, someone else could open it for editing at the same time.",
                    Buttons.Yes | Buttons.No | Buttons.Cancel,
                    Buttons.No,
                    {Buttons.Yes: "Open for editing", Buttons.No: "Open read-only"},
                )
                if answer == Buttons.Cancel:
                    return False
                detail = "" if answer == Buttons.Yes else f"no lock file can be written in its folder ({refused.reason})."
                self._set(None, detail)
        self.path = path
        self.opened(opened_fingerprint)
        return True

    def _ask_read_only(self, held: LockHeld) -> bool:
        answer = questions.ask(
            self._window,
            "Open read-only?",
            f"{held}\n\nOpen it read-only? You can read it but not change it, and File › Save as keeps "
            "a copy of your own. If nobody is editing it any more (the computer named was switched off, "
            "say), File › Edit anyway takes it over.",
            Buttons.Open | Buttons.Cancel,
            Buttons.Open,
            {Buttons.Open: "Open read-only"},
        )
        return answer == Buttons.Open

    def take_over(self) -> bool:
        """Edit a project opened read-only because of someone's lock, after the user confirms they are gone."""
        if self.held is None or self.path is None:
            return False
        answer = questions.ask(
            self._window,
            "Edit anyway?",
            f"{self.held}\n\nTake it over and edit it here? Do this only if nobody is editing it any more. "
            "If someone still is, whoever saves last replaces the other's work.",
            Buttons.Yes | Buttons.Cancel,
            Buttons.Cancel,
            {Buttons.Yes: "Take over and edit"},
        )
        if answer != Buttons.Yes:
            return False
        try:
            self._set(acquire_lock(self.path, take_over=True), "")
        except (LockHeld, CannotLock) as exc:
            QMessageBox.warning(self._window, "Still read-only", f"{exc}\n\nThe project stays read-only.")
            return False
        return True

    def release(self) -> None:
        """The window no longer shows a project file: let go of its lock."""
        self._set(None, "")
        self.path = None
        self.fingerprint = None

    def confirm_replacing(self, path: Path) -> ReplaceChoice:
        """Before Save replaces ``path``: ask when someone else has written it since it was opened or saved."""
        current = fingerprint(path)
        if current is None or current == self.fingerprint:
            return "replace"
        answer = questions.ask(
            self._window,
            "The file has changed",
            f"“{path.name}” has been changed on disk since you opened or last saved it: someone else may "
            "have saved their own version. Saving now would replace it with yours.",
            Buttons.Yes | Buttons.No | Buttons.Cancel,
            Buttons.Yes,
            {Buttons.Yes: "Save as a new file…", Buttons.No: "Replace the file on disk"},
        )
        return {Buttons.Yes: "save_as", Buttons.No: "replace"}.get(answer, "cancel")

    def lock_target(self, path: Path) -> ProjectLock | None | bool:
        """Before saving to ``path``: its lock (None when none can be written), or False when someone else has it open."""
        if self._holds(path):
            return self.lock
        try:
            return acquire_lock(path)
        except CannotLock:
            return None  # writing will say if the folder refuses the file too
        except LockHeld as held:
            QMessageBox.warning(self._window, "Not saved", f"{held}\n\nSave under another name, or ask them to close it first.")
            return False

    def written(self, path: Path, lock: ProjectLock | None, ok: bool) -> None:
        """After writing ``path`` under ``lock`` (from :meth:`lock_target`): hold it if ``ok``, else let it go."""
        if ok:
            self._set(lock, "")
            self.path = path
            self.opened(fingerprint(path))
        elif lock is not None and lock is not self.lock:
            lock.release()
