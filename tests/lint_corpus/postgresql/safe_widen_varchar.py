"""Widening a varchar is a metadata-only change on PostgreSQL.

Source: squawk (false alarm in changing-column-type on a widened varchar).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_widen_varchar"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.alter_column("users", "email", type_=sa.String(320), existing_type=sa.String(255))


def downgrade():
    op.alter_column("users", "email", type_=sa.String(255), existing_type=sa.String(320))
