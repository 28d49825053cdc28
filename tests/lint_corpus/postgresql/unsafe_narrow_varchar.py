"""Narrowing a varchar scans the table and fails (or loses data) on longer values.

Source: strong_migrations changing the type of a column.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_narrow_varchar"
down_revision = None

EXPECT = 'change-column-type'
SERVER_VERSION = None


def upgrade():
    op.alter_column("users", "email", type_=sa.String(100), existing_type=sa.String(255))


def downgrade():
    op.alter_column("users", "email", type_=sa.String(255), existing_type=sa.String(100))
