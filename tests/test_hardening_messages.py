"""Hardening of what a failing command says: the history's error column, passwords that are
not URL-encoded, SIGTERM, backwards --sql ranges, applications that do not load, broken log
arguments, alembic.ini, full disks, and hints that fit the cause of a failed revision."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from flask import Flask
from flask.cli import ScriptInfo
from flask_sqlalchemy import SQLAlchemy

from conftest import CLICK_8_2, admin_execute, fails, fresh_database, server_url, write_revision
from deploy_project import APP
from flask_migrations import Migrate, api
from flask_migrations.cli import db as db_group

SECRET = "s3cr3t"
TAIL = "t41l9x"  # what follows the '@' of a password that is not URL-encoded
PAYLOAD = "payload-7f3a"  # a data value a failed data migration tried to write
FIX_REVISION = "Fix the revision file"


def dialect(p) -> str:
    return p.url.split(":")[0].split("+")[0]


def state_line(p) -> str:
    """What the report must say of the database, read here from its version table."""
    version = p.version()
    if not version:
        return "The database is at base (no revision applied)."
    return f"The database is at revision {', '.join(sorted(version))}."


def run_flask(p, *args: str, **kwargs) -> subprocess.Popen:
    """``flask <args>`` in a subprocess, on an app.py that uses the project's database."""
    (p.root / "app.py").write_text(APP)
    env = {**os.environ, "DATABASE_URL": p.url, "FLASK_APP": "app"}
    flask = str(Path(sys.executable).parent / "flask")
    return subprocess.Popen(
        [flask, *args],
        cwd=p.root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


# -- 5. the history keeps what the user was shown, not the statement's values ----------------


def test_history_error_is_the_message_shown_without_the_values(any_project):
    p = any_project
    p.ok("db", "init")
    write_revision(
        p,
        "r1",
        None,
        "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True),"
        " sa.Column('label', sa.String(60)))",
    )
    write_revision(
        p,
        "r2",
        "r1",
        f"""
        insert = sa.text("INSERT INTO one (id, label) VALUES (:id, :label)")
        for label in ("first-{PAYLOAD}", "second-{PAYLOAD}"):  # the second repeats id 1
            op.get_bind().execute(insert, {{"id": 1, "label": label}})
        """,
    )
    err = fails(p.cli("db", "upgrade"))
    assert PAYLOAD not in err
    with p.app.app_context(), p.db.engine.connect() as connection:
        rows = list(
            connection.execute(
                sa.text("SELECT revision, error FROM flask_migrations_history WHERE success = :no"),
                {"no": False},
            )
        )
    [(revision, error)] = rows
    assert revision == "r2"
    assert PAYLOAD not in error
    assert "[parameters" not in error
    assert error == err.removeprefix("Error: ").rstrip("\n")  # exactly what was printed


# -- 6. a password holding '@' that is not URL-encoded -------------------------------------


def unencoded_url(backend: str, rest: str) -> str:
    server = server_url(backend)
    return f"{server.drivername}://{server.username}:{SECRET}@{rest}"


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_password_with_an_unencoded_at_is_hidden_and_explained(make_project, backend):
    server = server_url(backend)
    p = make_project(unencoded_url(backend, f"{TAIL}@{server.host}:{server.port}/nowhere"))
    p.ok("db", "init")
    for args in (("db", "upgrade"), ("db", "-v", "upgrade"), ("db", "current", "-v")):
        result = p.cli(*args)
        assert result.exit_code == 1, (result.stdout, result.stderr)
        assert "Error: Cannot connect to the database" in result.stderr
        assert "URL-encode the password" in result.stderr
        assert SECRET not in result.stdout + result.stderr
        assert TAIL not in result.stdout + result.stderr


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_url_that_cannot_be_parsed_because_of_the_password(tmp_path, monkeypatch, backend):
    monkeypatch.chdir(tmp_path)
    server = server_url(backend)
    # "s3cr3t@t41l9x:z9q8" is the password: SQLAlchemy reads "z9q8@host:port" as the port.
    url = unencoded_url(backend, f"{TAIL}:z9q8@{server.host}:{server.port}/nowhere")

    def create_app() -> Flask:
        app = Flask("unparsed", root_path=str(tmp_path))
        app.config["SQLALCHEMY_DATABASE_URI"] = url
        Migrate(app, SQLAlchemy(app))
        return app

    runner = CliRunner(**({} if CLICK_8_2 else {"mix_stderr": False}))
    for args in (["upgrade"], ["-v", "upgrade"]):
        result = runner.invoke(db_group, args, obj=ScriptInfo(create_app=create_app))
        assert result.exit_code == 1, (result.stdout, result.stderr)
        assert "Error: The database URL cannot be parsed" in result.stderr
        assert "URL-encode the password" in result.stderr
        assert "Unexpected" not in result.stderr
        for part in (SECRET, TAIL, "z9q8"):
            assert part not in result.stdout + result.stderr


# -- 12. SIGTERM stops a command as Ctrl-C does ----------------------------------------------


def wait_for(path: Path, process: subprocess.Popen) -> None:
    """Until the revision says it is running (a guard against a hang, not a timed check)."""
    for _ in range(2400):
        if path.exists():
            return
        if process.poll() is not None:
            pytest.fail(f"the command ended early: {process.communicate()}")
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"the revision never started: {process.communicate()}")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signal_during_upgrade_reports_the_state_read_from_the_database(any_project, signum, code):
    p = any_project
    p.ok("db", "init")
    ready, go = p.root / "ready", p.root / "go"
    write_revision(
        p, "r1", None, "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))"
    )
    write_revision(
        p,
        "r2",
        "r1",
        f"""
        import os, time
        op.create_table('two', sa.Column('id', sa.Integer, primary_key=True))
        open({str(ready)!r}, 'w').close()
        while not os.path.exists({str(go)!r}):
            time.sleep(0.05)
        """,
    )
    process = run_flask(p, "db", "upgrade")
    wait_for(ready, process)
    process.send_signal(signum)
    _, err = process.communicate(timeout=120)
    assert process.returncode == code, err
    assert (
        "Error: Interrupted while running revision r2 (step r2) at migrations/versions/r2_step.py:"
        in err
    )
    assert "Traceback" not in err
    assert state_line(p) in err  # read back from the database, not inferred
    assert "flask db current" not in err
    if dialect(p) == "postgresql":
        assert p.version() == set()  # one transaction for the command: all rolled back
    else:
        assert p.version() == {"r1"}


def test_only_the_cli_handles_sigterm_and_gives_the_handler_back(project, tmp_path):
    project.ok("db", "init")
    seen = tmp_path / "seen.txt"
    write_revision(
        project,
        "r1",
        None,
        f"""
        import signal
        handler = signal.getsignal(signal.SIGTERM)
        with open({str(seen)!r}, 'a') as f:
            f.write(getattr(handler, '__name__', str(handler)) + '\\n')
        """,
    )

    def host_handler(signum, frame):  # the host application's own
        pass

    previous = signal.signal(signal.SIGTERM, host_handler)
    try:
        with project.app.app_context():
            api.upgrade()
            api.downgrade()
        project.ok("db", "upgrade")
        after = signal.getsignal(signal.SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, previous)
    from_api, from_cli = seen.read_text().splitlines()
    assert from_api == "host_handler"  # the API leaves the host's handler alone
    assert from_cli != "host_handler"  # the CLI stops on SIGTERM ...
    assert after is host_handler  # ... and gives the handler back


# -- 13. an upgrade --sql range that goes backwards ------------------------------------------


def test_upgrade_sql_range_that_goes_backwards_is_refused(any_project):
    p = any_project
    p.ok("db", "init")
    write_revision(
        p, "r1", None, "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))"
    )
    write_revision(
        p, "r2", "r1", "op.create_table('two', sa.Column('id', sa.Integer, primary_key=True))"
    )
    for backwards in ("head:base", "r2:r1"):
        result = p.cli("db", "upgrade", backwards, "--sql")
        err = fails(result)
        assert f"The range {backwards} goes backwards" in err
        assert f"flask db downgrade {backwards} --sql" in err
        assert result.stdout == ""
    assert "CREATE TABLE two" in p.ok("db", "upgrade", "r1:r2", "--sql").stdout
    assert "Running downgrade r2 -> r1" in p.ok("db", "downgrade", "r2:r1", "--sql").stdout


# -- 14. an application that does not load ---------------------------------------------------


@pytest.mark.parametrize(
    ("source", "last_line", "line"),
    [
        (
            "from flask import Flask\nimport no_such_module_xyz\napp = Flask(__name__)\n",
            "ModuleNotFoundError: No module named 'no_such_module_xyz'",
            2,
        ),
        (
            "from flask import Flask\napp = Flask(__name__)\nsettings = {}\n"
            "timeout = settings['TIMEOUT']\n",
            "KeyError: 'TIMEOUT'",
            4,
        ),
    ],
    ids=["import-error", "error"],
)
def test_application_that_fails_to_import(project, source, last_line, line):
    (project.root / "broken.py").write_text(source)
    process = run_flask(project, "--app", "broken", "db", "current")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    assert err.splitlines()[0] == (
        f"Error: The application could not be loaded: {last_line} (broken.py:{line})"
    )
    hint = err.splitlines()[1]
    assert re.fullmatch(r"Run '\S*flask db -v current \.\.\.' to see the traceback\.", hint)
    assert len(err.splitlines()) == 2
    process = run_flask(project, "--app", "broken", "db", "-v", "current")
    _, err = process.communicate(timeout=120)
    assert "Traceback (most recent call last)" in err
    assert "Usage:" not in err
    assert f"Error: The application could not be loaded: {last_line}" in err


def test_application_that_flask_cannot_find(project):
    process = run_flask(project, "--app", "no_such_app_xyz", "db", "current")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2, err
    assert err.splitlines()[0] == "Error: Could not import 'no_such_app_xyz'."
    assert "--app" in err.splitlines()[1]
    assert "Usage:" not in err


def test_factory_that_raises_in_a_manage_py_group(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def create_app() -> Flask:
        raise RuntimeError("DATABASE_URL is not set")

    runner = CliRunner(**({} if CLICK_8_2 else {"mix_stderr": False}))
    result = runner.invoke(db_group, ["current"], obj=ScriptInfo(create_app=create_app))
    err = fails(result)
    assert err.startswith(
        "Error: The application could not be loaded: RuntimeError: DATABASE_URL is not set ("
    )
    assert re.search(r"test_hardening_messages\.py:\d+\)\n", err)


# -- 15. a revision whose upgrade is not a function ------------------------------------------


def test_revision_whose_upgrade_is_not_a_function(project):
    import logging

    project.ok("db", "init")
    path = write_revision(project, "r1", None, "pass")
    path.write_text(path.read_text().replace("def upgrade():\n    pass", "upgrade = None"))
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers[:] = []  # no pytest handler: the command shows Alembic's lines itself
    try:
        result = project.cli("db", "upgrade")
    finally:
        root.handlers[:] = saved
    err = fails(result) if result.stderr.startswith("Error") else result.stderr
    assert "Logging error" not in err
    assert "Traceback" not in err
    assert "INFO  [alembic.runtime.migration] Running RevisionStep('r1'" in err
    assert (
        "Error: Revision file migrations/versions/r1_step.py: 'upgrade' is not a function"
        " (it is NoneType)." in err
    )
    assert "def upgrade():" in err
    assert result.exit_code == 1
    assert project.version() == set()


# -- 16. alembic.ini, files that cannot be written, and hints that fit the cause -------------


def test_alembic_ini_without_a_section_header(project):
    project.ok("db", "init")
    ini = project.migrations / "alembic.ini"
    ini.write_text("script_location = elsewhere\n" + ini.read_text())
    err = fails(project.cli("db", "current"))
    assert err.splitlines()[0] == (
        "Error: migrations/alembic.ini cannot be read: line 1 comes before any section header."
    )
    assert "[alembic]" in err
    assert "Unexpected" not in err


@pytest.mark.parametrize(
    ("setting", "args"),
    [
        ("truncate_slug_length = forty", ("revision", "-m", "x")),
        ("revision_environment = perhaps", ("revision", "-m", "x")),
    ],
)
def test_alembic_ini_with_a_value_alembic_cannot_use(project, setting, args):
    project.ok("db", "init")
    ini = project.migrations / "alembic.ini"
    ini.write_text(ini.read_text().replace("[alembic]\n", f"[alembic]\n{setting}\n", 1))
    err = fails(project.cli("db", *args))
    assert f"Error: migrations/alembic.ini: '{setting}' is not a value Alembic can use" in err
    assert setting.split(" = ")[0] in err.splitlines()[1]
    assert project.revisions() == []


def test_revision_file_larger_than_the_process_may_write(project):
    project.ok("db", "init")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, resource.RLIM_INFINITY))

    process = run_flask(project, "db", "revision", "-m", "big", preexec_fn=limit)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    assert re.match(
        r"Error: Cannot write migrations/versions/\w+_big\.py: the file would be larger than"
        r" this process may write \(EFBIG\)\.\n",
        err,
    ), err
    assert "ulimit -f" in err
    assert project.revisions() == []


def two_steps(p, second: str) -> None:
    p.ok("db", "init")
    write_revision(
        p, "r1", None, "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))"
    )
    write_revision(p, "r2", "r1", second)


@pytest.fixture
def database_of(tmp_path):
    """Make a fresh database of a backend by name; dropped at the end of the test."""
    with contextlib.ExitStack() as stack:

        def make(backend: str) -> str:
            made = fresh_database(backend, tmp_path)
            url = next(made)
            stack.callback(next, made, None)
            return url

        yield make


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_revision_whose_connection_the_server_ended(make_project, database_of, backend):
    p = make_project(database_of(backend))
    kill = (
        "SELECT pg_terminate_backend(pg_backend_pid())"
        if backend == "postgresql"
        else "KILL CONNECTION CONNECTION_ID()"
    )
    two_steps(p, f'op.execute("{kill}")')  # as a DBA, or a failover, would
    p.ok("db", "upgrade", "r1")
    err = fails(p.cli("db", "upgrade"))
    assert "Revision r2 (step r2) failed at migrations/versions/r2_step.py:" in err
    assert "The connection to the database was lost" in err
    assert "check that the server runs, then run 'flask db upgrade' again" in err
    assert FIX_REVISION not in err
    assert state_line(p) in err
    assert p.version() == {"r1"}


def read_only(p, backend: str, stack) -> str:
    """A URL of the project's database on which the schema cannot be changed."""
    url = sa.engine.make_url(p.url)
    if backend == "sqlite":
        return f"sqlite:///file:{url.database}?mode=ro&uri=true"
    server = server_url(backend)
    if backend == "postgresql":
        admin_execute(
            server, f'ALTER DATABASE "{url.database}" SET default_transaction_read_only = on'
        )
        return p.url
    user = "fm_ro_" + os.urandom(4).hex()
    admin_execute(
        server,
        f"CREATE USER '{user}'@'%' IDENTIFIED BY '{SECRET}'",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON `{url.database}`.* TO '{user}'@'%'",
    )
    stack.callback(admin_execute, server, f"DROP USER IF EXISTS '{user}'@'%'")
    return url.set(username=user, password=SECRET).render_as_string(hide_password=False)


def test_revision_on_a_read_only_database(make_project, backend_urls):
    backend, url = backend_urls
    p = make_project(url())
    two_steps(p, "op.create_table('two', sa.Column('id', sa.Integer, primary_key=True))")
    p.ok("db", "upgrade", "r1")
    p.close()
    with contextlib.ExitStack() as stack:
        q = make_project(read_only(p, backend, stack))
        result = q.cli("db", "upgrade")
        err = fails(result)
        q.close()
    assert "Revision r2 (step r2) failed" in err
    assert "The database refused to write: it is read-only, or its user may not change" in err
    assert FIX_REVISION not in err
    assert "The database is at revision r1." in err
    assert SECRET not in result.stdout + err
    assert p.version() == {"r1"}


@pytest.mark.parametrize("backend", ["sqlite", "mysql"])
def test_revision_on_a_full_database(make_project, database_of, backend):
    # No PostgreSQL: its disk cannot be filled here; its SQLSTATE 53100 is mapped the same way.
    p = make_project(database_of(backend))
    if backend == "sqlite":  # SQLite's page limit gives what a full disk gives

        def limit(dbapi_connection, record):
            cursor = dbapi_connection.cursor()
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages + 3}")
            cursor.close()

        second = """
            rows = [{"i": i} for i in range(1, 20001)]
            op.get_bind().execute(sa.text("INSERT INTO one (id) VALUES (:i)"), rows)
        """
    else:  # MySQL's "The table is full", of a table with a size limit

        def limit(dbapi_connection, record):
            cursor = dbapi_connection.cursor()
            cursor.execute("SET SESSION max_heap_table_size = 16384")
            cursor.close()

        second = """
            op.create_table('mem', sa.Column('id', sa.Integer, primary_key=True),
                            sa.Column('v', sa.String(200)), mysql_engine='MEMORY')
            rows = [{"i": i, "v": "x" * 200} for i in range(1, 20001)]
            op.get_bind().execute(sa.text("INSERT INTO mem (id, v) VALUES (:i, :v)"), rows)
        """
    two_steps(p, second)
    p.ok("db", "upgrade", "r1")
    p.close()
    with p.app.app_context():
        sa.event.listen(p.db.engine, "connect", limit)
    err = fails(p.cli("db", "upgrade"))
    assert "Revision r2 (step r2) failed" in err
    assert "The database ran out of space" in err
    assert FIX_REVISION not in err
    assert "The database is at revision r1." in err


def test_revision_on_a_database_stamped_to_the_wrong_revision(any_project):
    p = any_project
    two_steps(p, "op.create_table('two', sa.Column('id', sa.Integer, primary_key=True))")
    p.ok("db", "upgrade")
    p.ok("db", "stamp", "r1")  # wrong: the schema is at r2
    err = fails(p.cli("db", "upgrade"))
    assert "Revision r2 (step r2) failed" in err
    assert "The database already has what this statement creates" in err
    assert "does not match the revision its version table names" in err
    assert "flask db stamp <revision>" in err
    assert FIX_REVISION not in err
    assert p.version() == {"r1"}
