"""A downgrade that does nothing although the upgrade changed the schema.

Source: django-migration-linter (irreversible migrations).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_downgrade_nothing"
down_revision = None

EXPECT = 'downgrade-does-nothing'
SERVER_VERSION = None


def upgrade():
    op.add_column("users", sa.Column("bio", sa.Text()))


def downgrade():
    pass
