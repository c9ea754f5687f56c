"""mutes that hide

A mute made with "hide" also hides the troll comments its author or thread posts later.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21 14:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mutes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hides", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("mutes", schema=None) as batch_op:
        batch_op.drop_column("hides")
