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
    detect_memory: str = Field(
        "3GB",
        pattern=r"^\d+(\.\d+)?\s*(MB|GB|MiB|GiB)$",
        description="Memory DuckDB may hold during `consentry detect` (e.g. 3GB); larger "
        "group-bys and sorts spill to a temporary folder beyond it.",
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

    web_secret: SecretStr | None = Field(
        None,
        description="Key (32+ random characters) that signs privacy-center links, sessions and "
        "form tokens; `consentry serve` and `consentry privacy link` refuse to run without one.",
    )
    web_base_url: str = Field(
        "http://127.0.0.1:8080",
        description="Public address of `consentry serve`, used in the privacy links it issues; "
        "an https:// address also marks its cookies Secure.",
    )
    privacy_link_minutes: int = Field(
        15, ge=1, le=7 * 24 * 60, description="How long a privacy-center sign-in link stays valid."
    )
    web_session_minutes: int = Field(
        120,
        ge=5,
        le=7 * 24 * 60,
        description="How long a privacy-center or console session lasts after sign-in.",
    )

    @field_validator("web_secret")
    @classmethod
    def _real_secret(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None:
            return v
        text = v.get_secret_value()
        if len(text) < 32 or len(set(text)) < 8 or "change" in text.lower():
            raise ValueError(
                "use 32 or more random characters, not a placeholder, e.g. "
                "python -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        return v

    @field_validator("web_base_url")
    @classmethod
    def _web_url(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("use an http:// or https:// address, e.g. https://privacy.example.com")
        return v.rstrip("/")

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
