"""Widening a varchar within the same length-byte size is in place.

Source: MySQL/MariaDB online DDL docs (VARCHAR widening in place).
"""

import sqlalchemy as sa
from alembic import op

revision = "ma_safe_widen_varchar"
down_revision = None

EXPECT = None
SERVER_VERSION = '10.11.6'


def upgrade():
    op.alter_column("users", "code", type_=sa.String(40), existing_type=sa.String(20))


def downgrade():
    op.alter_column("users", "code", type_=sa.String(20), existing_type=sa.String(40))
