"""ADD COLUMN is instant on MySQL 8.0.12+ and MariaDB 10.3.2+.

Source: MySQL/MariaDB online DDL docs (instant ADD COLUMN).
"""

import sqlalchemy as sa
from alembic import op

revision = "ma_safe_add_column"
down_revision = None

EXPECT = None
SERVER_VERSION = '10.11.6'


def upgrade():
    op.add_column("users", sa.Column("bio", sa.Text()))


def downgrade():
    op.drop_column("users", "bio")
