"""The migration lock's own connection on PostgreSQL and MariaDB: kept, checked, and lost.

The lock lives on a connection that sits idle while the revisions run. A server that ends idle
sessions must not end the lock (and let a second migrator in); a lock that is lost all the same
(the session was killed) stops the command before the next revision, saying so.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from conftest import admin_execute, server_url
from deploy_project import APP, flask
from test_multidb import Apps, apps, cli, ok, urls  # noqa: F401

HEADER = '''\
"""{doc}"""
from alembic import op
import sqlalchemy as sa

revision = "{rev}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def downgrade():
    pass

'''

#: Sleeps past the server's idle timeout, then tries the lock as a second migrator would.
IDLE_THEN_PROBE = """
def upgrade():
    from flask import current_app
    from flask_migrations.lock import LockTimeoutError, hold

    op.create_table("probe", sa.Column("taken", sa.String(8)))
    op.execute("{sleep}")
    other = sa.create_engine(current_app.config["SQLALCHEMY_DATABASE_URI"])
    try:
        with hold([("", other)], timeout=0):
            taken = "yes"
    except LockTimeoutError:
        taken = "no"
    finally:
        other.dispose()
    op.execute(f"INSERT INTO probe (taken) VALUES ('{{taken}}')")
"""

#: Ends the session that holds the migration lock, as a DBA or the server would.
KILL_LOCK_SESSION = {
    "postgresql": """
def upgrade():
    op.create_table("t01", sa.Column("id", sa.Integer, primary_key=True))
    op.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    )
""",
    "mysql": """
def upgrade():
    op.create_table("t01", sa.Column("id", sa.Integer, primary_key=True))
    bind = op.get_bind()
    others = bind.execute(sa.text(
        "SELECT ID FROM information_schema.PROCESSLIST"
        " WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"
    )).scalars().all()
    for other in others:  # the migrator's lock connection: nothing else uses this database
        bind.execute(sa.text(f"KILL CONNECTION {int(other)}"))
""",
}

CREATE_T02 = """
def upgrade():
    op.create_table("t02", sa.Column("id", sa.Integer, primary_key=True))
"""

SLEEP = {"postgresql": "SELECT pg_sleep(4)", "mysql": "SELECT SLEEP(4)"}


def backend_of(url: str) -> str:
    return "postgresql" if url.startswith("postgresql") else "mysql"


def write(p: Any, *bodies: str) -> None:
    """An app.py for subprocesses, and one revision per body: r01, r02, ..."""
    p.ok("db", "init")
    (p.root / "app.py").write_text(APP)
    for n, body in enumerate(bodies, start=1):
        down = None if n == 1 else f"r{n - 1:02d}"
        text = HEADER.format(doc=f"step {n}", rev=f"r{n:02d}", down=down) + body
        (p.migrations / "versions" / f"r{n:02d}_step.py").write_text(text)


def read(url: str, sql: str) -> list[Any]:
    """Rows of ``sql`` on a connection of its own (idle pooled ones may have been ended)."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            return list(connection.execute(sa.text(sql)))
    finally:
        engine.dispose()


def tables(url: str) -> set[str]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def upgrade(p: Any) -> tuple[int, str]:
    """Run ``flask db upgrade`` in a process of its own: exit code and stderr."""
    proc = flask(p, "db", "upgrade", "--lock-timeout", "30")
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err


@pytest.fixture
def idle_timeout_url(server_database_url: str) -> Iterator[str]:
    """The test database, whose sessions the server ends after an idle second or two.

    PostgreSQL: ``idle_session_timeout`` set for the database. MariaDB has no such setting per
    database: the application's URL sets ``wait_timeout`` for its sessions (``init_command``).
    """
    url = sa.engine.make_url(server_database_url)
    if backend_of(server_database_url) == "postgresql":
        admin_execute(
            server_url("postgresql"),
            f"ALTER DATABASE \"{url.database}\" SET idle_session_timeout = '1s'",
        )
        yield server_database_url
        return
    command = urllib.parse.quote("SET SESSION wait_timeout = 2")
    yield f"{server_database_url}?init_command={command}"


def test_lock_outlives_server_idle_timeout(make_project, idle_timeout_url):
    p = make_project(idle_timeout_url)
    sleep = SLEEP[backend_of(idle_timeout_url)]
    write(p, IDLE_THEN_PROBE.format(sleep=sleep), CREATE_T02)
    code, err = upgrade(p)
    assert code == 0, err
    # Four idle seconds later the lock was still held: a second migrator could not take it.
    assert read(p.url, "SELECT taken FROM probe") == [("no",)]
    assert "t02" in tables(p.url)
    assert read(p.url, "SELECT version_num FROM alembic_version") == [("r02",)]


#: An env.py that hands Alembic nothing of Flask-Migrations (no configure hooks at all).
BARE_ENV_PY = """
from alembic import context
from flask import current_app

with current_app.extensions["migrate"].db.engine.connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
"""


@pytest.mark.parametrize("env_py", ["generated", "bare"])
def test_killed_lock_session_stops_before_next_revision(make_project, server_database_url, env_py):
    p = make_project(server_database_url)
    write(p, KILL_LOCK_SESSION[backend_of(server_database_url)], CREATE_T02)
    if env_py == "bare":
        (p.migrations / "env.py").write_text(BARE_ENV_PY)
    code, err = upgrade(p)
    assert code == 1, err
    assert "Error: The migration lock of the default database was lost" in err
    assert "No revision ran after that" in err
    assert "t02" not in tables(p.url)  # the next revision did not run
    # What already ran is read back from the database: MariaDB kept r01 (its DDL commits),
    # PostgreSQL rolled the whole run back.
    versions = (
        [r[0] for r in read(p.url, "SELECT version_num FROM alembic_version")]
        if "alembic_version" in tables(p.url)
        else []
    )
    assert f"default at {versions[0] if versions else 'base'}" in err, err
    assert "Traceback" not in err


SESSION_SETTING = {
    "postgresql": ("options", "-c idle_session_timeout=123456", "SHOW idle_session_timeout"),
    "mysql": ("init_command", "SET SESSION wait_timeout = 1234", "SELECT @@SESSION.wait_timeout"),
}


def test_pooled_connections_keep_the_apps_session_settings(make_project, server_database_url):
    name, value, show = SESSION_SETTING[backend_of(server_database_url)]
    url = f"{server_database_url}?{name}={urllib.parse.quote(value)}"
    p = make_project(url)
    write(p, CREATE_T02)
    p.ok("db", "upgrade")
    wanted = read(url, show)  # what a new connection of the application has
    with p.app.app_context():
        pool = p.db.engine.pool
        pooled = [p.db.engine.connect() for _ in range(pool.checkedin())]
        try:
            found = [list(c.execute(sa.text(show))) for c in pooled]
        finally:
            for connection in pooled:
                connection.close()
    assert len(found) >= 2  # the migration's connection and the lock's
    assert found == [wanted] * len(found)


MULTIDB_REVISION = """
from alembic import op
import sqlalchemy as sa
from flask import current_app

revision = "{rev}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade(engine_name):
    globals()["upgrade_%s" % engine_name]()


def downgrade(engine_name):
    pass


def upgrade_users():
    op.create_table("u{rev}", sa.Column("id", sa.Integer, primary_key=True))


def upgrade_():
{default}
"""

#: In the default database's first revision: end the session holding the users database's
#: lock, on a connection to the users database.
KILL_USERS_LOCK = {
    "postgresql": """
    with current_app.extensions["migrate"].db.engines["users"].connect() as users:
        users.execute(sa.text(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ))
""",
    "mysql": """
    with current_app.extensions["migrate"].db.engines["users"].connect() as users:
        others = users.execute(sa.text(
            "SELECT ID FROM information_schema.PROCESSLIST"
            " WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"
        )).scalars().all()
        for other in others:  # the lock connection: the users database is not migrating yet
            users.execute(sa.text(f"KILL CONNECTION {int(other)}"))
""",
}


@pytest.mark.parametrize("urls", ["postgresql", "mysql"], indirect=True)
def test_lost_lock_of_another_database_stops_every_database(apps: Apps) -> None:  # noqa: F811
    app = apps.make(bind_keys=("users",))
    ok(app, "db", "init", "--multidb")
    versions = apps.root / "migrations" / "versions"
    kill = KILL_USERS_LOCK[apps.urls.backend]  # type: ignore[attr-defined]
    create = '    op.create_table("t02", sa.Column("id", sa.Integer, primary_key=True))'
    (versions / "r01_kill.py").write_text(
        MULTIDB_REVISION.format(rev="r01", down=None, default=kill)
    )
    (versions / "r02_next.py").write_text(
        MULTIDB_REVISION.format(rev="r02", down="r01", default=create)
    )
    result = cli(app, "db", "upgrade")
    assert result.exit_code == 1, result.stderr
    assert "Error: The migration lock of the users database was lost" in result.stderr
    assert "t02" not in apps.tables("default")  # the default database's next revision
    assert apps.tables("users") == set()  # nor did the users database migrate
    default = sorted(apps.version("default"))
    assert f"default at {default[0] if default else 'base'}, users at base" in result.stderr
