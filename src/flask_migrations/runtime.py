"""What a migrations folder's ``env.py`` runs: every database, online or offline, sync or async.

The ``env.py`` that ``flask db init`` writes calls :func:`run_migrations`; keeping the logic here
means a fix reaches projects that ran ``init`` long ago. A project may still edit its env.py and
call the pieces it needs.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from alembic import context
from flask import current_app

from . import binds, reflection
from . import multidb as multidb_support
from .connections import connect
from .errors import ConfigurationError
from .fleet import scope as tenant_scope
from .lock import naming_database
from .targets import Target, find_targets

if TYPE_CHECKING:
    from alembic.operations.ops import MigrationScript
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy.engine import Connection

    from .extension import MigrateState


def migrate_state() -> MigrateState:
    """The extension state of the current application."""
    state = current_app.extensions.get("migrate")
    if state is None:
        raise ConfigurationError(
            "This application has no Migrate extension.",
            hint="Create it with Migrate(app, db), or migrate.init_app(app, db) in your factory.",
        )
    return state


def run_migrations(multidb: bool = False, **configure_args: Any) -> None:
    """Run the migration command Alembic asked for, on every database of the application.

    ``multidb`` says the folder was made with ``flask db init --multidb``: every database is
    migrated and each revision holds an ``upgrade_<name>()`` per database. Extra keyword
    arguments are passed to ``context.configure`` after the Migrate options.
    """
    state = migrate_state()
    targets = find_targets(state, multidb)
    args = state.configure_args
    args.update(configure_args)
    tenant_scope.configure(args, tenant_scope.tenant_of(context), state)
    targets = tenant_scope.retarget(targets, args, state)
    if args.get("process_revision_directives") is None:
        args["process_revision_directives"] = functools.partial(
            _skip_empty_autogenerate, databases=len(targets)
        )
    if multidb:
        multidb_support.adapt_revisions(context.script)
    if context.is_offline_mode():
        for target in targets:
            _run_offline(target, args, multidb)
        return
    for target in targets:
        if multidb:
            multidb_support.log.info("Database %s", target.label)
        try:
            run_online(target, args, multidb)
        except Exception as exc:
            if not multidb:
                raise
            raise multidb_support.stopped(target, targets, exc, args) from exc


def _skip_empty_autogenerate(
    ctx: MigrationContext, revision: Any, directives: list[MigrationScript], databases: int = 1
) -> None:
    """Write no revision file when autogenerate found nothing to change in any database.

    Alembic calls this once per database; only after the last one is the revision complete.
    """
    cmd_opts = ctx.config.cmd_opts if ctx.config is not None else None
    if not getattr(cmd_opts, "autogenerate", False) or not directives:
        return
    ops_list = directives[0].upgrade_ops_list
    if len(ops_list) >= databases and all(ops.is_empty() for ops in ops_list):
        directives[:] = []


def _per_database(target: Target, multidb: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """The configure and run arguments that tell one database from another in a multidb run."""
    configure: dict[str, Any] = {binds.BIND_OPTION: target.name}
    run: dict[str, Any] = {}
    if multidb:
        configure["upgrade_token"] = f"{target.name}_upgrades"
        configure["downgrade_token"] = f"{target.name}_downgrades"
        run["engine_name"] = target.name
    return configure, run


def _run_offline(target: Target, args: dict[str, Any], multidb: bool) -> None:
    configure, run = _per_database(target, multidb)
    context.configure(
        url=target.engine.url,
        target_metadata=target.metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **{**args, **configure},
    )
    if multidb:  # one script for every database: say where each part goes
        context.get_context().impl.static_output(f"-- Database {target.label}")
    with context.begin_transaction():
        context.run_migrations(**run)


def run_online(target: Target, args: dict[str, Any], multidb: bool) -> None:
    """Connect to one database and run the migrations on it."""
    configure, run = _per_database(target, multidb)

    def migrate(connection: Connection) -> None:
        with tenant_scope.search_path(connection, args.get(tenant_scope.OPTION)):
            context.configure(
                connection=connection, target_metadata=target.metadata, **{**args, **configure}
            )
            reflection.install(context.get_context())
            with context.begin_transaction():
                context.run_migrations(**run)

    with naming_database(target.name, target.engine):
        connect(target.engine, migrate)


def database_names() -> list[str]:
    """The names of the databases a multi-database revision has a section for ("" first)."""
    return [target.name for target in find_targets(migrate_state(), multidb=True)]
