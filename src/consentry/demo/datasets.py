"""The training-sets step of `consentry demo`: build a consent-clean set from the demo store,
verify it, erase one user, watch verify fail on exactly that user's records, and rebuild."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from consentry.datasets.lineage import rebuild, verify
from consentry.datasets.pipeline import BuildOptions, build
from consentry.demo.context import Demo, chat
from consentry.policy import load_policy
from consentry.rights.erase import erase_account
from consentry.store import open_store, unit_of_work
from consentry.store.accounts import account_tiers
from consentry.store.exchanges import capture_exchange

DEMO_POLICY = "claude-consumer-2025"
# Conversations with personal data in them, for the accounts the demo cast already holds.
CHATS = (
    (
        "ada",
        "Draft a note to my landlord at ada.lovelace@fastmail.com; my phone is +44 20 7946 0958.",
        "Dear landlord, please reach me at the address and number above.",
    ),
    (
        "ben",
        "Why does Stripe reject sk_live_4eC39HqLyjWDarjtT1zdp7dc in my config?",
        "Never paste live keys; rotate that key and load it from the environment.",
    ),
    (
        "dee",
        "My card 4539 1488 0343 6467 was charged twice, IBAN DE89 3704 0044 0532 0130 00 for the refund.",
        "Ask the merchant for a refund to the original card first.",
    ),
    ("eli", "Summarise my meeting notes from 10.0.0.12.", "Here is a summary of the notes."),
    (
        "fin",
        "Review this contract clause for our team.",
        "The clause limits liability to fees paid.",
    ),
)


def run_dataset_demo(
    db_url: str, out: Path, console: Console, at: datetime | None = None
) -> dict[str, Any]:
    """Build, verify, erase, verify again, rebuild; print each result. Returns the facts shown."""
    policy = load_policy(DEMO_POLICY)
    engine = open_store(db_url)
    when = at or datetime(2025, 11, 12, tzinfo=timezone.utc)
    with unit_of_work(engine) as conn:
        known = account_tiers(conn).keys()
        for i, (account, prompt, response) in enumerate(CHATS):
            if account in known:
                capture_exchange(
                    conn,
                    policy,
                    chat(
                        f"demo-ds-{i}",
                        when + timedelta(minutes=i),
                        account,
                        f"conv-ds-{account}",
                        prompt,
                        response,
                        (20, 20),
                    ),
                )
        first = build(
            conn,
            policy,
            out / "dataset-v1",
            options=BuildOptions(workers=1, policy_ref=DEMO_POLICY),
        )
    console.print(
        f"\n[bold]Training set[/bold] {first.dataset_id}: {first.records} records, "
        f"Merkle root {first.merkle_root[:16]}…",
        soft_wrap=True,
    )
    table = Table("left out because", "exchanges")
    for reason, n in sorted(first.excluded.items(), key=lambda kv: -kv[1]):
        table.add_row(reason, str(n))
    console.print(table)
    console.print(
        "redacted before writing: "
        + ", ".join(f"{k} {v}" for k, v in sorted(first.redactions.items()))
    )
    sample = (first.path / "train.jsonl").read_text().splitlines()
    if sample:
        console.print(f"first record: {sample[0][:160]}…", soft_wrap=True, highlight=False)
    with unit_of_work(engine) as conn:
        ok = verify(conn, first.path)
        console.print(f"verify: {'ok' if ok.ok else 'FAILED'} ({ok.records} records)")
        erase_account(conn, "ada")
        after = verify(conn, first.path)
    console.print(
        f"after ada asked for erasure, verify fails on {len(after.failures)} record(s): "
        + "; ".join(f"record {f.position}: {f.problem}" for f in after.failures[:3]),
        soft_wrap=True,
    )
    with unit_of_work(engine) as conn:
        result = rebuild(
            conn, first.dataset_id, out / "dataset-v2", options=BuildOptions(workers=1)
        )
        final = verify(conn, result.manifest.path)
    console.print(
        f"rebuild: {result.manifest.dataset_id} (v{result.manifest.version}) has "
        f"{result.manifest.records} records, removed {result.removed}, users to tell: "
        f"{', '.join(result.accounts)}; verify {'ok' if final.ok else 'FAILED'}",
        soft_wrap=True,
    )
    return {
        "dataset_v1": first.dataset_id,
        "dataset_v2": result.manifest.dataset_id,
        "records_v1": first.records,
        "records_v2": result.manifest.records,
        "verify_after_erasure_failures": len(after.failures),
        "users_to_tell": list(result.accounts),
    }


def step_datasets(d: Demo) -> Demo:
    """Build a consent-clean training set, verify it, erase a user, and rebuild without her."""
    d.console.print(d.heading("Training sets", ": `consentry dataset build | verify | rebuild`"))
    d.facts.update(run_dataset_demo(d.db_url, d.out / "datasets", d.console))
    return d
