"""The fleet's setting: ``Migrate(app, db, tenants=...)``, and the revisions each part runs.

``tenants`` is a callable that returns the tenant names (PostgreSQL schema names), or a
:class:`Tenants` that adds the fleet's other knobs. It is one of Flask-Migrations' own settings
(:data:`flask_migrations.extension.SETTINGS`) and never reaches Alembic's ``context.configure``.

Shared and tenant revisions live in one migrations folder, told apart by Alembic branch labels:
the revisions of the branch labelled :data:`SHARED_BRANCH` run once on the default schema; those
of the branch labelled :data:`TENANT_BRANCH` run in every tenant's schema. A folder without the
labels is a folder of tenant revisions only (no shared part).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

    from ..extension import MigrateState

#: The branch label of the revisions run once, on the default schema, before any tenant.
SHARED_BRANCH = "shared"
#: The branch label of the revisions run in each tenant's schema.
TENANT_BRANCH = "tenant"

#: Seconds a worker's claim on a tenant lasts without being renewed (renewed every third).
DEFAULT_LEASE = 60.0
#: Tenants a worker process migrates before it is replaced by a fresh one (memory stays flat).
DEFAULT_RECYCLE = 200


@dataclass
class Tenants:
    """The tenants of a fleet and how to migrate them.

    ``discover()`` is called in the application context and returns the tenant names.
    ``models`` (a MetaData, a declarative Base, or a list of them) holds the tenant tables:
    autogenerate in a tenant (``flask db -x tenant=NAME migrate``) compares only those, and
    autogenerate of the shared part leaves them out. Without it, autogenerate compares every
    model in both.
    """

    discover: Callable[[], Iterable[str]]
    models: Any = None
    #: Seconds a claim on a tenant lasts unless renewed; a dead worker's tenant is taken again
    #: after this.
    lease: float = DEFAULT_LEASE
    #: Tenants per worker process before it is replaced.
    recycle: int = DEFAULT_RECYCLE


def tenants_of(state: MigrateState) -> Tenants | None:
    """The application's :class:`Tenants`, or None when it has no ``tenants`` setting."""
    value = state.settings.get("tenants")
    if value is None:
        return None
    if isinstance(value, Tenants):
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
            "This application names no tenants, so --all-tenants has nothing to migrate.",
            hint="Pass Migrate(app, db, tenants=discover), where discover() returns the tenant"
            " schema names (see docs/fleet.md).",
        )
    return found


def discover(tenants: Tenants) -> list[str]:
    """The tenant names, each once, in the order discovered; a bad name is refused."""
    names: list[str] = []
    seen: set[str] = set()
    for name in tenants.discover():
        if not isinstance(name, str) or not name or len(name) > 63:
            raise ConfigurationError(
                f"Tenant discovery returned {name!r}, which is not a schema name.",
                hint="Return non-empty names of at most 63 characters.",
            )
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def _labelled(script: ScriptDirectory, label: str) -> bool:
    return any(label in rev.branch_labels for rev in script.walk_revisions())


def shared_target(script: ScriptDirectory) -> str | None:
    """What the shared part upgrades to: ``shared@head``, or None for a folder without it."""
    return f"{SHARED_BRANCH}@head" if _labelled(script, SHARED_BRANCH) else None


def tenant_target(script: ScriptDirectory, revision: str | None) -> str:
    """What each tenant upgrades to: ``revision`` if given, else ``tenant@head`` (or ``heads``
    in a folder of tenant revisions only)."""
    if revision not in (None, "head", "heads"):
        return str(revision)
    return f"{TENANT_BRANCH}@head" if _labelled(script, TENANT_BRANCH) else "heads"


def target_heads(script: ScriptDirectory, target: str) -> frozenset[str]:
    """The revision ids a version table holds once it is at ``target``."""
    if target == "heads":
        return frozenset(script.get_heads())
    revisions = script.get_revisions(target)
    return frozenset(rev.revision for rev in revisions if rev is not None)
