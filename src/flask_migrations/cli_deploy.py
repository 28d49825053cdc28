"""The deploying part of ``flask db``: lock options, ``--plan``, ``status`` and ``accept-edit``.

``cli.py`` applies :func:`safety_options` to upgrade, downgrade and stamp and calls
:func:`register` once; everything said here is rendered from what the API returns.
"""

from __future__ import annotations

import json
from typing import Any, Callable, TypeVar

import click

from .lock import LockWait

F = TypeVar("F", bound=Callable[..., Any])


def _seconds_option(name: str, help: str) -> Callable[[F], F]:
    return click.option(
        name, type=click.FloatRange(min=0), default=None, metavar="SECONDS", help=help
    )


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
        "Wait at most this long for another migration to finish (config"
        " MIGRATIONS_LOCK_TIMEOUT, default 600).",
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
    }


def echo_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(click.style("Warning: ", fg="yellow", bold=True) + warning, err=True)


def echo_plan(plans: list[Any], notes: dict[tuple[str, str], list[str]] | None = None) -> None:
    """Render what an upgrade or downgrade would run; ``notes`` (the lint findings) are shown
    under their (database, revision)."""
    for plan in plans:
        prefix = f"[{plan.label}] " if len(plans) > 1 or plan.database else ""
        if not plan.steps:
            click.echo(f"{prefix}Nothing to run: the database is already there.")
            continue
        for step in plan.steps:
            flag = click.style("  IRREVERSIBLE", fg="red", bold=True) if step.irreversible else ""
            click.echo(f"{prefix}{step.direction} {step.revision}: {step.message or ''}{flag}")
            for line in step.operations:
                click.echo(f"    {line}")
            if step.note:
                click.echo(f"    ({step.note})")
            for note in (notes or {}).get((plan.database, step.revision), []):
                click.echo(f"    {note}")


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


_MARKS = {"applied": "applied", "pending": "PENDING", "missing": "NO FILE", "unknown": "UNKNOWN"}


def echo_status(statuses: list[Any]) -> None:
    for db in statuses:
        click.echo(f"Database {db.label} ({db.url}): " + _summary(db))
        for rev in db.revisions:
            line = f"  {_MARKS[rev.state]:<8} {rev.revision}  {rev.message or ''}"
            if rev.applied_at is not None:
                how = "stamped" if rev.stamped else f"{rev.duration_ms} ms"
                line += f"  ({_when(rev.applied_at)} UTC, {how}, {rev.applied_by})"
            if rev.edited:
                line += click.style("  EDITED since applied", fg="yellow", bold=True)
            click.echo(line.rstrip())


def _summary(db: Any) -> str:
    parts = []
    if db.pending:
        parts.append(f"{len(db.pending)} pending")
    if db.missing:
        parts.append(f"{len(db.missing)} without a file")
    if db.unknown:
        parts.append(f"{len(db.unknown)} unknown (no history to tell)")
    if db.edited:
        parts.append(f"{len(db.edited)} edited")
    return ", ".join(parts) if parts else "up to date"


def register(group: click.Group) -> None:
    """Add ``status`` and ``accept-edit`` to the ``flask db`` group."""
    from . import api
    from .cli import _resolve, directory_option, migration_command, x_arg_option

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
        """Show every revision of each database: applied, pending, or without a file.

        Exit codes with --check: 0 up to date, 1 behind (or an error).
        """
        found = api.status(**_resolve(directory, x_arg))
        if as_json:
            click.echo(json.dumps({"databases": [db.as_dict() for db in found]}, indent=2))
        else:
            echo_status(found)
        if check:
            from .statuses import check as check_statuses

            check_statuses(found)

    @group.command("accept-edit")
    @directory_option
    @x_arg_option
    @click.argument("revision")
    @migration_command
    def accept_edit(directory: str | None, x_arg: tuple[str, ...], revision: str) -> None:
        """Accept an applied revision's file as it is now (after an intended edit)."""
        done = api.accept_edit(**_resolve(directory, x_arg), revision=revision)
        for label in done:
            click.echo(f"Accepted the file of revision {revision} for the {label} database.")
