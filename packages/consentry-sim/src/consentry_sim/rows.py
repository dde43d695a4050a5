"""From sessions to exchange rows: prompts, tokens, status, timing, flags, and the Arrow table."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from consentry.contract import EXCHANGES
from consentry_sim import clients as cl
from consentry_sim import ids
from consentry_sim.engine import BURST, CONVERSING, SESSION_STAGES, TOKENS_PER_SECOND, Chunk
from consentry_sim.net import CODES
from consentry_sim.pools import Pools
from consentry_sim.populations import STYLES
from consentry_sim.prompts import RECIPES
from consentry_sim.prompts import Ctx as PromptCtx
from consentry_sim.world import World

RELEASE_US = int(cl.RELEASE.timestamp()) * 1_000_000
_SURFACES = pa.array(cl.SURFACE_NAMES, pa.string())
_MODELS = pa.array(cl.MODELS, pa.string())
_COUNTRIES = pa.array(CODES, pa.string())


def expand(c: Chunk) -> None:
    t = c.s["turns"]
    n = int(t.sum())
    sess = np.repeat(np.arange(len(t)), t)
    first = np.cumsum(t) - t
    c.r = {"sess": sess, "t": np.arange(n) - np.repeat(first, t), "first": first}
    for k in ("p0", "p1", "p2", "p3", "p4", "rbody"):
        c.r[k] = np.zeros(n, np.int64)
    c.r["rpre"] = np.full(n, -1, np.int64)
    c.r["tools"] = np.zeros(n, np.int16)
    c.r["image"] = np.zeros(n, bool)


def prompts(c: Chunk) -> None:
    ctx = PromptCtx(c.w, c.p, c.rng, c.s, c.r, c.day)
    style = c.s["style"][c.r["sess"]]
    for code, name in enumerate(STYLES):
        rows = np.flatnonzero(style == code)
        if len(rows):
            RECIPES[name](ctx, rows)


def _grouped_cumsum(values: np.ndarray, sess: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Inclusive running sum of values within each session (rows are grouped by session)."""
    cs = np.cumsum(values)
    return cs - (cs[first] - values[first])[sess]


def tokens(c: Chunk) -> None:
    r, s, p, rng = c.r, c.s, c.p, c.rng
    n = len(r["sess"])
    prompt = sum(p.frag_tok[r[k]] for k in ("p0", "p1", "p2", "p3", "p4")).astype(np.int64)
    out = p.resp_tok[r["rbody"]] + np.where(r["rpre"] >= 0, p.resp_tok[np.maximum(r["rpre"], 0)], 0)
    out = np.clip(out * rng.lognormal(0, 0.15, n), 1, 16_000).astype(np.int64)
    sess = r["sess"]
    sys = s["sys"][sess]
    base = np.where(sys >= 0, p.system_tok[np.maximum(sys, 0)], 0)
    base = base + r["tools"].astype(np.int64) * 110 + r["image"] * 1100
    conv = (
        CONVERSING[s["style"][sess]]
        | (s["style"][sess] == STYLES.index("agent"))
        | (s["style"][sess] == STYLES.index("eval"))
    )
    turn = prompt + out
    history = _grouped_cumsum(turn, sess, r["first"]) - turn
    prior = np.where(s["resumed"], rng.lognormal(np.log(1500), 0.8, len(s["acc"])), 0)[sess]
    r["prompt_tok"] = prompt
    r["out"] = out
    r["in"] = base + prompt + np.where(conv, history + prior.astype(np.int64), 0)


def status(c: Chunk) -> None:
    """Mostly 200; rate limits by account, a few bad requests, overloads after a release."""
    r, s, rng = c.r, c.s, c.rng
    n = len(r["sess"])
    acc = s["acc"][r["sess"]]
    start = s["start"][r["sess"]]
    u = rng.random(n)
    surge = (start >= RELEASE_US) & (start < RELEASE_US + 8 * 3_600_000_000)
    p429 = c.w.acc["p429"][acc]
    p529 = np.where(surge, 0.02, 0.003)
    code = np.select(
        [u < p429, u < p429 + 0.004, u < p429 + 0.006, u < p429 + 0.006 + p529],
        [429, 400, 500, 529],
        200,
    )
    r["status"] = code.astype(np.int16)
    ok = code == 200
    r["out"] = np.where(ok, r["out"], 0)


def timing(c: Chunk) -> None:
    """Each request follows the previous response plus a pause (human or machine)."""
    r, s, rng = c.r, c.s, c.rng
    sess = r["sess"]
    n = len(sess)
    model = s["model"][sess]
    latency = 0.3 + r["out"] / TOKENS_PER_SECOND[model] + rng.exponential(0.4, n)
    gap = rng.lognormal(np.log(s["gap_med"][sess]), s["gap_sd"][sess])
    inc = np.zeros(n)
    inc[1:] = latency[:-1] + gap[1:]
    inc[r["first"]] = 0.0
    offset = _grouped_cumsum(inc, sess, r["first"])
    r["ts"] = s["start"][sess] + (offset * 1e6).astype(np.int64)
    r["latency"] = latency


def flags(c: Chunk) -> None:
    r, s, rng = c.r, c.s, c.rng
    n = len(r["sess"])
    surface = s["surface"][r["sess"]]
    first_party = surface <= cl.APP
    r["incognito"] = s["incognito"][r["sess"]]
    r["safety"] = rng.random(n) < 0.0015
    r["feedback"] = first_party & (r["status"] == 200) & (rng.random(n) < 0.01)


ROW_STAGES = (expand, prompts, tokens, status, timing, flags)


def _nullable(pool: pa.Array, idx: np.ndarray) -> pa.Array:
    return pool.take(pa.array(idx, pa.int64(), mask=idx < 0))


def to_table(c: Chunk, responses: bool) -> pa.Table:
    """Rows sorted by time, inside the window, as a contract-shaped Arrow table."""
    w, p, r, s = c.w, c.p, c.r, c.s
    created = w.acc["created_us"][s["acc"][r["sess"]]]
    keep = (r["ts"] >= np.maximum(w.scale.start_us, created)) & (r["ts"] < w.scale.end_us)
    order = np.flatnonzero(keep)[np.argsort(r["ts"][keep], kind="stable")]
    sess = r["sess"][order]
    n = len(order)
    acc = s["acc"][sess]
    surface = s["surface"][sess]
    st = r["status"][order]
    burst = BURST[s["style"][sess]]
    conv_key = np.where(burst, ids.hash_keys(s["conv"][sess], r["t"][order] + 1), s["conv"][sess])
    has_conv = s["has_conv"][sess]
    conv = ids.hashed_ids(conv_key, "conv_", 22)
    conv = pc.if_else(pa.array(has_conv), conv, pa.scalar(None, pa.string()))
    prompt = pc.binary_join_element_wise(
        *[p.frags.take(pa.array(r[k][order])) for k in ("p0", "p1", "p2", "p3", "p4")], ""
    )
    if responses:
        body = pc.binary_join_element_wise(
            p.resp.take(pa.array(np.maximum(r["rpre"][order], 0))),
            p.resp.take(pa.array(r["rbody"][order])),
            "",
        )
        response = pc.if_else(pa.array(st == 200), body, pa.scalar(None, pa.string()))
    else:
        response = pa.nulls(n, pa.string())
    addr = s["addr"][sess]
    cols = {
        "exchange_id": ids.random_ids(c.rng, n, "ex_", 24),
        "ts": pa.array(r["ts"][order], pa.int64()).cast(pa.timestamp("us", tz="UTC")),
        "account_id": w.account_ids.take(pa.array(acc)),
        "api_key_id": _nullable(w.key_ids, s["key"][sess]),
        "conversation_id": conv,
        "surface": _SURFACES.take(pa.array(surface)),
        "model": _MODELS.take(pa.array(s["model"][sess])),
        "ip": w.addr_ip.take(pa.array(addr)),
        "country": _COUNTRIES.take(pa.array(w.addr_country[addr].astype(np.int64))),
        "user_agent": w.ua.take(pa.array(s["ua"][sess])),
        "prompt": prompt,
        "system_prompt": _nullable(p.system, s["sys"][sess]),
        "response": response,
        "input_tokens": pa.array(r["in"][order].astype(np.int32)),
        "output_tokens": pa.array(r["out"][order].astype(np.int32)),
        "tool_count": pa.array(r["tools"][order].astype(np.int16)),
        "has_image": pa.array(r["image"][order]),
        "status": pa.array(st.astype(np.int16)),
        "incognito": pa.array(r["incognito"][order]),
        "safety_flagged": pa.array(r["safety"][order]),
        "feedback": pa.array(r["feedback"][order]),
    }
    return pa.Table.from_pydict(cols, schema=EXCHANGES.full_schema)


def generate_chunk(w: World, pools: Pools, day: int, shard: int, responses: bool) -> pa.Table:
    """All exchanges of one day for one shard of accounts."""
    c = Chunk(w, pools, day, shard)
    for stage in SESSION_STAGES + ROW_STAGES:
        stage(c)
    return to_table(c, responses)
