"""Training-set commands: build, verify, rebuild."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c
from consentry.errors import ConsentryError

dataset_app = typer.Typer(
    help="Consent-clean training sets: build, verify, rebuild.", no_args_is_help=True
)
GROUPS = ((dataset_app, "dataset"),)


def _bound(value: str | None) -> datetime | None:
    """An optional --since/--until bound (ISO 8601, UTC if no offset)."""
    return None if value is None else c.when(value)


def _print_manifest(m) -> None:  # noqa: ANN001 - consentry.datasets.manifest.Manifest
    c.console.print(
        f"[bold]{m.dataset_id}[/bold] v{m.version}: {m.records} records in {m.path}", soft_wrap=True
    )
    c.console.print(f"policy {m.policy_version}  merkle root {m.merkle_root}", soft_wrap=True)
    table = Table("excluded because", "exchanges")
    for reason, n in sorted(m.excluded.items(), key=lambda kv: -kv[1]):
        table.add_row(reason, str(n))
    if m.excluded:
        c.console.print(table)
    if m.redactions:
        c.console.print(
            "redacted: " + ", ".join(f"{k} {v}" for k, v in sorted(m.redactions.items()))
        )


@dataset_app.command("build")
def dataset_build(
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write (must not hold a dataset yet).")
    ],
    db: c.DbOption = None,
    policy: c.PolicyOption = None,
    since: Annotated[
        str | None, typer.Option(help="Only exchanges at or after this time (ISO 8601).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only exchanges before this time (ISO 8601).")
    ] = None,
    model: Annotated[list[str] | None, typer.Option(help="Only this model (repeatable).")] = None,
    tier: Annotated[
        list[str] | None, typer.Option(help="Only accounts of this tier (repeatable).")
    ] = None,
    explicit_only: Annotated[
        bool, typer.Option("--explicit-only", help="Only explicit consent.")
    ] = False,
    ner: Annotated[
        bool, typer.Option("--ner/--no-ner", help="Redact names and places (pii extra).")
    ] = False,
    near_dedupe: Annotated[
        bool,
        typer.Option(
            "--near-dedupe/--exact-dedupe-only", help="Also drop near-duplicates (MinHash LSH)."
        ),
    ] = True,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes for redaction (default: CONSENTRY_DATASET_WORKERS).",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Build the set as it was eligible at this past time, for audits and replays "
            "(ISO 8601; default now). Content erased or expired since is left out and counted.",
        ),
    ] = None,
) -> None:
    """Build a redacted, deduplicated training set from the exchanges eligible now (or at
    --as-of)."""
    from consentry.config import get_settings
    from consentry.contract import TIERS
    from consentry.datasets.dedupe import NearConfig
    from consentry.datasets.parallel import default_workers
    from consentry.datasets.pipeline import BuildOptions, build
    from consentry.datasets.select import Filters
    from consentry.policy import load_policy
    from consentry.store import unit_of_work

    for t in tier or []:
        if t not in TIERS:
            raise ConsentryError(f"--tier {t!r} is not one of {', '.join(TIERS)}.")
    ref = policy or get_settings().policy
    pol = load_policy(ref)
    filters = Filters(
        _bound(since), _bound(until), tuple(model or ()), tuple(tier or ()), explicit_only
    )
    opts = BuildOptions(
        workers=workers or default_workers(),
        ner=ner,
        near=NearConfig() if near_dedupe else None,
        policy_ref=ref,
        as_of=c.when(as_of) if as_of else None,
    )
    if ner:
        from consentry.redact.ner import PresidioNames

        PresidioNames()  # fails fast with the install hint when the pii extra is missing
    engine = c.engine(db)
    bar, tick = c.progress(8)
    with bar, unit_of_work(engine) as conn:
        manifest = build(conn, pol, out, filters, options=opts, progress=tick)
    _print_manifest(manifest)


@dataset_app.command("verify")
def dataset_verify(
    out: Annotated[Path, typer.Argument(help="The dataset folder (holds manifest.json).")],
    db: c.DbOption = None,
    show: Annotated[int, typer.Option(help="How many failing records to list.")] = 20,
) -> None:
    """Re-hash records, recompute the Merkle root, check each record against the ledger.
    Exits 1 and names the failing records when anything is wrong."""
    from consentry.datasets.lineage import verify
    from consentry.store import unit_of_work

    engine = c.engine(db)
    with unit_of_work(engine) as conn:
        report = verify(conn, out)
    if report.ok:
        c.console.print(f"[green]ok[/green] {report.dataset_id}: {report.records} records verified")
        return
    c.err_console.print(f"[red]FAILED[/red] {report.dataset_id}: {len(report.failures)} problem(s)")
    for f in report.failures[:show]:
        where = (
            "dataset"
            if f.position is None
            else f"record {f.position} (exchange {f.exchange_id_hash})"
        )
        c.err_console.print(f"  {where}: {f.problem}", highlight=False, soft_wrap=True)
    if len(report.failures) > show:
        c.err_console.print(f"  ... and {len(report.failures) - show} more")
    raise typer.Exit(1)


@dataset_app.command("rebuild")
def dataset_rebuild(
    dataset_id: Annotated[str, typer.Argument(help="The dataset to replace (ds-...).")],
    db: c.DbOption = None,
    out: Annotated[
        Path | None, typer.Option(help="Folder for the new version (default: beside the old).")
    ] = None,
    policy: Annotated[
        str | None, typer.Option(help="The policy file, if it moved since the build.")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes for redaction (default: CONSENTRY_DATASET_WORKERS).",
        ),
    ] = None,
) -> None:
    """Build the next version without records erased or withdrawn since; list the users to tell."""
    from consentry.datasets.lineage import rebuild
    from consentry.datasets.parallel import default_workers
    from consentry.datasets.pipeline import BuildOptions
    from consentry.policy import load_policy
    from consentry.store import unit_of_work

    engine = c.engine(db)
    bar, tick = c.progress(8)
    with bar, unit_of_work(engine) as conn:
        result = rebuild(
            conn,
            dataset_id,
            out,
            policy=load_policy(policy) if policy else None,
            options=BuildOptions(workers=workers or default_workers()),
            progress=tick,
        )
    _print_manifest(result.manifest)
    c.console.print(f"{result.previous} is now superseded by {result.manifest.dataset_id}")
    if result.removed:
        c.console.print(
            "removed: " + ", ".join(f"{k} {v}" for k, v in sorted(result.removed.items()))
        )
        c.console.print(
            f"users to tell ({len(result.accounts)}): "
            + ", ".join(result.accounts[:50])
            + (" ..." if len(result.accounts) > 50 else ""),
            soft_wrap=True,
        )


def register(app: typer.Typer) -> None:
    for sub, name in GROUPS:
        app.add_typer(sub, name=name)
