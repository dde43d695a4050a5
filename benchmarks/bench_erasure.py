"""Erasure and retention at scale, SQLite and PostgreSQL alternately in one script.

Loads N synthetic exchanges (the ingest benchmark's tables, policy chatgpt-2025) into a fresh
SQLite file and a fresh PostgreSQL schema, deletes 2% of the conversations, then measures:

- erasure of one account (logical: the UPDATE, its receipt, the commit), several accounts;
- the physical reclaim after it (SQLite: WAL checkpoint; PostgreSQL: VACUUM FULL exchanges);
- the retention purge as of 61 days after the first exchange (incognito and API turns, 30-day
  windows, and the deleted conversations: about 10% of N), as a dry run (candidates + the
  evaluator) and for real, then its reclaim.

Targets (issue 14), at 10M: erasure of one account <= 1 s, purge of 10% <= 2 min.

    python benchmarks/bench_erasure.py [--rows 1000000] [--runs 5] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import bench_ingest
from common import load_average, machine, peak_rss_mb_self, workdir
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from consentry.policy import load_policy
from consentry.rights.erase import erase_account
from consentry.rights.retention import purge
from consentry.store import open_store, unit_of_work
from consentry.store.compact import reclaim
from consentry.store.conversations import delete_conversation
from consentry.store.ingest import ingest
from consentry.store.schema import conversations, exchanges

T0 = datetime(2025, 10, 1, tzinfo=timezone.utc)
PG = os.environ.get(
    "CONSENTRY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _timed(fn):  # noqa: ANN001, ANN202
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _line(name: str, values: list[float], unit: str = "s") -> None:
    runs = ", ".join(f"{v:.3f}" for v in values)
    print(
        f"{name}: {statistics.median(values):.3f} {unit} (median of {len(values)}: {runs}) "
        f"[{machine()}; {load_average()}; shared machine]",
        flush=True,
    )


def _stores(backends: list[str], out: Path) -> dict[str, tuple[str, object]]:
    urls = {}
    for b in backends:
        if b == "sqlite":
            db = out / "store.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            urls[b] = f"sqlite:///{db}"
        else:
            schema = f"bench_erasure_{uuid.uuid4().hex[:8]}"
            with create_engine(PG).begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            url = make_url(PG).update_query_dict({"options": f"-csearch_path={schema}"})
            urls[b] = (url.render_as_string(hide_password=False), schema)
    return urls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--backends", default="sqlite,postgresql")
    args = ap.parse_args()
    backends = args.backends.split(",")
    out = workdir("erasure")
    paths = bench_ingest.build(out, args.rows)
    policy = load_policy("chatgpt-2025")
    targets = _stores(backends, out)
    engines = {}
    for b in backends:
        url = targets[b] if b == "sqlite" else targets[b][0]
        engines[b] = open_store(url)
        with unit_of_work(engines[b]) as conn:
            s, _ = _timed(
                lambda conn=conn: ingest(
                    conn,
                    policy,
                    accounts_path=Path(paths["accounts"]),
                    consents_path=Path(paths["consents"]),
                    exchanges_path=Path(paths["exchanges"]),
                )
            )
        print(f"{b}: loaded {args.rows:,} exchanges in {s:.1f} s", flush=True)
        with unit_of_work(engines[b]) as conn:  # users delete 2% of their conversations
            ids = (
                conn.execute(
                    select(conversations.c.conversation_id).order_by(
                        conversations.c.conversation_id
                    )
                )
                .scalars()
                .all()
            )
            for cid in ids[::50]:
                delete_conversation(conn, cid, at=T0 + timedelta(days=25))
        engines[b].dispose()

    # Accounts with the most exchanges: the worst case for one erasure.
    with unit_of_work(engines[backends[0]]) as conn:
        heavy = conn.execute(
            select(exchanges.c.account_id, func.count())
            .group_by(exchanges.c.account_id)
            .order_by(func.count().desc())
            .limit(args.runs)
        ).all()
    print(f"erasing accounts of {heavy[0][1]}..{heavy[-1][1]} exchanges each", flush=True)
    erase_s: dict[str, list[float]] = {b: [] for b in backends}
    reclaim_s: dict[str, list[float]] = {b: [] for b in backends}
    for account, _n in heavy:  # alternately, one account per backend per round
        for b in backends:

            def erase(b=b, account=account) -> None:  # noqa: ANN001
                with unit_of_work(engines[b]) as conn:
                    erase_account(conn, account)

            s, _ = _timed(erase)
            erase_s[b].append(s)
            s, r = _timed(lambda b=b: reclaim(engines[b], wait_seconds=60))
            assert r.reclaimed, r.problem
            reclaim_s[b].append(s)
    for b in backends:
        _line(
            f"{b}: erase one account among {args.rows:,} exchanges (logical, commit incl.)",
            erase_s[b],
        )
        _line(
            f"{b}: physical reclaim after it ({'WAL checkpoint' if b == 'sqlite' else 'VACUUM FULL'})",
            reclaim_s[b],
        )

    at = T0 + timedelta(days=61)
    dry: dict[str, list[float]] = {b: [] for b in backends}
    for _ in range(2):
        for b in backends:
            with unit_of_work(engines[b]) as conn:
                s, r = _timed(lambda conn=conn: purge(conn, at, dry_run=True))
            dry[b].append(s)
    for b in backends:
        with unit_of_work(engines[b]) as conn:
            s, r = _timed(lambda conn=conn: purge(conn, at))
        _line(
            f"{b}: retention purge of {r.purged:,} ({r.purged / args.rows:.1%}) of {args.rows:,} "
            f"({r.by_later_event:,} by a later event), commit incl.",
            [s],
        )
        _line(f"{b}: the same purge, dry run (candidates + evaluator)", dry[b])
        s, rc = _timed(lambda b=b: reclaim(engines[b], wait_seconds=120))
        assert rc.reclaimed, rc.problem
        _line(f"{b}: physical reclaim after the purge", [s])
    for b in backends:
        engines[b].dispose()
        if b != "sqlite":
            with create_engine(PG).begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{targets[b][1]}" CASCADE'))
    print(f"peak memory of this script: {peak_rss_mb_self():.0f} MB", flush=True)


if __name__ == "__main__":
    main()
