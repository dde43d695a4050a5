"""`consentry serve` (pages, REST API and gateway in one process), privacy links, and operator
keys for the console."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c
from consentry.errors import ConsentryError

privacy_app = typer.Typer(help="The privacy center: sign-in links for users.", no_args_is_help=True)
operator_app = typer.Typer(
    help="Operator keys for the console (stored hashed; shown once).", no_args_is_help=True
)
GROUPS = ((privacy_app, "privacy"), (operator_app, "operator"))


def web_secret(given: str | None = None) -> bytes:
    """The key that signs links, sessions and forms: refuse to run without a real one."""
    if given:
        return given.encode()
    secret = c.settings().web_secret
    if secret is None:
        raise ConsentryError(
            "set CONSENTRY_WEB_SECRET to 32+ random characters (python -c 'import secrets; "
            "print(secrets.token_urlsafe(32))'); it signs privacy links and sessions."
        )
    return secret.get_secret_value().encode()


def require_web_extra() -> None:
    """The pages need Jinja2 and a form parser: say what to install instead of a traceback."""
    from importlib.util import find_spec

    if find_spec("jinja2") is None or (
        find_spec("python_multipart") is None and find_spec("multipart") is None
    ):
        raise ConsentryError("the pages need the web extra: pip install 'consentry[web]'.")


def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8080,
    db: c.DbOption = None,
    policy: c.PolicyOption = None,
    detections: Annotated[
        Path | None,
        typer.Option(help="Output folder of `consentry detect` whose campaigns the console shows."),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(help="Public address for privacy links (default: CONSENTRY_WEB_BASE_URL)."),
    ] = None,
    redis: Annotated[
        str | None, typer.Option("--redis", help="Redis URL for the gateway's shared rate limits.")
    ] = None,
    rate: Annotated[str | None, typer.Option(help="Gateway per-account limit, N/period.")] = None,
    upstream: Annotated[
        str | None, typer.Option(help="OpenAI-compatible model URL for the gateway.")
    ] = None,
    config: Annotated[
        str | None,
        typer.Option("--config", help="Gateway config file (upstreams by model); see gateway.md."),
    ] = None,
    auth_cache: Annotated[
        float,
        typer.Option(
            min=0,
            max=60,
            help="Seconds the gateway reuses a key's lookup and its block (0: every request).",
        ),
    ] = 1.0,
) -> None:
    """Serve the privacy center (/privacy), the operator console (/console), the REST API
    (/api/v1, described at /api/openapi.json) and the gateway (/v1/...)."""
    import uvicorn

    require_web_extra()
    from consentry.gateway.serve import ServeOptions, build
    from consentry.web.app import WebConfig, create_app
    from consentry.web.detections import load_run

    secret = web_secret()
    load_run(detections)  # a wrong folder fails now, in one line, not on the first page view
    s = c.settings()
    gw = build(
        ServeOptions(
            db=db or s.database_url,
            policy=policy or s.policy,
            rate=rate or s.rate_limit,
            redis=redis or s.redis_url,
            upstream=upstream or s.upstream_url,
            config=config,
            auth_cache_seconds=auth_cache,
            max_request_bytes=s.max_request_bytes,
        )
    )
    cfg = WebConfig(
        engine=gw.engine,
        policy=gw.policy,
        secret=secret,
        gateway=gw,
        detections=detections,
        base_url=(base_url or s.web_base_url).rstrip("/"),
        link_minutes=s.privacy_link_minutes,
        session_minutes=s.web_session_minutes,
    )
    limit = gw.limiter.limit
    c.err_console.print(
        f"consentry on http://{host}:{port}: /privacy, /console, /api/v1, /v1/... under "
        f"{gw.policy.version}; gateway {limit.requests}/{limit.seconds}s per account"
    )
    uvicorn.run(create_app(cfg), host=host, port=port, log_level="warning")


@privacy_app.command("link")
def privacy_link(
    account: Annotated[str, typer.Argument(help="Account id (must exist in the store).")],
    minutes: Annotated[
        int | None,
        typer.Option(
            min=1, max=7 * 24 * 60, help="Validity (default: CONSENTRY_PRIVACY_LINK_MINUTES)."
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(help="Address of `consentry serve` (default: CONSENTRY_WEB_BASE_URL)."),
    ] = None,
    db: c.DbOption = None,
) -> None:
    """Print a signed, expiring sign-in link to the privacy center for one account."""
    from consentry.web.actions import issue_link

    s = c.settings()
    link = issue_link(
        c.engine(db),
        web_secret(),
        base_url or s.web_base_url,
        account,
        minutes or s.privacy_link_minutes,
    )
    c.err_console.print(
        f"sign-in link for {account}, valid until {link.expires_at:%Y-%m-%d %H:%M} UTC:"
    )
    c.console.print(link.url, soft_wrap=True, highlight=False)


@operator_app.command("create")
def operator_create(
    name: Annotated[str, typer.Argument(help="Who holds the key; named in audit entries.")],
    role: Annotated[str, typer.Option(help="viewer, analyst or admin.")] = "viewer",
    db: c.DbOption = None,
) -> None:
    """Create an operator key for the console and the API; printed once, stored only as its hash."""
    from consentry.store import unit_of_work
    from consentry.store.operators import create_operator

    with unit_of_work(c.engine(db)) as conn:
        op, key = create_operator(conn, name, role)
    c.err_console.print(f"created {op.key_id} for {name} ({role}); the key is shown once:")
    c.console.print(key)


@operator_app.command("list")
def operator_list(db: c.DbOption = None) -> None:
    """List operator keys (ids, names, roles; the keys themselves are not stored)."""
    from consentry.store import unit_of_work
    from consentry.store.operators import list_operators

    with unit_of_work(c.engine(db)) as conn:
        rows = list_operators(conn)
    table = Table("key", "name", "role", "created", "revoked")
    for r in rows:
        table.add_row(
            r["key_id"],
            r["name"],
            r["role"],
            r["created_at"].isoformat(timespec="seconds"),
            r["revoked_at"].isoformat(timespec="seconds") if r["revoked_at"] else "",
        )
    c.console.print(table)


@operator_app.command("revoke")
def operator_revoke(
    key_id: Annotated[str, typer.Argument(help="Operator key id (op_...).")],
    db: c.DbOption = None,
) -> None:
    """Revoke an operator key: its sessions stop working at the next request."""
    from consentry.store import unit_of_work
    from consentry.store.operators import revoke

    with unit_of_work(c.engine(db)) as conn:
        revoke(conn, key_id)
    c.console.print(f"revoked {key_id}.")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
    for sub, name in GROUPS:
        app.add_typer(sub, name=name)
