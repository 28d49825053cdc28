"""Widening a varchar past 255 bytes changes its length prefix: the table is copied.

Source: MySQL/MariaDB online DDL docs (VARCHAR length bytes).
"""

import sqlalchemy as sa
from alembic import op

revision = "my_unsafe_varchar_length_byte"
down_revision = None

EXPECT = 'change-column-type'
SERVER_VERSION = '8.0.36'


def upgrade():
    op.alter_column("users", "email", type_=sa.String(320), existing_type=sa.String(50))


def downgrade():
    op.alter_column("users", "email", type_=sa.String(50), existing_type=sa.String(320))
