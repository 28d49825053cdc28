"""Changing a column's type copies the table (ALGORITHM=COPY), blocking writes.

Source: strong_migrations changing the type of a column / MySQL/MariaDB online DDL docs.
"""

import sqlalchemy as sa
from alembic import op

revision = "my_unsafe_change_type"
down_revision = None

EXPECT = 'change-column-type'
SERVER_VERSION = '8.0.36'


def upgrade():
    op.alter_column("orders", "quantity", type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade():
    op.alter_column("orders", "quantity", type_=sa.Integer(), existing_type=sa.BigInteger())
