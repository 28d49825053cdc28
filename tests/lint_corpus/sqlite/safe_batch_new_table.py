"""Batch changes to a table created in the same revision copy no data.

Source: SQLite ALTER TABLE docs / squawk (new table).
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_safe_batch_new_table"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("number", sa.String(20)))
    with op.batch_alter_table("invoices") as batch:
        batch.alter_column("number", nullable=False, existing_type=sa.String(20))


def downgrade():
    op.drop_table("invoices")
