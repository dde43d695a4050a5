"""Erasure and retention at scale, SQLite and PostgreSQL alternately in one script.

Builds a store of N synthetic exchanges (policy chatgpt-2025) on each backend: a template of T
exchanges goes through the real ingest path (the evaluator decides every one), users delete 2%
of their conversations and 1% of the accounts withdraw consent on day 20; the template is then
copied N/T times in the database (INSERT ... SELECT with new ids: the same histories and
decisions, N/T times the accounts), which loads 10 million rows in minutes instead of an hour
of ingest. Then it measures:

- erasure of one account (logical: the UPDATE, its receipt, the commit), several accounts;
- the physical reclaim after it (SQLite: WAL checkpoint; PostgreSQL: VACUUM FULL exchanges);
- the retention purge as of 61 days after the first exchange (incognito and API turns, 30-day
  windows, and the deleted conversations: about 10% of N): dry runs, runs rolled back, and
  one committed; then its reclaim.

Targets (issue 14), at 10M: erasure of one account <= 1 s, purge of 10% <= 2 min.

    python benchmarks/bench_erasure.py [--rows 10000000] [--runs 3] [--purge-day 61] [--backends sqlite,postgresql]
        [--template 100000] [--prompt-words 15] [--response-words 45]

PostgreSQL: the script creates the database named by --pg-url (default bench_erasure) and
drops it at the end; the SQLite file is deleted at the end.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import bench_ingest
from common import load_average, machine, peak_rss_mb_self, workdir
from sqlalchemy import Connection, Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

from consentry.policy import load_policy
from consentry.rights.erase import erase_account
from consentry.rights.retention import purge
from consentry.store import open_store, unit_of_work
from consentry.store.compact import reclaim
from consentry.store.consents import record_consent
from consentry.store.conversations import delete_conversation
from consentry.store.ingest import ingest
from consentry.store.schema import accounts, consent_events, conversations, exchanges

T0 = datetime(2025, 10, 1, tzinfo=timezone.utc)
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/bench_erasure"
COPIED = (accounts, consent_events, conversations, exchanges)  # in foreign-key order
ID_COLUMNS = {"account_id", "exchange_id", "conversation_id"}


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


def _url(backend: str, out: Path, pg: str) -> str:
    if backend == "sqlite":
        db = out / "store.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{db}"
    name = make_url(pg).database
    admin = create_engine(make_url(pg).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return pg


def _drop(backend: str, url: str) -> None:
    if backend == "sqlite":
        db = make_url(url).database or ""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return
    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}"'))
    admin.dispose()


def _template(engine: Engine, paths: dict[str, str]) -> None:
    """The template through the real ingest path, then 2% of its conversations deleted (day
    25) and 1% of its accounts withdrawing consent (day 20): the purge's evaluator path."""
    policy = load_policy("chatgpt-2025")
    with unit_of_work(engine) as conn:
        ingest(
            conn,
            policy,
            accounts_path=Path(paths["accounts"]),
            consents_path=Path(paths["consents"]),
            exchanges_path=Path(paths["exchanges"]),
        )
    with unit_of_work(engine) as conn:
        ids = conn.execute(
            select(conversations.c.conversation_id).order_by(conversations.c.conversation_id)
        ).scalars()
        for cid in list(ids)[::50]:
            delete_conversation(conn, cid, at=T0 + timedelta(days=25))
        users = list(
            conn.execute(
                select(exchanges.c.account_id).distinct().order_by(exchanges.c.account_id)
            ).scalars()
        )
        for acc in random.Random(7).sample(users, k=max(1, len(users) // 100)):
            record_consent(conn, acc, "deny", at=T0 + timedelta(days=20), policy=policy)


def _replicate(engine: Engine, copies: int, slices: int = 60) -> None:
    """Copy the template `copies - 1` times with ids prefixed k001~, k002~, ...: the same
    rows and decisions under new accounts, conversations and exchanges. The exchanges go in
    time order (slice by slice, every copy of a slice together), as a store fed in time order
    lays them out: rows that expire together sit together, as they would in production. The
    exchanges' secondary indexes are dropped for the copy and built once after it."""
    backend = engine.dialect.name
    with engine.begin() as conn:
        for t in COPIED:
            order = "ts" if t is exchanges else next(iter(t.primary_key.columns)).name
            conn.exec_driver_sql(
                f"CREATE TABLE tpl_{t.name} AS SELECT * FROM {t.name} ORDER BY {order}"
            )
        conn.exec_driver_sql("CREATE INDEX ix_tpl_exchanges_ts ON tpl_exchanges (ts)")
        step = conn.execute(select(func.max(consent_events.c.event_id))).scalar_one()
        times = [r[0] for r in conn.exec_driver_sql("SELECT ts FROM tpl_exchanges ORDER BY ts")]
        bounds = sorted(set(times[:: max(1, -(-len(times) // slices))]))
        for ix in exchanges.indexes:
            ix.drop(conn)

    def copy(conn: Connection, t, k: int, where: str = "") -> None:  # noqa: ANN001
        cols = [c.name for c in t.columns]
        exprs = [
            f"'k{k:03d}~' || {c}"
            if c in ID_COLUMNS
            else f"{c} + {k * step}"
            if c == "event_id"
            else c
            for c in cols
        ]
        conn.exec_driver_sql(
            f"INSERT INTO {t.name} ({', '.join(cols)}) "
            f"SELECT {', '.join(exprs)} FROM tpl_{t.name} {where}"
        )

    started = time.perf_counter()
    with engine.begin() as conn:
        _load_settings(conn, backend)
        for k in range(1, copies):
            for t in COPIED[:-1]:
                copy(conn, t, k)
    edges = [*bounds[1:], None]
    for i, (lo, hi) in enumerate(zip(bounds, edges, strict=True)):
        cond = f"WHERE ts >= '{lo}'" + (f" AND ts < '{hi}'" if hi is not None else "")
        with engine.begin() as conn:
            _load_settings(conn, backend)
            for k in range(1, copies):
                copy(conn, exchanges, k, cond)
        if (i + 1) % 10 == 0 or hi is None:
            print(
                f"  {backend}: time slice {i + 1}/{len(bounds)} ({time.perf_counter() - started:.0f} s)"
            )
    with engine.begin() as conn:
        _load_settings(conn, backend)
        for ix in exchanges.indexes:
            ix.create(conn)
        for t in COPIED:
            conn.exec_driver_sql(f"DROP TABLE tpl_{t.name}")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")


def _load_settings(conn: Connection, backend: str) -> None:
    if backend == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size = -1000000")  # 1 GB for the index builds
    else:
        conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
        conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '1GB'")
        # No foreign-key triggers for the copy: the template's rows satisfied them already.
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")


def _size_gb(engine: Engine) -> float:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
            return pages * size / 1e9
        return conn.exec_driver_sql("SELECT pg_total_relation_size('exchanges')").scalar_one() / 1e9


def _erasures(
    engines: dict[str, Engine], backends: list[str], rows: int, copies: int, runs: int
) -> None:
    # Accounts with the most exchanges (one copy each): the worst case for one erasure.
    with unit_of_work(engines[backends[0]]) as conn:
        heavy = conn.execute(
            select(exchanges.c.account_id, func.count())
            .where(exchanges.c.account_id.not_like("k%~%"))
            .group_by(exchanges.c.account_id)
            .order_by(func.count().desc())
            .limit(runs)
        ).all()
    if copies > runs:  # one account from each of several copies
        heavy = [
            (f"k{(i + 1) * (copies // (runs + 1)):03d}~{a}", n) for i, (a, n) in enumerate(heavy)
        ]
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
            f"{b}: erase one account among {rows:,} exchanges (logical, commit incl.)",
            erase_s[b],
        )
        _line(
            f"{b}: physical reclaim after it ({'WAL checkpoint' if b == 'sqlite' else 'VACUUM FULL'})",
            reclaim_s[b],
        )


def main() -> None:  # noqa: PLR0915
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--template", type=int, default=100_000, help="exchanges ingested per copy")
    ap.add_argument("--prompt-words", type=int, default=15)
    ap.add_argument("--response-words", type=int, default=45)
    ap.add_argument("--pg-url", default=PG, help="database to create, use and drop")
    ap.add_argument("--erase-runs", type=int, default=None, help="default: --runs (0: skip)")
    ap.add_argument(
        "--purge-day",
        type=int,
        default=61,
        help="purge as of this many days after the first exchange (61: about 15%% due)",
    )
    args = ap.parse_args()
    backends = args.backends.split(",")
    template = min(args.template, args.rows)
    if args.rows % template:
        raise SystemExit(f"--rows must be a multiple of --template ({template}).")
    copies = args.rows // template
    out = workdir("erasure")
    paths = bench_ingest.build(
        out,
        template,
        prompt_words=args.prompt_words,
        response_words=args.response_words,
    )
    urls: dict[str, str] = {}
    engines: dict[str, Engine] = {}
    for b in backends:
        urls[b] = _url(b, out, args.pg_url)
        engines[b] = open_store(urls[b])
        s, _ = _timed(lambda b=b: _template(engines[b], paths))
        print(f"{b}: ingested the template of {template:,} exchanges in {s:.1f} s", flush=True)
        s, _ = _timed(lambda b=b: _replicate(engines[b], copies))
        print(
            f"{b}: copied it to {args.rows:,} exchanges in {s:.1f} s; exchanges table "
            f"{_size_gb(engines[b]):.1f} GB",
            flush=True,
        )

    erase_runs = args.runs if args.erase_runs is None else args.erase_runs
    if erase_runs:
        _erasures(engines, backends, args.rows, copies, erase_runs)

    at = T0 + timedelta(days=args.purge_day)
    dry: dict[str, list[float]] = {b: [] for b in backends}
    rolled: dict[str, list[float]] = {b: [] for b in backends}
    for b in backends:
        with unit_of_work(engines[b]) as conn:
            s, r = _timed(lambda conn=conn: purge(conn, at, dry_run=True))
        dry[b].append(s)
        _line(f"{b}: the purge as a dry run (decides and counts; first, cold cache)", dry[b])
    for _ in range(args.runs - 1):  # the real purge, rolled back: repeatable on one store
        for b in backends:
            with engines[b].connect() as conn, conn.begin() as tx:
                s, r = _timed(lambda conn=conn: purge(conn, at))
                tx.rollback()
            rolled[b].append(s)
            print(f"  {b}: a purge, rolled back: {s:.1f} s", flush=True)
    for b in backends:
        with engines[b].connect() as conn:
            with conn.begin():
                s, r = _timed(lambda conn=conn: purge(conn, at))
                started = time.perf_counter()
            commit = time.perf_counter() - started
        _line(
            f"{b}: retention purge of {r.purged:,} ({r.purged / args.rows:.1%}) of {args.rows:,} "
            f"({r.by_later_event:,} by a later event; {r.reconsidered:,} reconsidered by the "
            f"evaluator), before commit",
            [*rolled[b], s],
        )
        _line(f"{b}: its commit", [commit])
    for b in backends:
        s, rc = _timed(lambda b=b: reclaim(engines[b], wait_seconds=120))
        assert rc.reclaimed, rc.problem
        _line(f"{b}: physical reclaim after the purge", [s])
    for b in backends:
        engines[b].dispose()
        _drop(b, urls[b])
    print(f"peak memory of this script: {peak_rss_mb_self():.0f} MB", flush=True)


if __name__ == "__main__":
    main()
