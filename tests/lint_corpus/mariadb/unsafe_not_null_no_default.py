"""A required column without a default: rows get an implicit value and old code's INSERTs fail.

Source: strong_migrations / django-migration-linter.
"""

import sqlalchemy as sa
from alembic import op

revision = "ma_unsafe_not_null_no_default"
down_revision = None

EXPECT = 'not-null-without-default'
SERVER_VERSION = '10.11.6'


def upgrade():
    op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))


def downgrade():
    op.drop_column("users", "age")
