"""Saving is atomic, keeps a backup, and a failed save changes nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from imr_studio.model.document import Document, ReviewDetails
from imr_studio.storage import ProjectFileError, dumps, load_project, save_project
from imr_studio.storage import atomic
from imr_studio.storage.atomic import backup_path, write_atomic


def _doc(reference: str) -> Document:
    return Document(review=ReviewDetails(reference=reference))


def test_save_writes_the_document_and_no_backup_for_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "review.imr"
    document = _doc("one")
    save_project(document, path)
    assert path.read_bytes() == dumps(document)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.imr"]


def test_a_save_that_changes_the_content_records_the_account_as_a_writer(tmp_path: Path, person) -> None:
    path = tmp_path / "review.imr"
    person("sokafor")
    document = _doc("one")
    save_project(document, path)
    assert [w.account for w in load_project(path).quality.writers] == ["sokafor"]
    person("opryde")
    reopened = load_project(path)
    save_project(reopened, path)  # the review lead saves without changing the content: not a writer
    assert [w.account for w in load_project(path).quality.writers] == ["sokafor"]
    reopened.review.reference = "changed by the second account"
    save_project(reopened, path)
    assert [w.account for w in load_project(path).quality.writers] == ["sokafor", "opryde"]


def test_each_save_keeps_the_previous_version_as_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "review.imr"
    one, two, three = _doc("one"), _doc("two"), _doc("three")
    save_project(one, path)
    save_project(two, path)
    assert backup_path(path) == tmp_path / "review.imr.bak"
    assert load_project(backup_path(path)) == one
    save_project(three, path)
    assert load_project(path) == three
    assert load_project(backup_path(path)) == two
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.imr", "review.imr.bak"]


def test_open_then_save_changes_no_byte(tmp_path: Path, full_document: Document) -> None:
    path = tmp_path / "review.imr"
    save_project(full_document, path)
    first = path.read_bytes()
    save_project(load_project(path), path)
    assert path.read_bytes() == first


def _fail_on(monkeypatch: pytest.MonkeyPatch, name: str, when) -> None:
    """Make ``os.<name>`` raise "disk full" in the atomic module when ``when(*args)`` is true."""
    real = getattr(os, name)

    def failing(*args, **kwargs):
        if when(*args):
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(atomic.os, name, failing)


@pytest.mark.parametrize(
    "failure",
    ["writing the new content", "replacing the file", "keeping the backup"],
)
def test_a_failed_save_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    path = tmp_path / "review.imr"
    save_project(_doc("one"), path)
    save_project(_doc("two"), path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    if failure == "writing the new content":
        _fail_on(monkeypatch, "fsync", lambda descriptor: True)
    elif failure == "replacing the file":
        _fail_on(monkeypatch, "replace", lambda source, target: Path(target) == path)
    else:
        _fail_on(monkeypatch, "replace", lambda source, target: Path(target) == backup_path(path))

    with pytest.raises(ProjectFileError) as caught:
        save_project(_doc("three"), path)

    assert str(caught.value) == (
        f"Could not save “{path}”: No space left on device. The file on disk has not been changed."
    )
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after["review.imr"] == before["review.imr"]
    assert set(after) == {"review.imr", "review.imr.bak"}, "a temporary file was left behind"


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="Could not save .*The file on disk has not been changed"):
        save_project(Document(), tmp_path / "no such folder" / "review.imr")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_saving_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "review.imr"
    save_project(_doc("one"), path)
    path.chmod(0o640)
    save_project(_doc("two"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE(backup_path(path).stat().st_mode) == 0o640


def test_write_atomic_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_only_the_temporary_files_of_ended_processes_are_cleared_away(tmp_path: Path) -> None:
    import os
    import time

    from imr_studio.storage.atomic import _host_tag, remove_leftovers

    path = tmp_path / "review.imr"
    save_project(_doc("one"), path)
    ended = tmp_path / f".review.imr.999999-{_host_tag()}-0123abcd.tmp"  # a process id nothing runs under
    running = tmp_path / f".review.imr.{os.getpid()}-{_host_tag()}-89abcdef.tmp"  # this process: still saving
    elsewhere = tmp_path / ".review.imr.4242-ffffff-00000000.tmp"  # another computer's, recent
    old_elsewhere = tmp_path / ".review.imr.4242-fffffe-11111111.tmp"  # another computer's, two days old
    someone_elses = tmp_path / ".review.imr.notes.tmp"  # not one of IMR Studio's
    for leftover in (ended, running, elsewhere, old_elsewhere, someone_elses):
        leftover.write_bytes(b"partial")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old_elsewhere, (two_days_ago, two_days_ago))
    assert remove_leftovers(path) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == sorted(
        p.name for p in (running, elsewhere, someone_elses))
