"""A plain CREATE INDEX blocks every write to the table while it builds.

Source: strong_migrations adding an index non-concurrently / squawk require-concurrent-index-creation.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_create_index"
down_revision = None

EXPECT = 'index-not-concurrently'
SERVER_VERSION = None


def upgrade():
    op.create_index("ix_orders_user_id", "orders", ["user_id"])


def downgrade():
    op.drop_index("ix_orders_user_id", table_name="orders")
