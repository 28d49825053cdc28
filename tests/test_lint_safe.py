"""The safe-operation helpers (flask_migrations.lint.safe) on every backend: online against
the real server, and with --sql; and the linter raises nothing on what they do."""

from __future__ import annotations

import sqlalchemy as sa

R1 = '''\
"""orders"""
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("users", sa.Column("id", sa.Integer, primary_key=True))
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer),
        sa.Column("qty", sa.Integer),
        sa.Column("note", sa.String(20)),
    )
    op.execute("INSERT INTO users (id) VALUES (1), (2)")
    op.execute(
        "INSERT INTO orders (id, user_id, qty) VALUES "
        + ", ".join(f"({n}, {1 + n % 2}, {n})" for n in range(1, 26))
    )


def downgrade():
    op.drop_table("orders")
    op.drop_table("users")
'''

R2 = '''\
"""the safe way"""
from alembic import op
import sqlalchemy as sa

from flask_migrations.lint import safe

revision = "r2"

ORDERS = sa.Table(  # for SQLite's batch mode with --sql only
    "orders",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer),
    sa.Column("qty", sa.Integer),
    sa.Column("note", sa.String(20)),
)
down_revision = "r1"
branch_labels = None
depends_on = None


def upgrade():
    safe.create_index_concurrently("ix_orders_user_id", "orders", ["user_id"])
    safe.add_foreign_key_not_valid(
        "fk_orders_user", "orders", "users", ["user_id"], ["id"], copy_from=ORDERS
    )
    safe.validate_constraint("orders", "fk_orders_user")
    safe.add_check_constraint_not_valid("ck_orders_qty", "orders", "qty > 0", copy_from=ORDERS)
    safe.validate_constraint("orders", "ck_orders_qty")


def downgrade():
    with op.batch_alter_table("orders") as batch:
        batch.drop_constraint("fk_orders_user", type_="foreignkey")
        batch.drop_constraint("ck_orders_qty", type_="check")
    safe.drop_index_concurrently("ix_orders_user_id", "orders")
'''

R3 = '''\
"""backfill, then NOT NULL"""
from alembic import op
import sqlalchemy as sa

from flask_migrations.lint import safe

revision = "r3"

ORDERS = sa.Table(  # for SQLite's batch mode with --sql only
    "orders",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer),
    sa.Column("qty", sa.Integer),
    sa.Column("note", sa.String(20)),
)
down_revision = "r2"
branch_labels = None
depends_on = None


def upgrade():
    safe.backfill("orders", "note = 'old'", where="note IS NULL", batch_size=10)
    safe.set_not_null("orders", "note", existing_type=sa.String(20), copy_from=ORDERS)


def downgrade():
    with op.batch_alter_table("orders") as batch:
        batch.alter_column("note", nullable=True, existing_type=sa.String(20))
'''


def project(make_project, url):
    p = make_project(url)
    p.ok("db", "init")
    versions = p.migrations / "versions"
    for name, text in (("r1_orders.py", R1), ("r2_safe.py", R2), ("r3_backfill.py", R3)):
        (versions / name).write_text(text)
    return p


def test_helpers_online(make_project, any_database_url, caplog):
    p = project(make_project, any_database_url)
    with caplog.at_level("INFO", logger="alembic.env"):
        p.ok("db", "upgrade")
    assert "Backfill of orders: 10 rows, up to id 10 of 25" in caplog.text
    assert "Backfill of orders: 25 rows, up to id 25 of 25" in caplog.text
    engine = sa.create_engine(any_database_url)
    try:
        inspector = sa.inspect(engine)
        assert "ix_orders_user_id" in {i["name"] for i in inspector.get_indexes("orders")}
        fks = inspector.get_foreign_keys("orders")
        assert [(f["referred_table"], f["constrained_columns"]) for f in fks] == [
            ("users", ["user_id"])
        ]
        note = next(c for c in inspector.get_columns("orders") if c["name"] == "note")
        assert note["nullable"] is False
        with engine.connect() as connection:
            notes = connection.execute(sa.text("SELECT DISTINCT note FROM orders")).scalars()
            assert list(notes) == ["old"]
        refused = False
        try:
            with engine.begin() as connection:
                insert = "INSERT INTO orders (id, qty, note) VALUES (99, 0, 'x')"
                connection.execute(sa.text(insert))
        except sa.exc.DBAPIError:
            refused = True
        assert refused  # the check constraint holds
    finally:
        engine.dispose()
    p.ok("db", "downgrade", "r1")


def test_helpers_render_sql(make_project, any_database_url):
    p = project(make_project, any_database_url)
    sql = p.ok("db", "upgrade", "--sql").stdout
    backend = any_database_url.split(":")[0]
    if backend.startswith("postgresql"):
        assert "COMMIT;\n\nCREATE INDEX CONCURRENTLY ix_orders_user_id ON orders (user_id);" in sql
        assert "FOREIGN KEY(user_id) REFERENCES users (id) NOT VALID;" in sql
        assert "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user;" in sql
        assert "CHECK (qty > 0) NOT VALID;" in sql
        assert "UPDATE orders SET note = 'old' WHERE id >= lo AND id < lo + 10 AND" in sql
        assert "CHECK (note IS NOT NULL) NOT VALID;" in sql
        assert "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;" in sql
    elif backend.startswith("mysql"):
        assert "CREATE INDEX ix_orders_user_id ON orders (user_id);" in sql
        assert "CONCURRENTLY" not in sql and "VALIDATE" not in sql
        assert "UPDATE orders SET note = 'old' WHERE note IS NULL;" in sql
        assert "ALTER TABLE orders MODIFY note VARCHAR(20) NOT NULL;" in sql
    else:
        assert "CREATE INDEX ix_orders_user_id ON orders (user_id);" in sql
        assert "CREATE TABLE _alembic_tmp_orders" in sql  # batch mode for the constraints
        assert "UPDATE orders SET note = 'old' WHERE note IS NULL;" in sql


def test_linter_raises_nothing_on_the_helpers(make_project, any_database_url):
    p = project(make_project, any_database_url)
    result = p.cli("db", "lint", "r2:r3")
    backend = any_database_url.split(":")[0]
    if backend.startswith("sqlite"):  # batch mode copies the table: said, as a warning
        assert result.exit_code == 1
        assert {"[sqlite-table-rebuild]"} == {w for w in result.stdout.split() if w.startswith("[")}
    elif backend.startswith("mysql"):  # no NOT VALID there: the foreign key copies the table
        assert "[mysql-copy-table]" in result.stdout
        assert "[set-not-null]" not in result.stdout
    else:
        assert result.exit_code == 0, result.stdout
