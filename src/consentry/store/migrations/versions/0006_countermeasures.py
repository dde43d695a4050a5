"""countermeasures (each account's rung on the response ladder) and mark_keys (watermark keys
per campaign or account)

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from consentry.store.schema import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "countermeasures",
        sa.Column(
            "account_id",
            sa.String(length=128),
            nullable=False,
            comment="may name an account not yet in the store",
        ),
        sa.Column(
            "rung",
            sa.String(length=16),
            nullable=False,
            comment="watch | throttle | degrade | mark | block",
        ),
        sa.Column("reason", sa.String(length=255), nullable=False),
        sa.Column(
            "score",
            sa.Float(),
            nullable=True,
            comment="the detector's calibrated probability, if it set the rung",
        ),
        sa.Column("campaign_id", sa.String(length=64), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False, comment="detector | operator"),
        sa.Column(
            "actor",
            sa.String(length=96),
            nullable=False,
            comment="who set it, as the audit log names them",
        ),
        sa.Column("set_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_countermeasures")),
    )
    op.create_index(op.f("ix_countermeasures_rung"), "countermeasures", ["rung"])
    op.create_table(
        "mark_keys",
        sa.Column(
            "subject", sa.String(length=160), nullable=False, comment="campaign:ID or account:ID"
        ),
        sa.Column(
            "secret",
            sa.String(length=128),
            nullable=False,
            comment="hex; never in an answer, log or audit",
        ),
        sa.Column(
            "key_id",
            sa.String(length=16),
            nullable=False,
            comment="public id of the key, safe to log",
        ),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("subject", name=op.f("pk_mark_keys")),
    )


def downgrade() -> None:
    op.drop_table("mark_keys")
    op.drop_index(op.f("ix_countermeasures_rung"), table_name="countermeasures")
    op.drop_table("countermeasures")
