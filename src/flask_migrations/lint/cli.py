"""``flask db lint``, and the findings ``flask db migrate`` and ``upgrade --plan`` show.

Loading this module (as the ``flask db`` group does) imports click only; the engine, Alembic
and sqlglot are imported when a command lints.
"""

from __future__ import annotations

import os
from typing import Any

import click

_DIALECTS = ("postgresql", "mysql", "mariadb", "sqlite")
_FORMATS = ("text", "json", "github")

EPILOG = """\
Exit codes: 0 no findings (or only allowed, or info ones), 1 findings (errors,
and warnings unless --warnings-ok), 2 the command could not run (bad option, no
folder or application), 3 a revision cannot be linted at all (it does not
import, or upgrade() fails offline).
"""


def _color() -> bool | None:
    """No colour with NO_COLOR set; otherwise click decides (colour on a terminal only)."""
    return False if os.environ.get("NO_COLOR") else None


def register(group: click.Group) -> None:
    """Add ``lint`` to the ``flask db`` group."""
    from ..cli_options import directory_option, revision_forms, x_arg_option

    forms = revision_forms("START, END and REV", "head heads base id branch")
    epilog = forms + "\n" + EPILOG

    @group.command("lint", epilog=epilog)
    @directory_option
    @click.argument("revisions", required=False)
    @click.option(
        "--pending",
        is_flag=True,
        help="Only the revisions a database has not applied (reads each database).",
    )
    @click.option("--since", metavar="REV", help="Only the revisions after REV.")
    @click.option(
        "--changed-since",
        metavar="GIT_REF",
        help="Only the revision files added or"
        " changed since GIT_REF (e.g. origin/main): what a pull request adds.",
    )
    @click.option(
        "--dialect",
        type=click.Choice(_DIALECTS),
        default=None,
        help="Lint for this database (default: the application's); with -d, no"
        " application is needed.",
    )
    @click.option(
        "--server-version",
        metavar="VERSION",
        default=None,
        help="The server's version, e.g. 16 or 8.0.36 (config"
        " MIGRATIONS_LINT_SERVER_VERSION; default: read from the server when"
        " connected, else a recent release).",
    )
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(_FORMATS),
        default="text",
        help="Print text (the default), json, or github (GitHub Actions annotations).",
    )
    @click.option("--warnings-ok", is_flag=True, help="Exit 0 when only warnings are found.")
    @x_arg_option
    @click.pass_context
    def lint(ctx: click.Context, fmt: str, warnings_ok: bool, **options: Any) -> None:
        """Flag revisions unsafe on a live database.

        Finds what would lock, rewrite or break a live database. REVISIONS is one revision or
        a START:END range, as 'flask db history -r' reads it (ae10:head); all revisions by
        default. Each finding names its rule, file and line, and the safe way to write it; a
        comment '# lint: allow RULE -- reason' in the revision allows it.
        """
        report = _run(ctx, options)
        _show(report, fmt)
        ctx.exit(report.exit_code(warnings_ok))


def _run(ctx: click.Context, options: dict[str, Any]) -> Any:
    """The report, or one ``Error:`` line (exit 2) when the command cannot run."""
    from flask import has_app_context

    from .. import cli_options, output
    from ..errors import MigrationError
    from . import run

    directory, x_arg = options.pop("directory"), options.pop("x_arg")
    resolved = cli_options.resolve(directory, x_arg)
    group = cli_options.group_options()
    try:
        if not has_app_context() and not (options["dialect"] and resolved["directory"]):
            cli_options.load_app(ctx, group)
        return run.lint(resolved["directory"], x_arg=resolved["x_arg"], **options)
    except MigrationError as exc:
        output.fail(exc.message, exc.hint, 2)


def _show(report: Any, fmt: str) -> None:
    from . import render

    if fmt == "json":
        click.echo(render.as_json(report))
        return
    lines = render.github(report) if fmt == "github" else render.text(report)
    for line in lines:
        click.echo(line, color=_color())


def echo_new_findings(scripts: list[Any]) -> None:
    """Under ``Generating ...``: the findings of the revisions ``flask db migrate`` just wrote,
    for the application's databases. Linting never makes ``migrate`` fail."""
    from types import SimpleNamespace

    from . import engine, render, run, settings

    if not scripts:
        return
    try:
        from flask import current_app

        chosen = settings.from_app(
            current_app.config,
            settings.from_folder(os.path.dirname(os.path.dirname(scripts[0].path))),
        )
        for database, dialect in run.databases(scripts, None):
            version = chosen.server_version(database)
            target = run.select.target(dialect, version, database)
            report = engine.lint(
                [
                    SimpleNamespace(revision=s.revision, module=s.module, path=s.path)
                    for s in scripts
                ],
                target,
                disabled=chosen.disabled,
                severities=chosen.severities,
            )
            for finding in report.findings:
                for line in render.finding_lines(finding):
                    click.echo(f"  {line}", color=_color())
    except Exception as exc:  # noqa: BLE001 - the revision is written; say why it was not linted
        click.echo(f"  (not linted: {type(exc).__name__}: {exc})", err=True)


def plan_findings(plans: list[Any], resolved: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
    """For ``upgrade --plan``: the findings of each planned revision, keyed by (database,
    revision), as lines to show under it. Empty when linting fails: the plan still shows."""
    from ..api import _config
    from . import engine, run, settings
    from .findings import Report

    notes: dict[tuple[str, str], list[str]] = {}
    try:
        config = _config(resolved["directory"], resolved["x_arg"])
        script = run.load_scripts(config, Report())
        from flask import current_app

        folder = str(config.get_main_option("script_location"))
        chosen = settings.from_app(current_app.config, settings.from_folder(folder))
        for plan in plans:
            steps = [s for s in plan.steps if s.direction == "upgrade"]
            if not steps or script is None:
                continue
            dialect = _dialect_of_url(plan.url)
            target = run.select.target(dialect, chosen.server_version(plan.database), plan.database)
            report = engine.lint(
                [script.get_revision(s.revision) for s in steps],
                target,
                carry=True,
                one_transaction=dialect == "postgresql",
                disabled=chosen.disabled,
                severities=chosen.severities,
            )
            for f in report.findings:
                if f.rule == "downgrade-does-nothing":  # the plan says IRREVERSIBLE itself
                    continue
                label = "allowed" if f.allowed is not None else f.severity
                text = f.allowed if f.allowed is not None else f.message
                line = f"lint {label} [{f.rule}] {f.path}:{f.line}: {text}"
                notes.setdefault((plan.database, f.revision), []).append(line)
    except Exception as exc:  # noqa: BLE001 - the plan matters more than its lint notes
        click.echo(f"(lint findings not shown: {type(exc).__name__}: {exc})", err=True)
    return notes


def _dialect_of_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    name = make_url(url).get_backend_name()
    return name if name in _DIALECTS else "postgresql" if name.startswith("postgres") else name
