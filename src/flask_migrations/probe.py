"""Run the folder's env.py read-only, once for each database, and collect what is read there.

``current``, ``status``, ``--plan``, ``accept-edit`` and the error explainer all need to look
at each database the way the migration itself would reach it: through the folder's own env.py
(ours or Flask-Migrate's), with its URLs, engines and version-table settings. Alembic's
``EnvironmentContext`` with ``dont_mutate`` runs env.py without changing anything; the function
given is called with each database's migration context.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory

from .binds import bind_of as bind_of
from .connections import env_running

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

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


def database_heads(config: Config | None) -> list[tuple[str, tuple[str, ...]]] | None:
    """(bind, heads) of each database, read anew through env.py; None when that cannot be done
    (inside a running env.py, or env.py fails): a report then goes without the state."""
    if config is None or env_running():
        return None
    try:
        with quietly():
            return each_database(
                config, lambda context: (bind_of(context), tuple(context.get_current_heads()))
            )
    except Exception:  # noqa: BLE001 - the report goes without the state, not without the error
        return None


def differences(config: Config | None) -> list[tuple[str, list[Any]]] | None:
    """(database, autogenerate differences) of each database with some, anew through env.py;
    None when that cannot be done."""
    from alembic.autogenerate import compare_metadata

    if config is None or env_running():
        return None

    def diff(context: MigrationContext) -> tuple[str, list[Any]]:
        metadata = context.opts.get("target_metadata")
        found = compare_metadata(context, metadata) if metadata is not None else []
        return bind_of(context), list(found)

    try:
        with quietly():
            return [(bind, found) for bind, found in each_database(config, diff) if found]
    except Exception:  # noqa: BLE001 - fall back to Alembic's own text
        return None


@contextmanager
def quietly() -> Iterator[None]:
    """Without Alembic's progress lines: a second look at the database is not news."""
    loggers = [logging.getLogger(name) for name in ("alembic.runtime.migration", "alembic.env")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)
