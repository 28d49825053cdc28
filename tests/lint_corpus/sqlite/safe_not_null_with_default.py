"""ADD COLUMN NOT NULL with a constant default.

Source: SQLite ALTER TABLE docs (NOT NULL with a default).
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_safe_not_null_with_default"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("active", sa.Boolean(), server_default=sa.text("1"), nullable=False))


def downgrade():
    op.drop_column("users", "active")
