"""Hold-out 7: an independently written, labelled LLM-provider traffic world (five weeks, 2026).

Hold-out: never tune on it. Writes the contract's tables plus labels and truth:

    python benchmarks/holdout7/traffic.py --out DIR --seed N [--scale F] [--corpora PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import world as W  # noqa: E402
from campaigns import CAMPAIGNS  # noqa: E402
from classes import BENIGN_N, LEGIT, Acct, Ctx, benign  # noqa: E402
from emit import PREFIXES, Plan, emit  # noqa: E402

TS = pa.timestamp("us", tz="UTC")
CHUNK = 250_000
EX_SCHEMA = pa.schema(
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
        ("incognito", pa.bool_()),
        ("safety_flagged", pa.bool_()),
        ("feedback", pa.bool_()),
    ]
)


def population(c: Ctx, scale: float) -> list[tuple[Acct, Plan, str, str, str]]:
    """Every account: (row, plan, label, family, operator), in a shuffled order."""
    out: list[tuple[Acct, Plan, str, str, str]] = []

    def fill(maker, n: int, label: str, family: str, operator: str) -> None:
        got: list = []
        while len(got) < n:
            got += maker(c)
        out.extend((a, p, label, family, operator) for a, p in got[:n])

    fill(benign, max(2, round(BENIGN_N * scale)), "benign", "benign", "")
    for name, (maker, n) in LEGIT.items():
        fill(maker, max(2, round(n * scale)), f"hn:{name}", "hard_negative", "")
    for name, (operator, maker, n) in CAMPAIGNS.items():
        fill(maker, max(2, round(n * scale)), f"attack:{name}", "attack", operator)
    order = c.rng.permutation(len(out))
    return [out[i] for i in order]


def _strings(values: np.ndarray, idx: np.ndarray) -> pa.Array:
    arr = pa.array(values.tolist() if isinstance(values, np.ndarray) else values, pa.string())
    mask = idx < 0
    return pc.take(arr, pa.array(np.where(mask, 0, idx), mask=mask))


def write_chunk(path: Path, parts: list[dict], bank_arr: pa.Array) -> int:
    cols = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
    n = len(cols["ts"])
    if n == 0:
        return 0
    base = pc.take(bank_arr, pa.array(cols["base"]))
    pre = _strings(np.array(PREFIXES, dtype=object), cols["pre"])
    suf = _strings(np.array(W.COT_SUFFIX, dtype=object), cols["suf"])
    prompt = pc.binary_join_element_wise(pre, base, suf, "")
    ts_us = (np.floor((W.T0 + cols["ts"]) * 1e6)).astype("int64")
    tbl = pa.table(
        {
            "exchange_id": pa.array(cols["exchange_id"], pa.string()),
            "ts": pa.array(ts_us, pa.int64()).cast(TS),
            "account_id": pa.array(cols["account_id"], pa.string()),
            "api_key_id": pa.array(cols["api_key_id"], pa.string()),
            "conversation_id": pa.array(cols["conversation_id"], pa.string()),
            "surface": pa.array(cols["surface"], pa.string()),
            "model": _strings(np.array(W.MODELS, dtype=object), cols["model"]),
            "ip": pa.array(cols["ip"], pa.string()),
            "country": pa.array(cols["country"], pa.string()),
            "user_agent": _strings(np.array(W.UAS, dtype=object), cols["ua"]),
            "prompt": prompt,
            "system_prompt": _strings(np.array(W.SYSTEM_PROMPTS, dtype=object), cols["sys"]),
            "response": pa.nulls(n, pa.string()),
            "input_tokens": pa.array(np.clip(cols["input_tokens"], 1, 2**31 - 1).astype("int32")),
            "output_tokens": pa.array(cols["output_tokens"].astype("int32")),
            "tool_count": pa.array(np.clip(cols["tool_count"], 0, 32000).astype("int16")),
            "has_image": pa.array(cols["has_image"]),
            "status": pa.array(cols["status"].astype("int16")),
            "incognito": pa.array(cols["incognito"]),
            "safety_flagged": pa.array(cols["safety_flagged"]),
            "feedback": pa.array(cols["feedback"]),
        },
        schema=EX_SCHEMA,
    )
    pq.write_table(tbl, path, compression="zstd")
    return n


def generate(out: Path, seed: int, scale: float, corpora: Path) -> dict[str, int]:
    rng = np.random.default_rng([7, seed])
    W.draw_calendar(rng)
    bank = W.load_bank(corpora)
    net = W.Internet(rng)
    c = Ctx(rng, net, bank)
    people = population(c, scale)
    (out / "exchanges").mkdir(parents=True, exist_ok=True)
    for old in (out / "exchanges").glob("part-*.parquet"):
        old.unlink()
    bank_arr = pa.array(bank.texts, pa.string())
    ids = [rng.bytes(12).hex() for _ in people]
    parts: list[dict] = []
    rows, written, k = 0, 0, 0
    for aid, (_acct, plan, *_rest) in zip(ids, people, strict=True):
        keys = ["key_" + rng.bytes(9).hex() for _ in range(max(1, plan.keys))]
        cols = emit(rng, bank, plan, keys)
        m = len(cols["ts"])
        cols["account_id"] = np.full(m, aid, dtype=object)
        cols["exchange_id"] = np.array([rng.bytes(12).hex() for _ in range(m)], dtype=object)
        parts.append(cols)
        rows += m
        if rows >= CHUNK:
            written += write_chunk(out / "exchanges" / f"part-{k:04d}.parquet", parts, bank_arr)
            parts, rows, k = [], 0, k + 1
    if parts:
        written += write_chunk(out / "exchanges" / f"part-{k:04d}.parquet", parts, bank_arr)
    _write_accounts(out, ids, people)
    feed = net.feed()
    pq.write_table(
        pa.table(
            {
                "cidr": pa.array([f[0] for f in feed], pa.string()),
                "kind": pa.array([f[1] for f in feed], pa.string()),
                "asn": pa.array([f[2] for f in feed], pa.int64()),
                "country": pa.array([f[3] for f in feed], pa.string()),
            }
        ),
        out / "ip_ranges.parquet",
    )
    rel = [(m, t) for fam in W.FAMILIES.values() for m, t in fam]
    pq.write_table(
        pa.table(
            {
                "model": pa.array([m for m, _ in rel], pa.string()),
                "released_at": pa.array([int((W.T0 + t) * 1e6) for _, t in rel], pa.int64()).cast(
                    TS
                ),
            }
        ),
        out / "model_releases.parquet",
    )
    return {"accounts": len(ids), "exchanges": written}


def _write_accounts(out: Path, ids: list[str], people: list) -> None:
    accts = [p[0] for p in people]
    created = [int((W.T0 + a.created) * 1e6) for a in accts]
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array(ids, pa.string()),
                "created_at": pa.array(created, pa.int64()).cast(TS),
                "tier": pa.array([a.tier for a in accts], pa.string()),
                "signup_channel": pa.array([a.channel for a in accts], pa.string()),
                "payment_fingerprint": pa.array([a.card for a in accts], pa.string()),
                "email_domain": pa.array([a.domain for a in accts], pa.string()),
                "declared_country": pa.array([a.dcc for a in accts], pa.string()),
                "org_id": pa.array([a.org for a in accts], pa.string()),
            }
        ),
        out / "accounts.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array(ids, pa.string()),
                "label": pa.array([p[2] for p in people], pa.string()),
            }
        ),
        out / "labels.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array(ids, pa.string()),
                "label": pa.array([p[2] for p in people], pa.string()),
                "family": pa.array([p[3] for p in people], pa.string()),
                "operator": pa.array([p[4] or None for p in people], pa.string()),
            }
        ),
        out / "truth.parquet",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    a = ap.parse_args(argv)
    if a.scale <= 0:
        print("traffic.py: --scale must be positive.", file=sys.stderr)
        return 2
    if not (a.corpora / "gsm8k" / "train.jsonl").exists():
        print(f"traffic.py: {a.corpora} does not hold the prompt corpora.", file=sys.stderr)
        return 2
    got = generate(a.out, a.seed, a.scale, a.corpora)
    print(f"accounts {got['accounts']} exchanges {got['exchanges']} -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
