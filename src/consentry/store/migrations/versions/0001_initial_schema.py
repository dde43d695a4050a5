"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28 21:40:36.425556
"""

import sqlalchemy as sa
from alembic import op

from consentry.store.schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "account_blocks",
        sa.Column("block_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "account_id",
            sa.String(length=128),
            nullable=False,
            comment="may name an account not yet in the store",
        ),
        sa.Column("blocked_at", UTCDateTime(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False, comment="operator | detector"),
        sa.Column("reason", sa.String(length=255), nullable=False),
        sa.Column("campaign_id", sa.String(length=64), nullable=True),
        sa.Column("lifted_at", UTCDateTime(), nullable=True),
        sa.Column("lifted_reason", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("block_id", name=op.f("pk_account_blocks")),
    )
    with op.batch_alter_table("account_blocks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_blocks_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "accounts",
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("signup_channel", sa.String(length=32), nullable=False),
        sa.Column("payment_fingerprint", sa.String(length=128), nullable=True),
        sa.Column("email_domain", sa.String(length=255), nullable=True),
        sa.Column("declared_country", sa.String(length=2), nullable=True),
        sa.Column("org_id", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_accounts")),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=160), nullable=False),
        sa.Column(
            "detail",
            sa.Text(),
            nullable=False,
            comment="canonical JSON: ids, hashes and counts only",
        ),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_log_hash")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_log_prev_hash")),
    )
    op.create_table(
        "policies",
        sa.Column("version", sa.String(length=96), nullable=False, comment="name@sha256[:12]"),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "body", sa.Text(), nullable=False, comment="canonical JSON of the validated policy"
        ),
        sa.Column("first_used_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_policies")),
    )
    op.create_table(
        "consent_events",
        sa.Column("event_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("ts", UTCDateTime(), nullable=False, comment="when the choice took effect"),
        sa.Column("choice", sa.String(length=8), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=True),
        sa.Column(
            "policy_version",
            sa.String(length=96),
            nullable=True,
            comment="policy in force when it was recorded",
        ),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.account_id"],
            name=op.f("fk_consent_events_account_id_accounts"),
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_consent_events")),
    )
    with op.batch_alter_table("consent_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_events_account_id_ts"), ["account_id", "ts"], unique=False
        )

    op.create_table(
        "conversations",
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_activity_at", UTCDateTime(), nullable=False),
        sa.Column("incognito", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.account_id"],
            name=op.f("fk_conversations_account_id_accounts"),
        ),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_conversations")),
    )
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversations_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "exchanges",
        sa.Column("exchange_id", sa.String(length=128), nullable=False),
        sa.Column("ts", UTCDateTime(), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("api_key_id", sa.String(length=128), nullable=True),
        sa.Column("conversation_id", sa.String(length=128), nullable=True),
        sa.Column("surface", sa.String(length=8), nullable=False),
        sa.Column("model", sa.String(length=128), nullable=False),
        sa.Column("ip", sa.String(length=45), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("user_agent", sa.Text(), nullable=True),
        sa.Column("prompt", sa.Text(), nullable=True, comment="NULL once erased or purged"),
        sa.Column("system_prompt", sa.Text(), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("tool_count", sa.SmallInteger(), nullable=False),
        sa.Column("has_image", sa.Boolean(), nullable=False),
        sa.Column("status", sa.SmallInteger(), nullable=False),
        sa.Column("incognito", sa.Boolean(), nullable=False),
        sa.Column("safety_flagged", sa.Boolean(), nullable=False),
        sa.Column("feedback", sa.Boolean(), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("policy_version", sa.String(length=96), nullable=False),
        sa.Column("consent_basis", sa.String(length=16), nullable=True),
        sa.Column("retain_until", UTCDateTime(), nullable=True, comment="NULL: kept until deleted"),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "erased_at", UTCDateTime(), nullable=True, comment="content removed (erasure or purge)"
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.account_id"], name=op.f("fk_exchanges_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["policy_version"],
            ["policies.version"],
            name=op.f("fk_exchanges_policy_version_policies"),
        ),
        sa.PrimaryKeyConstraint("exchange_id", name=op.f("pk_exchanges")),
    )
    with op.batch_alter_table("exchanges", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchanges_account_id_ts"), ["account_id", "ts"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exchanges_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "legal_holds",
        sa.Column("hold_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("placed_at", UTCDateTime(), nullable=False),
        sa.Column("matter", sa.String(length=255), nullable=False),
        sa.Column("released_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.account_id"], name=op.f("fk_legal_holds_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("hold_id", name=op.f("pk_legal_holds")),
    )
    with op.batch_alter_table("legal_holds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_holds_account_id"), ["account_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("legal_holds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_holds_account_id"))

    op.drop_table("legal_holds")
    with op.batch_alter_table("exchanges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchanges_conversation_id"))
        batch_op.drop_index(batch_op.f("ix_exchanges_account_id_ts"))

    op.drop_table("exchanges")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_account_id"))

    op.drop_table("conversations")
    with op.batch_alter_table("consent_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_events_account_id_ts"))

    op.drop_table("consent_events")
    op.drop_table("policies")
    op.drop_table("audit_log")
    op.drop_table("accounts")
    with op.batch_alter_table("account_blocks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_blocks_account_id"))

    op.drop_table("account_blocks")
