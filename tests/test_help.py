"""What ``flask db --help`` and each command's ``--help`` tell a user, and the two-heads error.

One style everywhere: every summary in the command list is a whole sentence (never cut by
click's ``...``), every command's and option's help ends with a period, the commands that take
a revision list the forms it can take, and the two ``-v`` options say which is which.
"""

from __future__ import annotations

from typing import Any

import click

from conftest import fails, write_revision
from flask_migrations.cli import db

#: The commands whose argument or option takes a revision, and a form each must explain.
TAKES_A_REVISION = {
    "upgrade": ("REVISION can be (default: head):", "heads", "+2", "unique prefix", "branch@head"),
    "downgrade": ("REVISION can be (default: -1):", "-1", "base", "unique prefix"),
    "stamp": ("REVISION can be", "head", "base", "unique prefix", "branch@head"),
    "show": ("REVISION can be", "current", "unique prefix", "branch@head"),
    "edit": ("REVISION can be", "current", "unique prefix", "branch@head"),
    "merge": ("REVISIONS can be", "heads", "unique prefix"),
    "accept-edit": ("REVISION can be", "unique prefix", "branch@head"),
    "history": ("START and END can be:", "current", "base", "unique prefix"),
    "lint": ("START, END and REV can be:", "base", "unique prefix"),
}


def flat(text: str) -> str:
    """The text with click's line wrapping undone."""
    return " ".join(text.split())


def command_list(help_text: str) -> dict[str, str]:
    """The ``Commands:`` section of a group's help, as name -> summary."""
    listed: dict[str, str] = {}
    section = help_text.split("\nCommands:\n", 1)[1]
    for line in section.splitlines():
        if line.strip():
            name, _, summary = line.strip().partition(" ")
            listed[name] = summary.strip()
    return listed


def test_command_list_shows_whole_sentences(project):
    listed = command_list(project.ok("db", "--help").stdout)
    assert set(listed) == set(db.commands)
    for name, summary in listed.items():
        assert summary.endswith(".") and not summary.endswith("..."), (name, summary)
        assert len(summary) <= 45, (name, summary)  # whole, however narrow click's column


def test_every_command_and_option_help_ends_with_a_period(project):
    with project.app.app_context():
        group = click.Context(db, info_name="db")
        for param in db.params:
            _assert_sentence(param, group, "db")
        for name, command in db.commands.items():
            assert (command.help or "").rstrip().endswith("."), name
            ctx = click.Context(command, info_name=name, parent=group)
            for param in command.get_params(ctx):
                _assert_sentence(param, ctx, name)


def _assert_sentence(param: Any, ctx: click.Context, name: str) -> None:
    if not isinstance(param, click.Option):
        return
    record = param.get_help_record(ctx)
    assert record is not None, (name, param.name)
    assert record[1].rstrip().endswith("."), (name, record)


def test_locking_commands_say_a_lock_timeout_exits_3(project):
    for name in ("upgrade", "downgrade", "stamp"):
        text = flat(project.ok("db", name, "--help").stdout)
        assert "then stop with exit code 3" in text, name  # at --lock-timeout
        assert "3 the lock timeout ran out" in text, name  # in the exit codes


def test_migrate_help_and_sql_refusal_do_not_mention_autogenerate(project):
    assert "--autogenerate" not in project.ok("db", "migrate", "--help").stdout
    project.ok("db", "init")
    err = fails(project.cli("db", "migrate", "--sql"))
    assert "--autogenerate" not in err
    assert "migrate cannot print SQL" in err
    assert " db upgrade --sql'" in err
    assert project.revisions() == []


def test_revision_forms_explained_where_a_revision_is_taken(project):
    for name, forms in TAKES_A_REVISION.items():
        text = project.ok("db", name, "--help").stdout
        for form in forms:
            assert form in text, (name, form)
        epilog = text.split("Show this message and exit.", 1)[1]
        assert max(len(line) for line in epilog.splitlines()) <= 80, name
    head = flat(project.ok("db", "revision", "--help").stdout)
    assert "head (the default), an id or a unique prefix of one, or branch@head" in head


def test_group_verbose_and_command_verbose_cannot_be_confused(project):
    group = flat(project.ok("db", "--help").stdout)
    assert (
        "-v, --verbose Show tracebacks and every Alembic message (group option, before the"
        " command: flask db -v upgrade)." in group
    )
    for name in ("current", "history", "heads", "branches"):
        text = flat(project.ok("db", name, "--help").stdout)
        assert "-v, --verbose Show every field of each revision. For tracebacks" in text, name
        assert "give the group's -v before the command instead: flask db -v COMMAND." in text


def test_two_heads_error_names_them_and_the_next_step(any_project):
    p = any_project
    p.ok("db", "init")
    write_revision(p, "base1", None, "pass")
    write_revision(p, "left1", "base1", "pass")
    write_revision(p, "right1", "base1", "pass")
    ours = (
        "Error: The migrations folder has several head revisions (left1, right1): its history"
        " has branched, so 'head' does not name one revision.\n"
        "Join the branches with 'flask db merge heads' (then 'flask db upgrade'), or apply"
        " every head with 'flask db upgrade heads'.\n"
    )
    for args in (("upgrade",), ("upgrade", "--sql"), ("stamp",), ("revision", "-m", "x")):
        err = fails(p.cli("db", *args))
        assert err.endswith(ours), (args, err)
        assert "please specify" not in err  # Alembic's own sentence
    assert p.version() == set()
    assert len(p.revisions()) == 3
    p.ok("db", "upgrade", "heads")
    assert p.version() == {"left1", "right1"}
