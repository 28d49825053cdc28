"""Lock files that cannot be turned against their user, revisions written one at a time, and
timeouts that never turn into waiting forever (issue 12, items 1, 8, 9 and 11)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

import flask_migrations
from deploy_project import write_project
from flask_migrations.errors import ConfigurationError
from flask_migrations.lock import hold, hold_folder

PRECIOUS = "precious data that no migration may touch\n"


def _plant(kind: str, path: Path, victim: Path) -> None:
    if kind == "symlink":
        path.symlink_to(victim)
    elif kind == "hardlink":
        os.link(victim, path)
    else:
        os.mkfifo(path)


# -- item 1: the SQLite lock file -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["symlink", "hardlink", "fifo"])
def test_planted_lock_file_is_refused_and_its_target_untouched(
    make_project, sqlite_url, tmp_path: Path, kind: str
):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    victim = tmp_path / "victim.txt"
    victim.write_text(PRECIOUS)
    lock_file = tmp_path / "app.db.migrations-lock"
    _plant(kind, lock_file, victim)
    result = p.cli("db", "upgrade")
    assert result.exit_code == 1
    assert f"Error: Cannot use the migration lock file {lock_file}" in result.stderr
    assert "nothing was done" in result.stderr
    assert victim.read_text() == PRECIOUS
    assert p.version() == set()  # never migrated unlocked
    assert os.path.lexists(lock_file)  # what was planted is left for a person to look at


def test_two_paths_to_one_database_take_one_lock(make_project, tmp_path: Path):
    shared, release = tmp_path / "shared", tmp_path / "release"
    shared.mkdir()
    release.mkdir()
    sa.create_engine(f"sqlite:///{shared / 'app.db'}").dispose()
    (release / "app.db").symlink_to(shared / "app.db")  # a release folder links the database
    p = make_project(f"sqlite:///{release / 'app.db'}")
    write_project(p, count=1)
    other = sa.create_engine(f"sqlite:///{shared / 'app.db'}")
    try:
        with hold([("", other)]):
            result = p.cli("db", "upgrade", "--lock-timeout", "0.3")
    finally:
        other.dispose()
    assert result.exit_code == 3  # the same database: the same lock
    assert p.version() == set()
    p.ok("db", "upgrade")
    assert p.version() == {"r01"}
    assert not (release / "app.db.migrations-lock").exists()  # never beside the link


NOBODY = 65534

HOLD_AS_NOBODY = """\
import getpass, os, pwd, socket, stat, sys
import sqlalchemy as sa
from flask_migrations.lock import hold
folder = sys.argv[1]
engine = sa.create_engine("sqlite:///" + os.path.join(folder, "app.db"))
if os.geteuid() == 0:  # everything is imported: the standard library may be out of its reach
    os.setgid({nobody})
    os.setuid({nobody})
os.umask(0)  # the widest a user can ask for
with hold([("", engine)]):
    mode = os.lstat(os.path.join(folder, "app.db.migrations-lock")).st_mode
    print(oct(stat.S_IMODE(mode)), stat.S_ISREG(mode), os.geteuid() != 0)
print(os.path.exists(os.path.join(folder, "app.db.migrations-lock")))
"""


@pytest.fixture
def nobody_folder() -> Iterator[Path]:
    """A folder that the unprivileged user of the test may write to."""
    folder = Path(tempfile.mkdtemp(prefix="fm-nobody-"))
    try:
        if os.geteuid() == 0:
            os.chown(folder, NOBODY, NOBODY)
        yield folder
    finally:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def test_lock_file_is_never_world_writable(nobody_folder: Path):
    script = HOLD_AS_NOBODY.format(nobody=NOBODY)
    done = subprocess.run(
        [sys.executable, "-c", script, str(nobody_folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    held, after = done.stdout.splitlines()
    mode, regular, unprivileged = held.split()
    assert unprivileged == "True"
    assert regular == "True"
    assert int(mode, 8) & (stat.S_IWOTH | stat.S_IWGRP) == 0
    assert after == "False"  # and it is gone once the lock is let go


HOLD_IN_A_FOLDER_OF_OTHERS = """\
import os, sys
import sqlalchemy as sa
from flask_migrations.errors import MigrationError
from flask_migrations.lock import hold
engine = sa.create_engine("sqlite:///" + os.path.join(sys.argv[1], "app.db"))
if os.geteuid() == 0:
    os.setgid({nobody})
    os.setuid({nobody})
try:
    with hold([("", engine)]):
        print("held without a lock file")
except MigrationError as exc:
    print(exc)
"""


def test_lock_file_that_cannot_be_made_stops_the_command(nobody_folder: Path):
    (nobody_folder / "app.db").touch()
    os.chmod(nobody_folder, 0o555)  # the database is there; its folder takes no new file
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                HOLD_IN_A_FOLDER_OF_OTHERS.format(nobody=NOBODY),
                str(nobody_folder),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        os.chmod(nobody_folder, 0o755)
    assert done.returncode == 0, done.stderr
    lock_file = nobody_folder / "app.db.migrations-lock"
    assert done.stdout.splitlines() == [
        f"Cannot use the migration lock file {lock_file}: it cannot be created (Permission"
        " denied); nothing was done.",
        f"Let this user create and read files in {nobody_folder}, or run the command as the"
        " user who owns it.",
    ]
    assert not lock_file.exists()


# -- the lock file's life: it exists while the lock is held -----------------------------------


def test_empty_lock_file_of_an_older_version_is_taken_over(
    make_project, sqlite_url, tmp_path: Path
):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    lock_file = tmp_path / "app.db.migrations-lock"
    lock_file.write_text("")
    p.ok("db", "upgrade")
    assert p.version() == {"r01"}
    assert not lock_file.exists()


def test_lock_file_with_content_of_its_own_is_locked_but_never_written(
    make_project, sqlite_url, tmp_path: Path
):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    lock_file = tmp_path / "app.db.migrations-lock"
    lock_file.write_text(PRECIOUS)
    with p.app.app_context():
        with hold([("", p.db.engine)]):
            result = p.cli("db", "upgrade", "--lock-timeout", "0.2")
            assert lock_file.read_text() == PRECIOUS
    assert result.exit_code == 3  # it still locks
    p.ok("db", "upgrade")
    assert lock_file.read_text() == PRECIOUS


# -- item 11: lock only a database file -------------------------------------------------------


def test_url_at_a_text_file_leaves_no_lock_file(make_project, tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, but a long enough text to be looked at by SQLite\n" * 4)
    p = make_project(f"sqlite:///{notes}")
    write_project(p, count=1)
    before = notes.read_text()
    result = p.cli("db", "upgrade")
    assert result.exit_code == 1
    assert "Error: " in result.stderr
    assert "not a database" in result.stderr
    assert notes.read_text() == before
    assert not (tmp_path / "notes.txt.migrations-lock").exists()


def test_url_at_a_folder_is_refused_and_leaves_no_lock_file(make_project, tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    p = make_project(f"sqlite:///{folder}")
    write_project(p, count=1)
    result = p.cli("db", "upgrade")
    assert result.exit_code == 1
    assert f"{folder} is a folder, not a database file" in result.stderr
    assert not (tmp_path / "data.migrations-lock").exists()
    assert list(folder.iterdir()) == []


# -- item 8: commands that write revisions, one at a time -------------------------------------

MIGRATE_APP = """\
import os, time
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

BARRIER = os.environ["BARRIER"]
arrived = []


def include_object(obj, name, type_, reflected, compare_to):
    # Every process waits here (up to a few seconds) until all have read the revision files:
    # without a lock, all of them would then write a revision on the same parent.
    if not arrived:
        arrived.append(True)
        open(os.path.join(BARRIER, str(os.getpid())), "w").close()
        end = time.monotonic() + 5
        while len(os.listdir(BARRIER)) < int(os.environ["PROCESSES"]) and time.monotonic() < end:
            time.sleep(0.05)
    return True


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
Migrate(app, db, directory=os.path.join(os.path.dirname(__file__), "migrations"),
        include_object=include_object)


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(40))
"""


def _heads(p) -> list[str]:
    with p.app.app_context():
        return [s.revision for s in flask_migrations.api.heads()]


def test_three_migrate_at_once_end_with_one_head(make_project, any_database_url, tmp_path):
    p = make_project(any_database_url)
    p.ok("db", "init")
    (tmp_path / "app.py").write_text(MIGRATE_APP)
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = {
        **os.environ,
        "DATABASE_URL": p.url,
        "FLASK_APP": "app",
        "BARRIER": str(barrier),
        "PROCESSES": "3",
    }
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "flask", "db", "migrate", "-m", f"add item {n}"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    results = [(proc, *proc.communicate(timeout=300)) for proc in procs]
    written = p.revisions()
    succeeded = [proc for proc, _, _ in results if proc.returncode == 0]
    assert len(_heads(p)) == 1
    assert len(written) == len(succeeded) == 1
    for proc, _, err in results:
        if proc.returncode != 0:
            assert proc.returncode == 1
            assert "Error: The database is not up to date" in err


NEW_HEAD = '''\
"""written by someone else meanwhile"""
revision = "other"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
'''


def test_migrate_refuses_when_the_head_moved_before_writing(make_project, any_database_url):
    written: list[Path] = []
    first = "first"

    def add_a_revision(obj, name, type_, reflected, compare_to):
        # Another developer's revision lands (git pull) while autogenerate compares.
        if not written:
            path = p.migrations / "versions" / "other_meanwhile.py"
            path.write_text(NEW_HEAD.format(down=first))
            written.append(path)
        return True

    p = make_project(any_database_url, include_object=add_a_revision)
    p.model("User", name=sa.Column(sa.String(128)))
    p.ok("db", "init")
    p.ok("db", "revision", "-m", "first", "--rev-id", first)
    p.ok("db", "upgrade")
    before = {x.name for x in p.revisions()}
    result = p.cli("db", "migrate", "-m", "add user")
    assert result.exit_code == 1
    assert "Error: The head revisions of" in result.stderr
    assert "changed while this command ran" in result.stderr
    assert {x.name for x in p.revisions()} == before | {"other_meanwhile.py"}
    assert _heads(p) == ["other"]


@pytest.mark.parametrize(
    "args", [("revision", "-m", "x"), ("migrate", "-m", "x"), ("merge", "-m", "x", "heads")]
)
def test_revision_writers_wait_for_the_folder_lock(make_project, any_database_url, args):
    p = make_project(any_database_url)
    p.model("User", name=sa.Column(sa.String(128)))
    p.ok("db", "init")
    p.ok("db", "revision", "-m", "a", "--rev-id", "a")
    if args[0] == "merge":
        p.ok("db", "revision", "-m", "b", "--rev-id", "b", "--head", "base", "--splice")
    else:
        p.ok("db", "upgrade")
    before = {x.name for x in p.revisions()}
    p.app.config["MIGRATIONS_LOCK_TIMEOUT"] = 0.2
    with hold_folder(str(p.migrations)):
        result = p.cli("db", *args)
    assert result.exit_code == 3
    assert f"Error: Gave up waiting for the lock of the migrations folder {p.migrations}" in (
        result.stderr
    )
    assert {x.name for x in p.revisions()} == before
    assert not (p.migrations / ".migrations-lock").exists()
    p.ok("db", *args)
    assert len(p.revisions()) == len(before) + 1
    assert len(_heads(p)) == 1
    assert not (p.migrations / ".migrations-lock").exists()


# -- item 9: timeouts ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e300"])
@pytest.mark.parametrize(
    "option", ["--lock-timeout", "--statement-timeout", "--table-lock-timeout"]
)
def test_seconds_options_refuse_what_never_times_out(make_project, any_database_url, option, value):
    p = make_project(any_database_url)
    write_project(p, count=1)
    result = p.cli("db", "upgrade", option, value)
    assert result.exit_code == 2
    assert f"Error: Invalid value for '{option}'" in result.stderr
    assert p.version() == set()


@pytest.mark.parametrize("option", ["--statement-timeout", "--table-lock-timeout"])
def test_postgresql_timeouts_refuse_zero_which_means_no_limit(
    make_project, any_database_url, option
):
    p = make_project(any_database_url)
    write_project(p, count=1)
    result = p.cli("db", "upgrade", option, "0")
    assert result.exit_code == 2
    assert f"Error: Invalid value for '{option}': 0 is no limit at all to PostgreSQL" in (
        result.stderr
    )
    assert p.version() == set()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("MIGRATIONS_LOCK_TIMEOUT", float("nan")),
        ("MIGRATIONS_LOCK_TIMEOUT", float("inf")),
        ("MIGRATIONS_STATEMENT_TIMEOUT", float("inf")),
        ("MIGRATIONS_TABLE_LOCK_TIMEOUT", 0.0),
        ("MIGRATIONS_LOCK_TIMEOUT", "soon"),
    ],
)
def test_seconds_settings_from_config_are_checked(make_project, any_database_url, key, value):
    p = make_project(any_database_url)
    write_project(p, count=1)
    p.app.config[key] = value
    result = p.cli("db", "upgrade")
    assert result.exit_code == 1
    assert f"Error: {key} " in result.stderr
    assert p.version() == set()


def test_seconds_arguments_of_the_api_are_checked(make_project, any_database_url):
    p = make_project(any_database_url, lock_timeout=float("inf"))
    write_project(p, count=1)
    with p.app.app_context():
        with pytest.raises(ConfigurationError, match=r"Migrate\(lock_timeout=inf\)"):
            flask_migrations.api.upgrade()
        with pytest.raises(ConfigurationError, match="statement_timeout"):
            flask_migrations.api.upgrade(lock_timeout=1, statement_timeout=float("nan"))
        with pytest.raises(ConfigurationError, match="lock_timeout"):
            flask_migrations.api.stamp(lock_timeout=float("nan"))
    assert p.version() == set()
