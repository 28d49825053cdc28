"""SQLite has no ALTER COLUMN: this fails outside batch mode.

Source: SQLite ALTER TABLE docs (no ALTER COLUMN).
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_unsafe_alter_without_batch"
down_revision = None

EXPECT = 'sqlite-needs-batch'
SERVER_VERSION = None


def upgrade():
    op.alter_column("users", "email", nullable=False, existing_type=sa.String(255))


def downgrade():
    op.alter_column("users", "email", nullable=True, existing_type=sa.String(255))
