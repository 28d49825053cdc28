"""Safe operations in one call, for revision files: the advice of ``flask db lint``.

    from flask_migrations.lint import safe

    def upgrade():
        safe.create_index_concurrently("ix_orders_user_id", "orders", ["user_id"])

Each helper does the right thing on PostgreSQL, MySQL/MariaDB and SQLite, online and with
``--sql``, and the linter reads what it does like any other operation (so it raises nothing
where the helper is safe). docs/lint.md says which rule each one answers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

log = logging.getLogger("alembic.env")


def _op() -> Any:
    from alembic import op

    return op


def _dialect() -> str:
    return str(_op().get_context().dialect.name)


def _offline() -> bool:
    return bool(_op().get_context().as_sql)


def _batch(table_name: str, copy_from: Any) -> Any:
    """SQLite's batch mode: online it reads the table from the database (keeping its other
    constraints); with --sql it cannot, and copies ``copy_from`` (a Table) instead."""
    if _offline() and copy_from is None:
        raise ValueError(
            f"On SQLite with --sql, pass copy_from=sa.Table({table_name!r}, ...) (the table as"
            " it is before this change): batch mode cannot read it offline."
        )
    return _op().batch_alter_table(table_name, copy_from=copy_from if _offline() else None)


def create_index_concurrently(
    index_name: str,
    table_name: str,
    columns: Sequence[Any],
    *,
    unique: bool = False,
    schema: str | None = None,
    **kw: Any,
) -> None:
    """Create an index without blocking writes (rule index-not-concurrently).

    PostgreSQL: ``CREATE INDEX CONCURRENTLY`` inside an autocommit block (it cannot run in a
    transaction). MySQL/MariaDB build indexes online already; SQLite has no concurrent build:
    both get a plain CREATE INDEX. If a concurrent build fails, PostgreSQL leaves an INVALID
    index behind: drop it (drop_index_concurrently) before trying again.
    """
    op = _op()
    if _dialect() == "postgresql":
        with op.get_context().autocommit_block():
            op.create_index(
                index_name, table_name, list(columns), unique=unique, schema=schema,
                postgresql_concurrently=True, **kw,
            )  # fmt: skip
    else:
        op.create_index(index_name, table_name, list(columns), unique=unique, schema=schema, **kw)


def drop_index_concurrently(
    index_name: str, table_name: str | None = None, *, schema: str | None = None
) -> None:
    """Drop an index without an ACCESS EXCLUSIVE lock on PostgreSQL; a plain DROP elsewhere."""
    op = _op()
    if _dialect() == "postgresql":
        with op.get_context().autocommit_block():
            op.drop_index(
                index_name, table_name=table_name, schema=schema, postgresql_concurrently=True
            )
    else:
        op.drop_index(index_name, table_name=table_name, schema=schema)


def add_foreign_key_not_valid(
    constraint_name: str,
    source_table: str,
    referent_table: str,
    local_cols: Sequence[str],
    remote_cols: Sequence[str],
    *,
    copy_from: Any = None,
    **kw: Any,
) -> None:
    """Add a foreign key that checks new rows only (rule add-foreign-key); validate the old
    ones later with :func:`validate_constraint`.

    PostgreSQL: ``NOT VALID``. MySQL/MariaDB have no NOT VALID: a plain foreign key (the
    linter still says it copies the table). SQLite: through batch mode (a table rebuild;
    ``copy_from`` for --sql, see :func:`set_not_null`).
    """
    op = _op()
    dialect = _dialect()
    args = (constraint_name, source_table, referent_table, list(local_cols), list(remote_cols))
    if dialect == "postgresql":
        op.create_foreign_key(*args, postgresql_not_valid=True, **kw)
    elif dialect == "sqlite":
        with _batch(source_table, copy_from) as batch:
            batch.create_foreign_key(constraint_name, referent_table, *args[3:], **kw)
    else:
        op.create_foreign_key(*args, **kw)


def add_check_constraint_not_valid(
    constraint_name: str, table_name: str, condition: Any, *, copy_from: Any = None, **kw: Any
) -> None:
    """Add a check constraint that checks new rows only (rule add-check-constraint); validate
    the old ones later with :func:`validate_constraint`. PostgreSQL: ``NOT VALID``; MySQL and
    MariaDB: a plain check; SQLite: through batch mode."""
    op = _op()
    dialect = _dialect()
    if dialect == "postgresql":
        op.create_check_constraint(
            constraint_name, table_name, condition, postgresql_not_valid=True, **kw
        )
    elif dialect == "sqlite":
        with _batch(table_name, copy_from) as batch:
            batch.create_check_constraint(constraint_name, condition, **kw)
    else:
        op.create_check_constraint(constraint_name, table_name, condition, **kw)


def _quote(name: str) -> str:
    from sqlalchemy.sql import quoted_name

    preparer = _op().get_context().dialect.identifier_preparer
    return str(preparer.quote(quoted_name(name, None)))


def validate_constraint(table_name: str, constraint_name: str) -> None:
    """Check the old rows against a constraint added NOT VALID, after a commit, so the ADD's
    lock is gone (rule validate-in-same-transaction). VALIDATE takes a lock that lets reads
    and writes go on. Other databases validated the constraint when it was added: nothing."""
    op = _op()
    if _dialect() != "postgresql":
        return
    with op.get_context().autocommit_block():
        op.execute(
            f"ALTER TABLE {_quote(table_name)} VALIDATE CONSTRAINT {_quote(constraint_name)}"
        )


def set_not_null(
    table_name: str, column_name: str, *, existing_type: Any = None, copy_from: Any = None
) -> None:
    """Make a column NOT NULL without a long lock (rule set-not-null).

    PostgreSQL 12+: a ``CHECK (column IS NOT NULL) NOT VALID`` constraint, validated after a
    commit, lets ``SET NOT NULL`` skip its scan; the check is dropped after. Older PostgreSQL
    (read from the server when connected), MySQL/MariaDB: a plain ALTER (MySQL needs the
    column's type: given as ``existing_type``, else read from the database). SQLite: batch
    mode, which reads the table online; with --sql pass ``copy_from``, the table as it is.
    """
    op = _op()
    dialect = _dialect()
    if dialect == "sqlite":
        with _batch(table_name, copy_from) as batch:
            batch.alter_column(column_name, nullable=False, existing_type=existing_type)
        return
    if dialect == "postgresql" and _pg_12_or_later():
        check = f"ck_{table_name}_{column_name}_not_null"[:63]
        condition = f"{_quote(column_name)} IS NOT NULL"
        op.create_check_constraint(check, table_name, condition, postgresql_not_valid=True)
        validate_constraint(table_name, check)
        op.alter_column(table_name, column_name, nullable=False, existing_type=existing_type)
        op.drop_constraint(check, table_name, type_="check")
        return
    if existing_type is None and dialect in ("mysql", "mariadb"):
        existing_type = _column_type(table_name, column_name)
    op.alter_column(table_name, column_name, nullable=False, existing_type=existing_type)


def _pg_12_or_later() -> bool:
    """The server's version when connected; offline (--sql, the linter): assumed 12+."""
    if _offline():
        return True
    version = _op().get_bind().dialect.server_version_info or (12,)
    return tuple(version) >= (12,)


def _column_type(table_name: str, column_name: str) -> Any:
    import sqlalchemy as sa

    if _offline():
        raise ValueError(
            f"set_not_null({table_name!r}, {column_name!r}) on MySQL/MariaDB needs"
            " existing_type=... with --sql (the column's type cannot be read offline)."
        )
    for column in sa.inspect(_op().get_bind()).get_columns(table_name):
        if column["name"] == column_name:
            return column["type"]
    raise ValueError(f"Table {table_name!r} has no column {column_name!r}.")


def backfill(
    table_name: str,
    assignments: str,
    *,
    where: str | None = None,
    key: str = "id",
    batch_size: int = 1000,
) -> None:
    """Fill a column in batches, each in its own transaction, with progress in the log
    (rule backfill-with-ddl): ``backfill("users", "score = 0", where="score IS NULL")``.

    Online: batches of ``batch_size`` rows by ranges of the integer ``key``. With --sql:
    PostgreSQL gets a DO block that commits after each batch (run it outside a transaction,
    as the script does); MySQL/MariaDB and SQLite one UPDATE (run the revision online for
    batches).
    """
    op = _op()
    table, column = _quote(table_name), _quote(key)
    condition = f" AND ({where})" if where else ""
    with op.get_context().autocommit_block():
        if _offline():
            op.execute(_offline_backfill(table, column, assignments, where, batch_size))
            return
        bind = op.get_bind()
        import sqlalchemy as sa

        low, high = bind.execute(sa.text(f"SELECT MIN({column}), MAX({column}) FROM {table}")).one()
        if low is None:
            return
        done = 0
        start = int(low)
        while start <= int(high):
            statement = (
                f"UPDATE {table} SET {assignments} WHERE {column} >= :lo AND {column} < :hi"
                f"{condition}"
            )
            result = bind.execute(sa.text(statement), {"lo": start, "hi": start + batch_size})
            done += max(result.rowcount, 0)  # autocommit: each batch is committed here
            start += batch_size
            log.info("Backfill of %s: %d rows, up to %s %d of %s", table_name, done, key,
                     min(start - 1, int(high)), high)  # fmt: skip


def _offline_backfill(
    table: str, column: str, assignments: str, where: str | None, batch_size: int
) -> str:
    condition = f" AND ({where})" if where else ""
    if _dialect() != "postgresql":
        return f"UPDATE {table} SET {assignments}" + (f" WHERE {where}" if where else "")
    return (
        "DO $$\nDECLARE lo bigint; hi bigint;\nBEGIN\n"
        f"  SELECT MIN({column}), MAX({column}) INTO lo, hi FROM {table};\n"
        "  WHILE lo <= hi LOOP\n"
        f"    UPDATE {table} SET {assignments} WHERE {column} >= lo"
        f" AND {column} < lo + {batch_size}{condition};\n"
        "    COMMIT;\n"
        f"    lo := lo + {batch_size};\n"
        "  END LOOP;\nEND $$"
    )
