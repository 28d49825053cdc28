"""Integer to bigint rewrites the whole table under an ACCESS EXCLUSIVE lock.

Source: strong_migrations changing the type of a column / squawk changing-column-type.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_change_type"
down_revision = None

EXPECT = 'change-column-type'
SERVER_VERSION = None


def upgrade():
    op.alter_column("orders", "quantity", type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade():
    op.alter_column("orders", "quantity", type_=sa.Integer(), existing_type=sa.BigInteger())
