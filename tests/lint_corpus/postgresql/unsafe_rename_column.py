"""Rename a column: servers still running the old code query the old name.

Source: strong_migrations renaming a column / squawk renaming-column / django-migration-linter.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_rename_column"
down_revision = None

EXPECT = 'rename-column'
SERVER_VERSION = None


def upgrade():
    op.alter_column("users", "name", new_column_name="full_name")


def downgrade():
    op.alter_column("users", "full_name", new_column_name="name")
