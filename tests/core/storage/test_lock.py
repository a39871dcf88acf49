"""The lock beside an open project: created atomically, refused while held, taken over when stale."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import msgspec
import pytest

from imr_studio.storage import CannotLock, LockHeld, acquire_lock
from imr_studio.storage import lock as lock_module
from imr_studio.storage.lock import LockInfo, lock_path, read_lock
from imr_studio.storage.session import Session, now


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "DHR 2024-07.imr"
    path.write_bytes(b"{}\n")
    return path


def _ended_pid() -> int:
    """The id of a process that has run and ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _write_lock(project: Path, **fields) -> None:
    me = Session.current()
    values = {"user": "jsmith", "host": me.host, "pid": me.pid, "started": "", "since": now(), **fields}
    lock_path(project).write_bytes(msgspec.json.encode(LockInfo(**values)))


def test_the_lock_is_a_hidden_file_beside_the_project_saying_who_holds_it(project: Path) -> None:
    lock = acquire_lock(project)
    assert lock.file == project.parent / ".~lock.DHR 2024-07.imr#"
    raw = msgspec.json.decode(lock.file.read_bytes())
    me = Session.current()
    assert (raw["user"], raw["host"], raw["pid"]) == (me.user, me.host, os.getpid())
    assert abs((now() - read_lock(project).since).total_seconds()) < 60
    lock.release()
    assert not lock.file.exists()
    assert project.read_bytes() == b"{}\n"


def test_a_lock_held_by_this_process_is_refused_and_says_so(project: Path) -> None:
    lock = acquire_lock(project)
    with pytest.raises(LockHeld) as held:
        acquire_lock(project)
    assert held.value.holder.pid == os.getpid()
    assert "another window of IMR Studio" in str(held.value)
    lock.release()
    acquire_lock(project).release()


def test_a_lock_held_by_a_running_process_on_this_computer_is_refused(project: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_lock(project, pid=sleeper.pid, user="jsmith")
        with pytest.raises(LockHeld) as held:
            acquire_lock(project)
        assert held.value.holder.user == "jsmith"
        assert "jsmith on this computer" in str(held.value)
    finally:
        sleeper.kill()
        sleeper.wait()
    acquire_lock(project).release()  # its holder has ended: the lock is stale now


def test_a_lock_left_by_an_ended_process_on_this_computer_is_taken_over(project: Path) -> None:
    _write_lock(project, pid=_ended_pid())
    lock = acquire_lock(project)
    assert read_lock(project).pid == os.getpid()
    lock.release()
    assert not lock_path(project).exists()


def test_a_process_id_used_again_by_another_process_does_not_keep_a_lock(project: Path) -> None:
    me = Session.current()
    if not me.started:
        pytest.skip("this system does not say when a process started")
    _write_lock(project, pid=me.pid, started="1")  # this id, but a process that started at another time
    lock = acquire_lock(project)
    assert read_lock(project).started == me.started
    lock.release()


def test_a_lock_from_another_computer_counts_as_held(project: Path) -> None:
    _write_lock(project, host="PC-0142", user="jsmith", pid=_ended_pid())
    with pytest.raises(LockHeld) as held:
        acquire_lock(project)
    assert held.value.holder.host == "PC-0142"
    assert "jsmith on the computer PC-0142, since" in str(held.value)
    assert read_lock(project).host == "PC-0142"  # left exactly as it was


def test_a_lock_being_written_counts_as_held_and_a_half_written_old_one_is_stale(project: Path) -> None:
    lock_path(project).write_bytes(b"")
    with pytest.raises(LockHeld) as held:
        acquire_lock(project)
    assert held.value.holder is None and "cannot be read" in str(held.value)
    old = time.time() - 3600
    os.utime(lock_path(project), (old, old))
    acquire_lock(project).release()


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS])
def test_a_folder_where_no_lock_can_be_written_is_reported_not_fatal(project: Path, monkeypatch, code) -> None:
    real_open = os.open

    def refusing(path, *args, **kwargs):
        if Path(path) == lock_path(project):
            raise (PermissionError if code == errno.EACCES else OSError)(code, os.strerror(code))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(lock_module.os, "open", refusing)
    with pytest.raises(CannotLock) as refused:
        acquire_lock(project)
    assert "cannot stop someone else editing" in str(refused.value)
    assert refused.value.reason
    assert not lock_path(project).exists()


def test_a_missing_folder_cannot_be_locked(tmp_path: Path) -> None:
    with pytest.raises(CannotLock) as refused:
        acquire_lock(tmp_path / "gone" / "x.imr")
    assert refused.value.reason == "the folder is not there"


def test_release_leaves_a_lock_someone_else_took_over(project: Path) -> None:
    lock = acquire_lock(project)
    _write_lock(project, host="PC-0142")
    lock.release()
    assert read_lock(project).host == "PC-0142"
    lock_path(project).unlink()
    lock.release()  # nothing left to release: no error


def test_of_many_processes_trying_at_once_exactly_one_gets_the_lock(project: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from imr_studio.storage import LockHeld, acquire_lock
        sys.stdin.readline()  # start together
        try:
            lock = acquire_lock({str(project)!r})
        except LockHeld:
            print("held", flush=True)
        else:
            print("got", flush=True)
            sys.stdin.readline()  # hold it until every process has tried
            lock.release()
        """
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    results = [process.stdout.readline().strip() for process in processes]
    for process in processes:
        process.communicate("done\n", timeout=60)
    assert sorted(results) == ["got"] + ["held"] * 5
    assert not lock_path(project).exists()


def test_the_lock_file_is_written_in_binary_mode(project: Path, monkeypatch) -> None:
    """On Windows a text-mode write turns "\\n" into "\\r\\n" and the lock would never be released."""
    monkeypatch.setattr(os, "O_BINARY", 0x8000, raising=False)
    real_open = os.open
    flags_seen = []

    def recording_open(path, flags, *args):
        flags_seen.append(flags)
        return real_open(path, flags & ~0x8000, *args)

    monkeypatch.setattr(os, "open", recording_open)
    lock = acquire_lock(project)
    assert flags_seen and flags_seen[0] & 0x8000
    lock.release()
    assert not lock.file.exists()


def test_taking_over_a_stale_lock_never_removes_a_fresh_one_written_meanwhile(project: Path, monkeypatch) -> None:
    _write_lock(project, pid=_ended_pid(), started="")
    fresh = msgspec.json.encode(LockInfo(user="rdenholm", host="PC-0142", pid=4242, started="", since=now()))
    real_rename = os.rename

    def someone_else_first(source, target):
        # Another copy of IMR Studio took over the stale lock just before this one.
        Path(source).write_bytes(fresh)
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", someone_else_first)
    with pytest.raises(LockHeld) as held:
        acquire_lock(project)
    assert held.value.holder.user == "rdenholm"
    assert lock_path(project).read_bytes() == fresh
    assert [p.name for p in project.parent.iterdir() if p.name.endswith(".old")] == []


def test_a_lock_can_be_taken_over_when_the_user_says_its_holder_is_gone(project: Path) -> None:
    _write_lock(project, host="PC-0142", user="rdenholm")
    with pytest.raises(LockHeld):
        acquire_lock(project)
    lock = acquire_lock(project, take_over=True)
    assert read_lock(project).pid == os.getpid()
    lock.release()
    assert not lock_path(project).exists()
