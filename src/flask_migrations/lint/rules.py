"""The rules: what each flags, on which dialects, how badly, and the safe way instead.

Each check reads one recorded operation (:class:`~.calls.Call`) with what the engine knows so
far (:class:`~.calls.State`) and yields :class:`Hit` values; docs/lint.md explains each rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import facts

if TYPE_CHECKING:
    from .calls import Call, State
    from .findings import Target
    from .sql import Statement

ALL = ("postgresql", "mysql", "mariadb", "sqlite")
PG = ("postgresql",)
MY = ("mysql", "mariadb")


@dataclass(frozen=True)
class Rule:
    name: str
    severity: str
    dialects: tuple[str, ...]
    summary: str


RULES: dict[str, Rule] = {
    r.name: r
    for r in (
        Rule("not-null-without-default", "error", ALL,
             "NOT NULL column without a server default added to an existing table"),
        Rule("drop-column", "error", ALL, "dropping a column the running code may still use"),
        Rule("drop-table", "error", ALL, "dropping a table the running code may still use"),
        Rule("rename-column", "error", ALL, "renaming a column under the running code"),
        Rule("rename-table", "error", ALL, "renaming a table under the running code"),
        Rule("change-column-type", "error", PG + MY,
             "changing a column's type (rewrite or copy; narrowing loses data)"),
        Rule("index-not-concurrently", "error", PG,
             "creating or dropping an index without CONCURRENTLY"),
        Rule("add-unique-constraint", "error", PG,
             "unique or primary key constraint built while writes wait"),
        Rule("add-foreign-key", "error", PG, "foreign key added without NOT VALID"),
        Rule("add-check-constraint", "error", PG, "check constraint added without NOT VALID"),
        Rule("set-not-null", "error", PG, "SET NOT NULL on an existing column (full scan)"),
        Rule("volatile-default", "error", PG, "ADD COLUMN with a volatile default (rewrite)"),
        Rule("default-rewrites-table", "error", PG,
             "ADD COLUMN with a default before PostgreSQL 11 (rewrite)"),
        Rule("validate-in-same-transaction", "error", PG,
             "VALIDATE in the transaction that added the constraint NOT VALID"),
        Rule("blocking-command", "error", PG + MY,
             "REINDEX, VACUUM FULL, CLUSTER or LOCK TABLE in a migration"),
        Rule("concurrently-in-transaction", "error", PG,
             "CONCURRENTLY outside an autocommit block (the server refuses it)"),
        Rule("enum-value-in-transaction", "error", PG,
             "ALTER TYPE ... ADD VALUE in a transaction before PostgreSQL 12"),
        Rule("backfill-with-ddl", "warning", ALL,
             "unbounded UPDATE/DELETE in a revision that also changes the schema"),
        Rule("mysql-copy-table", "error", MY, "an ALTER that copies the table (ALGORITHM=COPY)"),
        Rule("mysql-table-rebuild", "warning", MY, "an ALTER that rebuilds the table in place"),
        Rule("sqlite-needs-batch", "error", ("sqlite",),
             "an ALTER SQLite cannot do: needs op.batch_alter_table()"),
        Rule("sqlite-table-rebuild", "warning", ("sqlite",),
             "batch mode copies an existing table into a new one"),
        Rule("downgrade-does-nothing", "info", ALL,
             "downgrade() does nothing although upgrade() changes the schema"),
    )
}  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """A rule raised by one operation: what goes wrong and the safe way."""

    rule: str
    message: str
    advice: str


def hits_of(call: Call, state: State, target: Target) -> Iterator[Hit]:
    """Every rule the operation of ``call`` raises on ``target``."""
    handler = _HANDLERS.get(type(call.operation).__name__)
    if handler is not None:
        yield from handler(call, state, target)


# -- helpers ---------------------------------------------------------------------------------


def _table(operation: Any) -> str:
    name = getattr(operation, "table_name", None) or getattr(operation, "source_table", "")
    return str(name or "")


def _is_pg(target: Target) -> bool:
    return target.dialect == "postgresql"


def _is_my(target: Target) -> bool:
    return target.dialect in MY


def _sqlite_unbatched(call: Call, target: Target, what: str) -> Iterator[Hit]:
    if target.dialect == "sqlite" and not call.batch:
        yield Hit(
            "sqlite-needs-batch",
            f"SQLite has no ALTER TABLE for {what}: Alembic refuses it outside batch mode.",
            f'with op.batch_alter_table("{_table(call.operation)}") as batch:\n'
            f"    batch.<the same operation>  # copies the table: see sqlite-table-rebuild",
        )


def _sqlite_rebuild(call: Call, state: State, target: Target) -> Iterator[Hit]:
    table = _table(call.operation)
    if target.dialect != "sqlite" or not call.batch or state.is_new(table):
        return
    if table in state.rebuilt:
        return
    state.rebuilt.add(table)
    yield Hit(
        "sqlite-table-rebuild",
        f"Batch mode copies every row of {table} into a new table and swaps it in: the"
        " database is locked for writes while it copies, and the copy needs free space.",
        "Run it when the table is small or writes can wait; group every change to the table"
        " in one batch_alter_table block so the table is copied once.",
    )


# -- operations ------------------------------------------------------------------------------


def _add_column(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    table, column = _table(op), op.column
    if state.is_new(table):
        return
    default = column.server_default
    identity = column.computed is not None or getattr(column, "identity", None) is not None
    if not column.nullable and default is None and not identity and not column.primary_key:
        yield Hit(
            "not-null-without-default",
            f"Adding NOT NULL column {table}.{column.name} without a server default: the ALTER"
            " fails on a table with rows (MySQL fills in an implicit value), and servers still"
            " running the old code fail on every INSERT that does not name it.",
            f'op.add_column("{table}", sa.Column("{column.name}", ..., nullable=True))\n'
            "# backfill in batches: flask_migrations.lint.safe.backfill(...), then\n"
            f'# safe.set_not_null("{table}", "{column.name}") in a later revision;\n'
            '# or give it a server_default=sa.text("...") constant.',
        )
    if default is not None and _is_pg(target):
        yield from _pg_default(table, column, call, target)
    if default is None and not column.nullable:
        return
    if _is_my(target) and not facts.instant_add_column(target.dialect, target.version):
        yield Hit(
            "mysql-table-rebuild",
            f"On {target.label} ADD COLUMN {table}.{column.name} rebuilds the table in place"
            " (instant only from MySQL 8.0.12 / MariaDB 10.3.2): long on a big table.",
            "Upgrade the server, or run it at a quiet time (or with an online schema change"
            " tool such as gh-ost or pt-online-schema-change).",
        )


def _pg_default(table: str, column: Any, call: Call, target: Target) -> Iterator[Hit]:
    from .sql import calls_volatile

    text = call.sql_of(column.server_default)
    volatile = calls_volatile(text, target.dialect) if text else None
    if volatile:
        yield Hit(
            "volatile-default",
            f"The default of {table}.{column.name} calls {volatile}(), which is volatile:"
            " PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock to fill it.",
            f'op.add_column("{table}", sa.Column("{column.name}", ...))  # no default\n'
            f'op.alter_column("{table}", "{column.name}", server_default=sa.text("{text}"))\n'
            "# then backfill old rows in batches: safe.backfill(...)",
        )
    elif not facts.pg_constant_default_is_free(target.version):
        yield Hit(
            "default-rewrites-table",
            f"Before PostgreSQL 11 (target {target.label}) ADD COLUMN {table}.{column.name}"
            " with a default rewrites the table under an ACCESS EXCLUSIVE lock.",
            "Add the column without a default, set the default with alter_column, then"
            " backfill old rows in batches (safe.backfill).",
        )


def _drop_column(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    table = _table(op)
    yield from _sqlite_rebuild(call, state, target)
    if not call.batch and target.dialect == "sqlite":
        if not facts.sqlite_drop_column(target.version):
            yield from _sqlite_unbatched(call, target, "DROP COLUMN before 3.35")
    if state.is_new(table):
        return
    yield Hit(
        "drop-column",
        f"Dropping {table}.{op.column_name}: servers still running the old code select it"
        " (SQLAlchemy names every mapped column) and fail until they are replaced.",
        "Release 1: remove the column from the model (or mark it deferred) and deploy.\n"
        "Release 2: drop it, with '# lint: allow drop-column -- unused since release 1'.",
    )


def _drop_table(call: Call, state: State, target: Target) -> Iterator[Hit]:
    table = _table(call.operation)
    if state.is_new(table):
        return
    yield Hit(
        "drop-table",
        f"Dropping table {table}: servers still running the old code query it, and its data"
        " is gone for good.",
        "Release 1: stop using the model and deploy. Release 2: drop the table, with"
        " '# lint: allow drop-table -- <why the data can go>'.",
    )


def _rename_table(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    if state.is_new(op.table_name):
        return
    yield Hit(
        "rename-table",
        f"Renaming {op.table_name} to {op.new_table_name}: the old code queries the old name"
        " and fails from this moment until every server runs the new code.",
        "Keep the table's name and set __tablename__ in the model; or create the new table,"
        " write to both, backfill, move reads, then drop the old one in a later release.",
    )


def _alter_column(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    table = _table(op)
    name, type_, nullable = op.modify_name, op.modify_type, op.modify_nullable
    if target.dialect == "sqlite":
        renames_only = name and type_ is None and nullable is None
        if not (renames_only and facts.sqlite_rename_column(target.version)):
            yield from _sqlite_unbatched(call, target, "ALTER COLUMN")
        yield from _sqlite_rebuild(call, state, target)
    if state.is_new(table):
        return
    if name:
        yield Hit(
            "rename-column",
            f"Renaming {table}.{op.column_name} to {name}: the old code uses the"
            " old name and fails until every server runs the new code.",
            "Keep the column's name and map it: sa.Column('old_name', ...) under the new"
            " attribute; or add the new column, write both, backfill, then drop the old one"
            " later.",
        )
    if type_ is not None and target.dialect != "sqlite":
        yield from _type_change(call, target)
    if nullable is False:
        yield from _set_not_null(table, op.column_name, call, state, target)


def _length(type_: Any) -> tuple[str, int | None] | None:
    """('string', length) for a VARCHAR-like type, ('text', None) for TEXT, else None."""
    import sqlalchemy as sa

    if type_ is None:
        return None
    if isinstance(type_, sa.Text):
        return ("text", None)
    if isinstance(type_, sa.String):
        return ("string", type_.length)
    return None


def _widening(old: Any, new: Any, target: Target) -> bool:
    before, after = _length(old), _length(new)
    if before is None or after is None:
        return False
    if _is_pg(target):
        if after[0] == "text" or after[1] is None:
            return True
        return before[0] == "string" and before[1] is not None and after[1] >= before[1]
    if before[0] == after[0] == "string" and before[1] and after[1]:
        return facts.mysql_varchar_in_place(before[1], after[1])
    return False


def _narrowing(old: Any, new: Any) -> bool:
    before, after = _length(old), _length(new)
    if before is None or after is None or after[1] is None:
        return False
    return before[1] is None or after[1] < before[1]


def _type_change(call: Call, target: Target) -> Iterator[Hit]:
    op = call.operation
    old, new = op.existing_type, op.modify_type
    if _widening(old, new, target):
        return
    where = f"{_table(op)}.{op.column_name}"
    if old is None:
        what = "(existing_type is not given, so the linter cannot tell a widening)"
    elif _narrowing(old, new):
        what = f"from {old} to {new}: narrowing fails on longer values or truncates them"
    else:
        what = f"from {old} to {new}"
    how = (
        "rewrites the table and its indexes under an ACCESS EXCLUSIVE lock"
        if _is_pg(target)
        else "copies the table (ALGORITHM=COPY): writes wait until it finishes"
    )
    yield Hit(
        "change-column-type",
        f"Changing the type of {where} {what} {how}.",
        "Add a new column of the new type, write to both, backfill in batches"
        " (safe.backfill), move reads to it, then drop the old column in a later release.",
    )


def _set_not_null(
    table: str, column: str, call: Call, state: State, target: Target
) -> Iterator[Hit]:
    if _is_pg(target):
        proven = (table.lower(), column.lower()) in state.proven_not_null
        if proven and facts.pg_not_null_uses_check(target.version):
            return
        yield Hit(
            "set-not-null",
            f"SET NOT NULL on {table}.{column} scans the whole table under an ACCESS EXCLUSIVE"
            " lock: reads and writes wait.",
            f'safe.set_not_null("{table}", "{column}")  # PostgreSQL 12+: a NOT VALID check,'
            " validated after a commit, lets SET NOT NULL skip the scan",
        )
    elif _is_my(target):
        yield Hit(
            "mysql-table-rebuild",
            f"Making {table}.{column} NOT NULL rebuilds the table in place on {target.label},"
            " and fails on rows that hold NULL.",
            "Backfill the NULLs first (safe.backfill), then run it at a quiet time.",
        )


def _create_index(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    concurrently = bool(op.kw.get("postgresql_concurrently"))
    yield from _index(
        call, state, target, "create", op.index_name, _table(op), concurrently, _columns(op)
    )


def _drop_index(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    concurrently = bool(op.kw.get("postgresql_concurrently"))
    yield from _index(call, state, target, "drop", op.index_name, _table(op), concurrently)


def _columns(op: Any) -> str:
    """The columns of an index or constraint operation, as Python source (``[...]`` when
    they are expressions that do not read back as names)."""
    names = [c if isinstance(c, str) else getattr(c, "name", None) for c in op.columns or ()]
    if not names or None in names:
        return "[...]"
    return "[" + ", ".join(f'"{n}"' for n in names) + "]"


def _index(
    call: Call,
    state: State,
    target: Target,
    verb: str,
    name: Any,
    table: str,
    concurrently: bool,
    columns: str = "[...]",
) -> Iterator[Hit]:
    if not _is_pg(target):
        return
    if concurrently:
        yield from _needs_autocommit(call, f"{verb.upper()} INDEX CONCURRENTLY {name}")
        return
    if table and state.is_new(table):
        return
    if verb == "create":
        message = (
            f"CREATE INDEX {name} on {table} takes a SHARE lock: every INSERT, UPDATE and"
            " DELETE on the table waits until the index is built."
        )
        advice = f'safe.create_index_concurrently("{name}", "{table}", {columns})'
    else:
        message = f"DROP INDEX {name} takes an ACCESS EXCLUSIVE lock on its table."
        advice = f'safe.drop_index_concurrently("{name}", table_name="{table or "..."}")'
    yield Hit("index-not-concurrently", message, advice)


def _needs_autocommit(call: Call, what: str) -> Iterator[Hit]:
    if not call.autocommit:
        yield Hit(
            "concurrently-in-transaction",
            f"{what} cannot run inside a transaction block, and Alembic runs each revision in"
            " one: the server refuses it.",
            "with op.get_context().autocommit_block():\n    <the same operation>\n"
            "# or use safe.create_index_concurrently(...), which does this for you",
        )


def _unique(
    call: Call, state: State, target: Target, table: str, name: Any, columns: str = "[...]"
) -> Iterator[Hit]:
    if _is_pg(target) and not state.is_new(table):
        yield Hit(
            "add-unique-constraint",
            f"Adding constraint {name} to {table} builds its index while writes to the table wait.",
            f'safe.create_index_concurrently("{name}", "{table}", {columns}, unique=True)\n'
            f'op.execute("ALTER TABLE {table} ADD CONSTRAINT {name} UNIQUE USING INDEX {name}")',
        )


def _create_unique(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    yield from _sqlite_unbatched(call, target, "ADD CONSTRAINT")
    yield from _sqlite_rebuild(call, state, target)
    yield from _unique(call, state, target, _table(op), op.constraint_name, _columns(op))


def _create_primary_key(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    yield from _sqlite_unbatched(call, target, "ADD PRIMARY KEY")
    yield from _sqlite_rebuild(call, state, target)
    yield from _unique(call, state, target, _table(op), op.constraint_name)
    yield from _mysql_copy(call, state, target, f"adding primary key {op.constraint_name}")


def _mysql_copy(call: Call, state: State, target: Target, what: str) -> Iterator[Hit]:
    table = _table(call.operation)
    if _is_my(target) and not state.is_new(table):
        yield Hit(
            "mysql-copy-table",
            f"On {target.label} {what} copies table {table} (ALGORITHM=COPY): writes wait"
            " until every row is copied.",
            "Run it with an online schema change tool (gh-ost, pt-online-schema-change), or"
            " at a quiet time on a small table with '# lint: allow mysql-copy-table -- <why>'.",
        )


def _create_foreign_key(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    table = _table(op)
    yield from _sqlite_unbatched(call, target, "ADD CONSTRAINT")
    yield from _sqlite_rebuild(call, state, target)
    yield from _mysql_copy(call, state, target, f"adding foreign key {op.constraint_name}")
    not_valid = bool(op.kw.get("postgresql_not_valid"))
    yield from _foreign_key(call, state, target, table, op.constraint_name, not_valid)


def _foreign_key(
    call: Call, state: State, target: Target, table: str, name: Any, not_valid: bool
) -> Iterator[Hit]:
    if not _is_pg(target):
        return
    if not_valid:
        state.added_not_valid(name, call.txn)
        return
    if state.is_new(table):
        return
    yield Hit(
        "add-foreign-key",
        f"Adding foreign key {name} to {table} checks every row while writes to {table} and"
        " to the table it references wait.",
        f'safe.add_foreign_key_not_valid("{name}", "{table}", ...)  # then, in a later'
        f' revision: safe.validate_constraint("{table}", "{name}")',
    )


def _create_check(call: Call, state: State, target: Target) -> Iterator[Hit]:
    from .sql import not_null_column

    op = call.operation
    table = _table(op)
    yield from _sqlite_unbatched(call, target, "ADD CONSTRAINT")
    yield from _sqlite_rebuild(call, state, target)
    if target.dialect == "mysql":
        yield from _mysql_copy(call, state, target, f"adding check constraint {op.constraint_name}")
    condition = call.sql_of(op.condition)
    column = not_null_column(condition, target.dialect) if _is_pg(target) and condition else None
    not_valid = bool(op.kw.get("postgresql_not_valid"))
    yield from _check(call, state, target, table, op.constraint_name, not_valid, column)


def _check(
    call: Call,
    state: State,
    target: Target,
    table: str,
    name: Any,
    not_valid: bool,
    column: str | None,
) -> Iterator[Hit]:
    if not _is_pg(target):
        return
    if name is not None:
        state.checks[str(name).lower()] = (table.lower(), column.lower() if column else None)
    if not_valid:
        state.added_not_valid(name, call.txn)
        return
    if column is not None:
        state.proven_not_null.add((table.lower(), column.lower()))
    if state.is_new(table):
        return
    yield Hit(
        "add-check-constraint",
        f"Adding check constraint {name} to {table} scans the table under an ACCESS EXCLUSIVE"
        " lock: reads and writes wait.",
        f'safe.add_check_constraint_not_valid("{name}", "{table}", "...")  # then, in a later'
        f' transaction: safe.validate_constraint("{table}", "{name}")',
    )


def _drop_constraint(call: Call, state: State, target: Target) -> Iterator[Hit]:
    op = call.operation
    yield from _sqlite_unbatched(call, target, "DROP CONSTRAINT")
    yield from _sqlite_rebuild(call, state, target)
    if getattr(op, "constraint_type", None) == "primary":
        yield from _mysql_copy(call, state, target, f"dropping primary key {op.constraint_name}")
    if op.constraint_name is not None:
        state.checks.pop(str(op.constraint_name).lower(), None)


def _create_table(call: Call, state: State, target: Target) -> Iterator[Hit]:
    state.created(_table(call.operation))
    return iter(())


def _execute(call: Call, state: State, target: Target) -> Iterator[Hit]:
    for statement in call.statements:
        yield from _statement(statement, call, state, target)


# -- raw SQL ---------------------------------------------------------------------------------


def _statement(st: Statement, call: Call, state: State, target: Target) -> Iterator[Hit]:
    table = st.table or ""
    kind = st.kind
    if kind == "create_table":
        state.created(table)
    elif kind in ("create_index", "drop_index"):
        verb = "create" if kind == "create_index" else "drop"
        yield from _index(call, state, target, verb, st.name, table, st.concurrently)
    elif kind == "add_constraint":
        yield from _sql_constraint(st, call, state, target)
    elif kind == "validate":
        yield from _validate(st, call, state, target)
    elif kind in ("vacuum", "cluster", "lock", "reindex"):
        yield from _blocking(st, call, target)
    elif kind == "enum_add_value":
        yield from _enum_value(st, call, target)
    elif kind == "set_not_null":
        yield from _set_not_null(table, st.name or "?", call, state, target)
    elif kind == "alter_type" and not state.is_new(table) and target.dialect != "sqlite":
        yield Hit(
            "change-column-type",
            f"Changing the type of {table}.{st.name} in raw SQL rewrites or copies the table.",
            "Add a new column of the new type, write to both, backfill in batches, move reads,"
            " then drop the old column in a later release.",
        )
    elif kind in ("drop_column", "drop_table", "rename_column", "rename_table"):
        yield from _sql_breaking(st, state)


def _sql_constraint(st: Statement, call: Call, state: State, target: Target) -> Iterator[Hit]:
    table = st.table or ""
    if st.constraint == "check":
        if target.dialect == "mysql":
            yield from _mysql_copy(call, state, target, "adding a check constraint")
        yield from _check(call, state, target, table, st.name, st.not_valid, st.not_null_column)
    elif st.constraint == "foreign_key":
        yield from _mysql_copy(call, state, target, "adding a foreign key")
        yield from _foreign_key(call, state, target, table, st.name, st.not_valid)
    elif st.constraint in ("unique", "primary_key"):
        yield from _unique(call, state, target, table, st.name)


def _validate(st: Statement, call: Call, state: State, target: Target) -> Iterator[Hit]:
    name = (st.name or "").lower()
    txn = state.not_valid.get(name)
    check = state.checks.get(name)
    if check is not None and check[1] is not None:
        state.proven_not_null.add(check)
    if txn is not None and txn == call.txn and _is_pg(target):
        yield Hit(
            "validate-in-same-transaction",
            f"VALIDATE CONSTRAINT {st.name} runs in the transaction that added it NOT VALID:"
            " the ACCESS EXCLUSIVE lock of the ADD is held through the whole scan.",
            "Validate after a commit: in a later revision with transaction_per_migration, or"
            " in an autocommit block: safe.validate_constraint(...) does that.",
        )


def _blocking(st: Statement, call: Call, target: Target) -> Iterator[Hit]:
    if st.kind == "vacuum" and not st.full:
        return
    if st.kind == "reindex" and st.concurrently:
        yield from _needs_autocommit(call, "REINDEX CONCURRENTLY")
        return
    what = {"vacuum": "VACUUM FULL", "cluster": "CLUSTER", "lock": "LOCK TABLE"}.get(
        st.kind, "REINDEX"
    )
    advice = {
        "VACUUM FULL": "Use pg_repack (or pg_squeeze) outside the migration.",
        "CLUSTER": "Use pg_repack --order-by outside the migration.",
        "LOCK TABLE": "Drop the explicit lock; if the data must not change, make the change"
        " in small batches (safe.backfill) instead.",
        "REINDEX": "with op.get_context().autocommit_block():\n"
        '    op.execute("REINDEX INDEX CONCURRENTLY ...")  # PostgreSQL 12+',
    }[what]
    yield Hit(
        "blocking-command",
        f"{what} in a migration blocks reads and writes of the table while it runs"
        f" ({st.text.strip()}).",
        advice,
    )


def _enum_value(st: Statement, call: Call, target: Target) -> Iterator[Hit]:
    if not _is_pg(target) or call.autocommit:
        return
    if facts.pg_enum_add_value_in_transaction(target.version):
        return
    yield Hit(
        "enum-value-in-transaction",
        f"Before PostgreSQL 12 (target {target.label}) ALTER TYPE ... ADD VALUE cannot run"
        " inside a transaction block: the server refuses it.",
        f'with op.get_context().autocommit_block():\n    op.execute("{st.text.strip()}")',
    )


def _sql_breaking(st: Statement, state: State) -> Iterator[Hit]:
    table = st.table or ""
    if state.is_new(table):
        return
    rule = st.kind.replace("_", "-")
    yield Hit(
        rule,
        f"{st.text.strip()}: servers still running the old code use the old shape of {table}"
        " and fail until they are replaced.",
        "Stop using it in the models and deploy first; change the schema in a later release.",
    )


_HANDLERS = {
    "AddColumnOp": _add_column,
    "DropColumnOp": _drop_column,
    "DropTableOp": _drop_table,
    "RenameTableOp": _rename_table,
    "AlterColumnOp": _alter_column,
    "CreateIndexOp": _create_index,
    "DropIndexOp": _drop_index,
    "CreateUniqueConstraintOp": _create_unique,
    "CreatePrimaryKeyOp": _create_primary_key,
    "CreateForeignKeyOp": _create_foreign_key,
    "CreateCheckConstraintOp": _create_check,
    "DropConstraintOp": _drop_constraint,
    "CreateTableOp": _create_table,
    "ExecuteSQLOp": _execute,
}


def backfill_hit(st: Statement) -> Hit:
    """``backfill-with-ddl``: raised by the engine once it knows the revision changes schema."""
    verb = "UPDATE" if st.kind == "update" else "DELETE"
    return Hit(
        "backfill-with-ddl",
        f"An {verb} of every row of {st.table} runs in the transaction of this revision's"
        " schema changes: the DDL's locks are held until the last row is written, and its"
        " size is unknown offline.",
        "Move the backfill to a revision of its own and run it in batches:\n"
        f'safe.backfill("{st.table}", "<column> = <value>", where="<column> IS NULL")',
    )


def downgrade_hit() -> Hit:
    return Hit(
        "downgrade-does-nothing",
        "downgrade() does nothing, although upgrade() changes the schema: 'flask db"
        " downgrade' past this revision leaves the change in place.",
        "Write the reverse operations, or raise NotImplementedError with the reason, so a"
        " downgrade stops instead of silently skipping.",
    )
