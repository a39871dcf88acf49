"""Storage that fails as real storage does: a full disk, a read-only folder, a file deleted or moved while
open, a folder that vanishes like an unplugged network drive, a path over Windows' 260 characters.

Each gets one clear message; nothing already saved is damaged; a save
elsewhere works. The permission cases run as an unprivileged account even
when the suite runs as root (as CI does), since root ignores permissions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from imr_studio.model.document import Document, ReviewDetails
from imr_studio.storage import ProjectFileError, load_project, save_project
from imr_studio.storage.atomic import backup_path
from imr_studio.storage.lock import CannotLock, acquire_lock

POSIX = os.name != "nt"


def _doc(reference: str, padding: int = 0) -> Document:
    return Document(review=ReviewDetails(reference=reference, review_name="x" * padding))


def as_unprivileged(action: Callable[[], None]) -> None:
    """Run ``action`` as an account that permissions bind: in a child process as ``nobody`` when this is root."""
    if not POSIX or os.geteuid() != 0:
        action()
        return
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, run, report
        os.close(read)
        code, message = 0, b""
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            action()
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent as text
            code, message = 1, f"{type(exc).__name__}: {exc}".encode()
        os.write(write, message)
        os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as stream:
        message = stream.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, message


@pytest.fixture
def shared():
    """A folder of its own that anyone may use, so that an unprivileged child can work in it."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="imr-studio-shared-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_a_read_only_folder_refuses_the_save_and_the_lock_and_keeps_the_file(shared: Path) -> None:
    def scenario() -> None:
        folder = shared / "readonly"
        folder.mkdir()
        project = folder / "review.imr"
        save_project(_doc("one"), project)
        before = project.read_bytes()
        folder.chmod(0o555)
        try:
            with pytest.raises(ProjectFileError, match=r"^Could not save .*The file on disk has not been changed\.$"):
                save_project(_doc("two"), project)
            with pytest.raises(CannotLock) as refused:
                acquire_lock(project)
            assert refused.value.reason == "the folder does not allow it"
            assert project.read_bytes() == before and load_project(project).review.reference == "one"
            elsewhere = shared / "elsewhere.imr"  # Save As elsewhere works
            save_project(_doc("two"), elsewhere)
            assert load_project(elsewhere).review.reference == "two"
        finally:
            folder.chmod(0o755)

    as_unprivileged(scenario)


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_a_file_nobody_may_read_gets_one_clear_line(shared: Path) -> None:
    project = shared / "private.imr"
    save_project(_doc("one"), project)
    project.chmod(0o600)

    def scenario() -> None:
        with pytest.raises(ProjectFileError, match="IMR Studio is not allowed to read it"):
            load_project(project)

    if os.geteuid() == 0:
        as_unprivileged(scenario)
    else:
        project.chmod(0o000)
        try:
            scenario()
        finally:
            project.chmod(0o600)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MB file system (tmpfs), when this machine lets the test mount one."""
    mount = tmp_path / "small"
    mount.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs Linux and root")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a file system")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_a_clear_error_and_the_saved_file_stays_whole(small_disk: Path) -> None:
    project = small_disk / "review.imr"
    save_project(_doc("one", padding=300_000), project)
    before = project.read_bytes()
    with pytest.raises(ProjectFileError, match="No space left on device. The file on disk has not been changed"):
        save_project(_doc("two", padding=700_000), project)
    assert project.read_bytes() == before
    assert [p.name for p in small_disk.iterdir() if p.name.endswith(".tmp")] == []  # no half-written litter
    assert not backup_path(project).exists() or load_project(backup_path(project))


def test_a_file_deleted_or_moved_while_open_is_saved_again_where_it_was(tmp_path: Path) -> None:
    project = tmp_path / "review.imr"
    document = _doc("one")
    save_project(document, project)
    project.rename(tmp_path / "moved.imr")
    document.review.reference = "two"
    save_project(document, project)  # the author's copy is written back whole
    assert load_project(project).review.reference == "two"
    assert load_project(tmp_path / "moved.imr").review.reference == "one"


def test_a_folder_that_vanishes_like_an_unplugged_drive_refuses_the_save_clearly(tmp_path: Path) -> None:
    drive = tmp_path / "share"
    drive.mkdir()
    project = drive / "review.imr"
    save_project(_doc("one"), project)
    shutil.rmtree(drive)
    with pytest.raises(ProjectFileError, match=r"^Could not save .*The file on disk has not been changed\.$"):
        save_project(_doc("two"), project)
    with pytest.raises(ProjectFileError, match="there is no such file"):
        load_project(project)
    save_project(_doc("two"), tmp_path / "rescued.imr")  # Save As elsewhere works
    assert load_project(tmp_path / "rescued.imr").review.reference == "two"


def test_a_path_longer_than_windows_260_characters_saves_and_opens(tmp_path: Path) -> None:
    folder = tmp_path
    while len(str(folder)) < 300:
        folder = folder / ("a folder with a long name " + str(len(str(folder))))
    folder.mkdir(parents=True)
    project = folder / "review.imr"
    assert len(str(project)) > 260
    save_project(_doc("deep"), project)
    assert load_project(project).review.reference == "deep"
