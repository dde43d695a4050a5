"""Hold-out 8: an independently written, labelled LLM-provider traffic world (a judge: never tune
on it). Writes the traffic-logs contract's tables plus labels.parquet and truth.parquet.

    python traffic.py --out DIR --seed N [--scale F] [--corpora /work/shared/corpora]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classes import CLASSES, Ctx  # noqa: E402
from prompts import CATEGORIES, PREFIXES, SUFFIXES, SYSTEM_PROMPTS, load_bank, load_responses  # noqa: E402
from rows import account_rows  # noqa: E402
from world import MODELS, PAST_RELEASES, RELEASES, START, SURFACES, US_PER_DAY, Networks, Pool  # noqa: E402

TS = pa.timestamp("us", tz="UTC")


def _strings(idx: np.ndarray, items: list[str]) -> pa.Array:
    """Dictionary codes (-1 = null) -> a plain string array."""
    mask = idx < 0
    arr = pa.DictionaryArray.from_arrays(
        pa.array(np.where(mask, 0, idx), pa.int32(), mask=mask), pa.array(items, pa.string())
    )
    return arr.cast(pa.string())


def build(seed: int, scale: float, corpora: Path) -> dict[str, pa.Table]:
    rng = np.random.default_rng(seed)
    bank = load_bank(corpora)
    responses = load_responses(corpora)
    nets = Networks(rng)
    ctx = Ctx(rng, nets)
    pools = {k: Pool() for k in ("ip", "ua", "country", "key")}
    sizes = [len(bank[c]) for c in CATEGORIES]
    accounts, labels, parts = [], [], []
    for label, family, operator, count, builder in CLASSES:
        for _ in range(max(2, round(count * scale))):
            phases = builder(ctx)
            aid = f"acct_{rng.integers(0, 1 << 56):014x}"
            acct = phases[0][0]
            accounts.append((aid, acct))
            labels.append((aid, label, family, operator))
            for _acct, prof in phases:
                if prof.n > 100:  # keep the world at 1-1.5M exchanges: compress the heavy tail
                    prof.n = int(100 + (prof.n - 100) * 0.42)
                rows = account_rows(prof, rng, nets, pools, sizes, len(PREFIXES), len(SUFFIXES))
                rows["acct"] = len(accounts) - 1
                parts.append(rows)
    ex = _exchanges(parts, accounts, bank, responses, pools, rng)
    order = rng.permutation(len(accounts))
    acc = pa.table(
        {
            "account_id": pa.array([accounts[i][0] for i in order], pa.string()),
            "created_at": pa.array(
                START
                + np.array(
                    [int(accounts[i][1].created * US_PER_DAY) for i in order], "timedelta64[us]"
                ),
                TS,
            ),
            "tier": pa.array([accounts[i][1].tier for i in order], pa.string()),
            "signup_channel": pa.array([accounts[i][1].channel for i in order], pa.string()),
            "payment_fingerprint": pa.array([accounts[i][1].fp for i in order], pa.string()),
            "email_domain": pa.array([accounts[i][1].email for i in order], pa.string()),
            "declared_country": pa.array([accounts[i][1].country for i in order], pa.string()),
            "org_id": pa.array([accounts[i][1].org for i in order], pa.string()),
        }
    )
    lab = pa.table(
        {
            "account_id": pa.array([labels[i][0] for i in order], pa.string()),
            "label": pa.array([labels[i][1] for i in order], pa.string()),
        }
    )
    truth = pa.table(
        {
            "account_id": lab["account_id"],
            "label": lab["label"],
            "family": pa.array([labels[i][2] for i in order], pa.string()),
            "operator": pa.array([labels[i][3] for i in order], pa.string()),
        }
    )
    feed = nets.feed()
    ipr = pa.table(
        {
            "cidr": pa.array([f[0] for f in feed], pa.string()),
            "kind": pa.array([f[1] for f in feed], pa.string()),
            "asn": pa.array([f[2] for f in feed], pa.int64()),
            "country": pa.array([f[3] for f in feed], pa.string()),
        }
    )
    rel = [(m, d) for m, d in PAST_RELEASES] + [(m, d) for m, _o, d in RELEASES]
    mr = pa.table(
        {
            "model": pa.array([m for m, _ in rel], pa.string()),
            "released_at": pa.array(
                START + np.array([int(d * US_PER_DAY) for _, d in rel], "timedelta64[us]"), TS
            ),
        }
    )
    return {
        "exchanges": ex,
        "accounts": acc,
        "ip_ranges": ipr,
        "model_releases": mr,
        "labels": lab,
        "truth": truth,
    }


def _exchanges(parts, accounts, bank, responses, pools, rng) -> pa.Table:  # type: ignore[no-untyped-def]
    def cat(k: str) -> np.ndarray:
        return np.concatenate([p[k] for p in parts])

    acct = np.concatenate([np.full(len(p["off"]), p["acct"]) for p in parts])
    off = cat("off")
    order = np.lexsort((acct, off))
    n = len(off)
    g = {
        k: cat(k)[order]
        for k in (
            "off",
            "turn",
            "surface",
            "ua",
            "ip",
            "country",
            "key",
            "conv_null",
            "model",
            "cat",
            "base",
            "pre",
            "suf",
            "system",
            "tools",
            "image",
            "out",
            "status",
            "retain",
            "incognito",
            "feedback",
            "safety",
        )
    }
    conv = [c for p in parts for c in p["conv"]]
    conv_ids = [conv[i] for i in order.tolist()]
    acct = acct[order]
    # prompt text: one string per distinct (category, base, prefix, suffix)
    offs = np.cumsum([0] + [len(bank[c]) for c in CATEGORIES])
    flat = [t for c in CATEGORIES for t in bank[c]]
    np_, ns = len(PREFIXES), len(SUFFIXES)
    code = ((offs[g["cat"]] + g["base"]) * np_ + g["pre"]) * ns + g["suf"]
    uniq, inv = np.unique(code, return_inverse=True)
    texts = []
    for c in uniq.tolist():
        b, rest = divmod(c, np_ * ns)
        pr, sf = divmod(rest, ns)
        texts.append(PREFIXES[pr] + flat[b] + SUFFIXES[sf])
    plen = np.array([len(t) for t in texts])[inv]
    slen = np.where(
        g["system"] >= 0, np.array([len(s) for s in SYSTEM_PROMPTS])[np.maximum(g["system"], 0)], 0
    )
    in_tok = (plen + slen) // 4 + 3 + g["turn"] * rng.integers(150, 600, size=n) + g["tools"] * 90
    resp = np.where(g["retain"] & (g["status"] == 200), rng.integers(0, len(responses), size=n), -1)
    ua = g["ua"].copy()
    ua[rng.random(n) < 0.01] = -1
    country = g["country"].copy()
    country[rng.random(n) < 0.02] = -1
    ids = rng.integers(0, 1 << 62, size=n)
    acct_ids = [a[0] for a in accounts]
    return pa.table(
        {
            "exchange_id": pa.array([f"ex_{v:016x}" for v in ids.tolist()], pa.string()),
            "ts": pa.array(START + g["off"].astype("timedelta64[us]"), TS),
            "account_id": _strings(acct, acct_ids),
            "api_key_id": _strings(g["key"], pools["key"].items),
            "conversation_id": pa.array(
                [
                    None if nl else f"conv_{c}"
                    for nl, c in zip(g["conv_null"].tolist(), conv_ids, strict=True)
                ],
                pa.string(),
            ),
            "surface": _strings(g["surface"], list(SURFACES)),
            "model": _strings(g["model"], list(MODELS)),
            "ip": _strings(g["ip"], pools["ip"].items),
            "country": _strings(country, pools["country"].items),
            "user_agent": _strings(ua, pools["ua"].items),
            "prompt": _strings(inv, texts),
            "system_prompt": _strings(g["system"], SYSTEM_PROMPTS),
            "response": _strings(resp, responses),
            "input_tokens": pa.array(np.minimum(in_tok, 200_000).astype(np.int32)),
            "output_tokens": pa.array(g["out"].astype(np.int32)),
            "tool_count": pa.array(g["tools"].astype(np.int16)),
            "has_image": pa.array(g["image"]),
            "status": pa.array(g["status"].astype(np.int16)),
            "incognito": pa.array(g["incognito"]),
            "safety_flagged": pa.array(g["safety"]),
            "feedback": pa.array(g["feedback"]),
        }
    )


def write(tables: dict[str, pa.Table], out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    (out / "exchanges").mkdir(parents=True)
    ex = tables["exchanges"]
    day = (np.asarray(ex["ts"].cast(pa.int64())) - START.astype(np.int64)) // US_PER_DAY
    bounds = np.searchsorted(day, np.arange(int(day.max()) + 2))
    for d in range(len(bounds) - 1):
        if bounds[d + 1] > bounds[d]:
            pq.write_table(
                ex.slice(bounds[d], bounds[d + 1] - bounds[d]),
                out / "exchanges" / f"part-{d:03d}.parquet",
            )
    for name in ("accounts", "ip_ranges", "model_releases", "labels", "truth"):
        pq.write_table(tables[name], out / f"{name}.parquet")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    a = ap.parse_args(argv)
    if a.scale <= 0 or not (a.corpora / "gsm8k" / "test.jsonl").exists():
        print(
            "traffic.py: --scale must be > 0 and --corpora must hold the shared prompt corpora.",
            file=sys.stderr,
        )
        return 2
    tables = build(a.seed, a.scale, a.corpora)
    write(tables, a.out)
    fam = tables["truth"].column("family").to_pylist()
    print(
        f"wrote {a.out}: {tables['exchanges'].num_rows} exchanges, {len(fam)} accounts, "
        f"{fam.count('attack')} attack, {fam.count('hard_negative')} hard negative"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
