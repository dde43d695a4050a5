"""Governance commands: policies, the consent ledger, the audit log, blocks, the store's schema."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c

policy_app = typer.Typer(help="Training and retention policies.", no_args_is_help=True)
consent_app = typer.Typer(
    help="The consent ledger: record and read training choices.", no_args_is_help=True
)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
block_app = typer.Typer(
    help="Accounts refused by the gateway and kept out of training.", no_args_is_help=True
)
db_app = typer.Typer(help="The governance store's schema.", no_args_is_help=True)
GROUPS = (
    (policy_app, "policy"),
    (consent_app, "consent"),
    (audit_app, "audit"),
    (block_app, "block"),
    (db_app, "db"),
)


# --- policy ------------------------------------------------------------------------------


@policy_app.command("list")
def policy_list() -> None:
    """List the policy presets that ship with consentry."""
    from consentry.policy import load_policy, preset_names

    table = Table("preset", "version", "title")
    for name in preset_names():
        p = load_policy(name)
        table.add_row(name, p.version, p.title)
    c.console.print(table)


@policy_app.command("show")
def policy_show(policy: Annotated[str, typer.Argument(help="Preset name or YAML file.")]) -> None:
    """Validate a policy and print it as YAML that loads back to the same version."""
    from consentry.policy import load_policy
    from consentry.policy.show import to_yaml

    typer.echo(to_yaml(load_policy(policy)), nl=False)


@policy_app.command("explain")
def policy_explain(
    account: Annotated[str, typer.Option("--account", help="Account id in the store.")],
    policy: c.PolicyOption = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="Time of a hypothetical new exchange (ISO 8601; default now)."),
    ] = None,
    db: c.DbOption = None,
) -> None:
    """Print what the policy decides for a new exchange by an account, and the rule behind it."""
    from consentry.policy import explain
    from consentry.store import unit_of_work
    from consentry.store.consents import consent_history, decide

    p, when = c.policy(policy), c.when(at)
    with unit_of_work(c.engine(db)) as conn:
        d = decide(conn, p, account, when)
        history = consent_history(conn, account)
    verdict = (
        "[green]eligible for training[/green]"
        if d.eligible
        else "[red]not eligible for training[/red]"
    )
    c.console.print(f"{account} at {when.isoformat()} under {p.version}: {verdict}")
    c.console.print(f"  reason     {d.reason}: {explain(p, d)}")
    c.console.print(
        f"  choice     {d.choice or '-'} ({d.basis or 'none'})"
        + (f" since {d.choice_at.isoformat()}" if d.choice_at else "")
    )
    until = d.retain_until.isoformat() if d.retain_until else "until deleted"
    c.console.print(f"  retention  {until} (rule: {d.retention_rule})")
    c.console.print(f"  history    {len(history)} recorded consent event(s)")


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
    policy: c.PolicyOption = None,
    db: c.DbOption = None,
) -> None:
    """Record a training choice for an account (appended; history is never rewritten)."""
    from consentry.store import unit_of_work
    from consentry.store.accounts import get_account
    from consentry.store.consents import decide, record_consent

    p, when = c.policy(policy), c.when(at)
    with unit_of_work(c.engine(db)) as conn:
        get_account(conn, account)
        record_consent(conn, account, choice, basis, at=when, source=source, policy=p)
        d = decide(conn, p, account, when)
    c.console.print(
        f"recorded: {account} {choice} ({basis}) at {when.isoformat()}; "
        f"new exchanges are {'eligible' if d.eligible else 'not eligible'} ({d.reason})."
    )


@consent_app.command("show")
def consent_show(
    account: Annotated[str, typer.Argument(help="Account id.")],
    policy: c.PolicyOption = None,
    db: c.DbOption = None,
) -> None:
    """Show an account's consent history and the state in force now."""
    from consentry.policy import explain
    from consentry.store import unit_of_work
    from consentry.store.consents import consent_history, decide

    p = c.policy(policy)
    with unit_of_work(c.engine(db)) as conn:
        history = consent_history(conn, account)
        d = decide(conn, p, account, datetime.now(timezone.utc))
    table = Table("took effect", "choice", "basis", "source", title=f"consent history of {account}")
    for e in history:
        table.add_row(e.ts.isoformat(), e.choice, e.basis, e.source or "")
    c.console.print(table)
    c.console.print(
        f"now, under {p.version}: {'eligible' if d.eligible else 'not eligible'} "
        f"({d.reason}: {explain(p, d)})"
    )


# --- audit -------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(
    db: c.DbOption = None,
    expect_head: Annotated[
        str | None,
        typer.Option(help="Hash of the last entry, as anchored elsewhere; catches truncation."),
    ] = None,
) -> None:
    """Walk the hash chain and name the first broken entry, then check every consent event
    against the entry that recorded it (exit 1 on any problem)."""
    from consentry.store import audit, unit_of_work
    from consentry.store.consents import verify_consents

    with unit_of_work(c.engine(db)) as conn:
        result = audit.verify(conn)
        _, head = audit.head(conn)
        ledger_problems = verify_consents(conn) if result.ok else []
    if not result.ok:
        c.err_console.print(
            f"[red]audit chain broken at entry {result.first_bad_seq}[/red]: {result.problem} "
            f"({result.entries} entries before it verified)."
        )
        raise typer.Exit(1)
    if expect_head and expect_head != head:
        c.err_console.print(
            f"[red]audit chain does not end at the anchored head[/red] {expect_head[:16]}…; "
            f"it ends at {head[:16]}… (entries removed or added since)."
        )
        raise typer.Exit(1)
    if ledger_problems:
        for problem in ledger_problems[:20]:
            c.err_console.print(f"[red]consent ledger[/red]: {problem}")
        c.err_console.print(f"{len(ledger_problems)} consent event(s) do not match the audit log.")
        raise typer.Exit(1)
    c.console.print(
        f"audit chain intact: {result.entries} entries, head {head}; "
        "every consent event matches its audit entry"
    )


@audit_app.command("show")
def audit_show(
    db: c.DbOption = None, limit: Annotated[int, typer.Option(help="Most recent N entries.")] = 20
) -> None:
    """Print the most recent audit entries."""
    from consentry.store import audit, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        rows = audit.recent(conn, limit)
    table = Table("seq", "at", "actor", "action", "subject", "hash")
    for r in rows:
        table.add_row(
            str(r.seq),
            r.at.isoformat(timespec="seconds"),
            r.actor,
            r.action,
            r.subject,
            r.hash[:16],
        )
    c.console.print(table)


# --- blocks ------------------------------------------------------------------------------


@block_app.command("list")
def block_list(
    db: c.DbOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Include lifted blocks.")] = False,
) -> None:
    """List blocked accounts."""
    from consentry.store import blocks, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
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
    c.console.print(table)
    c.console.print(f"{sum(1 for r in rows if not r['lifted_at'])} account(s) blocked")


@block_app.command("add")
def block_add(
    accounts: Annotated[list[str], typer.Argument(help="Account ids to block.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the store and the audit log).")],
    db: c.DbOption = None,
) -> None:
    """Block accounts: the gateway refuses them and training sets leave them out."""
    from consentry.store import blocks, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        n = blocks.block(conn, [blocks.Block(a, reason) for a in accounts])
    c.console.print(f"blocked {n} account(s); {len(accounts) - n} already blocked.")


@block_app.command("remove")
def block_remove(
    account: Annotated[str, typer.Argument(help="Account id to unblock.")],
    reason: Annotated[str, typer.Option(help="Why the block is lifted.")],
    db: c.DbOption = None,
) -> None:
    """Lift a block (the block stays on record, marked lifted)."""
    from consentry.store import blocks, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        blocks.unblock(conn, account, reason)
    c.console.print(f"unblocked {account}.")


# --- db ----------------------------------------------------------------------------------


@db_app.command("upgrade")
def db_upgrade(db: c.DbOption = None) -> None:
    """Create the store or migrate it to the latest schema."""
    from consentry.store.db import current_revision, head_revision

    engine = c.engine(db)
    with engine.connect() as conn:
        c.console.print(f"store at revision {current_revision(conn)} (head {head_revision()})")


def register(app: typer.Typer) -> None:
    for sub, name in GROUPS:
        app.add_typer(sub, name=name)
