"""restriction factors recorded as unknown (missing or unreadable in an import)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows keep their meaning: nothing was recorded as unknown before.
    with op.batch_alter_table("worker_restrictions") as batch:
        batch.add_column(sa.Column("unknown_factors", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("worker_restrictions") as batch:
        batch.drop_column("unknown_factors")
