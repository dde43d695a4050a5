"""`consentry detect`: find distillation campaigns in traffic logs, and optionally block them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c


def detect_cmd(
    exchanges: Annotated[Path, typer.Option(help="exchanges table (Parquet file or folder).")],
    accounts: Annotated[Path, typer.Option(help="accounts table (Parquet).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the three output files.")],
    ip_ranges: Annotated[
        Path | None, typer.Option(help="ip_ranges feed (Parquet): datacenter/proxy egress.")
    ] = None,
    model_releases: Annotated[
        Path | None, typer.Option(help="model_releases table (Parquet): release pivots.")
    ] = None,
    backend: Annotated[
        str, typer.Option(help="duckdb (embedded) or spark (master: CONSENTRY_SPARK_MASTER).")
    ] = "duckdb",
    policy: c.PolicyOption = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Block flagged accounts in the store (--db).")
    ] = False,
    db: c.DbOption = None,
) -> None:
    """Find distillation campaigns: accounts.parquet, campaigns.json, indicators.stix.json."""
    from consentry.detect import Inputs, detect

    p = c.policy(policy)
    bar, tick = c.progress(label_width=22)
    done: list[str] = []

    def stage(name: str) -> None:
        for prev in done:
            tick(prev, 1, 1)
        done.clear()
        done.append(name)
        tick(name, 0, None)

    inputs = Inputs(exchanges, accounts, ip_ranges, model_releases)
    with bar:
        result = detect(
            inputs, out, backend=backend,
            restricted_countries=p.access.restricted_countries, progress=stage,
        )
    table = Table("", "total", "flagged", title=f"distillation detection ({backend})")
    table.add_row("accounts", f"{result.accounts:,}", f"{result.flagged:,}")
    table.add_row("exchanges", f"{result.exchanges:,}", f"{result.flagged_exchanges:,}")
    table.add_row("campaigns", "", f"{result.campaigns:,}")
    c.console.print(table)
    if result.top_reasons:
        ev = Table("evidence", "flagged accounts", title="top evidence")
        for code, n in result.top_reasons:
            ev.add_row(code, f"{n:,}")
        c.console.print(ev)
    c.console.print(f"wrote accounts.parquet, campaigns.json, indicators.stix.json to {out}")
    if apply:
        import pandas as pd

        from consentry.detect.enforce import apply as enforce
        from consentry.store import unit_of_work

        verdicts = pd.read_parquet(out / "accounts.parquet")
        with unit_of_work(c.engine(db)) as conn:
            n = enforce(conn, verdicts)
        c.console.print(
            f"blocked {n:,} new account(s) ({result.flagged - n:,} already blocked); "
            "the gateway refuses them and dataset builds leave their exchanges out."
        )


def register(app: typer.Typer) -> None:
    app.command("detect")(detect_cmd)
