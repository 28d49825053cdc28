"""The fleet's options on ``flask db upgrade`` and ``flask db status``.

:func:`register` adds them to the commands ``cli.py`` defines (one line there calls it): with
``--all-tenants`` (or ``--resume``/``--retry-failed``), ``upgrade`` runs the fleet; with
``--tenants``, ``status`` shows the tenants. Without them the commands are as they were.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import click

from .. import exitcodes
from ..cli_options import group_options, migration_command, resolve
from ..exitcodes import FLEET_STOPPED as FLEET_STOPPED_EXIT_CODE

#: The exit codes of ``upgrade --all-tenants``.
FLEET_EXIT_CODES = (
    f"With --all-tenants: {exitcodes.OK} every tenant done, {exitcodes.ERROR} some tenants"
    f" failed (each named\nwith its error) or an error, {exitcodes.FLEET_STOPPED} stopped by"
    f" --canary or --max-failures,\n{exitcodes.LOCK_TIMEOUT} the shared part's lock timeout ran"
    f" out, {exitcodes.INTERRUPTED} stopped by Ctrl-C, {exitcodes.TERMINATED} by SIGTERM\n"
    "(continue with --resume).\n"
)

_UPGRADE_OPTIONS = [
    click.Option(
        ["--all-tenants"],
        is_flag=True,
        help="Upgrade the shared part, then every tenant (Migrate(tenants=...)); see"
        " docs/fleet.md.",
    ),
    click.Option(
        ["--jobs"],
        type=int,
        default=1,
        metavar="N",
        help="Worker processes migrating tenants side by side (default 1).",
    ),
    click.Option(
        ["--run-id"],
        default=None,
        metavar="ID",
        help="Create or join the fleet run ID: invocations (machines) with the same ID share"
        " the tenants.",
    ),
    click.Option(["--resume"], is_flag=True, help="Continue the last unfinished fleet run."),
    click.Option(
        ["--retry-failed"], is_flag=True, help="Migrate the failed tenants of the last run again."
    ),
    click.Option(
        ["--canary"],
        default=None,
        metavar="TENANTS",
        help="Comma-separated tenants migrated first; the run stops if one fails.",
    ),
    click.Option(
        ["--max-failures"],
        default=None,
        metavar="N|P%",
        help="Stop claiming tenants once this many (or this share) failed.",
    ),
    click.Option(
        ["--executor"],
        type=click.Choice(["processes", "celery"]),
        default="processes",
        help="Where the workers run: processes of this command (default), or Celery tasks"
        " (Tenants(celery=...)).",
    ),
    click.Option(
        ["--lease"],
        type=float,
        default=None,
        metavar="SECONDS",
        help="How long a worker's claim on a tenant lasts unless renewed (default:"
        " Tenants(lease=...), 60).",
    ),
]

_FLEET_NAMES = [option.name for option in _UPGRADE_OPTIONS]

_DOWNGRADE_OPTIONS = [
    click.Option(
        ["--all-tenants"],
        is_flag=True,
        help="Undo what one fleet upgrade run did to the tenants (--undo); see docs/fleet.md.",
    ),
    click.Option(
        ["--undo"],
        default=None,
        metavar="RUN_ID",
        help="The upgrade run to undo with --all-tenants (default: the last one).",
    ),
    *[o for o in _UPGRADE_OPTIONS if o.name in ("jobs", "lease", "executor")],
]

_DOWNGRADE_NAMES = [option.name for option in _DOWNGRADE_OPTIONS]


def register(group: click.Group) -> None:
    """Add the fleet's options to ``upgrade``, ``downgrade`` and ``status`` of ``group``."""
    _extend_upgrade(group.commands["upgrade"])
    _extend_downgrade(group.commands["downgrade"])
    _extend_status(group.commands["status"])


def _extend_downgrade(command: click.Command) -> None:
    command.params[-1:-1] = list(_DOWNGRADE_OPTIONS)
    plain = command.callback
    assert plain is not None

    @functools.wraps(plain)
    def callback(**kwargs: Any) -> Any:
        fleet = {name: kwargs.pop(name) for name in _DOWNGRADE_NAMES}
        if fleet["all_tenants"]:
            return _fleet_command(_downgrade_all)(fleet=fleet, **kwargs)
        given = [n for n in _DOWNGRADE_NAMES if fleet[n] not in (None, False, 1, "processes")]
        if given:
            name = "--" + given[0].replace("_", "-")
            raise click.UsageError(f"{name} needs --all-tenants.")
        return plain(**kwargs)

    command.callback = callback


def _downgrade_all(
    fleet: dict[str, Any],
    directory: str | None,
    sql: bool,
    plan: bool,
    x_arg: tuple[str, ...],
    revision: str,
    **ignored: Any,
) -> None:
    from . import render
    from .run import Options, downgrade_all

    if sql or plan or revision != "-1":
        raise click.UsageError(
            "downgrade --all-tenants undoes one run (--undo RUN_ID); it takes no REVISION,"
            " --sql or --plan."
        )
    _check_numbers(fleet)
    options = Options(
        jobs=fleet["jobs"],
        lease=fleet["lease"],
        executor=fleet["executor"],
        report=render.report_mode(group_options().quiet),
        alembic_lines=group_options().verbose,
        app_import_path=_import_path(click.get_current_context()),
    )
    resolved = resolve(directory, x_arg)
    result = downgrade_all(
        resolved["directory"],
        resolved["x_arg"],
        fleet["undo"],
        options,
        on_tenant=render.tenant_printer(options.report),
    )
    render.summary(result)
    undone = result.run.id[len("undo-") :]
    _fail_unless_done(
        result,
        "Those tenants were left as they are: undo them one by one with"
        " 'flask db -x tenant=NAME downgrade REVISION'.",
        f"Continue it with 'flask db downgrade --all-tenants --undo {undone}'.",
    )


def _check_numbers(fleet: dict[str, Any]) -> None:
    if not 1 <= fleet["jobs"] <= 256:
        raise click.BadParameter("give 1 to 256 worker processes.", param_hint="--jobs")
    if fleet["lease"] is not None and not 1 <= fleet["lease"] <= 86400:
        raise click.BadParameter("give 1 to 86400 seconds.", param_hint="--lease")


def _extend_upgrade(command: click.Command) -> None:
    command.params[-1:-1] = list(_UPGRADE_OPTIONS)  # before the REVISION argument
    command.epilog = (command.epilog or "") + "\n" + FLEET_EXIT_CODES
    plain = command.callback
    assert plain is not None

    @functools.wraps(plain)
    def callback(**kwargs: Any) -> Any:
        fleet = {name: kwargs.pop(name) for name in _FLEET_NAMES}
        if fleet["all_tenants"] or fleet["resume"] or fleet["retry_failed"]:
            return _fleet_upgrade(fleet=fleet, **kwargs)
        given = [n for n in _FLEET_NAMES if fleet[n] not in (None, False, 1, "processes")]
        if given:
            name = "--" + given[0].replace("_", "-")
            raise click.UsageError(f"{name} needs --all-tenants.")
        return plain(**kwargs)

    command.callback = callback


def _fleet_command(f: Callable[..., Any]) -> Callable[..., Any]:
    return migration_command(f)


def _fleet_upgrade(fleet: dict[str, Any], **kwargs: Any) -> Any:
    return _fleet_command(_upgrade_all)(fleet=fleet, **kwargs)


def _upgrade_all(
    fleet: dict[str, Any],
    directory: str | None,
    sql: bool,
    plan: bool,
    x_arg: tuple[str, ...],
    revision: str,
    lock_timeout: float | None = None,
    statement_timeout: float | None = None,
    table_lock_timeout: float | None = None,
    **ignored: Any,
) -> None:
    from . import render
    from .run import Options, upgrade_all

    if sql or plan:
        raise click.UsageError("--all-tenants runs the migrations; it takes no --sql or --plan.")
    _check_numbers(fleet)
    ctx = click.get_current_context()
    options = Options(
        revision=None if revision == "head" else revision,
        jobs=fleet["jobs"],
        run_id=fleet["run_id"],
        resume=fleet["resume"],
        retry_failed=fleet["retry_failed"],
        canary=[c.strip() for c in (fleet["canary"] or "").split(",") if c.strip()],
        max_failures=fleet["max_failures"],
        lease=fleet["lease"],
        report=render.report_mode(group_options().quiet),
        alembic_lines=group_options().verbose,
        app_import_path=_import_path(ctx),
        executor=fleet["executor"],
        lock_timeout=lock_timeout,
        statement_timeout=statement_timeout,
        table_lock_timeout=table_lock_timeout,
    )
    resolved = resolve(directory, x_arg)
    result = upgrade_all(
        resolved["directory"],
        resolved["x_arg"],
        options,
        on_tenant=render.tenant_printer(options.report),
    )
    render.summary(result)
    run_id = result.run.id
    _fail_unless_done(
        result,
        "Fix the cause, then run 'flask db upgrade --all-tenants --retry-failed"
        f" --run-id {run_id}'.",
        f"Continue it with 'flask db upgrade --all-tenants --resume --run-id {run_id}'.",
    )


def _fail_unless_done(result: Any, again: str, resume: str) -> None:
    """Exit as the run ended: stopped (4), unfinished or with failed tenants (1), else 0.
    ``again`` says what to do about failed tenants, ``resume`` how to continue."""
    from ..output import fail
    from . import render

    run = result.run
    if run.status == "stopped":
        fail(
            f"Fleet run {run.id} stopped: {run.stop_reason}.",
            (render.failures(result) + "\n" if result.failed else "") + again,
            FLEET_STOPPED_EXIT_CODE,
        )
    left = run.counts.get("pending", 0) + run.counts.get("running", 0)
    if run.status == "running" and left:
        fail(f"Fleet run {run.id} is not finished: {left} tenants are not done.", resume)
    if result.failed:
        fail(render.failures(result), again)


def _import_path(ctx: click.Context) -> str | None:
    """How a worker process finds the application: ``--app`` or FLASK_APP."""
    import os

    from flask.cli import ScriptInfo

    info = ctx.find_object(ScriptInfo)
    path = getattr(info, "app_import_path", None) if info is not None else None
    return path or os.environ.get("FLASK_APP") or None


def _extend_status(command: click.Command) -> None:
    command.params.append(
        click.Option(
            ["--tenants"],
            is_flag=True,
            help="Show how many tenants are at each revision, which were never migrated and"
            " which failed in the last fleet run.",
        )
    )
    plain = command.callback
    assert plain is not None

    @functools.wraps(plain)
    def callback(tenants: bool, **kwargs: Any) -> Any:
        if tenants:
            return _fleet_command(_status_tenants)(**kwargs)
        return plain(**kwargs)

    command.callback = callback


def _status_tenants(
    directory: str | None, as_json: bool, check: bool, x_arg: tuple[str, ...]
) -> None:
    from . import render
    from .run import check_tenants, tenant_status

    resolved = resolve(directory, x_arg)
    found = tenant_status(resolved["directory"], resolved["x_arg"])
    render.status(found, as_json)
    if check:
        check_tenants(found)
