"""The same check constraint as raw SQL.

Source: squawk constraint-missing-not-valid.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_check_in_sql"
down_revision = None

EXPECT = 'add-check-constraint'
SERVER_VERSION = None


def upgrade():
    op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_total CHECK (total >= 0)")


def downgrade():
    op.execute("ALTER TABLE orders DROP CONSTRAINT ck_orders_total")
