"""operator_keys: console credentials (hashed) with a role

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from consentry.store.schema import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operator_keys",
        sa.Column(
            "key_id", sa.String(length=32), nullable=False, comment="public handle, safe to log"
        ),
        sa.Column(
            "name",
            sa.String(length=64),
            nullable=False,
            comment="who holds it; named in audit entries",
        ),
        sa.Column("role", sa.String(length=16), nullable=False, comment="viewer | analyst | admin"),
        sa.Column(
            "key_sha256", sa.String(length=64), nullable=False, comment="the key is never stored"
        ),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_operator_keys")),
        sa.UniqueConstraint("key_sha256", name=op.f("uq_operator_keys_key_sha256")),
    )


def downgrade() -> None:
    op.drop_table("operator_keys")
