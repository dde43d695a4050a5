"""Traffic commands: load contract tables into the store, and simulate labelled traffic."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c
from consentry.errors import SIMULATOR_MISSING, ConsentryError

# --- ingest ------------------------------------------------------------------------------


def ingest_cmd(
    exchanges: Annotated[
        Path | None, typer.Option(help="exchanges table (Parquet file/folder or JSONL).")
    ] = None,
    accounts: Annotated[Path | None, typer.Option(help="accounts table.")] = None,
    consents: Annotated[Path | None, typer.Option(help="consent_events table.")] = None,
    policy: c.PolicyOption = None,
    db: c.DbOption = None,
) -> None:
    """Load contract tables into the store, evaluating each exchange under the active policy.

    All or nothing: on any bad row the store is left unchanged."""
    from consentry.store import unit_of_work
    from consentry.store.ingest import ingest

    if not (exchanges or accounts or consents):
        raise ConsentryError("nothing to ingest; give --exchanges, --accounts and/or --consents.")
    p = c.policy(policy)
    engine = c.engine(db)
    bar, tick = c.progress(10)
    with bar, unit_of_work(engine) as conn:
        report = ingest(
            conn,
            p,
            exchanges_path=exchanges,
            accounts_path=accounts,
            consents_path=consents,
            batch_rows=c.settings().ingest_batch_rows,
            progress=tick,
        )
    c.console.print(
        f"ingested {report.accounts} accounts, {report.consents} consent events, "
        f"{report.exchanges} exchanges under {p.version} "
        f"({report.eligible} eligible for training; {report.duplicates_skipped} already stored)."
    )
    if report.by_reason:
        table = Table("reason", "exchanges", title="decisions by reason")
        for reason, n in report.by_reason.most_common():
            table.add_row(reason, str(n))
        c.console.print(table)


# --- simulate --------------------------------------------------------------------------------


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

    try:
        from consentry_sim import Evasion, simulate
    except ImportError:
        raise ConsentryError(SIMULATOR_MISSING) from None

    ev = Evasion.parse(evasion)
    with Progress(
        TextColumn("[bold]simulate[/bold] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=c.err_console,
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
    c.console.print(table)
    c.console.print(
        f"wrote {summary.exchanges:,} exchanges from {summary.accounts:,} accounts "
        f"to {summary.out} ({summary.parts} part files; evasion: {summary.evasion})"
    )


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("simulate")(simulate_cmd)
