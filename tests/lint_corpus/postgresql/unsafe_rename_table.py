"""Rename a table: the old code's queries name the old table.

Source: strong_migrations renaming a table / squawk renaming-table / django-migration-linter.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_rename_table"
down_revision = None

EXPECT = 'rename-table'
SERVER_VERSION = None


def upgrade():
    op.rename_table("users", "accounts")


def downgrade():
    op.rename_table("accounts", "users")
