"""A data-only revision: the UPDATE holds no DDL lock.

Source: strong_migrations backfilling data (good: no DDL in the same transaction).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_data_only"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.execute("UPDATE users SET score = 0 WHERE score IS NULL")


def downgrade():
    pass
