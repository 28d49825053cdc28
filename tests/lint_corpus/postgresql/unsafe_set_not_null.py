"""SET NOT NULL scans the whole table while holding an ACCESS EXCLUSIVE lock.

Source: strong_migrations setting NOT NULL on an existing column / squawk adding-not-nullable-field.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_set_not_null"
down_revision = None

EXPECT = 'set-not-null'
SERVER_VERSION = None


def upgrade():
    op.alter_column("users", "email", nullable=False, existing_type=sa.String(255))


def downgrade():
    op.alter_column("users", "email", nullable=True, existing_type=sa.String(255))
