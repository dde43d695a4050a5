"""`consentry countermeasure`: who is on which rung of the response ladder and why, and the
operator's overrides (set, clear). Every change is an audit entry."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c

app = typer.Typer(
    help="The response ladder: each account's rung (watch, throttle, degrade, mark, block).",
    no_args_is_help=True,
)
ActorOpt = Annotated[
    str, typer.Option(help="Who decides, as the audit log names them (operator:NAME).")
]


@app.command("set")
def set_cmd(
    account: Annotated[str, typer.Argument(help="Account id.")],
    rung: Annotated[str, typer.Argument(help="watch, throttle, degrade, mark or block.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the store and the audit log).")],
    campaign: Annotated[
        str | None, typer.Option(help="Campaign id: its members share one mark key.")
    ] = None,
    actor: ActorOpt = "operator",
    db: c.DbOption = None,
) -> None:
    """Put an account on a rung; the detector will not change it until it is cleared."""
    from consentry.store import countermeasures, unit_of_work

    _check_actor(actor)
    with unit_of_work(c.engine(db)) as conn:
        changed = countermeasures.set_rung(
            conn, account, rung, reason, source="operator", actor=actor, campaign_id=campaign
        )
    c.console.print(f"{account}: {rung}" if changed else f"{account} is already on {rung}.")


@app.command("clear")
def clear_cmd(
    account: Annotated[str, typer.Argument(help="Account id.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the audit log).")],
    actor: ActorOpt = "operator",
    db: c.DbOption = None,
) -> None:
    """Take an account off the ladder (a block on it is lifted)."""
    from consentry.store import countermeasures, unit_of_work

    _check_actor(actor)
    with unit_of_work(c.engine(db)) as conn:
        before = countermeasures.clear(conn, account, reason, actor=actor)
    c.console.print(f"{account}: cleared (was {before.rung}).")


@app.command("list")
def list_cmd(
    rung: Annotated[str | None, typer.Option(help="Only this rung.")] = None,
    db: c.DbOption = None,
) -> None:
    """Accounts on the ladder, most severe first, with who set the rung and why."""
    from consentry.store import countermeasures, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        rows = countermeasures.list_actions(conn, rung)
        totals = countermeasures.counts(conn)
    table = Table("account", "rung", "score", "campaign", "by", "since", "reason")
    for a in rows:
        table.add_row(
            a.account_id,
            a.rung,
            "" if a.score is None else f"{a.score:.3f}",
            a.campaign_id or "",
            a.actor,
            a.set_at.isoformat(timespec="seconds"),
            a.reason,
        )
    c.console.print(table)
    c.console.print(", ".join(f"{r} {n:,}" for r, n in totals.items()))


def _check_actor(actor: str) -> None:
    from consentry.errors import ConsentryError

    if actor != "operator" and not (actor.startswith("operator:") and 9 < len(actor) <= 64):
        raise ConsentryError("--actor is `operator` or `operator:NAME` (up to 64 characters).")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="countermeasure")
