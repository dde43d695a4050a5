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
            help="OpenAI-compatible model URL for every model, with or without /v1 "
            "(default: CONSENTRY_UPSTREAM_URL, else the built-in echo model)."
        ),
    ] = None,
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            help="Gateway config file (YAML/JSON): upstreams routed by model name, each with "
            "its key, timeout and retries; CORS origins. Overrides --upstream.",
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes (each has its own writer).")
    ] = 1,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option("--cors-origin", help="Browser origin allowed to call the API (repeat)."),
    ] = None,
    auth_cache: Annotated[
        float,
        typer.Option(
            min=0,
            max=60,
            help="Seconds a key's lookup (and its account's block) is reused; revocations and "
            "blocks take effect within this time. 0: read the store on every request.",
        ),
    ] = 1.0,
) -> None:
    """Serve the OpenAI-compatible API (chat completions, streaming, embeddings, models):
    refuse unknown keys and blocked accounts, rate-limit, call the model, and capture each
    exchange with the decision in force."""
    from consentry.gateway.serve import ServeOptions, build, run

    s = c.settings()
    opts = ServeOptions(
        db=db or s.database_url,
        policy=policy or s.policy,
        rate=rate or s.rate_limit,
        redis=redis or s.redis_url,
        upstream=upstream or s.upstream_url,
        config=config,
        cors_origins=cors_origin or [],
        auth_cache_seconds=auth_cache,
        max_request_bytes=s.max_request_bytes,
    )
    cfg = build(opts)  # fail fast, with one line, before any worker starts
    cfg.engine.dispose()
    limit = cfg.limiter.limit
    shared = "shared through Redis" if opts.redis else "in process"
    models = ", ".join(f"{u.cfg.name} ({' '.join(u.cfg.models)})" for u in cfg.router.upstreams)
    c.err_console.print(
        f"gateway on http://{host}:{port} under {cfg.policy.version}, {workers} worker(s); "
        f"{limit.requests}/{limit.seconds}s per account, {shared}; upstreams: {models}"
    )
    run(opts, host, port, workers)


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
