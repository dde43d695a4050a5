"""Rights and retention commands: export, erase, legal holds, purge."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c
from consentry.errors import ConsentryError

rights_app = typer.Typer(help="Data-subject rights: export and erase.", no_args_is_help=True)
hold_app = typer.Typer(help="Legal holds: suspend deletion for an account.", no_args_is_help=True)
retention_app = typer.Typer(help="Retention: remove what is past its time.", no_args_is_help=True)
GROUPS = ((rights_app, "rights"), (hold_app, "hold"), (retention_app, "retention"))


@rights_app.command("export")
def rights_export(
    account: Annotated[str, typer.Argument(help="Account id.")],
    out: Annotated[
        Path, typer.Option(help="JSON file to write (it holds the account's conversations).")
    ],
    policy: c.PolicyOption = None,
    db: c.DbOption = None,
) -> None:
    """Export everything the store holds about an account, and where its data was used."""
    import json

    from consentry.rights.export import export_account
    from consentry.store import unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        doc = export_account(conn, account, c.policy(policy))
    out.write_text(json.dumps(doc, indent=2, default=str))
    c.console.print(
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
    db: c.DbOption = None,
) -> None:
    """Remove conversation content physically and leave a receipt; later dataset builds and
    `dataset verify` see the erasure."""
    from consentry.rights.erase import erase_account, erase_conversation
    from consentry.store import unit_of_work

    if (account is None) == (conversation is None):
        raise ConsentryError("give exactly one of --account or --conversation.")
    with unit_of_work(c.engine(db)) as conn:
        receipt = (
            erase_account(conn, account, reason=reason)
            if account
            else erase_conversation(conn, conversation or "", reason=reason)
        )
    c.console.print(
        f"erased {receipt.exchanges} exchange(s) of {receipt.subject}; receipt {receipt.audit_hash}"
    )


@hold_app.command("place")
def hold_place(
    account: Annotated[str, typer.Argument(help="Account id.")],
    matter: Annotated[str, typer.Option(help="The legal matter the hold is for.")],
    db: c.DbOption = None,
) -> None:
    """Put an account under legal hold: retention purges and erasures skip it until released."""
    from consentry.store import holds, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        hold_id = holds.place(conn, account, matter)
    c.console.print(f"hold {hold_id} placed on {account}.")


@hold_app.command("release")
def hold_release(
    account: Annotated[str, typer.Argument(help="Account id.")],
    reason: Annotated[str, typer.Option(help="Why the hold ends.")],
    db: c.DbOption = None,
) -> None:
    """Release an account's legal holds; deletion resumes at the next purge."""
    from consentry.store import holds, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        n = holds.release(conn, account, reason)
    c.console.print(f"released {n} hold(s) on {account}.")


@hold_app.command("list")
def hold_list(db: c.DbOption = None) -> None:
    """List the legal holds in force."""
    from consentry.store import holds, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        rows = holds.list_holds(conn)
    table = Table("hold", "account", "since", "matter")
    for r in rows:
        table.add_row(
            str(r["hold_id"]),
            r["account_id"],
            r["placed_at"].isoformat(timespec="seconds"),
            r["matter"],
        )
    c.console.print(table)


@retention_app.command("purge")
def retention_purge(
    at: Annotated[
        str | None, typer.Option("--at", help="Purge as of this time (ISO 8601; default now).")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count, remove nothing.")] = False,
    db: c.DbOption = None,
) -> None:
    """Remove the content of every exchange past its retention deadline (legal holds excepted)."""
    from consentry.rights.retention import purge
    from consentry.store import unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        r = purge(conn, c.when(at), dry_run=dry_run)
    verb = "would purge" if dry_run else "purged"
    c.console.print(
        f"{verb} {r.purged} exchange(s): {r.by_deadline} past their deadline, {r.by_later_event} "
        f"brought forward by a deletion or withdrawal; {r.held} kept under legal hold"
        + (f"; receipt {r.receipt}" if r.receipt else "")
    )


def register(app: typer.Typer) -> None:
    for sub, name in GROUPS:
        app.add_typer(sub, name=name)
