"""VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock.

Source: squawk / PostgreSQL docs (VACUUM FULL).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_vacuum_full"
down_revision = None

EXPECT = 'blocking-command'
SERVER_VERSION = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("VACUUM FULL orders")


def downgrade():
    pass
