"""A nullable column is a plain ALTER TABLE ADD COLUMN.

Source: SQLite ALTER TABLE docs (ADD COLUMN).
"""

import sqlalchemy as sa
from alembic import op

revision = "sq_safe_nullable_column"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("age", sa.Integer()))


def downgrade():
    op.drop_column("users", "age")
