"""The migration lock: many replicas upgrading one database at once; a holder that crashes."""

from __future__ import annotations

import os
import subprocess
import sys

from deploy_project import flask, rows, write_project


def test_eight_replicas_upgrade_at_once(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p)
    procs = [flask(p, "db", "upgrade") for _ in range(8)]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    results = [(proc.returncode, out, err) for proc, (out, err) in zip(procs, outputs)]
    for code, _, err in results:
        assert code == 0, err
    # Each revision ran in one process; the others waited, then found nothing left to do.
    runs = [line for _, _, err in results for line in err.splitlines() if "Running upgrade" in line]
    assert len(runs) == 20
    applied = [r[0] for r in rows(p, "SELECT rev FROM applied")]
    assert sorted(applied) == [f"r{n:02d}" for n in range(1, 21)]  # each revision ran once
    assert p.version() == {"r20"}
    history = rows(p, "SELECT revision FROM flask_migrations_history WHERE direction = 'upgrade'")
    assert sorted(r[0] for r in history) == sorted(applied)


HOLDER = """\
import sys, time
from app import app, db
from flask_migrations.lock import hold
with app.app_context():
    with hold([("", db.engine)]):
        print("held", flush=True)
        time.sleep(60)
"""


def test_crashed_holder_leaves_no_lock(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    (p.root / "holder.py").write_text(HOLDER)
    env = {**os.environ, "DATABASE_URL": p.url}
    holder = subprocess.Popen(
        [sys.executable, "holder.py"], cwd=p.root, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        result = p.cli("db", "upgrade", "--lock-timeout", "0.3")
        assert result.exit_code == 3  # it really holds the lock
        holder.kill()  # SIGKILL: no cleanup runs in the holder
        holder.wait()
    finally:
        holder.kill()
        holder.stdout.close()  # type: ignore[union-attr]
    lock_file = p.root / "app.db.migrations-lock"  # SQLite's: the crash leaves the file behind
    assert lock_file.is_file() == p.url.startswith("sqlite")
    p.ok("db", "upgrade", "--lock-timeout", "10")
    assert p.version() == {"r02"}
    assert not lock_file.exists()  # taken over, then removed
