"""`consentry demo --serve`: after the demo, serve its populated store with the privacy center
and the console, and print how to get in (a sign-in link, and one operator key per role)."""

from __future__ import annotations

import secrets
import sys
from typing import Any

from rich.console import Console

from consentry.config import get_settings
from consentry.gateway.serve import ServeOptions, build
from consentry.policy import load_policy
from consentry.store import unit_of_work
from consentry.store.operators import ROLES, create_operator
from consentry.web.actions import issue_link
from consentry.web.app import WebConfig, create_app

DEMO_USER = "ben"  # accepted the pre-set toggle; his chats are in two training-set versions
LINK_MINUTES = 60


def serve_demo(demo: Any, console: Console, port: int, host: str = "127.0.0.1") -> None:
    """Print the links and serve until interrupted."""
    import uvicorn

    configured = get_settings().web_secret
    # The demo signs with a key of its own when none is configured: its links die with it.
    secret = configured.get_secret_value().encode() if configured else secrets.token_bytes(32)
    policy = load_policy("claude-consumer-2025")
    gateway = build(ServeOptions(db=demo.db_url, policy=policy.name, rate="120/minute"))
    engine = gateway.engine
    base = f"http://{host}:{port}"
    keys = {}
    with unit_of_work(engine) as conn:
        for role in ROLES:
            _, keys[role] = create_operator(conn, f"demo-{role}", role)
    link = issue_link(engine, secret, base, DEMO_USER, LINK_MINUTES)
    cfg = WebConfig(
        engine=engine,
        policy=policy,
        secret=secret,
        gateway=gateway,
        detections=demo.out / "detection",
        base_url=base,
        link_minutes=LINK_MINUTES,
    )
    console.print(demo.heading("Pages", ": `consentry serve` on the demo's store (Ctrl-C stops)"))
    console.print(f"privacy center, signed in as {DEMO_USER} (link valid {LINK_MINUTES} min):")
    console.print(f"  {link.url}", soft_wrap=True, highlight=False)
    console.print(f"operator console: {base}/console/signin with one of these keys:")
    for role in ROLES:
        console.print(f"  {role:8} {keys[role]}", soft_wrap=True, highlight=False)
    console.print(f"REST API: {base}/api/openapi.json; gateway: {base}/v1/chat/completions")
    sys.stdout.flush()
    uvicorn.run(create_app(cfg), host=host, port=port, log_level="warning")
