"""A validated foreign key locks both tables while every row is checked.

Source: strong_migrations adding a foreign key / squawk adding-foreign-key-constraint.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_foreign_key"
down_revision = None

EXPECT = 'add-foreign-key'
SERVER_VERSION = None


def upgrade():
    op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"])


def downgrade():
    op.drop_constraint("fk_orders_user", "orders", type_="foreignkey")
