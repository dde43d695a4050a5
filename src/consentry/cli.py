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


# --- datasets ----------------------------------------------------------------------------

dataset_app = typer.Typer(help="Consent-clean training sets: build, verify, rebuild.", no_args_is_help=True)
app.add_typer(dataset_app, name="dataset")


def _store_url(db: str | None) -> str:
    from consentry.config import get_settings

    return db or get_settings().database_url


def _when(value: str | None, flag: str):  # noqa: ANN202 - datetime | None, imported lazily
    from datetime import datetime, timezone

    if value is None:
        return None
    try:
        ts = datetime.fromisoformat(value)
    except ValueError:
        raise ConsentryError(f"{flag} {value!r} is not an ISO 8601 time; write e.g. 2025-10-08 or "
                             "2025-10-08T12:00:00Z.") from None
    return ts.replace(tzinfo=timezone.utc) if ts.tzinfo is None else ts


def _dataset_progress():  # noqa: ANN202 - a rich Progress and its callback
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err_console, transient=True)
    tasks: dict[str, int] = {}

    def tick(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, tick


def _print_manifest(m) -> None:  # noqa: ANN001 - consentry.datasets.manifest.Manifest
    console.print(f"[bold]{m.dataset_id}[/bold] v{m.version}: {m.records} records in {m.path}")
    console.print(f"policy {m.policy_version}  merkle root {m.merkle_root}")
    table = Table("excluded because", "exchanges")
    for reason, n in sorted(m.excluded.items(), key=lambda kv: -kv[1]):
        table.add_row(reason, str(n))
    if m.excluded:
        console.print(table)
    if m.redactions:
        console.print("redacted: " + ", ".join(f"{k} {v}" for k, v in sorted(m.redactions.items())))


@dataset_app.command("build")
def dataset_build(
    out: Annotated[Path, typer.Option("--out", help="Folder to write (must not hold a dataset yet).")],
    db: DbOption = None,
    policy: PolicyOption = None,
    since: Annotated[str | None, typer.Option(help="Only exchanges at or after this time (ISO 8601).")] = None,
    until: Annotated[str | None, typer.Option(help="Only exchanges before this time (ISO 8601).")] = None,
    model: Annotated[list[str] | None, typer.Option(help="Only this model (repeatable).")] = None,
    tier: Annotated[list[str] | None, typer.Option(help="Only accounts of this tier (repeatable).")] = None,
    explicit_only: Annotated[bool, typer.Option("--explicit-only", help="Only explicit consent.")] = False,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Redact names and places (pii extra).")] = False,
    near_dedupe: Annotated[bool, typer.Option("--near-dedupe/--exact-dedupe-only",
                                              help="Also drop near-duplicates (MinHash LSH).")] = True,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes for redaction.")] = 2,
) -> None:
    """Build a redacted, deduplicated training set from the exchanges eligible now."""
    from consentry.config import get_settings
    from consentry.contract import TIERS
    from consentry.datasets.dedupe import NearConfig
    from consentry.datasets.pipeline import BuildOptions, build
    from consentry.datasets.select import Filters
    from consentry.policy import load_policy
    from consentry.store import open_store, unit_of_work

    for t in tier or []:
        if t not in TIERS:
            raise ConsentryError(f"--tier {t!r} is not one of {', '.join(TIERS)}.")
    ref = policy or get_settings().policy
    pol = load_policy(ref)
    filters = Filters(_when(since, "--since"), _when(until, "--until"), tuple(model or ()), tuple(tier or ()),
                      explicit_only)
    opts = BuildOptions(workers=workers, ner=ner, near=NearConfig() if near_dedupe else None, policy_ref=ref)
    if ner:
        from consentry.redact.ner import PresidioNames

        PresidioNames()  # fails fast with the install hint when the pii extra is missing
    engine = open_store(_store_url(db))
    bar, tick = _dataset_progress()
    with bar, unit_of_work(engine) as conn:
        manifest = build(conn, pol, out, filters, options=opts, progress=tick)
    _print_manifest(manifest)


@dataset_app.command("verify")
def dataset_verify(
    out: Annotated[Path, typer.Argument(help="The dataset folder (holds manifest.json).")],
    db: DbOption = None,
    show: Annotated[int, typer.Option(help="How many failing records to list.")] = 20,
) -> None:
    """Re-hash records, recompute the Merkle root, check each record against the ledger.
    Exits 1 and names the failing records when anything is wrong."""
    from consentry.datasets.lineage import verify
    from consentry.store import open_store, unit_of_work

    engine = open_store(_store_url(db))
    with unit_of_work(engine) as conn:
        report = verify(conn, out)
    if report.ok:
        console.print(f"[green]ok[/green] {report.dataset_id}: {report.records} records verified")
        return
    err_console.print(f"[red]FAILED[/red] {report.dataset_id}: {len(report.failures)} problem(s)")
    for f in report.failures[:show]:
        where = "dataset" if f.position is None else f"record {f.position} (exchange {f.exchange_id_hash})"
        err_console.print(f"  {where}: {f.problem}", highlight=False)
    if len(report.failures) > show:
        err_console.print(f"  ... and {len(report.failures) - show} more")
    raise typer.Exit(1)


@dataset_app.command("rebuild")
def dataset_rebuild(
    dataset_id: Annotated[str, typer.Argument(help="The dataset to replace (ds-...).")],
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option(help="Folder for the new version (default: beside the old).")] = None,
    policy: Annotated[str | None, typer.Option(help="The policy file, if it moved since the build.")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes for redaction.")] = 2,
) -> None:
    """Build the next version without records erased or withdrawn since; list the users to tell."""
    from consentry.datasets.pipeline import BuildOptions
    from consentry.datasets.lineage import rebuild
    from consentry.policy import load_policy
    from consentry.store import open_store, unit_of_work

    engine = open_store(_store_url(db))
    bar, tick = _dataset_progress()
    with bar, unit_of_work(engine) as conn:
        result = rebuild(conn, dataset_id, out, policy=load_policy(policy) if policy else None,
                         options=BuildOptions(workers=workers), progress=tick)
    _print_manifest(result.manifest)
    console.print(f"{result.previous} is now superseded by {result.manifest.dataset_id}")
    if result.removed:
        console.print("removed: " + ", ".join(f"{k} {v}" for k, v in sorted(result.removed.items())))
        console.print(f"users to tell ({len(result.accounts)}): " + ", ".join(result.accounts[:50])
                      + (" ..." if len(result.accounts) > 50 else ""))


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
