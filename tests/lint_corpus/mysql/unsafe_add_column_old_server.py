"""On older servers ADD COLUMN rebuilds the table in place.

Source: MySQL/MariaDB online DDL docs (instant ADD COLUMN from MySQL 8.0.12 / MariaDB 10.3.2).
"""

import sqlalchemy as sa
from alembic import op

revision = "my_unsafe_add_column_old_server"
down_revision = None

EXPECT = 'mysql-table-rebuild'
SERVER_VERSION = '5.7.44'


def upgrade():
    op.add_column("users", sa.Column("bio", sa.Text()))


def downgrade():
    op.drop_column("users", "bio")
