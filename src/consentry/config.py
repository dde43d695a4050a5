"""Typed settings, read once from the environment (CONSENTRY_*) and the command line."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting consentry reads. docs/configuration.md documents each one (a test checks)."""

    model_config = SettingsConfigDict(env_prefix="CONSENTRY_", extra="forbid")

    database_url: str = Field(
        "sqlite:///consentry.db",
        description="SQLAlchemy URL of the governance store: a SQLite file by default, "
        "postgresql+psycopg://user@host/db in production.",
    )
    policy: str = Field(
        "claude-consumer-2025",
        description="Active policy: a preset name (see `consentry policy list`) or a YAML file path.",
    )
    ingest_batch_rows: int = Field(
        50_000,
        ge=1_000,
        le=1_000_000,
        description="Rows per batch when ingesting exchange logs; bounds memory during ingest.",
    )
    dataset_workers: int | None = Field(
        None,
        ge=1,
        le=64,
        description="Worker processes that redact and fingerprint records in `consentry dataset "
        "build|rebuild` (the --workers default); unset: one per core, at most 2.",
    )
    detect_threads: int | None = Field(
        None,
        ge=1,
        le=256,
        description="Threads DuckDB uses for `consentry detect`; unset: DuckDB's default "
        "(every core).",
    )
    spark_master: str = Field(
        "local[2]",
        description="Spark master URL used by `consentry detect --backend spark`.",
    )

    redis_url: str | None = Field(
        None,
        description="Redis URL (redis://host:6379/0) for rate limits shared by every gateway "
        "instance; unset: each instance counts in process.",
    )
    rate_limit: str = Field(
        "120/minute",
        description="Per-account request limit at the gateway, as N/second|minute|hour|day.",
    )
    upstream_url: str | None = Field(
        None,
        description="Base URL of the OpenAI-compatible model the gateway forwards to; unset: a "
        "built-in echo model (demo and tests).",
    )
    max_request_bytes: int = Field(
        1_048_576,
        ge=1_024,
        le=64 * 1_048_576,
        description="Largest request body the gateway accepts (bytes); larger ones get 413.",
    )

    content_hash_key: SecretStr | None = Field(
        None,
        min_length=32,
        description="Secret (32+ characters) that keys the HMAC of stored content hashes, so a "
        "guessed message cannot be confirmed from a copy of the store; unset: a random secret "
        "kept in the store (`consentry store rotate-key` replaces it).",
    )
    reclaim_wait_seconds: float = Field(
        10.0,
        ge=0,
        le=600,
        description="How long an erasure or purge waits for readers that pin old pages (SQLite) "
        "or hold the table (PostgreSQL) before reporting the reclaim as pending.",
    )

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, v: str) -> str:
        if not v.startswith(("sqlite", "postgresql")):
            raise ValueError("use a sqlite:/// or postgresql+psycopg:// URL")
        return v


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
