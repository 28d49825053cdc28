"""varchar to text needs no rewrite.

Source: strong_migrations (good: varchar to text).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_varchar_to_text"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.alter_column("users", "bio", type_=sa.Text(), existing_type=sa.String(500))


def downgrade():
    op.alter_column("users", "bio", type_=sa.String(500), existing_type=sa.Text())
