"""A NOT NULL column with a server default.

Source: strong_migrations (good: a default).
"""

import sqlalchemy as sa
from alembic import op

revision = "my_safe_not_null_with_default"
down_revision = None

EXPECT = None
SERVER_VERSION = '8.0.36'


def upgrade():
    op.add_column("users", sa.Column("active", sa.Boolean(), server_default=sa.text("1"), nullable=False))


def downgrade():
    op.drop_column("users", "active")
