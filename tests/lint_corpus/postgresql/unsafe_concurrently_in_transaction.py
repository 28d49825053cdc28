"""CONCURRENTLY inside the revision's transaction: the server refuses it.

Source: squawk / PostgreSQL docs (CREATE INDEX CONCURRENTLY cannot run inside a transaction block).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_concurrently_in_transaction"
down_revision = None

EXPECT = 'concurrently-in-transaction'
SERVER_VERSION = None


def upgrade():
    op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)


def downgrade():
    op.drop_index("ix_orders_user_id", table_name="orders")
