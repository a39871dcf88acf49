"""Every way a project file can be unreadable gets one plain-English message,
and opening it never changes anything on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from imr_studio.model.document import FORMAT_VERSION
from imr_studio.storage import ProjectFileError, load_project


def _project(**sections: object) -> bytes:
    return json.dumps({"format_version": FORMAT_VERSION, **sections}, indent=2).encode()


BAD_FILES = {
    "empty": (b"", ["the file is empty"]),
    "only whitespace": (b"  \n\t\n", ["the file is empty"]),
    "not utf-8": (b'{\n  "format_version": 1,\n  "review": {"reference": "caf\xe9"}\n}\n', ["not UTF-8", "line 3"]),
    "not json": (b'{\n  "format_version": 1,\n  "review": {\n    "reference": "x",\n  }\n}', ["not valid JSON", "line 5, column 3"]),
    "cut short": (b'{\n  "format_version": 1,\n  "review": {', ["not valid JSON", "line 3"]),
    "a list": (b"[1, 2, 3]\n", ["JSON data, but not an IMR Studio project"]),
    "a string": (b'"hello"\n', ["JSON data, but not an IMR Studio project"]),
    "no format version": (b'{"review": {}}\n', ["not an IMR Studio project", "format_version"]),
    "format version not a number": (
        b'{"format_version": "1"}\n',
        ["not a valid IMR Studio project", "File format version: must be a whole number, not text"],
    ),
    "newer format": (
        _project(format_version=FORMAT_VERSION + 1),
        [
            f"created by a newer version of IMR Studio (file format {FORMAT_VERSION + 1}; "
            f"this version reads up to {FORMAT_VERSION}). The file has not been changed."
        ],
    ),
    "unknown older format": (_project(format_version=0), ["file format 0, which this version of IMR Studio cannot read"]),
    "wrong role": (
        _project(review={"subjects": [{"id": "sub-1", "role": "victim"}, {"id": "sub-2", "role": "perpetrator"}]}),
        ["Review details › Subjects › item 2 › Role: must be one of victim, suspect, child, family, other, not 'perpetrator'"],
    ),
    "number for text": (
        _project(review={"subjects": [{"id": "sub-1", "real_name": 42}]}),
        ["Review details › Subjects › item 1 › Real name: must be text, not a whole number"],
    ),
    "impossible date": (
        _project(review={"period_start": "2023-02-30"}),
        ["Review details › Review period start: must be a real date, written YYYY-MM-DD"],
    ),
    "badly written event date": (
        _project(contact={"events": [{"id": "ev-1", "date": "05/03/2024"}]}),
        ["Overview of police contact › Chronology › item 1 › Date: is not in the expected form (YYYY-MM-DD"],
    ),
    "missing id": (
        _project(learning=[{"statement": []}]),
        ["Learning › item 1 › Identifier: is missing"],
    ),
    "unknown field": (
        _project(methodology={"narative": []}),
        ["Methodology: has a field “narative” that IMR Studio does not know"],
    ),
    "line break inside a paragraph": (
        _project(contact={"narrative": [{"text": "one\ntwo"}]}),
        ["Overview of police contact › Overview narrative › item 1: a paragraph cannot contain a line break"],
    ),
    "id used twice": (
        _project(contact={"events": [{"id": "x-1"}]}, analysis=[{"id": "an-1"}, {"id": "x-1"}]),
        [
            "The identifier “x-1” is used twice, by Overview of police contact › Chronology › item 1 "
            "and by Analysis of police practice › item 2"
        ],
    ),
    "two profiles for one subject": (
        _project(
            review={"subjects": [{"id": "sub-1"}]},
            characteristics={"profiles": [{"subject_id": "sub-1"}, {"subject_id": "sub-1"}]},
        ),
        ["Characteristics › Profiles: two entries have the same subject, “sub-1”"],
    ),
    "a characteristic recorded twice": (
        _project(characteristics={"profiles": [{"subject_id": "a"}, {"subject_id": "b", "entries": [{"key": "age"}, {"key": "age"}]}]}),
        ["Characteristics › Profiles › item 2 › Characteristics: two entries have the same characteristic, “age”"],
    ),
    "one account twice among the writers": (
        _project(quality={"writers": [{"account": "sokafor"}, {"account": "sokafor"}]}),
        ["Quality assurance and sign-off › Accounts that wrote the IMR: two entries have the same computer account, “sokafor”"],
    ),
}


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in ``folder`` with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.mark.parametrize(("content", "expected"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_file_is_explained_and_left_untouched(tmp_path: Path, content: bytes, expected: list[str]) -> None:
    path = tmp_path / "review.imr"
    path.write_bytes(content)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = _state(tmp_path)
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    message = str(caught.value)
    assert message.startswith(f"Could not open “{path}”: ")
    for words in expected:
        assert words in message
    assert "\n" not in message and "Traceback" not in message
    assert caught.value.path == path
    assert _state(tmp_path) == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="there is no such file"):
        load_project(tmp_path / "nowhere.imr")
    assert list(tmp_path.iterdir()) == []


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="it is a folder, not a project file"):
        load_project(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.imr"
    path.write_bytes(b"{}")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ProjectFileError, match="IMR Studio is not allowed to read it"):
        load_project(path)
