"""Killed in the middle of saving, over and over: the project file is always exactly the old or the new version.

A separate process saves a large project (and its recovery file) again and
again, alternating two versions, with the same atomic write every save
uses; this test kills it at random moments with SIGKILL (``Process.kill``).
After every kill the project, its backup and the recovery file each hold
one whole version, and opening the project clears away the temporary files
the killed save left behind.

``IMR_STUDIO_KILLS`` sets how many kills (20 by default; the reliability
run, ``./dev.sh reliability``, makes 200).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import msgspec

from imr_studio.paths import sample_project
from imr_studio.storage import dumps, load_project
from imr_studio.storage.atomic import backup_path

KILLS = int(os.environ.get("IMR_STUDIO_KILLS", "20"))

SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from imr_studio.storage.atomic import write_atomic
    project, recovery, first, second = (Path(arg) for arg in sys.argv[1:5])
    versions = [first.read_bytes(), second.read_bytes()]
    print("ready", flush=True)
    n = 0
    while True:
        data = versions[n % 2]
        write_atomic(project, data, keep_backup=True)
        write_atomic(recovery, data)
        n += 1
""")


def _large(events: int, mark: str) -> bytes:
    """The sample with its chronology repeated to ``events`` events, marked so that two versions differ."""
    sample = load_project(sample_project())
    base = sample.contact.events
    chronology = [msgspec.structs.replace(base[n % len(base)], id=f"ev-{n}", summary=f"{mark} {n}: {base[n % len(base)].summary}")
                  for n in range(events)]
    analysis = [msgspec.structs.replace(entry, event_ids=[]) for entry in sample.analysis]
    learning = sample.learning
    return dumps(msgspec.structs.replace(sample, contact=msgspec.structs.replace(sample.contact, events=chronology),
                                         analysis=analysis, learning=learning))


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_save_killed_at_any_moment_leaves_one_whole_version_and_no_litter(tmp_path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    first.write_bytes(_large(3000, "First"))
    second.write_bytes(_large(3000, "Second"))
    versions = {first.read_bytes(), second.read_bytes()}
    folder = tmp_path / "shared"
    folder.mkdir()
    project, recovery = folder / "review.imr", folder / "review-recovery.imr"
    project.write_bytes(first.read_bytes())
    rng = random.Random(20261204)
    littered = 0
    for _ in range(KILLS):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(project), str(recovery), str(first), str(second)],
                                 stdout=subprocess.PIPE, text=True)
        assert saver.stdout.readline().strip() == "ready"
        try:
            saver.wait(timeout=rng.uniform(0.0, 0.6))
        except subprocess.TimeoutExpired:
            saver.kill()
        saver.wait()
        saver.stdout.close()
        for path in (project, backup_path(project), recovery):
            if path.exists():
                assert path.read_bytes() in versions, f"{path.name} holds neither version after a kill"
        littered += bool(_leftovers(folder))
        assert load_project(project).contact.events  # it opens, and opening clears its litter away
        assert load_project(recovery).contact.events  # the recovery file's too
        assert _leftovers(folder) == []
    print(f"\n{KILLS} kills; {littered} left a temporary file behind, and opening removed every one")
