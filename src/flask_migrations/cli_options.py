"""The options and the frame every ``flask db`` command shares.

``-d``/``-x`` and the group's options, the help texts of revision arguments, and
:func:`migration_command`: the application loaded, its context entered, errors turned into an
``Error: ...`` line and an exit code, SIGTERM handled as Ctrl-C. The command modules
(:mod:`.cli`, :mod:`.cli_deploy`, :mod:`.cli_graph`, :mod:`.lint.cli`) build on it.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable, TypeVar, cast

import click
from flask import current_app, has_app_context
from flask.cli import ScriptInfo

from . import exitcodes, output
from .errors import MigrationError
from .explain import app_exception, load_failure, missing_driver

F = TypeVar("F", bound=Callable[..., Any])

#: Where the group keeps its options for the commands below it (``ctx.meta``).
GROUP_KEY = "flask_migrations.group"


# -- options ---------------------------------------------------------------------------------


def default_directory() -> str:
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
        return record[0], record[1] + f' (default is "{default_directory()}").'


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


def group_options() -> GroupOptions:
    ctx = click.get_current_context()
    return ctx.meta.get(GROUP_KEY) or GroupOptions(None, (), False, False)


def resolve(directory: str | None, x_arg: tuple[str, ...] = ()) -> dict[str, Any]:
    """A command's own ``-d``/``-x`` over the group's; each -x value once."""
    group = group_options()
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


def load_app(ctx: click.Context, group: GroupOptions) -> None:
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
        group = group_options()
        with _sigterm_like_ctrl_c() as terminated, output.typed_as(_typed_prefix(ctx)):
            try:
                if not has_app_context():
                    load_app(ctx, group)
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
