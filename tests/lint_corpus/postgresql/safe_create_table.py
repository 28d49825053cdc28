"""Creating a table with its indexes and foreign keys touches nothing in use.

Source: django-migration-linter (good: creating a table).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_create_table"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False),
    )
    op.create_index("ix_payments_order_id", "payments", ["order_id"])
    op.create_foreign_key("fk_payments_user", "payments", "users", ["order_id"], ["id"])


def downgrade():
    op.drop_table("payments")
