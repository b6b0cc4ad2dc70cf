"""print jobs: whether an interrupted job's label count is the printer's own (it paused and said
which labels were waiting) or only what it acknowledged before a connection cut, when the person
reads the last label on paper before the job goes on

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 16:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


# Plain ADD COLUMN, not batch mode: SQLite's batch mode rebuilds the table and would drop the
# sync outbox triggers on print_jobs.
def upgrade() -> None:
    op.add_column("print_jobs", sa.Column("labels_sent_known", sa.Boolean(), nullable=False, server_default=sa.true()))
    # A job cut before this release cannot say whether its count was the printer's own: the paper
    # decides for it too (the update goes to central through the outbox trigger, like any other).
    op.execute("UPDATE print_jobs SET labels_sent_known = false WHERE status IN ('interrupted', 'sending')")


def downgrade() -> None:
    op.drop_column("print_jobs", "labels_sent_known")
