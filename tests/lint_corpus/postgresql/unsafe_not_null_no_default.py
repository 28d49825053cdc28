"""A required column on a table that already has rows: the ALTER fails, and old code inserting rows without it breaks.

Source: strong_migrations / squawk adding-required-field / django-migration-linter.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_not_null_no_default"
down_revision = None

EXPECT = 'not-null-without-default'
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))


def downgrade():
    op.drop_column("users", "age")
