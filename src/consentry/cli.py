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
