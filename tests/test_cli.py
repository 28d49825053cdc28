"""Every ``flask db`` command and option through the CLI, as a user sees it: on SQLite, and on
every backend where what the command does depends on the database."""

from __future__ import annotations

import re
import stat
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from flask_migrations.config import TEMPLATES_DIR


def rev_ids(p):
    """The revision ids of the project's revision files."""
    return {path.name.split("_")[0] for path in p.revisions()}


def user_table(p):
    return p.db.metadata.tables["user"]


# -- init and list-templates -----------------------------------------------------------------


def test_init_prints_what_it_creates(project):
    p = project
    out = p.ok("db", "init").stdout
    m = p.migrations
    assert f"Creating directory {m} ...  done" in out
    assert f"Creating directory {m / 'versions'} ...  done" in out
    for name in ("alembic.ini", "env.py", "script.py.mako", "README"):
        assert f"Generating {m / name} ...  done" in out
        assert (m / name).is_file()
    assert "run_migrations()" in (m / "env.py").read_text()
    assert not (m / "__init__.py").exists()


def test_init_refuses_a_non_empty_directory_and_leaves_it_alone(project):
    p = project
    p.migrations.mkdir()
    (p.migrations / "notes.txt").write_text("mine")
    result = p.cli("db", "init")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "not empty" in result.stderr
    assert [f.name for f in p.migrations.iterdir()] == ["notes.txt"]
    assert (p.migrations / "notes.txt").read_text() == "mine"


def test_init_into_an_empty_directory(project):
    project.migrations.mkdir()
    project.ok("db", "init")
    assert (project.migrations / "env.py").is_file()


def test_init_multidb(project):
    p = project
    p.ok("db", "init", "--multidb")
    assert "run_migrations(multidb=True)" in (p.migrations / "env.py").read_text()
    assert "def upgrade(engine_name)" in (p.migrations / "script.py.mako").read_text()


def test_init_template_by_name(project):
    project.ok("db", "init", "-t", "flask-multidb")
    assert "multidb=True" in (project.migrations / "env.py").read_text()


def test_init_template_from_a_folder(project, tmp_path):
    custom = tmp_path / "templates" / "house"
    custom.mkdir(parents=True)
    for source in (TEMPLATES_DIR / "flask").iterdir():
        (custom / source.name).write_text(source.read_text())
    (custom / "env.py").write_text("# house env\n" + (custom / "env.py").read_text())
    project.ok("db", "init", "--template", str(custom))
    assert (project.migrations / "env.py").read_text().startswith("# house env")


@pytest.mark.parametrize(
    "typed, cwd",
    [
        ("./house", "."),
        ("house", "."),
        ("house/", "."),
        ("../house", "sub"),
        ("ABSOLUTE", "sub"),
    ],
)
def test_init_template_folder_typed_every_way(project, tmp_path, monkeypatch, typed, cwd):
    custom = tmp_path / "house"
    custom.mkdir()
    for source in (TEMPLATES_DIR / "flask").iterdir():
        (custom / source.name).write_text(source.read_text())
    (custom / "env.py").write_text("# house env\n" + (custom / "env.py").read_text())
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / cwd)
    project.ok("db", "init", "-t", str(custom) if typed == "ABSOLUTE" else typed)
    assert (project.migrations / "env.py").read_text().startswith("# house env")


def test_a_folder_named_like_a_built_in_template_does_not_hide_it(project, tmp_path):
    (tmp_path / "flask-multidb").mkdir()  # e.g. a checkout of something else
    project.ok("db", "init", "-t", "flask-multidb")
    assert "multidb=True" in (project.migrations / "env.py").read_text()


def test_init_unknown_template(project):
    result = project.cli("db", "init", "-t", "nosuch")
    assert result.exit_code == 1
    assert "Error: No migration template" in result.stderr
    assert "flask-multidb" in result.stderr  # the hint lists the names
    assert not project.migrations.exists()


def test_init_package(project):
    p = project
    out = p.ok("db", "init", "--package").stdout
    assert (p.migrations / "__init__.py").read_text() == ""
    assert (p.migrations / "versions" / "__init__.py").read_text() == ""
    assert f"Generating {p.migrations / '__init__.py'} ...  done" in out


def test_list_templates(project):
    out = project.ok("db", "list-templates").stdout
    assert "flask - Single-database configuration for Flask." in out
    assert "flask-multidb - Multi-database configuration for Flask." in out
    assert "aioflask - " in out and "aioflask-multidb - " in out


# -- revision and migrate --------------------------------------------------------------------


def test_revision_empty(project):
    p = project
    p.ok("db", "init")
    out = p.ok("db", "revision", "-m", "nothing yet").stdout
    [path] = p.revisions()
    assert f"Generating {path} ...  done" in out
    assert path.name.endswith("_nothing_yet.py")
    text = path.read_text()
    assert "def upgrade():\n    pass" in text
    assert "create_table" not in text
    assert p.table_names() == set()  # revision without --autogenerate does not touch the db


def test_revision_autogenerate_rev_id_and_branch_label(project):
    p = project
    p.ok("db", "init")
    p.ok(
        "db",
        "revision",
        "--autogenerate",
        "-m",
        "users",
        "--rev-id",
        "abc123",
        "--branch-label",
        "core",
    )
    [path] = p.revisions()
    assert path.name == "abc123_users.py"
    text = path.read_text()
    assert "op.create_table('user'" in text
    assert "branch_labels = ('core',)" in text
    assert "core@head" not in p.cli("db", "heads").stdout  # label shown on the head line
    assert "abc123 (core) (head)" in p.ok("db", "heads").stdout


def test_revision_head_and_splice(project):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "r1")
    p.ok("db", "revision", "--rev-id", "r2")
    result = p.cli("db", "revision", "--rev-id", "r3", "--head", "r1")
    assert result.exit_code == 1
    assert "Error: " in result.stderr and "splice" in result.stderr
    assert rev_ids(p) == {"r1", "r2"}
    p.ok("db", "revision", "--rev-id", "r3", "--head", "r1", "--splice")
    assert "down_revision = 'r1'" in (p.migrations / "versions" / "r3_.py").read_text()
    heads = p.ok("db", "heads").stdout.split()
    assert "r2" in heads and "r3" in heads


def test_revision_version_path(project):
    p = project
    p.ok("db", "init")
    extra = p.migrations / "extra"
    extra.mkdir()
    ini = p.migrations / "alembic.ini"
    ini.write_text(
        ini.read_text().replace(
            "path_separator = os",
            "path_separator = space\nversion_locations = %(here)s/versions %(here)s/extra",
        )
    )
    p.ok("db", "revision", "--rev-id", "x1", "--version-path", str(extra))
    assert (extra / "x1_.py").is_file()
    assert p.revisions() == []
    assert "x1 (head)" in p.ok("db", "heads").stdout


def test_revision_depends_on(project):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "a1")
    p.ok("db", "revision", "--rev-id", "b1", "--head", "base", "--depends-on", "a1")
    assert "depends_on = 'a1'" in (p.migrations / "versions" / "b1_.py").read_text()
    # Without resolving, both are heads; with it, a1 counts as b1's parent.
    assert set(p.ok("db", "heads").stdout.split()) >= {"a1", "b1"}
    assert "a1" not in p.ok("db", "heads", "--resolve-dependencies").stdout


def test_revision_sql_needs_revision_environment(project):
    p = project
    p.ok("db", "init")
    result = p.cli("db", "revision", "--sql", "-m", "x")
    assert result.exit_code == 1
    assert "revision_environment" in result.stderr
    assert p.revisions() == []


def test_migrate_with_no_changes(project):
    p = project
    p.ok("db", "init")
    p.ok("db", "migrate")
    p.ok("db", "upgrade")
    result = p.ok("db", "migrate", "-m", "again")
    assert result.stdout.strip() == "No changes in schema detected."
    assert len(p.revisions()) == 1


def test_migrate_sql_is_refused(project):
    project.ok("db", "init")
    result = project.cli("db", "migrate", "--sql")
    assert result.exit_code == 1
    assert "Error: " in result.stderr
    assert project.revisions() == []


def test_migrate_detects_what_autogenerate_can_see(project):
    p = project
    p.ok("db", "init")
    table = user_table(p)
    table.append_column(sa.Column("email", sa.String(50), nullable=True))
    p.ok("db", "migrate", "--rev-id", "r1")
    p.ok("db", "upgrade")

    table.c.email.type = sa.String(100)  # compare_type is on by default
    table.c.email.nullable = False
    sa.Index("ix_user_name", table.c.name)
    table.append_constraint(sa.UniqueConstraint("email", name="uq_user_email"))
    p.model("Post", user_id=sa.Column(sa.Integer, sa.ForeignKey("user.id")))
    out = p.ok("db", "migrate", "-m", "changes", "--rev-id", "r2").stdout
    assert "Generating" in out
    text = (p.migrations / "versions" / "r2_changes.py").read_text()
    assert "op.create_table('post'" in text
    assert "sa.ForeignKeyConstraint(['user_id'], ['user.id']" in text
    assert "batch_alter_table('user'" in text  # render_as_batch is on by default
    assert "type_=sa.String(length=100)" in text
    assert "existing_type=sa.VARCHAR(length=50)" in text
    assert "nullable=False" in text
    assert "create_index" in text and "'ix_user_name'" in text
    assert "create_unique_constraint('uq_user_email'" in text

    p.ok("db", "upgrade")
    assert p.columns("user")["email"]["nullable"] is False
    assert p.ok("db", "migrate").stdout.strip() == "No changes in schema detected."


# -- edit and merge --------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in editor is a shell script")
def test_edit_opens_the_revision_in_editor(project, tmp_path):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "e1", "-m", "first")
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\necho "# edited by $(basename $0)" >> "$1"\n')
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    p.ok("db", "edit", env={"EDITOR": str(editor), "VISUAL": None})
    assert (
        (p.migrations / "versions" / "e1_first.py").read_text().endswith("# edited by editor.sh\n")
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in editor is a shell script")
def test_edit_with_an_editor_command_that_has_arguments(project, tmp_path):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "e1", "-m", "first")
    p.ok("db", "revision", "--rev-id", "e2", "-m", "second")
    editor = tmp_path / "my editor.sh"
    editor.write_text('#!/bin/sh\necho "# $1" >> "$2"\n')
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    p.ok("db", "edit", "e1", env={"EDITOR": f"'{editor}' --wait", "VISUAL": None})
    assert (p.migrations / "versions" / "e1_first.py").read_text().endswith("# --wait\n")
    assert not (p.migrations / "versions" / "e2_second.py").read_text().endswith("--wait\n")

    result = p.cli("db", "edit", env={"EDITOR": "no-such-editor-here --wait"})
    assert result.exit_code == 1
    assert "Error: The editor 'no-such-editor-here' (from $EDITOR) was not found." in result.stderr

    result = p.cli("db", "edit", "nosuch", env={"EDITOR": str(editor)})
    assert result.exit_code == 1
    assert "nosuch" in result.stderr


def test_edit_without_an_editor(project, tmp_path):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "e1", "-m", "first")
    before = (p.migrations / "versions" / "e1_first.py").read_text()
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = p.cli("db", "edit", "e1", env={"EDITOR": "", "VISUAL": None, "PATH": str(empty)})
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No editor found to open ")
    assert "EDITOR" in result.stderr
    assert (p.migrations / "versions" / "e1_first.py").read_text() == before


def test_merge_two_heads_then_upgrade(any_project):
    p = any_project
    p.ok("db", "init")
    p.ok("db", "migrate", "--rev-id", "base1")
    p.ok("db", "revision", "--rev-id", "left")
    p.ok("db", "revision", "--rev-id", "right", "--head", "base1", "--splice")

    result = p.cli("db", "upgrade")
    assert result.exit_code == 1
    assert "Error: " in result.stderr and "head" in result.stderr.lower()
    assert p.version() == set()

    out = p.ok("db", "merge", "-m", "join", "--rev-id", "m1", "--branch-label", "joined").stdout
    path = p.migrations / "versions" / "m1_join.py"
    assert f"Generating {path} ...  done" in out
    text = path.read_text()
    assert "down_revision = ('left', 'right')" in text
    assert "branch_labels = ('joined',)" in text
    assert p.ok("db", "heads").stdout.split()[0] == "m1"

    p.ok("db", "upgrade")
    assert p.version() == {"m1"}
    assert "user" in p.table_names()


def test_merge_named_revisions(project):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "a")
    p.ok("db", "revision", "--rev-id", "b", "--head", "base")
    p.ok("db", "merge", "a", "b", "--rev-id", "ab")
    assert "down_revision = ('a', 'b')" in (p.migrations / "versions" / "ab_.py").read_text()


# -- upgrade, downgrade, stamp ---------------------------------------------------------------


def _three_steps(p):
    """Revisions r1 (user), r2 (post), r3 (tag) in ``p``, none applied."""
    p.ok("db", "init")
    p.ok("db", "migrate", "--rev-id", "r1", "-m", "users")
    p.ok("db", "upgrade")
    p.model("Post", title=sa.Column(sa.String(80)))
    p.ok("db", "migrate", "--rev-id", "r2", "-m", "posts")
    p.ok("db", "upgrade")
    p.model("Tag", label=sa.Column(sa.String(20)))
    p.ok("db", "migrate", "--rev-id", "r3", "-m", "tags")
    p.ok("db", "downgrade", "base")
    assert p.table_names() == {"alembic_version", "flask_migrations_history"}
    return p


@pytest.fixture
def three_steps(project):
    """A SQLite project with revisions r1 (user), r2 (post), r3 (tag), none applied."""
    return _three_steps(project)


@pytest.fixture
def any_three_steps(any_project):
    """The same on each backend in turn, for commands whose work depends on the database."""
    return _three_steps(any_project)


def test_upgrade_and_downgrade_relative_and_by_id(any_three_steps):
    p = any_three_steps
    p.ok("db", "upgrade", "+1")
    assert p.version() == {"r1"}
    p.ok("db", "upgrade", "+2")
    assert p.version() == {"r3"}
    assert {"user", "post", "tag"} <= p.table_names()
    p.ok("db", "downgrade")  # default -1
    assert p.version() == {"r2"}
    assert "tag" not in p.table_names()
    p.ok("db", "downgrade", "-1")
    assert p.version() == {"r1"}
    p.ok("db", "upgrade", "r2")
    assert p.version() == {"r2"}
    p.ok("db", "downgrade", "r1")
    assert p.version() == {"r1"}
    assert "post" not in p.table_names()


def test_upgrade_to_unknown_revision(three_steps):
    p = three_steps
    result = p.cli("db", "upgrade", "nosuch")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith("Error: ")
    assert "nosuch" in result.stderr
    assert "Traceback" not in result.stderr
    assert p.version() == set()


def test_upgrade_sql_prints_ddl_and_touches_nothing(any_project):
    p = any_project
    p.ok("db", "init")
    p.ok("db", "migrate", "--rev-id", "r1")
    before = p.table_names()
    out = p.ok("db", "upgrade", "--sql").stdout
    assert "CREATE TABLE alembic_version" in out
    assert re.search(r"CREATE TABLE [`\"]?user[`\"]? \(", out)  # "user" is reserved in PostgreSQL
    assert "INSERT INTO alembic_version (version_num) VALUES ('r1')" in out
    assert p.table_names() == before and "user" not in before
    assert p.version() == set()


def test_downgrade_sql(any_three_steps):
    p = any_three_steps
    p.ok("db", "upgrade")
    out = p.ok("db", "downgrade", "--sql").stdout  # -1 means head:-1 offline
    assert "DROP TABLE tag" in out
    assert "DROP TABLE post" not in out
    out = p.ok("db", "downgrade", "--sql", "r3:r1").stdout
    assert "DROP TABLE tag" in out and "DROP TABLE post" in out
    assert p.version() == {"r3"}
    assert "tag" in p.table_names()


def test_stamp(any_three_steps):
    p = any_three_steps
    p.ok("db", "stamp", "r2")
    assert p.version() == {"r2"}
    assert "post" not in p.table_names()  # stamp runs no migration
    p.ok("db", "stamp", "head")
    assert p.version() == {"r3"}


def test_stamp_purge_clears_an_unknown_revision(any_three_steps):
    p = any_three_steps
    p.ok("db", "upgrade", "r1")
    with p.app.app_context(), p.db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'gone'"))
    result = p.cli("db", "stamp", "r1")
    assert result.exit_code == 1
    assert "gone" in result.stderr
    p.ok("db", "stamp", "--purge", "r1")
    assert p.version() == {"r1"}


def test_stamp_sql(three_steps):
    p = three_steps
    out = p.ok("db", "stamp", "--sql", "r2").stdout
    assert "INSERT INTO alembic_version (version_num) VALUES ('r2')" in out
    assert p.version() == set()


# -- show, history, heads, branches, current -------------------------------------------------


def test_show(three_steps):
    p = three_steps
    out = p.ok("db", "show").stdout
    assert "Rev: r3 (head)" in out
    assert "Parent: r2" in out
    assert "tags" in out
    assert "Rev: r1" in p.ok("db", "show", "r1").stdout


def test_history_ranges_verbose_and_current(any_three_steps):
    p = any_three_steps
    lines = p.ok("db", "history").stdout.splitlines()
    assert lines == ["r2 -> r3 (head), tags", "r1 -> r2, posts", "<base> -> r1, users"]
    assert p.ok("db", "history", "-r", "r2:").stdout.splitlines() == lines[:2]
    assert p.ok("db", "history", "--rev-range", ":r1").stdout.splitlines() == lines[2:]

    verbose = p.ok("db", "history", "-v").stdout
    assert "Rev: r3 (head)" in verbose and "Revision ID: r1" in verbose

    p.ok("db", "upgrade", "r2")
    marked = p.ok("db", "history", "-i").stdout.splitlines()
    assert marked == ["r2 -> r3 (head), tags", "r1 -> r2 (current), posts", lines[2]]
    assert p.ok("db", "history", "-r", "current:").stdout.splitlines() == lines[:2]

    result = p.cli("db", "history", "-r", "r2")
    assert result.exit_code == 1
    assert "Error: " in result.stderr


def test_heads_verbose(three_steps):
    p = three_steps
    assert p.ok("db", "heads").stdout.strip() == "r3 (head)"
    out = p.ok("db", "heads", "-v").stdout
    assert "Rev: r3 (head)" in out and "Parent: r2" in out


def test_branches(project):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "root", "-m", "root")
    assert p.ok("db", "branches").stdout.strip() == ""
    p.ok("db", "revision", "--rev-id", "a", "-m", "left")
    p.ok("db", "revision", "--rev-id", "b", "-m", "right", "--head", "root", "--splice")
    out = p.ok("db", "branches").stdout
    assert out.splitlines()[0] == "root (branchpoint)"
    assert out.splitlines()[1:3] == ["     -> a (head)", "     -> b (head)"]
    verbose = p.ok("db", "branches", "-v").stdout
    assert "Branches into: a, b" in verbose or "Branches into: b, a" in verbose
    assert "-> a (head), left" in verbose and "-> b (head), right" in verbose


def test_current(any_three_steps):
    p = any_three_steps
    assert p.ok("db", "current").stdout.strip() == ""
    p.ok("db", "upgrade", "r2")
    assert p.ok("db", "current").stdout.strip() == "r2"
    out = p.ok("db", "current", "-v").stdout
    assert f"Current revision(s) for {p.url}" in out  # MySQL's with the charset it adds
    assert "Rev: r2" in out

    result = p.cli("db", "current", "--check-heads")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "upgrade" in result.stderr
    p.ok("db", "upgrade")
    assert p.ok("db", "current", "--check-heads").stdout.strip() == "r3 (head)"


def test_check(any_three_steps):
    p = any_three_steps
    result = p.cli("db", "check")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    p.ok("db", "upgrade")
    assert p.ok("db", "check").stdout.strip() == "No new upgrade operations detected."
    user_table(p).append_column(sa.Column("age", sa.Integer))
    result = p.cli("db", "check")
    assert result.exit_code == 1
    assert "age" in result.stderr


def test_commands_need_a_migrations_folder(project):
    for command in ("upgrade", "current", "migrate", "history", "heads", "check"):
        result = project.cli("db", command)
        assert result.exit_code == 1, command
        assert result.stderr.startswith("Error: "), command
        assert "flask db init" in result.stderr, command


# -- directory, -x and --tag -----------------------------------------------------------------


def test_help_shows_the_applications_default_directory(make_project, sqlite_url):
    p = make_project(sqlite_url, directory="db/schema")
    for args in (("db", "--help"), ("db", "upgrade", "--help"), ("db", "init", "--help")):
        text = " ".join(p.ok(*args).stdout.split())  # however click wraps the column
        assert 'Migrations folder (default is "db/schema")' in text


def test_directory_as_path_and_option_on_group_and_command(make_project, sqlite_url, tmp_path):
    p = make_project(sqlite_url, directory=Path("by_path"))
    p.model("User", name=sa.Column(sa.String(128)))
    assert p.app.extensions["migrate"].directory == "by_path"
    p.ok("db", "init")
    assert (tmp_path / "by_path" / "env.py").is_file()
    p.ok("db", "-d", "group_level", "init")
    assert (tmp_path / "group_level" / "env.py").is_file()
    p.ok("db", "init", "-d", "command_level")
    assert (tmp_path / "command_level" / "env.py").is_file()
    p.ok("db", "-d", "group_level", "migrate", "--rev-id", "g1")
    assert (tmp_path / "group_level" / "versions" / "g1_.py").is_file()
    p.ok("db", "-d", "group_level", "upgrade", "-d", "command_level")  # the command's wins
    assert p.version() == set()
    p.ok("db", "-d", "group_level", "upgrade")
    assert p.version() == {"g1"}


RECORDING_ENV = """\
import json
import os

from alembic import context

from flask_migrations.runtime import run_migrations

with open(os.path.join(os.path.dirname(__file__), "seen.jsonl"), "a") as f:
    f.write(json.dumps({"x": context.get_x_argument(), "tag": context.get_tag_argument()}) + "\\n")

run_migrations()
"""


@pytest.fixture
def recording(project):
    """A project whose env.py records the -x values and --tag each command gives it."""
    import json

    project.ok("db", "init")
    (project.migrations / "env.py").write_text(RECORDING_ENV)
    seen = project.migrations / "seen.jsonl"

    def last():
        return json.loads(seen.read_text().splitlines()[-1])

    return project, last


def test_x_arg_from_the_group_reaches_env_py_once(recording):
    p, last = recording
    p.ok("db", "-x", "a=1", "upgrade")
    assert last()["x"] == ["a=1"]
    p.ok("db", "-x", "a=1", "current")
    assert last()["x"] == ["a=1"]
    p.ok("db", "-x", "a=1", "migrate")
    assert last()["x"] == ["a=1"]


def test_x_arg_on_group_and_command_combine(recording):
    p, last = recording
    p.ok("db", "-x", "a=1", "upgrade", "-x", "b=2", "--x-arg", "c=3")
    assert last()["x"] == ["a=1", "b=2", "c=3"]
    p.ok("db", "downgrade", "-x", "only=here", "base")
    assert last()["x"] == ["only=here"]


def test_tag_reaches_env_py(recording):
    p, last = recording
    p.ok("db", "upgrade", "--tag", "release-7")
    assert last()["tag"] == "release-7"
    p.ok("db", "downgrade", "--tag", "undo", "base")
    assert last()["tag"] == "undo"
    p.ok("db", "stamp", "--tag", "stamped", "head")
    assert last()["tag"] == "stamped"
    p.ok("db", "upgrade")
    assert last()["tag"] is None


def test_every_flask_migrate_command_and_option_exists(project):
    """The options of Flask-Migrate 4.1, as its users type them."""
    expected = {
        "init": ["-d", "--directory", "--multidb", "-t", "--template", "--package"],
        "revision": [
            "-d",
            "-m",
            "--message",
            "--autogenerate",
            "--sql",
            "--head",
            "--splice",
            "--branch-label",
            "--version-path",
            "--rev-id",
        ],
        "migrate": [
            "-d",
            "-m",
            "--sql",
            "--head",
            "--splice",
            "--branch-label",
            "--version-path",
            "--rev-id",
            "-x",
            "--x-arg",
        ],
        "edit": ["-d"],
        "merge": ["-d", "-m", "--message", "--branch-label", "--rev-id"],
        "upgrade": ["-d", "--sql", "--tag", "-x", "--x-arg"],
        "downgrade": ["-d", "--sql", "--tag", "-x", "--x-arg"],
        "show": ["-d"],
        "history": ["-d", "-r", "--rev-range", "-v", "--verbose", "-i", "--indicate-current"],
        "heads": ["-d", "-v", "--verbose", "--resolve-dependencies"],
        "branches": ["-d", "-v", "--verbose"],
        "current": ["-d", "-v", "--verbose"],
        "stamp": ["-d", "--sql", "--tag", "--purge"],
        "check": ["-d"],
        "list-templates": [],
    }
    group = project.ok("db", "--help").stdout
    for name, options in expected.items():
        assert f"  {name} " in group, name
        text = project.ok("db", name, "--help").stdout
        for option in options:
            assert f"{option} " in text or f"{option}," in text, (name, option)


def test_merge_with_one_head_writes_nothing(project):
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "-m", "only", "--rev-id", "only1")
    result = p.cli("db", "merge")
    assert result.exit_code == 1
    assert "Nothing to merge" in result.stderr
    assert "flask db heads" in result.stderr
    assert [f.name for f in p.revisions()] == ["only1_only.py"]
