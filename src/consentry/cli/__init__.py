"""The `consentry` command: a thin root that gathers one module per area and turns user
errors into one line on stderr. Each area module parses arguments and calls the packages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from consentry.cli import common as c
from consentry.cli import (
    countermeasure,
    datasets,
    detect,
    gateway,
    governance,
    report,
    rights,
    traffic,
    web,
)
from consentry.cli import eval as evaluation
from consentry.errors import ConsentryError

app = typer.Typer(
    help="consentry: consent-governed capture, consent-clean training sets, distillation detection.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
for area in (
    governance,
    traffic,
    detect,
    countermeasure,
    evaluation,
    datasets,
    rights,
    gateway,
    report,
    web,
):
    area.register(app)


@app.command("demo")
def demo_cmd(
    out: Annotated[Path, typer.Option(help="Folder for the demo's store and outputs.")] = Path(
        "demo-out"
    ),
    serve: Annotated[
        bool,
        typer.Option("--serve", help="Then serve the privacy center and console on its store."),
    ] = False,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port for --serve.")] = 8080,
) -> None:
    """Run every capability end to end on the embedded default (SQLite, DuckDB); with --serve,
    then open the privacy center and the operator console on the populated store."""
    from consentry.demo import run_demo

    if serve:
        from consentry.cli.web import require_web_extra

        require_web_extra()  # before the demo runs, not after
    demo = run_demo(out, c.console)
    if serve:
        from consentry.web.demo import serve_demo

        serve_demo(demo, c.console, port)


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app()
    except ConsentryError as exc:
        c.err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        c.err_console.print("interrupted")
        sys.exit(130)
