"""Drop a table the running code still reads.

Source: squawk ban-drop-table / django-migration-linter dropping table.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_drop_table"
down_revision = None

EXPECT = 'drop-table'
SERVER_VERSION = None


def upgrade():
    op.drop_table("sessions")


def downgrade():
    op.create_table("sessions", sa.Column("id", sa.Integer(), primary_key=True))
