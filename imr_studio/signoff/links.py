"""The links of the review history's chain: each entry holds the hash of the one before.

Kept apart from signing (:mod:`.chain`) so that reading an older file
(:mod:`imr_studio.storage.migrations`) can link entries without loading keys.
"""

from __future__ import annotations

import hashlib

import msgspec

from ..model.document import ReviewRecord


def record_hash(record: ReviewRecord) -> str:
    """The hash the next entry holds as ``previous``: of the whole record, signature included."""
    return hashlib.sha256(msgspec.json.encode(record)).hexdigest()


def tip(history: list[ReviewRecord]) -> str:
    """The hash a new entry after ``history`` holds as ``previous`` ("" for the first)."""
    return record_hash(history[-1]) if history else ""
