"""Secondary indexes build in place with concurrent writes.

Source: MySQL/MariaDB online DDL docs (online index build) / safe-ecto-migrations.
"""

import sqlalchemy as sa
from alembic import op

revision = "ma_safe_create_index"
down_revision = None

EXPECT = None
SERVER_VERSION = '10.11.6'


def upgrade():
    op.create_index("ix_orders_user_id", "orders", ["user_id"])


def downgrade():
    op.drop_index("ix_orders_user_id", table_name="orders")
