"""The migration lock: a waiting process says so and for whom, gives up after the timeout,
or finds the work done; SQLite's lock file."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import flask_migrate
import pytest

from deploy_project import flask, rows, write_project
from flask_migrations.lock import hold


def test_waiting_process_says_for_whom_and_gives_up(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    with p.app.app_context():
        engine = p.db.engine
        with hold([("", engine)]):
            result = p.cli("db", "upgrade", "--lock-timeout", "0.5")
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    waiting = [line for line in lines if line.startswith("Waiting for the migration lock")]
    assert len(waiting) == 1
    assert "of the default database (held by " in waiting[0]
    assert "Error: Gave up waiting for the migration lock of the default database after 0.5" \
        in result.stderr
    assert p.version() == set()  # nothing ran
    p.ok("db", "upgrade")
    assert p.version() == {"r02"}


def test_lock_timeout_from_config(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=1)
    p.app.config["MIGRATIONS_LOCK_TIMEOUT"] = 0.2
    with p.app.app_context():
        with hold([("", p.db.engine)]):
            result = p.cli("db", "stamp", "head")
    assert result.exit_code == 3
    assert "after 0.2 seconds" in result.stderr
    assert p.version() == set()


def test_second_process_finds_the_work_done(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=3)
    with p.app.app_context():
        with hold([("", p.db.engine)]):
            waiter = flask(p, "db", "upgrade")
            # The waiter blocks until the lock is free; meanwhile this process migrates.
            _wait_for_line(waiter)
            _upgrade_without_lock(p)
    code = waiter.wait(timeout=60)
    out, err = waiter.communicate()
    assert code == 0, err
    assert "Running upgrade" not in err  # it found nothing left to do
    assert (
        "Nothing left to do: the migration this process waited for had already brought the"
        " default database to r03." in err
    )
    assert sorted(r[0] for r in rows(p, "SELECT rev FROM applied")) == ["r01", "r02", "r03"]


def _wait_for_line(proc: subprocess.Popen) -> None:
    """Block until ``proc`` says on stderr that it waits for the lock."""
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("Waiting for the migration lock"):
            return
    raise AssertionError("the process never said it was waiting")


def _upgrade_without_lock(p) -> None:
    p.app.config["MIGRATIONS_LOCK"] = False
    try:
        p.ok("db", "upgrade")
    finally:
        p.app.config["MIGRATIONS_LOCK"] = True


def test_in_memory_sqlite_needs_no_lock(make_project, tmp_path: Path):
    p = make_project("sqlite://")
    write_project(p, count=2)
    p.ok("db", "upgrade")
    assert p.version() == {"r02"}
    assert not list(tmp_path.glob("*.migrations-lock"))


def test_sqlite_lock_file_sits_beside_the_database_while_held(
    make_project, sqlite_url, tmp_path: Path
):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    lock_file = tmp_path / "app.db.migrations-lock"
    with p.app.app_context():
        with hold([("", p.db.engine)]):
            result = p.cli("db", "upgrade", "--lock-timeout", "0.2")
            text = lock_file.read_text()  # the waiter gave up and left the holder's file alone
    assert result.exit_code == 3
    assert f"pid {os.getpid()} since " in text  # signed by its holder
    assert not lock_file.exists()  # removed on release: nothing stays in the app's folder
    p.ok("db", "upgrade")
    assert not lock_file.exists()


# Flask-Migrate's env.py calls db.get_engine() first, which Flask-SQLAlchemy 3.1 deprecates.
@pytest.mark.filterwarnings("ignore:'get_engine' is deprecated:DeprecationWarning")
def test_lock_and_history_hold_with_a_flask_migrate_env_py(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    theirs = Path(flask_migrate.__file__).parent / "templates" / "flask" / "env.py"
    (p.migrations / "env.py").write_text(theirs.read_text())
    with p.app.app_context():
        with hold([("", p.db.engine)]):
            result = p.cli("db", "upgrade", "--lock-timeout", "0.3")
    assert result.exit_code == 3
    assert "Waiting for the migration lock of the default database" in result.stderr
    assert p.version() == set()
    p.ok("db", "upgrade")
    assert p.version() == {"r02"}
    found = rows(p, "SELECT revision, direction FROM flask_migrations_history ORDER BY id")
    assert [tuple(r) for r in found] == [("r01", "upgrade"), ("r02", "upgrade")]
