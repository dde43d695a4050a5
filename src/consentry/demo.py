"""`consentry demo`: every capability end to end on the embedded default, in one run.

Each step is a function of (context); DEMO_STEPS lists them in order, so the demo reads as the
product's data flow.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from consentry.policy import (
    Account,
    ConsentEvent,
    Conversation,
    evaluate,
    explain,
    load_policy,
    preset_names,
)
from consentry.store import audit, ledger, open_store, unit_of_work

T0 = datetime(2025, 9, 1, tzinfo=timezone.utc)


@dataclass
class Demo:
    out: Path
    console: Console
    db_url: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    shown: int = 0  # steps shown so far, for their numbers

    def heading(self, title: str, rest: str) -> str:
        """'N. Title: rest', numbered in the order the steps run."""
        self.shown += 1
        lead = "\n" if self.shown > 1 else ""
        return f"{lead}[bold]{self.shown}. {title}[/bold]{rest}"


# A small cast whose situations exercise the policies' rules.
CAST: tuple[tuple[str, str, str, list[tuple[int, str, str]]], ...] = (
    # account, tier, who they are, consent events as (day offset from T0, choice, basis)
    ("ada", "pro", "allowed training explicitly at sign-up", [(0, "allow", "explicit")]),
    ("ben", "free", "accepted the pre-set toggle", [(20, "allow", "preset_accepted")]),
    ("cai", "max", "never answered the prompt", []),
    (
        "dee",
        "free",
        "said no, then changed her mind",
        [(5, "deny", "explicit"), (60, "allow", "explicit")],
    ),
    ("eli", "pro", "allowed, then withdrew", [(3, "allow", "explicit"), (50, "deny", "explicit")]),
    ("fin", "team", "uses a business workspace", [(1, "allow", "explicit")]),
    ("gus", "api", "calls the API from a product", []),
)


def step_store(d: Demo) -> None:
    """Create a fresh embedded store and load the cast with their consent histories."""
    if d.out.exists():
        shutil.rmtree(d.out)
    d.out.mkdir(parents=True)
    d.db_url = f"sqlite:///{d.out / 'consentry.db'}"
    engine = open_store(d.db_url)
    with unit_of_work(engine) as conn:
        ledger.upsert_accounts(
            conn,
            [
                {
                    "account_id": a,
                    "created_at": T0 - timedelta(days=200),
                    "tier": tier,
                    "signup_channel": "api_console" if tier == "api" else "web",
                    "payment_fingerprint": None,
                    "email_domain": "example.org",
                    "declared_country": "GB",
                    "org_id": "acme" if tier == "team" else None,
                }
                for a, tier, _, _ in CAST
            ],
        )
        ledger.record_consents(
            conn,
            [
                {
                    "account_id": a,
                    "ts": T0 + timedelta(days=day),
                    "choice": c,
                    "basis": b,
                    "source": "settings",
                }
                for a, _, _, events in CAST
                for day, c, b in events
            ],
        )
    d.console.print(
        d.heading("Store", f" {d.db_url}: {len(CAST)} accounts with their consent histories")
    )


def step_policies(d: Demo) -> None:
    """Show what each preset decides for each account, with reasons."""
    at = T0 + timedelta(days=70)
    d.console.print(
        d.heading("Policies", f": the decision for a new chat on {at.date()} under each preset")
    )
    with unit_of_work(open_store(d.db_url)) as conn:
        histories = {a: ledger.consent_history(conn, a) for a, *_ in CAST}
    table = Table("account", "tier", "situation", *preset_names())
    for a, tier, who, _ in CAST:
        cells = []
        for name in preset_names():
            dec = evaluate(load_policy(name), Account(a, tier), histories[a], at)
            mark = "[green]train[/green]" if dec.eligible else "[red]no[/red]"
            cells.append(f"{mark} {dec.reason}")
        table.add_row(a, tier, who, *cells)
    d.console.print(table)


def step_time(d: Demo) -> None:
    """Consent is asymmetric in time: a chat from day 10, seen from day 70."""
    policy = load_policy("claude-consumer-2025")
    with unit_of_work(open_store(d.db_url)) as conn:
        dee, eli = ledger.consent_history(conn, "dee"), ledger.consent_history(conn, "eli")
    day10, day70 = T0 + timedelta(days=10), T0 + timedelta(days=70)
    cases = (
        ("dee, dormant chat", Account("dee", "free"), dee, Conversation(last_activity=day10)),
        (
            "dee, chat resumed on day 65",
            Account("dee", "free"),
            dee,
            Conversation(last_activity=day70 - timedelta(days=5)),
        ),
        (
            "eli, chat from before withdrawing",
            Account("eli", "pro"),
            eli,
            Conversation(last_activity=day10),
        ),
    )
    d.console.print(
        d.heading(
            "Time",
            f": a chat from {day10.date()} as a dataset build on {day70.date()} sees it ({policy.name})",
        )
    )
    table = Table("case", "captured as", "seen at build as")
    for label, acc, hist, conv in cases:
        cap = evaluate(policy, acc, hist, day10, conversation=conv)
        later = evaluate(policy, acc, hist, day10, conversation=conv, as_of=day70)
        table.add_row(label, cap.reason, f"{later.reason}: {explain(policy, later)}")
    d.console.print(table)


def step_capture(d: Demo) -> None:
    """Capture exchanges with the decision in force, then verify the audit chain."""
    policy = load_policy("claude-consumer-2025")
    with unit_of_work(open_store(d.db_url)) as conn:
        for i, (a, *_rest) in enumerate(CAST):
            ledger.capture_exchange(
                conn,
                policy,
                {
                    "exchange_id": f"demo-{i}",
                    "ts": T0 + timedelta(days=70, minutes=i),
                    "account_id": a,
                    "conversation_id": f"conv-{a}",
                    "surface": "api" if a == "gus" else "web",
                    "model": "demo-model",
                    "ip": "192.0.2.10",
                    "prompt": "What is a hash chain?",
                    "response": "A list where each entry commits to the one before it.",
                    "input_tokens": 7,
                    "output_tokens": 12,
                    "tool_count": 0,
                    "has_image": False,
                    "status": 200,
                },
            )
        result = audit.verify(conn)
        _, head = audit.head(conn)
    d.console.print(
        d.heading("Capture", f": {len(CAST)} exchanges stored with their decisions; ")
        + f"audit chain {'intact' if result.ok else 'BROKEN'} ({result.entries} entries, head {head[:16]}…)"
    )


def step_traffic(d: Demo) -> None:
    """Simulate a few days of labelled traffic and ingest it, each exchange with its decision."""
    from consentry.sim import simulate
    from consentry.store.ingest import ingest

    traffic = d.out / "traffic"
    summary = simulate(traffic, scale="tiny", seed=1, force=True)
    d.facts["traffic"] = traffic
    table = Table("label", "accounts", "exchanges", title="simulated traffic (tiny)")
    for label, accounts, exchanges in summary.by_label():
        table.add_row(label, f"{accounts:,}", f"{exchanges:,}")
    d.console.print(
        d.heading("Traffic", ": `consentry simulate --scale tiny`, then `consentry ingest`")
    )
    d.console.print(table)
    policy = load_policy("claude-consumer-2025")
    with unit_of_work(open_store(d.db_url)) as conn:
        report = ingest(
            conn,
            policy,
            accounts_path=traffic / "accounts.parquet",
            consents_path=traffic / "consent_events.parquet",
            exchanges_path=traffic / "exchanges",
        )
    reasons = ", ".join(f"{r} {n:,}" for r, n in report.by_reason.most_common())
    d.console.print(
        f"ingested {report.exchanges:,} exchanges under {policy.version}: "
        f"{report.eligible:,} eligible for training ({reasons})"
    )


def step_detect(d: Demo) -> None:
    """Find the distillation campaigns in the simulated traffic, score the run against the
    labels (with the two baselines), and block the flagged accounts in the store."""
    import json

    import pandas as pd

    from consentry.detect.enforce import apply
    from consentry.detect.evaluate import score
    from consentry.detect.inputs import Inputs
    from consentry.detect.run import detect

    traffic, out = d.facts["traffic"], d.out / "detection"
    policy = load_policy("claude-consumer-2025")
    result = detect(
        Inputs(
            traffic / "exchanges",
            traffic / "accounts.parquet",
            traffic / "ip_ranges.parquet",
            traffic / "model_releases.parquet",
        ),
        out,
        restricted_countries=policy.access.restricted_countries,
    )
    report = score(traffic / "labels.parquet", out)
    verdicts = pd.read_parquet(out / "accounts.parquet")
    with unit_of_work(open_store(d.db_url)) as conn:
        blocked = apply(conn, verdicts)
    d.console.print(
        d.heading(
            "Distillation detection",
            ": `consentry detect --apply`, then `consentry eval` against the simulator's labels",
        )
    )
    table = Table("scorer", "precision", "recall", "PR-AUC", "false positives")
    for f in report.scorers:
        table.add_row(f.name, f"{f.precision:.3f}", f"{f.recall:.3f}", f"{f.pr_auc:.3f}", str(f.fp))
    d.console.print(table)
    campaigns = json.loads((out / "campaigns.json").read_text())
    if campaigns:
        first = campaigns[0]
        d.console.print(
            f"campaign {first['campaign_id']}: {first['accounts']} accounts, "
            f"{first['exchanges']:,} exchanges; {first['evidence'][0]}",
            soft_wrap=True,
        )
    access = pd.read_parquet(out / "access.parquet")
    d.console.print(
        f"{result.flagged} of {result.accounts} accounts flagged in {result.campaigns} campaign(s) "
        f"by a learned, calibrated score (threshold {result.threshold:.3f} for a target FPR of "
        f"10⁻³), each with reasons; {blocked} blocked in the store (refused by the gateway, left "
        f"out of training sets); indicators in {out.name}/indicators.stix.json (STIX 2.1). "
        f"Restricted-region access is its own finding, never a distillation flag: "
        f"{len(access)} account(s) in {out.name}/access.parquet. Held-out figures (unseen "
        "phrasing, a campaign family left out): docs/detection.md",
        soft_wrap=True,
    )
    d.facts.update(detect_flagged=result.flagged, detect_blocked=blocked, detect_report=report)


def step_datasets(d: Demo) -> None:
    """Build a consent-clean training set, verify it, erase a user, and rebuild without her."""
    from consentry.datasets.demo import run_dataset_demo

    d.console.print(d.heading("Training sets", ": `consentry dataset build | verify | rebuild`"))
    d.facts.update(run_dataset_demo(d.db_url, d.out / "datasets", d.console))


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
    from consentry.rights import holds
    from consentry.rights.export import export_account
    from consentry.rights.retention import purge

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


DEMO_STEPS: tuple[Callable[[Demo], None], ...] = (
    step_store,
    step_policies,
    step_time,
    step_capture,
    step_traffic,
    step_detect,
    step_datasets,
    step_rights,
    step_gateway,
    step_report,
)


def run_demo(out: Path, console: Console) -> Demo:
    demo = Demo(out=out, console=console)
    for step in DEMO_STEPS:
        step(demo)
    console.print(f"\n[bold green]demo complete[/bold green]; outputs in {out}/")
    return demo


__all__ = ["DEMO_STEPS", "ConsentEvent", "run_demo"]
