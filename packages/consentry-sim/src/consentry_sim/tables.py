"""The per-account tables: accounts, labels (ground truth) and consent events."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from consentry.contract import ACCOUNTS, CONSENT_EVENTS, SIGNUP_CHANNELS, TIERS, TS
from consentry_sim.net import CODES
from consentry_sim.world import DAY_US, World

CONSUMER = [TIERS.index(t) for t in ("free", "pro", "max")]
LABELS_SCHEMA = pa.schema(
    [pa.field("account_id", pa.string(), False), pa.field("label", pa.string(), False)]
)


def _by_account_id(t: pa.Table) -> pa.Table:
    return t.take(pc.sort_indices(t, [("account_id", "ascending")]))


def _nullable(values: list[str] | pa.Array, idx: np.ndarray) -> pa.Array:
    pool = values if isinstance(values, pa.Array) else pa.array(values, pa.string())
    return pool.take(pa.array(idx.astype(np.int64), mask=idx < 0))


def accounts_table(w: World) -> pa.Table:
    """One row per account, ordered by account id (so row order says nothing about labels)."""
    a = w.acc
    t = pa.table(
        {
            "account_id": w.account_ids,
            "created_at": pa.array(a["created_us"], pa.int64()).cast(TS),
            "tier": pa.array(TIERS).take(pa.array(a["tier"].astype(np.int64))),
            "signup_channel": pa.array(SIGNUP_CHANNELS).take(
                pa.array(a["channel"].astype(np.int64))
            ),
            "payment_fingerprint": _nullable(w.pay_ids, a["pay"]),
            "email_domain": _nullable(w.domains, a["email"].astype(np.int64)),
            "declared_country": _nullable(list(CODES), a["declared"].astype(np.int64)),
            "org_id": _nullable(w.org_ids, a["org"]),
        },
        schema=ACCOUNTS.schema,
    )
    return _by_account_id(t)


def labels_table(w: World) -> pa.Table:
    labels = pa.array([p.label for p in w.pops], pa.string())
    t = pa.table(
        {"account_id": w.account_ids, "label": labels.take(pa.array(w.pop.astype(np.int64)))},
        schema=LABELS_SCHEMA,
    )
    return _by_account_id(t)


def consent_table(w: World) -> pa.Table:
    """Training choices: explicit both ways, pre-set toggles accepted, deemed consent after a
    deadline, later changes of mind, users who never chose; business tiers never asked."""
    rng = np.random.default_rng(np.random.SeedSequence([w.seed, 0xC0175E47]))
    a = w.acc
    n = w.n
    created = a["created_us"]
    start, end = w.scale.start_us, w.scale.end_us
    deadline = start + int((end - start) * 0.75)
    rows: list[tuple[np.ndarray, ...]] = []  # acc, ts, choice, basis, source

    def add(
        mask: np.ndarray, ts: np.ndarray, choice: int | np.ndarray, basis: int, source: int
    ) -> None:
        idx = np.flatnonzero(mask)
        ch = np.broadcast_to(np.asarray(choice), (n,))[idx]
        rows.append((idx, ts[idx], ch, np.full(len(idx), basis), np.full(len(idx), source)))

    consumer = np.isin(a["tier"], CONSUMER)
    u = rng.random(n)
    preset = consumer & (u < 0.35)
    deny0 = consumer & (u >= 0.35) & (u < 0.55)
    allow0 = consumer & (u >= 0.55) & (u < 0.70)
    silent = consumer & (u >= 0.70)
    add(preset, created, 0, 1, 0)
    add(deny0, created, 1, 0, 0)
    add(allow0, created, 0, 0, 0)
    prompt_ts = np.maximum(created, start) + (
        rng.random(n) * np.maximum(deadline - np.maximum(created, start), DAY_US)
    ).astype(np.int64)
    v = rng.random(n)
    chose = silent & (v < 0.5)
    add(chose, prompt_ts, np.where(rng.random(n) < 0.55, 0, 1), 0, 1)
    add(silent & (v >= 0.5) & (v < 0.7) & (created < deadline), np.full(n, deadline), 0, 2, -1)
    allowed = preset | allow0 | (chose & (rng.random(n) < 0.55))
    later = np.maximum(created, start) + (
        rng.random(n) * (end - np.maximum(created, start))
    ).astype(np.int64)
    w_rng = rng.random(n)
    add(allowed & (w_rng < 0.08), later, 1, 0, 2)
    add(deny0 & (w_rng < 0.03), later, 0, 0, 2)
    business = ~consumer & (rng.random(n) < 0.4)
    add(business, created, 1, 3, 3)
    acc = np.concatenate([r[0] for r in rows])
    ts = np.concatenate([r[1] for r in rows])
    choice = np.concatenate([r[2] for r in rows]).astype(np.int64)
    basis = np.concatenate([r[3] for r in rows]).astype(np.int64)
    source = np.concatenate([r[4] for r in rows]).astype(np.int64)
    order = np.lexsort((ts, acc))
    t = pa.table(
        {
            "account_id": w.account_ids.take(pa.array(acc[order])),
            "ts": pa.array(ts[order], pa.int64()).cast(TS),
            "choice": pa.array(["allow", "deny"]).take(pa.array(choice[order])),
            "basis": pa.array(["explicit", "preset_accepted", "deemed", "default"]).take(
                pa.array(basis[order])
            ),
            "source": _nullable(["signup", "prompt", "settings", "import"], source[order]),
        },
        schema=CONSENT_EVENTS.schema,
    )
    return t.take(pc.sort_indices(t, [("account_id", "ascending"), ("ts", "ascending")]))
