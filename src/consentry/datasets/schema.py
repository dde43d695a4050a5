"""Tables for training sets: what each build contained, under which policy, and its lineage.

They share the store's `metadata`, so migration 0002 and these objects are checked together.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text

from consentry.store.schema import ID, UTCDateTime, metadata

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
