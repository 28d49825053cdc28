"""Adding a check constraint copies the table on MySQL.

Source: MySQL/MariaDB online DDL docs (ADD CHECK copies the table, MySQL 8.0.16+).
"""

import sqlalchemy as sa
from alembic import op

revision = "my_unsafe_check_constraint"
down_revision = None

EXPECT = 'mysql-copy-table'
SERVER_VERSION = '8.0.36'


def upgrade():
    op.create_check_constraint("ck_orders_qty", "orders", "quantity > 0")


def downgrade():
    op.drop_constraint("ck_orders_qty", "orders", type_="check")
