"""Refuse an autogenerate that would drop every table because the models define none.

When the module that defines the models is not imported by the time ``flask db migrate`` runs
(an application factory that imports them lazily, a typo in an import), the metadata is empty
and Alembic writes a revision that drops every table of the database. That revision looks like
any other, and the next ``upgrade`` deletes the data. It is refused unless asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from alembic.operations import ops

from . import binds
from .errors import RevisionError

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext


def _has_tables(metadata: Any) -> bool:
    if metadata is None:
        return False
    if isinstance(metadata, (list, tuple)):
        return any(_has_tables(m) for m in metadata)
    return bool(metadata.tables)


def _dropped_tables(upgrade_ops: ops.UpgradeOps) -> list[str]:
    return [o.table_name for o in upgrade_ops.ops if isinstance(o, ops.DropTableOp)]


def refuse_dropping_everything(
    context: MigrationContext, revision: Any, directives: list[ops.MigrationScript]
) -> None:
    """A ``process_revision_directives`` hook, run for each database before env.py's own."""
    if not directives or _has_tables(context.opts.get("target_metadata")):
        return
    dropped = _dropped_tables(directives[0].upgrade_ops_list[-1])
    if not dropped:
        return
    database = binds.label(binds.bind_of(context))
    raise RevisionError(
        f"The models define no tables for the {database} database, which has"
        f" {len(dropped)}: the revision would drop them all ({', '.join(sorted(dropped)[:5])}"
        f"{', ...' if len(dropped) > 5 else ''}). No file was written.",
        hint="Make sure the module that defines your models is imported when the application"
        " is created; to drop every table on purpose, run 'flask db migrate"
        " --allow-empty-models'.",
    )
