"""What the linter's rules read: one recorded operation (:class:`Call`) and what the engine
knows at that point of the run (:class:`State`). The engine makes them, the rules read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Call:
    """One recorded operation and where and how it was made."""

    operation: Any
    line: int
    batch: bool
    autocommit: bool
    txn: int
    dialect: Any = None  # the SQLAlchemy dialect, to render SQL constructs
    statements: list[Any] = field(default_factory=list)  # op.execute's SQL, parsed

    def sql_of(self, value: Any) -> str:
        """The SQL text of a string, text() or SQL construct (a default, a condition)."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        arg = getattr(value, "arg", None)  # DefaultClause
        if arg is not None:
            return self.sql_of(arg)
        text = getattr(value, "text", None)
        if isinstance(text, str):
            return text
        try:
            compiled = value.compile(dialect=self.dialect, compile_kwargs={"literal_binds": True})
        except Exception:  # noqa: BLE001 - not renderable offline: read it as written
            return str(value)
        return str(compiled)


@dataclass
class State:
    """What the linter knows at a point of the run."""

    new_tables: set[str] = field(default_factory=set)
    not_valid: dict[str, int] = field(default_factory=dict)  # constraint -> transaction
    checks: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    proven_not_null: set[tuple[str, str | None]] = field(default_factory=set)
    rebuilt: set[str] = field(default_factory=set)  # SQLite tables already reported
    txn: int = 0
    context: Any = None  # the offline MigrationContext every revision is recorded in

    def is_new(self, table: str) -> bool:
        return table.lower() in self.new_tables

    def created(self, table: str) -> None:
        self.new_tables.add(table.lower())

    def added_not_valid(self, name: Any, txn: int) -> None:
        if name is not None:
            self.not_valid[str(name).lower()] = txn

    def next_revision(self, carry: bool, one_transaction: bool) -> None:
        if not carry:
            self.new_tables.clear()
        self.rebuilt.clear()
        if not one_transaction:
            self.txn += 1
