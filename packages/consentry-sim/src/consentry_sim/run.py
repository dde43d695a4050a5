"""Write a whole simulation to a folder: small tables first, then exchanges chunk by chunk.

Each chunk (a day x a shard of accounts) is generated and written on its own, in this process
or in worker processes, so memory stays bounded whatever the scale; the chunk's random stream
depends only on (seed, day, shard), so the output does not depend on the number of workers.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import shutil
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from consentry.errors import ConsentryError
from consentry_sim.build import build_world
from consentry_sim.clients import model_releases
from consentry_sim.populations import STYLES
from consentry_sim.scales import Evasion, Scale, get_scale
from consentry_sim.world import World

TABLES = ("accounts", "labels", "ip_ranges", "model_releases", "consent_events")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Summary:
    """What was written, for the CLI and the demo."""

    out: str
    scale: str
    seed: int
    evasion: str
    accounts: int
    exchanges: int
    labels: dict[str, int]
    label_exchanges: dict[str, int]
    parts: int

    def by_label(self) -> list[tuple[str, int, int]]:
        """(label, accounts, exchanges) rows, sorted by label: what the CLI and demo print."""
        return [(k, n, self.label_exchanges.get(k, 0)) for k, n in sorted(self.labels.items())]


def _write(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", row_group_size=128 * 1024)


def estimate_rows(w: World) -> int:
    """Expected exchanges, for the progress bar (sessions times mean turns)."""
    turns = np.where(w.acc["style"] == STYLES.index("eval"), 1.04, w.acc["turns"])
    return int((w.plan.sum(axis=1) * turns).sum())


# Worker state: each worker rebuilds the world once from the same inputs.
_STATE: dict[str, object] = {}


def _init(seed: int, scale: Scale, evasion: Evasion) -> None:
    from consentry_sim.pools import build_pools

    pa.set_cpu_count(1)
    _STATE["world"] = build_world(seed, scale, evasion)
    _STATE["pools"] = build_pools()


def _chunk(day: int, shard: int, path: str, responses: bool) -> dict[str, int]:
    from consentry_sim.rows import generate_chunk

    w: World = _STATE["world"]  # type: ignore[assignment]
    table = generate_chunk(w, _STATE["pools"], day, shard, responses)  # type: ignore[arg-type]
    _write(table, Path(path))
    return _count_labels(w, table)


def _count_labels(w: World, table: pa.Table) -> dict[str, int]:
    import pyarrow.compute as pc

    ids = table.column("account_id")
    idx = pc.index_in(ids, value_set=w.account_ids).to_numpy(zero_copy_only=False)
    counts = np.bincount(w.pop[idx.astype(np.int64)], minlength=len(w.pops))
    out: dict[str, int] = {}
    for k, p in enumerate(w.pops):
        out[p.label] = out.get(p.label, 0) + int(counts[k])
    return out


def _prepare(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise ConsentryError(f"{out} is a file; give a folder for the simulated tables.")
    ex = out / "exchanges"
    if ex.exists() and any(ex.iterdir()):
        if not force:
            raise ConsentryError(
                f"{out} already holds a simulation; choose another folder or pass --force."
            )
        shutil.rmtree(ex)
    ex.mkdir(parents=True, exist_ok=True)


def simulate(
    out: Path | str,
    scale: str = "small",
    seed: int = 1,
    evasion: Evasion | str | None = None,
    responses: bool | None = None,
    workers: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> Summary:
    """Write the contract tables and labels.parquet for one simulated window to `out`."""
    out = Path(out)
    sc = get_scale(scale)
    ev = evasion if isinstance(evasion, Evasion) else Evasion.parse(evasion)
    if seed < 0:
        raise ConsentryError("seed must be zero or a positive integer.")
    with_text = sc.responses if responses is None else responses
    _prepare(out, force)
    from consentry_sim.tables import accounts_table, consent_table, labels_table

    w = build_world(seed, sc, ev)
    _write(accounts_table(w), out / "accounts.parquet")
    labels = labels_table(w)
    _write(labels, out / "labels.parquet")
    _write(w.ip_ranges, out / "ip_ranges.parquet")
    _write(model_releases(), out / "model_releases.parquet")
    _write(consent_table(w), out / "consent_events.parquet")
    jobs = [
        (d, s, str(out / "exchanges" / f"part-{d * sc.shards + s:05d}.parquet"))
        for d in range(sc.days)
        for s in range(sc.shards)
    ]
    total = estimate_rows(w)
    done = 0
    per_label: dict[str, int] = {}

    def _tick(counts: dict[str, int]) -> None:
        nonlocal done
        for k, v in counts.items():
            per_label[k] = per_label.get(k, 0) + v
        done += sum(counts.values())
        if progress:
            progress(done, max(total, done))

    n_workers = workers if workers is not None else (1 if sc.name in ("tiny", "small") else 2)
    if n_workers <= 1:
        _STATE.clear()
        from consentry_sim.pools import build_pools

        _STATE.update(world=w, pools=build_pools())
        try:
            for d, s, path in jobs:
                _tick(_chunk(d, s, path, with_text))
        finally:
            _STATE.clear()
    else:
        del w
        _run_pool(jobs, n_workers, seed, sc, ev, with_text, _tick)
    if progress:
        progress(done, done)
    label_counts = {
        k: int(v)
        for k, v in zip(
            *np.unique(labels.column("label").to_numpy(zero_copy_only=False), return_counts=True),
            strict=True,
        )
    }
    summary = Summary(
        str(out),
        sc.name,
        seed,
        ev.describe(),
        labels.num_rows,
        done,
        label_counts,
        dict(sorted(per_label.items())),
        len(jobs),
    )
    meta = {
        "scale": sc.name,
        "seed": seed,
        "evasion": ev.describe(),
        "responses": with_text,
        "window_start_us": sc.start_us,
        "window_end_us": sc.end_us,
        "accounts": labels.num_rows,
        "exchanges": done,
        "parts": len(jobs),
    }
    (out / "simulation.json").write_text(json.dumps(meta, indent=2) + "\n")
    return summary


def _run_pool(
    jobs: list[tuple[int, int, str]],
    n_workers: int,
    seed: int,
    sc: Scale,
    ev: Evasion,
    with_text: bool,
    tick: Callable[[dict[str, int]], None],
) -> None:
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(
        n_workers, mp_context=ctx, initializer=_init, initargs=(seed, sc, ev)
    ) as pool:
        pending: set[Future[dict[str, int]]] = set()
        queue = list(jobs)
        # Keep at most two chunks per worker in flight: bounded memory, no idle workers.
        while queue or pending:
            while queue and len(pending) < 2 * n_workers:
                d, s, path = queue.pop(0)
                pending.add(pool.submit(_chunk, d, s, path, with_text))
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                tick(f.result())
