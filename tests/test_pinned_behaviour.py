"""Behaviour a user would notice that no test pinned down (issue 10: each was a mutation of the
source that the whole suite let through). Each test names what it guards."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.cli import ScriptInfo
from flask_sqlalchemy import SQLAlchemy

import flask_migrations
from conftest import CLICK_8_2, app_cli, app_ok, fails, write_revision
from deploy_project import write_project
from flask_migrations import api as fm
from flask_migrations.cli import db as db_group
from flask_migrations.history_table import table as history_table
from flask_migrations.lock import hold
from test_cli import RECORDING_ENV
from test_multidb import Apps, apps, cli, ok, rev_id, revisions, sqlite_only, urls  # noqa: F401

SLEEP = "import time\ntime.sleep({})"


def history_rows(p: Any) -> list[Any]:
    """The history table's rows, read through its own Table (dates as datetimes everywhere)."""
    with p.app.app_context(), p.db.engine.connect() as connection:
        t = history_table(None)
        return list(connection.execute(sa.select(t).order_by(t.c.id)))


def status_line(p: Any, revision: str) -> str:
    return next(x for x in p.ok("db", "status").stdout.splitlines() if f" {revision} " in x)


# -- the history table: milliseconds, and each step's own start -----------------------------------


def test_each_step_is_timed_in_milliseconds_from_its_own_start(make_project, any_database_url):
    p = make_project(any_database_url)
    p.ok("db", "init")
    write_revision(p, "s1", None, SLEEP.format(1.1))
    write_revision(p, "s2", "s1", SLEEP.format(0.1))
    p.ok("db", "upgrade")
    first, second = history_rows(p)
    assert 1100 <= first.duration_ms < 60_000  # milliseconds, not seconds nor microseconds
    assert 100 <= second.duration_ms < 1000  # s2's own time, without s1's
    # s2 started when s1 ended (MySQL keeps whole seconds: still a second apart)
    assert (second.started_at - first.started_at).total_seconds() >= 1
    assert re.search(r" UTC, 1\d{3} ms, ", status_line(p, "s1"))


# -- an edit to a stamped revision ----------------------------------------------------------------


def test_an_edit_to_a_stamped_revision_is_reported_and_accepted(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    p.ok("db", "upgrade", "r01")
    p.ok("db", "stamp", "r02")
    r02 = p.migrations / "versions" / "r02_step.py"
    r02.write_text(r02.read_text() + "\n# edited after it was stamped\n")
    line = status_line(p, "r02")
    assert ", stamped, " in line and line.endswith("EDITED since applied")
    warned = p.ok("db", "upgrade").stderr
    assert "Warning: Revision r02 of the default database was edited after it was applied" in (
        warned
    )
    p.ok("db", "accept-edit", "r02")
    line = status_line(p, "r02")
    assert ", stamped, " in line and " ms" not in line and "EDITED" not in line
    assert "Warning" not in p.ok("db", "upgrade").stderr


# -- the migration lock: its timeout's unit, binds on one server, in-memory SQLite ----------------


def test_a_waiting_upgrade_runs_once_the_holder_lets_go(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=1)
    held, release = threading.Event(), threading.Event()
    with p.app.app_context():
        engine = p.db.engine

        def holder() -> None:
            with hold([("", engine)]):
                held.set()
                release.wait(60)

        thread = threading.Thread(target=holder)
        thread.start()
        try:
            assert held.wait(30)
            timer = threading.Timer(2.0, release.set)  # lets go well within the timeout
            timer.start()
            result = p.cli("db", "upgrade", "--lock-timeout", "15")
        finally:
            release.set()
            thread.join()
    assert result.exit_code == 0, result.stderr
    assert "Waiting for the migration lock of the default database" in result.stderr
    assert p.version() == {"r01"}


def test_a_lock_timeout_of_one_second_gives_up_after_about_one_second(
    make_project, any_database_url
):
    p = make_project(any_database_url)
    write_project(p, count=1)
    with p.app.app_context(), hold([("", p.db.engine)]):
        started = time.monotonic()
        result = p.cli("db", "upgrade", "--lock-timeout", "1")
        waited = time.monotonic() - started
    assert result.exit_code == 3
    assert "Error: Gave up waiting for the migration lock of the default database after 1" in (
        result.stderr
    )
    assert 1 <= waited < 30, waited  # not a thousand times shorter or longer
    assert p.version() == set()


def test_two_binds_on_one_server_each_take_their_own_lock(apps: Apps) -> None:  # noqa: F811
    app = apps.make(bind_keys=("users",))
    apps.model(app, "Thing")
    apps.model(app, "User", bind="users")
    ok(app, "db", "init", "--multidb")
    ok(app, "db", "migrate", "-m", "first")
    with app.app_context(), hold([("users", app.db.engines["users"])]):
        result = cli(app, "db", "upgrade", "--lock-timeout", "0.3")
    assert result.exit_code == 3
    assert "Waiting for the migration lock of the users database" in result.stderr
    assert apps.version("default") == apps.version("users") == set()
    ok(app, "db", "upgrade")
    # Two names for one database lock it once: the second never waits on the first.
    with app.app_context():
        engine = app.db.engines[None]
        same = sa.create_engine(engine.url)
        try:
            with hold([("", engine), ("again", same)], timeout=1) as held:
                assert [lock.database for lock in held.locks] == [""]
        finally:
            same.dispose()


def test_two_binds_reaching_one_database_by_different_urls_lock_it_once(
    server_database_url, tmp_path, monkeypatch
):
    """The same database through another host name (or a pooler's port): its lock is the one
    this process already holds, so the command must not wait on itself until the timeout."""
    monkeypatch.chdir(tmp_path)
    url = sa.engine.make_url(server_database_url)
    assert url.host == "127.0.0.1"
    other = url.set(host="localhost").render_as_string(hide_password=False)
    app = Flask("twourls", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = server_database_url
    app.config["SQLALCHEMY_BINDS"] = {"reports": other}  # read by the app, never migrated
    db = SQLAlchemy(app)
    flask_migrations.Migrate(app, db, directory="migrations")
    try:
        app_ok(app, "db", "init")
        write_revision(_Folder(tmp_path), "r1", None, "pass")
        result = app_cli(app, "db", "upgrade", "--lock-timeout", "2")
        assert result.exit_code == 0, result.stderr
        assert "Waiting" not in result.stderr
    finally:
        with app.app_context():
            for engine in db.engines.values():
                engine.dispose()


class _Folder:
    """What write_revision needs of a project: its migrations folder."""

    def __init__(self, root: Path) -> None:
        self.migrations = root / "migrations"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        # SQLAlchemy 2.1 will pool this URL differently and says so
        pytest.param(
            "sqlite:///file:memdb?mode=memory&cache=shared&uri=true",
            marks=pytest.mark.filterwarnings("ignore:Selection of the SingletonThreadPool"),
        ),
    ],
)
def test_in_memory_sqlite_makes_no_lock_file(make_project, tmp_path: Path, url: str):
    seen: list[str] = []

    def look(ctx: Any, step: Any, heads: Any, run_args: Any) -> None:  # while migrating
        seen.extend(
            str(f.relative_to(tmp_path))
            for f in tmp_path.rglob("*migrations-lock")
            if f.name != ".migrations-lock"  # the migrations folder's, not a database's
        )

    p = make_project(url, on_version_apply=look)
    write_project(p, count=2)
    p.ok("db", "upgrade")
    assert p.version() == {"r02"}
    assert seen == []


# -- exactly two databases ------------------------------------------------------------------------


@sqlite_only
def test_history_and_current_name_the_databases_when_there_are_two(apps: Apps) -> None:  # noqa: F811
    app = apps.make(bind_keys=("users",))
    apps.model(app, "Thing")
    apps.model(app, "User", bind="users")
    ok(app, "db", "init", "--multidb")
    ok(app, "db", "migrate", "-m", "first")
    ok(app, "db", "upgrade")
    rev = rev_id(revisions(apps.root)[0])
    assert f"{rev} (head) (current: default, users), first" in ok(app, "db", "history", "-i").stdout
    assert ok(app, "db", "current").stdout.splitlines() == [
        "default:",
        f"{rev} (head)",
        "users:",
        f"{rev} (head)",
    ]


# -- -x values that look like a relative revision -------------------------------------------------


def test_x_value_that_looks_like_a_step_stays_a_value(project):
    p = project
    p.ok("db", "init")
    (p.migrations / "env.py").write_text(RECORDING_ENV)
    write_revision(p, "a1", None, "pass")
    write_revision(p, "b2", "a1", "pass")
    write_revision(p, "c3", "b2", "pass")

    def last() -> dict[str, Any]:
        import json

        return json.loads((p.migrations / "seen.jsonl").read_text().splitlines()[-1])

    p.ok("db", "upgrade", "-x", "-2")  # -2 is the value of -x; the revision is head
    assert last()["x"] == ["-2"] and p.version() == {"c3"}
    p.ok("db", "downgrade", "-x", "tenant=a", "-2")  # -2 after a value: two steps back
    assert last()["x"] == ["tenant=a"] and p.version() == {"a1"}
    p.ok("db", "upgrade", "-x", "-1", "+1")
    assert last()["x"] == ["-1"] and p.version() == {"b2"}


# -- the application's own on_version_apply hook --------------------------------------------------


@pytest.mark.parametrize("as_list", [False, True], ids=["callable", "list"])
def test_the_apps_own_on_version_apply_hook_sees_every_step(make_project, sqlite_url, as_list):
    steps: list[tuple[str, str, list[str]]] = []

    def hook(ctx: Any, step: Any, heads: Any, run_args: Any) -> None:
        direction = "upgrade" if step.is_upgrade else "downgrade"
        steps.append((step.up_revision_id, direction, sorted(heads)))

    p = make_project(sqlite_url, on_version_apply=[hook] if as_list else hook)
    write_project(p, count=2)
    p.ok("db", "upgrade")
    p.ok("db", "downgrade")
    assert steps == [
        ("r01", "upgrade", ["r01"]),
        ("r02", "upgrade", ["r02"]),
        ("r02", "downgrade", ["r01"]),
    ]
    # ours run after theirs: the history still has every step
    assert [(r.revision, r.direction) for r in history_rows(p)] == [
        ("r01", "upgrade"),
        ("r02", "upgrade"),
        ("r02", "downgrade"),
    ]


# -- multi-database failure reports ---------------------------------------------------------------


def test_a_bind_without_models_is_named_with_exclude_binds(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    metadata = sa.MetaData()
    sa.Table("thing", metadata, sa.Column("id", sa.Integer, primary_key=True))
    engines = {
        None: sa.create_engine(f"sqlite:///{tmp_path / 'app.db'}"),
        "logs": sa.create_engine(f"sqlite:///{tmp_path / 'logs.db'}"),  # no models
    }

    def make(**kwargs: Any) -> Flask:
        app = Flask("nomodels", root_path=str(tmp_path))
        flask_migrations.Migrate(
            app, metadata={None: metadata}, engines=engines, directory="migrations", **kwargs
        )
        return app

    try:
        app = make()
        app_ok(app, "db", "init", "--multidb")
        err = fails(app_cli(app, "db", "migrate", "-m", "first"))
        assert err.startswith("Error: Database logs: ")
        assert (
            "The logs database has no models; leave it alone with"
            " Migrate(exclude_binds=['logs'])." in err
        )
        assert not list((tmp_path / "migrations" / "versions").glob("*.py"))
        app_ok(make(exclude_binds=["logs"]), "db", "migrate", "-m", "first")  # as advised
    finally:
        for engine in engines.values():
            engine.dispose()


def test_a_custom_version_table_is_read_in_the_failure_report(apps: Apps) -> None:  # noqa: F811
    app = apps.make(bind_keys=("users",), version_table="fm_versions")
    apps.model(app, "Thing")
    apps.model(app, "User", bind="users")
    ok(app, "db", "init", "--multidb")
    ok(app, "db", "migrate", "-m", "first")
    ok(app, "db", "upgrade")
    first = rev_id(revisions(apps.root)[0])
    ok(app, "db", "revision", "-m", "broken", "--rev-id", "b0rken")
    broken = revisions(apps.root)[-1]
    keep = "op.create_table('kept', sa.Column('id', sa.Integer, primary_key=True))"
    fail = "op.execute('SELECT * FROM no_such_table')"
    broken.write_text(
        broken.read_text()
        .replace("def upgrade_():\n    pass", f"def upgrade_():\n    {keep}")
        .replace("def upgrade_users():\n    pass", f"def upgrade_users():\n    {fail}")
    )
    err = fails(cli(app, "db", "upgrade"))
    assert err.startswith("Error: Database users: Revision b0rken (broken) failed at ")
    assert err.strip().endswith(
        f"Where each database stands now: default at b0rken, users at {first}."
    )
    assert "alembic_version" not in apps.tables("default") | apps.tables("users")


# -- the database goes away, or its driver is missing ---------------------------------------------

#: How to find and end the session that runs a marked statement, from another connection.
KILL = {
    "postgresql": (
        "SELECT pid FROM pg_stat_activity WHERE query LIKE '%%fm_marker%%'"
        " AND pid <> pg_backend_pid()",
        "SELECT pg_terminate_backend({})",
    ),
    "mysql": (
        "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE '%%fm_marker%%'"
        " AND ID <> CONNECTION_ID()",
        "KILL {}",
    ),
}
SLOW = {
    "postgresql": 'op.execute("SELECT pg_sleep(60) AS fm_marker")',
    "mysql": 'op.execute("SELECT SLEEP(60) AS fm_marker")',
}


def _kill_when_running(url: str, backend: str, done: threading.Event) -> None:
    find, kill = KILL[backend]
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            while not done.is_set():
                found = connection.execute(sa.text(find)).scalar()
                if found is not None:
                    connection.execute(sa.text(kill.format(int(found))))
                    return
                time.sleep(0.1)
    finally:
        engine.dispose()


def test_a_connection_lost_mid_statement_says_so(make_project, server_database_url):
    p = make_project(server_database_url)
    backend = "postgresql" if server_database_url.startswith("postgresql") else "mysql"
    p.ok("db", "init")
    write_revision(p, "r1", None, "pass")
    p.ok("db", "upgrade")
    write_revision(p, "r2", "r1", SLOW[backend])
    done = threading.Event()
    killer = threading.Thread(target=_kill_when_running, args=(p.url, backend, done))
    killer.start()
    try:
        result = p.cli("db", "upgrade")
    finally:
        done.set()
        killer.join()
    err = fails(result)
    assert err.startswith("Error: Revision r2 (step r2) failed at migrations/versions/r2_step.py")
    assert "The connection to the database was lost (the server ended it, or went away)" in err
    assert "then run 'flask db upgrade' again." in err
    assert "Fix the revision file" not in err
    assert p.version() == {"r1"}


def test_a_missing_driver_deep_in_the_app_factorys_errors_is_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def create_app() -> Flask:
        app = Flask("nodriver", root_path=str(tmp_path))
        app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql+pg8000://u:s3cr3t@127.0.0.1/db"
        try:
            try:
                SQLAlchemy(app)  # Flask-SQLAlchemy creates the engine: the import fails
            except ImportError as exc:
                raise RuntimeError("the database extension could not start") from exc
        except RuntimeError:
            raise LookupError("the app could not be configured")  # noqa: B904 - as apps do
        return app

    from click.testing import CliRunner

    kwargs = {} if CLICK_8_2 else {"mix_stderr": False}
    result = CliRunner(**kwargs).invoke(
        db_group, ["upgrade"], obj=ScriptInfo(create_app=create_app)
    )
    err = fails(result)
    assert "The database driver pg8000 is not installed." in err
    assert "pip install pg8000" in err
    assert "s3cr3t" not in result.stdout + err


# -- what a failed revision leaves behind ---------------------------------------------------------


@pytest.mark.parametrize("server_database_url", ["postgresql", "mysql"], indirect=True)
def test_ddl_failing_after_dml_in_one_revision(make_project, server_database_url):
    p = make_project(server_database_url)
    p.ok("db", "init")
    write_revision(p, "r1", None, "op.create_table('t', sa.Column('id', sa.Integer))")
    p.ok("db", "upgrade")
    write_revision(
        p,
        "r2",
        "r1",
        """
        op.execute("INSERT INTO t (id) VALUES (7)")
        op.create_table('t', sa.Column('id', sa.Integer))  # exists: fails
        """,
    )
    err = fails(p.cli("db", "upgrade"))
    with p.app.app_context(), p.db.engine.connect() as connection:
        count = connection.execute(sa.text("SELECT count(*) FROM t")).scalar()
    assert p.version() == {"r1"}
    if server_database_url.startswith("postgresql"):
        assert "PostgreSQL rolled back the changes" in err
        assert count == 0
    else:  # MySQL commits before it runs DDL, even DDL that fails: the INSERT stays
        assert count == 1
        assert "1 statement of revision r2 already ran and stays applied:" in err
        assert "\n  INSERT INTO t (id) VALUES (7)\n" in err
        assert "rolled back" not in err


def test_a_failing_first_revision_leaves_the_database_at_base(make_project, any_database_url):
    p = make_project(any_database_url)
    p.ok("db", "init")
    write_revision(
        p,
        "r1",
        None,
        """
        op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))
        op.execute('SELECT * FROM no_such_table')
        """,
    )
    err = fails(p.cli("db", "upgrade"))
    assert p.version() == set()
    assert "The database is at base (no revision applied)." in err
    if p.url.startswith("mysql"):  # the CREATE TABLE committed
        assert "1 statement of revision r1 already ran and stays applied:" in err
        assert "record it with 'flask db stamp r1'" in err
        assert "one" in p.table_names()
    else:
        assert "rolled back the changes" in err
        assert "one" not in p.table_names()


@pytest.mark.parametrize("server_database_url", ["mysql"], indirect=True)
def test_a_failing_downgrade_of_the_first_revision_points_to_stamp_base(
    make_project, server_database_url
):
    p = make_project(server_database_url)
    p.ok("db", "init")
    write_revision(
        p,
        "r1",
        None,
        "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))",
        """
        op.drop_table('one')
        op.execute('SELECT * FROM no_such_table')
        """,
    )
    p.ok("db", "upgrade")
    err = fails(p.cli("db", "downgrade"))
    assert "1 statement of revision r1 already ran and stays applied:" in err
    assert "record it with 'flask db stamp base'." in err
    assert "The database is at revision r1." in err


# -- passwords ------------------------------------------------------------------------------------


def test_a_password_in_a_url_the_app_does_not_configure_is_hidden(project):
    p = project
    p.ok("db", "init")
    url = "postgresql://legacy:Hunter2-legacy@old-db.example/data"
    write_revision(p, "r1", None, f"raise RuntimeError('cannot copy the rows of {url}')")
    for args in (("db", "upgrade"), ("db", "-v", "upgrade")):
        result = p.cli(*args)
        assert result.exit_code == 1
        out = result.stdout + result.stderr
        assert "Hunter2-legacy" not in out
        assert "postgresql://legacy:***@old-db.example/data" in out


# -- merge with no revisions ----------------------------------------------------------------------


def test_merge_with_empty_revisions_merges_the_heads(project):
    p = project
    p.ok("db", "init")
    write_revision(p, "a1", None, "pass")
    write_revision(p, "b2", "a1", "pass")
    write_revision(p, "c3", "a1", "pass")
    with p.app.app_context():
        [merged] = fm.merge(revisions="", rev_id="m4")
        assert set(merged.down_revision) == {"b2", "c3"}
        write_revision(p, "d5", "a1", "pass")
        flask_migrations.merge(revisions="", rev_id="m6")  # Flask-Migrate's default
        [head] = fm.heads()
    assert head.revision == "m6" and set(head.down_revision) == {"m4", "d5"}
