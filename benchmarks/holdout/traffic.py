"""Independent, labelled holdout traffic for judging a distillation detector.

    python benchmarks/holdout/traffic.py --out DIR [--accounts 12000] [--days 30] [--seed 1] [--mix default|hard]

Writes the traffic-logs contract tables (exchanges/, accounts, ip_ranges, model_releases,
consent_events) plus labels.parquet. Uses numpy, pyarrow and pandas only; same seed, same data.
Written from a description of real traffic alone: it must not import or mirror consentry.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
import engine  # noqa: E402
import network as N  # noqa: E402
import wording_special as S  # noqa: E402
import world as Wd  # noqa: E402
from accounts import hexids, make_accounts  # noqa: E402
from populations import populations  # noqa: E402
from text import TextBank  # noqa: E402

TS = pa.timestamp("us", tz="UTC")
EXCHANGE_SCHEMA = pa.schema(
    [
        ("exchange_id", pa.string()),
        ("ts", TS),
        ("account_id", pa.string()),
        ("api_key_id", pa.string()),
        ("conversation_id", pa.string()),
        ("surface", pa.string()),
        ("model", pa.string()),
        ("ip", pa.string()),
        ("country", pa.string()),
        ("user_agent", pa.string()),
        ("prompt", pa.string()),
        ("system_prompt", pa.string()),
        ("response", pa.string()),
        ("input_tokens", pa.int32()),
        ("output_tokens", pa.int32()),
        ("tool_count", pa.int16()),
        ("has_image", pa.bool_()),
        ("status", pa.int16()),
    ]
)
ERR_CODES = np.array([429, 400, 500, 529, 413], np.int16)
ERR_P = np.array([0.55, 0.2, 0.1, 0.1, 0.05])


def _ts(seconds: np.ndarray) -> pa.Array:
    us = (seconds * Wd.US_PER_S).astype(np.int64) + Wd.T0.astype(np.int64)
    return pa.array(us, pa.int64()).cast(TS)


def _null_where(a: pa.Array, mask: np.ndarray) -> pa.Array:
    return pc.if_else(pa.array(mask), pa.nulls(len(a), a.type), a)


def _system_pools(tb: TextBank, rng: np.random.Generator) -> dict[str, list[str]]:
    tool_list = "\n\nTools available: " + ", ".join(
        ["bash", "read_file", "write_file", "search", "apply_patch", "run_tests"]
    )
    return {
        "app": tb.app_systems,
        "bot": tb.bot_systems,
        "eval": S.EVAL_SYSTEMS,
        "agent": [s + tool_list for s in S.AGENT_SYSTEMS[:2]]
        + ["You are a coding agent in the user's terminal. Be careful with destructive commands."],
        "agent_many": [s + ("" if i % 2 else tool_list) for i, s in enumerate(S.AGENT_SYSTEMS)],
        "custom": [
            "You are a data processing assistant. Follow the output format exactly.",
            "Return only the requested output, no commentary.",
            "You label data for our analytics pipeline.",
        ],
    }


def generate(out: Path, accounts: int, days: int, seed: int, mix: str) -> dict:
    rng = np.random.default_rng(seed)
    clock = Wd.Clock(days)
    net = N.Internet(rng)
    pools = Wd.Pools(net, rng)
    tb = TextBank(corpora.load(), seed)
    sys_pool = _system_pools(tb, rng)
    pops = populations(mix)
    total = sum(p.count for p in pops)
    tmp = out / "_tmp_parts"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    acct_frames, label_frames, stats = [], [], {}
    part = 0
    for pidx, pop in enumerate(pops):
        n = max(3 if pop.label != "benign" else 1, round(pop.count * accounts / total))
        acc = make_accounts(pop, n, rng, clock, pools, pidx)
        ids = np.array(hexids(rng, n, "acct_", 14), dtype=object)
        zdr = rng.random(n) < pop.zdr
        acct_frames.append(_accounts_frame(ids, acc))
        label_frames.append(pd.DataFrame({"account_id": ids, "label": pop.label}))
        rows = 0
        ips_arr = pa.array(net.ips, pa.string())  # addresses are all handed out by now
        for cols in engine.exchanges(pop, acc, rng, clock, tb, sys_pool):
            table = _table(cols, ids, acc, zdr, pop, rng, net, ips_arr)
            rows += table.num_rows
            day = (cols["ts_s"] // Wd.DAY).astype(int)
            order = np.argsort(day, kind="stable")
            table, day = table.take(pa.array(order)), day[order]
            bounds = np.flatnonzero(np.diff(day)) + 1
            for lo, hi in zip(np.r_[0, bounds], np.r_[bounds, len(day)], strict=False):
                d = tmp / f"{day[lo]:04d}"
                d.mkdir(exist_ok=True)
                pq.write_table(table.slice(lo, hi - lo), d / f"{part:06d}.parquet")
                part += 1
        stats[pop.label] = (
            stats.get(pop.label, (0, 0))[0] + n,
            stats.get(pop.label, (0, 0))[1] + rows,
        )
    _merge_days(tmp, out / "exchanges", seed)
    accounts_df = pd.concat(acct_frames, ignore_index=True)
    perm = np.random.default_rng(seed + 1).permutation(len(accounts_df))
    accounts_df = accounts_df.iloc[perm].reset_index(drop=True)
    labels = pd.concat(label_frames, ignore_index=True).iloc[perm].reset_index(drop=True)
    _write_accounts(accounts_df, out / "accounts.parquet")
    pq.write_table(
        pa.Table.from_pandas(
            labels,
            preserve_index=False,
            schema=pa.schema([("account_id", pa.string()), ("label", pa.string())]),
        ),
        out / "labels.parquet",
    )
    _write_consent(accounts_df, rng, out / "consent_events.parquet")
    feed = pd.DataFrame(net.feed())
    pq.write_table(
        pa.Table.from_pandas(
            feed,
            preserve_index=False,
            schema=pa.schema(
                [
                    ("cidr", pa.string()),
                    ("kind", pa.string()),
                    ("asn", pa.int64()),
                    ("country", pa.string()),
                ]
            ),
        ),
        out / "ip_ranges.parquet",
    )
    rel = clock.releases()
    pq.write_table(
        pa.table(
            {
                "model": pa.array([m for m, _ in rel], pa.string()),
                "released_at": pa.array([t.astype(np.int64) for _, t in rel], pa.int64()).cast(TS),
            }
        ),
        out / "model_releases.parquet",
    )
    return stats


def _table(cols, ids, acc, zdr, pop, rng, net, ips_arr) -> pa.Table:
    r = len(cols["owner"])
    owner = cols["owner"]
    conv_ids = np.array(hexids(rng, int(cols["conv_idx"].max()) + 1, "conv_", 16), dtype=object)
    conv = conv_ids[cols["conv_idx"]]
    conv[~cols["threads"]] = None
    keys = np.array(acc["keys"], dtype=object)
    key = np.where(cols["key"] >= 0, keys[np.maximum(cols["key"], 0)], None)
    ipi = pa.array(cols["ip"])
    country = pa.array(net.ip_country, pa.string()).take(ipi)
    ua = pa.array(Wd.ALL_UA, pa.string()).take(pa.array(cols["ua"]))
    err = rng.random(r) < pop.err
    status = np.where(err, ERR_CODES[rng.choice(len(ERR_CODES), r, p=ERR_P)], 200).astype(np.int16)
    prompt = cols["prompt"]
    system = pa.array(cols["system"], pa.string())
    response = cols["response"]
    tin, tout = engine.tokens(
        prompt, system, response, cols["turn"], cols["tools"], pop.tools[0] > 0, rng
    )
    tout[err] = 0
    response = _null_where(response, err | zdr[owner])
    return pa.table(
        [
            pa.array(hexids(rng, r, "ex_", 20), pa.string()),
            _ts(cols["ts_s"]),
            pa.array(ids[owner], pa.string()),
            pa.array(key, pa.string()),
            pa.array(conv, pa.string()),
            pa.array(np.array(engine.SURFACES, dtype=object)[cols["surface"]], pa.string()),
            pa.array(np.array(Wd.MODELS, dtype=object)[cols["model"]], pa.string()),
            ips_arr.take(ipi),
            _null_where(country, rng.random(r) < 0.005),
            _null_where(ua, rng.random(r) < 0.003),
            prompt,
            system,
            response,
            pa.array(tin, pa.int32()),
            pa.array(tout, pa.int32()),
            pa.array(cols["tools"].astype(np.int16), pa.int16()),
            pa.array(cols["image"], pa.bool_()),
            pa.array(status, pa.int16()),
        ],
        schema=EXCHANGE_SCHEMA,
    )


def _merge_days(tmp: Path, dest: Path, seed: int) -> None:
    """One part per day, rows in time order, populations interleaved (nothing leaks by position)."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for d in sorted(tmp.iterdir()):
        t = pa.concat_tables(pq.read_table(f, schema=EXCHANGE_SCHEMA) for f in sorted(d.iterdir()))
        t = t.sort_by([("ts", "ascending"), ("exchange_id", "ascending")])
        pq.write_table(
            t, dest / f"part-{int(d.name):04d}.parquet", row_group_size=128_000, compression="zstd"
        )
    shutil.rmtree(tmp)


def _accounts_frame(ids, acc) -> pd.DataFrame:
    created = Wd.T0 + (acc["created"] * Wd.US_PER_S).astype(np.int64).astype("timedelta64[us]")
    return pd.DataFrame(
        {
            "account_id": ids,
            "created_at": created,
            "tier": acc["tier"],
            "signup_channel": acc["channel"],
            "payment_fingerprint": acc["pay"],
            "email_domain": acc["email"],
            "declared_country": acc["declared"],
            "org_id": acc["org"],
        }
    )


def _write_accounts(df: pd.DataFrame, path: Path) -> None:
    schema = pa.schema(
        [
            ("account_id", pa.string()),
            ("created_at", TS),
            ("tier", pa.string()),
            ("signup_channel", pa.string()),
            ("payment_fingerprint", pa.string()),
            ("email_domain", pa.string()),
            ("declared_country", pa.string()),
            ("org_id", pa.string()),
        ]
    )
    df = df.assign(created_at=pd.to_datetime(df["created_at"]).dt.tz_localize("UTC"))
    pq.write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False), path)


def _write_consent(acc: pd.DataFrame, rng, path: Path) -> None:
    """Sign-up choices by tier, and a few later changes made in settings."""
    n = len(acc)
    business = acc["tier"].isin(["team", "enterprise", "api", "education", "gov"]).to_numpy()
    u = rng.random(n)
    basis = np.where(
        business,
        "default",
        np.select(
            [u < 0.55, u < 0.7, u < 0.85], ["preset_accepted", "explicit", "deemed"], "default"
        ),
    )
    choice = np.where(
        business, "deny", np.where((basis == "explicit") & (rng.random(n) < 0.5), "deny", "allow")
    )
    source = np.where(basis == "deemed", "prompt", np.where(business, "api", "signup"))
    first = pd.DataFrame(
        {
            "account_id": acc["account_id"],
            "ts": acc["created_at"],
            "choice": choice,
            "basis": basis,
            "source": source,
        }
    )
    later = ~business & (rng.random(n) < 0.08)
    when = Wd.T0 + (rng.uniform(0, 20, later.sum()) * Wd.DAY * Wd.US_PER_S).astype(np.int64).astype(
        "timedelta64[us]"
    )
    second = pd.DataFrame(
        {
            "account_id": acc["account_id"][later].to_numpy(),
            "ts": when,
            "choice": np.where(choice[later] == "allow", "deny", "allow"),
            "basis": "explicit",
            "source": "settings",
        }
    )
    second["ts"] = np.maximum(second["ts"].to_numpy(), first["ts"][later].to_numpy())
    ev = pd.concat([first, second], ignore_index=True)
    ev["ts"] = pd.to_datetime(ev["ts"]).dt.tz_localize("UTC")
    schema = pa.schema(
        [
            ("account_id", pa.string()),
            ("ts", TS),
            ("choice", pa.string()),
            ("basis", pa.string()),
            ("source", pa.string()),
        ]
    )
    pq.write_table(pa.Table.from_pandas(ev, schema=schema, preserve_index=False), path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--out", required=True, type=Path, help="output folder (created; exchanges/ is replaced)"
    )
    ap.add_argument("--accounts", type=int, default=12000)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mix", choices=["default", "hard"], default="default")
    a = ap.parse_args(argv)
    if a.accounts < 200 or a.days < 7:
        ap.error("use at least --accounts 200 and --days 7 (every population needs room)")
    a.out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    stats = generate(a.out, a.accounts, a.days, a.seed, a.mix)
    rows = sum(r for _, r in stats.values())
    for label, (n, r) in sorted(stats.items()):
        print(f"{label:32s} accounts={n:7d} exchanges={r:9d}")
    print(
        f"total accounts={sum(n for n, _ in stats.values())} exchanges={rows} in {time.perf_counter() - t:.1f} s -> {a.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
