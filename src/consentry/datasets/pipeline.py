"""Building a training set: an ordered tuple of steps, each a function from one build state to
the next (select -> redact -> dedupe -> write -> manifest). `build()` runs them."""

from __future__ import annotations

import json
import secrets
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection

from consentry.datasets import dedupe as dd
from consentry.datasets import manifest as mf
from consentry.datasets import records as rec
from consentry.datasets import write as wr
from consentry.datasets.parallel import IN_PROCESS, Workers, default_workers, map_chunks
from consentry.datasets.schema import dataset_records, datasets
from consentry.datasets.select import Filters, Row, Scope, selection
from consentry.errors import ConsentryError
from consentry.policy import Policy
from consentry.store import audit, ledger
from consentry.store.db import bulk_insert

Progress = Callable[[str, int, int], None]  # (stage, done, total)
NO_RESPONSE = "no_response"
DUPLICATE_EXACT, DUPLICATE_NEAR = "duplicate_exact", "duplicate_near"
Turns = tuple[str | None, str, str]


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
    workers: Workers = IN_PROCESS
    rows: Sequence[Row] = ()
    timeframe: tuple[str | None, str | None] = (None, None)
    excluded: Mapping[str, int] = field(default_factory=dict)
    turns: Sequence[Turns] = ()
    redactions: Mapping[str, int] = field(default_factory=dict)
    kept: Sequence[int] = ()
    lines: Sequence[bytes] = ()
    shas: Sequence[str] = ()
    entries: Sequence[str] = ()  # manifest entry of each record, as JSON without its position
    key_id: int = 0
    files: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    manifest: mf.Manifest | None = None


def select_step(b: Build) -> Build:
    """Eligible exchanges, set-based in the database; exclusions counted by reason."""
    scope = Scope(b.policy, b.as_of, b.filters, b.opts.within_dataset)
    with selection(b.conn, scope) as sel:
        excluded = Counter(sel.exclusions())
        total = sel.eligible_count()
        first, last = sel.timeframe()
        rows: list[Row] = []
        for part in sel.eligible_rows():
            rows.extend(part)
            b.progress("select", len(rows), total)
    usable = [r for r in rows if r.prompt and r.response]
    if len(usable) < len(rows):
        excluded[NO_RESPONSE] += len(rows) - len(usable)
    timeframe = (first.isoformat() if first else None, last.isoformat() if last else None)
    return replace(b, rows=usable, excluded=dict(excluded), timeframe=timeframe)


def redact_step(b: Build) -> Build:
    """Every text redacted before anything is written (in worker processes when large)."""
    items = [(r.system_prompt, r.prompt, r.response) for r in b.rows]
    turns: list[Turns] = []
    counts: Counter[str] = Counter()
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        b.progress("redact", done, len(items))

    for part, c in map_chunks(_redact_chunk, items, b.opts.ner, workers=b.workers, on_chunk=tick):
        turns.extend(part)
        counts.update(c)
    return replace(b, turns=turns, redactions=dict(counts))


def dedupe_step(b: Build) -> Build:
    """Keep the first of each group of exact or near-duplicate records."""
    keys: list[bytes] = []
    sigs: list[np.ndarray] = []
    for k, s in map_chunks(_fingerprint_chunk, b.turns, b.opts.near, workers=b.workers):
        keys.extend(k)
        if s is not None:
            sigs.append(s)
    exact = dd.exact_duplicates(keys)
    near: list[int] = []
    if b.opts.near is not None and sigs:
        near = dd.near_duplicates(np.concatenate(sigs), b.opts.near, skip=set(exact))
    drop = set(exact) | set(near)
    excluded = dict(b.excluded)
    for reason, n in ((DUPLICATE_EXACT, len(exact)), (DUPLICATE_NEAR, len(near))):
        if n:
            excluded[reason] = excluded.get(reason, 0) + n
    kept = [i for i in range(len(b.turns)) if i not in drop]
    b.progress("dedupe", len(b.turns), len(b.turns))
    return replace(b, kept=kept, excluded=excluded)


def write_step(b: Build) -> Build:
    """train.jsonl and train.parquet, same records in the same order. Workers encode each
    record's line, its hash and its manifest entry (pseudonyms need the store's key)."""
    pz = rec.pseudonymizer(b.conn)
    items = [
        (
            b.turns[i],
            b.rows[i].exchange_id,
            b.rows[i].account_id,
            b.rows[i].consent_basis,
            b.rows[i].policy_version,
        )
        for i in b.kept
    ]
    lines: list[bytes] = []
    shas: list[str] = []
    entries: list[str] = []
    for ls, hs, es in map_chunks(_encode_chunk, items, (pz.key, pz.key_id), workers=b.workers):
        lines.extend(ls)
        shas.extend(hs)
        entries.extend(es)
    b.out.mkdir(parents=True, exist_ok=True)
    digests = {wr.JSONL: wr.write_jsonl(b.out / wr.JSONL, lines)}
    wr.write_parquet_from_jsonl(b.out / wr.PARQUET, b.out / wr.JSONL, shas)
    digests[wr.PARQUET] = wr.file_sha256(b.out / wr.PARQUET)
    files = {
        name: {"sha256": digests[name], "bytes": (b.out / name).stat().st_size, "encoding": enc}
        for name, enc in (
            (wr.JSONL, "application/jsonlines"),
            (wr.PARQUET, "application/x-parquet"),
        )
    }
    b.progress("write", len(lines), len(lines))
    return replace(b, lines=lines, shas=shas, entries=entries, files=files, key_id=pz.key_id)


def manifest_step(b: Build) -> Build:
    """manifest.json, the dataset's rows in the store, and its id and root in the audit log."""
    ledger.register_policy(b.conn, b.policy)  # verify and rebuild re-load it from the store
    kept_rows = [b.rows[i] for i in b.kept]
    root = rec.merkle_root(list(b.shas))
    lineage = b.opts.lineage_id or b.dataset_id
    policy = {
        "name": b.policy.name,
        "version": b.policy.version,
        "sha256": b.policy.sha256,
        "ref": b.opts.policy_ref or b.policy.name,
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
        "counts": {"records": len(kept_rows), "excluded": dict(sorted(b.excluded.items()))},
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
        "files": dict(b.files),
        "merkle": {"algorithm": mf.MERKLE_ALGORITHM, "root": root},
        "pseudonyms": {
            "algorithm": "BLAKE2b keyed with the store's pseudonym key",
            "key_id": b.key_id,
        },
        "records": mf.RecordsJSON(b.entries),
        "croissant": mf.croissant(
            dataset_id=b.dataset_id,
            version=b.opts.version,
            built_at=b.as_of,
            policy=policy,
            files=b.files,
            records=len(kept_rows),
            excluded=b.excluded,
            redactions=b.redactions,
            ner=b.opts.ner,
            timeframe=b.timeframe,
            filters=b.filters.to_json(),
        ),
    }
    data = mf.write(b.out / mf.MANIFEST, body)
    manifest_sha = rec.sha256_hex(data)
    _register(b, kept_rows, root, manifest_sha, lineage, policy["ref"])
    summary = mf.Manifest(
        b.dataset_id,
        b.opts.version,
        b.out,
        b.as_of,
        b.policy.version,
        len(kept_rows),
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
) -> mf.Manifest:
    """Build a consent-clean, redacted, deduplicated training set in `out` (in the caller's
    transaction: the dataset's rows and audit entry commit with it)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConsentryError(f"{out} is a file; give a folder for --out.")
    if (out / mf.MANIFEST).exists():
        raise ConsentryError(f"{out} already holds a dataset; give an empty or new --out folder.")
    opts = options or BuildOptions()
    with Workers(opts.workers) as workers:
        state = Build(
            conn=conn,
            policy=policy,
            out=out,
            filters=filters or Filters(),
            opts=opts,
            as_of=datetime.now(timezone.utc),
            dataset_id="ds-" + secrets.token_hex(8),
            progress=progress or (lambda _s, _d, _t: None),
            workers=workers,
        )
        for step in STEPS:
            state = step(state)
    assert state.manifest is not None
    return state.manifest


def _register(
    b: Build, rows: list[Row], root: str, manifest_sha: str, lineage: str, policy_ref: str
) -> None:
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
            records=len(rows),
            merkle_root=root,
            manifest_sha256=manifest_sha,
        )
    )
    batch = 50_000
    for lo in range(0, len(rows), batch):
        bulk_insert(
            b.conn,
            dataset_records,
            [
                {
                    "dataset_id": b.dataset_id,
                    "position": lo + i,
                    "exchange_id": r.exchange_id,
                    "account_id": r.account_id,
                    "record_sha256": b.shas[lo + i],
                    "consent_basis": r.consent_basis,
                    "policy_version": r.policy_version,
                }
                for i, r in enumerate(rows[lo : lo + batch])
            ],
        )
    audit.append(
        b.conn,
        "dataset.built",
        b.dataset_id,
        {
            "merkle_root": root,
            "manifest_sha256": manifest_sha,
            "records": len(rows),
            "version": b.opts.version,
            "lineage_id": lineage,
            "supersedes": b.opts.supersedes,
            "policy_version": b.policy.version,
            "excluded": dict(sorted(b.excluded.items())),
        },
    )


# --- chunk functions (run in worker processes; module-level so they pickle) ---------------

_REDACTORS: dict[bool, Any] = {}


def _redact_chunk(
    items: Sequence[tuple[str | None, str, str]], ner: bool
) -> tuple[list[Turns], Counter[str]]:
    from consentry.redact import default_redactor

    r = _REDACTORS.get(ner)
    if r is None:
        r = _REDACTORS[ner] = default_redactor(ner=ner)
    flat = [text for turn in items for text in turn]  # one batch: the redactor's fast path
    red, counts = r.redact_many(flat)
    out = [(red[i], red[i + 1], red[i + 2]) for i in range(0, len(red), 3)]
    return out, counts  # type: ignore[return-value]


def _fingerprint_chunk(
    items: Sequence[Turns], near: dd.NearConfig | None
) -> tuple[list[bytes], np.ndarray | None]:
    texts = [dd.normalise("\n".join(t for t in turn if t)) for turn in items]
    return dd.exact_keys(texts), (dd.signatures(texts, near) if near is not None else None)


def _encode_chunk(
    items: Sequence[tuple[Turns, str, str, str | None, str]], key: tuple[bytes, int]
) -> tuple[list[bytes], list[str], list[str]]:
    pz = rec.Pseudonymizer(*key)
    lines, shas, entries = [], [], []
    for turn, exchange_id, account_id, basis, policy_version in items:
        line = rec.line(rec.messages(*turn))
        sha = rec.sha256_hex(line)
        lines.append(line)
        shas.append(sha)
        entries.append(
            mf.entry_json(
                pz.exchange(exchange_id), pz.account(account_id), basis, policy_version, sha
            )
        )
    return lines, shas, entries
