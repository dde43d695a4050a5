"""Demo steps over the services built on the store: rights and retention, the gateway, and
the transparency report."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from consentry.demo.context import T0, Demo
from consentry.policy import load_policy
from consentry.store import audit, open_store, unit_of_work


def step_gateway(d: Demo) -> Demo:
    """Serve requests through the gateway: a key, a captured exchange with its decision, a
    stream and a tool call, an embeddings request, a rate limit, and a block that the gateway
    enforces; refusals are stored without their text."""
    import json
    import warnings

    with warnings.catch_warnings():  # newer Starlette asks for httpx2; httpx serves in-process
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from consentry.gateway import GatewayConfig, MemoryLimiter, RateLimit, create_app, create_key
    from consentry.store import blocks
    from consentry.store.exchanges import refusals_by_status

    engine = open_store(d.db_url)
    with unit_of_work(engine) as conn:
        key_id, key = create_key(conn, "ada")
    limiter = MemoryLimiter(RateLimit(6, 86_400))
    app = create_app(GatewayConfig(engine, load_policy("claude-consumer-2025"), limiter))
    client = TestClient(app)
    body = {
        "model": "demo-model",
        "temperature": 0.2,  # any OpenAI field is passed through to the model
        "messages": [
            {"role": "developer", "content": "Answer in one line."},
            {"role": "user", "content": "Explain Merkle trees."},
        ],
    }
    auth = {"Authorization": f"Bearer {key}"}
    chat = "/v1/chat/completions"
    first = client.post(chat, json=body, headers=auth)
    stream = client.post(chat, json={**body, "stream": True}, headers=auth)
    chunks = [x for x in stream.text.splitlines() if x.startswith("data: {")]
    tool = {"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}
    called = client.post(chat, json={**body, "tools": [tool]}, headers=auth).json()
    tool_name = called["choices"][0]["message"]["tool_calls"][0]["function"]["name"]
    emb = client.post("/v1/embeddings", json={"model": "e", "input": "a b"}, headers=auth).json()
    codes = [first.status_code] + [
        client.post(chat, json=body, headers=auth).status_code for _ in range(3)
    ]
    with unit_of_work(engine) as conn:
        blocks.block(conn, [blocks.Block("ada", "demo: block at the gateway")])
    blocked = client.post(chat, json=body, headers=auth).status_code
    app.state.gateway.writer.drain()
    with engine.connect() as conn:
        refused = refusals_by_status(conn, "ada")
    decision = first.json()["consentry"]
    tail = json.loads(chunks[-1][6:])["consentry"]
    d.console.print(
        d.heading("Gateway", ": `consentry gateway key create`, `gateway serve` (in process here)")
    )
    d.console.print(
        f"{key_id} (stored as its SHA-256): request captured, training "
        f"{'eligible' if decision['training_eligible'] else 'not eligible'} ({decision['reason']}); "
        f"a stream of {len(chunks)} chunks captured when it ended ({tail['reason']}); a tool call "
        f"to {tool_name!r}; embeddings recorded as {emb['consentry']['reason']}; "
        f"requests at 6/day -> {codes}; after `block add ada` -> {blocked}; "
        f"refusals stored without text by status: {refused}"
    )
    d.facts.update(gateway_codes=codes, gateway_blocked=blocked, gateway_refused=refused)
    return d


def step_report(d: Demo) -> Demo:
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
    return d


def step_rights(d: Demo) -> Demo:
    """Export a user's data, put another under legal hold, and purge what is past its time."""
    from consentry.rights.export import export_account
    from consentry.rights.retention import purge
    from consentry.store import holds
    from consentry.store.compact import reclaim

    policy = load_policy("claude-consumer-2025")
    later = datetime(2026, 6, 1, tzinfo=timezone.utc)
    engine = open_store(d.db_url)
    with unit_of_work(engine) as conn:
        doc = export_account(conn, "ben", policy)
        holds.place(conn, "gus", "demo: preserve API logs for a dispute")
        report = purge(conn, later)
    physical = reclaim(engine)  # erased bytes leave the files too (after the commit)
    with unit_of_work(engine) as conn:
        ok = audit.verify(conn).ok
    d.console.print(
        d.heading(
            "Rights and retention",
            ": `consentry rights export`, `hold place`, `retention purge`, `store compact`",
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
    d.console.print(
        f"bytes reclaimed from the store's files: {'yes' if physical.reclaimed else 'pending'} "
        f"({physical.method}, {physical.seconds:.2f} s; receipt {physical.audit_hash[:16]})"
    )
    return d
