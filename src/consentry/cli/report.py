"""Report commands: the transparency report."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer

from consentry.cli import common as c

report_app = typer.Typer(help="Reports for the public and for auditors.", no_args_is_help=True)
GROUPS = ((report_app, "report"),)


@report_app.command("transparency")
def report_transparency(
    out: Annotated[Path, typer.Option(help="Folder for report.json, report.md, report.png.")],
    since: Annotated[
        str | None, typer.Option(help="Start of the period (ISO 8601; default 90 days ago).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="End of the period (ISO 8601; default now).")
    ] = None,
    db: c.DbOption = None,
) -> None:
    """Counts for a period: choices and how they were obtained, what was trainable and why not,
    erasures, purges, training sets, blocks, holds, and the audit head they can be checked against."""
    from consentry.errors import ConsentryError
    from consentry.report import transparency_report, write_report
    from consentry.store import unit_of_work

    end = c.when(until)
    start = c.when(since) if since else end - timedelta(days=90)
    if start >= end:
        raise ConsentryError(
            f"--since {start.isoformat()} is not before --until {end.isoformat()}."
        )
    with unit_of_work(c.engine(db)) as conn:
        report = transparency_report(conn, start, end)
    files = write_report(report, out)
    c.console.print(
        f"{report.exchanges_captured:,} exchanges captured, {report.exchanges_eligible:,} trainable; "
        f"{report.erasure_requests:,} erasure requests; {report.datasets_built:,} training sets; "
        f"{sum(report.accounts_blocked.values()):,} accounts blocked; audit "
        f"{'intact' if report.audit_chain_intact else 'BROKEN'} -> "
        + ", ".join(str(p) for p in files.values()),
        soft_wrap=True,
    )


def register(app: typer.Typer) -> None:
    for sub, name in GROUPS:
        app.add_typer(sub, name=name)
