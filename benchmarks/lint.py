"""``flask db lint`` over the 1,000-revision folder, side by side with ``flask db upgrade --sql``.

Run it from the project root with the project's venv::

    .venv/bin/python benchmarks/lint.py            # 1,000 revisions, 7 runs each
    .venv/bin/python benchmarks/lint.py -n 3 --revisions 200

Both commands read every revision file and run every upgrade() offline; neither connects to a
database. The app and the revisions are those of run.py's ``upgrade`` scenarios (each revision
creates a table), in run.py's venv of this checkout (benchmarks/.venv-flask-migrations). Runs
alternate upgrade --sql, lint, upgrade --sql, ... each a fresh ``flask`` process; the script
prints the median wall and CPU time of each and their ratio (lint / upgrade --sql), for an app
on SQLite and one on PostgreSQL (a URL only: offline, no server is needed).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import (  # noqa: E402
    HERE,
    LARGE_APP,
    Run,
    init_folder,
    log,
    machine,
    our_side,
    run_flask,
    write_app,
    write_revisions,
)

PG = "postgresql+psycopg://bench@127.0.0.1:1/bench"  # never connected to
#: (app, database URL, whether each revision also runs raw SQL, which the linter parses)
APPS = [
    ("sqlite", "sqlite:///bench.db", False),
    ("postgresql", PG, False),
    ("postgresql, an op.execute in each revision", PG, True),
]
EXECUTE = """    op.execute("UPDATE step_{i:04d} SET name = 'x' WHERE id = 1")\n\n\ndef downgrade():"""


def add_raw_sql(versions: Path) -> None:
    """Give each revision's upgrade() a data statement after its create_table."""
    for i, path in enumerate(sorted(versions.glob("*.py"))):
        text = path.read_text()
        path.write_text(text.replace("\n\ndef downgrade():", EXECUTE.format(i=i), 1))
COMMANDS = {
    "upgrade --sql": ["db", "upgrade", "--sql"],
    "lint": ["db", "lint"],
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--repetitions", type=int, default=7)
    parser.add_argument("--revisions", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=HERE / ".work-lint")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    side = our_side()
    rows = []
    try:
        for number, (backend, url, raw_sql) in enumerate(APPS):
            folder = args.work / str(number)
            shutil.rmtree(folder, ignore_errors=True)
            env = {"BENCH_DATABASE_URL": url, "BENCH_MODELS": "0"}
            write_app(folder, side, LARGE_APP)
            init_folder(side, folder, env)
            write_revisions(folder / "migrations" / "versions", args.revisions)
            if raw_sql:
                add_raw_sql(folder / "migrations" / "versions")
            results: dict[str, list[Run]] = {name: [] for name in COMMANDS}
            for name, command in COMMANDS.items():  # warm-up: bytecode caches
                run_flask(side, folder, command, env, check=name != "lint")
            for rep in range(args.repetitions):
                for name, command in COMMANDS.items():
                    run = run_flask(side, folder, command, env, check=name != "lint")
                    results[name].append(run)
                    log(f"[{backend}] {rep + 1}/{args.repetitions} {name}: {run.seconds:.3f} s"
                        f" (cpu {run.cpu_seconds:.3f} s)")  # fmt: skip
            rows.append((backend, results))
    finally:
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)
    print()
    for line in machine():
        print(f"- {line}")
    print()
    print("| App | revisions | runs | wall, upgrade --sql | wall, lint | ratio |"
          " CPU, upgrade --sql | CPU, lint | CPU ratio | peak RSS, lint |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for backend, results in rows:
        sql, lint = results["upgrade --sql"], results["lint"]
        ws, wl = (statistics.median(r.seconds for r in x) for x in (sql, lint))
        cs, cl = (statistics.median(r.cpu_seconds for r in x) for x in (sql, lint))
        rss = max(r.max_rss_mb for r in lint)
        print(f"| {backend} | {args.revisions} | {len(sql)} | {ws:.2f} s | {wl:.2f} s"
              f" | {wl / ws:.2f} | {cs:.2f} s | {cl:.2f} s | {cl / cs:.2f} | {rss:.0f} MB |")  # fmt: skip


if __name__ == "__main__":
    main()
