"""The same index written as raw SQL.

Source: squawk require-concurrent-index-creation.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_index_in_sql"
down_revision = None

EXPECT = 'index-not-concurrently'
SERVER_VERSION = None


def upgrade():
    op.execute("CREATE INDEX ix_orders_status ON orders (status)")


def downgrade():
    op.execute("DROP INDEX ix_orders_status")
