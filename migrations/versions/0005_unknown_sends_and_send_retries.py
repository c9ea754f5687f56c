"""unknown sends and send retries

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 12:30:20.954718
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("send_started_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("send_attempts", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch_op.add_column(sa.Column("retry_at", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("review_posts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("shown_state", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_posts", schema=None) as batch_op:
        batch_op.drop_column("shown_state")

    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.drop_column("retry_at")
        batch_op.drop_column("send_attempts")
        batch_op.drop_column("send_started_at")
