"""Timings of the migration test kit (``pytest --migrations``, issue 14).

Run from the project root with the project's venv::

    .venv/bin/python benchmarks/testkit.py            # both parts
    .venv/bin/python benchmarks/testkit.py --sizes 50 100 200 --runs 3

1. The stairway (upgrade, downgrade, upgrade of every revision, schema compared) over folders
   of 50, 100 and 200 revisions, each creating a table: ``pytest --migrations -k stairway`` in a
   fresh process, on SQLite and, when a server is set, PostgreSQL.
2. Per-test database set-up on PostgreSQL for a 200-revision folder: a copy of the migrated
   database with ``CREATE DATABASE ... TEMPLATE`` (what ``migrated_app`` does) against a new
   database upgraded by replaying the 200 migrations. Both are dropped in a thread, as the
   kit drops a test's copy (PostgreSQL's DROP DATABASE waits for a checkpoint).

PostgreSQL comes from FLASK_MIGRATIONS_BENCH_POSTGRESQL_URL, else
FLASK_MIGRATIONS_TEST_POSTGRESQL_URL. The kit names its databases fmkit_* and drops them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import testkit_projects  # noqa: E402


def server() -> str | None:
    return os.environ.get("FLASK_MIGRATIONS_BENCH_POSTGRESQL_URL") or os.environ.get(
        "FLASK_MIGRATIONS_TEST_POSTGRESQL_URL"
    )


def app_url(backend: str, folder: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{folder / 'real.db'}"
    return str(server()).rsplit("/", 1)[0] + "/fmkit_bench_never_created"


def stairway(backend: str, revisions: int, runs: int) -> float:
    """Median wall time of ``pytest --migrations -k stairway`` over ``revisions`` revisions."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        testkit_projects.write(folder, app_url(backend, folder), revisions=revisions - 2)
        command = [sys.executable, "-m", "pytest", "--migrations", "-k", "stairway", "-q"]
        command += ["-p", "no:cacheprovider"]
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            if done.returncode != 0 or f"{revisions} passed" not in done.stdout:
                sys.exit(f"the stairway run failed:\n{done.stdout[-3000:]}")
    return statistics.median(times)


def setup_per_test(runs: int) -> tuple[float, float]:
    """Median seconds per test: template copy + drop, and replay of 200 migrations + drop."""
    from flask_migrations import api
    from flask_migrations.testing.apps import engine_urls, find_app, pointed_at
    from flask_migrations.testing.throwaway import Throwaways

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        testkit_projects.write(folder, app_url("postgresql", folder), revisions=198)
        os.chdir(folder)
        sys.path.insert(0, str(folder))
        app = find_app("app")
        like = engine_urls(app)[None]
        made = Throwaways()
        try:

            def replay() -> None:
                url = made.create(like)
                with pointed_at(app, {None: url}), app.app_context():
                    api.upgrade()
                made.drop_later(url)

            start = time.perf_counter()
            template = made.create(like)
            with pointed_at(app, {None: template}), app.app_context():
                api.upgrade()
            print(f"  built the template once: {time.perf_counter() - start:.2f} s")
            clone_times, replay_times = [], []
            for _ in range(runs):
                start = time.perf_counter()
                made.drop_later(made.clone(template))
                clone_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                replay()
                replay_times.append(time.perf_counter() - start)
        finally:
            made.drop_all()
            os.chdir(ROOT)
    return statistics.median(clone_times), statistics.median(replay_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=["stairway", "setup"])
    args = parser.parse_args()
    backends = ["sqlite"] + (["postgresql"] if server() else [])
    if args.only != "setup":
        print("stairway (pytest --migrations -k stairway, median wall time of a fresh process)")
        for backend in backends:
            for size in args.sizes:
                seconds = stairway(backend, size, args.runs)
                print(f"  {backend:<10} {size:>4} revisions: {seconds:6.2f} s")
    if server() and args.only != "stairway":
        print("per-test database set-up, PostgreSQL, 200 revisions (median of runs)")
        clone, replay = setup_per_test(args.runs)
        print(f"  CREATE DATABASE ... TEMPLATE: {clone:.3f} s")
        print(f"  new database + replay of 200 migrations: {replay:.3f} s")
        print(f"  ratio: {replay / clone:.1f}x")


if __name__ == "__main__":
    main()
