"""Word export: the IMR report (restricted or publication version) and the action plan.

::

    from imr_studio.export import export_report, export_action_plan, check_template
    export_report(document, "report.docx", publication=True, progress=callback)

See ``docs/EXPORT.md`` for the template a force can replace.

The names below load their modules (and python-docx) on first use, so that
importing a light part of the package, such as :mod:`.kinds`, costs nothing
at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "export_action_plan": "action_plan",
    "ExportError": "errors",
    "LeakError": "errors",
    "PublicationRefused": "errors",
    "export_qa_report": "qa_report",
    "export_report": "report",
    "suggested_action_plan_name": "report",
    "suggested_qa_report_name": "report",
    "suggested_file_name": "report",
    "check_template": "template",
    "default_template": "template",
}
"""Each public name and the module it lives in."""

__all__ = [
    "ExportError",
    "LeakError",
    "PublicationRefused",
    "check_template",
    "default_template",
    "export_action_plan",
    "export_qa_report",
    "export_report",
    "suggested_action_plan_name",
    "suggested_file_name",
    "suggested_qa_report_name",
]

if TYPE_CHECKING:
    from .action_plan import export_action_plan
    from .errors import ExportError, LeakError, PublicationRefused
    from .qa_report import export_qa_report
    from .report import export_report, suggested_action_plan_name, suggested_file_name, suggested_qa_report_name
    from .template import check_template, default_template


def __getattr__(name: str) -> Any:
    """Load the module that holds ``name`` the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
