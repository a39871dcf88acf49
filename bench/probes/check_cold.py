"""The full check of a project in a fresh process (nothing remembered): prints its milliseconds."""

import sys
import time

from imr_studio.checks import load_rules, run_checks
from imr_studio.storage import load_project

document = load_project(sys.argv[1])
started = time.perf_counter()
run_checks(document, load_rules())
print((time.perf_counter() - started) * 1000)
