"""Adding a foreign key with foreign_key_checks on copies the table.

Source: strong_migrations adding a foreign key / MySQL/MariaDB online DDL docs (foreign_key_checks=1 needs COPY).
"""

import sqlalchemy as sa
from alembic import op

revision = "ma_unsafe_foreign_key"
down_revision = None

EXPECT = 'mysql-copy-table'
SERVER_VERSION = '10.11.6'


def upgrade():
    op.create_foreign_key("fk_orders_user", "orders", "users", ["user_id"], ["id"])


def downgrade():
    op.drop_constraint("fk_orders_user", "orders", type_="foreignkey")
