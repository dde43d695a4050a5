"""Demo steps over the governance core: the store and its cast, what each preset decides,
consent's asymmetry in time, and capture with its audit chain."""

from __future__ import annotations

import shutil
from datetime import timedelta

from rich.table import Table

from consentry.demo.context import CAST, T0, Demo, chat
from consentry.policy import Account, Conversation, evaluate, explain, load_policy, preset_names
from consentry.store import audit, open_store, unit_of_work
from consentry.store.accounts import upsert_accounts
from consentry.store.consents import consent_history, record_consents
from consentry.store.exchanges import capture_exchange


def step_store(d: Demo) -> Demo:
    """Create a fresh embedded store and load the cast with their consent histories."""
    if d.out.exists():
        shutil.rmtree(d.out)
    d.out.mkdir(parents=True)
    d.db_url = f"sqlite:///{d.out / 'consentry.db'}"
    engine = open_store(d.db_url)
    with unit_of_work(engine) as conn:
        upsert_accounts(
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
        record_consents(
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
    return d


def step_policies(d: Demo) -> Demo:
    """Show what each preset decides for each account, with reasons."""
    at = T0 + timedelta(days=70)
    d.console.print(
        d.heading("Policies", f": the decision for a new chat on {at.date()} under each preset")
    )
    with unit_of_work(open_store(d.db_url)) as conn:
        histories = {a: consent_history(conn, a) for a, *_ in CAST}
    table = Table("account", "tier", "situation", *preset_names())
    for a, tier, who, _ in CAST:
        cells = []
        for name in preset_names():
            dec = evaluate(load_policy(name), Account(a, tier), histories[a], at)
            mark = "[green]train[/green]" if dec.eligible else "[red]no[/red]"
            cells.append(f"{mark} {dec.reason}")
        table.add_row(a, tier, who, *cells)
    d.console.print(table)
    return d


def step_time(d: Demo) -> Demo:
    """Consent is asymmetric in time: a chat from day 10, seen from day 70."""
    policy = load_policy("claude-consumer-2025")
    with unit_of_work(open_store(d.db_url)) as conn:
        dee, eli = consent_history(conn, "dee"), consent_history(conn, "eli")
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
    return d


def step_capture(d: Demo) -> Demo:
    """Capture exchanges with the decision in force, then verify the audit chain."""
    policy = load_policy("claude-consumer-2025")
    with unit_of_work(open_store(d.db_url)) as conn:
        for i, (a, *_rest) in enumerate(CAST):
            capture_exchange(
                conn,
                policy,
                chat(
                    f"demo-{i}",
                    T0 + timedelta(days=70, minutes=i),
                    a,
                    f"conv-{a}",
                    "What is a hash chain?",
                    "A list where each entry commits to the one before it.",
                    (7, 12),
                    surface="api" if a == "gus" else "web",
                ),
            )
        result = audit.verify(conn)
        _, head = audit.head(conn)
    d.console.print(
        d.heading("Capture", f": {len(CAST)} exchanges stored with their decisions; ")
        + f"audit chain {'intact' if result.ok else 'BROKEN'} ({result.entries} entries, head {head[:16]}…)"
    )
    return d
