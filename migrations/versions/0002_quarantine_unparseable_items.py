"""quarantine unparseable items

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 11:37:42.737769
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quarantined_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.String(length=64), nullable=False),
        sa.Column("stream", sa.String(length=64), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_quarantined_items_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantined_items")),
    )
    with op.batch_alter_table("quarantined_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quarantined_items_account_id"), ["account_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("quarantined_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quarantined_items_account_id"))

    op.drop_table("quarantined_items")
