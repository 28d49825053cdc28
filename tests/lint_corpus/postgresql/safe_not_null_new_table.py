"""A NOT NULL column added to a table created in the same revision.

Source: squawk (false alarm in adding-required-field on a new table).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_not_null_new_table"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True))
    op.add_column("invoices", sa.Column("number", sa.String(20), nullable=False))
    op.create_index("ix_invoices_number", "invoices", ["number"])


def downgrade():
    op.drop_table("invoices")
