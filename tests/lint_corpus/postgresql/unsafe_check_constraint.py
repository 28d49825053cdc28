"""A validated check constraint scans the table under an ACCESS EXCLUSIVE lock.

Source: strong_migrations adding a check constraint / squawk constraint-missing-not-valid.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_check_constraint"
down_revision = None

EXPECT = 'add-check-constraint'
SERVER_VERSION = None


def upgrade():
    op.create_check_constraint("ck_orders_qty", "orders", "quantity > 0")


def downgrade():
    op.drop_constraint("ck_orders_qty", "orders", type_="check")
