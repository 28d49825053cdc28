"""A unique index built concurrently, then attached as a constraint.

Source: squawk disallowed-unique-constraint (good).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_unique_using_index"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("uq_users_email", "users", ["email"], unique=True, postgresql_concurrently=True)
    op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email")


def downgrade():
    op.drop_constraint("uq_users_email", "users", type_="unique")
