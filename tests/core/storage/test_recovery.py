"""Recovery files: autosaved work survives a crash and is offered back, never another session's."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import msgspec
import pytest

from imr_studio import __version__
from imr_studio.model.document import Document, ReviewDetails
from imr_studio.storage import ProjectFileError, RecoverySlot, dumps, find_recoveries, fingerprint, save_project
from imr_studio.storage import atomic
from imr_studio.storage.recovery import RecoveryHeader, recovery_folder
from imr_studio.storage.session import Session


@pytest.fixture(autouse=True)
def state_home(tmp_path: Path, monkeypatch) -> Path:
    """A profile of this test's own (subprocesses inherit it); returns its state folder."""
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path / "profile"))
    return tmp_path / "profile" / "state"


def _doc(reference: str) -> Document:
    return Document(review=ReviewDetails(reference=reference))


def _run(script: str, *args: str) -> subprocess.Popen:
    """Start Python running ``script`` with ``args``, reading commands from a pipe."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )


WRITE_AND_STOP = """
    import sys
    from pathlib import Path
    from imr_studio.model.document import Document, ReviewDetails
    from imr_studio.storage import RecoverySlot
    original = Path(sys.argv[1]) if sys.argv[1] else None
    slot = RecoverySlot(original, sys.argv[2], sys.argv[3] or None)
    slot.write(Document(review=ReviewDetails(reference=sys.argv[4])))
    print(slot.file, flush=True)
    sys.stdin.readline()  # stay alive until told; then end without discarding, as a crash would
"""


def _crash_after_writing(original: Path | None, name: str, reference: str, original_fingerprint: str = "") -> Path:
    """A session that autosaves a document and ends without cleaning up; returns its recovery file."""
    process = _run(WRITE_AND_STOP, str(original or ""), name, original_fingerprint, reference)
    file = Path(process.stdout.readline().strip())
    process.communicate("\n", timeout=60)
    return file


def _rewrite_header(file: Path, **fields) -> None:
    """Change what the first line of the recovery ``file`` says."""
    first_line, _, body = file.read_bytes().partition(b"\n")
    header = msgspec.structs.replace(msgspec.json.decode(first_line, type=RecoveryHeader), **fields)
    file.write_bytes(msgspec.json.encode(header) + b"\n" + body)


def test_a_slot_holds_who_what_when_and_the_document_as_a_project_file_would(tmp_path: Path) -> None:
    original = tmp_path / "review.imr"
    saved = _doc("saved")
    save_project(saved, original)
    slot = RecoverySlot(original, "review.imr", fingerprint(original))
    assert not slot.file.exists()
    slot.write(_doc("edited"))
    assert slot.file.parent == recovery_folder() == tmp_path / "profile" / "state" / "recovery"
    first_line, _, body = slot.file.read_bytes().partition(b"\n")
    assert body == dumps(_doc("edited"))
    header = msgspec.json.decode(first_line, type=RecoveryHeader)
    me = Session.current()
    assert (header.name, header.original, header.original_fingerprint) == ("review.imr", str(original), fingerprint(original))
    assert (header.user, header.host, header.pid, header.app_version) == (me.user, me.host, os.getpid(), __version__)
    assert original.read_bytes() == dumps(saved)  # the project file is never touched
    slot.discard()
    assert not slot.file.exists()
    slot.discard()  # nothing left: no error


def test_slots_are_keyed_by_the_project_and_never_shared(tmp_path: Path) -> None:
    first = RecoverySlot(tmp_path / "a.imr", "a.imr")
    again = RecoverySlot(tmp_path / "a.imr", "a.imr")
    other = RecoverySlot(tmp_path / "b.imr", "b.imr")
    untitled = RecoverySlot(None, "Untitled")
    assert first.file.name.split(".")[0] == again.file.name.split(".")[0] != other.file.name.split(".")[0]
    assert untitled.file.name.startswith("untitled.")
    assert len({first.file, again.file, other.file, untitled.file, RecoverySlot(None, "Untitled").file}) == 5


def test_a_slot_follows_its_project_to_a_new_file(tmp_path: Path) -> None:
    slot = RecoverySlot(None, "Untitled")
    slot.write(_doc("draft"))
    old = slot.file
    slot.follow(tmp_path / "saved.imr", "saved.imr", None)
    assert not old.exists() and slot.file != old
    slot.write(_doc("draft"))
    assert [p.name for p in recovery_folder().iterdir()] == [slot.file.name]


def test_a_failed_autosave_leaves_the_previous_one_whole(monkeypatch) -> None:
    slot = RecoverySlot(None, "Untitled")
    slot.write(_doc("first"))
    before = slot.file.read_bytes()

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(OSError):
        slot.write(_doc("second"))
    assert slot.file.read_bytes() == before
    assert [p.name for p in recovery_folder().iterdir()] == [slot.file.name]  # no temporary file left


def test_the_running_session_is_not_offered_its_own_work() -> None:
    slot = RecoverySlot(None, "Untitled")
    slot.write(_doc("live"))
    assert find_recoveries() == []


def test_work_left_by_a_session_that_ended_without_saving_is_offered(tmp_path: Path) -> None:
    original = tmp_path / "review.imr"
    save_project(_doc("saved"), original)
    file = _crash_after_writing(original, "review.imr", "unsaved edits", fingerprint(original))
    [recovery] = find_recoveries()
    assert recovery.file == file
    assert (recovery.name, recovery.original, recovery.problem) == ("review.imr", original, "")
    assert recovery.load() == _doc("unsaved edits")
    assert recovery.written is not None
    assert recovery.original_state() == "unchanged"
    save_project(_doc("someone saved again"), original)
    assert recovery.original_state() == "changed"
    original.unlink()
    assert recovery.original_state() == "missing"
    recovery.discard()
    assert find_recoveries() == []


def test_work_never_saved_is_offered_too() -> None:
    _crash_after_writing(None, "Untitled", "new draft")
    [recovery] = find_recoveries()
    assert (recovery.name, recovery.original, recovery.original_state()) == ("Untitled", None, "never saved")


def test_another_running_copy_is_not_offered_the_first_ones_work() -> None:
    process = _run(WRITE_AND_STOP, "", "Untitled", "", "being written")
    try:
        Path(process.stdout.readline().strip())
        assert find_recoveries() == []  # its writer is still running
    finally:
        process.communicate("\n", timeout=60)
    assert [r.load() for r in find_recoveries()] == [_doc("being written")]


def test_work_from_another_computer_is_left_for_that_computer() -> None:
    file = _crash_after_writing(None, "Untitled", "elsewhere")
    _rewrite_header(file, host="PC-0142")
    assert find_recoveries() == []
    _rewrite_header(file, host=Session.current().host)
    assert len(find_recoveries()) == 1


def test_newest_work_comes_first_and_damaged_files_last() -> None:
    older = _crash_after_writing(None, "Untitled", "older")
    newer = _crash_after_writing(None, "Untitled", "newer")
    _rewrite_header(older, written=datetime.datetime(2024, 1, 2, 9, 0, tzinfo=datetime.timezone.utc))
    damaged = recovery_folder() / "untitled.0000.imr-recovery"
    damaged.write_bytes(b"not a recovery file")
    assert [r.file for r in find_recoveries()] == [newer, older, damaged]


def test_a_damaged_recovery_file_is_listed_as_damaged_and_kept() -> None:
    recovery_folder().mkdir(parents=True, exist_ok=True)
    garbage = recovery_folder() / "0123456789abcdef.00000000.imr-recovery"
    garbage.write_bytes(b"\x00\x01 half a file")
    cut = _crash_after_writing(None, "Cut short", "whole")
    cut.write_bytes(cut.read_bytes()[:-40])
    recoveries = {r.file: r for r in find_recoveries()}
    assert set(recoveries) == {garbage, cut}
    assert recoveries[garbage].document is None and "first line" in recoveries[garbage].problem
    assert recoveries[garbage].name == garbage.name
    assert recoveries[cut].name == "Cut short" and "damaged" in recoveries[cut].problem
    with pytest.raises(ProjectFileError, match="damaged"):
        recoveries[cut].load()
    assert garbage.exists() and cut.exists()  # the user decides


def test_an_original_on_a_share_that_does_not_answer_does_not_hold_up_the_list(tmp_path: Path, monkeypatch) -> None:
    import threading

    from imr_studio.storage import recovery as recovery_module

    original = tmp_path / "review.imr"
    save_project(_doc("saved"), original)
    _crash_after_writing(original, "review.imr", "unsaved edits", fingerprint(original))
    [recovery] = find_recoveries()
    answer = threading.Event()
    monkeypatch.setattr(recovery_module, "fingerprint", lambda path: answer.wait(10) and None)
    assert recovery.original_state(timeout=0.2) == "not answering"  # said before the share answered
    answer.set()
