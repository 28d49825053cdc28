"""The deploying part of ``flask db``: lock options, ``--plan``, ``status`` and ``accept-edit``.

``cli.py`` applies :func:`safety_options` to upgrade, downgrade and stamp and calls
:func:`register` once; everything said here is rendered from what the API returns.
"""

from __future__ import annotations

import json
from typing import Any, Callable, TypeVar

import click

from . import output
from .lock import LockWait

F = TypeVar("F", bound=Callable[..., Any])


class Seconds(click.ParamType):
    """A SECONDS option, checked by :func:`~flask_migrations.deploy.seconds` like the config."""

    name = "seconds"

    def __init__(self, zero: bool) -> None:
        self.zero = zero

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from .deploy import seconds

        try:
            return seconds(value, self.zero)
        except ValueError as exc:
            self.fail(f"{value} {exc}.", param, ctx)


def _seconds_option(name: str, help: str) -> Callable[[F], F]:
    from .deploy import SECONDS_SETTINGS

    zero = SECONDS_SETTINGS[name[2:].replace("-", "_")]
    return click.option(name, type=Seconds(zero), default=None, metavar="SECONDS", help=help)


def safety_options(f: F) -> F:
    """``--lock-timeout``, ``--statement-timeout`` and ``--table-lock-timeout``."""
    f = _seconds_option(
        "--table-lock-timeout",
        "PostgreSQL: fail a statement that waits longer than this for a table lock"
        " (lock_timeout; config MIGRATIONS_TABLE_LOCK_TIMEOUT).",
    )(f)
    f = _seconds_option(
        "--statement-timeout",
        "PostgreSQL: fail a statement that runs longer than this (statement_timeout;"
        " config MIGRATIONS_STATEMENT_TIMEOUT).",
    )(f)
    return _seconds_option(
        "--lock-timeout",
        "Wait at most this long for another migration to finish, then stop with exit code 3"
        " (config MIGRATIONS_LOCK_TIMEOUT, default 600).",
    )(f)


def plan_option(f: F) -> F:
    return click.option(
        "--plan",
        is_flag=True,
        help="Show the revisions that would run and their operations; run nothing.",
    )(f)


class SayWaiting:
    """The ``on_lock_wait`` of a command: tells once per database that this process waits for
    another migration, and remembers that it did."""

    def __init__(self) -> None:
        self.waited = False

    def __call__(self, wait: LockWait) -> None:
        self.waited = True
        who = f" (held by {wait.holder})" if wait.holder else ""
        click.echo(
            f"Waiting for the migration lock of the {wait.label} database{who}; another"
            f" migration runs. Giving up after {wait.timeout:g} seconds.",
            err=True,
        )


def say_work_done(safety: dict[str, Any], result: Any, resolved: dict[str, Any]) -> None:
    """After a wait for the lock that ended with nothing to run: say so, and where each
    database stands (read back from it)."""
    waiting = safety.get("on_lock_wait")
    if not isinstance(waiting, SayWaiting) or not waiting.waited or result.steps:
        return
    from . import api

    for database in api.current(**resolved):
        at = ", ".join(database.heads) or "base (no revision)"
        click.echo(
            f"Nothing left to do: the migration this process waited for had already brought"
            f" the {database.label} database to {at}.",
            err=True,
        )


def safety_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Take the safety options out of a command's ``kwargs`` for the API."""
    return {
        "lock_timeout": kwargs.pop("lock_timeout", None),
        "statement_timeout": kwargs.pop("statement_timeout", None),
        "table_lock_timeout": kwargs.pop("table_lock_timeout", None),
        "on_lock_wait": SayWaiting(),
        "on_table_wait": output.table_wait,
    }


def with_progress(
    safe: dict[str, Any], resolved: dict[str, Any], revision: str, direction: str, sql: bool
) -> dict[str, Any]:
    """``safe`` with the progress display of an upgrade or downgrade: none with the group's
    ``-q`` or ``--sql``, nor when what will run cannot be read (the command then says why)."""
    from .cli_options import group_options as _group_options

    group = _group_options()
    if sql or group.quiet:
        return safe
    import sys

    from . import api
    from .errors import MigrationError
    from .progress import Progress

    try:
        with output.reading_quietly(warnings=False):  # the command itself says them
            steps = api.expected_steps(**resolved, revision=revision, direction=direction)
    except MigrationError:
        return safe
    return {**safe, "on_progress": Progress(steps, terminal=sys.stderr.isatty())}


def register(group: click.Group) -> None:
    """Add ``status`` and ``accept-edit`` to the ``flask db`` group."""
    from . import api
    from .cli_options import directory_option, migration_command, revision_forms, x_arg_option
    from .cli_options import resolve as _resolve

    @group.command()
    @directory_option
    @click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
    @click.option(
        "--check",
        is_flag=True,
        help="Exit 1 when a database is behind the revision files (or at a revision no file"
        " defines); apply nothing. For CI and deploy gates.",
    )
    @x_arg_option
    @migration_command
    def status(directory: str | None, as_json: bool, check: bool, x_arg: tuple[str, ...]) -> None:
        """Show each revision's state on each database.

        Lists every revision, oldest first, for each database: applied (when, how long, by
        whom), stamped, PENDING, NO FILE or UNKNOWN, and EDITED since applied. Exit codes with
        --check: 0 up to date, 1 behind (or an error).
        """
        found = api.status(**_resolve(directory, x_arg))
        if as_json:
            click.echo(json.dumps({"databases": [db.as_dict() for db in found]}, indent=2))
        else:
            output.status(found)
        if check:
            from .statuses import require_up_to_date as check_statuses

            check_statuses(found)

    @group.command("accept-edit", epilog=revision_forms("REVISION", "id head branch"))
    @directory_option
    @x_arg_option
    @click.argument("revision")
    @migration_command
    def accept_edit(directory: str | None, x_arg: tuple[str, ...], revision: str) -> None:
        """Accept an applied revision's edited file.

        Records the file of REVISION, as it is now, as the one applied: for an edit that
        changes nothing in the database (a comment, a fixed downgrade()). A change to the
        schema needs a new revision instead.
        """
        output.accepted(revision, api.accept_edit(**_resolve(directory, x_arg), revision=revision))
