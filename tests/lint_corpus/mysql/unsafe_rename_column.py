"""Rename a column the running code still uses.

Source: strong_migrations renaming a column / django-migration-linter.
"""

import sqlalchemy as sa
from alembic import op

revision = "my_unsafe_rename_column"
down_revision = None

EXPECT = 'rename-column'
SERVER_VERSION = '8.0.36'


def upgrade():
    op.alter_column("users", "name", new_column_name="full_name", existing_type=sa.String(100))


def downgrade():
    op.alter_column("users", "full_name", new_column_name="name", existing_type=sa.String(100))
