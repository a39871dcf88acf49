"""Word export: the IMR report (restricted or publication version) and the action plan.

::

    from imr_studio.export import export_report, export_action_plan, check_template
    export_report(document, "report.docx", publication=True, progress=callback)

See ``docs/EXPORT.md`` for the template a force can replace.
"""

from .action_plan import export_action_plan
from .errors import ExportError, LeakError
from .report import export_report, suggested_action_plan_name, suggested_file_name
from .template import check_template, default_template

__all__ = [
    "ExportError",
    "LeakError",
    "check_template",
    "default_template",
    "export_action_plan",
    "export_report",
    "suggested_action_plan_name",
    "suggested_file_name",
]
