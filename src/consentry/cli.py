"""The `consentry` command: a thin layer that parses arguments and calls the packages."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from consentry.errors import ConsentryError

app = typer.Typer(
    help="consentry: consent-governed capture, consent-clean training sets, distillation detection.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
policy_app = typer.Typer(help="Training and retention policies.", no_args_is_help=True)
consent_app = typer.Typer(
    help="The consent ledger: record and read training choices.", no_args_is_help=True
)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
block_app = typer.Typer(
    help="Accounts refused by the gateway and kept out of training.", no_args_is_help=True
)
db_app = typer.Typer(help="The governance store's schema.", no_args_is_help=True)
for sub, name in (
    (policy_app, "policy"),
    (consent_app, "consent"),
    (audit_app, "audit"),
    (block_app, "block"),
    (db_app, "db"),
):
    app.add_typer(sub, name=name)

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Store URL (default: CONSENTRY_DATABASE_URL or sqlite:///consentry.db)."
    ),
]
PolicyOption = Annotated[
    str | None,
    typer.Option("--policy", help="Preset name or YAML file (default: CONSENTRY_POLICY)."),
]


# --- policy ------------------------------------------------------------------------------


@policy_app.command("list")
def policy_list() -> None:
    """List the policy presets that ship with consentry."""
    from consentry.policy import load_policy, preset_names

    table = Table("preset", "version", "title")
    for name in preset_names():
        p = load_policy(name)
        table.add_row(name, p.version, p.title)
    console.print(table)


@policy_app.command("show")
def policy_show(policy: Annotated[str, typer.Argument(help="Preset name or YAML file.")]) -> None:
    """Validate a policy and print it with its version."""
    from consentry.policy import load_policy

    p = load_policy(policy)
    console.print(f"[bold]{p.version}[/bold]  {p.title}")
    console.print(p.description.strip())
    console.print_json(p.canonical_json())


def _settings():  # noqa: ANN202 - typed in config
    from consentry.config import get_settings

    return get_settings()


def _engine(db: str | None):  # noqa: ANN202
    from consentry.store import open_store

    return open_store(db or _settings().database_url)


def _policy(policy: str | None):  # noqa: ANN202
    from consentry.policy import load_policy

    return load_policy(policy or _settings().policy)


def _when(text: str | None) -> datetime:
    """Parse an ISO 8601 time given on the command line (UTC if no offset); now if absent."""
    if text is None:
        return datetime.now(timezone.utc)
    try:
        ts = datetime.fromisoformat(text)
    except ValueError:
        raise ConsentryError(
            f"malformed timestamp {text!r}; write ISO 8601, e.g. 2025-10-01T12:00:00Z."
        ) from None
    return ts.replace(tzinfo=timezone.utc) if ts.tzinfo is None else ts


@policy_app.command("explain")
def policy_explain(
    account: Annotated[str, typer.Option("--account", help="Account id in the store.")],
    policy: PolicyOption = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="Time of a hypothetical new exchange (ISO 8601; default now)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Print what the policy decides for a new exchange by an account, and the rule behind it."""
    from consentry.policy import explain
    from consentry.store import ledger, unit_of_work

    p, when = _policy(policy), _when(at)
    with unit_of_work(_engine(db)) as conn:
        d = ledger.decide(conn, p, account, when)
        history = ledger.consent_history(conn, account)
    verdict = (
        "[green]eligible for training[/green]"
        if d.eligible
        else "[red]not eligible for training[/red]"
    )
    console.print(f"{account} at {when.isoformat()} under {p.version}: {verdict}")
    console.print(f"  reason     {d.reason}: {explain(p, d)}")
    console.print(
        f"  choice     {d.choice or '-'} ({d.basis or 'none'})"
        + (f" since {d.choice_at.isoformat()}" if d.choice_at else "")
    )
    until = d.retain_until.isoformat() if d.retain_until else "until deleted"
    console.print(f"  retention  {until} (rule: {d.retention_rule})")
    console.print(f"  history    {len(history)} recorded consent event(s)")


# --- consent -----------------------------------------------------------------------------


@consent_app.command("set")
def consent_set(
    account: Annotated[str, typer.Argument(help="Account id.")],
    choice: Annotated[str, typer.Argument(help="allow or deny (training on the account's chats).")],
    basis: Annotated[
        str, typer.Option(help="explicit, preset_accepted, deemed or default.")
    ] = "explicit",
    source: Annotated[
        str, typer.Option(help="signup, prompt, settings, api or import.")
    ] = "settings",
    at: Annotated[
        str | None, typer.Option("--at", help="When it took effect (ISO 8601; default now).")
    ] = None,
    policy: PolicyOption = None,
    db: DbOption = None,
) -> None:
    """Record a training choice for an account (appended; history is never rewritten)."""
    from consentry.store import ledger, unit_of_work

    p, when = _policy(policy), _when(at)
    with unit_of_work(_engine(db)) as conn:
        ledger.get_account(conn, account)
        ledger.record_consent(conn, account, choice, basis, at=when, source=source, policy=p)
        d = ledger.decide(conn, p, account, when)
    console.print(
        f"recorded: {account} {choice} ({basis}) at {when.isoformat()}; "
        f"new exchanges are {'eligible' if d.eligible else 'not eligible'} ({d.reason})."
    )


@consent_app.command("show")
def consent_show(
    account: Annotated[str, typer.Argument(help="Account id.")],
    policy: PolicyOption = None,
    db: DbOption = None,
) -> None:
    """Show an account's consent history and the state in force now."""
    from consentry.policy import explain
    from consentry.store import ledger, unit_of_work

    p = _policy(policy)
    with unit_of_work(_engine(db)) as conn:
        history = ledger.consent_history(conn, account)
        d = ledger.decide(conn, p, account, datetime.now(timezone.utc))
    table = Table("took effect", "choice", "basis", "source", title=f"consent history of {account}")
    for e in history:
        table.add_row(e.ts.isoformat(), e.choice, e.basis, e.source or "")
    console.print(table)
    console.print(
        f"now, under {p.version}: {'eligible' if d.eligible else 'not eligible'} "
        f"({d.reason}: {explain(p, d)})"
    )


# --- ingest ------------------------------------------------------------------------------


@app.command("ingest")
def ingest_cmd(
    exchanges: Annotated[
        Path | None, typer.Option(help="exchanges table (Parquet file/folder or JSONL).")
    ] = None,
    accounts: Annotated[Path | None, typer.Option(help="accounts table.")] = None,
    consents: Annotated[Path | None, typer.Option(help="consent_events table.")] = None,
    policy: PolicyOption = None,
    db: DbOption = None,
) -> None:
    """Load contract tables into the store, evaluating each exchange under the active policy.

    All or nothing: on any bad row the store is left unchanged."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from consentry.store import unit_of_work
    from consentry.store.ingest import ingest, planned_rows

    if not (exchanges or accounts or consents):
        raise ConsentryError("nothing to ingest; give --exchanges, --accounts and/or --consents.")
    p = _policy(policy)
    engine = _engine(db)
    plan = planned_rows({"accounts": accounts, "consents": consents, "exchanges": exchanges})
    columns = (
        TextColumn("{task.description:>10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as bar:
        tasks = {k: bar.add_task(k, total=n) for k, n in plan.items() if n != 0}
        with unit_of_work(engine) as conn:
            report = ingest(
                conn,
                p,
                exchanges_path=exchanges,
                accounts_path=accounts,
                consents_path=consents,
                batch_rows=_settings().ingest_batch_rows,
                on_rows=lambda table, n: bar.advance(tasks[table], n),
            )
    console.print(
        f"ingested {report.accounts} accounts, {report.consents} consent events, "
        f"{report.exchanges} exchanges under {p.version} "
        f"({report.eligible} eligible for training; {report.duplicates_skipped} already stored)."
    )
    if report.by_reason:
        table = Table("reason", "exchanges", title="decisions by reason")
        for reason, n in report.by_reason.most_common():
            table.add_row(reason, str(n))
        console.print(table)


# --- audit -------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(
    db: DbOption = None,
    expect_head: Annotated[
        str | None,
        typer.Option(help="Hash of the last entry, as anchored elsewhere; catches truncation."),
    ] = None,
) -> None:
    """Walk the hash chain and name the first broken entry, then check every consent event
    against the entry that recorded it (exit 1 on any problem)."""
    from consentry.store import audit, ledger, unit_of_work

    with unit_of_work(_engine(db)) as conn:
        result = audit.verify(conn)
        _, head = audit.head(conn)
        ledger_problems = ledger.verify_consents(conn) if result.ok else []
    if not result.ok:
        err_console.print(
            f"[red]audit chain broken at entry {result.first_bad_seq}[/red]: {result.problem} "
            f"({result.entries} entries before it verified)."
        )
        raise typer.Exit(1)
    if expect_head and expect_head != head:
        err_console.print(
            f"[red]audit chain does not end at the anchored head[/red] {expect_head[:16]}…; "
            f"it ends at {head[:16]}… (entries removed or added since)."
        )
        raise typer.Exit(1)
    if ledger_problems:
        for problem in ledger_problems[:20]:
            err_console.print(f"[red]consent ledger[/red]: {problem}")
        err_console.print(f"{len(ledger_problems)} consent event(s) do not match the audit log.")
        raise typer.Exit(1)
    console.print(
        f"audit chain intact: {result.entries} entries, head {head}; "
        "every consent event matches its audit entry"
    )


@audit_app.command("show")
def audit_show(
    db: DbOption = None, limit: Annotated[int, typer.Option(help="Most recent N entries.")] = 20
) -> None:
    """Print the most recent audit entries."""
    from sqlalchemy import select

    from consentry.store import unit_of_work
    from consentry.store.schema import audit_log

    with unit_of_work(_engine(db)) as conn:
        rows = conn.execute(select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)).all()
    table = Table("seq", "at", "actor", "action", "subject", "hash")
    for r in reversed(rows):
        table.add_row(
            str(r.seq),
            r.at.isoformat(timespec="seconds"),
            r.actor,
            r.action,
            r.subject,
            r.hash[:16],
        )
    console.print(table)


# --- blocks ------------------------------------------------------------------------------


@block_app.command("list")
def block_list(
    db: DbOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Include lifted blocks.")] = False,
) -> None:
    """List blocked accounts."""
    from consentry.store import blocks, unit_of_work

    with unit_of_work(_engine(db)) as conn:
        rows = blocks.list_blocks(conn, include_lifted=all_)
    table = Table("account", "since", "source", "campaign", "reason", "lifted")
    for r in rows:
        table.add_row(
            r["account_id"],
            r["blocked_at"].isoformat(timespec="seconds"),
            r["source"],
            r["campaign_id"] or "",
            r["reason"],
            r["lifted_at"].isoformat(timespec="seconds") if r["lifted_at"] else "",
        )
    console.print(table)
    console.print(f"{sum(1 for r in rows if not r['lifted_at'])} account(s) blocked")


@block_app.command("add")
def block_add(
    accounts: Annotated[list[str], typer.Argument(help="Account ids to block.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the store and the audit log).")],
    db: DbOption = None,
) -> None:
    """Block accounts: the gateway refuses them and training sets leave them out."""
    from consentry.store import blocks, unit_of_work

    with unit_of_work(_engine(db)) as conn:
        n = blocks.block(conn, [blocks.Block(a, reason) for a in accounts])
    console.print(f"blocked {n} account(s); {len(accounts) - n} already blocked.")


@block_app.command("remove")
def block_remove(
    account: Annotated[str, typer.Argument(help="Account id to unblock.")],
    reason: Annotated[str, typer.Option(help="Why the block is lifted.")],
    db: DbOption = None,
) -> None:
    """Lift a block (the block stays on record, marked lifted)."""
    from consentry.store import blocks, unit_of_work

    with unit_of_work(_engine(db)) as conn:
        blocks.unblock(conn, account, reason)
    console.print(f"unblocked {account}.")


# --- db ----------------------------------------------------------------------------------


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create the store or migrate it to the latest schema."""
    from consentry.store.db import current_revision, head_revision

    engine = _engine(db)
    with engine.connect() as conn:
        console.print(f"store at revision {current_revision(conn)} (head {head_revision()})")


# --- datasets ----------------------------------------------------------------------------

dataset_app = typer.Typer(
    help="Consent-clean training sets: build, verify, rebuild.", no_args_is_help=True
)
app.add_typer(dataset_app, name="dataset")


def _bound(value: str | None) -> datetime | None:
    """An optional --since/--until bound (ISO 8601, UTC if no offset)."""
    return None if value is None else _when(value)


def _dataset_progress():  # noqa: ANN202 - a rich Progress and its callback
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description:>8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    tasks: dict[str, int] = {}

    def tick(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, tick


def _print_manifest(m) -> None:  # noqa: ANN001 - consentry.datasets.manifest.Manifest
    console.print(
        f"[bold]{m.dataset_id}[/bold] v{m.version}: {m.records} records in {m.path}", soft_wrap=True
    )
    console.print(f"policy {m.policy_version}  merkle root {m.merkle_root}", soft_wrap=True)
    table = Table("excluded because", "exchanges")
    for reason, n in sorted(m.excluded.items(), key=lambda kv: -kv[1]):
        table.add_row(reason, str(n))
    if m.excluded:
        console.print(table)
    if m.redactions:
        console.print("redacted: " + ", ".join(f"{k} {v}" for k, v in sorted(m.redactions.items())))


@dataset_app.command("build")
def dataset_build(
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write (must not hold a dataset yet).")
    ],
    db: DbOption = None,
    policy: PolicyOption = None,
    since: Annotated[
        str | None, typer.Option(help="Only exchanges at or after this time (ISO 8601).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only exchanges before this time (ISO 8601).")
    ] = None,
    model: Annotated[list[str] | None, typer.Option(help="Only this model (repeatable).")] = None,
    tier: Annotated[
        list[str] | None, typer.Option(help="Only accounts of this tier (repeatable).")
    ] = None,
    explicit_only: Annotated[
        bool, typer.Option("--explicit-only", help="Only explicit consent.")
    ] = False,
    ner: Annotated[
        bool, typer.Option("--ner/--no-ner", help="Redact names and places (pii extra).")
    ] = False,
    near_dedupe: Annotated[
        bool,
        typer.Option(
            "--near-dedupe/--exact-dedupe-only", help="Also drop near-duplicates (MinHash LSH)."
        ),
    ] = True,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes for redaction.")
    ] = 2,
) -> None:
    """Build a redacted, deduplicated training set from the exchanges eligible now."""
    from consentry.config import get_settings
    from consentry.contract import TIERS
    from consentry.datasets.dedupe import NearConfig
    from consentry.datasets.pipeline import BuildOptions, build
    from consentry.datasets.select import Filters
    from consentry.policy import load_policy
    from consentry.store import unit_of_work

    for t in tier or []:
        if t not in TIERS:
            raise ConsentryError(f"--tier {t!r} is not one of {', '.join(TIERS)}.")
    ref = policy or get_settings().policy
    pol = load_policy(ref)
    filters = Filters(
        _bound(since), _bound(until), tuple(model or ()), tuple(tier or ()), explicit_only
    )
    opts = BuildOptions(
        workers=workers, ner=ner, near=NearConfig() if near_dedupe else None, policy_ref=ref
    )
    if ner:
        from consentry.redact.ner import PresidioNames

        PresidioNames()  # fails fast with the install hint when the pii extra is missing
    engine = _engine(db)
    bar, tick = _dataset_progress()
    with bar, unit_of_work(engine) as conn:
        manifest = build(conn, pol, out, filters, options=opts, progress=tick)
    _print_manifest(manifest)


@dataset_app.command("verify")
def dataset_verify(
    out: Annotated[Path, typer.Argument(help="The dataset folder (holds manifest.json).")],
    db: DbOption = None,
    show: Annotated[int, typer.Option(help="How many failing records to list.")] = 20,
) -> None:
    """Re-hash records, recompute the Merkle root, check each record against the ledger.
    Exits 1 and names the failing records when anything is wrong."""
    from consentry.datasets.lineage import verify
    from consentry.store import unit_of_work

    engine = _engine(db)
    with unit_of_work(engine) as conn:
        report = verify(conn, out)
    if report.ok:
        console.print(f"[green]ok[/green] {report.dataset_id}: {report.records} records verified")
        return
    err_console.print(f"[red]FAILED[/red] {report.dataset_id}: {len(report.failures)} problem(s)")
    for f in report.failures[:show]:
        where = (
            "dataset"
            if f.position is None
            else f"record {f.position} (exchange {f.exchange_id_hash})"
        )
        err_console.print(f"  {where}: {f.problem}", highlight=False, soft_wrap=True)
    if len(report.failures) > show:
        err_console.print(f"  ... and {len(report.failures) - show} more")
    raise typer.Exit(1)


@dataset_app.command("rebuild")
def dataset_rebuild(
    dataset_id: Annotated[str, typer.Argument(help="The dataset to replace (ds-...).")],
    db: DbOption = None,
    out: Annotated[
        Path | None, typer.Option(help="Folder for the new version (default: beside the old).")
    ] = None,
    policy: Annotated[
        str | None, typer.Option(help="The policy file, if it moved since the build.")
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes for redaction.")
    ] = 2,
) -> None:
    """Build the next version without records erased or withdrawn since; list the users to tell."""
    from consentry.datasets.lineage import rebuild
    from consentry.datasets.pipeline import BuildOptions
    from consentry.policy import load_policy
    from consentry.store import unit_of_work

    engine = _engine(db)
    bar, tick = _dataset_progress()
    with bar, unit_of_work(engine) as conn:
        result = rebuild(
            conn,
            dataset_id,
            out,
            policy=load_policy(policy) if policy else None,
            options=BuildOptions(workers=workers),
            progress=tick,
        )
    _print_manifest(result.manifest)
    console.print(f"{result.previous} is now superseded by {result.manifest.dataset_id}")
    if result.removed:
        console.print(
            "removed: " + ", ".join(f"{k} {v}" for k, v in sorted(result.removed.items()))
        )
        console.print(
            f"users to tell ({len(result.accounts)}): "
            + ", ".join(result.accounts[:50])
            + (" ..." if len(result.accounts) > 50 else ""),
            soft_wrap=True,
        )


# --- demo --------------------------------------------------------------------------------


@app.command("demo")
def demo_cmd(
    out: Annotated[Path, typer.Option(help="Folder for the demo's store and outputs.")] = Path(
        "demo-out"
    ),
) -> None:
    """Run every capability end to end on the embedded default (SQLite, DuckDB)."""
    from consentry.demo import run_demo

    run_demo(out, console)


# --- simulate --------------------------------------------------------------------------------


@app.command("simulate")
def simulate_cmd(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the tables into.")],
    scale: Annotated[
        str,
        typer.Option(
            "--scale",
            help="tiny (tests), small (~250k exchanges), medium (~2.5M), article (~27M).",
        ),
    ] = "small",
    seed: Annotated[int, typer.Option("--seed", help="Random seed; same seed, same files.")] = 1,
    evasion: Annotated[
        str,
        typer.Option(
            "--evasion",
            help="Campaign evasion: none, full, or a comma list of paraphrase, jitter, "
            "residential, camouflage[=share], staggered_switch.",
        ),
    ] = "none",
    responses: Annotated[
        bool | None,
        typer.Option(
            "--responses/--no-responses",
            help="Write response text (default: on for tiny and small).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Worker processes (default: 1 for tiny/small, 2 otherwise).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace a simulation already in --out.")
    ] = False,
) -> None:
    """Simulate labelled LLM-service traffic (exchanges, accounts, ... and labels.parquet)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from consentry.sim import Evasion, simulate

    ev = Evasion.parse(evasion)
    with Progress(
        TextColumn("[bold]simulate[/bold] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=False,
    ) as bar:
        task = bar.add_task(f"{scale} seed={seed}", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        summary = simulate(
            out,
            scale=scale,
            seed=seed,
            evasion=ev,
            responses=responses,
            workers=workers,
            force=force,
            progress=tick,
        )
    table = Table("label", "accounts", "exchanges")
    for label, accounts, exchanges in summary.by_label():
        table.add_row(label, f"{accounts:,}", f"{exchanges:,}")
    console.print(table)
    console.print(
        f"wrote {summary.exchanges:,} exchanges from {summary.accounts:,} accounts "
        f"to {summary.out} ({summary.parts} part files; evasion: {summary.evasion})"
    )


# --- rights and retention ----------------------------------------------------------------

rights_app = typer.Typer(help="Data-subject rights: export and erase.", no_args_is_help=True)
hold_app = typer.Typer(help="Legal holds: suspend deletion for an account.", no_args_is_help=True)
retention_app = typer.Typer(help="Retention: remove what is past its time.", no_args_is_help=True)
for sub, name in ((rights_app, "rights"), (hold_app, "hold"), (retention_app, "retention")):
    app.add_typer(sub, name=name)


@rights_app.command("export")
def rights_export(
    account: Annotated[str, typer.Argument(help="Account id.")],
    out: Annotated[
        Path, typer.Option(help="JSON file to write (it holds the account's conversations).")
    ],
    policy: PolicyOption = None,
    db: DbOption = None,
) -> None:
    """Export everything the store holds about an account, and where its data was used."""
    import json

    from consentry.rights.export import export_account
    from consentry.store import unit_of_work

    with unit_of_work(_engine(db)) as conn:
        doc = export_account(conn, account, _policy(policy))
    out.write_text(json.dumps(doc, indent=2, default=str))
    console.print(
        f"exported {account}: {len(doc['consent_history'])} consent event(s), "
        f"{len(doc['exchanges'])} exchange(s), used in {len(doc['datasets_that_used_your_data'])} "
        f"dataset version(s) -> {out}"
    )


@rights_app.command("erase")
def rights_erase(
    account: Annotated[
        str | None, typer.Option(help="Erase every conversation of this account.")
    ] = None,
    conversation: Annotated[str | None, typer.Option(help="Erase one conversation.")] = None,
    reason: Annotated[str, typer.Option(help="Why (kept in the receipt).")] = "user_request",
    db: DbOption = None,
) -> None:
    """Remove conversation content physically and leave a receipt; later dataset builds and
    `dataset verify` see the erasure."""
    from consentry.rights.erase import erase_account, erase_conversation
    from consentry.store import unit_of_work

    if (account is None) == (conversation is None):
        raise ConsentryError("give exactly one of --account or --conversation.")
    with unit_of_work(_engine(db)) as conn:
        receipt = (
            erase_account(conn, account, reason=reason)
            if account
            else erase_conversation(conn, conversation or "", reason=reason)
        )
    console.print(
        f"erased {receipt.exchanges} exchange(s) of {receipt.subject}; receipt {receipt.audit_hash}"
    )


@hold_app.command("place")
def hold_place(
    account: Annotated[str, typer.Argument(help="Account id.")],
    matter: Annotated[str, typer.Option(help="The legal matter the hold is for.")],
    db: DbOption = None,
) -> None:
    """Put an account under legal hold: retention purges and erasures skip it until released."""
    from consentry.rights import holds
    from consentry.store import unit_of_work

    with unit_of_work(_engine(db)) as conn:
        hold_id = holds.place(conn, account, matter)
    console.print(f"hold {hold_id} placed on {account}.")


@hold_app.command("release")
def hold_release(
    account: Annotated[str, typer.Argument(help="Account id.")],
    reason: Annotated[str, typer.Option(help="Why the hold ends.")],
    db: DbOption = None,
) -> None:
    """Release an account's legal holds; deletion resumes at the next purge."""
    from consentry.rights import holds
    from consentry.store import unit_of_work

    with unit_of_work(_engine(db)) as conn:
        n = holds.release(conn, account, reason)
    console.print(f"released {n} hold(s) on {account}.")


@hold_app.command("list")
def hold_list(db: DbOption = None) -> None:
    """List the legal holds in force."""
    from consentry.rights import holds
    from consentry.store import unit_of_work

    with unit_of_work(_engine(db)) as conn:
        rows = holds.list_holds(conn)
    table = Table("hold", "account", "since", "matter")
    for r in rows:
        table.add_row(
            str(r["hold_id"]),
            r["account_id"],
            r["placed_at"].isoformat(timespec="seconds"),
            r["matter"],
        )
    console.print(table)


@retention_app.command("purge")
def retention_purge(
    at: Annotated[
        str | None, typer.Option("--at", help="Purge as of this time (ISO 8601; default now).")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count, remove nothing.")] = False,
    db: DbOption = None,
) -> None:
    """Remove the content of every exchange past its retention deadline (legal holds excepted)."""
    from consentry.rights.retention import purge
    from consentry.store import unit_of_work

    with unit_of_work(_engine(db)) as conn:
        r = purge(conn, _when(at), dry_run=dry_run)
    verb = "would purge" if dry_run else "purged"
    console.print(
        f"{verb} {r.purged} exchange(s): {r.by_deadline} past their deadline, {r.by_later_event} "
        f"brought forward by a deletion or withdrawal; {r.held} kept under legal hold"
        + (f"; receipt {r.receipt}" if r.receipt else "")
    )


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app()
    except ConsentryError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
