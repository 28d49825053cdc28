"""An unbounded UPDATE in the same revision as DDL.

Source: strong_migrations backfilling data.
"""

import sqlalchemy as sa
from alembic import op

revision = "ma_unsafe_backfill_with_ddl"
down_revision = None

EXPECT = 'backfill-with-ddl'
SERVER_VERSION = '10.11.6'


def upgrade():
    op.add_column("users", sa.Column("score", sa.Integer()))
    op.execute("UPDATE users SET score = 0")


def downgrade():
    op.drop_column("users", "score")
