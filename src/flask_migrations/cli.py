"""The ``flask db`` command group: parses options, calls the API, renders what it returns.

Errors of the API arrive as :class:`~flask_migrations.errors.MigrationError` and leave as one
``Error: ...`` line on stderr (and the next step to take) with a non-zero exit code. While a
command runs, SIGTERM stops it as Ctrl-C does (the API never touches signal handlers). That
frame, and the options every command shares, are :mod:`.cli_options`; the commands of
:mod:`.cli_deploy`, :mod:`.cli_graph` and :mod:`.lint.cli` are registered at the end.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import click

from . import api, output
from .alembic_private import scripts_read_once
from .cli_deploy import (
    plan_option,
    safety_kwargs,
    safety_options,
    say_work_done,
    with_progress,
)
from .cli_deploy import (
    register as _register_deploy_commands,
)
from .cli_graph import register as _register_graph_command
from .cli_options import (
    FIELDS_HELP,
    GROUP_KEY,
    LOCKING_EXIT_CODES,
    F,
    GroupOptions,
    default_directory,
    directory_option,
    migration_command,
    revision_forms,
    sql_options,
    x_arg_option,
)
from .cli_options import SIGTERM_EXIT_CODE as SIGTERM_EXIT_CODE  # read by tests and docs
from .cli_options import resolve as _resolve
from .commands import HELP, SHORT_HELP
from .fleet.cli import register as _register_fleet_options
from .gctuning import tuned_collector
from .lint.cli import echo_new_findings, plan_findings
from .lint.cli import register as _register_lint_command

# -- the group -------------------------------------------------------------------------------


GROUP_HELP = f"""{HELP}

The options here come before the command and apply to any command. Its -v
shows tracebacks and every Alembic message (flask db -v upgrade); current,
history, heads and branches also take a -v of their own, after the command,
that shows every field of each revision (flask db history -v).
"""


@click.group(help=GROUP_HELP, short_help=SHORT_HELP)
@directory_option
@x_arg_option
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Show only Alembic's warnings and errors (group option, before the command).",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Show tracebacks and every Alembic message (group option, before the command:"
    " flask db -v upgrade).",
)
@click.pass_context
def db(
    ctx: click.Context, directory: str | None, x_arg: tuple[str, ...], quiet: bool, verbose: bool
) -> None:
    ctx.meta[GROUP_KEY] = GroupOptions(directory, x_arg, quiet, verbose)
    ctx.with_resource(tuned_collector())  # from loading the app to the end of the command


#: The click group, under the name Flask-Migrate used for it (for manage.py-style scripts).
MigrateCommand = db


@db.command("list-templates")
@migration_command
def list_templates() -> None:
    """List the templates that init accepts."""
    output.templates(api.list_templates())


@db.command()
@directory_option
@click.option(
    "--multidb",
    is_flag=True,
    help="Write revisions with one section per database (SQLALCHEMY_BINDS).",
)
@click.option(
    "-t",
    "--template",
    default=None,
    help='Template name (see list-templates) or folder (default is "flask").',
)
@click.option(
    "--package",
    is_flag=True,
    help="Also write empty __init__.py files into the folder and its versions folder.",
)
@migration_command
def init(directory: str | None, multidb: bool, template: str | None, package: bool) -> None:
    """Create the migrations folder."""
    folder = _resolve(directory)["directory"]
    converting = os.path.isfile(os.path.join(folder or default_directory(), "env.py"))
    created = api.init(folder, multidb, template, package)
    output.created(created)
    ctx = click.get_current_context()
    group = ctx.parent.command_path if ctx.parent is not None else "flask db"
    if converting:
        _echo_converted(created, group)
        return
    click.echo(f"Next: define your models, then run '{group} migrate' to write the first revision.")


def _echo_converted(created: list[Path], group: str) -> None:
    """What ``init --multidb`` on a single-database folder changed, and what comes next."""
    click.echo(
        "Converted the folder to several databases: new revisions get a section per database;"
        " the revisions written before keep running on the default database only."
    )
    for backup in (p for p in created if p.name.endswith(".bak")):
        original = backup.name[: -len(".bak")]
        click.echo(
            f"{backup.name} keeps your previous {original}: carry over what you had changed in"
            f" it into the new {original}, then delete {backup.name}."
        )
    click.echo(
        f"Next: run '{group} migrate' to write the first revision that covers every database."
    )


def revision_options(f: F) -> F:
    for decorator in reversed(
        [
            click.option(
                "-m",
                "--message",
                default=None,
                help="Message of the new revision, also the end of its file name.",
            ),
            click.option(
                "--head",
                default="head",
                help="The revision the new one builds on: head (the default), an id or a"
                " unique prefix of one, or branch@head.",
            ),
            click.option(
                "--splice",
                is_flag=True,
                help="Allow --head to name a revision that is not a head, which starts a"
                " new branch.",
            ),
            click.option(
                "--branch-label",
                default=None,
                help="Branch label for the new revision.",
            ),
            click.option(
                "--version-path",
                default=None,
                help="Which of the version_locations folders gets the file.",
            ),
            click.option(
                "--rev-id",
                default=None,
                help="Revision id to use instead of a generated one.",
            ),
            click.option(
                "--depends-on",
                multiple=True,
                help="A revision the new one depends on without building on it; repeatable.",
            ),
            click.option(
                "--allow-empty-models",
                is_flag=True,
                help="Compare even when the models define no tables at all, so that the"
                " revision drops every table; refused without it.",
            ),
        ]
    ):
        f = decorator(f)
    return f


@db.command()
@directory_option
@revision_options
@click.option(
    "--autogenerate",
    is_flag=True,
    help="Fill the revision with the differences between the models and the database.",
)
@click.option(
    "--sql",
    is_flag=True,
    help="Run env.py offline while writing (needs revision_environment = true in"
    " alembic.ini).",
)
@x_arg_option
@migration_command
def revision(autogenerate: bool, sql: bool, depends_on: tuple[str, ...], **kwargs: Any) -> None:
    """Write a new revision file.

    The revision is empty, for you to fill in, unless --autogenerate is given.
    """
    directory, x_arg = kwargs.pop("directory"), kwargs.pop("x_arg")
    scripts = api.revision(
        **_resolve(directory, x_arg),
        autogenerate=autogenerate,
        sql=sql,
        depends_on=list(depends_on) or None,
        **kwargs,
    )
    output.generated(scripts, autogenerate)


@db.command()
@directory_option
@revision_options
@click.option(
    "--sql",
    is_flag=True,
    help="Refused: migrate compares the models with the live database, so it has no"
    " offline SQL. Kept because Flask-Migrate lists it.",
)
@x_arg_option
@migration_command
def migrate(sql: bool, depends_on: tuple[str, ...], **kwargs: Any) -> None:
    """Autogenerate a revision from the models.

    Compares the models with the database and writes what differs as a new revision file;
    writes nothing when nothing differs. Read each revision before applying it.
    """
    if sql:
        _refuse_migrate_sql()
    directory, x_arg = kwargs.pop("directory"), kwargs.pop("x_arg")
    scripts = api.migrate(
        **_resolve(directory, x_arg), sql=sql, depends_on=list(depends_on) or None, **kwargs
    )
    output.generated(scripts, autogenerate=True)
    echo_new_findings(scripts)


def _refuse_migrate_sql() -> None:
    """``migrate --sql``: say why there is nothing to print, in the words of this command."""
    ctx = click.get_current_context()
    group = ctx.parent.command_path if ctx.parent is not None else "flask db"
    output.fail(
        "migrate cannot print SQL: it compares the models with the live database and writes"
        " a revision file. Nothing was written.",
        f"Run '{group} migrate' without --sql, then '{group} upgrade --sql' to see the SQL"
        " the new revision runs.",
    )


@db.command(epilog=revision_forms("REVISION", "head current id branch", default="head"))
@directory_option
@x_arg_option
@click.argument("revision", default="head")
@migration_command
def edit(directory: str | None, x_arg: tuple[str, ...], revision: str) -> None:
    """Open a revision file in $EDITOR.

    $EDITOR or $VISUAL may carry arguments (EDITOR="code --wait"); without either, a common
    editor found on PATH opens the file.
    """
    api.edit(**_resolve(directory, x_arg), revision=revision)


@db.command(epilog=revision_forms("REVISIONS", "heads id branch", default="heads"))
@directory_option
@click.option("-m", "--message", default=None, help="Message of the merge revision.")
@click.option("--branch-label", default=None, help="Branch label for the merge revision.")
@click.option("--rev-id", default=None, help="Revision id to use instead of a generated one.")
@click.option(
    "--splice",
    is_flag=True,
    help="Allow merging revisions that are not heads (Alembic 1.18.5 or newer).",
)
@x_arg_option
@click.argument("revisions", nargs=-1)
@migration_command
def merge(
    directory: str | None,
    message: str | None,
    branch_label: str | None,
    rev_id: str | None,
    splice: bool,
    x_arg: tuple[str, ...],
    revisions: tuple[str, ...],
) -> None:
    """Write a revision that joins branches.

    Its parents are REVISIONS; without any, every current head.
    """
    scripts = api.merge(
        **_resolve(directory, x_arg),
        revisions=list(revisions) or "heads",
        message=message,
        branch_label=branch_label,
        rev_id=rev_id,
        splice=splice,
    )
    output.generated(scripts)


class RelativeRevisionCommand(click.Command):
    """A command whose revision may be relative: ``downgrade -2`` is two steps back.

    Click would take ``-2`` for an unknown option; it is moved behind ``--`` instead, unless
    it is the value of an option (``-x -2``).
    """

    _TAKES_VALUE = ("-d", "--directory", "-x", "--x-arg", "--tag")

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for i, arg in enumerate(args):
            if arg == "--":
                break
            if re.fullmatch(r"-\d+", arg) and (i == 0 or args[i - 1] not in self._TAKES_VALUE):
                args = [*args[:i], *args[i + 1 :], "--", arg]
                break
        return super().parse_args(ctx, args)


@db.command(
    cls=RelativeRevisionCommand,
    epilog=revision_forms("REVISION", "head heads id +N branch", default="head")
    + "\n"
    + LOCKING_EXIT_CODES,
)
@directory_option
@sql_options
@plan_option
@safety_options
@x_arg_option
@click.argument("revision", default="head")
@migration_command
def upgrade(
    directory: str | None,
    sql: bool,
    tag: str | None,
    plan: bool,
    x_arg: tuple[str, ...],
    revision: str,
    **safety: Any,
) -> None:
    """Upgrade to a later revision (default: head).

    Runs the revisions up to REVISION on every database of the application. While another
    process runs a migration, it waits for that one to finish first.
    """
    if plan:
        plans = api.plan(**_resolve(directory, x_arg), revision=revision)
        output.plan(plans, plan_findings(plans, _resolve(directory, x_arg)))
        return
    resolved, safe = _resolve(directory, x_arg), safety_kwargs(safety)
    with scripts_read_once():  # the progress pass and the upgrade read the files once
        shown = with_progress(safe, resolved, revision, "upgrade", sql)
        result = api.upgrade(**resolved, revision=revision, sql=sql, tag=tag, **shown)
    output.sql(result)
    output.warnings(result.warnings)
    say_work_done(safe, result, resolved)


@db.command(
    cls=RelativeRevisionCommand,
    epilog=revision_forms("REVISION", "-N base id", default="-1") + "\n" + LOCKING_EXIT_CODES,
)
@directory_option
@sql_options
@plan_option
@safety_options
@x_arg_option
@click.argument("revision", default="-1")
@migration_command
def downgrade(
    directory: str | None,
    sql: bool,
    tag: str | None,
    plan: bool,
    x_arg: tuple[str, ...],
    revision: str,
    **safety: Any,
) -> None:
    """Downgrade to an earlier revision.

    Undoes the revisions applied after REVISION; by default the last one (-1). With --sql,
    give a FROM:TO range to print other steps than the last.
    """
    if plan:
        resolved = _resolve(directory, x_arg)
        output.plan(api.plan(**resolved, revision=revision, direction="downgrade"))
        return
    resolved = _resolve(directory, x_arg)
    with scripts_read_once():
        shown = with_progress(safety_kwargs(safety), resolved, revision, "downgrade", sql)
        output.sql(api.downgrade(**resolved, revision=revision, sql=sql, tag=tag, **shown))


@db.command(epilog=revision_forms("REVISION", "head heads current id branch", default="head"))
@directory_option
@x_arg_option
@click.argument("revision", default="head")
@migration_command
def show(directory: str | None, x_arg: tuple[str, ...], revision: str) -> None:
    """Show one revision in full (default: head)."""
    output.show(api.show(**_resolve(directory, x_arg), revision=revision))


@db.command(epilog=revision_forms("START and END", "head base current id branch"))
@directory_option
@click.option(
    "-r",
    "--rev-range",
    default=None,
    metavar="START:END",
    help="Only the revisions from START to END; either may be left out (current:).",
)
@click.option("-v", "--verbose", is_flag=True, help=FIELDS_HELP)
@click.option(
    "-i",
    "--indicate-current",
    is_flag=True,
    help="Mark the revision(s) the database is at.",
)
@x_arg_option
@migration_command
def history(
    directory: str | None,
    rev_range: str | None,
    verbose: bool,
    indicate_current: bool,
    x_arg: tuple[str, ...],
) -> None:
    """List the revisions, newest first."""
    scripts = api.history(
        **_resolve(directory, x_arg),
        rev_range=rev_range,
        verbose=verbose,
        indicate_current=indicate_current,
    )
    output.history(scripts, verbose)


@db.command()
@directory_option
@click.option("-v", "--verbose", is_flag=True, help=FIELDS_HELP)
@click.option(
    "--resolve-dependencies",
    is_flag=True,
    help="Count depends_on revisions as parents, so that a revision another one depends on"
    " is not a head.",
)
@x_arg_option
@migration_command
def heads(
    directory: str | None, verbose: bool, resolve_dependencies: bool, x_arg: tuple[str, ...]
) -> None:
    """List the head revisions."""
    found = api.heads(
        **_resolve(directory, x_arg), verbose=verbose, resolve_dependencies=resolve_dependencies
    )
    output.heads(found, verbose)


@db.command()
@directory_option
@click.option("-v", "--verbose", is_flag=True, help=FIELDS_HELP)
@x_arg_option
@migration_command
def branches(directory: str | None, verbose: bool, x_arg: tuple[str, ...]) -> None:
    """List the branch points and their children."""
    output.branches(api.branches(**_resolve(directory, x_arg), verbose=verbose), verbose)


@db.command()
@directory_option
@click.option("-v", "--verbose", is_flag=True, help=FIELDS_HELP)
@click.option(
    "--check-heads",
    is_flag=True,
    help="Exit with an error unless every database is at the head revision(s).",
)
@x_arg_option
@migration_command
def current(
    directory: str | None, verbose: bool, check_heads: bool, x_arg: tuple[str, ...]
) -> None:
    """Show the revision each database is at."""
    found = api.current(**_resolve(directory, x_arg), verbose=verbose, check_heads=check_heads)
    output.current(found, verbose)


@db.command(
    epilog=revision_forms("REVISION", "head heads base id branch", default="head")
    + "\n"
    + LOCKING_EXIT_CODES
)
@directory_option
@sql_options
@click.option(
    "--purge",
    is_flag=True,
    help="Empty the version table first; needed when it names a revision no file defines.",
)
@safety_options
@x_arg_option
@click.argument("revision", default="head")
@migration_command
def stamp(
    directory: str | None,
    sql: bool,
    tag: str | None,
    purge: bool,
    x_arg: tuple[str, ...],
    revision: str,
    **safety: Any,
) -> None:
    """Record a revision without running it.

    Writes REVISION into the version table as the database's current revision, for a
    database whose schema is already right; no migration runs.
    """
    output.sql(
        api.stamp(
            **_resolve(directory, x_arg), revision=revision, sql=sql, tag=tag, purge=purge,
            **safety_kwargs(safety),
        )
    )


@db.command()
@directory_option
@x_arg_option
@migration_command
def check(directory: str | None, x_arg: tuple[str, ...]) -> None:
    """Check that no upgrade or revision is due.

    Exits with code 1 when a database is behind the revision files, or when the models hold
    changes that no revision has; 0 when neither. For CI.
    """
    api.check(**_resolve(directory, x_arg))
    click.echo("No new upgrade operations detected.")


_register_deploy_commands(db)
_register_graph_command(db)
_register_lint_command(db)
_register_fleet_options(db)
