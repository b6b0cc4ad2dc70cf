"""print job label progress: how many labels the printer took before a cut, and where a resumed job starts

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 20:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


# Plain ADD COLUMN, not batch mode: SQLite's batch mode rebuilds the table and would drop the
# sync outbox triggers on print_jobs.
def upgrade() -> None:
    op.add_column("print_jobs", sa.Column("labels_sent", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("print_jobs", sa.Column("first_label", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    op.drop_column("print_jobs", "first_label")
    op.drop_column("print_jobs", "labels_sent")
