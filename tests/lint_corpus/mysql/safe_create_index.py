"""Secondary indexes build in place with concurrent writes.

Source: MySQL/MariaDB online DDL docs (online index build) / safe-ecto-migrations.
"""

import sqlalchemy as sa
from alembic import op

revision = "my_safe_create_index"
down_revision = None

EXPECT = None
SERVER_VERSION = '8.0.36'


def upgrade():
    op.create_index("ix_orders_user_id", "orders", ["user_id"])


def downgrade():
    op.drop_index("ix_orders_user_id", table_name="orders")
