"""examples/lint: the app's revisions lint clean; the revision as autogenerate writes it (in
before/) is flagged, with its line and the fix the example uses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parent.parent / "examples" / "lint"


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FLASK_APP": "app.py", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "flask", "db", "lint"],
        cwd=folder, env=env, capture_output=True, text=True,
    )  # fmt: skip


def test_the_example_shows_a_finding_and_its_fix(tmp_path: Path):
    folder = tmp_path / "lint"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    fixed = lint(folder)
    assert fixed.returncode == 0, fixed.stderr
    assert fixed.stdout == "No findings in 2 revisions for postgresql 14.\n"
    before = folder / "before" / "0002_orders_user_id_index.py"
    shutil.copy(before, folder / "migrations" / "versions")
    flagged = lint(folder)
    assert flagged.returncode == 1
    assert flagged.stdout.splitlines()[0] == (
        "migrations/versions/0002_orders_user_id_index.py:17: error [index-not-concurrently]"
        " revision 0002"
    )
    fix = 'safe.create_index_concurrently("ix_orders_user_id", "orders", ["user_id"])'
    assert fix in flagged.stdout
