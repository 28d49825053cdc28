"""Rename a table the running code still uses.

Source: django-migration-linter renaming tables.
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_unsafe_rename_table"
down_revision = None

EXPECT = 'rename-table'
SERVER_VERSION = None


def upgrade():
    op.rename_table("users", "accounts")


def downgrade():
    op.rename_table("accounts", "users")
