"""Drop a column the running code still selects.

Source: strong_migrations removing a column / django-migration-linter.
"""

import sqlalchemy as sa
from alembic import op

revision = "ma_unsafe_drop_column"
down_revision = None

EXPECT = 'drop-column'
SERVER_VERSION = '10.11.6'


def upgrade():
    op.drop_column("users", "nickname")


def downgrade():
    op.add_column("users", sa.Column("nickname", sa.String(50)))
