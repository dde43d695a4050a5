"""Hold-out 19: write a labelled month of LLM-service logs in the traffic-logs contract.

    python benchmarks/holdout19/traffic.py --out DIR --seed N [--scale F] [--corpora PATH]

Why a separate generator: it judges the distillation detector on a world written without
reading the detector or the project's simulator (see README.md). Deterministic per seed.
Bad input is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h19_text as tx  # noqa: E402
import h19_world as wd  # noqa: E402
from h19_classes import HOURS, Acct, Ctx, Ids  # noqa: E402
from h19_population import BUILDERS, COUNTS  # noqa: E402

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES  # noqa: E402

DAY = 86400.0
T0 = wd.START.timestamp()
RELEASE = wd.RELEASE_AT.timestamp() - T0
ERRORS = (429, 500, 400, 529)
CONSUMER_SURFACES = ("web", "app", "cli")


class InputError(Exception):
    """A bad argument: reported as one line, exit 2."""


# --- when each account talks --------------------------------------------------------------


def _session_starts(rng: np.random.Generator, a: Acct) -> np.ndarray:
    """Conversation starts (seconds from the window start): active days, a Poisson number of
    conversations on each, local hours from the account's profile, converted to UTC."""
    first = max(0, int((a.created.timestamp() - T0) // DAY) + 1)
    days = np.arange(first, wd.DAYS)
    if days.size == 0:
        return np.zeros(0)
    weekday = (days % 7) >= 5
    p = np.where(weekday, a.p_active * a.weekend, a.p_active)
    active = days[rng.random(days.size) < p]
    counts = rng.poisson(a.rate * np.exp(rng.normal(0, 0.35, active.size)))
    day_of = np.repeat(active, counts)
    hours = rng.choice(24, size=day_of.size, p=HOURS[a.hours]) + rng.random(day_of.size)
    return np.sort(day_of * DAY + (hours - a.tz) * 3600.0)


def _schedule_starts(rng: np.random.Generator, a: Acct) -> np.ndarray:
    """A fixed schedule: the same times every day, seconds of jitter, rare missed runs."""
    per_day = int(a.state["per_day"])
    first = max(0, int((a.created.timestamp() - T0) // DAY) + 1)
    offset = float(rng.uniform(0, DAY / per_day))
    base = np.arange(first * DAY + offset, wd.DAYS * DAY, DAY / per_day)
    keep = rng.random(base.size) > 0.02
    return np.sort(base[keep] + rng.normal(0, 20, base.size)[keep])


def _burst_starts(rng: np.random.Generator, a: Acct) -> np.ndarray:
    """Benchmark runs: the whole suite at machine pace, on the release day and at random."""
    n = len(a.state["suite"])
    runs = [RELEASE + rng.uniform(1, 10) * 3600]
    runs += [rng.uniform(0, wd.DAYS - 1) * DAY for _ in range(a.state["runs"])]
    out = [r + np.cumsum(rng.lognormal(np.log(2.5), 0.4, n)) for r in runs]
    return np.sort(np.concatenate(out))


def _batch_starts(rng: np.random.Generator, a: Acct) -> np.ndarray:
    """The asynchronous batch endpoint: a job submitted in working hours, its requests run by
    the provider over the following hours as capacity allows (flat, machine-timed)."""
    first = max(0, int((a.created.timestamp() - T0) // DAY) + 1)
    out = []
    for d in range(first, wd.DAYS):
        if rng.random() >= a.state["per_week"] / 7 or d % 7 >= 5 and rng.random() < 0.7:
            continue
        submit = d * DAY + (rng.choice(24, p=HOURS["office"]) + rng.random() - a.tz) * 3600
        if a.state.get("kind") == "suite":
            size = int(a.state["size"])
        else:
            size = max(5, int(a.state["size"] * np.exp(rng.normal(0, 0.4))))
        window = min(24.0, float(rng.lognormal(np.log(3.0), 0.8))) * 3600
        out.append(submit + np.sort(rng.uniform(60, window, size)))
    return np.concatenate(out) if out else np.zeros(0)


TIMING = {
    "sessions": _session_starts,
    "schedule": _schedule_starts,
    "burst": _burst_starts,
    "batch": _batch_starts,
}


# --- rows ---------------------------------------------------------------------------------


def _tokens(text: str | None) -> int:
    return 0 if not text else len(text.encode("utf-8")) // 4 + 1


class Rows:
    """Column lists for a slice of accounts, turned into Arrow tables every ~150k rows."""

    NAMES = [c.name for c in EXCHANGES.columns + EXCHANGES.optional]

    def __init__(self) -> None:
        self.tables: list[pa.Table] = []
        self._reset()

    def _reset(self) -> None:
        self.cols: dict[str, list] = {n: [] for n in self.NAMES}

    def add(self, **row: object) -> None:
        for k, v in row.items():
            self.cols[k].append(v)

    def flush(self, force: bool = False) -> None:
        if not self.cols["ts"] or (not force and len(self.cols["ts"]) < 150_000):
            return
        arrays = []
        for c in EXCHANGES.columns + EXCHANGES.optional:
            vals = self.cols[c.name]
            if c.name == "ts":
                arr = pa.array(np.array(vals, dtype="datetime64[us]")).cast(wd_ts())
            else:
                arr = pa.array(vals, type=c.type)
            arrays.append(arr)
        self.tables.append(pa.Table.from_arrays(arrays, schema=EXCHANGES.full_schema))
        self._reset()


def wd_ts() -> pa.DataType:
    return pa.timestamp("us", tz="UTC")


class Addresses:
    """Which address a network gives an account at a time: home lines keep one for days,
    clouds hand out a new VM address often, NAT pools pick any of their exits."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.cache: dict[tuple[str, int, int], str] = {}

    def get(self, a: Acct, net: wd.Network, sticky: float, t: float) -> str:
        if net.pool:
            return net.host(self.rng)
        epoch = int(t // (max(sticky, 0.01) * DAY))
        key = (a.aid, net.nid, epoch)
        if key not in self.cache:
            self.cache[key] = net.host(self.rng)
        return self.cache[key]


def _model(a: Acct, surface: str, t: float, rng_tier_mini: bool) -> str:
    if a.model == "eval":
        return wd.NEW_MODEL if t >= RELEASE else wd.OLD_MODEL
    if surface in CONSUMER_SURFACES or a.model == "consumer":
        if t >= RELEASE + a.move_hours * 3600:
            return wd.NEW_MODEL
        return wd.OLD_MINI if rng_tier_mini else wd.OLD_MODEL
    if t >= RELEASE + a.migrate_days * DAY:
        return wd.NEW_MODEL
    return a.pin


def _pick(rng: np.random.Generator, pairs: tuple | list) -> int:
    w = np.array([p[1] for p in pairs], dtype=float)
    return int(rng.choice(len(pairs), p=w / w.sum()))


def account_rows(rng: np.random.Generator, a: Acct, rows: Rows, addr: Addresses) -> int:
    """Every exchange of one account, appended to `rows`; returns how many."""
    starts = TIMING[a.timing](rng, a)
    starts = starts[(starts >= 0) & (starts < wd.DAYS * DAY)]
    if starts.size == 0:
        return 0
    single = a.timing in ("burst", "batch", "schedule")
    batch_ip: str | None = None
    out: list[tuple] = []
    for k, t0 in enumerate(starts):
        turns = a.text(rng, a, k)
        surface = a.surfaces[_pick(rng, a.surfaces)][0]
        net, _w, sticky = a.nets[_pick(rng, [(n, w) for n, w, _ in a.nets])]
        if a.timing == "batch":
            batch_ip = batch_ip if batch_ip and rng.random() < 0.97 else None
            ip = batch_ip or addr.get(a, net, sticky, t0)
            batch_ip = ip
        else:
            ip = addr.get(a, net, sticky, t0)
        ua_pool = a.clients.get(surface) or a.clients.get("api") or [wd.BROWSERS[0]]
        ua = ua_pool[int(rng.integers(len(ua_pool)))] if rng.random() > 0.015 else None
        key = None
        if surface == "api" or (surface == "cli" and a.keys):
            key = a.keys[int(rng.integers(len(a.keys)))] if a.keys else None
        conv = None if (surface == "api" and a.stateless) or single else rng.bytes(8).hex()
        mini = a.tier == "free" and rng.random() < 0.2
        incog = bool(rng.random() < a.state.get("incognito", 0.0))
        t = float(t0)
        context = 0
        for j, (prompt, system, tools, image, out_med) in enumerate(turns):
            if j:
                t += float(rng.lognormal(math.log(a.gap), 0.6)) + out_med / 40
            if t >= wd.DAYS * DAY:
                break
            inp = _tokens(prompt) + _tokens(system) + tools * 110 + context
            otok = max(1, int(rng.lognormal(math.log(out_med), 0.5)))
            out.append((t, surface, ip, net.country, ua, key, conv, prompt, system, inp, otok,
                        tools, image, incog, mini))  # fmt: skip
            context += inp - context + otok if conv else 0
    times = np.array([o[0] for o in out])
    status = np.full(times.size, 200, dtype=np.int16)
    if a.cap:  # a subscription's usage cap: requests past it in any five hours get 429s
        order = np.argsort(times, kind="stable")
        sorted_t = times[order]
        lo = np.searchsorted(sorted_t, sorted_t - 5 * 3600)
        status[order[(np.arange(times.size) - lo) >= a.cap]] = 429
    err = rng.random(times.size) < a.err
    status[err] = np.array(ERRORS)[rng.choice(4, size=int(err.sum()), p=[0.55, 0.2, 0.15, 0.1])]
    nulls = rng.random((times.size, 3))
    for i, o in enumerate(out):
        t, surface, ip, cc, ua, key, conv, prompt, system, inp, otok, tools, image, incog, mini = o
        ok = status[i] == 200
        rows.add(
            exchange_id=f"ex_{int(rng.integers(0, 2**62)):016x}",
            ts=np.datetime64(int((T0 + t) * 1e6), "us"),
            account_id=a.aid,
            api_key_id=key,
            conversation_id=None if conv is None else f"cv_{conv}",
            surface=surface,
            model=_model(a, surface, t, mini),
            ip=ip,
            country=None if nulls[i, 0] < 0.015 else cc,
            user_agent=ua,
            prompt=prompt,
            system_prompt=system,
            response=None,
            input_tokens=inp,
            output_tokens=otok if ok else 0,
            tool_count=tools,
            has_image=image,
            status=int(status[i]),
            incognito=incog,
            safety_flagged=bool(nulls[i, 1] < 0.002),
            feedback=bool(nulls[i, 2] < 0.008),
        )
    rows.flush()
    return len(out)


# --- tables ---------------------------------------------------------------------------------


def _accounts_table(rng: np.random.Generator, accts: list[Acct]) -> pa.Table:
    order = rng.permutation(len(accts))
    cols: dict[str, list] = {c.name: [] for c in ACCOUNTS.columns}
    for i in order:
        a = accts[int(i)]
        cols["account_id"].append(a.aid)
        cols["created_at"].append(a.created)
        cols["tier"].append(a.tier)
        cols["signup_channel"].append(a.channel)
        cols["payment_fingerprint"].append(a.card)
        cols["email_domain"].append(a.email)
        cols["declared_country"].append(a.declared)
        cols["org_id"].append(a.org)
    return pa.Table.from_pydict(cols, schema=ACCOUNTS.schema)


def generate(out: Path, seed: int, scale: float, corpora: Path) -> Counter:
    """Build the world and write every table; returns exchanges per label."""
    banks = tx.load_banks(corpora)
    rng = np.random.default_rng([seed, 19])
    world = wd.World(rng)
    ctx = Ctx(rng=rng, world=world, banks=banks, ids=Ids(rng))
    accts: list[Acct] = []
    for label, count in COUNTS.items():
        accts += BUILDERS[label](ctx, max(2, round(count * scale)))
    rows, addr = Rows(), Addresses(rng)
    per_label: Counter = Counter()
    active: set[str] = set()
    for a in accts:
        n = account_rows(rng, a, rows, addr)
        per_label[a.label] += n
        if n:
            active.add(a.aid)
    rows.flush(force=True)
    ex = pa.concat_tables(rows.tables)
    rows.tables = []
    ex = ex.take(pc.sort_indices(ex, [("ts", "ascending"), ("exchange_id", "ascending")]))
    (out / "exchanges").mkdir(parents=True)
    day = pc.divide(pc.subtract(pc.cast(ex["ts"], pa.int64()), int(T0 * 1e6)), int(DAY * 1e6))
    bounds = np.searchsorted(day.to_numpy(), np.arange(wd.DAYS + 1))
    for d in range(wd.DAYS):
        part = ex.slice(int(bounds[d]), int(bounds[d + 1] - bounds[d]))
        pq.write_table(part, out / "exchanges" / f"part-{d:03d}.parquet", compression="zstd")
    pq.write_table(_accounts_table(rng, accts), out / "accounts.parquet")
    feed = world.feed()
    pq.write_table(
        pa.Table.from_pylist(
            [dict(zip(("cidr", "kind", "asn", "country"), r, strict=True)) for r in feed],
            schema=IP_RANGES.schema,
        ),
        out / "ip_ranges.parquet",
    )
    pq.write_table(
        pa.Table.from_pylist(
            [{"model": m, "released_at": t} for m, t in wd.MODEL_RELEASES],
            schema=MODEL_RELEASES.schema,
        ),
        out / "model_releases.parquet",
    )
    labelled = sorted((a.aid, a.label) for a in accts if a.aid in active)
    pq.write_table(
        pa.table({"account_id": [x for x, _ in labelled], "label": [y for _, y in labelled]}),
        out / "labels.parquet",
    )
    per_label["_accounts"] = len(accts)
    per_label["_labelled"] = len(labelled)
    for a in accts:
        if a.aid in active:
            per_label["#" + a.label] += 1
    return per_label


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (the project's rule for bad input)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(message)


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = _Parser(description="Write hold-out 19's labelled traffic world.")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--seed", required=True, type=int)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _args(argv)
        if not (0.001 <= args.scale <= 5.0) or not math.isfinite(args.scale):
            raise InputError(f"--scale must be between 0.001 and 5, got {args.scale}")
        if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
            raise InputError(f"--out {args.out} must be a new or empty folder")
        args.out.mkdir(parents=True, exist_ok=True)
        counts = generate(args.out, args.seed, args.scale, args.corpora)
    except (InputError, tx.CorpusError) as exc:
        print(f"traffic.py: {exc}", file=sys.stderr)
        return 2
    total = sum(v for k, v in counts.items() if not k.startswith(("_", "#")))
    print(f"{counts['_accounts']} accounts ({counts['_labelled']} with traffic), {total} exchanges")
    for label in COUNTS:
        print(f"  {label:28s} {counts['#' + label]:6d} accounts {counts[label]:9d} exchanges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
