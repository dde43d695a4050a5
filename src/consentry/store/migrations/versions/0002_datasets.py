"""datasets: builds, their records, removals on rebuild, pseudonym keys

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from consentry.store.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "datasets",
        sa.Column("dataset_id", sa.String(length=64), nullable=False),
        sa.Column(
            "lineage_id", sa.String(length=64), nullable=False, comment="dataset_id of version 1"
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "supersedes",
            sa.String(length=64),
            nullable=True,
            comment="the version this one replaces",
        ),
        sa.Column("superseded_by", sa.String(length=64), nullable=True),
        sa.Column("superseded_at", UTCDateTime(), nullable=True),
        sa.Column("built_at", UTCDateTime(), nullable=False),
        sa.Column("policy_version", sa.String(length=96), nullable=False),
        sa.Column(
            "policy_ref",
            sa.String(length=255),
            nullable=False,
            comment="preset name or policy file given",
        ),
        sa.Column(
            "filters", sa.Text(), nullable=False, comment="canonical JSON of the build filters"
        ),
        sa.Column("out_dir", sa.Text(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("merkle_root", sa.String(length=64), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("dataset_id", name=op.f("pk_datasets")),
    )
    with op.batch_alter_table("datasets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_datasets_lineage_id"), ["lineage_id"], unique=False)

    op.create_table(
        "dataset_records",
        sa.Column("dataset_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("exchange_id", sa.String(length=128), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("record_sha256", sa.String(length=64), nullable=False),
        sa.Column("consent_basis", sa.String(length=16), nullable=True),
        sa.Column("policy_version", sa.String(length=96), nullable=False),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["datasets.dataset_id"],
            name=op.f("fk_dataset_records_dataset_id_datasets"),
        ),
        sa.PrimaryKeyConstraint("dataset_id", "position", name=op.f("pk_dataset_records")),
    )
    with op.batch_alter_table("dataset_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dataset_records_exchange_id"), ["exchange_id"], unique=False
        )

    op.create_table(
        "dataset_removals",
        sa.Column("removal_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "dataset_id",
            sa.String(length=64),
            nullable=False,
            comment="the superseded version that held the records",
        ),
        sa.Column("next_dataset_id", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False, comment="a user to tell"),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["datasets.dataset_id"],
            name=op.f("fk_dataset_removals_dataset_id_datasets"),
        ),
        sa.ForeignKeyConstraint(
            ["next_dataset_id"],
            ["datasets.dataset_id"],
            name=op.f("fk_dataset_removals_next_dataset_id_datasets"),
        ),
        sa.PrimaryKeyConstraint("removal_id", name=op.f("pk_dataset_removals")),
    )
    with op.batch_alter_table("dataset_removals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dataset_removals_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "pseudonym_keys",
        sa.Column("key_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "secret", sa.String(length=64), nullable=False, comment="hex key for account pseudonyms"
        ),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_pseudonym_keys")),
    )


def downgrade() -> None:
    op.drop_table("pseudonym_keys")
    op.drop_table("dataset_removals")
    op.drop_table("dataset_records")
    op.drop_table("datasets")
