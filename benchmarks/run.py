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
(ours / Flask-Migrate) and the peak resident memory of the runs, and their ratio.

The ``startup`` scenario times an app that imports the package and builds ``Migrate(app, db)``
against the same app with Flask-Migrate and with neither, and reports the milliseconds each adds.
With ``--models 300,1500`` or ``--revisions 200,1000,5000`` (``--growth`` sets both) the sized
scenarios run at every size, and a growth table shows how each side's cost grows.

Bytecode caches are written as in any normal install (PYTHONDONTWRITEBYTECODE is removed from
the runs' environment): otherwise the editable checkout, the app and every revision file would
be compiled again on every run, while the installed packages keep the caches pip wrote.

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
SCENARIOS = ("startup", "current", "check", "migrate", "upgrade-sqlite", "upgrade-postgresql")

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

STARTUP_APP = '''\
"""A benchmark app: Flask, Flask-SQLAlchemy, two models; BENCH_WITH names the package."""

import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(128))


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.ForeignKey(User.id))
    title = db.Column(db.String(200))


@app.route("/")
def index():
    return "ok"


if os.environ["BENCH_WITH"] == "flask_migrations":
    from flask_migrations import Migrate

    migrate = Migrate(app, db)
elif os.environ["BENCH_WITH"] == "flask_migrate":
    from flask_migrate import Migrate

    migrate = Migrate(app, db)
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
    return run_process(side, [side.flask, *args], cwd, env, check)


def run_process(side: Side, argv: list[str], cwd: Path, env: dict[str, str],
                check: bool = True) -> Run:
    """Run ``argv`` in a fresh process; its wall time, CPU time and peak resident memory."""
    full_env = {**os.environ, **env, "FLASK_APP": "app.py"}
    full_env.pop("PYTHONPATH", None)
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)  # caches written, as in a normal install
    args = argv[1:]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=full_env, stdout=out,
                                stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if check and proc.returncode != 0:
            err.seek(0)
            out.seek(0)
            sys.exit(f"{side.name}: {Path(argv[0]).name} {' '.join(args)} failed in {cwd}:\n"
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
    #: ``args`` are given to the side's ``python`` instead of its ``flask``.
    python: bool = False
    #: For the growth table: the scenario's size (models or revisions), and what is counted.
    size: int | None = None
    unit: str = ""


def measure(scenario: Scenario, sides: list[Side], repetitions: int) -> None:
    log(f"[{scenario.name}] warm-up")
    for side in sides:  # one untimed run each: bytecode caches written, files in page cache
        once(scenario, side)
    for rep in range(repetitions):
        # ABBA...: each side runs first as often as last, so a drift in load evens out.
        for side in (sides if rep % 2 == 0 else sides[::-1]):
            run = once(scenario, side)
            scenario.results.setdefault(side.name, []).append(run)
            log(f"[{scenario.name}] {rep + 1}/{repetitions} {side.name}: {run.seconds:.3f} s, "
                f"(cpu {run.cpu_seconds:.3f} s), {run.max_rss_mb:.0f} MB")


def once(scenario: Scenario, side: Side) -> Run:
    if scenario.before_each:
        scenario.before_each(side)
    program = side.python if scenario.python else side.flask
    run = run_process(side, [program, *scenario.args], scenario.workdirs[side.name],
                      scenario.env[side.name])
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


def neither_side() -> Side:
    """The Flask-Migrate venv running the app without either package (nor any entry point)."""
    return Side("neither", FM_VENV / "bin", "neither")


def setup_startup(work: Path, sides: list[Side], command: str) -> Scenario:
    """The start of an app, as a gunicorn worker (``import``) or ``flask routes`` (``routes``)
    does it: Flask, Flask-SQLAlchemy, two models and, per side, its ``Migrate(app, db)``.

    ``flask routes`` also loads every ``flask.commands`` entry point, as ``flask run`` does.
    """
    if command == "import":
        title, args, python = "start-up: `python -c 'import app'`", ["-c", "import app"], True
    else:
        title, args, python = "start-up: `flask routes`", ["routes"], False
    scenario = Scenario(f"startup-{command}", title, args, {}, {}, python=python)
    for side in sides:
        d = work / "startup" / side.package
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        (d / "app.py").write_text(STARTUP_APP)
        scenario.workdirs[side.name] = d
        scenario.env[side.name] = {"BENCH_WITH": side.package}
    return scenario


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
                    ["db", "check"], dirs, {name: env for name in dirs}, size=models,
                    unit="model")


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
                    after_each=forget_revision, size=models, unit="model")


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
                        ["db", "upgrade"], {}, {}, size=revisions, unit="revision")
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


def _medians(runs: list[Run]) -> tuple[float, float, float]:
    """Median wall time, median CPU time and peak RSS (the largest) of ``runs``."""
    return (statistics.median(r.seconds for r in runs),
            statistics.median(r.cpu_seconds for r in runs),
            max(r.max_rss_mb for r in runs))


def startup_table(scenarios: list[Scenario], sides: list[Side]) -> list[str]:
    """Each start-up: what the app costs with neither package, and what each package adds."""
    ours, theirs, neither = (side.name for side in sides)
    lines = [
        "| Start-up | runs | wall, neither | CPU, neither | added wall, ours | added CPU, ours "
        "| added wall, FM | added CPU, FM | CPU ratio | peak RSS neither / ours / FM |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scenarios:
        wn, cn, rn = _medians(s.results[neither])
        wa, ca, ra = _medians(s.results[ours])
        wb, cb, rb = _medians(s.results[theirs])
        lines.append(
            f"| {s.title} | {len(s.results[ours])} | {wn * 1000:.0f} ms | {cn * 1000:.0f} ms "
            f"| {(wa - wn) * 1000:+.0f} ms | {(ca - cn) * 1000:+.0f} ms "
            f"| {(wb - wn) * 1000:+.0f} ms | {(cb - cn) * 1000:+.0f} ms | {ca / cb:.2f} "
            f"| {rn:.0f} / {ra:.0f} / {rb:.0f} MB |")
    return lines


def command_table(scenarios: list[Scenario], sides: list[Side]) -> list[str]:
    ours, theirs = sides[0].name, sides[1].name
    lines = [
        "| Scenario | runs | wall, ours | wall, FM | ratio | CPU, ours | CPU, FM | CPU ratio "
        "| peak RSS ours | peak RSS FM | RSS ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scenarios:
        wa, ca, rss_a = _medians(s.results[ours])
        wb, cb, rss_b = _medians(s.results[theirs])
        lines.append(f"| {s.title} | {len(s.results[ours])} | {wa:.2f} s | {wb:.2f} s "
                     f"| {wa / wb:.2f} | {ca:.2f} s | {cb:.2f} s | {ca / cb:.2f} "
                     f"| {rss_a:.0f} MB | {rss_b:.0f} MB | {rss_a / rss_b:.2f} |")
    return lines


def growth_table(scenarios: list[Scenario], sides: list[Side]) -> list[str]:
    """For each scenario run at several sizes: CPU per model or revision, and how it grows.

    Linear growth keeps the cost per unit flat (it falls while the fixed start-up cost is
    spread over more units); a cost per unit that climbs with the size grows faster.
    """
    ours, theirs = sides[0].name, sides[1].name
    by_name: dict[str, list[Scenario]] = {}
    for s in scenarios:
        if s.size is not None:
            by_name.setdefault(s.name, []).append(s)
    lines = [
        "| Scenario | size | CPU, ours | CPU, FM | CPU ratio | ms per unit, ours "
        "| ms per unit, FM | x size | x CPU, ours | x CPU, FM |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, runs in by_name.items():
        if len(runs) < 2:
            continue
        runs.sort(key=lambda s: s.size or 0)
        first = runs[0]
        ca0 = _medians(first.results[ours])[1]
        cb0 = _medians(first.results[theirs])[1]
        for s in runs:
            size = s.size or 1
            ca = _medians(s.results[ours])[1]
            cb = _medians(s.results[theirs])[1]
            lines.append(
                f"| `{name}` | {size} {s.unit}s | {ca:.2f} s | {cb:.2f} s | {ca / cb:.2f} "
                f"| {ca / size * 1000:.2f} | {cb / size * 1000:.2f} "
                f"| {size / (first.size or 1):.1f} | {ca / ca0:.2f} | {cb / cb0:.2f} |")
    return lines if len(lines) > 2 else []


def report(scenarios: list[Scenario], sides: list[Side], pg_version: str | None,
           startup: list[Scenario], load: tuple[str, str]) -> None:
    print()
    for line in machine():
        print(f"- {line}")
    if pg_version:
        print(f"- PostgreSQL {pg_version}")
    print(f"- load average (1, 5, 15 min) at the start: {load[0]}; at the end: {load[1]}")
    for table in (startup_table(startup, [*sides, neither_side()]) if startup else [],
                  command_table(scenarios, sides) if scenarios else [],
                  growth_table(scenarios, sides)):
        if table:
            print()
            print("\n".join(table))


def load_average() -> str:
    try:
        return ", ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def sizes(text: str | None, default: str) -> list[int]:
    return [int(part) for part in (text or default).split(",") if part.strip()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-s", "--scenario", action="append", choices=SCENARIOS,
                        help="run this scenario (repeatable; default: all)")
    parser.add_argument("-n", "--repetitions", type=int, default=None,
                        help="timed runs per side and scenario (default 7, quick 3)")
    parser.add_argument("--startup-repetitions", type=int, default=None,
                        help="timed runs per side of the start-up scenarios (default 21)")
    parser.add_argument("--models", default=None,
                        help="models in the large schema, or several: 300,1500 (default 1500,"
                             " quick 300)")
    parser.add_argument("--revisions", default=None,
                        help="revisions to upgrade through, or several: 200,1000,5000 (default"
                             " 1000, quick 200)")
    parser.add_argument("--growth", action="store_true",
                        help="the sized scenarios at several sizes: 300,1500 models and"
                             " 200,1000,5000 revisions (unless given)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer runs")
    parser.add_argument("--work", type=Path, default=HERE / ".work",
                        help="scratch folder for the apps (default benchmarks/.work)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the PostgreSQL databases and the scratch folder")
    args = parser.parse_args(argv)
    reps = args.repetitions or (3 if args.quick else 7)
    models = sizes(args.models, "300,1500" if args.growth else "300" if args.quick else "1500")
    revisions = sizes(args.revisions, "200,1000,5000" if args.growth
                      else "200" if args.quick else "1000")
    chosen = args.scenario or list(SCENARIOS)

    sides = [our_side(), flask_migrate_side()]
    needs_pg = any(name in chosen for name in ("check", "migrate", "upgrade-postgresql"))
    pg = Postgres(pg_base_url()) if needs_pg else None
    pg_version = pg.server_version() if pg else None
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    load_before = load_average()
    done: list[Scenario] = []
    startup: list[Scenario] = []
    try:
        if "startup" in chosen:
            for command in ("import", "routes"):
                scenario = setup_startup(work, [*sides, neither_side()], command)
                measure(scenario, [*sides, neither_side()], args.startup_repetitions or 21)
                startup.append(scenario)
        if "current" in chosen:
            scenario = setup_current(work, sides)
            measure(scenario, sides, reps)
            done.append(scenario)
        for count in models if {"check", "migrate"} & set(chosen) else []:
            assert pg is not None
            large = setup_large(work, sides, pg, count)
            for name, make in (("check", setup_check), ("migrate", setup_migrate)):
                if name in chosen:
                    scenario = make(*large, count)
                    measure(scenario, sides, reps)
                    done.append(scenario)
        for name in ("upgrade-sqlite", "upgrade-postgresql"):
            for count in revisions if name in chosen else []:
                scenario = setup_upgrade(work, sides, name.split("-", 1)[1], pg, count)
                measure(scenario, sides, reps)
                done.append(scenario)
    finally:
        if pg is not None and not args.keep:
            pg.drop_all()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report(done, sides, pg_version, startup, (load_before, load_average()))


if __name__ == "__main__":
    main()
