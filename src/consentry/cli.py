"""The `consentry` command: a thin layer that parses arguments and calls the packages."""

from __future__ import annotations

import sys
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
app.add_typer(policy_app, name="policy")

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store URL (default: CONSENTRY_DATABASE_URL or sqlite:///consentry.db)."),
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


# --- simulate --------------------------------------------------------------------------------


@app.command("simulate")
def simulate_cmd(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the tables into.")],
    scale: Annotated[str, typer.Option(
        "--scale", help="tiny (tests), small (~250k exchanges), medium (~2.5M), article (~27M).",
    )] = "small",
    seed: Annotated[int, typer.Option("--seed", help="Random seed; same seed, same files.")] = 1,
    evasion: Annotated[str, typer.Option(
        "--evasion", help="Campaign evasion: none, full, or a comma list of paraphrase, jitter, "
        "residential, camouflage[=share], staggered_switch.",
    )] = "none",
    responses: Annotated[bool | None, typer.Option(
        "--responses/--no-responses", help="Write response text (default: on for tiny and small).",
    )] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, help="Worker processes (default: 1 for tiny/small, 2 otherwise).",
    )] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace a simulation already in --out.")] = False,
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
    with Progress(TextColumn("[bold]simulate[/bold] {task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                  console=err_console, transient=False) as bar:
        task = bar.add_task(f"{scale} seed={seed}", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        summary = simulate(out, scale=scale, seed=seed, evasion=ev, responses=responses,
                           workers=workers, force=force, progress=tick)
    table = Table("label", "accounts", "exchanges")
    for label, n in sorted(summary.labels.items()):
        table.add_row(label, f"{n:,}", f"{summary.label_exchanges.get(label, 0):,}")
    console.print(table)
    console.print(f"wrote {summary.exchanges:,} exchanges from {summary.accounts:,} accounts "
                  f"to {summary.out} ({summary.parts} part files; evasion: {summary.evasion})")


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


__all__ = ["app", "main", "Path"]
