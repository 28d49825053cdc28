"""The ``flask db`` command group: parses options, calls the API, renders what it returns.

Errors of the API arrive as :class:`~flask_migrations.errors.MigrationError` and leave as one
``Error: ...`` line on stderr (and the next step to take) with a non-zero exit code. While a
command runs, SIGTERM stops it as Ctrl-C does (the API never touches signal handlers).
"""

from __future__ import annotations

import functools
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, TypeVar, cast

import click
from flask import current_app, has_app_context
from flask.cli import ScriptInfo

from . import api, exitcodes, output
from .cli_deploy import (
    plan_option,
    safety_kwargs,
    safety_options,
    say_work_done,
    with_progress,
)
from .commands import HELP, SHORT_HELP
from .errors import MigrationError
from .explain import app_exception, load_failure, missing_driver
from .gctuning import tuned_collector

F = TypeVar("F", bound=Callable[..., Any])

_GROUP_KEY = "flask_migrations.group"


# -- options ---------------------------------------------------------------------------------


def _default_directory() -> str:
    """The migrations folder of the application at hand, for help texts."""
    try:
        if has_app_context():
            app = current_app
        else:
            info = click.get_current_context().find_object(ScriptInfo)
            if info is None:
                return "migrations"
            app = info.load_app()
        return str(app.extensions["migrate"].directory)
    except Exception:  # help must show even when the application cannot load
        return "migrations"


class DirectoryOption(click.Option):
    """``-d/--directory``, whose help names the application's own default folder."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        return record[0], record[1] + f' (default is "{_default_directory()}").'


def directory_option(f: F) -> F:
    return click.option(
        "-d",
        "--directory",
        cls=DirectoryOption,
        default=None,
        help="Migrations folder",
    )(f)


def x_arg_option(f: F) -> F:
    return click.option(
        "-x",
        "--x-arg",
        multiple=True,
        help="A value for a custom env.py, read there with context.get_x_argument();"
        " repeatable.",
    )(f)


def sql_options(f: F) -> F:
    f = click.option(
        "--tag",
        default=None,
        help="A tag for a custom env.py, read there with context.get_tag_argument().",
    )(f)
    return click.option(
        "--sql",
        is_flag=True,
        help="Print the SQL script instead of running it; the database is not touched.",
    )(f)


# -- help texts ------------------------------------------------------------------------------

#: Every form a revision argument can take, as the commands' help lists it.
_FORMS = {
    "head": ("head", "the latest revision"),
    "heads": ("heads", "every head, when the history has branched"),
    "base": ("base", "before the first revision"),
    "current": ("current", "the revision the database is at"),
    "id": ("ae1027a6acf", "a revision id, or a unique prefix of one (ae10)"),
    "+N": ("+2, ae10+2", "two on from the database's revision, or from ae10"),
    "-N": ("-1, ae10-1", "one back from the database's revision, or from ae10"),
    "branch": ("branch@head", "the latest revision of the branch labelled 'branch'"),
}


def revision_forms(name: str, forms: str, default: str | None = None) -> str:
    """The paragraph of help that lists what ``name`` (REVISION, START, ...) can be.

    ``forms`` names entries of :data:`_FORMS`, space-separated; ``default``, when given, is
    what the command takes without one. A paragraph click shows as written (``\\b``), for
    the columns.
    """
    lines = ["\b", f"{name} can be" + (f" (default: {default}):" if default else ":")]
    lines += [f"  {_FORMS[key][0]:<13} {_FORMS[key][1]}" for key in forms.split()]
    return "\n".join(lines) + "\n"


#: The exit codes of the commands that take the migration lock.
LOCKING_EXIT_CODES = exitcodes.locking_help()

#: The command-level ``-v`` of current, history, heads and branches (the group has its own).
FIELDS_HELP = (
    "Show every field of each revision. For tracebacks and every Alembic message, give the"
    " group's -v before the command instead: flask db -v COMMAND."
)


class GroupOptions:
    """The options given to the group, for every command below it."""

    def __init__(self, directory: str | None, x_arg: tuple[str, ...], quiet: bool, verbose: bool):
        self.directory = directory
        self.x_arg = x_arg
        self.quiet = quiet
        self.verbose = verbose


def _group_options() -> GroupOptions:
    ctx = click.get_current_context()
    return ctx.meta.get(_GROUP_KEY) or GroupOptions(None, (), False, False)


def _resolve(directory: str | None, x_arg: tuple[str, ...] = ()) -> dict[str, Any]:
    """A command's own ``-d``/``-x`` over the group's; each -x value once."""
    group = _group_options()
    values: list[str] = []
    for value in (*group.x_arg, *x_arg):
        if value not in values:
            values.append(value)
    return {"directory": directory or group.directory, "x_arg": values}


def _debug(group: GroupOptions) -> bool:
    if group.verbose:
        return True
    if has_app_context():
        return bool(current_app.debug)
    return os.environ.get("FLASK_DEBUG", "").lower() in ("1", "true", "yes", "on")


def _unexpected(exc: Exception, ctx: click.Context) -> tuple[str, str | None]:
    """The error line and hint for an exception that is not a MigrationError."""
    driver = missing_driver(exc)
    if driver is not None:
        return driver.message, driver.hint
    if isinstance(exc, KeyError) and exc.args == ("migrate",):
        return (
            "This application has no Migrate extension.",
            "Create it with Migrate(app, db), or migrate.init_app(app, db) in your factory.",
        )
    text = str(exc).strip().splitlines()
    return (
        f"Unexpected {type(exc).__name__}" + (f": {text[0]}" if text else ""),
        f"Run '{_command_line(ctx, '-v')}' to see the traceback.",
    )


#: The exit code of a command stopped by SIGTERM: 128 + 15, what a shell reports for a
#: process the signal ended, and what docker and Kubernetes show for it.
SIGTERM_EXIT_CODE = exitcodes.TERMINATED


@contextmanager
def _sigterm_like_ctrl_c() -> Iterator[list[int]]:
    """For the length of a command, SIGTERM stops it as Ctrl-C does (KeyboardInterrupt).

    ``docker stop`` and Kubernetes send SIGTERM; the command then reports what it had run and
    where the databases stand, instead of vanishing. The list yielded gets the signal's number
    when it came. Only the main thread can set a handler; the previous one comes back at the
    end, and a second SIGTERM meanwhile ends the process at once.
    """
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received
        return

    def stop(signum: int, frame: Any) -> None:
        received.append(signum)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield received
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _load_app(ctx: click.Context, group: GroupOptions) -> None:
    """Load the application and enter its context; a failure is one ``Error:`` line.

    Flask's own report of an application that fails to import is its whole traceback below a
    ``Usage:`` line; here it is the exception's last line and the file and line it came from.
    """
    try:
        app = ctx.ensure_object(ScriptInfo).load_app()
    except Exception as exc:
        own = app_exception(exc)
        if own is not None and _debug(group):
            output.echo_traceback(own)
        error = load_failure(exc)
        hint = error.hint
        if hint is None and own is not None:
            hint = f"Run '{_command_line(ctx, '-v')}' to see the traceback."
        elif hint is None and "--app" not in error.message:
            hint = "Name the application with 'flask --app <module>:<name>' (or FLASK_APP)."
        output.fail(error.message, hint, error.exit_code)
    ctx.with_resource(app.app_context())


def _typed_prefix(ctx: click.Context) -> str:
    """The group as the user typed it: ``flask db``, ``myapp db``, ``python manage.py db``."""
    group = ctx.parent.command_path if ctx.parent is not None else "flask db"
    root = ctx.find_root().info_name or ""
    argv = getattr(sys, "orig_argv", [])  # Python 3.10+: the interpreter's own command line
    if len(argv) > 1 and argv[1].endswith(".py") and os.path.basename(argv[1]) == root:
        return f"python {argv[1]}" + group[len(root):]
    return group


def _command_line(ctx: click.Context, option: str) -> str:
    return f"{_typed_prefix(ctx)} {option} {ctx.info_name} ..."


def migration_command(f: F) -> F:
    """Run a command in the app context; turn its errors into ``Error: ...`` and an exit code.

    Without ``-v`` (or Flask's debug mode) no traceback is shown: a MigrationError is its
    message and hint; any other exception, including one raised while the application loads,
    is one line that names it and says how to see the traceback. Ctrl-C and SIGTERM stop the
    command with a report of what had run (exit codes 130 and 143).
    """

    @functools.wraps(f)
    @click.pass_context
    def wrapper(ctx: click.Context, /, *args: Any, **kwargs: Any) -> Any:
        group = _group_options()
        with _sigterm_like_ctrl_c() as terminated, output.typed_as(_typed_prefix(ctx)):
            try:
                if not has_app_context():
                    _load_app(ctx, group)
                with output.alembic_output(group.quiet, group.verbose):
                    return ctx.invoke(f, *args, **kwargs)
            except MigrationError as exc:
                if group.verbose or (_debug(group) and not exc.expected):
                    output.echo_traceback(exc)
                output.fail(exc.message, exc.hint, exc.exit_code)
            except KeyboardInterrupt as exc:
                if _debug(group):
                    output.echo_traceback(exc)
                message = getattr(exc, "message", "Interrupted.")
                hint = getattr(
                    exc, "hint", "Run 'flask db current' to see where each database stands."
                )
                code = SIGTERM_EXIT_CODE if terminated else exitcodes.INTERRUPTED
                output.fail(message, hint, code)
            except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
                raise
            except Exception as exc:
                if _debug(group):
                    output.echo_traceback(exc)
                output.fail(*_unexpected(exc, ctx))

    return cast(F, wrapper)


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
    ctx.meta[_GROUP_KEY] = GroupOptions(directory, x_arg, quiet, verbose)
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
    converting = os.path.isfile(os.path.join(folder or _default_directory(), "env.py"))
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


from .cli_deploy import register as _register_deploy_commands  # noqa: E402

_register_deploy_commands(db)

from .cli_graph import register as _register_graph_command  # noqa: E402

_register_graph_command(db)

from .lint.cli import echo_new_findings, plan_findings  # noqa: E402
from .lint.cli import register as _register_lint_command  # noqa: E402

_register_lint_command(db)
