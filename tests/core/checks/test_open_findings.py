"""What an export is warned about: the findings still open, counted per checklist group."""

from __future__ import annotations

from imr_studio.checks import run_checks


def test_open_findings_are_counted_per_group_in_checklist_order(sample) -> None:
    report = run_checks(sample)
    groups = report.open_findings_by_group()
    assert sum(groups.values()) == len(report.findings()) > 0
    order = list(dict.fromkeys(item.group for item in report.items))
    assert list(groups) == [group for group in order if group in groups]
    assert all(count > 0 for count in groups.values())
