"""SQLite refuses ADD COLUMN ... NOT NULL without a default.

Source: SQLite ALTER TABLE docs / django-migration-linter.
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_unsafe_not_null_no_default"
down_revision = None

EXPECT = 'not-null-without-default'
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))


def downgrade():
    op.drop_column("users", "age")
