"""Fleet migrations: 1,000 PostgreSQL schemas x 20 tenant revisions.

Run it from the project root with the project's venv::

    .venv/bin/python benchmarks/fleet.py                     # 1,000 tenants, 20 revisions
    .venv/bin/python benchmarks/fleet.py --tenants 200 --loop 20

It times, each on freshly created schemas:

- ``flask db upgrade --all-tenants --jobs 1`` and ``--jobs 2``;
- the shell loop users write today, ``for t in ...; do flask db -x tenant=$t upgrade; done``,
  over ``--loop`` tenants (default 100), extrapolated to all of them;
- the rerun with nothing to do (every tenant already at the target);

and samples, every 0.1 s, the connections to the database (``pg_stat_activity``) and the
resident memory of each process of the command (the command and its worker processes).

The server comes from FLASK_MIGRATIONS_BENCH_POSTGRESQL_URL, else
FLASK_MIGRATIONS_TEST_POSTGRESQL_URL, else postgresql+psycopg://postgres@127.0.0.1:5432/
postgres; the script creates and drops its own database (fmbench_fleet_*) there.
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import sqlalchemy as sa

APP = """\
import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate
from flask_migrations.fleet import schemas_matching

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
Migrate(app, db, tenants=schemas_matching("tenant\\\\_%"))
"""

REVISION = '''\
"""tenant step {n}"""
from alembic import op
import sqlalchemy as sa

revision = "t{n:02d}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "table_{n:02d}",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("created", sa.DateTime, server_default=sa.func.now()),
    )
    op.create_index("ix_table_{n:02d}_name", "table_{n:02d}", ["name"])


def downgrade():
    op.drop_table("table_{n:02d}")
'''


def server() -> sa.engine.URL:
    value = (
        os.environ.get("FLASK_MIGRATIONS_BENCH_POSTGRESQL_URL")
        or os.environ.get("FLASK_MIGRATIONS_TEST_POSTGRESQL_URL")
        or "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )
    return sa.engine.make_url(value)


def admin(url: sa.engine.URL, *statements: str) -> None:
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(sa.text(statement))
    finally:
        engine.dispose()


def env(url: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": url, "FLASK_APP": "app"}


def project(root: Path, url: str, revisions: int) -> None:
    (root / "app.py").write_text(APP)
    subprocess.run(
        [sys.executable, "-m", "flask", "db", "init"], cwd=root, env=env(url), check=True,
        capture_output=True,
    )
    for n in range(1, revisions + 1):
        text = REVISION.format(n=n, down=None if n == 1 else f"t{n - 1:02d}")
        (root / "migrations" / "versions" / f"t{n:02d}.py").write_text(text)


def fresh_schemas(url: str, count: int) -> list[str]:
    """``count`` empty tenant schemas, a few per transaction (dropping a migrated schema locks
    each of its objects: a thousand in one transaction would fill the server's lock table)."""
    names = [f"tenant_{i:04d}" for i in range(count)]
    engine = sa.create_engine(url)
    try:
        for start in range(0, count, 10):
            with engine.begin() as connection:
                for name in names[start : start + 10]:
                    connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
                    connection.execute(sa.text(f'CREATE SCHEMA "{name}"'))
        with engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS flask_migrations_fleet_tenant"))
            connection.execute(sa.text("DROP TABLE IF EXISTS flask_migrations_fleet_run"))
    finally:
        engine.dispose()
    return names


class Sampler:
    """Peak connections to the database and peak RSS of each process below ``pid``."""

    def __init__(self, url: str, database: str) -> None:
        self.engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        self.database = database
        self.connections = 0
        self.rss: dict[int, int] = {}  # pid -> peak kB
        self.stop = threading.Event()

    def watch(self, pid: int) -> None:
        with self.engine.connect() as connection:
            query = sa.text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = :d AND pid <> pg_backend_pid()"
            )
            while not self.stop.wait(0.1):
                try:
                    count = connection.execute(query, {"d": self.database}).scalar() or 0
                    connection.commit()
                except sa.exc.DBAPIError:  # a busy server: this sample is lost
                    connection.rollback()
                    continue
                self.connections = max(self.connections, int(count))
                for each in [pid, *children(pid)]:
                    self.rss[each] = max(self.rss.get(each, 0), rss_kb(each))


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except OSError:
                continue
    return found


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def timed(root: Path, url: str, database: str, *args: str) -> tuple[float, Sampler]:
    sampler = Sampler(url, database)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "flask", *args],
        cwd=root,
        env=env(url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    thread = threading.Thread(target=sampler.watch, args=(process.pid,), daemon=True)
    thread.start()
    _, err = process.communicate()
    if process.returncode == 1 and "--all-tenants" in args:
        # A tenant failed on a busy server (out of shared memory, say): timed with its retry.
        print(f"  (a tenant failed, retried: {err.strip().splitlines()[1][:200]})", flush=True)
        retry = [*args, "--retry-failed"]
        process = subprocess.Popen(
            [sys.executable, "-m", "flask", *retry], cwd=root, env=env(url),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        _, err = process.communicate()
    elapsed = time.perf_counter() - started
    sampler.stop.set()
    thread.join()
    sampler.engine.dispose()
    if process.returncode != 0:
        raise SystemExit(f"flask {' '.join(args)} failed:\n{err}")
    return elapsed, sampler


def report(label: str, seconds: float, sampler: Sampler | None, tenants: int) -> None:
    line = f"{label:<44} {seconds:8.1f} s  {tenants / seconds:7.1f} tenants/s"
    if sampler is not None:
        peaks = sorted(sampler.rss.values(), reverse=True)
        workers = ", ".join(f"{kb / 1024:.0f}" for kb in peaks[:3])
        line += f"  peak connections {sampler.connections}  peak RSS MB {workers}"
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--revisions", type=int, default=20)
    parser.add_argument("--loop", type=int, default=100, help="tenants timed in the shell loop")
    parser.add_argument(
        "--jobs", type=int, action="append", help="worker processes to time (default 1 and 2)"
    )
    parser.add_argument("--loop-only", action="store_true", help="time the shell loop only")
    options = parser.parse_args()
    base = server()
    database = f"fmbench_fleet_{secrets.token_hex(4)}"
    admin(base, f'CREATE DATABASE "{database}"')
    url = base.set(database=database).render_as_string(hide_password=False)
    print(f"{options.tenants} schemas x {options.revisions} revisions, {os.cpu_count()} CPUs")
    try:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            project(root, url, options.revisions)
            for jobs in () if options.loop_only else options.jobs or (1, 2):
                fresh_schemas(url, options.tenants)
                args = ("db", "upgrade", "--all-tenants", "--jobs", str(jobs))
                seconds, sampler = timed(root, url, database, *args)
                report(f"upgrade --all-tenants --jobs {jobs}", seconds, sampler, options.tenants)
            if not options.loop_only:
                seconds, sampler = timed(root, url, database, "db", "upgrade", "--all-tenants")
                report("no-op rerun (all at target)", seconds, sampler, options.tenants)
            names = fresh_schemas(url, options.tenants)[: options.loop]
            started = time.perf_counter()
            for name in names:
                command = [sys.executable, "-m", "flask", "db", "-x", f"tenant={name}", "upgrade"]
                for _ in range(2):  # a busy server may refuse one (out of shared memory)
                    done = subprocess.run(command, cwd=root, env=env(url), capture_output=True)
                    if done.returncode == 0:
                        break
                    print(f"  ({name} failed, again: {done.stderr.decode()[:200]})", flush=True)
            seconds = time.perf_counter() - started
            report(f"shell loop, {options.loop} tenants", seconds, None, options.loop)
            whole = seconds * options.tenants / options.loop
            report(f"shell loop, extrapolated to {options.tenants}", whole, None, options.tenants)
    finally:
        admin(base, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


if __name__ == "__main__":
    main()
