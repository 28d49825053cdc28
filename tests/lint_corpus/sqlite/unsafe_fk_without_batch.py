"""SQLite cannot add a constraint to an existing table with ALTER.

Source: SQLite ALTER TABLE docs (no ADD CONSTRAINT).
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_unsafe_fk_without_batch"
down_revision = None

EXPECT = 'sqlite-needs-batch'
SERVER_VERSION = None


def upgrade():
    op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"])


def downgrade():
    op.drop_constraint("fk_orders_user", "orders", type_="foreignkey")
