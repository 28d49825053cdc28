"""The index built concurrently inside an autocommit block.

Source: strong_migrations / squawk (good: concurrently, outside a transaction).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_index_concurrently"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_orders_user_id", "orders", ["user_id"], postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_orders_user_id", table_name="orders", postgresql_concurrently=True)
