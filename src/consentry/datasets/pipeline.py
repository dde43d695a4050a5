"""Building a training set: an ordered tuple of steps, each a function from one build state to
the next (select -> redact -> dedupe -> write -> manifest). `build()` runs them."""

from __future__ import annotations

import gc
import json
import secrets
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

import numpy as np
from sqlalchemy import Connection

from consentry.datasets import dedupe as dd
from consentry.datasets import filecheck
from consentry.datasets import manifest as mf
from consentry.datasets import records as rec
from consentry.datasets import write as wr
from consentry.datasets.parallel import (
    IN_PROCESS,
    MIN_PARALLEL_ITEMS,
    Workers,
    default_workers,
    stream_chunks,
    submit,
)
from consentry.datasets.select import Filters, Row, Scope, selection
from consentry.errors import ConsentryError
from consentry.policy import Policy
from consentry.progress import Progress, silent
from consentry.steps import run_steps
from consentry.store import audit
from consentry.store.db import bulk_insert
from consentry.store.policies import register_policy
from consentry.store.schema import dataset_records, datasets

NO_RESPONSE = "no_response"
DUPLICATE_EXACT, DUPLICATE_NEAR = "duplicate_exact", "duplicate_near"


@dataclass(frozen=True)
class BuildOptions:
    workers: int = field(default_factory=default_workers)
    ner: bool = False  # names and places with Presidio/spaCy (the pii extra)
    near: dd.NearConfig | None = field(default_factory=dd.NearConfig)  # None: exact dedupe only
    policy_ref: str | None = None  # how the policy was named (preset or file), for rebuilds
    # Set by rebuild: the next version of an existing dataset, limited to its records.
    lineage_id: str | None = None
    version: int = 1
    supersedes: str | None = None
    within_dataset: str | None = None
    # An audit or a replay: the set as it was eligible at this past time (default: now).
    as_of: datetime | None = None


@dataclass
class Encoded:
    """The usable records as the workers encoded them, in build order: what the later steps
    need of each, while its JSONL line waits in a spool file (not in memory)."""

    spool: IO[bytes]
    # exchange id, account id, consent basis, policy version
    meta: list[tuple[str, str, str | None, str]] = field(default_factory=list)
    # bytes of each line in the spool, its newline included
    lengths: list[int] = field(default_factory=list)
    shas: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)  # manifest entry as JSON without its position
    keys: list[bytes] = field(default_factory=list)  # exact-dedupe key
    sigs: list[np.ndarray] = field(default_factory=list)  # MinHash signatures, one array per chunk


@dataclass(frozen=True)
class Build:
    """The state a build carries from step to step."""

    conn: Connection
    policy: Policy
    out: Path
    filters: Filters
    opts: BuildOptions
    as_of: datetime
    dataset_id: str
    progress: Progress
    resources: ExitStack  # the selection's temporary tables and the spool live for the build
    workers: Workers = IN_PROCESS
    eligible: Iterator[list[Row]] = iter(())  # streamed from the database by `select`
    total: int = 0
    timeframe: tuple[str | None, str | None] = (None, None)
    excluded: Mapping[str, int] = field(default_factory=dict)
    records: Encoded | None = None
    redactions: Mapping[str, int] = field(default_factory=dict)
    kept: Sequence[int] = ()
    key_id: int = 0
    files: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    parquet: Future[str] | None = None  # the Parquet file's SHA-256, once written
    manifest: mf.Manifest | None = None


def select_step(b: Build) -> Build:
    """Eligible exchanges, set-based in the database; exclusions counted by reason. The rows
    themselves are streamed to the next step, in build order, as it consumes them."""
    scope = Scope(b.policy, b.as_of, b.filters, b.opts.within_dataset)
    sel = b.resources.enter_context(selection(b.conn, scope))
    if b.opts.as_of is not None:  # a replay never uses what was erased or expired since
        sel.exclude_gone_since(datetime.now(timezone.utc))
    excluded = Counter(sel.exclusions())
    total = sel.eligible_count()
    first, last = sel.timeframe()
    timeframe = (first.isoformat() if first else None, last.isoformat() if last else None)
    rows = sel.eligible_rows()
    b.resources.callback(rows.close)  # a failed build stops the stream before the tables go
    return replace(b, eligible=rows, total=total, excluded=dict(excluded), timeframe=timeframe)


def redact_step(b: Build) -> Build:
    """Every text redacted before anything is written, in worker processes as the rows stream
    in from `select`. The workers, holding the redacted record, also fingerprint it for
    dedupe and encode its JSONL line, hash and manifest entry (pseudonyms need the store's key),
    so each record crosses to a worker once."""
    pz = rec.pseudonymizer(b.conn)
    b.out.mkdir(parents=True, exist_ok=True)
    spool = b.resources.enter_context(tempfile.TemporaryFile(dir=b.out))  # noqa: SIM115
    enc = Encoded(spool=spool)
    counts: Counter[str] = Counter()
    seen = no_response = 0

    def usable() -> Iterator[list[tuple[Any, ...]]]:
        nonlocal seen, no_response
        for part in b.eligible:
            seen += len(part)
            b.progress("select", seen, b.total)
            # Plain tuples cross to the workers: pickling named tuples costs twice as much.
            keep = [tuple(r) for r in part if r.prompt and r.response]
            no_response += len(part) - len(keep)
            if keep:
                yield keep

    arg = (b.opts.ner, b.opts.near, pz.key, pz.key_id)
    big = b.total >= MIN_PARALLEL_ITEMS
    for part, (blob, lengths, shas, entries, keys, sigs, c) in stream_chunks(
        _encode_chunk, usable(), arg, workers=b.workers, parallel=big
    ):
        enc.spool.write(blob)
        enc.meta.extend((r[0], r[1], r[5], r[6]) for r in part)  # Row's id, account, basis, version
        enc.lengths.extend(lengths)
        enc.shas.extend(shas)
        enc.entries.extend(entries)
        enc.keys.extend(keys)
        if sigs is not None:
            enc.sigs.append(sigs)
        counts.update(c)
        b.progress("redact", len(enc.shas), b.total)
    enc.spool.flush()
    excluded = dict(b.excluded)
    if no_response:
        excluded[NO_RESPONSE] = excluded.get(NO_RESPONSE, 0) + no_response
    return replace(
        b,
        records=enc,
        redactions=dict(counts),
        excluded=excluded,
        key_id=pz.key_id,
        eligible=iter(()),
    )


def dedupe_step(b: Build) -> Build:
    """Keep the first of each group of exact or near-duplicate records."""
    assert b.records is not None
    n = len(b.records.keys)
    exact = dd.exact_duplicates(b.records.keys)
    near: list[int] = []
    if b.opts.near is not None and b.records.sigs:
        near = dd.near_duplicates(np.concatenate(b.records.sigs), b.opts.near, skip=set(exact))
    drop = set(exact) | set(near)
    excluded = dict(b.excluded)
    for reason, k in ((DUPLICATE_EXACT, len(exact)), (DUPLICATE_NEAR, len(near))):
        if k:
            excluded[reason] = excluded.get(reason, 0) + k
    kept = [i for i in range(n) if i not in drop]
    b.progress("dedupe", n, n)
    return replace(b, kept=kept, excluded=excluded)


def write_step(b: Build) -> Build:
    """train.jsonl (the kept lines copied from the spool) and train.parquet, same records in
    the same order. The Parquet file is converted from the JSONL one by an otherwise idle
    worker while the manifest step registers the records."""
    assert b.records is not None
    jsonl_sha = wr.copy_lines(b.out / wr.JSONL, b.records.spool, b.records.lengths, b.kept)
    shas = [b.records.shas[i] for i in b.kept]
    parquet = submit(b.workers, _write_parquet, b.out / wr.PARQUET, b.out / wr.JSONL, shas)
    b.progress("write", len(b.kept), len(b.kept))
    return replace(b, files={wr.JSONL: {"sha256": jsonl_sha}}, parquet=parquet)


def manifest_step(b: Build) -> Build:
    """manifest.json, the dataset's rows in the store, and its id and root in the audit log."""
    register_policy(b.conn, b.policy)  # verify and rebuild re-load it from the store
    assert b.records is not None
    shas = [b.records.shas[i] for i in b.kept]
    root = rec.merkle_root(shas)
    lineage = b.opts.lineage_id or b.dataset_id
    policy = {
        "name": b.policy.name,
        "version": b.policy.version,
        "sha256": b.policy.sha256,
        "ref": b.opts.policy_ref or b.policy.name,
    }
    _register(b, shas, root, lineage, policy["ref"])  # while the Parquet file is written
    digests = {wr.JSONL: b.files[wr.JSONL]["sha256"]}
    assert b.parquet is not None
    digests[wr.PARQUET] = b.parquet.result()
    files = {
        name: {
            "sha256": digests[name],
            "bytes": (b.out / name).stat().st_size,
            "encoding": enc,
            "columns": list(filecheck.COLUMNS[name]),
        }
        for name, enc in (
            (wr.JSONL, "application/jsonlines"),
            (wr.PARQUET, "application/x-parquet"),
        )
    }
    body = {
        "format": mf.FORMAT,
        "dataset_id": b.dataset_id,
        "lineage_id": lineage,
        "version": b.opts.version,
        "supersedes": b.opts.supersedes,
        "built_at": b.as_of.isoformat(),
        "policy": policy,
        "filters": b.filters.to_json(),
        "counts": {"records": len(b.kept), "excluded": dict(sorted(b.excluded.items()))},
        "redaction": {
            "placeholder": "<KIND>",
            "ner": b.opts.ner,
            "counts": dict(sorted(b.redactions.items())),
        },
        "dedupe": {
            "exact": "blake2b of NFKC-casefolded, whitespace-collapsed text",
            "near": None
            if b.opts.near is None
            else {
                "method": "MinHash LSH (datasketch)",
                "threshold": b.opts.near.threshold,
                "num_perm": b.opts.near.num_perm,
            },
        },
        "files": files,
        "merkle": {"algorithm": mf.MERKLE_ALGORITHM, "root": root},
        "pseudonyms": {
            "algorithm": "BLAKE2b keyed with the store's pseudonym key",
            "key_id": b.key_id,
        },
        "records": mf.RecordsJSON(b.records.entries[i] for i in b.kept),
        "croissant": mf.croissant(
            dataset_id=b.dataset_id,
            version=b.opts.version,
            built_at=b.as_of,
            policy=policy,
            files=files,
            records=len(b.kept),
            excluded=b.excluded,
            redactions=b.redactions,
            ner=b.opts.ner,
            timeframe=b.timeframe,
            filters=b.filters.to_json(),
        ),
    }
    manifest_sha = mf.write(b.out / mf.MANIFEST, body)
    _seal(b, len(shas), root, manifest_sha, lineage)
    summary = mf.Manifest(
        b.dataset_id,
        b.opts.version,
        b.out,
        b.as_of,
        b.policy.version,
        len(b.kept),
        root,
        manifest_sha,
        dict(b.excluded),
        dict(b.redactions),
        b.opts.supersedes,
    )
    return replace(b, manifest=summary)


STEPS: tuple[Callable[[Build], Build], ...] = (
    select_step,
    redact_step,
    dedupe_step,
    write_step,
    manifest_step,
)


def build(
    conn: Connection,
    policy: Policy,
    out: str | Path,
    filters: Filters | None = None,
    *,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
    steps: Sequence[Callable[[Build], Build]] = STEPS,
) -> mf.Manifest:
    """Build a consent-clean, redacted, deduplicated training set in `out` (in the caller's
    transaction: the dataset's rows and audit entry commit with it). `steps` is for
    instrumenting them (benchmarks/bench_dataset.py --stages times each)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConsentryError(f"{out} is a file; give a folder for --out.")
    if (out / mf.MANIFEST).exists():
        raise ConsentryError(f"{out} already holds a dataset; give an empty or new --out folder.")
    opts = options or BuildOptions()
    now = datetime.now(timezone.utc)
    if opts.as_of is not None and opts.as_of > now:
        raise ConsentryError(
            f"--as-of {opts.as_of.isoformat()} is in the future; give a past time or none."
        )
    with _gc_paused(), Workers(opts.workers) as workers, ExitStack() as resources:
        state = Build(
            conn=conn,
            policy=policy,
            out=out,
            filters=filters or Filters(),
            opts=opts,
            as_of=opts.as_of or now,
            dataset_id="ds-" + secrets.token_hex(8),
            progress=progress or silent,
            resources=resources,
            workers=workers,
        )
        state = run_steps(state, steps)
    assert state.manifest is not None
    return state.manifest


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a build (in the workers too, forked inside it): a
    build allocates millions of short-lived objects while holding a large, acyclic working set,
    and each full collection walks all of it (about 15% of a build's CPU). Reference counting
    still frees everything; collection resumes afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _register(b: Build, shas: list[str], root: str, lineage: str, policy_ref: str) -> None:
    """The dataset's row (its manifest hash follows in `_seal`) and its records' rows."""
    assert b.records is not None
    b.conn.execute(
        datasets.insert().values(
            dataset_id=b.dataset_id,
            lineage_id=lineage,
            version=b.opts.version,
            supersedes=b.opts.supersedes,
            built_at=b.as_of,
            policy_version=b.policy.version,
            policy_ref=policy_ref[:255],
            filters=json.dumps(b.filters.to_json(), sort_keys=True),
            out_dir=str(b.out.resolve()),
            records=len(shas),
            merkle_root=root,
            manifest_sha256="",
        )
    )
    meta, batch = b.records.meta, 50_000
    for lo in range(0, len(shas), batch):
        rows = []
        for pos in range(lo, min(lo + batch, len(shas))):
            exchange_id, account_id, basis, policy_version = meta[b.kept[pos]]
            rows.append(
                {
                    "dataset_id": b.dataset_id,
                    "position": pos,
                    "exchange_id": exchange_id,
                    "account_id": account_id,
                    "record_sha256": shas[pos],
                    "consent_basis": basis,
                    "policy_version": policy_version,
                }
            )
        bulk_insert(b.conn, dataset_records, rows)


def _seal(b: Build, records: int, root: str, manifest_sha: str, lineage: str) -> None:
    """The manifest's hash on the dataset's row, and the audit entry."""
    b.conn.execute(
        datasets.update()
        .where(datasets.c.dataset_id == b.dataset_id)
        .values(manifest_sha256=manifest_sha)
    )
    audit.append(
        b.conn,
        "dataset.built",
        b.dataset_id,
        {
            "merkle_root": root,
            "manifest_sha256": manifest_sha,
            "records": records,
            "version": b.opts.version,
            "lineage_id": lineage,
            "supersedes": b.opts.supersedes,
            "policy_version": b.policy.version,
            "excluded": dict(sorted(b.excluded.items())),
        },
    )


# --- the chunk function (runs in worker processes; module-level so it pickles) ------------

_REDACTORS: dict[bool, Any] = {}
EncodedChunk = tuple[
    bytes, list[int], list[str], list[str], list[bytes], np.ndarray | None, dict[str, int]
]


def _encode_chunk(
    rows: Sequence[tuple[Any, ...]], arg: tuple[bool, dd.NearConfig | None, bytes, int]
) -> EncodedChunk:
    """Redact a chunk of records, fingerprint them for dedupe, and encode each one's JSONL
    line, its SHA-256 and its manifest entry. Returns the lines as one block (each ends with a
    newline) and their lengths."""
    from consentry.redact import default_redactor

    ner, near, key, key_id = arg
    r = _REDACTORS.get(ner)
    if r is None:
        r = _REDACTORS[ner] = default_redactor(ner=ner)
    flat = [text for row in rows for text in row[2:5]]  # system prompt, prompt, response (Row)
    red, counts = r.redact_many(flat)  # one batch: the redactor's fast path
    turns = [(red[i], red[i + 1], red[i + 2]) for i in range(0, len(red), 3)]
    texts = [dd.normalise("\n".join(t for t in turn if t)) for turn in turns]
    keys = dd.exact_keys(texts)
    sigs = dd.signatures(texts, near) if near is not None else None
    pz = rec.Pseudonymizer(key, key_id)
    lines, shas, entries = [], [], []
    for row, (system, user, assistant) in zip(rows, turns, strict=True):
        line = rec.record_line(system, user or "", assistant or "")
        sha = rec.sha256_hex(line)
        lines.append(line)
        shas.append(sha)
        entries.append(
            mf.entry_json(
                pz.exchange(row[0]),
                pz.account(row[1]),
                row[5],
                row[6],
                sha,
            )
        )
    blob = b"\n".join(lines) + b"\n"
    return blob, [len(x) + 1 for x in lines], shas, entries, keys, sigs, dict(counts)


def _write_parquet(path: Path, jsonl: Path, shas: list[str]) -> str:
    wr.write_parquet_from_jsonl(path, jsonl, shas)
    return wr.file_sha256(path)
