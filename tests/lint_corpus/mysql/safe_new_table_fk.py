"""Foreign key and NOT NULL column on a table created in the same revision.

Source: django-migration-linter (good: creating a table).
"""

import sqlalchemy as sa
from alembic import op

revision = "my_safe_new_table_fk"
down_revision = None

EXPECT = None
SERVER_VERSION = '8.0.36'


def upgrade():
    op.create_table("invoices", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("user_id", sa.Integer()))
    op.add_column("invoices", sa.Column("number", sa.String(20), nullable=False))
    op.create_foreign_key("fk_invoices_user", "invoices", "users", ["user_id"], ["id"])


def downgrade():
    op.drop_table("invoices")
