"""Writing revision files safely: the message stays text, the id stays a name, and a failed
command removes only the files it wrote itself.

The message attack and the id checks need no database; what runs against one (``migrate``,
``upgrade``, ``check``) runs on every backend.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

import flask_migrate
import pytest
import sqlalchemy as sa
from alembic.script import write_hooks
from alembic.util import CommandError

from conftest import Project
from flask_migrations import api as fm

#: The attack from the issue: closes the docstring, calls os.system, reopens a string.
ATTACK = 'a"""+str(__import__("os").system("touch PWNED"))+"""b'

#: Messages that must read back exactly as typed (``Script.doc``).
MESSAGES = [
    ATTACK,
    'a"""b',
    "C:\\xampp",
    "a\\nb",  # a backslash and an n, as typed in a shell
    "it's \"quoted\"",
    "ünïcødé ✓ 日本語 🚀",
    'ends in a quote"',
    "ends in a single quote'",
    "ends in a backslash\\",
    "'''",
    '"',
    "\\",
    "two\nlines",
    "tab\there",
    "ret\rurn",
    "nul\x00byte",
    "line\u2028separator",
    "{braces} and %(percent)s and ${mako}",
    "# not a comment",
]

BAD_IDS = [
    "../../escaped",
    "sub/dir",
    "/abs",
    "head",
    "heads",
    "base",
    "current",
    "a-b",
    "a@b",
    "a:b",
    "a+b",
    "a.b",
    "a b",
    "x\\y",
    "id\n",
    "ün",
]


def alembic_slug(message: str) -> str:
    """The file name slug Alembic makes of a message (truncated at 40 characters)."""
    slug = "_".join(re.findall(r"\w+", message)).lower()
    if len(slug) > 40:
        slug = slug[:40].rsplit("_", 1)[0] + "_"
    return slug


def fails(result: Any) -> str:
    """A clean failure: exit 1, one Error line first, no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr)
    assert result.stderr.startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def tree(root: Path) -> set[tuple[str, bytes]]:
    """Every folder and file under ``root`` (less the SQLite database), files with content."""
    found = set()
    for path in root.rglob("*"):
        if "__pycache__" in path.parts or path.name.startswith("app.db"):
            continue
        found.add((str(path.relative_to(root)), path.read_bytes() if path.is_file() else b""))
    return found


# -- the folders: our template, Flask-Migrate's, and an old hand-made one ---------------------

OLD_TEMPLATE = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# Message: ${message}
# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
message = "${message}"
single = '${message}'


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''


def make_folder(p: Project, kind: str) -> None:
    """A migrations folder from our template, Flask-Migrate's, or an old hand-written one."""
    if kind.startswith("flask-migrate"):
        template = "flask-multidb" if kind.endswith("multidb") else "flask"
        with p.app.app_context():
            flask_migrate.init(str(p.migrations), template=template)
        assert "current_app.extensions['migrate']" in (p.migrations / "env.py").read_text()
        return
    p.ok("db", "init")
    if kind == "old":
        (p.migrations / "script.py.mako").write_text(OLD_TEMPLATE)


@pytest.fixture(params=["ours", "flask-migrate", "flask-migrate-multidb", "old"])
def folder(request: pytest.FixtureRequest, project: Project) -> Project:
    make_folder(project, request.param)
    return project


def folder_kind(p: Project) -> str:
    return "old" if "single = " in (p.migrations / "script.py.mako").read_text() else "other"


flask_migrate_env = pytest.mark.filterwarnings("ignore:.*get_engine.*:DeprecationWarning")


# -- item 2: the message is text -------------------------------------------------------------


@flask_migrate_env
def test_message_attack_through_revision_runs_no_code(folder: Project, tmp_path: Path) -> None:
    p = folder
    p.ok("db", "revision", "-m", ATTACK, "--rev-id", "r1")
    assert not (tmp_path / "PWNED").exists()
    [path] = p.revisions()
    assert path.name == f"r1_{alembic_slug(ATTACK)}.py"

    history = p.ok("db", "history").stdout
    assert f"<base> -> r1 (head), {ATTACK}" in history
    assert ATTACK in p.ok("db", "show", "r1").stdout
    p.ok("db", "upgrade")
    p.ok("db", "current")
    assert p.version() == {"r1"}
    assert not (tmp_path / "PWNED").exists()


@flask_migrate_env
def test_message_attack_through_merge_runs_no_code(folder: Project, tmp_path: Path) -> None:
    p = folder
    p.ok("db", "revision", "--rev-id", "left")
    p.ok("db", "revision", "--rev-id", "right", "--head", "base")
    p.ok("db", "merge", "-m", ATTACK, "--rev-id", "m1")
    assert not (tmp_path / "PWNED").exists()
    assert f"left, right -> m1 (head) (mergepoint), {ATTACK}" in p.ok("db", "history").stdout
    assert ATTACK in p.ok("db", "show", "m1").stdout
    assert not (tmp_path / "PWNED").exists()


@flask_migrate_env
@pytest.mark.parametrize("kind", ["ours", "flask-migrate", "flask-migrate-multidb", "old"])
def test_message_attack_through_migrate_runs_no_code(
    make_project: Callable[..., Project], any_database_url: str, tmp_path: Path, kind: str
) -> None:
    p = make_project(any_database_url)
    p.model("User", name=sa.Column(sa.String(128)))
    make_folder(p, kind)
    p.ok("db", "migrate", "-m", ATTACK, "--rev-id", "r1")
    assert not (tmp_path / "PWNED").exists()
    assert f"<base> -> r1 (head), {ATTACK}" in p.ok("db", "history").stdout
    p.ok("db", "upgrade")
    assert "user" in p.table_names()
    assert p.version() == {"r1"}
    assert not (tmp_path / "PWNED").exists()


@flask_migrate_env
@pytest.mark.parametrize("message", MESSAGES)
def test_message_reads_back_as_typed(folder: Project, message: str) -> None:
    p = folder
    with p.app.app_context():
        [written] = fm.revision(message=message, rev_id="r1")
        assert written.doc == message
        [shown] = fm.show(revision="r1")
        assert shown.doc == message
        assert [s.doc for s in fm.history()] == [message]
        if folder_kind(p) == "old":  # the old template also has it in two string literals
            assert shown.module.message == shown.module.single == message
    [path] = p.revisions()
    if not any(ch in message for ch in "\n\r\x00\u2028"):  # no character needing an escape
        assert path.name == f"r1_{alembic_slug(message)}.py"


@flask_migrate_env
@pytest.mark.parametrize("message", ["C:\\xampp", "it's \"quoted\"", 'a"""b', "ends\\"])
def test_message_reads_back_through_the_cli(folder: Project, message: str) -> None:
    p = folder
    p.ok("db", "revision", "-m", message, "--rev-id", "r1")
    assert f"<base> -> r1 (head), {message}\n" in p.ok("db", "history").stdout
    assert f"    {message}\n" in p.ok("db", "show", "r1").stdout


def test_no_message_is_still_alembics_empty_message(project: Project) -> None:
    project.ok("db", "init")
    project.ok("db", "revision", "--rev-id", "r1")
    assert "<base> -> r1 (head), empty message" in project.ok("db", "history").stdout


# -- item 3: the revision id is a name -------------------------------------------------------


def two_heads(p: Project) -> None:
    p.ok("db", "revision", "--rev-id", "left")
    p.ok("db", "revision", "--rev-id", "right", "--head", "base")


COMMANDS = {
    "revision": ["db", "revision"],
    "migrate": ["db", "migrate"],
    "merge": ["db", "merge", "heads"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("bad", BAD_IDS)
def test_bad_rev_id_is_refused_and_nothing_written(
    project: Project, tmp_path: Path, command: str, bad: str
) -> None:
    p = project
    p.ok("db", "init")
    two_heads(p)
    before = tree(tmp_path)
    err = fails(p.cli(*COMMANDS[command], "-m", "x", "--rev-id", bad))
    first = err.splitlines()[0]
    assert first.startswith("Error: ") and repr(bad) in first
    assert "--rev-id" in err
    assert tree(tmp_path) == before
    assert p.version() == set()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_rev_id_that_exists_is_refused(project: Project, command: str) -> None:
    p = project
    p.ok("db", "init")
    two_heads(p)
    before = p.revisions()
    err = fails(p.cli(*COMMANDS[command], "--rev-id", "left"))
    assert "'left'" in err.splitlines()[0] and "already" in err.splitlines()[0]
    assert p.revisions() == before


def test_rev_id_that_names_a_branch_is_refused(project: Project) -> None:
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "r1", "--branch-label", "lib")
    err = fails(p.cli("db", "revision", "--rev-id", "lib", "--head", "base"))
    assert "'lib'" in err.splitlines()[0]
    err = fails(p.cli("db", "revision", "--rev-id", "r2", "--branch-label", "r2"))
    assert "'r2'" in err.splitlines()[0]
    assert [path.name for path in p.revisions()] == ["r1_.py"]
    assert "r1 (lib) (head)" in p.ok("db", "history").stdout


def test_good_rev_ids_are_accepted(project: Project) -> None:
    p = project
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "0001_Users")
    p.ok("db", "revision", "--rev-id", "headless")
    p.ok("db", "revision", "--rev-id", "base_2", "--head", "base")
    p.ok("db", "merge", "--rev-id", "CURRENT_merge")
    assert {path.name for path in p.revisions()} == {
        "0001_Users_.py", "headless_.py", "base_2_.py", "CURRENT_merge_.py"
    }
    p.ok("db", "upgrade")
    assert p.version() == {"CURRENT_merge"}


def test_api_refuses_a_reserved_rev_id(project: Project) -> None:
    project.ok("db", "init")
    with project.app.app_context():
        with pytest.raises(fm.RevisionError, match="'head'"):
            fm.revision(rev_id="head")
        with pytest.raises(fm.RevisionError, match="'sub/dir'"):
            fm.migrate(rev_id="sub/dir")
    assert project.revisions() == []


# -- item 4: a failed command removes only what it wrote -------------------------------------

COLLEAGUE = (
    '"""a colleague\'s revision"""\n'
    "revision = 'c0ffee'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n\n\n"
    "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
)


def colleague_writes(p: Project) -> Path:
    """Write a colleague's revision file into the versions folder, as `flask db revision`
    in another terminal would; return its path."""
    path = p.migrations / "versions" / "c0ffee_colleague.py"
    path.write_text(COLLEAGUE)
    return path


@pytest.fixture
def failing_hook(project: Project) -> Iterator[Project]:
    """A post-write hook that lets a colleague write a revision, then fails."""

    def hook(path: str, options: Any) -> None:
        colleague_writes(project)
        raise CommandError("the formatter failed")

    write_hooks.register("colleague_then_fail")(hook)
    try:
        yield project
    finally:
        write_hooks._registry.pop("colleague_then_fail", None)


def add_failing_hook(p: Project) -> None:
    ini = p.migrations / "alembic.ini"
    ini.write_text(
        ini.read_text() + "\n[post_write_hooks]\nhooks = late\nlate.type = colleague_then_fail\n"
    )


@pytest.mark.parametrize("command", list(COMMANDS))
def test_failed_hook_removes_only_this_commands_file(failing_hook: Project, command: str) -> None:
    p = failing_hook
    p.ok("db", "init")
    p.ok("db", "revision", "--rev-id", "left")
    p.ok("db", "upgrade")  # migrate needs the database at the head
    if command == "merge":
        p.ok("db", "revision", "--rev-id", "right", "--head", "base")
    before = {path.name for path in p.revisions()}
    add_failing_hook(p)
    err = fails(p.cli(*COMMANDS[command], "-m", "mine", "--rev-id", "mine1"))
    assert "the formatter failed" in err
    assert {path.name for path in p.revisions()} == before | {"c0ffee_colleague.py"}
    assert (p.migrations / "versions" / "c0ffee_colleague.py").read_text() == COLLEAGUE


def test_failed_hook_removes_the_file_of_a_generated_id(failing_hook: Project) -> None:
    p = failing_hook
    p.ok("db", "init")
    add_failing_hook(p)
    fails(p.cli("db", "migrate", "-m", "mine"))
    assert [path.name for path in p.revisions()] == ["c0ffee_colleague.py"]


def test_failed_hook_removes_a_file_whose_id_env_py_chose(
    make_project: Callable[..., Project], sqlite_url: str
) -> None:
    def numbered(context: Any, revision: Any, directives: list[Any]) -> None:
        for script in directives:
            script.rev_id = "0042"

    p = make_project(sqlite_url, process_revision_directives=numbered)
    p.model("User", name=sa.Column(sa.String(128)))

    def hook(path: str, options: Any) -> None:
        colleague_writes(p)
        raise CommandError("the formatter failed")

    write_hooks.register("colleague_then_fail")(hook)
    try:
        p.ok("db", "init")
        add_failing_hook(p)
        fails(p.cli("db", "migrate", "-m", "mine"))
    finally:
        write_hooks._registry.pop("colleague_then_fail", None)
    assert [path.name for path in p.revisions()] == ["c0ffee_colleague.py"]


def test_failed_upgrade_keeps_a_colleagues_new_file(any_project: Project) -> None:
    p = any_project
    p.ok("db", "init")
    p.ok("db", "migrate", "-m", "users", "--rev-id", "r1")
    path = p.revisions()[0]
    colleague = p.migrations / "versions" / "c0ffee_colleague.py"
    path.write_text(
        path.read_text().replace(
            "def upgrade():\n",
            "def upgrade():\n"
            f"    with open({str(colleague)!r}, 'w') as f:\n"
            f"        f.write({COLLEAGUE!r})\n"
            "    raise RuntimeError('the migration broke')\n",
        )
    )
    err = fails(p.cli("db", "upgrade"))
    assert "the migration broke" in err
    assert colleague.read_text() == COLLEAGUE
    assert {q.name for q in p.revisions()} == {path.name, colleague.name}


def test_check_that_finds_drift_keeps_a_colleagues_new_file(
    make_project: Callable[..., Project], any_database_url: str
) -> None:
    holder: dict[str, Project] = {}

    def include_object(obj: Any, name: Any, type_: Any, reflected: Any, compare_to: Any) -> bool:
        if "p" in holder:  # once the folder is up to date: during `check`
            colleague_writes(holder["p"])
        return True

    p = make_project(any_database_url, include_object=include_object)
    p.model("User", name=sa.Column(sa.String(128)))
    p.ok("db", "init")
    p.ok("db", "migrate", "-m", "users", "--rev-id", "r1")
    p.ok("db", "upgrade")
    holder["p"] = p
    p.model("Tag", label=sa.Column(sa.String(40)))
    fails(p.cli("db", "check"))
    assert (p.migrations / "versions" / "c0ffee_colleague.py").read_text() == COLLEAGUE


def test_failed_hook_removes_this_commands_file_from_a_subfolder(failing_hook: Project) -> None:
    p = failing_hook
    p.ok("db", "init")
    ini = p.migrations / "alembic.ini"
    ini.write_text(
        ini.read_text().replace(
            "[alembic]\n",
            "[alembic]\nfile_template = sub/%%(rev)s_%%(slug)s\n"
            "recursive_version_locations = true\n",
        )
    )
    (p.migrations / "versions" / "sub").mkdir()  # Alembic 1.13 does not make it
    p.ok("db", "revision", "--rev-id", "r1", "-m", "first")
    assert (p.migrations / "versions" / "sub" / "r1_first.py").is_file()
    add_failing_hook(p)
    fails(p.cli("db", "revision", "--rev-id", "r2", "-m", "second"))
    versions = p.migrations / "versions"
    assert sorted(str(q.relative_to(versions)) for q in versions.rglob("*.py")) == [
        "c0ffee_colleague.py", "sub/r1_first.py"
    ]
