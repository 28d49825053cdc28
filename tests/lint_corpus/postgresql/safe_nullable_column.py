"""A nullable column without a default is metadata-only.

Source: strong_migrations / squawk (good: nullable column).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_nullable_column"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("age", sa.Integer()))


def downgrade():
    op.drop_column("users", "age")
