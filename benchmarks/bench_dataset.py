"""Dataset build time: N stored exchanges (default 1,000,000) -> a built, redacted,
deduplicated training set, on SQLite. Target (issue 5): under 60 s on a 2-core machine.

Builds its own input (contract tables: a large vocabulary, prompts of ~25 words and answers of
~65, personal data in ~8% of prompts and ~2% of answers, 5% exact and 3% near duplicates),
loads it with `consentry ingest`, then runs `consentry dataset build` several times into new
folders and prints the median wall time, the rate, CPU time and peak memory.

    python benchmarks/bench_dataset.py [--rows 1000000] [--runs 3] [--workers 2] [--stages]
                                       [--reuse-store]

--stages adds one in-process build (rolled back) that prints, per pipeline step, its wall time
and the CPU seconds of the main process and of the workers. `select` streams its rows into
`redact`, so reading the content from the store is counted under `redact`.

--reuse-store builds from the store a previous run of the script left in its folder (same
--rows; the ingest of 1M exchanges takes minutes on a shared machine), so two source trees can
be timed in turn on the same input (`PYTHONPATH=TREE/src`).

--redaction-only times just the redaction of the same texts (all of them, in the build's
chunks, in this process) and prints the findings by kind.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).parent))

import synthetic  # noqa: E402
from common import LAST_CPU, consentry, load_average, machine, report, run_measured, workdir  # noqa: E402
from redaction_corpus import make as pii_corpus  # noqa: E402

POLICY = "chatgpt-2025"  # default on for consumer tiers: the most records to build


def _vocabulary(rng: np.random.Generator, n: int = 6000) -> np.ndarray:
    syll = np.array(
        [
            "ka",
            "lo",
            "mi",
            "re",
            "tu",
            "sa",
            "ne",
            "po",
            "di",
            "ga",
            "ve",
            "shi",
            "an",
            "or",
            "el",
            "ta",
            "qu",
            "in",
            "ex",
            "um",
        ]
    )
    words = {"".join(rng.choice(syll, size=rng.integers(1, 4))) for _ in range(n * 2)}
    return np.array(
        sorted(words)[:n] + ["the", "a", "and", "to", "of", "is", "in", "it", "you", "that"] * 40
    )


def _texts(rng: np.random.Generator, vocab: np.ndarray, n: int, mean_words: int) -> list[str]:
    lengths = np.clip(rng.poisson(mean_words, n), 3, None)
    flat = vocab[rng.integers(0, len(vocab), lengths.sum())].tolist()
    out, pos = [], 0
    for k in lengths.tolist():
        out.append(" ".join(flat[pos : pos + k]))
        pos += k
    return out


def _inject(rng: np.random.Generator, texts: list[str], share: float, pool: list[str]) -> int:
    hits = np.flatnonzero(rng.random(len(texts)) < share)
    for i in hits.tolist():
        words = texts[i].split(" ")
        words.insert(int(rng.integers(0, len(words) + 1)), pool[int(rng.integers(0, len(pool)))])
        texts[i] = " ".join(words)
    return len(hits)


def build_input(out: Path, rows: int, seed: int = 11) -> dict[str, str]:
    return synthetic.write(out, *make_input(rows, seed))


def make_input(rows: int, seed: int = 11) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Accounts, consent events and exchanges (see the module's docstring)."""
    rng = np.random.default_rng(seed)
    vocab = _vocabulary(rng)
    now = datetime.now(timezone.utc)
    t0 = np.datetime64((now - timedelta(days=60)).replace(tzinfo=None), "us")
    acc_ids, tiers, accounts, consents = synthetic.accounts_and_consents(
        rng,
        rows,
        t0 - np.timedelta64(200, "D"),
        consent_share=0.5,
        consent_ts=lambda k: t0 + rng.integers(0, 60 * 86400, k).astype("timedelta64[s]"),
        allow_p=(0.85, 0.15),
        source="settings",
    )
    n_acc = len(acc_ids)

    prompts = _texts(rng, vocab, rows, 25)
    responses = _texts(rng, vocab, rows, 65)
    pool = [s.text.strip().replace("\n", " ")[:160] for s in pii_corpus(3000, seed)]
    injected = _inject(rng, prompts, 0.08, pool) + _inject(rng, responses, 0.02, pool)
    dup = np.flatnonzero(rng.random(rows) < 0.05)
    dup = dup[dup > 0]
    src = (rng.random(len(dup)) * dup).astype(np.int64)
    for i, j in zip(dup.tolist(), src.tolist(), strict=True):
        prompts[i], responses[i] = prompts[j], responses[j]
    near = np.flatnonzero(rng.random(rows) < 0.03)
    near = near[near > 0]
    for i in near.tolist():
        j = int(rng.integers(0, i))
        words = responses[j].split(" ")
        words[int(rng.integers(0, len(words)))] = str(vocab[int(rng.integers(0, len(vocab)))])
        prompts[i], responses[i] = prompts[j], " ".join(words)

    acc_idx = rng.integers(0, n_acc, rows)
    ts = t0 + np.sort(rng.integers(0, 55 * 86400 * 10**6, rows)).astype("timedelta64[us]")
    exchanges = synthetic.exchanges(
        rng,
        acc_ids,
        tiers,
        acc_idx,
        ts,
        model=lambda: rng.choice(np.array(["model-a", "model-b"]), size=rows),
        prompt=lambda: pa.array(prompts),
        response=lambda: pa.array(responses),
    )
    print(
        f"input: {rows:,} exchanges, {injected:,} texts with personal data, {len(dup):,} exact and "
        f"{len(near):,} near duplicates planted",
        flush=True,
    )
    return accounts, consents, exchanges


def redaction_cost(rows: int, runs: int) -> None:
    """The redaction step alone, in this process: the build's texts (system prompt, prompt,
    response) in its chunks of 5,000 records, CPU seconds per run; the findings by kind are
    printed too, so two versions can be checked to find the same."""
    from consentry.redact import default_redactor

    exchanges = make_input(rows)[2]
    prompts = exchanges.column("prompt").to_pylist()
    responses = exchanges.column("response").to_pylist()
    del exchanges
    red = default_redactor()
    times, counts = [], None
    for _ in range(runs):
        total: Counter[str] = Counter()
        t0 = time.process_time()
        for i in range(0, rows, 5_000):
            chunk = zip(prompts[i : i + 5_000], responses[i : i + 5_000], strict=True)
            flat = [t for p, r in chunk for t in (None, p, r)]
            total += red.redact_many(flat)[1]
        times.append(time.process_time() - t0)
        counts = dict(sorted(total.items()))
    print(f"findings by kind: {counts}", flush=True)
    report(f"redaction of {rows:,} exchanges' texts, CPU time (one process)", times, "s")


def _children_cpu() -> float:
    """CPU seconds so far of this process's live children (the build's workers), from /proc."""
    total, me = 0.0, os.getpid()
    for p in Path("/proc").glob("[0-9]*"):
        try:
            stat = (p / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[1]) == me:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def stage_breakdown(db: Path, out: Path, workers: int) -> None:
    """One build through the Python API with each step timed; rolled back, the store is unchanged."""
    from consentry.datasets.pipeline import STEPS, BuildOptions, build
    from consentry.policy import load_policy
    from consentry.store import open_store

    rows: list[tuple[str, float, float, float]] = []

    def timed(step):  # noqa: ANN001, ANN202
        def run(state):  # noqa: ANN001, ANN202
            wall, cpu, kids = time.perf_counter(), time.process_time(), _children_cpu()
            state = step(state)
            rows.append(
                (
                    step.__name__.removesuffix("_step"),
                    time.perf_counter() - wall,
                    time.process_time() - cpu,
                    _children_cpu() - kids,
                )
            )
            return state

        return run

    engine = open_store(f"sqlite:///{db}")
    with engine.connect() as conn:
        tx = conn.begin()
        build(
            conn,
            load_policy(POLICY),
            out,
            options=BuildOptions(workers=workers),
            steps=[timed(s) for s in STEPS],
        )
        tx.rollback()
    engine.dispose()
    for name, wall, cpu, kids in rows:
        print(
            f"stage {name}: {wall:.1f} s wall, {cpu:.1f} s CPU main process, {kids:.1f} s CPU workers "
            f"[{machine()}; {load_average()}]",
            flush=True,
        )


def ingest(out: Path, db: Path, rows: int) -> None:
    """A new store of `rows` generated exchanges, loaded with `consentry ingest`."""
    (out / "store.rows").unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    paths = build_input(out, rows)
    seconds, _ = run_measured(
        [
            *consentry(),
            "ingest",
            "--db",
            f"sqlite:///{db}",
            "--policy",
            POLICY,
            "--accounts",
            paths["accounts"],
            "--consents",
            paths["consents"],
            "--exchanges",
            paths["exchanges"],
        ]
    )
    print(f"(setup) ingest {rows:,} exchanges: {seconds:.1f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--stages", action="store_true", help="also print a per-step breakdown")
    ap.add_argument(
        "--reuse-store",
        action="store_true",
        help="build from the store a previous run left (same --rows) instead of ingesting again",
    )
    ap.add_argument(
        "--redaction-only",
        action="store_true",
        help="only time the redaction of the build's texts in this process (no store, no build)",
    )
    args = ap.parse_args()
    if args.redaction_only:
        redaction_cost(args.rows, args.runs)
        return
    out = workdir("dataset")
    db = out / "store.db"
    marker = out / "store.rows"
    if args.reuse_store:
        if not db.exists() or not marker.exists() or marker.read_text() != str(args.rows):
            raise SystemExit(
                f"{db}: no store of {args.rows:,} exchanges left by a previous run; run once "
                "without --reuse-store."
            )
        print(f"(setup) reusing the store of {args.rows:,} exchanges in {db}", flush=True)
    else:
        ingest(out, db, args.rows)
        marker.write_text(str(args.rows))
    LAST_CPU.clear()
    times, peaks = [], []
    for run in range(args.runs):
        target = out / f"ds-{run}"
        shutil.rmtree(target, ignore_errors=True)
        seconds, peak = run_measured(
            [
                *consentry(),
                "dataset",
                "build",
                "--db",
                f"sqlite:///{db}",
                "--policy",
                POLICY,
                "--out",
                str(target),
                "--workers",
                str(args.workers),
            ]
        )
        times.append(seconds)
        peaks.append(peak)
        manifest = json.loads((target / "manifest.json").read_text())
        print(
            f"run {run}: {seconds:.1f} s, {manifest['counts']['records']:,} records, excluded "
            f"{manifest['counts']['excluded']}, redacted {manifest['redaction']['counts']}",
            flush=True,
        )
    report(f"dataset build from {args.rows:,} stored exchanges (SQLite), wall time", times, "s")
    report("dataset build rate", [args.rows / t for t in times], "stored exchanges/s")
    report("dataset build CPU time (user+sys, main process and workers)", LAST_CPU, "s")
    report("dataset build peak memory (largest process)", peaks, "MB")
    if args.stages:
        target = out / "ds-stages"
        shutil.rmtree(target, ignore_errors=True)
        stage_breakdown(db, target, args.workers)


if __name__ == "__main__":
    main()
