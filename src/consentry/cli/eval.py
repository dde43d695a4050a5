"""`consentry eval`: score a detector run against labels, next to the two baselines."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c
from consentry.errors import ConsentryError


def eval_cmd(
    labels: Annotated[Path, typer.Option(help="labels.parquet (account_id, label).")],
    pred: Annotated[Path, typer.Option(help="The detector's output folder (accounts.parquet).")],
    exchanges: Annotated[
        Path | None,
        typer.Option(help="exchanges the run read (default: from the run's Parquet metadata)."),
    ] = None,
    accounts: Annotated[
        Path | None,
        typer.Option(help="accounts table the run read (default: from the run's metadata)."),
    ] = None,
    baselines: Annotated[
        bool, typer.Option(help="Also score the rate-threshold and isolation-forest baselines.")
    ] = True,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the report as JSON to this file.")
    ] = None,
    plot: Annotated[
        Path | None, typer.Option(help="Write a precision-recall chart (PNG) to this file.")
    ] = None,
) -> None:
    """Score a detection run against labels: precision, recall, F1, PR-AUC, TPR at FPR 1e-3,
    per campaign and per hard-negative class, beside a rate threshold and an isolation forest."""
    from consentry.detect.evaluate import plot_pr, score

    with c.err_console.status("scoring"):
        report = score(labels, pred, exchanges=exchanges, accounts=accounts, baselines=baselines)
    print_report(report)
    if json_out is not None:
        try:
            json_out.write_text(report.to_json() + "\n")
        except OSError as exc:
            raise ConsentryError(f"--json: cannot write {json_out} ({exc.strerror}).") from None
        c.console.print(f"report written to {json_out}")
    if plot is not None:
        plot_pr(report, plot)
        c.console.print(f"precision-recall chart written to {plot}")


def print_report(report) -> None:  # noqa: ANN001 - consentry.detect.evaluate.Report
    scorers = report.scorers
    c.console.print(
        f"{report.accounts:,} labelled accounts, {report.positives:,} in campaigns; "
        f"{report.missing:,} not in the run's accounts.parquet (scored 0, not flagged)"
        + (f"; {report.unlabelled:,} unlabelled accounts ignored" if report.unlabelled else ""),
        soft_wrap=True,
    )
    table = Table("figure", *(f.name for f in scorers), title=f"evaluation of {report.pred}")
    for j in range(1, len(scorers) + 1):
        table.columns[j].justify = "right"

    def row(name: str, values: list[str]) -> None:
        table.add_row(name, *values)

    row("precision", [f"{f.precision:.4f}" for f in scorers])
    row("recall", [f"{f.recall:.4f}" for f in scorers])
    row("F1", [f"{f.f1:.4f}" for f in scorers])
    row("PR-AUC", [f"{f.pr_auc:.4f}" for f in scorers])
    row(f"TPR at FPR {report.max_fpr:g}", [f"{f.tpr_at_fpr:.4f}" for f in scorers])
    row("FPR (all negatives)", [_pct(f.fpr) for f in scorers])
    row("TP / FP", [f"{f.tp:,} / {f.fp:,}" for f in scorers])
    row("FN / TN", [f"{f.fn:,} / {f.tn:,}" for f in scorers])
    table.add_section()
    for i, g in enumerate(report.detector.campaigns):
        row(
            f"recall {g.label} ({g.accounts:,})",
            [f"{f.campaigns[i].rate:.4f}" for f in scorers],
        )
    table.add_section()
    for i, g in enumerate(report.detector.negatives):
        row(
            f"FPR {g.label} ({g.accounts:,})",
            [f"{_pct(f.negatives[i].rate)} ({f.negatives[i].flagged:,})" for f in scorers],
        )
    # Piped output (a log, a CI job) has no width to fit; do not fold the table into 80 columns.
    width = None if c.console.is_terminal else 120
    c.console.print(table, width=width)


def _pct(rate: float) -> str:
    return f"{100 * rate:.3f}%"


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)
