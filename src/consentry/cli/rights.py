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
store_app = typer.Typer(
    help="The store's files: reclaim erased bytes, rotate the content-hash key.",
    no_args_is_help=True,
)
ReclaimOption = Annotated[
    bool,
    typer.Option(
        "--reclaim/--no-reclaim",
        help="Reclaim the bytes right after the commit (default), or leave it to a later "
        "`store compact` (batch erasures on a large PostgreSQL store: VACUUM FULL locks the table).",
    ),
]
GROUPS = (
    (rights_app, "rights"),
    (hold_app, "hold"),
    (retention_app, "retention"),
    (store_app, "store"),
)


def _reclaim(engine) -> None:  # noqa: ANN001 - an Engine
    """Reclaim the erased bytes now that the erasure committed, and say whether it worked."""
    from consentry.store.compact import reclaim

    r = reclaim(engine)
    if r.reclaimed:
        c.console.print(f"bytes reclaimed ({r.method}, {r.seconds:.2f} s); receipt {r.audit_hash}")
    else:
        c.err_console.print(
            f"[yellow]reclaim pending[/yellow]: {r.problem}; receipt {r.audit_hash}"
        )


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
    at: Annotated[
        str | None,
        typer.Option(
            "--at", help="Date the erasure at this past time, for replays (ISO 8601; default now)."
        ),
    ] = None,
    reclaim: ReclaimOption = True,
    db: c.DbOption = None,
) -> None:
    """Remove conversation content physically and leave a receipt; later dataset builds and
    `dataset verify` see the erasure. The store's files are then compacted (see `store compact`)."""
    from consentry.rights.erase import erase_account, erase_conversation
    from consentry.store import unit_of_work

    if (account is None) == (conversation is None):
        raise ConsentryError("give exactly one of --account or --conversation.")
    when = c.when(at) if at else None
    engine = c.engine(db)
    with unit_of_work(engine) as conn:
        receipt = (
            erase_account(conn, account, reason=reason, at=when)
            if account
            else erase_conversation(conn, conversation or "", reason=reason, at=when)
        )
    c.console.print(
        f"erased {receipt.exchanges} exchange(s) of {receipt.subject}; receipt {receipt.audit_hash}"
    )
    if reclaim:
        _reclaim(engine)


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
    reclaim: ReclaimOption = True,
    db: c.DbOption = None,
) -> None:
    """Remove the content of every exchange past its retention deadline (legal holds excepted)."""
    from consentry.rights.retention import purge
    from consentry.store import unit_of_work

    engine = c.engine(db)
    with unit_of_work(engine) as conn:
        r = purge(conn, c.when(at), dry_run=dry_run)
    verb = "would purge" if dry_run else "purged"
    c.console.print(
        f"{verb} {r.purged} exchange(s): {r.by_deadline} past their deadline, {r.by_later_event} "
        f"brought forward by a deletion or withdrawal; {r.held} kept under legal hold; "
        f"{r.reconsidered} decided again by the evaluator (consent changed after them)"
        + (f"; receipt {r.receipt}" if r.receipt else "")
    )
    if r.purged and not dry_run and reclaim:
        _reclaim(engine)


@store_app.command("compact")
def store_compact(
    wait: Annotated[
        float | None,
        typer.Option(help="Seconds to wait for readers (default: CONSENTRY_RECLAIM_WAIT_SECONDS)."),
    ] = None,
    db: c.DbOption = None,
) -> None:
    """Make erased and purged content leave the store's files (SQLite: WAL checkpoint; PostgreSQL:
    VACUUM FULL) and record when; exit 1 if a reader still holds old data."""
    from consentry.store.compact import reclaim

    r = reclaim(c.engine(db), wait_seconds=wait, actor="operator")
    if not r.reclaimed:
        c.err_console.print(f"[red]not reclaimed[/red]: {r.problem}; receipt {r.audit_hash}")
        raise typer.Exit(1)
    c.console.print(
        f"reclaimed the bytes of {r.pending_receipts} erasure receipt(s) with {r.method} in "
        f"{r.seconds:.2f} s; receipt {r.audit_hash}"
    )


@store_app.command("rotate-key")
def store_rotate_key(db: c.DbOption = None) -> None:
    """Re-key every live content hash: a new store secret (or the one CONSENTRY_CONTENT_HASH_KEY
    now holds) replaces the old, so hashes made under the old key cannot be checked again."""
    from consentry.store import audit, contentkey, unit_of_work

    engine = c.engine(db)
    with unit_of_work(engine) as conn:
        key_id, n = contentkey.rotate(conn)
        audit.append(conn, "content_key.rotated", key_id, {"rehashed": n}, actor="operator")
    c.console.print(f"content-hash key is now {key_id}; {n} live exchange hash(es) re-keyed")
    _reclaim(engine)


def register(app: typer.Typer) -> None:
    for sub, name in GROUPS:
        app.add_typer(sub, name=name)
