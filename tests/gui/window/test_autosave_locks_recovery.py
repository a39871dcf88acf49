"""Nothing is lost: autosave, recovery after a crash, and the lock that keeps a second editor read-only."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from imr_studio.gui import app as gui_app
from imr_studio.gui.window import file_guard
from imr_studio.gui.window.main_window import MainWindow
from imr_studio.gui.dialogs.recovery import RecoveryDialog
from imr_studio.model.access import Restriction
from imr_studio.model.document import Document, ReviewDetails
from imr_studio.settings import Settings
from imr_studio.storage import CannotLock, RecoverySlot, dumps, load_project, save_project
from imr_studio.storage.lock import LockInfo, lock_path, read_lock
from imr_studio.storage.recovery import RecoveryHeader, recovery_folder
from imr_studio.storage.session import Session, now
from tests.gui.gui_driving import field

Buttons = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def own_state_folder(tmp_path: Path, monkeypatch) -> None:
    """Recovery files of this test only (a subprocess inherits the folder)."""
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path / "profile"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A saved project with a reference, in a folder of its own."""
    path = tmp_path / "cases" / "DHR-2024-07.imr"
    path.parent.mkdir()
    save_project(Document(review=ReviewDetails(reference="DHR-2024-07")), path)
    return path


def _recovery_files() -> list[Path]:
    return sorted(recovery_folder().glob("*.imr-recovery"))


def _ended_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _autosave_soon(window: MainWindow) -> None:
    window.settings.autosave_seconds = 1


def _type_and_wait_for_autosave(qtbot, window: MainWindow, name: str, text: str) -> Path:
    """Type ``text`` into the field ``name`` and wait for the recovery file to hold it; return the file."""
    _autosave_soon(window)
    qtbot.keyClicks(field(window, name), text)
    slot = window.autosaver.slot
    qtbot.waitUntil(lambda: slot.file.exists() and text.encode() in slot.file.read_bytes(), timeout=10000)
    return slot.file


def _crash(window: MainWindow) -> Path:
    """Make ``window`` stop as a crash would: its recovery file and lock stay, left by a process that ended.

    Returns the recovery file left behind.
    """
    ended = _ended_pid()
    file = window.autosaver.slot.file
    first_line, _, body = file.read_bytes().partition(b"\n")
    header = msgspec.json.decode(first_line, type=RecoveryHeader)
    left = file.with_name("crashed." + file.name)
    left.write_bytes(msgspec.json.encode(msgspec.structs.replace(header, pid=ended, started="")) + b"\n" + body)
    file.unlink()
    window.autosaver.close()  # this window autosaves no more
    if window.guard.lock is not None:
        holder = read_lock(window.guard.lock.project)
        window.guard.lock.file.write_bytes(msgspec.json.encode(msgspec.structs.replace(holder, pid=ended, started="")))
    return left


def _close_without_saving(window: MainWindow) -> None:
    window.bridge.editor.mark_saved()
    window.close()
    window.deleteLater()


def _when_the_dialog_shows(handle_dialog, attempts: int = 200) -> None:
    """Call ``handle_dialog(dialog)`` as soon as the recovery dialog is up (it is modal: poll for it)."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, RecoveryDialog):
        handle_dialog(dialog)
    elif attempts:
        QTimer.singleShot(20, lambda: _when_the_dialog_shows(handle_dialog, attempts - 1))


def _start_app(monkeypatch, handle_dialog, path: Path | None = None) -> tuple[MainWindow, list[str]]:
    """Start IMR Studio as ``imr-studio-gui`` does; ``handle_dialog(dialog)`` answers the recovery dialog.

    Returns the window and the texts the recovery dialog listed (none if it did not appear).
    """
    windows: list[MainWindow] = []
    listed: list[str] = []
    earlier = set(QApplication.topLevelWidgets())

    def fake_exec(*_args):
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in earlier)
        return 0

    def answer(dialog: RecoveryDialog) -> None:
        listed.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        handle_dialog(dialog)

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    QTimer.singleShot(0, lambda: _when_the_dialog_shows(answer))
    assert gui_app.run(path) == 0
    [window] = windows
    return window, listed


def _save_as(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))


# --- autosave -------------------------------------------------------------------------------


def test_edits_are_autosaved_to_a_recovery_file_and_a_save_empties_it(qtbot, window, project) -> None:
    assert window.open_path(project)
    file = _type_and_wait_for_autosave(qtbot, window, "agency", "Northshire Police")
    first_line, _, body = file.read_bytes().partition(b"\n")
    header = msgspec.json.decode(first_line, type=RecoveryHeader)
    assert (header.name, header.original) == ("DHR-2024-07.imr", str(project))
    assert body == dumps(window.bridge.document)
    assert load_project(project).review.agency == ""  # autosave never touches the project file

    window.commands.save.trigger()
    assert not window.isWindowModified()
    assert load_project(project).review.agency == "Northshire Police"
    assert _recovery_files() == []


def test_undoing_back_to_the_saved_state_leaves_nothing_to_recover(qtbot, window) -> None:
    _type_and_wait_for_autosave(qtbot, window, "agency", "N")
    window.commands.undo.trigger()
    assert not window.isWindowModified()
    assert _recovery_files() == []


def test_a_failing_autosave_says_so_once(qtbot, window, monkeypatch) -> None:
    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(RecoverySlot, "write", full_disk)
    told: list[str] = []
    window.autosaver.problem.connect(told.append)
    _autosave_soon(window)
    qtbot.keyClicks(field(window, "agency"), "N")
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10000)
    assert "No space left on device" in window.statusBar().currentMessage()
    qtbot.keyClicks(field(window, "agency"), "S")
    assert not window.autosaver.write_now()
    assert len(told) == 1
    monkeypatch.undo()
    assert window.autosaver.write_now()
    assert b'"agency": "NS"' in window.autosaver.slot.file.read_bytes()


# --- recovery after a crash ---------------------------------------------------------------


def test_after_a_crash_the_next_start_offers_the_work_and_restore_brings_it_back(qtbot, window, project, monkeypatch) -> None:
    assert window.open_path(project)
    _type_and_wait_for_autosave(qtbot, window, "agency", "Northshire Police")
    left = _crash(window)
    before = project.read_bytes()

    restarted, listed = _start_app(monkeypatch, lambda dialog: dialog.restore_button.click())
    assert len(listed) == 1
    assert "DHR-2024-07.imr" in listed[0] and str(project) in listed[0] and "Last autosaved at" in listed[0]
    assert "changed" not in listed[0]
    assert restarted.bridge.document.review.agency == "Northshire Police"
    assert field(restarted, "agency").text() == "Northshire Police"
    assert restarted.isWindowModified() and restarted.bridge.editor.is_modified
    assert restarted.path == project
    assert project.read_bytes() == before  # restoring never writes the original
    assert not left.exists()  # kept in the new session's own recovery file instead
    assert restarted.autosaver.slot.file.exists()
    assert "Restored the unsaved work" in restarted.statusBar().currentMessage()

    restarted.commands.save.trigger()  # Save writes to the original file
    assert load_project(project).review.agency == "Northshire Police"
    assert _recovery_files() == []
    _close_without_saving(restarted)


def test_later_keeps_the_work_and_discard_asks_then_removes_it(qtbot, window, monkeypatch) -> None:
    _type_and_wait_for_autosave(qtbot, window, "reviewName", "DHR Example")
    left = _crash(window)

    later, listed = _start_app(monkeypatch, lambda dialog: dialog.later_button.click())
    assert "Never saved to a file" in listed[0] and "Untitled (DHR Example)" in listed[0]
    assert left.exists() and later.bridge.document.review.review_name == ""
    _close_without_saving(later)

    asked: list[str] = []
    answers = [Buttons.Cancel, Buttons.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answers.pop(0))

    def discard_twice(dialog: RecoveryDialog) -> None:
        dialog.discard_button.click()  # cancelled: still there
        assert left.exists() and dialog.isVisible()
        dialog.discard_button.click()

    discarded, _ = _start_app(monkeypatch, discard_twice)
    assert len(asked) == 2 and "cannot be recovered" in asked[0]
    assert not left.exists()
    _close_without_saving(discarded)


def test_the_dialog_says_when_the_original_changed_since(qtbot, window, project, monkeypatch) -> None:
    assert window.open_path(project)
    _type_and_wait_for_autosave(qtbot, window, "agency", "Northshire Police")
    _crash(window)
    save_project(Document(review=ReviewDetails(reference="someone else's")), project)

    restarted, listed = _start_app(monkeypatch, lambda dialog: dialog.restore_button.click())
    assert "has been changed since this work was based on it" in listed[0]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or Buttons.Cancel)
    assert not restarted.save()
    assert "changed on disk" in asked[0]
    assert load_project(project).review.reference == "someone else's"
    _close_without_saving(restarted)


def test_a_damaged_recovery_file_is_listed_and_cannot_be_restored(qtbot, monkeypatch) -> None:
    recovery_folder().mkdir(parents=True, exist_ok=True)
    damaged = recovery_folder() / "untitled.00000000.imr-recovery"
    damaged.write_bytes(b"half a file")
    states: list[bool] = []

    def look(dialog: RecoveryDialog) -> None:
        states.append(dialog.restore_button.isEnabled())
        dialog.later_button.click()

    window, listed = _start_app(monkeypatch, look)
    assert "cannot be restored" in listed[0] and states == [False]
    assert damaged.exists()
    _close_without_saving(window)


def test_a_real_crash_is_offered_at_the_next_start(qtbot, project, monkeypatch) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QLineEdit
        from imr_studio.gui.widgets.forms import child
        from imr_studio.gui.window.main_window import MainWindow
        from imr_studio.settings import Settings
        from imr_studio.storage.recovery import recovery_folder

        app = QApplication(sys.argv[:1])
        window = MainWindow(Settings(autosave_seconds=1), start_empty=False)
        assert window.open_path(Path(sys.argv[1]), ask=False)
        window.show()
        QTest.keyClicks(child(window.current_page().body, QLineEdit, "agency"), "typed before the crash")

        def report_when_autosaved():
            if list(recovery_folder().glob("*.imr-recovery")):
                print("autosaved", flush=True)
            else:
                QTimer.singleShot(50, report_when_autosaved)

        report_when_autosaved()
        app.exec()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-c", script, str(project)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout.readline().strip() == "autosaved"
    finally:
        process.kill()  # SIGKILL: no clean-up of any kind
        process.communicate(timeout=60)
    assert read_lock(project).pid == process.pid  # the crash left its lock behind too
    before = project.read_bytes()

    restarted, listed = _start_app(monkeypatch, lambda dialog: dialog.restore_button.click())
    assert len(listed) == 1 and "DHR-2024-07.imr" in listed[0]
    assert restarted.bridge.document.review.agency == "typed before the crash"
    assert restarted.isWindowModified() and restarted.path == project
    assert not restarted.guard.read_only  # the dead session's lock was stale, and is now this window's
    assert read_lock(project).pid == os.getpid()
    assert project.read_bytes() == before
    _close_without_saving(restarted)
    assert not lock_path(project).exists()


# --- the lock -----------------------------------------------------------------------------


def _locked_on_another_computer(project: Path) -> None:
    me = Session.current()
    holder = LockInfo(user="jsmith", host="PC-0142", pid=me.pid, since=now())
    lock_path(project).write_bytes(msgspec.json.encode(holder))


def test_a_file_locked_on_another_computer_opens_read_only_and_save_as_makes_an_editable_copy(
    qtbot, window, project, tmp_path, monkeypatch
) -> None:
    _locked_on_another_computer(project)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or Buttons.Open)
    assert window.open_path(project)
    assert "jsmith on the computer PC-0142, since" in asked[0] and "read-only" in asked[0]
    assert "(read-only)" in window.windowTitle()
    assert not window.guard.label.isHidden()
    assert window.commands.save.text() == "&Save a copy…"  # Save keeps a copy: their file is never replaced

    agency = field(window, "agency")
    qtbot.keyClicks(agency, "X")
    assert window.bridge.document.review.agency == ""
    assert agency.text() == ""
    assert "open read-only" in window.statusBar().currentMessage()
    assert window.banner.isVisible() and "PC-0142" in window.banner.text()
    assert "PC-0142" in window.statusBar().currentMessage()
    assert not window.isWindowModified()

    copy = tmp_path / "my copy.imr"
    _save_as(monkeypatch, copy)
    window.commands.save_as.trigger()
    assert load_project(copy).review.reference == "DHR-2024-07"
    assert read_lock(copy).pid == os.getpid()
    assert read_lock(project).host == "PC-0142"  # the other person's lock is theirs
    assert "(read-only)" not in window.windowTitle() and window.commands.save.isEnabled()
    assert window.guard.label.isHidden()
    qtbot.keyClicks(agency, "Northshire")
    assert window.bridge.document.review.agency == "Northshire"


def test_cancel_at_the_lock_question_keeps_what_was_open(window, project, monkeypatch) -> None:
    _locked_on_another_computer(project)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: Buttons.Cancel)
    assert not window.open_path(project)
    assert window.path is None and not window.guard.read_only


def test_a_folder_that_cannot_hold_a_lock_lets_the_user_choose(window, project, monkeypatch) -> None:
    def cannot(path):
        raise CannotLock(Path(path), "the folder does not allow it")

    monkeypatch.setattr(file_guard, "acquire_lock", cannot)
    answers = [Buttons.No, Buttons.Yes]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answers.pop(0))
    assert window.open_path(project)
    assert "cannot stop someone else editing" in asked[0]
    assert window.guard.read_only and "(read-only)" in window.windowTitle()
    window.new_document()
    assert window.open_path(project)
    assert not window.guard.read_only and window.commands.save.isEnabled()


def test_save_as_onto_a_file_someone_is_editing_is_refused(window, project, tmp_path, monkeypatch) -> None:
    _locked_on_another_computer(project)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    _save_as(monkeypatch, project)
    before = project.read_bytes()
    assert not window.save_as()
    assert "PC-0142" in warned[0]
    assert project.read_bytes() == before


def test_the_lock_follows_the_window_and_goes_when_it_closes(qtbot, project, tmp_path, monkeypatch) -> None:
    window = MainWindow(Settings())
    window.show()
    assert window.open_path(project)
    assert read_lock(project).pid == os.getpid()
    window.new_document()
    assert not lock_path(project).exists()

    assert window.open_path(project)
    assert window.open_path(project, ask=False)  # opening it again in the same window keeps the lock
    assert read_lock(project).pid == os.getpid()
    moved = tmp_path / "moved.imr"
    _save_as(monkeypatch, moved)
    assert window.save_as()
    assert not lock_path(project).exists() and read_lock(moved).pid == os.getpid()

    window.close()
    window.deleteLater()
    assert not lock_path(moved).exists()
    assert _recovery_files() == []


def test_a_second_window_of_the_same_session_is_told_it_is_open_elsewhere(qtbot, window, project, monkeypatch) -> None:
    assert window.open_path(project)
    other = MainWindow(Settings())
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or Buttons.Open)
    assert other.open_path(project)
    assert "another window of IMR Studio" in asked[0] and other.guard.read_only
    other.close()
    other.deleteLater()
    assert read_lock(project).pid == os.getpid()  # the first window still holds it


# --- saving over someone else's changes ------------------------------------------------------


def test_save_warns_when_someone_else_wrote_the_file_and_offers_save_as(qtbot, window, project, tmp_path, monkeypatch) -> None:
    assert window.open_path(project)
    qtbot.keyClicks(field(window, "agency"), "Mine")
    save_project(Document(review=ReviewDetails(reference="theirs")), project)
    answers = [Buttons.Yes, Buttons.No]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answers.pop(0))
    mine = tmp_path / "mine.imr"
    _save_as(monkeypatch, mine)

    assert window.save()  # Yes: Save as
    assert "changed on disk" in asked[0]
    assert load_project(project).review.reference == "theirs"
    assert load_project(mine).review.agency == "Mine"

    save_project(Document(review=ReviewDetails(reference="theirs again")), mine)
    qtbot.keyClicks(field(window, "agency"), "!")
    assert window.save()  # No: replace it
    assert load_project(mine).review.agency == "Mine!"
    assert len(asked) == 2


def test_saving_keeps_review_mode_and_a_locked_file_keeps_nothing_writable(
    window, project, tmp_path, monkeypatch, as_account
) -> None:
    as_account("opryde")
    window.review_mode.action.setChecked(True)
    _save_as(monkeypatch, tmp_path / "reviewed.imr")
    assert window.save_as()
    assert window.bridge.editor.restriction is Restriction.REVIEW_MODE
    assert window.bridge.set(("quality", "decided_texts"), [])  # one of the review lead's own records

    _locked_on_another_computer(project)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: Buttons.Open)
    assert window.open_path(project, ask=False)
    assert window.bridge.editor.restriction is Restriction.OPEN_READ_ONLY
    refused: list[str] = []
    window.bridge.edit_refused.connect(refused.append)
    assert not window.bridge.set(("quality", "decided_texts"), [])
    assert "open read-only" in refused[0]
    assert window.banner.text() == refused[0]


def test_file_menu_offers_the_work_left_behind_again(qtbot, window, monkeypatch) -> None:
    window.commands.recover.trigger()
    assert "no unsaved work" in window.statusBar().currentMessage()

    _type_and_wait_for_autosave(qtbot, window, "reviewName", "DHR Menu")
    left = _crash(window)
    later, listed = _start_app(monkeypatch, lambda dialog: dialog.later_button.click())
    assert left.exists()

    QTimer.singleShot(0, lambda: _when_the_dialog_shows(lambda dialog: dialog.restore_button.click()))
    later.commands.recover.trigger()
    assert later.bridge.document.review.review_name == "DHR Menu"
    assert later.isWindowModified()
    _close_without_saving(later)


def test_edit_anyway_takes_over_a_lock_whose_holder_has_gone(qtbot, window, project, monkeypatch) -> None:
    _locked_on_another_computer(project)
    answers = [Buttons.Open, Buttons.Yes]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answers.pop(0))
    assert not window.commands.edit_anyway.isEnabled()
    assert window.open_path(project)
    assert "File › Edit anyway takes it over" in asked[0]
    assert window.commands.edit_anyway.isEnabled()
    window.commands.edit_anyway.trigger()
    assert "whoever saves last replaces the other's work" in asked[1]
    assert not window.guard.read_only and window.commands.save.isEnabled()
    assert not window.commands.edit_anyway.isEnabled()
    assert read_lock(project).pid == os.getpid() and read_lock(project).host != "PC-0142"
    qtbot.keyClicks(field(window, "agency"), "Northshire")
    assert window.bridge.document.review.agency == "Northshire"


def test_review_mode_still_keeps_the_authors_text_after_save_as_from_a_locked_file(
    qtbot, window, project, tmp_path, monkeypatch, as_account
) -> None:
    as_account("opryde")
    window.review_mode.action.trigger()
    _locked_on_another_computer(project)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: Buttons.Open)
    assert window.open_path(project)
    _save_as(monkeypatch, tmp_path / "reviewed copy.imr")
    assert window.save_as()
    assert not window.guard.read_only
    window.navigator.setCurrentRow(0)
    qtbot.keyClicks(field(window, "agency"), "X")
    assert window.bridge.document.review.agency == ""
    assert "Review mode is on" in window.statusBar().currentMessage()


def test_several_pieces_of_unsaved_work_are_offered_together_and_each_can_be_saved_as_a_file(
        qtbot, window, monkeypatch, tmp_path) -> None:
    _type_and_wait_for_autosave(qtbot, window, "reviewName", "DHR Alpha")
    first = _crash(window)
    second_window = MainWindow(Settings())
    qtbot.addWidget(second_window)
    second_window.show()
    _type_and_wait_for_autosave(qtbot, second_window, "reviewName", "DHR Beta")
    second = _crash(second_window)
    second_window.bridge.editor.mark_saved()
    second_window.close()
    targets = iter([tmp_path / "alpha.imr", tmp_path / "beta.imr"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(next(targets)), ""))

    def save_both(dialog: RecoveryDialog) -> None:
        assert dialog.list.count() == 2
        dialog.list.setCurrentRow(0)
        dialog.save_button.click()
        assert dialog.list.count() == 1 and dialog.isVisible()
        dialog.save_button.click()  # the last one: the dialog closes

    started, listed = _start_app(monkeypatch, save_both)
    assert len(listed) == 2 and {"DHR Alpha", "DHR Beta"} <= {line.split("(")[1].rstrip(")") for text in listed
                                                              for line in text.splitlines()[:1]}
    names = {load_project(tmp_path / "alpha.imr").review.review_name, load_project(tmp_path / "beta.imr").review.review_name}
    assert names == {"DHR Alpha", "DHR Beta"}
    assert not first.exists() and not second.exists()
    _close_without_saving(started)


def _two_windows_on(qtbot, window, project, monkeypatch) -> MainWindow:
    """``window`` edits ``project``; a second window (someone else) opens it read-only. Returns the second."""
    assert window.open_path(project)
    other = MainWindow(Settings())
    qtbot.addWidget(other)
    other.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: Buttons.Open)  # "Open read-only"
    assert other.open_path(project, ask=False)
    assert other.guard.read_only
    return other


def test_a_read_only_window_notices_a_save_by_the_editor_and_reloads(qtbot, window, project, monkeypatch) -> None:
    other = _two_windows_on(qtbot, window, project, monkeypatch)
    window.bridge.set(("review", "agency"), "Saved by the first window")
    assert window.save()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or Buttons.Yes)  # Reload
    other.guard.watch()
    assert "Reload it to see their version?" in asked[0]
    assert other.bridge.document.review.agency == "Saved by the first window"
    other.guard.watch()  # nothing new since: nothing asked again
    assert len(asked) == 1
    other.bridge.editor.mark_saved()
    other.close()


def test_edit_anyway_reloads_from_disk_and_the_window_that_lost_the_lock_is_told_at_once(
        qtbot, window, project, monkeypatch) -> None:
    other = _two_windows_on(qtbot, window, project, monkeypatch)
    window.bridge.set(("review", "agency"), "The first window's unsaved change")
    # Meanwhile the file on disk moves on (the first window saved earlier, say).
    on_disk = load_project(project)
    on_disk.review.reference = "Newer on disk"
    save_project(on_disk, project)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: Buttons.Yes)  # "Take over and edit"
    other.commands.edit_anyway.trigger()
    assert not other.guard.read_only and other.bridge.document.review.reference == "Newer on disk"

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window.guard.watch()
    assert "took over editing" in told[0] and "Save as" in told[0]
    assert window.guard.read_only and window.bridge.document.review.agency == "The first window's unsaved change"
    saved_as: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: saved_as.append("asked") or ("", ""))
    window.commands.save.trigger()  # Save is Save as now: the other person's file is never replaced
    assert saved_as == ["asked"] and load_project(project).review.reference == "Newer on disk"
    window.bridge.editor.mark_saved()
    other.bridge.editor.mark_saved()
    other.close()
