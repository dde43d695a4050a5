"""api_keys: gateway credentials, stored as SHA-256 hashes

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from consentry.store.schema import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column(
            "key_id", sa.String(length=32), nullable=False, comment="public handle, safe to log"
        ),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column(
            "key_sha256",
            sa.String(length=64),
            nullable=False,
            comment="the key itself is never stored",
        ),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_reason", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.account_id"], name=op.f("fk_api_keys_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("key_sha256", name=op.f("uq_api_keys_key_sha256")),
    )
    op.create_index(op.f("ix_api_keys_account_id"), "api_keys", ["account_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_api_keys_account_id"), table_name="api_keys")
    op.drop_table("api_keys")
