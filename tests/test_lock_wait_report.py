"""While a revision waits on a lock that another session holds, the command says who holds it,
every few seconds: a real second session holds a lock on the table the revision alters."""

from __future__ import annotations

import sqlite3
import threading

import pytest
import sqlalchemy as sa

from conftest import fails, write_revision
from flask_migrations import lockwait


@pytest.fixture(autouse=True)
def report_every_second(monkeypatch):
    monkeypatch.setattr(lockwait, "INTERVAL", 1.0)


def two_revisions(p):
    p.ok("db", "init")
    table = "op.create_table('thing', sa.Column('id', sa.Integer, primary_key=True))"
    write_revision(p, "a1", None, table)
    write_revision(p, "b2", "a1", "op.add_column('thing', sa.Column('size', sa.Integer))")
    p.ok("db", "upgrade", "a1")


def test_postgresql_names_the_pid_table_and_how_to_end_it(make_project, tmp_path):
    from conftest import fresh_database

    gen = fresh_database("postgresql", tmp_path)
    url = next(gen)
    try:
        p = make_project(url)
        two_revisions(p)
        holder = sa.create_engine(url, connect_args={"application_name": "report-holder"})
        with holder.connect() as session:
            transaction = session.begin()  # explicit, as SQLAlchemy 1.4 has no autobegin
            pid = session.execute(sa.text("SELECT pg_backend_pid()")).scalar()
            session.execute(sa.text("SELECT * FROM thing")).all()  # idle in transaction
            result = p.cli("db", "upgrade", "--table-lock-timeout", "4")
            transaction.rollback()
        holder.dispose()
        p.close()
    finally:
        next(gen, None)
    assert result.exit_code != 0  # the lock timeout ran out: the holder never let go
    err = result.stderr
    assert "Waiting" in err and "for a lock on table thing of the default database" in err
    assert f"pid {pid} (application 'report-holder', user postgres): idle in transaction" in err
    assert "query: SELECT * FROM thing" in err
    assert f"to end it: SELECT pg_terminate_backend({pid});" in err


def test_mysql_says_what_it_knows_of_the_holder(make_project, tmp_path):
    from conftest import fresh_database

    gen = fresh_database("mysql", tmp_path)
    url = next(gen)
    try:
        p = make_project(url)
        two_revisions(p)
        holder = sa.create_engine(url)
        with holder.connect() as session:
            transaction = session.begin()  # explicit, as SQLAlchemy 1.4 has no autobegin
            performance_schema = session.execute(sa.text("SELECT @@performance_schema")).scalar()
            pid = session.execute(sa.text("SELECT CONNECTION_ID()")).scalar()
            session.execute(sa.text("SELECT * FROM thing")).all()  # an open transaction
            # let go once the report had time to be written twice
            release = threading.Timer(3.5, transaction.rollback)
            release.start()
            result = p.cli("db", "upgrade")
            release.join()
        holder.dispose()
        assert p.version() == {"b2"}  # the revision ran once the holder let go
        p.close()
    finally:
        next(gen, None)
    assert result.exit_code == 0, result.stderr
    err = result.stderr
    assert "Waiting" in err and "for a lock on table thing of the default database" in err
    assert f"  id {pid} (user " in err and f"to end it: KILL {pid};" in err
    if not performance_schema:  # this machine's MariaDB: says what cannot be known
        assert "the server cannot say which session holds it (performance_schema is off)" in err


def test_sqlite_says_the_file_is_locked_and_the_holder_cannot_be_named(project, tmp_path):
    two_revisions(project)
    path = project.url.split("///", 1)[1]
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process's write transaction
    try:
        result = project.cli("db", "upgrade")
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = fails(result)
    assert "database is locked" in err
    assert "SQLite cannot say which process or connection holds its file" in err
    assert "Fix the revision file" not in err
    assert project.version() == {"a1"}
