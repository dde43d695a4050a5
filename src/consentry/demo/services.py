"""Demo steps over the services built on the store: rights and retention, the gateway, and
the transparency report."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from consentry.demo.context import T0, Demo
from consentry.policy import load_policy
from consentry.store import audit, open_store, unit_of_work


def step_gateway(d: Demo) -> None:
    """Serve requests through the gateway: a key, a captured exchange with its decision, a rate
    limit, and a block that the gateway enforces."""
    from fastapi.testclient import TestClient

    from consentry.gateway import GatewayConfig, MemoryLimiter, RateLimit, create_app, create_key
    from consentry.store import blocks

    engine = open_store(d.db_url)
    with unit_of_work(engine) as conn:
        key_id, key = create_key(conn, "ada")
    limiter = MemoryLimiter(RateLimit(3, 86_400))
    client = TestClient(
        create_app(GatewayConfig(engine, load_policy("claude-consumer-2025"), limiter))
    )
    body = {
        "model": "demo-model",
        "messages": [{"role": "user", "content": "Explain Merkle trees."}],
    }
    auth = {"Authorization": f"Bearer {key}"}
    first = client.post("/v1/chat/completions", json=body, headers=auth)
    codes = [first.status_code] + [
        client.post("/v1/chat/completions", json=body, headers=auth).status_code for _ in range(3)
    ]
    with unit_of_work(engine) as conn:
        blocks.block(conn, [blocks.Block("ada", "demo: block at the gateway")])
    blocked = client.post("/v1/chat/completions", json=body, headers=auth).status_code
    decision = first.json()["consentry"]
    d.console.print(
        d.heading("Gateway", ": `consentry gateway key create`, `gateway serve` (in process here)")
    )
    d.console.print(
        f"{key_id} (stored as its SHA-256): request captured, training "
        f"{'eligible' if decision['training_eligible'] else 'not eligible'} ({decision['reason']}); "
        f"4 requests at 3/day -> {codes}; after `block add ada` -> {blocked}"
    )
    d.facts.update(gateway_codes=codes, gateway_blocked=blocked)


def step_report(d: Demo) -> None:
    """Publish a transparency report of everything the demo did: counts, a chart, the audit head."""
    from consentry.report import transparency_report, write_report

    with unit_of_work(open_store(d.db_url)) as conn:
        r = transparency_report(conn, T0 - timedelta(days=3650), datetime.now(timezone.utc))
    files = write_report(r, d.out / "transparency")
    d.console.print(d.heading("Transparency report", ": `consentry report transparency`"))
    d.console.print(
        f"{r.exchanges_captured:,} exchanges, {r.exchanges_eligible:,} trainable; "
        f"{sum(n for by in r.consent_choices.values() for n in by.values()):,} choices recorded; "
        f"{r.erasure_requests} erasure request(s), {r.exchanges_purged_by_retention:,} purged; "
        f"{r.datasets_built} training sets; {r.accounts_blocked_now} blocked -> "
        + ", ".join(p.name for p in files.values())
    )
    d.facts["report"] = r


def step_rights(d: Demo) -> None:
    """Export a user's data, put another under legal hold, and purge what is past its time."""
    from consentry.rights.export import export_account
    from consentry.rights.retention import purge
    from consentry.store import holds

    policy = load_policy("claude-consumer-2025")
    later = datetime(2026, 6, 1, tzinfo=timezone.utc)
    with unit_of_work(open_store(d.db_url)) as conn:
        doc = export_account(conn, "ben", policy)
        holds.place(conn, "gus", "demo: preserve API logs for a dispute")
        report = purge(conn, later)
        ok = audit.verify(conn).ok
    d.console.print(
        d.heading(
            "Rights and retention", ": `consentry rights export`, `hold place`, `retention purge`"
        )
    )
    d.console.print(
        f"ben's export: {len(doc['consent_history'])} consent event(s), {len(doc['exchanges'])} exchange(s), "
        f"used in {len(doc['datasets_that_used_your_data'])} dataset version(s)"
    )
    d.console.print(
        f"purge as of {later.date()}: {report.purged:,} exchanges past their time removed "
        f"({report.by_deadline:,} by deadline, {report.by_later_event:,} brought forward), "
        f"{report.held:,} kept under legal hold; audit chain {'intact' if ok else 'BROKEN'}"
    )
