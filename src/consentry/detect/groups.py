"""Group evidence: what an account's neighbours do, over the things it shares with them.

Some campaigns look like people in every per-account feature (multi-turn harvesting in
conversations, low-and-slow accounts below heavy-user volumes); what gives them away is the
group: the accounts they share a card, a sign-up window, an exit or a prompt structure with
all ask new questions, seldom come back to a conversation, opened together and work alike.
Legitimate groups share things too (a reseller's customers, a campus NAT, an eval lab, a CI
fleet), so no feature here is a group's size: each is a *mean over the neighbours* of a
per-account figure, or how alike and how synchronised the neighbours are, so that a big group
of ordinary, varied people reads as ordinary.

The neighbours of an account are the other accounts on each thing it shares (graph.memberships:
payment card, address, network, client string + sign-up window, e-mail domain + sign-up
window, template, prompt-structure bucket) of at most MAX_SIZE accounts. Per thing the sums
over its members are taken once, each account's leave-one-out mean is (sum - own) / (size -
1), and an account's figure is the mean over its things: every thing counts once, whatever
its size. One pass over the memberships, no pairs: it scales with the logs.

Per account (NaN where it shares nothing with anyone):
- `group_novel`: the neighbours' new prompts per active day (`novel_per_day`);
- `group_novel_share`: of the neighbours' requests, the share on prompts nobody else sent;
- `group_resend`: the neighbours' share of requests on prompts re-sent on other days;
- `group_followup`: the neighbours' follow-ups per request (`followup_share`);
- `group_revisit`: the neighbours' share of conversations come back to (`revisit_share`);
- `group_spread`: how different the neighbours are from each other in the coordination
  behaviour vector (mean per-dimension standard deviation, in interquartile ranges): low for
  one pipeline's accounts, high for a campus or a reseller's customers;
- `group_signup_gap`: root-mean-square distance in days (log) between its sign-up and its
  neighbours' (a cohort opened together);
- `group_start_gap`: the same for the first request in the window.

Over the account's own organisation only (`org_id`; NaN without one):
- `org_queue_share`: of the other accounts on its prompt structures and templates, the share
  in its own organisation (mean over those things; 0 without an organisation, NaN where it
  shares no prompt): staff of a vendor or a lab work through one queue of tasks shared inside
  their organisation, a campaign's prompts are spread over accounts of many (or none);
- `org_spread`: how different its organisation's other members are from each other in the
  coordination behaviour vector (as `group_spread`): people vary, one pipeline's seats do not.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from consentry.detect import coordination as coord
from consentry.detect import graph as grp

MAX_SIZE = 5_000  # things shared by more accounts than this say nothing about one group
MIN_SIZE = 2
COLUMNS = (
    "group_novel",
    "group_novel_share",
    "group_resend",
    "group_followup",
    "group_revisit",
    "group_spread",
    "group_signup_gap",
    "group_start_gap",
    "org_queue_share",
    "org_spread",
)
QUEUE_KINDS = tuple(grp.KINDS.index(k) for k in ("prompt_structure", "template"))
_DIGITS = 9  # sums are rounded, so engines that order rows differently give equal figures
BLOCK_ROWS = 1 << 20  # membership rows per block of per-row arithmetic


def _per_account(acc: np.ndarray, v: np.ndarray, n_acc: int, w: np.ndarray) -> np.ndarray:
    """Weighted mean over an account's things (NaN for accounts without any)."""
    cnt = np.bincount(acc, weights=w, minlength=n_acc)
    s = np.bincount(acc, weights=v * w, minlength=n_acc)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = s / cnt
    out[cnt == 0] = np.nan
    return np.round(out, _DIGITS)


def _num(p: pd.DataFrame, col: str) -> np.ndarray:
    if col not in p.columns:
        return np.zeros(len(p))
    x = p[col].astype("float64").to_numpy()
    return np.where(np.isfinite(x), x, 0.0)


def _days(s: pd.Series) -> np.ndarray:
    """Timestamps as days since the earliest one (0 where missing), to the second."""
    t = pd.to_datetime(s, utc=True)
    base = t.min()
    if pd.isna(base):
        return np.zeros(len(s))
    d = np.round((t - base).dt.total_seconds().to_numpy(dtype=float)) / 86_400
    return np.where(np.isfinite(d), d, 0.0)


@dataclass(frozen=True)
class Neighbours:
    """Who shares what with whom, ready for leave-one-out means: per (account, thing) row,
    the account's position, the thing's code and the row's weight (every kind of thing counts
    once per account), in one order whatever the engine gave (by thing, then account).

    Per-row figures are computed a block of whole things at a time and summed into each
    account as they go (in row order, so the sums are the ones a single pass would give): at
    1.3M accounts a full-length temporary is a third of a gigabyte, and a figure takes several.
    """

    acc: np.ndarray
    ent: np.ndarray
    weight: np.ndarray
    n_acc: int

    @property
    def n_ent(self) -> int:
        return int(self.ent[-1]) + 1 if len(self.ent) else 0

    @functools.cached_property
    def blocks(self) -> list[slice]:
        """Row ranges of about BLOCK_ROWS, each starting where a thing does."""
        first = np.flatnonzero(np.r_[True, self.ent[1:] != self.ent[:-1]])
        at = np.searchsorted(first, np.arange(0, len(self.ent), BLOCK_ROWS))
        cuts = np.unique(first[at[at < len(first)]])
        return [slice(lo, hi) for lo, hi in zip(cuts, np.r_[cuts[1:], len(self.ent)], strict=True)]

    @functools.cached_property
    def others(self) -> np.ndarray:
        """Per thing: how many other members each of its members has (at least 1, a divisor)."""
        return np.maximum(np.bincount(self.ent) - 1, 1).astype(float)

    def sums(self, x: np.ndarray) -> np.ndarray:
        """Per thing: the sum of x (one value per account) over its members, in row order."""
        out = np.zeros(self.n_ent)
        for b in self.blocks:
            e = self.ent[b]
            out[e[0] : e[-1] + 1] = np.bincount(e - e[0], weights=x[self.acc[b]])
        return out

    def loo(self, b: slice, x: np.ndarray, s: np.ndarray) -> np.ndarray:
        """Rows b: the mean of x (per account) over the *other* members of the row's thing,
        from s = sums(x)."""
        e = self.ent[b]
        return (s[e] - x[self.acc[b]]) / self.others[e]

    def mean(self, x: np.ndarray) -> np.ndarray:
        """Per account: the mean of x (one value per account) over its neighbours."""
        s = self.sums(x)
        return self.agg(lambda b: self.loo(b, x, s))

    def agg(self, value: Callable[[slice], np.ndarray]) -> np.ndarray:
        """Per account: the weighted mean over its things of a per-row value (`value(b)`
        for rows b); NaN for accounts without any."""
        s = np.zeros(self.n_acc)
        for b in self.blocks:
            np.add.at(s, self.acc[b], value(b) * self.weight[b])
        cnt = np.bincount(self.acc, weights=self.weight, minlength=self.n_acc)
        with np.errstate(invalid="ignore", divide="ignore"):
            out = s / cnt
        out[cnt == 0] = np.nan
        return np.round(out, _DIGITS)

    def spread(self, x: np.ndarray) -> np.ndarray:
        """Per account: over its things, the mean per-dimension standard deviation of
        behaviour `x` (accounts, dimensions) over the other members of each."""
        sd = np.zeros(len(self.acc))
        for j in range(x.shape[1]):
            xj = np.ascontiguousarray(x[:, j])
            sq_x = xj * xj
            s1, s2 = self.sums(xj), self.sums(sq_x)
            for b in self.blocks:
                mean, sq = self.loo(b, xj, s1), self.loo(b, sq_x, s2)
                sd[b] += np.sqrt(np.clip(np.round(sq - mean * mean, 8), 0, None))
        sd /= x.shape[1]
        return self.agg(lambda b: sd[b])


def _pairs(
    members: pd.DataFrame, n_acc: int, where: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The (a, e) rows of `members` (those `where` is true) with an account row below n_acc,
    one per pair (the first in row order), and their positions in thing-then-account order:
    one stable sort of an integer key instead of hashing tens of millions of pairs."""
    a, e = members.a.to_numpy(), members.e.to_numpy()
    ok = (a >= 0) & (a < n_acc)
    rows = np.flatnonzero(ok if where is None else ok & where)
    order = np.argsort(e[rows].astype(np.int64) * n_acc + a[rows], kind="stable")
    by = rows[order]
    if len(by) == 0:
        return a, e, by
    first = np.r_[True, (a[by][1:] != a[by][:-1]) | (e[by][1:] != e[by][:-1])]
    return a, e, by[first]


def _dense(sorted_codes: np.ndarray) -> np.ndarray:
    """Codes 0, 1, ... of sorted values (as pd.factorize(..., sort=True) numbers them)."""
    if len(sorted_codes) == 0:
        return np.zeros(0, np.int64)
    return np.cumsum(np.r_[False, sorted_codes[1:] != sorted_codes[:-1]]).astype(np.int64)


def neighbours(index: pd.Index, members: pd.DataFrame) -> Neighbours:
    """The neighbourhoods of the accounts of `index` over the integer-coded memberships of
    graph.memberships (a: the account's row in `index`, e: entity code, k: kind; things of
    MIN_SIZE to MAX_SIZE accounts)."""
    a, e, by = _pairs(members, len(index))
    ent = _dense(e[by])
    size = np.bincount(ent) if len(ent) else np.zeros(0, np.int64)
    keep = (size[ent] >= MIN_SIZE) & (size[ent] <= MAX_SIZE)
    # one order whatever the engine gave: by thing, then account
    by = by[keep]
    acc = a[by].astype(np.int32)
    ent = _dense(ent[keep]).astype(np.int32)
    kind = grp.LINK_KIND[members.k.to_numpy()[by]].astype(np.int64)  # address, network: one
    if len(acc) == 0:
        return Neighbours(acc, ent, np.zeros(0), len(index))
    # every kind of thing counts once per account, however many things of it it has (a
    # hundred prompt-structure buckets weigh as much as its one card)
    ak = acc * (int(kind.max()) + 1) + kind  # (account, kind): a small range, counted
    return Neighbours(acc, ent, 1.0 / np.bincount(ak)[ak], len(index))


def features(
    p: pd.DataFrame, members: pd.DataFrame, names: Sequence[str] = tuple(coord.BEHAVIOUR)
) -> pd.DataFrame:
    """The group columns per account of profile `p` (index account_id), from the (account,
    thing) memberships of graph.memberships; `names` is the behaviour vector of coordination
    (the model's own)."""
    out = pd.DataFrame(np.nan, index=p.index, columns=list(COLUMNS))
    if p.empty or members.empty:
        return out
    g = neighbours(p.index, members)
    if len(g.acc) == 0:
        return out
    out["group_novel"] = g.mean(_num(p, "novel_per_day"))
    out["group_resend"] = g.mean(_num(p, "resend_share"))
    out["group_followup"] = g.mean(_num(p, "followup_share"))
    out["group_revisit"] = g.mean(_num(p, "revisit_share"))
    # the neighbours' pooled share of new prompts: their new prompts over their requests
    n = _num(p, "n")
    novel = np.expm1(_num(p, "novel_per_day")) * _num(p, "days")
    s_nov, s_n = g.sums(novel), g.sums(n)

    def novel_share(b: slice) -> np.ndarray:
        a, e = g.acc[b], g.ent[b]
        others_n = s_n[e] - n[a]
        return np.where(others_n > 0, (s_nov[e] - novel[a]) / np.maximum(others_n, 1), 0.0)

    out["group_novel_share"] = g.agg(novel_share)
    # how alike the neighbours are: per thing, the spread of the behaviour vector
    # rounded first: the engines' profiles differ in the last bits, and a square root of a
    # variance near zero would make that visible
    x = np.round(coord.behaviour(p, names), 6) if len(names) else np.zeros((len(p), 0))
    if x.shape[1]:
        out["group_spread"] = g.spread(x)
    org, _ = pd.factorize(p["org_id"]) if "org_id" in p.columns else (np.full(len(p), -1), None)
    out["org_queue_share"] = _queue_share(members, org, len(p))
    if x.shape[1] and (org >= 0).any():
        out["org_spread"] = neighbours(p.index, _org_members(org)).spread(x)
    # started together: root-mean-square distance to the neighbours' sign-up and first request
    for col, src in (("group_signup_gap", "created_at"), ("group_start_gap", "first_ts")):
        if src not in p.columns:
            continue
        d = _days(p[src])
        d2 = d * d
        s_d, s_d2 = g.sums(d), g.sums(d2)

        def rms(
            b: slice,
            d: np.ndarray = d,
            d2: np.ndarray = d2,
            s_d: np.ndarray = s_d,
            s_d2: np.ndarray = s_d2,
        ) -> np.ndarray:
            own = d[g.acc[b]]
            mean, sq = g.loo(b, d, s_d), g.loo(b, d2, s_d2)
            return np.sqrt(np.clip(np.round(own * own - 2 * own * mean + sq, 6), 0, None))

        out[col] = np.log1p(g.agg(rms))
    return out


def _org_members(org: np.ndarray) -> pd.DataFrame:
    """Memberships with each organisation as the one thing its accounts share."""
    a = np.flatnonzero(org >= 0)
    return pd.DataFrame({"a": a, "e": org[a], "k": grp.KINDS.index("email_domain")})


def _queue_share(members: pd.DataFrame, org: np.ndarray, n_acc: int) -> np.ndarray:
    """Per account: over its prompt structures and templates shared with others (of at most
    MAX_SIZE accounts), the mean share of the other accounts on each that are in its own
    organisation (`org` codes per account row, -1 for none); NaN where it shares none."""
    a, e, by = _pairs(members, n_acc, np.isin(members.k.to_numpy(), QUEUE_KINDS))
    kept = np.zeros(len(a), bool)
    kept[by] = True
    kept = np.flatnonzero(kept)  # the pairs in row order (the per-account sums add in that order)
    a = a[kept]
    ent, _ = pd.factorize(e[kept], sort=True)
    size = np.bincount(ent) if len(ent) else np.zeros(0, np.int64)
    keep = (size[ent] >= MIN_SIZE) & (size[ent] <= MAX_SIZE)
    a, ent = a[keep], ent[keep]
    if len(a) == 0:
        return np.full(n_acc, np.nan)
    o = org[a]
    # the (thing, organisation) pairs as one integer: no MultiIndex of millions of tuples
    pair, _ = pd.factorize(ent.astype(np.int64) * (int(org.max(initial=-1)) + 2) + (o + 1))
    same = np.where(o >= 0, np.bincount(pair)[pair] - 1, 0)
    share = same / (np.bincount(ent)[ent] - 1)
    return _per_account(a, share, n_acc, np.ones(len(a)))
