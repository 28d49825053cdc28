"""A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the table.

Source: squawk require-concurrent-index-deletion / strong_migrations removing an index non-concurrently.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_drop_index"
down_revision = None

EXPECT = 'index-not-concurrently'
SERVER_VERSION = None


def upgrade():
    op.drop_index("ix_orders_created", table_name="orders")


def downgrade():
    op.create_index("ix_orders_created", "orders", ["created"])
