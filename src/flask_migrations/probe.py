"""Run the folder's env.py read-only, once for each database, and collect what is read there.

``current``, ``status``, ``--plan``, ``accept-edit`` and the error explainer all need to look
at each database the way the migration itself would reach it: through the folder's own env.py
(ours or Flask-Migrate's), with its URLs, engines and version-table settings. Alembic's
``EnvironmentContext`` with ``dont_mutate`` runs env.py without changing anything; the function
given is called with each database's migration context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, TypeVar

from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext

    from .config import Config

T = TypeVar("T")


def each_database(
    config: Config,
    visit: Callable[[MigrationContext], T],
    script: ScriptDirectory | None = None,
) -> list[T]:
    """``visit(context)`` for each database env.py connects to, in its order; nothing runs."""
    script = script or ScriptDirectory.from_config(config)
    found: list[T] = []

    def fn(rev: Any, context: MigrationContext) -> list[Any]:
        found.append(visit(context))
        return []

    with EnvironmentContext(config, script, fn=fn, dont_mutate=True):
        script.run_env()
    return found


def bind_of(context: MigrationContext) -> str:
    """The database a migration context is for: "" for the default one, else the bind key."""
    return str(context.opts.get("flask_migrations_bind", "") or "")
