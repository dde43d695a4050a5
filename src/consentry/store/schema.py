"""The governance store's tables (SQLAlchemy Core), training-set lineage included. Alembic
migrations create them; a test checks that the migrations and this module agree."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeDecorator

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def utc(ts: datetime) -> datetime:
    """Aware UTC; a naive time is taken as UTC (the store keeps every time in UTC)."""
    return ts.replace(tzinfo=timezone.utc) if ts.tzinfo is None else ts.astimezone(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (portable across SQLite and PostgreSQL), returned as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


ID = String(128)

policies = Table(
    "policies",
    metadata,
    Column("version", String(96), primary_key=True, comment="name@sha256[:12]"),
    Column("name", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("body", Text, nullable=False, comment="canonical JSON of the validated policy"),
    Column("first_used_at", UTCDateTime, nullable=False),
)

accounts = Table(
    "accounts",
    metadata,
    Column("account_id", ID, primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("tier", String(16), nullable=False),
    Column("signup_channel", String(32), nullable=False),
    Column("payment_fingerprint", String(128)),
    Column("email_domain", String(255)),
    Column("declared_country", String(2)),
    Column("org_id", ID),
)

consent_events = Table(
    "consent_events",
    metadata,
    Column("event_id", Integer, primary_key=True, autoincrement=True),
    Column("account_id", ID, ForeignKey("accounts.account_id"), nullable=False),
    Column("ts", UTCDateTime, nullable=False, comment="when the choice took effect"),
    Column("choice", String(8), nullable=False),
    Column("basis", String(16), nullable=False),
    Column("source", String(16)),
    Column("policy_version", String(96), comment="policy in force when it was recorded"),
    Column("recorded_at", UTCDateTime, nullable=False),
    Index(None, "account_id", "ts"),
)

conversations = Table(
    "conversations",
    metadata,
    Column("conversation_id", ID, primary_key=True),
    Column("account_id", ID, ForeignKey("accounts.account_id"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_activity_at", UTCDateTime, nullable=False),
    Column("incognito", Boolean, nullable=False, default=False),
    Column("deleted_at", UTCDateTime),
    Index(None, "account_id"),
)

exchanges = Table(
    "exchanges",
    metadata,
    Column("exchange_id", ID, primary_key=True),
    Column("ts", UTCDateTime, nullable=False),
    Column("account_id", ID, ForeignKey("accounts.account_id"), nullable=False),
    Column("api_key_id", ID),
    Column("conversation_id", ID),
    Column("surface", String(8), nullable=False),
    Column("model", String(128), nullable=False),
    Column("ip", String(45), nullable=False),
    Column("country", String(2)),
    Column("user_agent", Text),
    Column("prompt", Text, comment="NULL once erased or purged"),
    Column("system_prompt", Text),
    Column("response", Text),
    Column("input_tokens", Integer, nullable=False),
    Column("output_tokens", Integer, nullable=False),
    Column("tool_count", SmallInteger, nullable=False),
    Column("has_image", Boolean, nullable=False),
    Column("status", SmallInteger, nullable=False),
    Column("incognito", Boolean, nullable=False),
    Column("tier", String(16), comment="the account's tier at capture; it governs this exchange"),
    Column("safety_flagged", Boolean, nullable=False),
    Column("feedback", Boolean, nullable=False),
    # The decision captured with the exchange (immutable).
    Column("eligible", Boolean, nullable=False),
    Column("reason", String(40), nullable=False),
    Column("policy_version", String(96), ForeignKey("policies.version"), nullable=False),
    Column("consent_basis", String(16)),
    Column("retain_until", UTCDateTime, comment="NULL: kept until deleted"),
    Column(
        "content_sha256",
        String(64),
        comment="HMAC-SHA256 of the content under the store's content key; NULL once erased",
    ),
    Column("erased_at", UTCDateTime, comment="content removed (erasure or purge)"),
    Column("captured_at", UTCDateTime, comment="when the store decided it (NULL before 0004)"),
    Index(None, "account_id", "ts"),
    Index(None, "conversation_id"),
    # The retention purge starts its candidates from these (rights/retention.py).
    Index(None, "retain_until", "exchange_id"),  # covering: the ids come from the index alone
    Index(None, "account_id", "captured_at"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", UTCDateTime, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("subject", String(160), nullable=False),
    Column("detail", Text, nullable=False, comment="canonical JSON: ids, hashes and counts only"),
    Column("prev_hash", String(64), nullable=False, unique=True),
    Column("hash", String(64), nullable=False, unique=True),
)

account_blocks = Table(
    "account_blocks",
    metadata,
    Column("block_id", Integer, primary_key=True, autoincrement=True),
    Column("account_id", ID, nullable=False, comment="may name an account not yet in the store"),
    Column("blocked_at", UTCDateTime, nullable=False),
    Column("source", String(16), nullable=False, comment="operator | detector"),
    Column("reason", String(255), nullable=False),
    Column("campaign_id", String(64)),
    Column("lifted_at", UTCDateTime),
    Column("lifted_reason", String(255)),
    Index(None, "account_id"),
)

legal_holds = Table(
    "legal_holds",
    metadata,
    Column("hold_id", Integer, primary_key=True, autoincrement=True),
    Column("account_id", ID, ForeignKey("accounts.account_id"), nullable=False),
    Column("placed_at", UTCDateTime, nullable=False),
    Column("matter", String(255), nullable=False),
    Column("released_at", UTCDateTime),
    Index(None, "account_id"),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("key_id", String(32), primary_key=True, comment="public handle, safe to log"),
    Column("account_id", ID, ForeignKey("accounts.account_id"), nullable=False),
    Column(
        "key_sha256",
        String(64),
        nullable=False,
        unique=True,
        comment="the key itself is never stored",
    ),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    Column("revoked_reason", String(255)),
    Index(None, "account_id"),
)

# Training sets: what each build contained, under which policy, and its lineage.

datasets = Table(
    "datasets",
    metadata,
    Column("dataset_id", String(64), primary_key=True),
    Column("lineage_id", String(64), nullable=False, comment="dataset_id of version 1"),
    Column("version", Integer, nullable=False),
    Column("supersedes", String(64), comment="the version this one replaces"),
    Column("superseded_by", String(64)),
    Column("superseded_at", UTCDateTime),
    Column("built_at", UTCDateTime, nullable=False),
    Column("policy_version", String(96), nullable=False),
    Column("policy_ref", String(255), nullable=False, comment="preset name or policy file given"),
    Column("filters", Text, nullable=False, comment="canonical JSON of the build filters"),
    Column("out_dir", Text, nullable=False),
    Column("records", Integer, nullable=False),
    Column("merkle_root", String(64), nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Index(None, "lineage_id"),
)

dataset_records = Table(
    "dataset_records",
    metadata,
    Column("dataset_id", String(64), ForeignKey("datasets.dataset_id"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("exchange_id", ID, nullable=False),
    Column("account_id", ID, nullable=False),
    Column("record_sha256", String(64), nullable=False),
    Column("consent_basis", String(16)),
    Column("policy_version", String(96), nullable=False),
    Index(None, "exchange_id"),  # which datasets used an exchange (and, through it, an account)
)

dataset_removals = Table(
    "dataset_removals",
    metadata,
    Column("removal_id", Integer, primary_key=True, autoincrement=True),
    Column(
        "dataset_id",
        String(64),
        ForeignKey("datasets.dataset_id"),
        nullable=False,
        comment="the superseded version that held the records",
    ),
    Column("next_dataset_id", String(64), ForeignKey("datasets.dataset_id"), nullable=False),
    Column("account_id", ID, nullable=False, comment="a user to tell"),
    Column("reason", String(40), nullable=False),
    Column("records", Integer, nullable=False),
    Column("recorded_at", UTCDateTime, nullable=False),
    Index(None, "account_id"),
)

pseudonym_keys = Table(
    "pseudonym_keys",
    metadata,
    Column("key_id", Integer, primary_key=True, autoincrement=True),
    Column("secret", String(64), nullable=False, comment="hex key for account pseudonyms"),
    Column("created_at", UTCDateTime, nullable=False),
)

# The console's operator credentials (consentry.store.operators): hashed, with a role.
operator_keys = Table(
    "operator_keys",
    metadata,
    Column("key_id", String(32), primary_key=True, comment="public handle, safe to log"),
    Column("name", String(64), nullable=False, comment="who holds it; named in audit entries"),
    Column("role", String(16), nullable=False, comment="viewer | analyst | admin"),
    Column(
        "key_sha256", String(64), nullable=False, unique=True, comment="the key is never stored"
    ),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
)

store_secrets = Table(
    "store_secrets",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("secret", String(128), nullable=False, comment="hex; overwritten on rotation"),
    Column("key_id", String(16), nullable=False, comment="public id of the secret, safe to log"),
    Column("created_at", UTCDateTime, nullable=False),
)

countermeasures = Table(
    "countermeasures",
    metadata,
    Column("account_id", ID, primary_key=True, comment="may name an account not yet in the store"),
    Column("rung", String(16), nullable=False, comment="watch | throttle | degrade | mark | block"),
    Column("reason", String(255), nullable=False),
    Column("score", Float, comment="the detector's calibrated probability, if it set the rung"),
    Column("campaign_id", String(64)),
    Column("source", String(16), nullable=False, comment="detector | operator"),
    Column("actor", String(96), nullable=False, comment="who set it, as the audit log names them"),
    Column("set_at", UTCDateTime, nullable=False),
    Index(None, "rung"),
)

mark_keys = Table(
    "mark_keys",
    metadata,
    Column("subject", String(160), primary_key=True, comment="campaign:ID or account:ID"),
    Column("secret", String(128), nullable=False, comment="hex; never in an answer, log or audit"),
    Column("key_id", String(16), nullable=False, comment="public id of the key, safe to log"),
    Column("created_at", UTCDateTime, nullable=False),
)
