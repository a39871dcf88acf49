"""Older files are upgraded step by step through the migrations registry.

The tests patch the registry (and, for a chain, the current version) to try
upgrades of every kind; the real 1 → 2 upgrade is tested against a version 1 file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from imr_studio.storage import ProjectFileError, load_project, loads, migrations


def test_a_version_1_file_opens_with_the_new_sections_empty_and_its_content_kept() -> None:
    from imr_studio.paths import sample_project

    raw = json.loads(sample_project().read_text(encoding="utf-8"))
    raw["format_version"] = 1
    for added in ("context", "conclusions"):
        raw.pop(added, None)
    document = loads(json.dumps(raw).encode())
    assert document.format_version == migrations.FORMAT_VERSION == 4
    assert document.context == [] and document.conclusions == []
    assert document.review.review_name == raw["review"]["review_name"]
    assert migrations.needs_upgrade(migrations.FORMAT_VERSION) is False


def _rename_title(raw: dict[str, Any]) -> dict[str, Any]:
    """Pretend version 0 called the review name "title"."""
    raw["review"]["review_name"] = raw["review"].pop("title")
    return raw


def test_a_version_0_file_is_upgraded_on_load_and_left_alone_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, 0: _rename_title})
    path = tmp_path / "old.imr"
    path.write_text(json.dumps({"format_version": 0, "review": {"title": "Review of A"}}))
    before = path.read_bytes(), path.stat().st_mtime_ns

    document = load_project(path)

    assert document.review.review_name == "Review of A"
    assert document.format_version == migrations.FORMAT_VERSION
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_migration_that_leaves_a_bad_shape_is_reported_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, 0: lambda raw: raw})
    with pytest.raises(ProjectFileError, match="Review details: has a field “title” that IMR Studio does not know"):
        loads(json.dumps({"format_version": 0, "review": {"title": "x"}}).encode())


def test_migrations_run_in_order_from_the_file_version(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    def step(number: int):
        def migrate(raw: dict[str, Any]) -> dict[str, Any]:
            calls.append((number, raw["format_version"]))
            raw.setdefault("review", {})["reference"] = raw.get("review", {}).get("reference", "") + str(number)
            return raw

        return migrate

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: step(1), 2: step(2)})

    document = loads(b'{"format_version": 1}')
    assert calls == [(1, 1), (2, 2)]
    assert document.review.reference == "12"
    assert document.format_version == 3

    calls.clear()
    assert loads(b'{"format_version": 2}').review.reference == "2"
    assert calls == [(2, 2)]


def test_a_gap_in_the_chain_means_the_file_cannot_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {2: lambda raw: raw})
    with pytest.raises(ProjectFileError, match="file format 1, which this version of IMR Studio cannot read"):
        loads(b'{"format_version": 1}')


def test_a_version_2_review_becomes_unsigned_history_that_never_counts_as_signed() -> None:
    from imr_studio.checks.review import item_reviews
    from imr_studio.checks.review_status import Stage, review_status
    from imr_studio.signoff.chain import Trust, chain_breaks
    from imr_studio.signoff.force_list import NO_LIST

    raw = {
        "format_version": 2,
        "review": {"key_dates": {"imr_completed": "2024-11-23", "quality_assured": "2024-12-06",
                                 "quality_assured_by": "O. Pryde", "signed_off": "2024-12-20", "signed_off_by": "O. Pryde"}},
        "quality": {
            "verdicts": [{"item_id": "MET-1", "verdict": "content", "comment": "Thorough.", "reviewer": "O. Pryde",
                          "at": "2024-12-06T10:30:00+00:00", "content_hash": "0123456789abcdef"}],
            "decision": {"outcome": "signed_off", "by": "O. Pryde", "at": "2024-12-20T09:00:00+00:00", "comment": "Fine."},
            "audit_log": [{"at": "2024-12-06T10:30:00+00:00", "who": "O. Pryde", "action": "verdict", "detail": "MET-1: Content"}],
        },
    }
    document = loads(json.dumps(raw).encode())
    history = document.quality.history
    assert [r.kind for r in history] == ["earlier", "earlier", "verdict", "signed_off"]
    assert "quality assured 2024-12-06 by O. Pryde; signed off 2024-12-20 by O. Pryde" in history[0].text
    assert chain_breaks(history, []) == []  # linked, so a later edit to them is found
    met = next(r for r in item_reviews(document, NO_LIST) if r.item.id == "MET-1")
    assert (met.verdict, met.comment, met.trust) == ("content", "Thorough.", Trust.UNSIGNED)
    status = review_status(document, NO_LIST)
    assert status.stage is Stage.NO_LONGER_STANDS and "not signed" in status.sentence
    assert document.review.key_dates.imr_completed.isoformat() == "2024-11-23"
    assert document.quality.content_at_save  # what it held on opening is the baseline: nobody becomes a writer


def _as_written_by(version: int) -> tuple[dict[str, Any], dict[str, str]]:
    """The sample as a file of format ``version`` would hold it, with a verdict on every question whose
    fingerprint that version computed (its own encoding of the parts, every field written out)."""
    import hashlib

    import msgspec

    from imr_studio.checks.checklist import checklist
    from imr_studio.checks.texts import iter_texts
    from imr_studio.paths import sample_project

    raw = json.loads(sample_project().read_text(encoding="utf-8"))
    if version == 1:  # sections version 2 added
        raw.pop("context")
        raw.pop("conclusions")
    as_then = loads(json.dumps(raw).encode())
    prose = msgspec.json.encode([(spot.path, spot.text) for spot in iter_texts(as_then)])

    def part_bytes(part: str) -> bytes:
        if part == "prose":
            return prose
        node: Any = raw
        for step in part.split("."):
            node = node.get(step) if isinstance(node, dict) else None
        return msgspec.json.encode(node)

    hashes = {}
    for item in checklist():
        digest = hashlib.sha256()
        for part in item.depends_on:
            digest.update(part.encode() + b"\0" + part_bytes(part) + b"\0")
        hashes[item.id] = digest.hexdigest()[:16]
    raw["format_version"] = version
    raw["quality"] = {"verdicts": [
        {"item_id": item_id, "verdict": "content", "reviewer": "O. Pryde", "at": "2024-12-06T10:30:00+00:00",
         "content_hash": content_hash} for item_id, content_hash in hashes.items()]}
    return raw, hashes


@pytest.mark.parametrize("version", [1, 2])
def test_an_upgrade_keeps_every_verdict_fresh_when_nothing_it_rests_on_changed(version: int) -> None:
    from imr_studio.checks.review import item_reviews
    from imr_studio.signoff.force_list import NO_LIST

    raw, _ = _as_written_by(version)
    reviews = item_reviews(loads(json.dumps(raw).encode()), NO_LIST)
    assert [r.item.id for r in reviews if r.stale] == []
    assert all(r.verdict == "content" for r in reviews)

    raw, _ = _as_written_by(version)
    raw["methodology"]["narrative"][0]["text"] += " Changed before the upgrade, after the verdict."
    stale = {r.item.id for r in item_reviews(loads(json.dumps(raw).encode()), NO_LIST) if r.stale}
    assert stale == {"MET-1", "MET-2", "LAN-1", "LAN-2", "LAN-3"}  # what rests on the change, and nothing else


def test_fingerprints_leave_out_fields_at_their_defaults_so_added_fields_change_nothing() -> None:
    import msgspec

    from imr_studio.model.canonical import canonical_bytes

    class Before(msgspec.Struct, kw_only=True):
        text: str = ""
        items: list[int] = msgspec.field(default_factory=list)

    class After(msgspec.Struct, kw_only=True):
        text: str = ""
        items: list[int] = msgspec.field(default_factory=list)
        added_later: str = ""
        also_added: list[str] = msgspec.field(default_factory=list)

    assert canonical_bytes(Before(text="a", items=[1])) == canonical_bytes(After(text="a", items=[1]))
    assert canonical_bytes(Before(text="a")) != canonical_bytes(After(text="a", added_later="x"))


def test_a_version_3_file_opens_with_the_review_type_and_kind_of_death_not_yet_chosen() -> None:
    document = loads(b'{"format_version": 3, "review": {"review_name": "Review N"}}')
    assert document.format_version == 4
    assert (document.review.review_name, document.review.review_type, document.review.death_type) == ("Review N", "", "")
