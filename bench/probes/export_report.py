"""IMR Studio's Word export of a project: prints its milliseconds (imports and reading the file not counted)."""

import sys
import time

from imr_studio.export import export_report
from imr_studio.storage import load_project

document = load_project(sys.argv[1])
started = time.perf_counter()
export_report(document, sys.argv[2])
print((time.perf_counter() - started) * 1000)
