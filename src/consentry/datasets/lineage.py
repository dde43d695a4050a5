"""Checking a dataset against its manifest and the ledger (verify), and building its next
version without what was erased or withdrawn since (rebuild)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from consentry.datasets import filecheck
from consentry.datasets import manifest as mf
from consentry.datasets import records as rec
from consentry.datasets import write as wr
from consentry.datasets.pipeline import BuildOptions, build
from consentry.datasets.select import ELIGIBLE, Filters, Scope, selection
from consentry.errors import ConsentryError
from consentry.policy import Policy
from consentry.progress import Progress
from consentry.store import audit
from consentry.store.policies import stored_policy
from consentry.store.schema import dataset_records, dataset_removals, datasets


@dataclass(frozen=True)
class Failure:
    position: int | None  # record index in the files; None for dataset-level problems
    exchange_id_hash: str | None
    problem: str


@dataclass(frozen=True)
class VerifyReport:
    dataset_id: str | None
    records: int
    failures: tuple[Failure, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.failures


def verify(conn: Connection, out_dir: str | Path, *, now: datetime | None = None) -> VerifyReport:
    """Re-hash every record, recompute the root, and check every record against the ledger:
    eligible when the dataset was built and still eligible (not erased, not withdrawn) now."""
    out = Path(out_dir)
    path = out / mf.MANIFEST
    if not path.is_file():
        raise ConsentryError(
            f"{out} has no {mf.MANIFEST}; give the folder `consentry dataset build` wrote."
        )
    data = path.read_bytes()
    try:
        manifest: dict[str, Any] = json.loads(data)
        entries = manifest["records"]
        ds_id = manifest["dataset_id"]
    except (ValueError, KeyError, TypeError):
        return VerifyReport(
            None, 0, (Failure(None, None, "manifest.json is not a readable manifest (edited?)"),)
        )
    fails: list[Failure] = []
    row = conn.execute(select(datasets).where(datasets.c.dataset_id == ds_id)).first()
    if row is None:
        return VerifyReport(
            ds_id, len(entries), (Failure(None, None, f"the store has no dataset {ds_id!r}"),)
        )
    if row.superseded_by:
        fails.append(
            Failure(None, None, f"superseded by {row.superseded_by}; train on that version")
        )
    fails += _check_manifest(conn, row, data, manifest)
    fails += [Failure(None, None, problem) for problem in filecheck.check(out, manifest)]
    stored = {
        r.position: r
        for r in conn.execute(
            select(dataset_records)
            .where(dataset_records.c.dataset_id == ds_id)
            .order_by(dataset_records.c.position)
        )
    }
    fails += _check_files(out, entries, stored, rec.pseudonymizer(conn))
    fails += _check_ledger(conn, row, stored, entries, now or datetime.now(timezone.utc))
    return VerifyReport(ds_id, len(stored), tuple(fails))


def _check_manifest(
    conn: Connection, row: Any, data: bytes, manifest: dict[str, Any]
) -> list[Failure]:
    fails = []
    sha = rec.sha256_hex(data)
    if sha != row.manifest_sha256:
        fails.append(
            Failure(None, None, "manifest.json differs from the one recorded at build (tampered)")
        )
    anchored = [
        e
        for e in audit.entries_for(conn, "dataset.built")
        if e.get("manifest_sha256") == row.manifest_sha256
    ]
    if not anchored or anchored[-1].get("merkle_root") != row.merkle_root:
        fails.append(
            Failure(None, None, "the store's dataset row does not match the audit log entry")
        )
    leaves = [e.get("sha256", "") for e in manifest.get("records", [])]
    try:
        root = rec.merkle_root(leaves)
    except ValueError:
        root = ""
    if root != manifest.get("merkle", {}).get("root") or root != row.merkle_root:
        fails.append(Failure(None, None, "the Merkle root over the records does not match"))
    return fails


def _check_files(
    out: Path, entries: list[dict[str, Any]], stored: dict[int, Any], pz: rec.Pseudonymizer
) -> list[Failure]:
    fails: list[Failure] = []
    jsonl = out / wr.JSONL
    lines = jsonl.read_bytes().split(b"\n") if jsonl.is_file() else []
    if lines and lines[-1] == b"":
        lines.pop()
    try:
        pq_msgs, pq_shas = wr.read_parquet_records(out / wr.PARQUET)
    except Exception:  # noqa: BLE001 - any unreadable Parquet is a failed check, not a crash
        pq_msgs, pq_shas = [], []
        fails.append(Failure(None, None, f"{wr.PARQUET} is missing or unreadable"))
    n = len(stored)
    for name, count in (("manifest records", len(entries)), (wr.JSONL, len(lines))):
        if count != n:
            fails.append(
                Failure(None, None, f"{name} holds {count} records, the store recorded {n}")
            )
    if pq_msgs and len(pq_msgs) != n:
        fails.append(
            Failure(
                None, None, f"{wr.PARQUET} holds {len(pq_msgs)} records, the store recorded {n}"
            )
        )
    for i in range(max(n, len(entries), len(lines))):
        want = stored[i].record_sha256 if i in stored else None
        entry = entries[i] if i < len(entries) else {}
        label = entry.get("exchange_id_hash") if isinstance(entry, dict) else None
        problems = []
        if want is None:
            problems.append("not recorded in the store")
        if not isinstance(entry, dict) or entry.get("sha256") != want:
            problems.append("manifest hash differs from the store's")
        elif i in stored and entry != _expected_entry(i, stored[i], pz):
            problems.append(
                "manifest entry differs from the ledger (id hash, pseudonym, basis or policy)"
            )
        if i >= len(lines) or rec.sha256_hex(lines[i]) != want:
            problems.append(f"{wr.JSONL} line does not match its hash")
        if pq_msgs and (
            i >= len(pq_msgs) or rec.sha256_hex(rec.line(pq_msgs[i])) != want or pq_shas[i] != want
        ):
            problems.append(f"{wr.PARQUET} row does not match its hash")
        if problems:
            fails.append(Failure(i, label, "; ".join(problems)))
    return fails


def _expected_entry(i: int, r: Any, pz: rec.Pseudonymizer) -> dict[str, Any]:
    return {
        "i": i,
        "exchange_id_hash": pz.exchange(r.exchange_id),
        "account": pz.account(r.account_id),
        "consent_basis": r.consent_basis,
        "policy_version": r.policy_version,
        "sha256": r.record_sha256,
    }


def _check_ledger(
    conn: Connection, row: Any, stored: dict[int, Any], entries: list[dict[str, Any]], now: datetime
) -> list[Failure]:
    policy = _policy_of(conn, row)
    filters = Filters.from_json(json.loads(row.filters))
    fails = []
    by_exchange = {r.exchange_id: pos for pos, r in stored.items()}
    for when, label in (
        (row.built_at, "was not eligible when the dataset was built"),
        (now, "is no longer eligible"),
    ):
        with selection(conn, Scope(policy, when, filters, row.dataset_id)) as sel:
            status = sel.statuses()
        for ex_id, pos in sorted(by_exchange.items(), key=lambda kv: kv[1]):
            s = status.get(ex_id, "missing from the store")
            if s != ELIGIBLE:
                h = (
                    entries[pos].get("exchange_id_hash")
                    if pos < len(entries) and isinstance(entries[pos], dict)
                    else None
                )
                fails.append(Failure(pos, h, f"{label}: {s}"))
    return fails


def _policy_of(conn: Connection, row: Any, override: Policy | None = None) -> Policy:
    """The exact policy the dataset was built under, as stored in the `policies` table."""
    if override is None:
        stored = stored_policy(conn, row.policy_version)
        if stored is None:
            raise ConsentryError(
                f"the store lost policy {row.policy_version} of dataset {row.dataset_id}; "
                "pass the policy file with --policy."
            )
        return stored
    if override.version != row.policy_version:
        raise ConsentryError(
            f"dataset {row.dataset_id} was built under {row.policy_version}, not {override.version}; "
            "pass the policy it was built under or none."
        )
    return override


@dataclass(frozen=True)
class RebuildResult:
    manifest: mf.Manifest
    previous: str
    removed: dict[str, int]  # removed records by reason
    accounts: tuple[
        str, ...
    ]  # the users to tell (raw account ids; stay inside the operator's tools)


def rebuild(
    conn: Connection,
    dataset_id: str,
    out: str | Path | None = None,
    *,
    policy: Policy | None = None,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> RebuildResult:
    """The next version of a dataset without the records erased or withdrawn since; the old
    version is marked superseded and the removals are recorded per user."""
    row = conn.execute(select(datasets).where(datasets.c.dataset_id == dataset_id)).first()
    if row is None:
        raise ConsentryError(
            f"no dataset {dataset_id!r} in this store; see the ids printed by `dataset build`."
        )
    if row.superseded_by:
        raise ConsentryError(
            f"dataset {dataset_id} was already superseded by {row.superseded_by}; rebuild that one."
        )
    pol = _policy_of(conn, row, policy)
    filters = Filters.from_json(json.loads(row.filters))
    target = Path(out) if out else Path(row.out_dir).parent / f"{row.lineage_id}-v{row.version + 1}"
    now = datetime.now(timezone.utc)
    with selection(conn, Scope(pol, now, filters, dataset_id)) as sel:
        status = sel.statuses()
    base = options or BuildOptions()
    opts = BuildOptions(
        workers=base.workers,
        ner=base.ner,
        near=base.near,
        policy_ref=row.policy_ref,
        lineage_id=row.lineage_id,
        version=row.version + 1,
        supersedes=dataset_id,
        within_dataset=dataset_id,
    )
    manifest = build(conn, pol, target, filters, options=opts, progress=progress)
    kept = set(
        conn.execute(
            select(dataset_records.c.exchange_id).where(
                dataset_records.c.dataset_id == manifest.dataset_id
            )
        ).scalars()
    )
    old = conn.execute(
        select(dataset_records.c.exchange_id, dataset_records.c.account_id).where(
            dataset_records.c.dataset_id == dataset_id
        )
    ).all()
    per_user: dict[tuple[str, str], int] = defaultdict(int)
    removed: Counter[str] = Counter()
    for ex_id, account_id in old:
        if ex_id in kept:
            continue
        reason = status.get(ex_id, "missing")
        reason = "duplicate" if reason == ELIGIBLE else reason
        per_user[(account_id, reason)] += 1
        removed[reason] += 1
    if per_user:
        conn.execute(
            dataset_removals.insert(),
            [
                {
                    "dataset_id": dataset_id,
                    "next_dataset_id": manifest.dataset_id,
                    "account_id": acc,
                    "reason": reason,
                    "records": n,
                    "recorded_at": now,
                }
                for (acc, reason), n in sorted(per_user.items())
            ],
        )
    conn.execute(
        datasets.update()
        .where(datasets.c.dataset_id == dataset_id)
        .values(superseded_by=manifest.dataset_id, superseded_at=now)
    )
    accounts = tuple(sorted({acc for acc, _ in per_user}))
    audit.append(
        conn,
        "dataset.superseded",
        dataset_id,
        {
            "next_dataset_id": manifest.dataset_id,
            "removed": dict(sorted(removed.items())),
            "accounts": len(accounts),
            "accounts_sha256": audit.sha256_hex(*accounts),
        },
    )
    return RebuildResult(manifest, dataset_id, dict(removed), accounts)
