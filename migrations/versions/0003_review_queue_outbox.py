"""review queue outbox

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 11:45:58.941812
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_channels",
        sa.Column("channel", sa.String(length=64), nullable=False),
        sa.Column("resumes_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel", name=op.f("pk_review_channels")),
    )
    op.create_table(
        "review_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("channel", sa.String(length=64), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ts", sa.String(length=32), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposals.id"], name=op.f("fk_review_posts_proposal_id_proposals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_posts")),
    )
    with op.batch_alter_table("review_posts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_posts_key"), ["key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_review_posts_proposal_id"), ["proposal_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_posts_state"), ["state"], unique=False)

    op.create_table(
        "review_notices",
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("noticed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["review_posts.id"], name=op.f("fk_review_notices_post_id_review_posts")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposals.id"], name=op.f("fk_review_notices_proposal_id_proposals")
        ),
        sa.PrimaryKeyConstraint("proposal_id", name=op.f("pk_review_notices")),
    )
    with op.batch_alter_table("review_notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_notices_post_id"), ["post_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_notices_post_id"))

    op.drop_table("review_notices")
    with op.batch_alter_table("review_posts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_posts_state"))
        batch_op.drop_index(batch_op.f("ix_review_posts_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_review_posts_key"))

    op.drop_table("review_posts")
    op.drop_table("review_channels")
