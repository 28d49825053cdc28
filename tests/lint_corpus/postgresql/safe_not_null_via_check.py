"""NOT NULL through a check constraint added NOT VALID, validated after a commit, then used by SET NOT NULL.

Source: strong_migrations / squawk (good: NOT NULL through a validated check, PostgreSQL 12+).
"""

import sqlalchemy as sa
from alembic import op

revision = "po_safe_not_null_via_check"
down_revision = None

EXPECT = None
SERVER_VERSION = None


def upgrade():
    op.create_check_constraint("ck_users_email_nn", "users", "email IS NOT NULL", postgresql_not_valid=True)
    with op.get_context().autocommit_block():
        op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_nn")
    op.alter_column("users", "email", nullable=False, existing_type=sa.String(255))
    op.drop_constraint("ck_users_email_nn", "users", type_="check")


def downgrade():
    op.alter_column("users", "email", nullable=True, existing_type=sa.String(255))
