"""Fleet migrations: one command upgrades every tenant schema, in parallel and resumable.

``Migrate(app, db, tenants=discover)`` names the tenants; ``flask db upgrade --all-tenants``
migrates the shared part once, then every tenant (see docs/fleet.md). The names here are
imported lazily: the runtime imports :mod:`.scope` for every env.py run, and that must stay
light.

========================  ===============================================================
module                    its one job
========================  ===============================================================
``settings``              ``Tenants``, the setting, and the shared and tenant targets
``scope``                 one tenant inside env.py (search_path, version table schema)
``discover``              ready-made discoveries (schemas, databases matching, a query)
``databases``             database per tenant: each tenant's engine, reading every revision
``versions``              every tenant's revision in a few batched queries
``store``                 the run and tenant tables: create, claim, lease, finish
``locks``                 the shared database lock and the per-tenant locks
``worker``                one worker's loop, in this process or a worker process
``process``               a worker process (``python -m flask_migrations.fleet.process``)
``run``                   the API: ``upgrade_all``, ``downgrade_all``, ``tenant_status``
``render``, ``cli``       what is printed, and the options added to ``flask db``
``signals``               ``tenant_migrated`` (blinker)
========================  ===============================================================
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "FleetResult",
    "Options",
    "TenantDone",
    "TenantStatus",
    "Tenants",
    "databases_matching",
    "downgrade_all",
    "names_from_query",
    "schemas_matching",
    "tenant_migrated",
    "tenant_status",
    "upgrade_all",
]

_WHERE = {
    "Tenants": "settings",
    "names_from_query": "discover",
    "databases_matching": "discover",
    "downgrade_all": "run",
    "schemas_matching": "discover",
    "tenant_migrated": "signals",
    "TenantDone": "worker",
    "FleetResult": "run",
    "Options": "run",
    "TenantStatus": "run",
    "tenant_status": "run",
    "upgrade_all": "run",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
