"""On SQLite each revision runs in a real transaction: a failure or a kill applies none of it.

Python's sqlite3 driver runs DDL outside any transaction unless told otherwise, so a revision
stopped half way used to leave its first statements applied. These tests stop revisions half
way (an error, Ctrl-C, a SIGKILL) with our env.py and with folders made by Flask-Migrate, and
check that the database stays at the previous revision with nothing of the stopped one; that
batch operations on tables other tables reference keep working when the application enforces
foreign keys; and that the application's own engine behaves afterwards as it did before.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import flask_migrate
import pytest
import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from conftest import app_cli, app_ok
from deploy_project import APP
from flask_migrations import Migrate
from flask_migrations import api as fm
from test_flask_migrate_folders import OLD_ENV_PY, get_engine_deprecated

FAILING = "op.execute('INSERT INTO no_such_table VALUES (1)')"


def write_revision(
    folder: Path, rev: str, down: str | None, body: str, undo: str = "pass"
) -> Path:
    """Revision ``rev`` after ``down``: upgrade() runs ``body``, downgrade() runs ``undo``."""
    path = folder / "versions" / f"{rev}_step.py"
    path.write_text(
        f'"""step {rev}"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n'
        f"revision = {rev!r}\ndown_revision = {down!r}\nbranch_labels = None\n"
        "depends_on = None\n\n\ndef upgrade():\n"
        + textwrap.indent(textwrap.dedent(body).strip(), "    ")
        + "\n\n\ndef downgrade():\n"
        + textwrap.indent(textwrap.dedent(undo).strip(), "    ")
        + "\n"
    )
    return path


def two_revisions(folder: Path) -> Path:
    """r1 creates table one; r2 creates table two, then fails. Returns r2's file."""
    write_revision(folder, "r1", None, "op.create_table('one', sa.Column('id', sa.Integer))")
    return write_revision(
        folder,
        "r2",
        "r1",
        f"""
        op.create_table('two', sa.Column('id', sa.Integer))
        op.add_column('one', sa.Column('label', sa.String(20)))
        {FAILING}
        """,
    )


def database(url: str) -> tuple[set[str], set[str], set[str]]:
    """The tables, the columns of table one and the recorded revisions of the database."""
    engine = sa.create_engine(url.replace("+aiosqlite", ""))
    try:
        inspector = sa.inspect(engine)
        tables = set(inspector.get_table_names())
        columns = {c["name"] for c in inspector.get_columns("one")} if "one" in tables else set()
        with engine.connect() as connection:
            query = sa.text("SELECT version_num FROM alembic_version")
            versions = (
                {r[0] for r in connection.execute(query)} if "alembic_version" in tables else set()
            )
        return tables - {"alembic_version", "flask_migrations_history"}, columns, versions
    finally:
        engine.dispose()


def fails_then_reruns(app: Flask, folder: Path, url: str, second: Path) -> None:
    """Upgrade to r1, fail in r2: nothing of r2 stays; fix it and the rerun succeeds."""
    app_ok(app, "db", "upgrade", "r1")
    result = app_cli(app, "db", "upgrade")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "no_such_table" in result.stderr
    assert database(url) == ({"one"}, {"id"}, {"r1"})
    assert "SQLite rolled back the changes of this revision." in result.stderr
    assert "The database is at revision r1." in result.stderr
    assert "stays applied" not in result.stderr and "stay applied" not in result.stderr

    second.write_text(second.read_text().replace(FAILING, "pass"))
    app_ok(app, "db", "upgrade")
    assert database(url) == ({"one", "two"}, {"id", "label"}, {"r2"})


@pytest.fixture(params=["sqlite", "sqlite+aiosqlite"])
def driver_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh SQLite file, through the sync driver and then through aiosqlite."""
    return f"{request.param}:///{tmp_path / 'app.db'}"


def app_with_engine(tmp_path: Path, url: str) -> tuple[Flask, Any]:
    """An app whose Migrate gets the engine (sync or async) and empty metadata."""
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url) if "aiosqlite" in url else sa.create_engine(url)
    app = Flask("atomic", root_path=str(tmp_path))
    Migrate(app, metadata=sa.MetaData(), engines=engine, directory=str(tmp_path / "migrations"))
    return app, engine


def dispose(engine: Any) -> None:
    if hasattr(engine, "sync_engine"):
        asyncio.run(engine.dispose())
    else:
        engine.dispose()


def test_failed_revision_applies_nothing_with_our_env_py(tmp_path, driver_url):
    app, engine = app_with_engine(tmp_path, driver_url)
    try:
        app_ok(app, "db", "init")
        second = two_revisions(tmp_path / "migrations")
        fails_then_reruns(app, tmp_path / "migrations", driver_url, second)
    finally:
        dispose(engine)


@get_engine_deprecated
@pytest.mark.parametrize("env_py", ["flask", "pre-2.0"])
def test_failed_revision_applies_nothing_in_a_flask_migrate_folder(tmp_path, sqlite_url, env_py):
    app = Flask("atomic_fm", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = sqlite_url
    db = SQLAlchemy(app)
    folder = tmp_path / "migrations"
    Migrate(app, db, directory=str(folder))
    with app.app_context():
        flask_migrate.init(str(folder), template="flask")
    if env_py == "pre-2.0":  # builds an engine of its own from the URL
        (folder / "env.py").write_text(OLD_ENV_PY)
    second = two_revisions(folder)
    try:
        fails_then_reruns(app, folder, sqlite_url, second)
    finally:
        with app.app_context():
            db.engine.dispose()


def test_failed_revision_applies_nothing_in_a_flask_migrate_aioflask_folder(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"
    app, engine = app_with_engine(tmp_path, url)
    folder = tmp_path / "migrations"
    with app.app_context():
        flask_migrate.init(str(folder), template="aioflask")
    second = two_revisions(folder)
    asyncio.run(asyncio.sleep(0))  # an earlier asyncio.run() leaves no current loop behind
    try:
        fails_then_reruns(app, folder, url, second)
    finally:
        dispose(engine)


def test_ctrl_c_in_a_revision_applies_nothing(project):
    project.ok("db", "init")
    second = two_revisions(project.migrations)
    second.write_text(second.read_text().replace(FAILING, "raise KeyboardInterrupt"))
    project.ok("db", "upgrade", "r1")
    result = project.cli("db", "upgrade")
    assert result.exit_code == 130
    assert "SQLite rolled back what was not committed." in result.stderr
    assert "CREATE TABLE two" not in result.stderr
    assert database(project.url) == ({"one"}, {"id"}, {"r1"})


def test_failed_downgrade_applies_nothing(project):
    project.ok("db", "init")
    one = "op.create_table('one', sa.Column('id', sa.Integer))"
    write_revision(project.migrations, "r1", None, one)
    write_revision(
        project.migrations,
        "r2",
        "r1",
        "op.create_table('two', sa.Column('id', sa.Integer))",
        f"op.drop_table('two')\n{FAILING}",
    )
    project.ok("db", "upgrade")
    result = project.cli("db", "downgrade")
    assert result.exit_code == 1
    assert "SQLite rolled back the changes of this revision." in result.stderr
    assert database(project.url) == ({"one", "two"}, {"id"}, {"r2"})


def test_in_memory_database_of_the_app(tmp_path):
    """An app on ``sqlite://`` (one connection, shared): upgraded in-process, used afterwards."""
    app = Flask("atomic_memory", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(tmp_path / "migrations"))
    app_ok(app, "db", "init")
    second = two_revisions(tmp_path / "migrations")
    with app.app_context():
        fm.upgrade(revision="r1")
        with pytest.raises(fm.RevisionFailedError):
            fm.upgrade()
        assert set(sa.inspect(db.engine).get_table_names()) == {
            "one", "alembic_version", "flask_migrations_history"
        }
        second.write_text(second.read_text().replace(FAILING, "pass"))
        fm.upgrade()
        with db.engine.connect() as connection:
            assert connection.connection.dbapi_connection.isolation_level == ""
            transaction = connection.begin()
            connection.execute(sa.text("INSERT INTO two (id) VALUES (1)"))
            transaction.rollback()
            assert connection.execute(sa.text("SELECT count(*) FROM two")).scalar() == 0
        db.engine.dispose()


# -- a process killed in the middle of a revision --------------------------------------------

WAITING = """
op.create_table('two', sa.Column('id', sa.Integer))
marker = os.environ.get('ATOMIC_TEST_MARKER')
if marker:
    open(marker, 'w').close()
    time.sleep(120)  # killed long before
op.create_table('three', sa.Column('id', sa.Integer))
"""


def test_kill_9_in_the_middle_of_a_revision_leaves_the_previous_revision(make_project, sqlite_url):
    p = make_project(sqlite_url)
    p.ok("db", "init")
    (p.root / "app.py").write_text(APP)
    write_revision(p.migrations, "r1", None, "op.create_table('one', sa.Column('id', sa.Integer))")
    second = write_revision(p.migrations, "r2", "r1", WAITING)
    text = second.read_text().replace("import sqlalchemy", "import os, time\nimport sqlalchemy")
    second.write_text(text)
    p.ok("db", "upgrade", "r1")

    marker = p.root / "created-two"
    env = {**os.environ, "DATABASE_URL": p.url, "FLASK_APP": "app"}
    env["ATOMIC_TEST_MARKER"] = str(marker)
    proc = subprocess.Popen(
        [sys.executable, "-m", "flask", "db", "upgrade"],
        cwd=p.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the revision never reached its first table"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    assert database(p.url) == ({"one"}, {"id"}, {"r1"})
    with p.app.app_context(), p.db.engine.connect() as connection:
        history = connection.execute(
            sa.text("SELECT revision FROM flask_migrations_history ORDER BY id")
        )
        assert [r[0] for r in history] == ["r1"]
    p.ok("db", "upgrade")  # the same file, run again without the wait
    assert database(p.url) == ({"one", "two", "three"}, {"id"}, {"r2"})


# -- batch operations and foreign keys -------------------------------------------------------

PARENT_AND_CHILD = """
op.create_table(
    'parent', sa.Column('id', sa.Integer, primary_key=True), sa.Column('name', sa.String(20))
)
op.create_table(
    'child',
    sa.Column('id', sa.Integer, primary_key=True),
    sa.Column('parent_id', sa.Integer, sa.ForeignKey('parent.id', ondelete='CASCADE')),
)
op.execute("INSERT INTO parent (id, name) VALUES (1, 'a')")
op.execute("INSERT INTO child (id, parent_id) VALUES (10, 1)")
"""


def enforce_foreign_keys(dbapi_connection: Any, record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def fk_project(tmp_path: Path, url: str) -> tuple[Flask, SQLAlchemy]:
    """An app that switches SQLite's foreign keys on for every connection, one connection."""
    app = Flask("atomic_fk", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = url
    # One pooled connection (SQLAlchemy 1.4 would open a new one each time): the migration's
    # connection is the one the application gets afterwards.
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
        "poolclass": sa.pool.QueuePool, "pool_size": 1, "max_overflow": 0
    }
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(tmp_path / "migrations"))
    with app.app_context():
        sa.event.listen(db.engine, "connect", enforce_foreign_keys)
    app_ok(app, "db", "init")
    write_revision(tmp_path / "migrations", "r1", None, PARENT_AND_CHILD)
    return app, db


def rows(db: SQLAlchemy, sql: str) -> list[Any]:
    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(sa.text(sql))]


def test_batch_copy_of_a_referenced_table_keeps_the_rows_that_point_to_it(tmp_path, sqlite_url):
    app, db = fk_project(tmp_path, sqlite_url)
    write_revision(
        tmp_path / "migrations",
        "r2",
        "r1",
        """
        with op.batch_alter_table('parent', recreate='always') as batch:
            batch.add_column(sa.Column('extra', sa.String(10)))
        """,
    )
    try:
        app_ok(app, "db", "upgrade")
        with app.app_context():
            # Dropping the old parent table with foreign keys on would have deleted the child.
            assert rows(db, "SELECT id, parent_id FROM child") == [(10, 1)]
            assert rows(db, "SELECT id, name, extra FROM parent") == [(1, "a", None)]
            # The application still enforces its foreign keys.
            assert rows(db, "PRAGMA foreign_keys") == [(1,)]
            with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as connection:
                connection.execute(sa.text("INSERT INTO child (id, parent_id) VALUES (11, 99)"))
    finally:
        with app.app_context():
            db.engine.dispose()


def test_revision_that_breaks_a_foreign_key_applies_nothing(tmp_path, sqlite_url):
    app, db = fk_project(tmp_path, sqlite_url)
    write_revision(
        tmp_path / "migrations",
        "r2",
        "r1",
        """
        op.create_table('two', sa.Column('id', sa.Integer))
        with op.batch_alter_table('parent', recreate='always') as batch:
            batch.add_column(sa.Column('extra', sa.String(10)))
        op.execute("UPDATE parent SET id = 2")
        """,
    )
    try:
        app_ok(app, "db", "upgrade", "r1")
        result = app_cli(app, "db", "upgrade")
        assert result.exit_code == 1, (result.stdout, result.stderr)
        assert result.stderr.startswith("Error: Revision r2 ")
        assert "1 row of table child" in result.stderr
        assert "parent" in result.stderr and "rolled back" in result.stderr
        assert "Traceback" not in result.stderr
        with app.app_context():
            assert rows(db, "SELECT id, name FROM parent") == [(1, "a")]
            assert rows(db, "SELECT id, parent_id FROM child") == [(10, 1)]
        assert database(sqlite_url) == ({"parent", "child"}, set(), {"r1"})
    finally:
        with app.app_context():
            db.engine.dispose()


def test_the_apps_engine_keeps_its_own_transaction_behaviour(tmp_path, sqlite_url):
    """After an in-process upgrade, the app's pooled connection behaves as it did before."""
    app, db = fk_project(tmp_path, sqlite_url)
    with app.app_context():
        before = rows(db, "PRAGMA foreign_keys")
        fm.upgrade()
        assert rows(db, "SELECT id FROM child") == [(10,)]
        assert rows(db, "PRAGMA foreign_keys") == before == [(1,)]
        with db.engine.connect() as connection:
            dbapi = connection.connection.dbapi_connection
            assert dbapi.isolation_level == ""  # sqlite3's default, as the app left it
            # pysqlite's default behaviour: DDL outside the driver's transaction...
            transaction = connection.begin()
            connection.execute(sa.text("CREATE TABLE scratch (x INTEGER)"))
            transaction.rollback()
            # ... and a BEGIN before DML, which a rollback undoes.
            transaction = connection.begin()
            connection.execute(sa.text("INSERT INTO scratch (x) VALUES (1)"))
            transaction.rollback()
        assert "scratch" in sa.inspect(db.engine).get_table_names()
        assert rows(db, "SELECT count(*) FROM scratch") == [(0,)]
        # The session of the app works on the same connection as before.
        db.session.execute(sa.text("INSERT INTO scratch (x) VALUES (2)"))
        db.session.commit()
        assert rows(db, "SELECT x FROM scratch") == [(2,)]
        db.session.remove()
        db.engine.dispose()
