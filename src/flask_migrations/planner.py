"""What an upgrade or downgrade would run, revision by revision, without running anything.

Each revision's ``upgrade()`` (or ``downgrade()``) is called with ``op`` bound to a recording
:class:`~alembic.operations.Operations`: every ``op.*`` call builds Alembic's own operation
object, which is kept instead of executed. The context is offline (``as_sql``), so a revision
that reaches for the connection gets no real one. A downgrade that raises, or that records
nothing (``pass``) while its upgrade records something, is flagged irreversible.

:func:`record` is shared with the linter (:mod:`flask_migrations.lint`), which passes an
observer to see each operation as it is made: inside a batch or not, inside an autocommit
block or not, and (from the call stack) the line of the revision file that made it.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Callable

import sqlalchemy as sa
from alembic.operations import Operations
from alembic.operations import ops as alembic_ops
from alembic.operations.base import BatchOperations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from . import alembic_private, binds
from .alembic_private import installed_as_op

if TYPE_CHECKING:
    from .config import Config


@dataclass
class PlannedStep:
    """One revision an upgrade or downgrade would run on one database."""

    revision: str
    message: str | None
    direction: str  # "upgrade" or "downgrade"
    operations: list[str] = field(default_factory=list)  # one line per op.* call
    #: A downgrade that does nothing or raises: the data or schema cannot come back.
    irreversible: bool = False
    #: Why the operations are incomplete or the step is irreversible.
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "message": self.message,
            "direction": self.direction,
            "operations": self.operations,
            "irreversible": self.irreversible,
            "note": self.note,
        }


@dataclass
class DatabasePlan:
    """The steps one database would go through, in order."""

    database: str  # "" for the default database, else the bind key
    url: str
    heads: tuple[str, ...]
    steps: list[PlannedStep] = field(default_factory=list)

    @property
    def label(self) -> str:
        return binds.label(self.database)

    def as_dict(self) -> dict[str, Any]:
        return {
            "database": self.label,
            "url": self.url,
            "heads": list(self.heads),
            "steps": [s.as_dict() for s in self.steps],
        }


#: Called with each operation as it is recorded, whether it was made in a batch, and whether
#: inside ``op.get_context().autocommit_block()``.
Observer = Callable[[Any, bool, bool], None]


class _Recording(Operations):
    """Operations that keep each operation instead of running it."""

    recorded: list[alembic_ops.MigrateOperation]
    observer: Observer | None = None
    autocommit = False

    def keep(self, operation: Any, batch: bool) -> None:
        self.recorded.append(operation)
        if self.observer is not None:
            self.observer(operation, batch, self.autocommit)

    @contextlib.contextmanager
    def autocommit_block(self) -> Iterator[None]:
        """Stands for the context's autocommit block: marks what is made inside it."""
        self.autocommit = True
        try:
            yield
        finally:
            self.autocommit = False

    def invoke(self, operation: Any) -> Any:
        self.keep(operation, batch=False)
        if isinstance(operation, alembic_ops.CreateTableOp):
            return operation.to_table()
        return None

    @contextlib.contextmanager
    def batch_alter_table(  # type: ignore[override]
        self, table_name: str, schema: str | None = None, **kw: Any
    ) -> Iterator[BatchOperations]:
        impl = SimpleNamespace(table_name=table_name, schema=schema, **kw)
        batch = _RecordingBatch(self.migration_context, impl=impl)  # type: ignore[arg-type]
        batch.parent = self
        yield batch



class _RecordingBatch(BatchOperations):
    parent: _Recording

    def invoke(self, operation: Any) -> Any:
        self.parent.keep(operation, batch=True)
        return None


def _op_name(operation: Any) -> str:
    name = type(operation).__name__
    if name.endswith("Op"):
        name = name[:-2]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def describe(operation: Any) -> str:
    """One line for one operation: its name, what it acts on, and what it changes."""
    name = _op_name(operation)
    if name == "execute_sql":
        text = " ".join(str(getattr(operation, "sqltext", "")).split())
        return "execute " + (text if len(text) <= 100 else text[:97] + "...")
    table = getattr(operation, "table_name", None)
    if table is None and getattr(operation, "table", None) is not None:
        table = getattr(operation.table, "name", None)
    schema = getattr(operation, "schema", None)
    where = f"{schema}.{table}" if schema and table else (table or "")
    parts = [name]
    column = getattr(operation, "column", None)
    column_name = getattr(operation, "column_name", None) or getattr(column, "name", None)
    if column_name and where:
        parts.append(f"{where}.{column_name}")
    elif where:
        parts.append(where)
    for attr in ("index_name", "constraint_name"):
        value = getattr(operation, attr, None)
        if value:
            parts.append(str(value))
    if name == "create_table":
        columns = [c.name for c in getattr(operation, "columns", []) if isinstance(c, sa.Column)]
        parts.append(f"({', '.join(columns)})")
    if name == "rename_table":
        parts.append(f"-> {operation.new_table_name}")
    if name == "alter_column":
        changes = {k[7:]: v for k, v in operation.kw.items() if k.startswith("modify_")}
        changes = {k: v for k, v in changes.items() if v is not None}
        if changes:
            parts.append(", ".join(f"{k}={v}" for k, v in changes.items()))
    if name == "bulk_insert":
        parts.append(f"({len(getattr(operation, 'rows', []) or [])} rows)")
    return " ".join(parts)


def offline_context(dialect_name: str) -> MigrationContext:
    """An offline context of ``dialect_name`` in which operations are recorded, not run."""
    return MigrationContext.configure(
        dialect_name=dialect_name, opts={"as_sql": True, "output_buffer": io.StringIO()}
    )


def record(
    migration_fn: Any,
    dialect_name: str,
    database: str,
    observer: Observer | None = None,
    context: MigrationContext | None = None,
) -> list[Any]:
    """The operations ``migration_fn`` (a revision's upgrade or downgrade) would run.

    ``observer``, when given, sees each operation as it is made (see :data:`Observer`);
    ``context``, an :func:`offline_context` to reuse across many revisions (the linter's).
    """
    ctx = context if context is not None else offline_context(dialect_name)
    ops = _Recording(ctx)
    ops.recorded = []
    ops.observer = observer
    ctx.autocommit_block = ops.autocommit_block  # type: ignore[method-assign]
    takes_name = bool(inspect.signature(migration_fn).parameters)
    with installed_as_op(ops):
        if takes_name:  # a multi-database revision: upgrade(engine_name)
            migration_fn(engine_name=database)
        else:
            migration_fn()
    return ops.recorded


def _step(step: Any, dialect_name: str, database: str) -> PlannedStep:
    script = step.revision
    direction = "upgrade" if step.is_upgrade else "downgrade"
    fn = script.module.upgrade if step.is_upgrade else script.module.downgrade
    planned = PlannedStep(script.revision, script.doc, direction)
    try:
        operations = record(fn, dialect_name, database)
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
        if direction == "downgrade":
            planned.irreversible = True
            planned.note = f"downgrade() raises {reason}"
        else:
            planned.note = f"upgrade() cannot be planned offline ({reason})"
        return planned
    planned.operations = [describe(o) for o in operations]
    undoes_nothing = direction == "downgrade" and not operations
    if undoes_nothing and _changes_something(script, dialect_name, database):
        planned.irreversible = True
        planned.note = "downgrade() does nothing"
    return planned


def _changes_something(script: Any, dialect_name: str, database: str) -> bool:
    """Whether a revision's upgrade() has operations for its downgrade() to undo.

    An empty revision (a merge point, a revision written by hand with nothing in it yet) is
    not irreversible: there is nothing to undo. An upgrade that cannot be planned counts as
    changing something.
    """
    try:
        return bool(record(script.module.upgrade, dialect_name, database))
    except Exception:  # noqa: BLE001 - cannot tell: assume it changes something
        return True


def steps_to(
    script: ScriptDirectory, destination: str, heads: tuple[str, ...], direction: str
) -> list[Any]:
    """Alembic's steps from ``heads`` to ``destination``, up or down: what the command runs
    (through :mod:`.alembic_private`: Alembic has no public call for this)."""
    return alembic_private.steps_to(script, destination, heads, direction)


def make(config: Config, destination: str, direction: str) -> list[DatabasePlan]:
    """The plan of ``upgrade destination`` or ``downgrade destination`` on every database."""
    from .probe import bind_of, each_database
    from .session import display_url

    script = ScriptDirectory.from_config(config)

    def plan_of(context: MigrationContext) -> DatabasePlan:
        heads = tuple(context.get_current_heads())
        database = bind_of(context)
        steps = steps_to(script, destination, heads, direction)
        plan = DatabasePlan(database, display_url(context), heads)
        dialect = context.dialect.name
        plan.steps = [_step(step, dialect, database) for step in steps]
        return plan

    return each_database(config, plan_of, script)
