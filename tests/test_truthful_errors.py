"""What a failing command says is true (issue 11, part 4): what an autocommit_block committed
before a failure, timeouts and server limits that are no fault of the revision, and connection
errors that name the database they could not reach."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from flask import Flask
from flask.cli import ScriptInfo
from flask_sqlalchemy import SQLAlchemy

from conftest import CLICK_8_2, Project, fails, fresh_database, server_url, write_revision
from flask_migrations import Migrate, api
from flask_migrations.cli import db as db_group

SECRET = "s3cr3t"
FIX_REVISION = "Fix the revision file"
TABLE = "op.create_table('{0}', sa.Column('id', sa.Integer, primary_key=True))"


@pytest.fixture
def database_of(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """Make a fresh database of a backend by name; dropped at the end of the test."""
    with contextlib.ExitStack() as stack:

        def make(backend: str) -> str:
            made = fresh_database(backend, tmp_path)
            url = next(made)
            stack.callback(next, made, None)
            return url

        yield make


@pytest.fixture
def pg(make_project: Callable[..., Project], database_of: Callable[[str], str]) -> Project:
    """A project on a fresh PostgreSQL database, its migrations folder made."""
    p = make_project(database_of("postgresql"))
    p.ok("db", "init")
    return p


def indexes(p: Project, table: str) -> set[str]:
    with p.app.app_context():
        return {i["name"] for i in sa.inspect(p.db.engine).get_indexes(table)}


# -- a failure after an autocommit_block (PostgreSQL) ----------------------------------------


def test_downgrade_failing_after_an_autocommit_block_says_what_committed(pg):
    p = pg
    failing = "op.drop_table('one')\nop.execute('SELECT 1/0')"
    write_revision(p, "r1", None, TABLE.format("one"), failing)
    write_revision(
        p,
        "r2",
        "r1",
        f"""
        {TABLE.format("two")}
        with op.get_context().autocommit_block():
            op.execute("CREATE INDEX CONCURRENTLY ix_two ON two (id)")
        """,
        """
        with op.get_context().autocommit_block():
            op.execute("DROP INDEX CONCURRENTLY ix_two")
        op.drop_table('two')
        """,
    )
    write_revision(p, "r3", "r2", TABLE.format("three"), "op.drop_table('three')")
    p.ok("db", "upgrade")

    err = fails(p.cli("db", "downgrade", "base"))

    # what the database holds now, read back here
    assert p.version() == {"r2"}
    assert "three" not in p.table_names()  # r3's downgrade committed
    assert "two" in p.table_names() and "ix_two" not in indexes(p, "two")  # r2 half undone
    assert "Revision r1 (step r1) failed" in err
    assert "rolled back the changes this command had made" not in err
    assert "PostgreSQL rolled back only what was not committed yet" in err
    assert "Committed before the failure, so done: downgrade r3." in err
    assert "Rolled back: downgrade r2, what downgrade r1 had run." in err
    assert "stay applied, although the version table does not record their revision" in err
    assert "  r2: DROP INDEX CONCURRENTLY ix_two\n" in err
    assert "flask_migrations_history" not in err
    assert "The database is at revision r2." in err
    assert "Running 'flask db downgrade' again runs the statements of r2 again" in err


def test_upgrade_failing_after_its_own_autocommit_block_says_what_stays(pg):
    p = pg
    write_revision(p, "r1", None, TABLE.format("one"))
    write_revision(
        p,
        "r2",
        "r1",
        f"""
        {TABLE.format("two")}
        with op.get_context().autocommit_block():
            op.execute("CREATE INDEX CONCURRENTLY ix_two ON two (id)")
        op.execute("SELECT 1/0")
        """,
    )

    err = fails(p.cli("db", "upgrade"))

    assert p.version() == {"r1"}
    assert "two" in p.table_names() and "ix_two" in indexes(p, "two")
    assert "rolled back the changes this command had made" not in err
    assert "Committed before the failure, so done: upgrade r1." in err
    assert "  r2: CREATE TABLE two" in err
    assert "  r2: CREATE INDEX CONCURRENTLY ix_two ON two (id)\n" in err
    assert "The database is at revision r1." in err
    assert "SELECT 1/0\n" not in err.split("\n", 1)[1]  # the failed statement is not "applied"


def test_ctrl_c_after_an_autocommit_block_says_what_committed(pg):
    p = pg
    write_revision(
        p,
        "r1",
        None,
        f"""
        {TABLE.format("one")}
        with op.get_context().autocommit_block():
            op.execute("CREATE INDEX CONCURRENTLY ix_one ON one (id)")
        """,
    )
    write_revision(
        p,
        "r2",
        "r1",
        """
        with op.get_context().autocommit_block():
            op.execute("CREATE TABLE two (id integer)")
        raise KeyboardInterrupt
        """,
    )
    err = fails(p.cli("db", "upgrade"), code=130)
    assert p.version() == {"r1"}
    assert {"one", "two"} <= p.table_names()
    assert "rolled them back" not in err
    assert "Completed before the interrupt: r1.\n" in err
    assert "These statements of revision r2 committed on their own" in err
    assert "  CREATE TABLE two (id integer)\n" in err
    assert "The database is at revision r1." in err


def test_failure_without_an_autocommit_block_still_says_all_was_rolled_back(pg):
    p = pg
    write_revision(p, "r1", None, TABLE.format("one"))
    write_revision(p, "r2", "r1", "op.execute('SELECT 1/0')")
    err = fails(p.cli("db", "upgrade"))
    assert "PostgreSQL rolled back the changes this command had made." in err
    assert "The database is at base (no revision applied)." in err
    assert p.version() == set()


# -- timeouts and server limits: not the revision's fault ------------------------------------


def test_table_lock_timeout_says_retry_when_the_table_is_quiet(pg):
    p = pg
    write_revision(p, "r1", None, TABLE.format("one"))
    write_revision(p, "r2", "r1", "op.add_column('one', sa.Column('x', sa.Integer))")
    p.ok("db", "upgrade", "r1")
    engine = sa.create_engine(p.url)
    try:
        with engine.connect() as busy, busy.begin():
            busy.execute(sa.text("LOCK TABLE one IN ACCESS SHARE MODE"))  # a long read, say
            err = fails(p.cli("db", "upgrade", "--table-lock-timeout", "0.5"))
    finally:
        engine.dispose()
    assert "canceling statement due to lock timeout" in err
    assert FIX_REVISION not in err
    assert "gave up waiting for a lock on a table" in err
    assert "run 'flask db upgrade' again when the table is quiet" in err
    assert "--table-lock-timeout SECONDS" in err
    assert p.version() == {"r1"}


def test_statement_timeout_says_allow_longer(pg):
    p = pg
    write_revision(p, "r1", None, "op.execute('SELECT pg_sleep(3)')")
    err = fails(p.cli("db", "upgrade", "--statement-timeout", "0.2"))
    assert "canceling statement due to statement timeout" in err
    assert FIX_REVISION not in err
    assert "ran longer than the statement timeout" in err
    assert "allow longer (--statement-timeout SECONDS on PostgreSQL" in err


def test_out_of_shared_memory_keeps_the_server_hint(pg):
    # One revision that takes more locks than the server's lock table holds, as creating
    # ~1,500 tables with indexes and foreign keys does at max_locks_per_transaction = 64.
    # Advisory locks fill the same table in a few milliseconds (the server frees it at once).
    p = pg
    write_revision(
        p,
        "r1",
        None,
        "op.execute('SELECT count(pg_advisory_xact_lock(i)) FROM generate_series(1, 2000000) i')",
    )
    err = fails(p.cli("db", "upgrade"))
    lines = err.splitlines()
    assert "failed at migrations/versions/r1_step.py" in lines[0]
    assert "out of shared memory" in lines[0]
    assert lines[1] == "HINT: You might need to increase max_locks_per_transaction."
    assert FIX_REVISION not in err
    assert "Raise that setting on the server" in err
    assert "split the revision into smaller ones" in err
    assert p.version() == set()


def test_mysql_lock_wait_timeout_says_retry_when_the_table_is_quiet(make_project, database_of):
    p = make_project(database_of("mysql"))
    p.ok("db", "init")
    write_revision(p, "r1", None, TABLE.format("one"))
    write_revision(p, "r2", "r1", "op.add_column('one', sa.Column('x', sa.Integer))")
    p.ok("db", "upgrade", "r1")

    def short_wait(dbapi_connection: Any, record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("SET SESSION lock_wait_timeout = 1")
        cursor.close()

    with p.app.app_context():
        p.db.engine.dispose()
        sa.event.listen(p.db.engine, "connect", short_wait)
    engine = sa.create_engine(p.url)
    try:
        with engine.connect() as busy, busy.begin():
            busy.execute(sa.text("SELECT * FROM one"))  # an open transaction that read it
            err = fails(p.cli("db", "upgrade"))
    finally:
        engine.dispose()
    assert "Lock wait timeout exceeded" in err
    assert FIX_REVISION not in err
    assert "run 'flask db upgrade' again when the table is quiet" in err
    assert "the server's lock_wait_timeout on MySQL and MariaDB" in err
    assert p.version() == {"r1"}


# -- connecting ------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
@pytest.mark.parametrize("command", [("upgrade",), ("downgrade",), ("stamp", "head")])
def test_commands_that_lock_name_the_database_they_cannot_reach(make_project, backend, command):
    url = server_url(backend).set(password=SECRET, port=1, database="nowhere")
    p = make_project(url.render_as_string(hide_password=False))
    p.ok("db", "init")
    result = p.cli("db", *command)
    err = fails(result)
    shown = url.render_as_string(hide_password=True)
    # (Flask-SQLAlchemy may add a charset to the URL)
    assert err.startswith(f"Error: Cannot connect to the database at {shown}"), err
    assert SECRET not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("command", "lock"),
    [
        (("upgrade",), "true"),
        (("upgrade",), "false"),
        (("stamp", "head"), "false"),
        (("current",), "true"),
        (("status",), "true"),
        (("check",), "true"),
    ],
)
@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_sqlite_file_that_cannot_be_opened_names_path_and_folder(
    make_project, tmp_path, command, lock, where
):
    path = tmp_path / "missing" / "app.db" if where == "missing-folder" else tmp_path / "data"
    if where == "a-folder":
        path.mkdir()
    p = make_project(f"sqlite:///{path}")
    p.app.config["MIGRATIONS_LOCK"] = lock == "true"
    p.ok("db", "init")
    err = fails(p.cli("db", *command))
    url = f"sqlite:///{path}"
    assert f"Cannot connect to the database at {url}: unable to open database file" in err
    if where == "missing-folder":
        assert f"(the folder {path.parent} does not exist)." in err
    else:
        assert f"({path} is a folder, not a database file)." in err
    assert "credentials" not in err and "server" not in err
    assert "Point the database URL at a SQLite database file" in err


@pytest.mark.parametrize(
    ("uri", "scheme", "guess"),
    [
        ("sqlit:///app.db", "sqlit", " (did you mean 'sqlite'?)"),
        ("postgresql+psycopgg://u:s3cr3t@db/app", "postgresql+psycopgg", ""),
    ],
)
def test_misspelt_url_scheme(tmp_path, monkeypatch, uri, scheme, guess):
    monkeypatch.chdir(tmp_path)

    def create_app() -> Flask:
        app = Flask("misspelt", root_path=str(tmp_path))
        app.config["SQLALCHEMY_DATABASE_URI"] = uri
        Migrate(app, SQLAlchemy(app))
        return app

    runner = CliRunner(**({} if CLICK_8_2 else {"mix_stderr": False}))
    result = runner.invoke(db_group, ["upgrade"], obj=ScriptInfo(create_app=create_app))
    err = fails(result)
    assert err.splitlines()[0] == (
        f"Error: SQLAlchemy has no dialect for this database URL: its scheme '{scheme}' is"
        f" misspelt or belongs to a dialect that is not installed{guess}."
    )
    assert "SQLALCHEMY_DATABASE_URI" in err.splitlines()[1]
    assert "Unexpected" not in err and SECRET not in err


NOBODY = 65534

CURRENT_AS_NOBODY = """\
import os, sys
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate, MigrationError, api

def app_on(url):
    app = Flask("nobody", root_path=sys.argv[1])
    app.config["SQLALCHEMY_DATABASE_URI"] = url
    Migrate(app, SQLAlchemy(app), directory=os.path.join(sys.argv[1], "migrations"))
    return app

with app_on("sqlite://").app_context():  # everything imported, while it can be
    api.current()
if os.geteuid() == 0:
    os.setgid({nobody})
    os.setuid({nobody})
with app_on("sqlite:///" + os.path.join(sys.argv[2], "app.db")).app_context():
    try:
        api.current()
    except MigrationError as exc:
        print(exc)
"""


def test_sqlite_folder_this_user_may_not_write_names_file_and_folder(tmp_path):
    project = Path(tempfile.mkdtemp(prefix="fm-nobody-"))
    data = project / "data"  # the database's folder, which the user may not write
    try:
        project.chmod(0o755)
        data.mkdir(mode=0o755)
        app = Flask("nobody", root_path=str(project))
        app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
        Migrate(app, SQLAlchemy(app), directory=str(project / "migrations"))
        with app.app_context():
            api.init()
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                CURRENT_AS_NOBODY.format(nobody=NOBODY),
                str(project),
                str(data),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        shutil.rmtree(project)
    assert done.returncode == 0, done.stderr
    path = data / "app.db"
    assert done.stdout.splitlines() == [
        f"Cannot connect to the database at sqlite:///{path}: unable to open database file"
        f" (the file {path}, in the folder {data}).",
        "Check that this user may read and write the file and its folder (SQLite writes a"
        " journal file beside the database).",
    ]
