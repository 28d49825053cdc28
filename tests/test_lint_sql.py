"""The raw SQL of op.execute as the rules read it (sqlglot): kinds, tables, bounds, flags."""

from __future__ import annotations

import pytest

from flask_migrations.lint.sql import calls_volatile, not_null_column, parse

CASES = [
    ("CREATE INDEX ix ON orders (status)", "create_index", "orders", {"concurrently": False}),
    ("CREATE UNIQUE INDEX CONCURRENTLY ix ON orders (a)", "create_index", "orders",
     {"concurrently": True}),
    ("DROP INDEX CONCURRENTLY ix", "drop_index", None, {"concurrently": True, "name": "ix"}),
    ("ALTER TABLE o ADD CONSTRAINT c CHECK (x IS NOT NULL) NOT VALID", "add_constraint", "o",
     {"constraint": "check", "not_valid": True, "not_null_column": "x"}),
    ("ALTER TABLE o ADD CHECK (a > 0)", "add_constraint", "o",
     {"constraint": "check", "not_valid": False}),
    ("ALTER TABLE o ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id)", "add_constraint", "o",
     {"constraint": "foreign_key"}),
    ("ALTER TABLE u ADD CONSTRAINT q UNIQUE USING INDEX q", "add_constraint", "u",
     {"constraint": "using_index"}),
    ("ALTER TABLE ONLY o VALIDATE CONSTRAINT f", "validate", "o", {"name": "f"}),
    ("VACUUM (FULL) o", "vacuum", None, {"full": True}),
    ("VACUUM o", "vacuum", None, {"full": False}),
    ("LOCK TABLE o IN SHARE MODE", "lock", "o", {}),
    ("REINDEX INDEX CONCURRENTLY ix", "reindex", None, {"concurrently": True}),
    ("CLUSTER o USING ix", "cluster", "o", {}),
    ("ALTER TYPE mood ADD VALUE 'ok'", "enum_add_value", None, {"name": "mood"}),
    ("UPDATE u SET a = (SELECT 1 FROM x WHERE y)", "update", "u", {"unbounded": True}),
    ("UPDATE u SET a = 1 WHERE id < 10", "update", "u", {"unbounded": False}),
    ("DELETE FROM u", "delete", "u", {"unbounded": True}),
    ("ALTER TABLE u ALTER COLUMN e SET NOT NULL", "set_not_null", "u", {"name": "e"}),
    ("ALTER TABLE u RENAME COLUMN a TO b", "rename_column", "u", {}),
    ("ALTER TABLE u DROP COLUMN a", "drop_column", "u", {}),
]  # fmt: skip


@pytest.mark.parametrize("sql, kind, table, fields", CASES, ids=[c[0] for c in CASES])
def test_statement(sql, kind, table, fields):
    [statement] = parse(sql, "postgresql")
    assert (statement.kind, statement.table) == (kind, table)
    for name, value in fields.items():
        assert getattr(statement, name) == value


def test_several_statements_and_helpers():
    kinds = [s.kind for s in parse("CREATE INDEX i ON t (a); UPDATE t SET a = 1", "postgresql")]
    assert kinds == ["create_index", "update"]
    assert calls_volatile("gen_random_uuid()::text", "postgresql") == "gen_random_uuid"
    assert calls_volatile("now()", "postgresql") is None
    assert not_null_column("(email IS NOT NULL)", "postgresql") == "email"
    assert not_null_column("email <> ''", "postgresql") is None
