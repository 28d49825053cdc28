"""An index on SQLite.

Source: SQLite ALTER TABLE docs.
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_safe_create_index"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.create_index("ix_orders_user_id", "orders", ["user_id"])


def downgrade():
    op.drop_index("ix_orders_user_id", table_name="orders")
