"""Batch mode copies the whole table into a new one.

Source: SQLite ALTER TABLE docs (the twelve-step table rebuild).
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_unsafe_batch_rebuild"
down_revision = None

EXPECT = 'sqlite-table-rebuild'
SERVER_VERSION = None


def upgrade():
    with op.batch_alter_table("users") as batch:
        batch.alter_column("email", nullable=False, existing_type=sa.String(255))


def downgrade():
    with op.batch_alter_table("users") as batch:
        batch.alter_column("email", nullable=True, existing_type=sa.String(255))
