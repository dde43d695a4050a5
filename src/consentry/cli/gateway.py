"""Gateway commands: serve the API, and manage the keys it accepts."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c

gateway_app = typer.Typer(
    help="The API gateway: keys, blocks and rate limits in front of the model.",
    no_args_is_help=True,
)
key_app = typer.Typer(help="API keys (stored hashed; shown once).", no_args_is_help=True)
gateway_app.add_typer(key_app, name="key")
GROUPS = ((gateway_app, "gateway"),)


@gateway_app.command("serve")
def gateway_serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8080,
    db: c.DbOption = None,
    policy: c.PolicyOption = None,
    redis: Annotated[
        str | None,
        typer.Option(
            "--redis", help="Redis URL for shared rate limits (default: CONSENTRY_REDIS_URL)."
        ),
    ] = None,
    rate: Annotated[
        str | None,
        typer.Option(help="Per-account limit, N/period (default: CONSENTRY_RATE_LIMIT)."),
    ] = None,
    upstream: Annotated[
        str | None,
        typer.Option(
            help="OpenAI-compatible model URL (default: CONSENTRY_UPSTREAM_URL, else echo)."
        ),
    ] = None,
) -> None:
    """Serve POST /v1/chat/completions: refuse unknown keys and blocked accounts, rate-limit,
    call the model, and capture each exchange with the decision in force."""
    import uvicorn

    from consentry.gateway.app import create_app

    cfg, note = gateway_config(db, policy, redis, rate, upstream)
    c.err_console.print(f"gateway on http://{host}:{port} under {cfg.policy.version}; {note}")
    uvicorn.run(create_app(cfg), host=host, port=port, log_level="warning")


def gateway_config(
    db: str | None,
    policy: str | None,
    redis: str | None,
    rate: str | None,
    upstream: str | None,
):  # noqa: ANN201 - (GatewayConfig, a one-line description of its limits)
    """The gateway's configuration from options and settings (shared with `consentry serve`)."""
    from consentry.gateway.app import GatewayConfig, echo_model, http_model
    from consentry.gateway.limits import MemoryLimiter, RateLimit, RedisLimiter

    s = c.settings()
    limit = RateLimit.parse(rate or s.rate_limit)
    redis_url = redis or s.redis_url
    limiter = RedisLimiter(redis_url, limit) if redis_url else MemoryLimiter(limit)
    model_url = upstream or s.upstream_url
    cfg = GatewayConfig(
        engine=c.engine(db),
        policy=c.policy(policy),
        limiter=limiter,
        model=http_model(model_url) if model_url else echo_model,
        max_request_bytes=s.max_request_bytes,
    )
    shared = "shared through Redis" if redis_url else "in process"
    return cfg, f"{limit.requests}/{limit.seconds}s per account, {shared}"


@key_app.command("create")
def key_create(
    account: Annotated[str, typer.Argument(help="Account id (must exist in the store).")],
    db: c.DbOption = None,
) -> None:
    """Create an API key for an account; it is printed once and stored only as its hash."""
    from consentry.gateway.keys import create_key
    from consentry.store import unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        key_id, key = create_key(conn, account)
    c.err_console.print(f"created {key_id} for {account}; the key is shown once:")
    c.console.print(key)


@key_app.command("revoke")
def key_revoke(
    key_id: Annotated[str, typer.Argument(help="Key id (key_...).")],
    reason: Annotated[str, typer.Option(help="Why (kept in the store and the audit log).")],
    db: c.DbOption = None,
) -> None:
    """Revoke a key: the gateway refuses it from the next request."""
    from consentry.gateway.keys import revoke_key
    from consentry.store import unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        revoke_key(conn, key_id, reason)
    c.console.print(f"revoked {key_id}.")


@key_app.command("list")
def key_list(
    account: Annotated[str | None, typer.Option(help="Only this account's keys.")] = None,
    db: c.DbOption = None,
) -> None:
    """List keys (ids and state; the keys themselves are not stored)."""
    from consentry.gateway.keys import list_keys
    from consentry.store import unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        rows = list_keys(conn, account)
    table = Table("key", "account", "created", "revoked")
    for r in rows:
        table.add_row(
            r["key_id"],
            r["account_id"],
            r["created_at"].isoformat(timespec="seconds"),
            r["revoked_at"].isoformat(timespec="seconds") if r["revoked_at"] else "",
        )
    c.console.print(table)


def register(app: typer.Typer) -> None:
    for sub, name in GROUPS:
        app.add_typer(sub, name=name)
