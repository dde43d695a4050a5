"""Coordination: accounts that share infrastructure *and* behave alike.

A campaign is many accounts run by one operator: they share things (exit networks, cards,
client strings opened in one sign-up window, prompt structures, templates) and, because one
pipeline drives them, they also behave alike. Ordinary users who share a thing (a reseller's
customers behind its exit pool, students behind a campus NAT, a household) behave each in
their own way. So sharing alone links nobody here: two accounts are *peers* when they share
a thing and fall into the same behaviour bucket.

Behaviour buckets are SimHash codes (random hyperplanes through the run's median account) of
a vector of shapes and shares that say how an account works, never what it asks: conversation
structure, output/input ratio, timing, diurnal and weekly spread, persistence, novelty,
re-sent prompts and answer-length coverage, template reuse, surface, tools. Several
independent bands of bits make "alike" robust to one coordinate near a hyperplane. Everything
is O(memberships): a group-by on (thing, band, bucket) and one pass over each account's
rows, so it scales with the logs, not with pairs of accounts.

Per account (the model's coordination features):
- `alike_peers`: accounts (log) that share a thing with it and fall in its behaviour bucket
  (the largest such group over its things and bands);
- `alike_share`: of the accounts sharing the thing behind that group, the share that also
  behave like it (0 below MIN_GROUP accounts) — high for a campaign's accounts, low for a
  reseller's customer on a pool where it is one of many different customers;
- `alike_lift`: for that group, how many times more common its behaviour bucket is among the
  thing's accounts than among all accounts of the run (log): a pool where one kind of
  behaviour crowds in, rare elsewhere, is what one operator's pipeline leaves;
- `infra_peers`: accounts (log) sharing any one thing with it, whatever they do;
- `group_sync`: how much its alike group is active on the same days beyond chance
  (synchronised operation), from the per-day activity the features stage already has.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

BANDS = 4
BITS = 7
MIN_GROUP = 3  # a thing counts for alike_share when at least this many accounts share it

# (profile column, transform) of the behaviour vector; shares stay as they are
BEHAVIOUR: dict[str, str] = {
    "single_share": "share",
    "turns_per_conversation": "log",
    "out_in_ratio": "raw",
    "harvest_share": "share",
    "gap_log_mean": "raw",
    "gap_log_sd": "raw",
    "burst_share": "share",
    "per_session": "log",
    "hour_entropy": "share",
    "quiet8_share": "share",
    "weekend_share": "share",
    "active_day_share": "share",
    "per_day": "log",
    "day_cv": "raw",
    "prompt_distinct_share": "share",
    "template_share": "share",
    "prompt_len_cv": "raw",
    "sys_prompt_share": "share",
    "choosing_share": "share",
    "tools_share": "share",
    "n_429_share": "share",
    "resend_share": "share",
    "novel_per_day": "raw",
    "out_len_entropy": "share",
}
COLUMNS = ("alike_peers", "alike_share", "alike_lift", "infra_peers", "group_sync")


def behaviour(p: pd.DataFrame, names: Sequence[str] = tuple(BEHAVIOUR)) -> np.ndarray:
    """(accounts, dims) standardised behaviour: centred on the run's median account, each
    dimension divided by its spread (interquartile range, at least a small floor)."""
    cols = []
    for name in names:
        how = BEHAVIOUR[name]
        x = p[name].astype("float64").to_numpy()
        if how == "log":
            x = np.log1p(np.clip(x, 0, None))
        cols.append(x)
    x = np.column_stack(cols)
    x = np.where(np.isfinite(x), x, np.nan)
    med = np.nanmedian(x, axis=0)
    med = np.where(np.isfinite(med), med, 0.0)
    x = np.where(np.isnan(x), med, x)
    q75, q25 = np.percentile(x, [75, 25], axis=0)
    spread = np.maximum(q75 - q25, 0.05)
    return np.clip((x - med) / spread, -8, 8)


def buckets(x: np.ndarray, seed: int = 13) -> np.ndarray:
    """(accounts, BANDS) SimHash codes: the signs of BITS random projections per band."""
    rng = np.random.default_rng(seed)
    planes = rng.standard_normal((x.shape[1], BANDS * BITS))
    # a small offset per plane so accounts sitting exactly on the median are not all one code
    offset = rng.normal(0, 0.25, BANDS * BITS)
    signs = (x @ planes + offset) > 0
    weights = 1 << np.arange(BITS)
    return np.stack(
        [signs[:, b * BITS : (b + 1) * BITS] @ weights for b in range(BANDS)], axis=1
    ).astype(np.int64)


def features(
    p: pd.DataFrame,
    members: pd.DataFrame,
    days: pd.DataFrame,
    names: Sequence[str] = tuple(BEHAVIOUR),
) -> pd.DataFrame:
    """The coordination columns per account of `p` (index account_id), from the (account,
    thing) memberships of graph.memberships (a: the account's row in `p`, e: entity code, one
    row per pair) and the (account, day, n) activity, with the behaviour vector `names` (the
    model's own, `Model.behaviour`)."""
    out = pd.DataFrame(0.0, index=p.index, columns=list(COLUMNS))
    if p.empty:
        return out
    codes = buckets(behaviour(p, names))
    acc = members.a.to_numpy()
    if len(acc) == 0:
        return out
    # rows by account, so each per-account choice is one pass (reduceat) rather than a sort
    order = np.argsort(acc, kind="stable")
    acc = acc[order]
    ent = members.e.to_numpy()[order]  # entity codes in the order of names
    del order
    starts = np.flatnonzero(np.r_[True, acc[1:] != acc[:-1]])
    owner = acc[starts]  # the account of each run of rows
    seg = np.repeat(np.arange(len(starts), dtype=np.int32), np.diff(np.r_[starts, len(acc)]))
    # 4-byte figures: at 1.3M accounts these are tens of millions of rows each
    ent_size = np.bincount(ent).astype(np.int32)[ent]
    infra = np.maximum.reduceat(ent_size - 1, starts).astype(float)
    out.iloc[owner, out.columns.get_loc("infra_peers")] = np.log1p(infra)
    wide = ent_size >= MIN_GROUP
    best_peers = np.zeros(len(p))
    best_share = np.zeros(len(p))
    best_lift = np.zeros(len(p))
    best_key = np.full(len(p), -1, np.int64)  # the (thing, band, bucket) of its largest group
    last = np.iinfo(np.int64).max
    for b in range(BANDS):
        code = codes[acc, b].astype(np.int8)
        key = (ent.astype(np.int64) * BANDS + b) * (1 << BITS) + code
        group, _ = pd.factorize(key)
        size = np.bincount(group).astype(np.int32)[group]
        del group
        peers = size - 1
        share = np.where(wide, peers / np.maximum(ent_size - 1, 1), 0.0)
        # per account, its largest group (of equal ones, the most exclusive; then the lowest
        # key: the same on every engine)
        top = np.maximum.reduceat(peers, starts)
        cand = peers == top[seg]
        top_share = np.maximum.reduceat(np.where(cand, share, -1.0), starts)
        cand &= share == top_share[seg]
        top_key = np.minimum.reduceat(np.where(cand, key, last), starts)
        cand &= key == top_key[seg]
        rows = np.flatnonzero(cand)
        rows = rows[np.r_[True, seg[rows][1:] != seg[rows][:-1]]]  # one row per account
        del cand, peers, share
        # how much more common its behaviour bucket is on this thing than in the whole run
        overall = np.bincount(codes[:, b], minlength=1 << BITS)[code[rows]] / len(p)
        lift = np.where(wide[rows], np.log((size[rows] / ent_size[rows]) / overall), 0.0)
        better = (top > best_peers[owner]) | (
            (top == best_peers[owner]) & (top_share > best_share[owner])
        )
        who = owner[better]
        best_peers[who] = top[better]
        best_share[who] = top_share[better]
        best_lift[who] = lift[better]
        best_key[who] = top_key[better]
        del key, size, code
    out["alike_peers"] = np.log1p(best_peers)
    out["alike_share"] = best_share
    out["alike_lift"] = best_lift
    out["group_sync"] = _sync(p.index, best_key, days)
    return out


def _sync(index: pd.Index, best: np.ndarray, days: pd.DataFrame) -> np.ndarray:
    """Per account with an alike group of ≥ MIN_GROUP: the mean over its group's other members
    of the share of its active days they are active too, minus what their activity rate alone
    would give (0: as independent people; towards 1: they run on the same days)."""
    out = np.zeros(len(index))
    has = best >= 0
    if not has.any() or days.empty:
        return out
    d = days[["account_id", "day"]].drop_duplicates()
    a = index.get_indexer(d.account_id)
    d = d[a >= 0].assign(a=a[a >= 0])
    day_code, _ = pd.factorize(d.day, sort=True)
    n_days = max(int(day_code.max()) + 1, 1)
    active = np.bincount(d.a, minlength=len(index)).astype(float)
    # the group each account belongs to (its largest), and who else is in it
    grp = pd.Series(best, index=np.arange(len(index)))[has]
    g_size = grp.map(grp.value_counts())
    members = grp[g_size >= MIN_GROUP]
    if members.empty:
        return out
    g_code, _ = pd.factorize(members.to_numpy(), sort=True)
    who = members.index.to_numpy()
    # per (group, day): members active that day
    inside = np.isin(d.a.to_numpy(), who)
    d_in = d[inside]
    g_of = pd.Series(g_code, index=who)
    gd = pd.DataFrame({"g": g_of.reindex(d_in.a).to_numpy(), "day": day_code[inside]})
    cnt = gd.groupby(["g", "day"]).size()
    # for each member: over its active days, others active that day / (group size - 1)
    mine = pd.DataFrame({"a": d_in.a.to_numpy(), "g": gd.g.to_numpy(), "day": gd.day.to_numpy()})
    mine["others"] = cnt.reindex(pd.MultiIndex.from_frame(mine[["g", "day"]])).to_numpy() - 1
    size = np.bincount(g_code)
    mine["rate"] = mine.others / np.maximum(size[mine.g.to_numpy()] - 1, 1)
    observed = mine.groupby("a").rate.mean()
    # chance: the others' mean share of active days
    share_days = active / n_days
    g_mean = pd.Series(share_days[who]).groupby(g_code).sum().to_numpy()
    own = share_days[who]
    chance = (g_mean[g_code] - own) / np.maximum(size[g_code] - 1, 1)
    chance_s = pd.Series(chance, index=who)
    sync = observed - chance_s.reindex(observed.index).to_numpy()
    out[observed.index.to_numpy()] = np.clip(sync.to_numpy(), -1, 1)
    return out
