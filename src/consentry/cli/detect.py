"""`consentry detect`: find distillation campaigns in traffic logs (and block them);
`consentry detect train`: retrain the learned score on an operator's labelled accounts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c
from consentry.errors import ConsentryError

app = typer.Typer(invoke_without_command=True, no_args_is_help=False)

ExchangesOpt = Annotated[
    Path | None, typer.Option(help="exchanges table (Parquet file or folder).")
]
AccountsOpt = Annotated[Path | None, typer.Option(help="accounts table (Parquet).")]
RangesOpt = Annotated[
    Path | None, typer.Option(help="ip_ranges feed (Parquet): datacenter/proxy egress.")
]
ReleasesOpt = Annotated[
    Path | None, typer.Option(help="model_releases table (Parquet): release pivots.")
]
BackendOpt = Annotated[
    str, typer.Option(help="duckdb (embedded) or spark (master: CONSENTRY_SPARK_MASTER).")
]


@app.callback()
def detect_cmd(
    ctx: typer.Context,
    exchanges: ExchangesOpt = None,
    accounts: AccountsOpt = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the output files.")] = None,
    ip_ranges: RangesOpt = None,
    model_releases: ReleasesOpt = None,
    backend: BackendOpt = "duckdb",
    policy: c.PolicyOption = None,
    model: Annotated[
        Path | None, typer.Option(help="A model from `consentry detect train` (default: shipped).")
    ] = None,
    max_fpr: Annotated[
        float, typer.Option(help="Target false-positive rate: sets the flag threshold.")
    ] = 1e-3,
    apply: Annotated[
        bool,
        typer.Option(
            "--apply",
            help="Write each account's rung of the policy's response ladder to the store (--db); "
            "without a ladder, block flagged accounts.",
        ),
    ] = False,
    apply_access: Annotated[
        bool,
        typer.Option("--apply-access", help="Also block restricted-region access (own reason)."),
    ] = False,
    db: c.DbOption = None,
) -> None:
    """Find distillation campaigns: accounts.parquet, campaigns.json, indicators.stix.json,
    and restricted-region access apart in access.parquet. Subcommand: train."""
    if ctx.invoked_subcommand is not None:
        return
    if exchanges is None or accounts is None or out is None:
        raise ConsentryError(
            "detect needs --exchanges, --accounts and --out (or the subcommand `train`)."
        )
    from consentry.detect import Inputs, detect

    p = c.policy(policy)
    bar, tick = c.progress(label_width=22)
    inputs = Inputs(exchanges, accounts, ip_ranges, model_releases)
    with bar:
        result = detect(
            inputs,
            out,
            backend=backend,
            restricted_countries=p.access.restricted_countries,
            progress=tick,
            model=model,
            max_fpr=max_fpr,
        )
    table = Table("", "total", "flagged", title=f"distillation detection ({backend})")
    table.add_row("accounts", f"{result.accounts:,}", f"{result.flagged:,}")
    table.add_row("exchanges", f"{result.exchanges:,}", f"{result.flagged_exchanges:,}")
    table.add_row("campaigns", "", f"{result.campaigns:,}")
    c.console.print(table)
    c.console.print(
        f"flag threshold {result.threshold:.4f} (calibrated probability; target FPR {max_fpr:g})"
    )
    if result.top_reasons:
        ev = Table("evidence", "flagged accounts", title="top evidence")
        for code, n in result.top_reasons:
            ev.add_row(code, f"{n:,}")
        c.console.print(ev)
    c.console.print(
        f"restricted-region access (a terms matter, not distillation): "
        f"{result.access_accounts:,} account(s) in access.parquet"
    )
    c.console.print(
        f"wrote accounts.parquet, campaigns.json, indicators.stix.json, access.parquet to {out}"
    )
    if apply or apply_access:
        _enforce(out, db, apply, apply_access, result.flagged, p)


def _enforce(
    out: Path,
    db: str | None,
    apply: bool,
    apply_access: bool,
    flagged: int,
    policy,  # noqa: ANN001 - a Policy
) -> None:
    import pandas as pd

    from consentry.detect.enforce import apply as enforce
    from consentry.detect.enforce import apply_access as enforce_access
    from consentry.detect.enforce import apply_ladder
    from consentry.store import countermeasures, unit_of_work

    with unit_of_work(c.engine(db)) as conn:
        if apply and policy.countermeasures is not None:
            verdicts = pd.read_parquet(out / "accounts.parquet")
            changed = apply_ladder(conn, verdicts, policy.countermeasures)
            now = countermeasures.counts(conn)
            table = Table("rung", "changed now", "accounts on it", title="response ladder")
            for rung, n in now.items():
                table.add_row(rung, f"{changed.get(rung, 0):,}", f"{n:,}")
            c.console.print(table)
            c.console.print(
                f"ladder of {policy.version} applied: {sum(changed.values()):,} account(s) moved "
                "up (the detector never lowers a rung or overrides an operator); the gateway "
                "enforces the rungs, `consentry countermeasure list` shows who is where and why."
            )
        elif apply:
            n = enforce(conn, pd.read_parquet(out / "accounts.parquet"))
            c.console.print(
                f"blocked {n:,} new account(s) ({flagged - n:,} already blocked); "
                "the gateway refuses them and dataset builds leave their exchanges out."
            )
        if apply_access:
            n = enforce_access(conn, pd.read_parquet(out / "access.parquet"))
            c.console.print(f"blocked {n:,} new account(s) for restricted-region access.")


@app.command("train")
def train_cmd(
    labels: Annotated[
        Path, typer.Option(help="labels.parquet: account_id, label (attack:* = positive).")
    ],
    exchanges: Annotated[Path, typer.Option(help="exchanges table (Parquet file or folder).")],
    accounts: Annotated[Path, typer.Option(help="accounts table (Parquet).")],
    out: Annotated[Path, typer.Option("--out", help="Model file to write (.joblib).")],
    ip_ranges: RangesOpt = None,
    model_releases: ReleasesOpt = None,
    validation_share: Annotated[
        float, typer.Option(help="Share of labelled accounts held out for calibration.")
    ] = 0.3,
    seed: Annotated[int, typer.Option(help="Seed of the split and the booster.")] = 0,
    backend: BackendOpt = "duckdb",
) -> None:
    """Retrain the learned score on your own labelled incidents; use it with --model."""
    from consentry.detect import Inputs
    from consentry.detect.train import train_on_labels

    bar, tick = c.progress(label_width=22)
    with bar:
        m = train_on_labels(
            Inputs(exchanges, accounts, ip_ranges, model_releases),
            labels,
            out,
            validation_share=validation_share,
            seed=seed,
            backend=backend,
            progress=tick,
        )
    r = m.record
    c.console.print(
        f"trained on {r['train_accounts']:,} accounts ({r['train_attack']:,} attack), calibrated "
        f"on {r['validation_accounts']:,} ({r['validation_attack']:,} attack); threshold at FPR "
        f"1e-3: {m.threshold(1e-3):.4f}. Wrote {out} and {out.with_suffix('.json')}; "
        f"run `consentry detect --model {out} ...`."
    )


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="detect")
