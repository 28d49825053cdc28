"""Side-by-side timings of Flask-Migrations and Flask-Migrate 4.1.0 on the same app and database.

Run it from the project root with the project's venv (``make benchmark`` does)::

    .venv/bin/python benchmarks/run.py                 # every scenario, 7 runs each
    .venv/bin/python benchmarks/run.py --quick         # smaller schema, 3 runs each
    .venv/bin/python benchmarks/run.py -s check -n 11  # one scenario, 11 runs

Both packages register a ``flask.commands`` entry point named ``db``, so each runs from a venv
of its own, which this script creates with the same versions of Flask, SQLAlchemy,
Flask-SQLAlchemy, Alembic and psycopg as the venv running it: benchmarks/.venv-flask-migrations
(this checkout, editable) and benchmarks/.venv-flask-migrate (Flask-Migrate 4.1.0). Every
timed run is a fresh ``flask db ...`` process; runs alternate ours, Flask-Migrate, ours, ... and
the script prints the median wall time and CPU time of each side, the ratio of the medians
(ours / Flask-Migrate) and the peak resident memory of the runs.

PostgreSQL scenarios need a server; the URL comes from FLASK_MIGRATIONS_BENCH_POSTGRESQL_URL,
else FLASK_MIGRATIONS_TEST_POSTGRESQL_URL, else postgresql+psycopg://postgres@127.0.0.1:5432/
postgres. The script creates and drops its own databases (fmbench_*) there.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FM_VENV = HERE / ".venv-flask-migrate"
OURS_VENV = HERE / ".venv-flask-migrations"
FM_VERSION = "4.1.0"
#: Packages the Flask-Migrate venv gets at the versions installed in ours.
SHARED_PACKAGES = ("Flask", "Werkzeug", "click", "SQLAlchemy", "Flask-SQLAlchemy", "alembic",
                   "Mako", "psycopg", "psycopg-binary")
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
SCENARIOS = ("current", "check", "migrate", "upgrade-sqlite", "upgrade-postgresql")

# -- the applications --------------------------------------------------------------------------

LARGE_APP = '''\
"""A benchmark app: BENCH_MODELS models of 8 columns, an index and a foreign key each."""

import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from {package} import Migrate

MODELS = int(os.environ.get("BENCH_MODELS", "0"))

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["BENCH_DATABASE_URL"]
db = SQLAlchemy(app)
migrate = Migrate(app, db)


def make_model(i):
    attrs = {{
        "__tablename__": f"model_{{i:04d}}",
        "id": db.Column(db.Integer, primary_key=True),
        "name": db.Column(db.String(100), nullable=False),
        "code": db.Column(db.String(20), index=True),
        "amount": db.Column(db.Numeric(12, 2)),
        "active": db.Column(db.Boolean, nullable=False, default=True),
        "created_at": db.Column(db.DateTime),
        "notes": db.Column(db.Text),
        "parent_id": db.Column(db.Integer, db.ForeignKey(f"model_{{max(i - 1, 0):04d}}.id")),
    }}
    if i == 0 and os.environ.get("BENCH_CHANGE") == "1":
        attrs["extra"] = db.Column(db.String(50))
    return type(f"Model{{i:04d}}", (db.Model,), attrs)


for _i in range(MODELS):
    make_model(_i)
'''

REVISION = '''\
"""step {i}

Revision ID: {rev}
Revises: {down}
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = {rev!r}
down_revision = {down_repr}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "step_{i:04d}",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("step_{i:04d}")
'''


# -- environment ----------------------------------------------------------------------------


@dataclass
class Side:
    """One of the two packages: its name, its venv's bin folder and its import name."""

    name: str
    bin: Path
    package: str

    @property
    def flask(self) -> str:
        return str(self.bin / "flask")

    @property
    def python(self) -> str:
        return str(self.bin / "python")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ensure_venv(venv: Path, requirement: str) -> None:
    """A venv at ``venv`` with ``requirement`` and our venv's versions of the shared packages.

    Both sides get a venv of their own with the same packages, so that neither pays for what
    the other happens to have installed (the project's dev venv has Pygments, for instance,
    which makes Mako, and so Alembic, import a plugin for it).
    """
    pins = []
    for name in SHARED_PACKAGES:
        try:
            pins.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    wanted = "\n".join([requirement, *pins]) + "\n"
    stamp = venv / ".installed"
    if stamp.exists() and stamp.read_text() == wanted:
        return
    log(f"creating {venv} with {requirement}")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, *wanted.split()], check=True)
    stamp.write_text(wanted)


def flask_migrate_side() -> Side:
    """Flask-Migrate 4.1.0 in benchmarks/.venv-flask-migrate, without Flask-Migrations."""
    ensure_venv(FM_VENV, f"Flask-Migrate=={FM_VERSION}")
    side = Side("Flask-Migrate", FM_VENV / "bin", "flask_migrate")
    probe = subprocess.run(
        [side.python, "-c", "import importlib.util as u; print(u.find_spec('flask_migrations'))"],
        capture_output=True, text=True, check=True,
    )
    if probe.stdout.strip() != "None":
        sys.exit(f"{FM_VENV} must not have flask_migrations installed")
    return side


def our_side() -> Side:
    """This checkout of Flask-Migrations (editable) in benchmarks/.venv-flask-migrations."""
    try:
        import flask_migrations  # noqa: F401
    except ImportError:
        sys.exit("Run this script with the project's venv: .venv/bin/python benchmarks/run.py")
    ensure_venv(OURS_VENV, f"-e {ROOT}")
    return Side("Flask-Migrations", OURS_VENV / "bin", "flask_migrations")


def pg_base_url() -> str:
    return (os.environ.get("FLASK_MIGRATIONS_BENCH_POSTGRESQL_URL")
            or os.environ.get("FLASK_MIGRATIONS_TEST_POSTGRESQL_URL")
            or DEFAULT_PG_URL)


class Postgres:
    """Creates and drops the benchmark's databases on the server."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def fresh(self, name: str) -> str:
        """An empty database called ``name``; returns its URL."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        if name not in self.created:
            self.created.append(name)
        return self.url_of(name)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def empty_schema(self, name: str) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url_of(name), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()

    def server_version(self) -> str:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar())

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.engine.dispose()


# -- running ------------------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the process
    max_rss_mb: float


def run_flask(side: Side, cwd: Path, args: list[str], env: dict[str, str],
              check: bool = True) -> Run:
    """Run ``flask <args>`` in a fresh process; its wall time and peak resident memory."""
    full_env = {**os.environ, **env, "FLASK_APP": "app.py"}
    full_env.pop("PYTHONPATH", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([side.flask, *args], cwd=cwd, env=full_env, stdout=out,
                                stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if check and proc.returncode != 0:
            err.seek(0)
            out.seek(0)
            sys.exit(f"{side.name}: flask {' '.join(args)} failed in {cwd}:\n"
                     f"{out.read().decode()[-3000:]}\n{err.read().decode()[-3000:]}")
    # ru_maxrss is in kilobytes on Linux.
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass
class Scenario:
    """One timed command, with what to do before each run and the app it runs in, per side."""

    name: str
    title: str
    args: list[str]
    workdirs: dict[str, Path]
    env: dict[str, dict[str, str]]
    before_each: Callable[[Side], None] | None = None
    after_each: Callable[[Side], None] | None = None
    results: dict[str, list[Run]] = field(default_factory=dict)


def measure(scenario: Scenario, sides: list[Side], repetitions: int) -> None:
    log(f"[{scenario.name}] warm-up")
    for side in sides:  # one untimed run each: bytecode caches written, files in page cache
        once(scenario, side)
    for rep in range(repetitions):
        for side in sides:
            run = once(scenario, side)
            scenario.results.setdefault(side.name, []).append(run)
            log(f"[{scenario.name}] {rep + 1}/{repetitions} {side.name}: {run.seconds:.3f} s, "
                f"(cpu {run.cpu_seconds:.3f} s), {run.max_rss_mb:.0f} MB")


def once(scenario: Scenario, side: Side) -> Run:
    if scenario.before_each:
        scenario.before_each(side)
    run = run_flask(side, scenario.workdirs[side.name], scenario.args, scenario.env[side.name])
    if scenario.after_each:
        scenario.after_each(side)
    return run


# -- set-up of each scenario ---------------------------------------------------------------------


def write_app(directory: Path, side: Side, source: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "app.py").write_text(source.format(package=side.package))


def init_folder(side: Side, directory: Path, env: dict[str, str]) -> None:
    shutil.rmtree(directory / "migrations", ignore_errors=True)
    run_flask(side, directory, ["db", "init"], env)


def setup_current(work: Path, sides: list[Side]) -> Scenario:
    """The quickstart app of the README on SQLite, at its head revision."""
    quickstart = (ROOT / "examples" / "quickstart" / "app.py").read_text()
    scenario = Scenario("current", "`flask db current`, quickstart app (SQLite)",
                        ["db", "current"], {}, {})
    for side in sides:
        d = work / "current" / side.package
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        source = quickstart.replace("from flask_migrations import", f"from {side.package} import")
        (d / "app.py").write_text(source)
        init_folder(side, d, {})
        run_flask(side, d, ["db", "migrate", "-m", "create users"], {})
        run_flask(side, d, ["db", "upgrade"], {})
        scenario.workdirs[side.name] = d
        scenario.env[side.name] = {}
    return scenario


def setup_large(work: Path, sides: list[Side], pg: Postgres, models: int) -> tuple[
        dict[str, Path], dict[str, str]]:
    """One PostgreSQL database with ``models`` tables, and an app folder per side for it."""
    url = pg.fresh("fmbench_large")
    env = {"BENCH_DATABASE_URL": url, "BENCH_MODELS": str(models)}
    dirs: dict[str, Path] = {}
    for side in sides:
        d = work / "large" / side.package
        shutil.rmtree(d, ignore_errors=True)
        write_app(d, side, LARGE_APP)
        init_folder(side, d, env)
        dirs[side.name] = d
    log(f"creating {models} tables")
    # In chunks: one transaction for all tables would need more locks than a default server has.
    create = ("from app import app, db\n"
              "with app.app_context():\n"
              "    tables = db.metadata.sorted_tables\n"
              "    for i in range(0, len(tables), 100):\n"
              "        db.metadata.create_all(db.engine, tables=tables[i:i + 100])\n")
    subprocess.run([sides[0].python, "-c", create], cwd=dirs[sides[0].name], check=True,
                   env={**os.environ, **env})
    return dirs, env


def setup_check(dirs: dict[str, Path], env: dict[str, str], models: int) -> Scenario:
    return Scenario("check", f"`flask db check`, no changes, {models} models (PostgreSQL)",
                    ["db", "check"], dirs, {name: env for name in dirs})


def setup_migrate(dirs: dict[str, Path], env: dict[str, str], models: int) -> Scenario:
    changed = {**env, "BENCH_CHANGE": "1"}

    def forget_revision(side: Side) -> None:
        versions = dirs[side.name] / "migrations" / "versions"
        made = [p for p in versions.glob("*.py")]
        if len(made) != 1:
            sys.exit(f"{side.name}: flask db migrate wrote {len(made)} files, expected 1")
        for p in made:
            p.unlink()
        shutil.rmtree(versions / "__pycache__", ignore_errors=True)

    return Scenario("migrate",
                    f"`flask db migrate`, one model changed, {models} models (PostgreSQL)",
                    ["db", "migrate", "-m", "change"], dirs, {name: changed for name in dirs},
                    after_each=forget_revision)


def write_revisions(versions: Path, count: int) -> None:
    versions.mkdir(parents=True, exist_ok=True)
    down = None
    for i in range(count):
        rev = f"{i + 1:04d}bench{i + 1:04d}"
        text = REVISION.format(i=i, rev=rev, down=down or "", down_repr=repr(down))
        (versions / f"{rev}_step_{i}.py").write_text(text)
        down = rev


def setup_upgrade(work: Path, sides: list[Side], backend: str, pg: Postgres | None,
                  revisions: int) -> Scenario:
    """``revisions`` revisions, each creating a table, run from an empty database."""
    name = f"upgrade-{backend}"
    scenario = Scenario(name, f"`flask db upgrade`, {revisions} revisions from empty ({backend})",
                        ["db", "upgrade"], {}, {})
    reset: dict[str, Callable[[], None]] = {}
    for side in sides:
        d = work / name / side.package
        shutil.rmtree(d, ignore_errors=True)
        if backend == "sqlite":
            db_file = d / "bench.db"
            url = f"sqlite:///{db_file}"

            def reset_side(db_file: Path = db_file) -> None:
                db_file.unlink(missing_ok=True)
        else:
            assert pg is not None
            database = f"fmbench_up_{side.package}"
            url = pg.fresh(database)

            def reset_side(database: str = database) -> None:
                pg.empty_schema(database)  # type: ignore[union-attr]
        env = {"BENCH_DATABASE_URL": url, "BENCH_MODELS": "0"}
        write_app(d, side, LARGE_APP)
        init_folder(side, d, env)
        write_revisions(d / "migrations" / "versions", revisions)
        scenario.workdirs[side.name] = d
        scenario.env[side.name] = env
        reset[side.name] = reset_side
    scenario.before_each = lambda side: reset[side.name]()
    return scenario


# -- report ----------------------------------------------------------------------------------


def machine() -> list[str]:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
    except OSError:
        pass
    versions = ", ".join(f"{n} {metadata.version(n)}" for n in
                         ("flask-migrations", "Flask", "SQLAlchemy", "Flask-SQLAlchemy",
                          "alembic", "psycopg"))
    return [f"{cpu}, {os.cpu_count()} cores, {mem}",
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}",
            f"{versions}; Flask-Migrate {FM_VERSION}"]


def report(scenarios: list[Scenario], sides: list[Side], pg_version: str | None) -> None:
    ours, theirs = sides[0].name, sides[1].name
    lines = [
        "| Scenario | runs | wall, ours | wall, FM | ratio | CPU, ours | CPU, FM | CPU ratio "
        "| peak RSS ours | peak RSS FM |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scenarios:
        a, b = s.results[ours], s.results[theirs]
        wa = statistics.median(r.seconds for r in a)
        wb = statistics.median(r.seconds for r in b)
        ca = statistics.median(r.cpu_seconds for r in a)
        cb = statistics.median(r.cpu_seconds for r in b)
        rss_a = max(r.max_rss_mb for r in a)
        rss_b = max(r.max_rss_mb for r in b)
        lines.append(f"| {s.title} | {len(a)} | {wa:.2f} s | {wb:.2f} s | {wa / wb:.2f} "
                     f"| {ca:.2f} s | {cb:.2f} s | {ca / cb:.2f} "
                     f"| {rss_a:.0f} MB | {rss_b:.0f} MB |")
    print()
    for line in machine():
        print(f"- {line}")
    if pg_version:
        print(f"- PostgreSQL {pg_version}")
    print()
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-s", "--scenario", action="append", choices=SCENARIOS,
                        help="run this scenario (repeatable; default: all)")
    parser.add_argument("-n", "--repetitions", type=int, default=None,
                        help="timed runs per side and scenario (default 7, quick 3)")
    parser.add_argument("--models", type=int, default=None,
                        help="models in the large schema (default 1500, quick 300)")
    parser.add_argument("--revisions", type=int, default=None,
                        help="revisions to upgrade through (default 1000, quick 200)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer runs")
    parser.add_argument("--work", type=Path, default=HERE / ".work",
                        help="scratch folder for the apps (default benchmarks/.work)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the PostgreSQL databases and the scratch folder")
    args = parser.parse_args(argv)
    reps = args.repetitions or (3 if args.quick else 7)
    models = args.models or (300 if args.quick else 1500)
    revisions = args.revisions or (200 if args.quick else 1000)
    chosen = args.scenario or list(SCENARIOS)

    sides = [our_side(), flask_migrate_side()]
    needs_pg = any(name in chosen for name in ("check", "migrate", "upgrade-postgresql"))
    pg = Postgres(pg_base_url()) if needs_pg else None
    pg_version = pg.server_version() if pg else None
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    done: list[Scenario] = []
    try:
        large: tuple[dict[str, Path], dict[str, str]] | None = None
        for name in SCENARIOS:
            if name not in chosen:
                continue
            if name == "current":
                scenario = setup_current(work, sides)
            elif name in ("check", "migrate"):
                assert pg is not None
                if large is None:
                    large = setup_large(work, sides, pg, models)
                make = setup_check if name == "check" else setup_migrate
                scenario = make(*large, models)
            else:
                backend = name.split("-", 1)[1]
                scenario = setup_upgrade(work, sides, backend, pg, revisions)
            measure(scenario, sides, reps)
            done.append(scenario)
    finally:
        if pg is not None and not args.keep:
            pg.drop_all()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report(done, sides, pg_version)


if __name__ == "__main__":
    main()
