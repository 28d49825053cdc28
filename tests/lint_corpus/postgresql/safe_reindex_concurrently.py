"""REINDEX CONCURRENTLY outside a transaction does not block writes.

Source: PostgreSQL docs (REINDEX CONCURRENTLY, 12+).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_reindex_concurrently"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("REINDEX INDEX CONCURRENTLY ix_orders_created")


def downgrade():
    pass
