"""Every failure of the error catalogue: one ``Error:`` line and a next step, the right exit
code, no traceback, no password, and nothing lost (no stray file, no unreported change)."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.cli import ScriptInfo
from flask_sqlalchemy import SQLAlchemy

from conftest import CLICK_8_2, admin_execute, fails, server_url, write_revision
from flask_migrations import api
from flask_migrations.cli import db as db_group
from flask_migrations.errors import ConfigurationError

SECRET = "s3cr3t"


def rev_id(path: Path) -> str:
    return path.name.split("_")[0]


def set_version(p, value: str) -> None:
    with p.app.app_context(), p.db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = :v"), {"v": value})


def runner_for(app: Flask):
    kwargs = {} if CLICK_8_2 else {"mix_stderr": False}
    return app.test_cli_runner(**kwargs)


# -- the migrations folder and the application -----------------------------------------------


def test_missing_migrations_folder_points_to_init(project):
    err = fails(project.cli("db", "upgrade"))
    assert f"The migrations folder {project.migrations} does not exist." in err
    assert "flask db init" in err
    assert not project.migrations.exists()


def test_app_in_another_folder_names_the_path_looked_at_and_the_one_beside_it(tmp_path):
    app_dir = tmp_path / "mb"
    app_dir.mkdir()
    (app_dir / "app.py").write_text(
        "from flask import Flask\n"
        "from flask_sqlalchemy import SQLAlchemy\n"
        "from flask_migrations import Migrate\n"
        "app = Flask(__name__)\n"
        f"app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite:///{app_dir / 'app.db'}'\n"
        "Migrate(app, SQLAlchemy(app))\n"
    )
    env = {**os.environ, "FLASK_APP": "mb/app.py"}

    def flask(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "flask", *args],
            cwd=tmp_path, env=env, capture_output=True, text=True,
        )

    first = flask("db", "upgrade")
    assert first.returncode == 1
    assert f"The migrations folder {tmp_path / 'migrations'} does not exist." in first.stderr
    assert f"the application lives in {app_dir}" in first.stderr
    subprocess.run(
        [sys.executable, "-m", "flask", "db", "init"],
        cwd=app_dir, env={**os.environ, "FLASK_APP": "app.py"}, check=True, capture_output=True,
    )
    second = flask("db", "upgrade")
    assert second.returncode == 1
    assert (
        f"The application's folder has one: run the command from {app_dir}, or pass"
        f" -d {app_dir / 'migrations'}." in second.stderr
    )
    assert not (tmp_path / "migrations").exists()
    assert flask("db", "-d", str(app_dir / "migrations"), "upgrade").returncode == 0


def test_init_into_a_non_empty_folder_leaves_it_untouched(project):
    project.migrations.mkdir()
    (project.migrations / "notes.txt").write_text("mine")
    err = fails(project.cli("db", "init"))
    assert "already exists and is not empty; nothing was changed" in err
    assert [p.name for p in project.migrations.iterdir()] == ["notes.txt"]
    assert (project.migrations / "notes.txt").read_text() == "mine"
    assert [p.name for p in project.root.iterdir() if p.name.startswith(".migrations")] == []


def test_app_without_migrate(tmp_path, sqlite_url, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = Flask("nomigrate", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = sqlite_url
    SQLAlchemy(app)
    result = runner_for(app).invoke(db_group, ["upgrade"])
    err = fails(result)
    assert "This application has no Migrate extension." in err
    assert "Migrate(app, db)" in err
    with app.app_context(), pytest.raises(ConfigurationError):
        api.upgrade()


def test_keyerror_migrate_from_an_old_env_py_is_explained(project):
    project.ok("db", "init")
    (project.migrations / "env.py").write_text(
        "from flask import current_app\n"
        "db = current_app.extensions['migrate'].db\n"
        "del current_app.extensions['migrate']\n"
        "current_app.extensions['migrate']\n"
    )
    err = fails(project.cli("db", "upgrade"))
    assert "This application has no Migrate extension." in err


# -- the database connection -----------------------------------------------------------------


def test_sqlite_database_that_cannot_be_opened(make_project, tmp_path):
    p = make_project(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'app.db'}")
    p.ok("db", "init")
    err = fails(p.cli("db", "upgrade"))
    assert "Cannot connect to the database" in err
    assert "unable to open database file" in err


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_unreachable_server_never_prints_the_password(make_project, backend):
    url = server_url(backend).set(password=SECRET, port=1, database="nowhere")
    p = make_project(url.render_as_string(hide_password=False))
    p.ok("db", "init")
    for args in (("db", "upgrade"), ("db", "-v", "upgrade"), ("db", "current", "-v")):
        result = p.cli(*args)
        assert result.exit_code == 1
        assert "Error: Cannot connect to the database" in result.stderr
        assert "credentials" in result.stderr
        assert SECRET not in result.stdout + result.stderr
    assert "Traceback" in p.cli("db", "-v", "upgrade").stderr


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_wrong_credentials_never_print_the_password(make_project, backend):
    url = server_url(backend).set(username="fm_nobody", password=SECRET)
    p = make_project(url.render_as_string(hide_password=False))
    p.ok("db", "init")
    result = p.cli("db", "upgrade")
    err = fails(result)
    assert "Cannot connect to the database" in err
    assert "fm_nobody" in err  # the server's reason names the user
    assert SECRET not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("url", "module", "package"),
    [
        ("postgresql+pg8000://u:s3cr3t@127.0.0.1/db", "pg8000", "pip install pg8000"),
        ("mysql+mysqldb://u:s3cr3t@127.0.0.1/db", "MySQLdb", "pip install mysqlclient"),
    ],
)
def test_driver_not_installed_names_the_package(tmp_path, monkeypatch, url, module, package):
    monkeypatch.chdir(tmp_path)

    def create_app() -> Flask:
        from flask_migrations import Migrate

        app = Flask("nodriver", root_path=str(tmp_path))
        app.config["SQLALCHEMY_DATABASE_URI"] = url
        Migrate(app, SQLAlchemy(app))  # Flask-SQLAlchemy creates the engine: the import fails
        return app

    from click.testing import CliRunner

    kwargs = {} if CLICK_8_2 else {"mix_stderr": False}
    result = CliRunner(**kwargs).invoke(
        db_group, ["upgrade"], obj=ScriptInfo(create_app=create_app)
    )
    err = fails(result)
    assert f"The database driver {module} is not installed." in err
    assert package in err
    assert SECRET not in result.stdout + err


# -- revision ids and the revision graph -----------------------------------------------------


@pytest.fixture
def two_revisions(project):
    project.ok("db", "init")
    first = write_revision(
        project,
        "aaa1",
        None,
        "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))",
        "op.drop_table('one')",
    )
    second = write_revision(
        project,
        "aaa2",
        "aaa1",
        "op.create_table('two', sa.Column('id', sa.Integer, primary_key=True))",
        "op.drop_table('two')",
    )
    return project, first, second


def test_unknown_revision_id(two_revisions):
    p, _, _ = two_revisions
    err = fails(p.cli("db", "upgrade", "zzz9"))
    assert "No revision matches 'zzz9'." in err
    assert "flask db history" in err
    assert p.version() == set()
    assert "one" not in p.table_names()


def test_ambiguous_revision_id(two_revisions):
    p, _, _ = two_revisions
    err = fails(p.cli("db", "upgrade", "aaa"))
    assert "Revision id 'aaa' is ambiguous" in err
    assert "'aaa1'" in err and "'aaa2'" in err
    assert "more characters" in err
    assert p.version() == set()


def test_several_heads_point_to_merge(project):
    project.ok("db", "init")
    write_revision(project, "base1", None, "pass")
    write_revision(project, "left1", "base1", "pass")
    write_revision(project, "right1", "base1", "pass")
    err = fails(project.cli("db", "upgrade"))
    assert "several head revisions" in err
    assert "flask db merge heads" in err
    assert project.version() == set()
    project.ok("db", "upgrade", "heads")
    for args in (("db", "revision", "-m", "x"), ("db", "migrate")):
        err = fails(project.cli(*args))
        assert "several head revisions" in err
        assert "flask db merge heads" in err
    assert len(project.revisions()) == 3  # no revision written by the failed commands
    assert project.version() == {"left1", "right1"}


def test_database_at_a_revision_no_file_defines(two_revisions):
    p, _, _ = two_revisions
    p.ok("db", "upgrade")
    set_version(p, "deadbeef")
    for args in (("db", "upgrade"), ("db", "downgrade"), ("db", "migrate")):
        err = fails(p.cli(*args))
        assert "The database is at revision deadbeef, which no revision file defines." in err
        assert "flask db stamp" in err
    assert p.version() == {"deadbeef"}
    assert {"one", "two"} <= p.table_names()
    assert len(p.revisions()) == 2
    assert "deadbeef (no revision file defines this revision)" in p.ok("db", "current").stdout


def test_downgrade_below_base(two_revisions):
    p, _, _ = two_revisions
    err = fails(p.cli("db", "downgrade"))
    assert "The database is at base: no revision is applied" in err
    p.ok("db", "upgrade")
    err = fails(p.cli("db", "downgrade", "-5"))  # no "--" needed before a relative revision
    assert "Cannot downgrade 5 revisions" in err
    assert "below base" in err
    assert p.version() == {"aaa2"}
    assert {"one", "two"} <= p.table_names()
    p.ok("db", "downgrade", "-1")
    assert p.version() == {"aaa1"}
    err = fails(p.cli("db", "upgrade", "-d", str(p.migrations), "+3"))
    assert "Cannot upgrade 3 revisions" in err


def test_migrate_when_the_database_is_not_up_to_date(two_revisions):
    p, _, _ = two_revisions
    p.ok("db", "upgrade", "aaa1")
    err = fails(p.cli("db", "migrate", "-m", "more"))
    assert "The database is not up to date" in err
    assert "flask db upgrade" in err
    assert len(p.revisions()) == 2
    assert p.version() == {"aaa1"}


# -- revision files that do not load ---------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s.replace("def upgrade():", "def upgrade(:"), r"has a syntax error at line 11"),
        (
            lambda s: "import no_such_module_xyz\n" + s,
            r"could not be imported: ModuleNotFoundError: "
            r"No module named 'no_such_module_xyz' \(line 1\)",
        ),
        (
            lambda s: s.replace(
                "\nimport sqlalchemy", "\nraise RuntimeError('half done')\nimport sqlalchemy"
            ),
            r"could not be imported: RuntimeError: half done \(line 3\)",
        ),
        (lambda s: s.replace("down_revision =", "down_rev ="), r"has no 'down_revision' variable"),
        (lambda s: s.replace("\nrevision =", "\nrev ="), r"has no 'revision' variable"),
    ],
    ids=["syntax", "import", "raises", "no-down-revision", "no-revision"],
)
def test_revision_file_that_does_not_load(two_revisions, change, expected):
    p, _, second = two_revisions
    second.write_text(change(second.read_text()))
    err = fails(p.cli("db", "upgrade"))
    name = os.path.relpath(second)
    assert f"Revision file {name} " in err
    assert re.search(expected, err), err
    assert p.version() == set()
    assert "one" not in p.table_names()


# -- a revision that fails half way ----------------------------------------------------------


def half_way_project(p):
    p.ok("db", "init")
    write_revision(
        p, "r1", None, "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))"
    )
    write_revision(
        p,
        "r2",
        "r1",
        """
        op.create_table('two', sa.Column('id', sa.Integer, primary_key=True))
        op.add_column('one', sa.Column('label', sa.String(20)))
        op.execute("INSERT INTO one (id, label) VALUES (5, 'x')")
        op.execute("INSERT INTO no_such_table VALUES (1)")
        op.create_table('three', sa.Column('id', sa.Integer, primary_key=True))
    """,
    )
    p.ok("db", "upgrade", "r1")


def test_revision_failing_half_way(any_project):
    p = any_project
    half_way_project(p)
    err = fails(p.cli("db", "upgrade"))
    first_line = err.splitlines()[0]
    assert "Revision r2 (step r2) failed at migrations/versions/r2_step.py:15" in first_line
    assert "[while running: INSERT INTO no_such_table VALUES (1)]" in first_line
    assert p.version() == {"r1"}
    assert "three" not in p.table_names()
    dialect = p.url.split(":")[0].split("+")[0]
    if dialect in ("postgresql", "sqlite"):
        if dialect == "postgresql":
            assert "PostgreSQL rolled back the changes this command had made." in err
        else:  # each revision in a transaction of its own; r1 was committed before
            assert "SQLite rolled back the changes of this revision." in err
        assert "stay applied" not in err and "stays applied" not in err
        assert "The database is at revision r1." in err
        assert "two" not in p.table_names()
        assert "label" not in p.columns("one")
    else:
        # MySQL/MariaDB commit DDL as they go: what ran before the failure stays, and the
        # message lists it.
        assert "does not roll back schema changes: 2 statements of revision r2" in err
        assert re.search(r"\n  CREATE TABLE two \(", err)
        assert re.search(r"\n  ALTER TABLE one ADD (COLUMN )?label VARCHAR\(20\)", err)
        assert "\n(1 later statement rolled back.)\n" in err  # the INSERT: no DDL after it
        with p.app.app_context(), p.db.engine.connect() as connection:
            assert connection.execute(sa.text("SELECT count(*) FROM one")).scalar() == 0
        assert "The database is at revision r1." in err
        assert "flask db stamp r2" in err
        assert "two" in p.table_names()
        assert "label" in p.columns("one")


def test_python_error_in_a_revision_names_file_and_line(project):
    project.ok("db", "init")
    write_revision(project, "r1", None, "x = 1\nx.no_such_attribute()")
    err = fails(project.cli("db", "upgrade"))
    assert (
        "Revision r1 (step r1) failed at migrations/versions/r1_step.py:13: AttributeError:"
        in err.splitlines()[0]
    )
    assert project.version() == set()


def test_downgrade_failing_half_way_points_to_downgrade(any_project):
    project = any_project
    project.ok("db", "init")
    write_revision(project, "r1", None, "pass", "raise ValueError('cannot undo')")
    project.ok("db", "upgrade")
    err = fails(project.cli("db", "downgrade"))
    assert (
        "Revision r1 (step r1) failed at migrations/versions/r1_step.py:16: ValueError: cannot undo"
        in err
    )
    assert "flask db downgrade" in err
    assert project.version() == {"r1"}


def test_ctrl_c_during_upgrade_reports_the_state(any_project):
    p = any_project
    p.ok("db", "init")
    write_revision(
        p, "r1", None, "op.create_table('one', sa.Column('id', sa.Integer, primary_key=True))"
    )
    second = write_revision(
        p,
        "r2",
        "r1",
        """
        op.create_table('two', sa.Column('id', sa.Integer, primary_key=True))
        raise KeyboardInterrupt
    """,
    )
    result = p.cli("db", "upgrade")
    err = fails(result, code=130)
    assert (
        "Interrupted while running revision r2 (step r2) at migrations/versions/r2_step.py:13."
        in err
    )
    if p.url.startswith("postgresql"):
        assert "(PostgreSQL rolled them back with the rest)" in err
        assert "The database is at base (no revision applied)." in err
        assert p.version() == set()
        assert "one" not in p.table_names()
    elif p.url.startswith("sqlite"):  # r1 committed on its own; nothing of r2 stays
        assert "Completed before the interrupt: r1." in err
        assert "SQLite rolled back what was not committed." in err
        assert "CREATE TABLE two" not in err
        assert p.version() == {"r1"}
        assert "two" not in p.table_names()
    else:
        assert "Completed before the interrupt: r1." in err
        assert "CREATE TABLE two" in err
        assert "The database is at revision r1." in err
        assert p.version() == {"r1"}
    # Nothing stays locked or half-open: the fixed revision runs.
    second.write_text(second.read_text().replace("raise KeyboardInterrupt", "pass"))
    if "two" in p.table_names():
        p.ok("db", "stamp", "r2")
    else:
        p.ok("db", "upgrade")
    assert p.version() == {"r2"}


# -- other commands --------------------------------------------------------------------------


def test_edit_without_an_editor(two_revisions, tmp_path):
    p, _, second = two_revisions
    before = second.read_text()
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = {"EDITOR": "no-such-editor-xyz", "VISUAL": None, "PATH": str(empty)}
    err = fails(p.cli("db", "edit", "aaa2", env=env))
    assert "The editor 'no-such-editor-xyz' (from $EDITOR) was not found." in err
    assert "EDITOR" in err.splitlines()[1]
    assert second.read_text() == before


ENV_WITH_X = """\
from alembic import context

from flask_migrations.runtime import run_migrations

tenant = context.get_x_argument(as_dictionary=True).get("tenant")
if tenant not in ("blue", "green"):
    raise ValueError(f"unknown tenant {tenant!r}")
run_migrations()
"""


@pytest.mark.parametrize("x", ["tenant=red", "tenant"])
def test_bad_x_value(two_revisions, x):
    p, _, _ = two_revisions
    (p.migrations / "env.py").write_text(ENV_WITH_X)
    p.ok("db", "-x", "tenant=blue", "upgrade", "aaa1")
    err = fails(p.cli("db", "-x", x, "upgrade"))
    assert "-x" in err
    assert x in err
    if "=" in x:
        assert (
            "The migrations environment failed at migrations/env.py:7:"
            " ValueError: unknown tenant 'red'"
            in err
        )
    assert p.version() == {"aaa1"}


def test_broken_template_writes_no_revision_file(two_revisions):
    p, _, _ = two_revisions
    mako = p.migrations / "script.py.mako"
    mako.write_text(mako.read_text() + "\n${no_such_name.attribute}\n")
    err = fails(p.cli("db", "revision", "-m", "broken"))
    assert "Template rendering failed" in err
    assert "No revision file was written." in err
    assert len(p.revisions()) == 2


def test_failing_post_write_hook_leaves_no_revision_file(two_revisions):
    p, _, _ = two_revisions
    ini = p.migrations / "alembic.ini"
    ini.write_text(
        ini.read_text() + "\n[post_write_hooks]\nhooks = fmt\nfmt.type = no_such_formatter\n"
    )
    err = fails(p.cli("db", "revision", "-m", "hooked"))
    assert "no_such_formatter" in err
    assert len(p.revisions()) == 2
    assert not list((p.migrations / "versions").glob("*hooked*"))


def test_check_lists_the_differences_as_sentences(project):
    project.ok("db", "init")
    project.ok("db", "migrate")
    project.ok("db", "upgrade")
    project.model("Tag", label=sa.Column(sa.String(40)))
    project.models["User"].__table__.append_column(sa.Column("email", sa.String(120)))
    err = fails(project.cli("db", "check"))
    first = err.splitlines()[0]
    assert first.startswith("Error: New upgrade operations detected")  # what scripts grep for
    assert first.endswith("the models have 2 changes that no revision holds:")
    assert "  - added table 'tag'" in err
    assert "  - added column 'user.email'" in err
    assert "flask db migrate" in err
    assert "Table(" not in err


# -- unexpected errors and tracebacks --------------------------------------------------------


def test_unexpected_error_is_one_line_and_traceback_with_v(project):
    project.ok("db", "init")

    @project.migrate.configure
    def broken(config):
        raise RuntimeError("callback broke")

    err = fails(project.cli("db", "upgrade"))
    assert err.splitlines()[0] == "Error: Unexpected RuntimeError: callback broke"
    assert "-v upgrade" in err.splitlines()[1]
    assert len(err.splitlines()) == 2

    verbose = project.cli("db", "-v", "upgrade")
    assert verbose.exit_code == 1
    assert "Traceback (most recent call last)" in verbose.stderr
    assert "Error: Unexpected RuntimeError: callback broke" in verbose.stderr


def test_debug_mode_shows_the_traceback(two_revisions):
    p, _, _ = two_revisions
    result = p.cli("db", "upgrade", "zzz9", env={"FLASK_DEBUG": "1"})
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "Error: No revision matches 'zzz9'." in result.stderr
    # Alembic's traceback (where it came from), then ours (what it means)
    assert result.stderr.index("CommandError") < result.stderr.index("RevisionError")


def test_debug_mode_answers_expected_outcomes_in_one_line(two_revisions):
    p, _, _ = two_revisions
    for args in (("check",), ("status", "--check"), ("current", "--check-heads")):
        result = p.cli("db", *args, env={"FLASK_DEBUG": "1"})
        assert result.exit_code == 1, args
        assert "Traceback" not in result.stderr, args
        assert result.stderr.startswith("Error: "), args
        verbose = p.cli("db", "-v", *args)
        assert "Traceback (most recent call last)" in verbose.stderr, args


# -- no password, ever -----------------------------------------------------------------------


def test_postgresql_password_is_never_printed(make_project):
    url = server_url("postgresql")  # trust authentication: any password connects
    name = "fm_secret_" + os.urandom(4).hex()
    admin_execute(url, f'CREATE DATABASE "{name}"')
    try:
        p = make_project(
            url.set(password=SECRET, database=name).render_as_string(hide_password=False)
        )
        p.model("User", name=sa.Column(sa.String(20)))
        p.ok("db", "init")
        outputs = [p.ok("db", "-v", "migrate"), p.ok("db", "-v", "upgrade")]
        outputs.append(p.ok("db", "current", "-v"))
        assert "postgres:***@" in outputs[-1].stdout
        outputs.append(p.ok("db", "downgrade", "--sql", "head:base"))
        write_revision(
            p, "zz1", rev_id(p.revisions()[0]), f'op.execute("SELECT * FROM no_table_{SECRET}")'
        )
        outputs.append(p.cli("db", "upgrade"))
        outputs.append(p.cli("db", "-v", "upgrade"))
        assert "Traceback" in outputs[-1].stderr
        for result in outputs:
            assert SECRET not in result.stdout + result.stderr
        p.close()
    finally:
        admin_execute(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_mysql_connection_uses_the_password_it_never_prints(make_project):
    url = server_url("mysql")
    name = "fm_secret_" + os.urandom(4).hex()
    user = "fm_" + os.urandom(4).hex()
    admin_execute(
        url,
        f"CREATE DATABASE `{name}`",
        f"CREATE USER '{user}'@'%' IDENTIFIED BY '{SECRET}'",
        f"GRANT ALL ON `{name}`.* TO '{user}'@'%'",
    )
    try:
        good = url.set(username=user, password=SECRET, database=name)
        p = make_project(good.render_as_string(hide_password=False))
        p.model("User", name=sa.Column(sa.String(20)))
        p.ok("db", "init")
        outputs = [p.ok("db", "-v", "migrate"), p.ok("db", "-v", "upgrade")]
        assert "user" in p.table_names()  # the connection used the password
        outputs.append(p.ok("db", "current", "-v"))
        assert f"{user}:***@" in outputs[-1].stdout
        for result in outputs:
            assert SECRET not in result.stdout + result.stderr
        p.close()
    finally:
        admin_execute(url, f"DROP DATABASE IF EXISTS `{name}`", f"DROP USER IF EXISTS '{user}'@'%'")


# -- output that respects the reader ---------------------------------------------------------


@contextmanager
def own_output():
    """No root handlers (pytest adds its own), so the CLI shows Alembic's lines itself."""
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers[:] = []
    try:
        yield
    finally:
        root.handlers[:] = saved


def test_many_serial_columns_are_not_one_line_each(make_project):
    url = server_url("postgresql")
    name = "fm_noise_" + os.urandom(4).hex()
    admin_execute(url, f'CREATE DATABASE "{name}"')
    try:
        p = make_project(url.set(database=name).render_as_string(hide_password=False))
        for i in range(12):
            p.model(f"Thing{i}", name=sa.Column(sa.String(20)))
        p.ok("db", "init")
        p.ok("db", "migrate")
        p.ok("db", "upgrade")
        with own_output():
            default = p.ok("db", "migrate")
            verbose = p.ok("db", "-v", "migrate")
            quiet = p.ok("db", "-q", "migrate")
        assert "Detected sequence" not in default.stderr
        assert "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl." in default.stderr
        assert "No changes in schema detected." in default.stdout
        assert verbose.stderr.count("Detected sequence named") == 12
        assert quiet.stderr == ""
        p.close()
    finally:
        admin_execute(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_quiet_keeps_warnings_and_default_shows_progress(project):
    project.ok("db", "init")
    project.ok("db", "migrate", "-m", "users")
    with own_output():
        default = project.ok("db", "upgrade")
        project.ok("db", "downgrade")
        quiet = project.ok("db", "-q", "upgrade")
        failed = project.cli("db", "-q", "upgrade", "zzz9")
    assert "INFO  [alembic.runtime.migration] Running upgrade  -> " in default.stderr
    assert quiet.stderr == ""
    assert failed.stderr.startswith("Error: No revision matches 'zzz9'.")


def test_the_api_raises_the_same_errors(project):
    from flask_migrations import api as fm

    half_way_project(project)
    with project.app.app_context():
        with pytest.raises(fm.RevisionFailedError) as failed:
            fm.upgrade()
        assert failed.value.revision == "r2"
        assert "INSERT INTO no_such_table" in failed.value.message
        assert "SQLite rolled back the changes of this revision." in failed.value.hint
        write_revision(project, "r3", "r2", "raise KeyboardInterrupt")
        project.ok("db", "stamp", "r2")
        with pytest.raises(KeyboardInterrupt) as interrupted:
            fm.upgrade()
        assert isinstance(interrupted.value, fm.Interrupted)
        assert interrupted.value.exit_code == 130
        assert "revision r3" in interrupted.value.message


def test_errors_show_with_an_alembic_ini_without_loggers(two_revisions):
    # Flask-Migrate's users lose errors when an old alembic.ini lacks a logger section: ours
    # are printed by the command, not logged.
    p, _, second = two_revisions
    (p.migrations / "alembic.ini").write_text("[alembic]\n")
    second.write_text(second.read_text().replace("op.create_table('two'", "op.create_tablex('two'"))
    with own_output():
        result = p.cli("db", "upgrade")
    assert result.exit_code == 1
    progress, err = result.stderr.split("\nError: ", 1)
    assert progress.count("Context impl SQLiteImpl.") == 1  # not repeated by the state check
    assert err.startswith("Revision aaa2 (step aaa2) failed at migrations/versions/aaa2_step.py:12")
    assert "AttributeError" in err
    assert "Traceback" not in result.stderr
    assert p.version() == {"aaa1"}
