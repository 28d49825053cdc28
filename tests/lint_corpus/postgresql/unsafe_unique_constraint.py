"""ADD CONSTRAINT UNIQUE builds its index while blocking writes.

Source: squawk disallowed-unique-constraint / strong_migrations adding a unique constraint.
"""

import sqlalchemy as sa
from alembic import op

revision = "po_unsafe_unique_constraint"
down_revision = None

EXPECT = 'add-unique-constraint'
SERVER_VERSION = None


def upgrade():
    op.create_unique_constraint("uq_users_email", "users", ["email"])


def downgrade():
    op.drop_constraint("uq_users_email", "users", type_="unique")
