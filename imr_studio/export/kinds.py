"""The four things IMR Studio exports, named once for the command line, the window and the report.

This module is light (no python-docx): the window imports it at start-up.
The labels are data, in the ``export_kinds`` pick-list of
``resources/vocabularies.json``.
"""

from __future__ import annotations

from enum import Enum

from .. import vocab


class ExportKind(str, Enum):
    """What an export writes: the restricted report, its publication version, the action plan alone, or the QA report."""

    RESTRICTED = "restricted"
    PUBLICATION = "publication"
    ACTION_PLAN = "action_plan"
    QA_REPORT = "qa_report"

    @property
    def label(self) -> str:
        """The kind's name as a menu or a message shows it ("Publication version (pseudonymised)")."""
        return vocab.label_for("export_kinds", self.value)

    @property
    def publication(self) -> bool:
        """True when real names must give way to pseudonyms."""
        return self is ExportKind.PUBLICATION
