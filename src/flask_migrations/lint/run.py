"""Lint a migrations folder: the API behind ``flask db lint`` (returns a Report, never prints).

With an application context: the databases and dialects are the application's (each database
its own; a single-database folder lints the default one), settings are its MIGRATIONS_LINT_*
keys over the folder's. Without one, ``dialect`` and ``directory`` say everything.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from flask import has_app_context

from ..errors import ConfigurationError, MigrationError
from . import engine, select, settings
from .findings import Report, Unreadable


def lint(
    directory: str | os.PathLike[str] | None = None,
    revisions: str | None = None,
    *,
    pending: bool = False,
    since: str | None = None,
    changed_since: str | None = None,
    dialect: str | None = None,
    server_version: str | None = None,
    x_arg: Sequence[str] = (),
) -> Report:
    """Lint the chosen revisions of the folder against each database's dialect and version."""
    config, found = _folder(directory, x_arg, dialect)
    folder = str(config.get_main_option("script_location"))
    chosen = settings.from_folder(folder)
    if has_app_context():
        from flask import current_app

        chosen = settings.from_app(current_app.config, chosen)
    dialect = dialect or (None if has_app_context() else chosen.dialect)
    if sum(bool(x) for x in (revisions, pending, since, changed_since)) > 1:
        raise ConfigurationError(
            "Choose the revisions one way: a range, --pending, --since or --changed-since."
        )
    report = Report()
    script = load_scripts(config, report)
    if script is None:
        return report
    if pending:
        plans = _pending(config, script, dialect, server_version, chosen)
    else:
        plans = _static(script, revisions, since, changed_since, dialect, server_version, chosen)
    for plan in plans:
        engine.lint(
            plan.scripts,
            plan.target,
            carry=plan.carry,
            one_transaction=plan.one_transaction,
            disabled=chosen.disabled,
            severities=chosen.severities,
            report=report,
        )
    return report


def _folder(directory: Any, x_arg: Sequence[str], dialect: str | None) -> tuple[Any, bool]:
    if has_app_context():
        from ..api import _config

        return _config(directory, list(x_arg)), True
    if directory is None:
        raise ConfigurationError(
            "Without an application, name the migrations folder with -d and the database"
            " with --dialect.",
            hint="For example: flask db lint -d migrations --dialect postgresql",
        )
    from ..config import build_config

    path = str(directory)
    if not os.path.isdir(path):
        raise ConfigurationError(f"The migrations folder {os.path.abspath(path)} does not exist.")
    return build_config(path, x_arg=list(x_arg)), False


def load_scripts(config: Any, report: Report) -> Any:
    """The folder's ScriptDirectory with every revision loaded, or None (reported) when a
    revision file does not import."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config)
    try:
        script.revision_map.get_revision("heads")
    except Exception as exc:  # noqa: BLE001 - a file that does not import, a broken graph
        report.unreadable.append(Unreadable("?", _file_of(exc), f"{type(exc).__name__}: {exc}"))
        return None
    return script


def _file_of(exc: BaseException) -> str:
    """The revision file an import failure came from (its innermost frame in versions/)."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return engine.display_path(exc.filename)
    tb = exc.__traceback__
    where = ""
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if os.sep + "versions" + os.sep in name:
            where = name
        tb = tb.tb_next
    return engine.display_path(where) if where else ""


def _version(chosen: settings.Settings, given: str | None, database: str) -> str | None:
    return given or chosen.server_version(database)


def _static(
    script: Any,
    revisions: str | None,
    since: str | None,
    changed_since: str | None,
    dialect: str | None,
    server_version: str | None,
    chosen: settings.Settings,
) -> list[select.Plan]:
    try:
        if changed_since:
            cwd = str(script.dir)
            scripts = select.changed_since(script, changed_since, cwd)
        else:
            scripts = select.walk(script, revisions, since)
    except MigrationError:
        raise
    except Exception as exc:  # an unknown revision in the range: Alembic's own message
        raise ConfigurationError(
            f"Cannot select revisions: {exc}", hint="Run 'flask db history' to see them."
        ) from exc
    carry = bool(changed_since)
    plans = []
    for database, name in databases(scripts, dialect):
        version = _version(chosen, server_version, database)
        plan = select.Plan(select.target(name, version, database), scripts, carry)
        plan.one_transaction = carry and name == "postgresql"
        plans.append(plan)
    return plans


def databases(scripts: Sequence[Any], dialect: str | None) -> list[tuple[str, str]]:
    """(bind, dialect) of each database to lint against, without connecting."""
    if not has_app_context():
        return [("", dialect or "")]
    from ..runtime import migrate_state
    from ..targets import DEFAULT, engines_by_bind, selected

    state = migrate_state()
    engines = engines_by_bind(state)
    names = selected(state, engines) if select.is_multidb(scripts) else [DEFAULT]
    return [(n, dialect or select.dialect_of(engines[n])) for n in names if n in engines]


def _pending(
    config: Any,
    script: Any,
    dialect: str | None,
    server_version: str | None,
    chosen: settings.Settings,
) -> list[select.Plan]:
    if not has_app_context():
        raise ConfigurationError(
            "--pending reads each database, which needs the application.",
            hint="Run it with the app (flask --app ...), or lint a range or --changed-since.",
        )
    from ..api import _running

    with _running(config):
        found = select.pending(config, script)
    plans = []
    for database, live, revisions, per_migration in found:
        name = dialect or select.dialect_of(live)
        given = _version(chosen, server_version, database)
        info = getattr(live, "server_version_info", None)
        if given is None and info:
            given = ".".join(str(p) for p in info if isinstance(p, int))
        plan = select.Plan(select.target(name, given, database), carry=True)
        plan.scripts = revisions
        plan.one_transaction = name == "postgresql" and not per_migration
        plans.append(plan)
    return plans
