"""Keyed content hashes (a store secret for the HMAC, the hash dropped at erasure); the tier at
capture kept with each exchange

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from consentry.store.schema import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_secrets",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column(
            "secret", sa.String(length=128), nullable=False, comment="hex; overwritten on rotation"
        ),
        sa.Column(
            "key_id",
            sa.String(length=16),
            nullable=False,
            comment="public id of the secret, safe to log",
        ),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_store_secrets")),
    )
    with op.batch_alter_table("exchanges") as batch:
        batch.alter_column(
            "content_sha256",
            existing_type=sa.String(length=64),
            nullable=True,
            comment="HMAC-SHA256 of the content under the store's content key; NULL once erased",
        )
        batch.add_column(
            sa.Column(
                "captured_at",
                UTCDateTime(),
                nullable=True,
                comment="when the store decided it (NULL before 0004)",
            )
        )
        batch.add_column(
            sa.Column(
                "tier",
                sa.String(length=16),
                nullable=True,
                comment="the account's tier at capture; it governs this exchange",
            )
        )

    op.create_index(
        op.f("ix_exchanges_retain_until_exchange_id"), "exchanges", ["retain_until", "exchange_id"]
    )
    op.create_index(
        op.f("ix_exchanges_account_id_captured_at"), "exchanges", ["account_id", "captured_at"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_exchanges_account_id_captured_at"), table_name="exchanges")
    op.drop_index(op.f("ix_exchanges_retain_until_exchange_id"), table_name="exchanges")
    with op.batch_alter_table("exchanges") as batch:
        batch.drop_column("tier")
        batch.drop_column("captured_at")
        batch.alter_column("content_sha256", existing_type=sa.String(length=64), nullable=False)
    op.drop_table("store_secrets")
