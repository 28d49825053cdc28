"""The fleet's setting: ``Migrate(app, db, tenants=...)``, and which folder migrates what.

``tenants`` is a callable that returns the tenant names (PostgreSQL schema names), or a
:class:`Tenants` that adds the fleet's other knobs. It is one of Flask-Migrations' own settings
(:data:`flask_migrations.extension.SETTINGS`) and never reaches Alembic's ``context.configure``.

Shared and tenant revisions are kept apart by folder: with ``Tenants(directory=...)`` the tenants
have a migrations folder of their own (its version table in each tenant's schema) and the
application's folder is the shared part, migrated once on the default schema before any tenant.
Without it, the application's folder is the tenants' folder and there is no shared part. Two
folders, not two branches of one: Alembic's autogenerate wants the database at every head of
its folder, which a tenant holding only the tenant branch never is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

    from ..extension import MigrateState

#: Seconds a worker's claim on a tenant lasts without being renewed (renewed every third).
DEFAULT_LEASE = 60.0
#: Tenants a worker process migrates before it is replaced by a fresh one (memory stays flat).
DEFAULT_RECYCLE = 200


@dataclass
class Tenants:
    """The tenants of a fleet and how to migrate them.

    ``discover()`` is called in the application context and returns the tenant names.
    ``models`` (model classes, Tables, a MetaData, a declarative Base, or a list of them)
    holds the tenant tables:
    autogenerate in a tenant (``flask db -x tenant=NAME migrate``) compares only those, and
    autogenerate of the shared part leaves them out. Without it, autogenerate compares every
    model in both.
    """

    discover: Callable[[], Iterable[str]]
    models: Any = None
    #: The tenants' own migrations folder; the application's folder is then the shared part.
    directory: str | None = None
    #: ``schema`` (PostgreSQL schemas of the default database) or ``database`` (a database per
    #: tenant, PostgreSQL or MySQL/MariaDB: names on the default database's server, or URLs).
    kind: str = "schema"
    #: A Celery application with the fleet's task registered (``--executor celery``).
    celery: Any = None
    #: Seconds a claim on a tenant lasts unless renewed; a dead worker's tenant is taken again
    #: after this.
    lease: float = DEFAULT_LEASE
    #: Tenants per worker process before it is replaced.
    recycle: int = DEFAULT_RECYCLE


KINDS = ("schema", "database")


def tenants_of(state: MigrateState) -> Tenants | None:
    """The application's :class:`Tenants`, or None when it has no ``tenants`` setting."""
    value = state.settings.get("tenants")
    if value is None:
        return None
    if isinstance(value, Tenants):
        if value.kind not in KINDS:
            raise ConfigurationError(
                f"Tenants(kind={value.kind!r}) is not a kind of tenant.",
                hint="Give kind='schema' (the default) or kind='database'.",
            )
        return value
    if callable(value):
        return Tenants(value)
    raise ConfigurationError(
        f"Migrate(tenants={value!r}) is neither a function nor a Tenants(...).",
        hint="Pass a function that returns the tenant names, e.g."
        " tenants=schemas_matching('tenant_%') from flask_migrations.fleet.",
    )


def required(state: MigrateState) -> Tenants:
    """:func:`tenants_of`, which must be set for the fleet commands."""
    found = tenants_of(state)
    if found is None:
        raise ConfigurationError(
            "This application names no tenants, so there is no fleet to migrate or show.",
            hint="Pass Migrate(app, db, tenants=discover), where discover() returns the tenant"
            " schema names (see docs/fleet.md).",
        )
    return found


def discover(tenants: Tenants) -> list[str]:
    """The tenant names, each once, in the order discovered; a bad name is refused."""
    names: list[str] = []
    seen: set[str] = set()
    found = list(tenants.discover())
    if tenants.kind == "database" and all(isinstance(item, str) for item in found):
        from .databases import remember

        found = remember(found)
    for name in found:
        if not isinstance(name, str) or not name or len(name) > 63:
            raise ConfigurationError(
                f"Tenant discovery returned {name!r}, which is not a {tenants.kind} name.",
                hint="Return non-empty names of at most 63 characters.",
            )
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def tenant_folder(state: MigrateState, tenants: Tenants, given: str | None) -> str:
    """The tenants' migrations folder (``given``: the command's ``-d``, the application's)."""
    if tenants.directory is not None:
        return str(tenants.directory)
    return str(given) if given is not None else state.directory


def shared_folder(state: MigrateState, tenants: Tenants, given: str | None) -> str | None:
    """The shared part's folder, or None when the tenants' folder is the application's."""
    if tenants.directory is None:
        return None
    return str(given) if given is not None else state.directory


def folder_for(state: MigrateState, x_arg: Iterable[str]) -> str | None:
    """The folder of a command run in one tenant (``-x tenant=NAME``) without ``-d``: the
    tenants' own folder, when they have one."""
    if not any(value.startswith("tenant=") for value in x_arg):
        return None
    found = tenants_of(state)
    return None if found is None or found.directory is None else str(found.directory)


def tenant_target(revision: str | None) -> str:
    """What each tenant upgrades to: ``revision``, else every head of the tenants' folder."""
    return str(revision) if revision not in (None, "head") else "heads"


def target_heads(script: ScriptDirectory, target: str) -> frozenset[str]:
    """The revision ids a version table holds once it is at ``target``."""
    if target == "heads":
        return frozenset(script.get_heads())
    revisions = script.get_revisions(target)
    return frozenset(rev.revision for rev in revisions if rev is not None)
