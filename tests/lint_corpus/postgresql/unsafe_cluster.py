"""CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock.

Source: PostgreSQL docs (CLUSTER).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_cluster"
down_revision = None

EXPECT = 'blocking-command'
SERVER_VERSION = None


def upgrade():
    op.execute("CLUSTER orders USING ix_orders_created")


def downgrade():
    pass
