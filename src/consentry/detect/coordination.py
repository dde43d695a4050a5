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

Those five read the *largest* group, and a largest group sits on whatever is most popular: in
real logs public prompts, shared templates and benchmark items are sent by thousands of
unrelated people, so on a popular structure every account finds hundreds "alike" and the
figures stop separating a campaign from its bystanders. The popularity-aware columns weigh a
coincidence by how unlikely it is, given how many accounts share the thing and how common the
other coincidence is in the run: k of a thing's n other accounts fall in its bucket where a
share q of the run does; the evidence is the binomial tail's Chernoff exponent
n·KL(k/n ‖ q), in nats (0 where k/n ≤ q). Forty accounts, all alike on a structure nobody else
sends, give about 40·ln(1/q); three thousand people on a public prompt, a few per cent more of
them in one bucket than in the run, give a few nats. Per account (log1p of nats):
- `alike_surprise`: its most surprising (thing, behaviour bucket) group;
- `alike_surprise_share`: of the thing's other accounts, the share in that group;
- `cohort_signup`: its most surprising (thing, sign-up window) group: accounts sharing a thing
  *and* opened within a day or two of it, against how many of the run opened then (a public
  prompt's senders opened over years, a campaign's in batches); things that are a value in a
  sign-up window (client string, e-mail domain) are left out, their accounts opened together
  by construction (`signup_burst` reads those);
- `cohort_start`: the same for the first request in the logs (bought, aged accounts start
  together);
- `cohort_alike`: (thing, sign-up window, behaviour bucket) at once, against the product of
  the run's rates: rare structure, same sign-up days *and* the same way of working;
- `cohort_sync`: `group_sync` of its most surprising alike group.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from consentry.detect import graph as grp

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
COLUMNS = (
    "alike_peers",
    "alike_share",
    "alike_lift",
    "infra_peers",
    "group_sync",
    "alike_surprise",
    "alike_surprise_share",
    "cohort_signup",
    "cohort_start",
    "cohort_alike",
    "cohort_sync",
)
WINDOW_DAYS = 2  # a sign-up (or first-request) window; two offsets, so any pair a day apart meet


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


CHUNK_ROWS = 1 << 20  # membership rows counted at once (whole things per chunk)


class _Rows:
    """The memberships in account order (each account's rows one run, for per-account
    choices by reduceat), and the same rows by thing in chunks of whole things, where each
    (thing, label) group is counted by one sort of a nearly sorted chunk: no hash table over
    tens of millions of rows, and the sort's memory is one chunk's."""

    def __init__(self, members: pd.DataFrame) -> None:
        order = np.argsort(members.a.to_numpy(), kind="stable")
        self.acc = members.a.to_numpy()[order]
        self.ent = members.e.to_numpy()[order]  # entity codes in the order of names
        kinds = members.k.to_numpy()[order] if "k" in members else np.zeros(len(order), np.int8)
        # things that are a value *in a sign-up window* (client string, e-mail domain): their
        # accounts opened together by construction, so they are no sign-up coincidence
        self.windowed = np.isin(kinds, [grp.KINDS.index(k) for k in grp.WINDOWED])
        del order, kinds
        self.starts = np.flatnonzero(np.r_[True, self.acc[1:] != self.acc[:-1]])
        self.owner = self.acc[self.starts]  # the account of each run of rows
        # 4-byte figures: at 1.3M accounts these are tens of millions of rows each
        self.ent_size = np.bincount(self.ent).astype(np.int32)[self.ent]
        self.by_ent = np.argsort(self.ent, kind="stable").astype(np.int32)
        # the same rows by thing: account and thing (read in order, chunk by chunk)
        self.acc_e, self.ent_e = self.acc[self.by_ent], self.ent[self.by_ent]
        first = np.flatnonzero(np.r_[True, np.diff(self.ent_e) != 0])
        at = np.searchsorted(first, np.arange(0, len(self.ent), CHUNK_ROWS))
        cuts = np.unique(first[at[at < len(first)]])
        self.chunks = list(zip(cuts, np.r_[cuts[1:], len(self.ent)], strict=True))

    def counts(self, label: np.ndarray, keep: np.ndarray | None = None) -> np.ndarray:
        """Per row: how many rows share its thing and its account's `label` (per account, -1:
        none); 0 on rows left out (`keep` false, or no label)."""
        out = np.zeros(len(self.acc), np.int32)
        width = int(label.max(initial=-1)) + 1
        for lo, hi in self.chunks:
            idx = self.by_ent[lo:hi]
            mine = label[self.acc_e[lo:hi]]
            ok = mine >= 0 if keep is None else (mine >= 0) & keep[idx]
            if not ok.all():
                idx, mine = idx[ok], mine[ok]
            if not len(idx):
                continue
            key = self.ent_e[lo:hi][ok].astype(np.int64) * width + mine
            q = np.argsort(key, kind="stable")  # by thing already: nearly sorted
            key = key[q]
            run = np.diff(np.flatnonzero(np.r_[True, key[1:] != key[:-1], True]))
            out[idx[q]] = np.repeat(run, run)
        return out

    def first(self, rows: np.ndarray | None) -> np.ndarray:
        """Of row positions in account order (None: every row): where each account's begin."""
        if rows is None:
            return self.starts
        a = self.acc[rows]
        return np.flatnonzero(np.r_[True, a[1:] != a[:-1]]) if len(rows) else rows

    def top(self, value: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Whether each row (of `rows`, positions in account order; None: every row) holds
        its account's largest `value`."""
        if not len(value):
            return np.zeros(0, bool)
        first = self.first(rows)
        best = np.maximum.reduceat(value, first)
        return value == np.repeat(best, np.diff(np.r_[first, len(value)]))


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
    if len(members) == 0:
        return out
    r = _Rows(members)
    infra = np.maximum.reduceat(r.ent_size - 1, r.starts).astype(float)
    out.iloc[r.owner, out.columns.get_loc("infra_peers")] = np.log1p(infra)
    wide = r.ent_size >= MIN_GROUP
    best_peers = np.zeros(len(p))
    best_share = np.zeros(len(p))
    best_lift = np.zeros(len(p))
    best_key = np.full(len(p), -1, np.int64)  # the (thing, band, bucket) of its largest group
    for b in range(BANDS):
        size = r.counts(codes[:, b])
        # per account, its largest group (of equal ones, the most exclusive; then the lowest
        # key: the same on every engine); every account has one, of at least itself
        rows = np.flatnonzero(r.top(size))
        share = np.where(wide[rows], (size[rows] - 1) / np.maximum(r.ent_size[rows] - 1, 1), 0.0)
        key = (r.ent[rows].astype(np.int64) * BANDS + b) * (1 << BITS) + codes[r.acc[rows], b]
        at = r.top(share, rows)
        at[at] = r.top(-key[at], rows[at])
        rows, share, key = rows[at], share[at], key[at]
        one = r.first(rows)  # rows are one per (account, thing); of equal keys, the first
        rows, share, key = rows[one], share[one], key[one]
        # how much more common its behaviour bucket is on this thing than in the whole run
        overall = np.bincount(codes[:, b], minlength=1 << BITS)[codes[r.acc[rows], b]] / len(p)
        lift = np.where(wide[rows], np.log((size[rows] / r.ent_size[rows]) / overall), 0.0)
        top = (size[rows] - 1).astype(float)
        owner = r.acc[rows]
        better = (top > best_peers[owner]) | (
            (top == best_peers[owner]) & (share > best_share[owner])
        )
        who = owner[better]
        best_peers[who] = top[better]
        best_share[who] = share[better]
        best_lift[who] = lift[better]
        best_key[who] = key[better]
        del size
    out["alike_peers"] = np.log1p(best_peers)
    out["alike_share"] = best_share
    out["alike_lift"] = best_lift
    out["group_sync"] = _sync(p.index, best_key, days)
    del best_key

    # popularity-aware: each coincidence weighed by how unlikely it is on that thing
    n_acc = len(p)
    labels, rates = [], []
    for b in range(BANDS):
        c = codes[:, b]
        labels.append(c)
        rates.append(_rates(c, 1 << BITS))
    surprise, share, key = _most_surprising(r, wide, labels, rates, n_acc)
    out["alike_surprise"] = np.log1p(surprise)
    out["alike_surprise_share"] = share
    out["cohort_sync"] = _sync(p.index, key, days)
    for col, src in (("cohort_signup", "created_at"), ("cohort_start", "first_ts")):
        wins = _windows(p, src)
        labels = [w for w, _ in wins]
        rates = [rt for _, rt in wins]
        rows_ok = wide & ~r.windowed if src == "created_at" else wide
        surprise, _, _ = _most_surprising(r, rows_ok, labels, rates, n_acc)
        out[col] = np.log1p(surprise)
        if src == "created_at":
            # the three at once: thing, sign-up window and behaviour bucket
            labels, rates = [], []
            for w, wr in wins:
                for b in range(BANDS):
                    lab = np.where(w >= 0, w * (1 << BITS) + codes[:, b], -1)
                    rate = np.where(
                        w >= 0,
                        wr[np.maximum(w, 0)] * _rates(codes[:, b], 1 << BITS)[codes[:, b]],
                        0,
                    )
                    labels.append(lab)
                    rates.append(rate)
            rates = [_per_label(lab, rt) for lab, rt in zip(labels, rates, strict=True)]
            surprise, _, _ = _most_surprising(r, rows_ok, labels, rates, n_acc)
            out["cohort_alike"] = np.log1p(surprise)
    return out


def _rates(label: np.ndarray, size: int) -> np.ndarray:
    """Per label value: the share of the run's accounts with it (an account's own label
    counted out is a negligible difference at the run's scale)."""
    ok = label >= 0
    return np.bincount(label[ok], minlength=size) / max(len(label), 1)


def _per_label(label: np.ndarray, rate: np.ndarray) -> np.ndarray:
    """A rate array indexed by label value from a per-account rate (equal within a label)."""
    out = np.zeros(int(label.max(initial=-1)) + 1)
    ok = label >= 0
    out[label[ok]] = rate[ok]
    return out


def _windows(p: pd.DataFrame, col: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per account its WINDOW_DAYS window of `col` (-1 where unknown), at two offsets a day
    apart, each with the run's share of accounts per window."""
    if col not in p.columns:
        return []
    t = pd.to_datetime(p[col], utc=True)
    day = np.floor(
        (t - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy(dtype=float) / 86_400
    )
    out = []
    for offset in range(WINDOW_DAYS):
        w = np.floor((day + offset) / WINDOW_DAYS)
        ok = np.isfinite(w)
        code = np.full(len(p), -1, np.int64)
        if ok.any():
            code[ok] = pd.factorize(w[ok], sort=True)[0]
        out.append((code, _rates(code, int(code.max(initial=-1)) + 1)))
    return out


def _chernoff(k: np.ndarray, n: np.ndarray, q: np.ndarray) -> np.ndarray:
    """n·KL(k/n ‖ q) where k/n > q, else 0: how unlikely k or more of n are by chance."""
    n = n.astype(float)
    x = np.where(n > 0, k / np.maximum(n, 1), 0.0)
    q = np.clip(q, 1e-9, 1 - 1e-9)
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(x > 0, x * np.log(np.maximum(x, 1e-300) / q), 0.0)
        b = np.where(x < 1, (1 - x) * np.log(np.maximum(1 - x, 1e-300) / (1 - q)), 0.0)
    return np.where(x > q, n * (a + b), 0.0)


def _most_surprising(
    r: _Rows,
    wide: np.ndarray,
    labels: list[np.ndarray],
    rates: list[np.ndarray],
    n_acc: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per account, over its things (the rows of `r` where `wide`) and each labelling of the
    accounts (behaviour band, sign-up window, ...): the largest Chernoff surprise of the
    others on the thing that share its label, their share of the thing's others, and the
    (thing, labelling, label) key of that group (-1: none). Ties: the lowest key."""
    best = np.zeros(n_acc)
    best_share = np.zeros(n_acc)
    best_key = np.full(n_acc, -1, np.int64)
    n_lab = len(labels)
    for j, (lab, rate) in enumerate(zip(labels, rates, strict=True)):
        k = r.counts(lab, wide) - 1
        # the tail bound only where a group can count (a quarter of the rows at 5M exchanges)
        live = np.flatnonzero(k >= MIN_GROUP - 1)
        k = k[live]
        mine = lab[r.acc[live]]
        n_others = r.ent_size[live] - 1
        s = np.round(_chernoff(k, n_others, rate[mine]), 9)  # equal on every engine
        pos = s > 0
        live, k, mine, n_others, s = live[pos], k[pos], mine[pos], n_others[pos], s[pos]
        width = int(lab.max(initial=-1)) + 2
        key = (r.ent[live].astype(np.int64) * n_lab + j) * width + (mine + 1)
        at = r.top(s, live)
        at[at] = r.top(-key[at], live[at])
        at = np.flatnonzero(at)
        at = at[r.first(live[at])]
        who = r.acc[live[at]]
        better = s[at] > best[who]
        who, at = who[better], at[better]
        best[who] = s[at]
        best_share[who] = k[at] / np.maximum(n_others[at], 1)
        best_key[who] = key[at]
    return best, best_share, best_key


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
    # rounded: equal on every engine whatever the order of the days' sums
    out[observed.index.to_numpy()] = np.round(np.clip(sync.to_numpy(), -1, 1), 9)
    return out
