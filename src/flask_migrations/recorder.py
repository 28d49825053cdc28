"""What one command ran, so that a failure can say what was done before it.

MySQL and MariaDB commit every DDL statement as they run it: when a revision fails half way
there, the statements before the failure stay applied. (So did SQLite's, whose driver runs DDL
outside transactions unless told otherwise; :mod:`flask_migrations.sqlite_atomic` tells it, and
the recorder checks, statement by statement, that the driver had a transaction open.) It keeps,
per database, the statements of the revision in progress (since the last completed step) and
the steps completed, read from SQLAlchemy's ``before_cursor_execute`` event and Alembic's
``on_version_apply`` hook.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from . import binds
from .connections import (
    active_migration_context,
    dbapi_of,
    driver_in_transaction,
    same_connection,
)
from .history_table import TABLE as HISTORY

#: Statements that read and change nothing: not worth listing as "already ran".
_READS = re.compile(r"^\s*(SELECT|SHOW|PRAGMA|DESCRIBE|DESC|EXPLAIN)\b", re.I)
_DDL = re.compile(r"^\s*(CREATE|ALTER|DROP|RENAME|TRUNCATE)\b", re.I)
_DML = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE|WITH)\b", re.I)


@dataclass
class DatabaseRun:
    """What ran on one database (bind) during the command."""

    bind: str
    dialect: str
    transactional_ddl: bool
    #: Whether each revision commits on its own (else one transaction for the whole run).
    per_migration: bool
    #: Revisions completed, in order: (revision id, "upgrade"/"downgrade"/"stamp").
    completed: list[tuple[str, str]] = field(default_factory=list)
    #: Statements of the step in progress that change something, in order.
    pending: list[str] = field(default_factory=list)
    #: For each pending statement: whether the driver had a transaction open before it
    #: (None: unknown). SQLite's driver runs DDL outside any transaction it has not begun.
    in_transaction: list[bool | None] = field(default_factory=list)
    #: How many of ``completed`` were committed (an ``autocommit_block`` commits what ran
    #: before it; so does each revision with ``transaction_per_migration``).
    committed_steps: int = 0
    #: For each pending statement: whether it is committed (it ran in an ``autocommit_block``,
    #: or before a commit within its revision).
    committed: list[bool] = field(default_factory=list)
    #: (revision, statement) of completed revisions that committed before their revision did.
    early: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rolls_back(self) -> bool:
        """Whether a failure undoes every statement of the step in progress.

        True with transactional DDL, and on SQLite when each statement of the step ran inside
        the driver's transaction (the transaction that ``sqlite_atomic`` begins).
        """
        if self.transactional_ddl:
            return True
        return self.dialect == "sqlite" and all(tx is True for tx in self.in_transaction)

    def kept(self, failed: str = "") -> tuple[list[str], int]:
        """The pending statements that stay applied after a failure, and how many do not.

        ``failed`` is the statement that failed (it is not counted). On MySQL and MariaDB a DDL
        statement commits, with the changes made before it; on SQLite what ran outside a
        transaction stays; on databases with transactional DDL nothing stays.
        """
        ran = list(zip(self.pending, self.in_transaction))
        if ran and failed and _same_text(ran[-1][0], failed):
            ran.pop()
        if self.transactional_ddl:
            return [], len(ran)
        if self.dialect in ("mysql", "mariadb"):
            if _DDL.match(failed):  # MySQL commits before it runs DDL, even DDL that fails
                return [s for s, _ in ran], 0
            kept = [s for i, (s, _) in enumerate(ran) if any(_DDL.match(t) for t, _ in ran[i:])]
        elif self.dialect == "sqlite":
            kept = [s for s, tx in ran if not tx and not _DML.match(s)]
        else:
            kept = [s for s, _ in ran]
        return kept, len(ran) - len(kept)

    @property
    def committed_early(self) -> bool:
        """Whether something committed before the command (or, per migration, its revision)
        ended: what an ``autocommit_block`` does where DDL is transactional."""
        if self.per_migration:
            return any(self.committed)
        return bool(self.committed_steps or any(self.committed) or self.early)

    def on_commit(self) -> None:
        """The migration's connection committed: everything it ran so far stays."""
        self.committed_steps = len(self.completed)
        self.committed = [True] * len(self.pending)

    def step_done(self, revision: str, direction: str) -> None:
        self.completed.append((revision, direction))
        self.early += [(revision, s) for s, c in zip(self.pending, self.committed) if c]
        self.pending = []
        self.in_transaction = []
        self.committed = []


class Recorder:
    """Collects what each database ran while a command runs (see :meth:`listening`)."""

    def __init__(self) -> None:
        #: Keyed by the migration context itself, which the dict keeps alive for the command:
        #: an ``id()`` could be handed again to the next database's context once one is freed.
        self.runs: dict[Any, DatabaseRun] = {}
        self.last: DatabaseRun | None = None

    @contextmanager
    def listening(self) -> Iterator[Recorder]:
        event.listen(Engine, "before_cursor_execute", self._on_statement)
        event.listen(Engine, "commit", self._on_commit)
        try:
            yield self
        finally:
            event.remove(Engine, "before_cursor_execute", self._on_statement)
            event.remove(Engine, "commit", self._on_commit)

    def _run(self, ctx: Any) -> DatabaseRun:
        run = self.runs.get(ctx)
        if run is None:
            transactional = bool(getattr(ctx.impl, "transactional_ddl", False))
            run = DatabaseRun(
                bind=binds.bind_of(ctx),
                dialect="mariadb"
                if getattr(ctx.dialect, "is_mariadb", False)
                else ctx.dialect.name,
                transactional_ddl=transactional,
                # Alembic commits after each revision where DDL is not transactional.
                per_migration=not transactional
                or bool(ctx.opts.get("transaction_per_migration", False)),
            )
            self.runs[ctx] = run
        self.last = run
        return run

    def _on_statement(
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        ctx = active_migration_context()
        if ctx is None or ctx.as_sql or ctx.connection is None:
            return
        if not same_connection(conn, ctx.connection):
            return  # another connection (another thread, say) on the same engine
        run = self._run(ctx)
        version_table = str(getattr(ctx, "version_table", "alembic_version"))
        if _READS.match(statement) or version_table in statement or HISTORY in statement:
            return  # reads, and the bookkeeping between revisions
        run.pending.append(" ".join(statement.split()))
        run.in_transaction.append(_driver_in_transaction(conn))
        run.committed.append(_autocommit(conn))

    def _on_commit(self, conn: Any) -> None:
        ctx = active_migration_context()
        if ctx is None or ctx.as_sql or ctx.connection is None:
            return
        if same_connection(conn, ctx.connection):
            self._run(ctx).on_commit()

    def on_step(self, ctx: Any, step: Any, heads: Any, run_args: Any) -> None:
        """Alembic's ``on_version_apply`` hook: a revision completed on ``ctx``'s database."""
        run = self._run(ctx)
        if step.is_stamp:
            direction = "stamp"
        else:
            direction = "upgrade" if step.is_upgrade else "downgrade"
        run.step_done(str(step.up_revision_id), direction)


def _driver_in_transaction(conn: Any) -> bool | None:
    """Whether the DBAPI connection of ``conn`` has a transaction open (None: unknown)."""
    dbapi = dbapi_of(conn)
    return driver_in_transaction(dbapi) if dbapi is not None else None


def _autocommit(conn: Any) -> bool:
    """Whether ``conn`` runs each statement in a transaction of its own (autocommit_block)."""
    try:
        return conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
    except Exception:  # noqa: BLE001 - a closed connection: not known to commit
        return False


def _same_text(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return a == b or (b.endswith("...") and a.startswith(b[:-3]))
