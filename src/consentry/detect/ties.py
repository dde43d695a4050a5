"""Accountability against concealment: how openly an account is tied to the accounts that
work like it.

An organisation whose many accounts do one kind of work in bulk (a translation vendor, a
labelling vendor, a course's students, an enterprise tenant) behaves like a campaign in every
figure of its accounts' own behaviour and of their groups. What fraud teams separate them on
is how the accounts are tied together: a customer's accounts are tied *openly* (one
organisation, its own e-mail domain, billing through one or few instruments, the
organisation's own corporate or campus network, one declared country), because the customer
has nothing to hide and answers for them as one; an operation that shares a pipeline hides
its ties (each account its own card, e-mail and identity, spread over residential, mobile and
proxy exits and countries, no organisation) while its accounts still work alike. Neither
alone means anything: a bulk customer and an operation both work alike, an ordinary person
shares nothing with strangers. So the figures here are read over each account's
*behaviour-alike neighbours*: the accounts that share a thing with it (graph.memberships)
**and** fall in one of its behaviour buckets (coordination.buckets), the groups
coordination.py counts.

Per account and identity attribute (organisation, payment instrument, e-mail domain, declared
country, the network, autonomous system and kind of network carrying most of its traffic), the
tie is the share of its alike neighbours holding its value less the share of the accounts
outside its group holding it (a difference of proportions: how much more its look-alikes
share it than the rest of the run does). Near 1: its look-alikes hold a value the rest of the
run does not (an organisation's own domain, card or office network, however big the
organisation); near 0: no more than the run (a freemail domain its look-alikes use as the
run does) or no value of its own; below 0: less than the run (look-alikes spread over the
countries while the run is in a few). Only shares enter, never a count: a group of 600 reads like a
group of 12. The mean is taken over the account's alike groups with every kind of shared thing
counting once (a hundred prompt-structure buckets weigh as much as one card), leaving out the
groups formed on the attribute's own kind of thing (on a card every member shares the card).
NaN where the account is in no alike group of MIN_GROUP or more.

- `alike_org_tie`, `alike_card_tie`, `alike_domain_tie`, `alike_country_tie`: organisation,
  payment instrument, e-mail domain, declared country;
- `alike_network_tie`, `alike_asn_tie`: the /24 (or /48) and the autonomous system that carry
  most of its traffic (groups on addresses and networks left out);
- `org_kind_tie`: the same tie for the kind of network carrying most of its traffic (the
  feed's `kind`), over its organisation's other members instead of its look-alikes: staff
  reach the service the way their organisation does (its offices, its campus, its cloud);
  a member on residential or proxy exits when the rest sit on the corporate network is not
  (NaN without an organisation of two or more);
- `open_network_share`: the share of its traffic through corporate or education ranges (the
  feed's kinds for networks registered to an organisation), the one figure of the account
  alone.

Engine-independent: pandas and numpy over the memberships and the profile; every count is an
integer and every sum is taken in one order (thing, then account), so DuckDB and Spark give
the same figures.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from consentry.detect import coordination as coord
from consentry.detect import graph as grp
from consentry.detect import groups

MIN_GROUP = coord.MIN_GROUP  # the account and at least two alike others
OPEN_KINDS = ("corporate", "education")  # ip_ranges kinds of an organisation's own network
# feature: (profile column, kinds of shared thing whose groups are left out for it)
TIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "alike_org_tie": ("org_id", ()),
    "alike_card_tie": ("payment_fingerprint", ("payment",)),
    "alike_domain_tie": ("email_domain", ("email_domain",)),
    "alike_country_tie": ("declared_country", ()),
    "alike_network_tie": ("home_network", ("ip", "network")),
    "alike_asn_tie": ("home_asn", ("ip", "network")),
}
COLUMNS = (*TIES, "org_kind_tie", "open_network_share")
HOME = ("home_network", "home_asn", "home_kind")
_DIGITS = 9


def _top(at: np.ndarray, code: np.ndarray, n: np.ndarray, size: int) -> np.ndarray:
    """Per account (row `at`), the code with the most traffic `n`; ties to the lowest code
    (codes follow the values' sorted order, so the same on every engine); -1 for none."""
    ok = (at >= 0) & (code >= 0)
    if not ok.any():
        return np.full(size, -1, np.int64)
    width = int(code.max()) + 1
    key, inv = np.unique(at[ok].astype(np.int64) * width + code[ok], return_inverse=True)
    tot = np.bincount(inv, weights=n[ok])
    acc, val = key // width, key % width
    # by account, then most traffic, then lowest code: the first row of each account wins
    order = np.lexsort((val, -tot, acc))
    acc, val = acc[order], val[order]
    first = np.r_[True, acc[1:] != acc[:-1]]
    out = np.full(size, -1, np.int64)
    out[acc[first]] = val[first]
    return out


def _text(v: object) -> str:
    """A value as text; a whole number read back as a float (an ASN beside missing ones) as
    the integer it is."""
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def home(ips: pd.DataFrame, addr: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    """Per account of `index`, from its (account, address, n) rows and the addresses' feed
    matches: the network, autonomous system and kind of network carrying most of its traffic
    (None where unknown) and `open_network_share` (NaN for an account with no address rows).
    Values are coded once per distinct address, not per row (millions at scale)."""
    out = pd.DataFrame(index=index)
    at = index.get_indexer(ips.account_id)
    ip_code, ip_uniq = pd.factorize(ips.ip)
    a = addr.drop_duplicates("ip").set_index("ip").reindex(ip_uniq)
    n = ips.n.to_numpy(dtype=float)
    seen = (at >= 0) & (ip_code >= 0)
    tot = np.bincount(at[seen], weights=n[seen], minlength=len(index))
    for col, src in zip(HOME, ("network", "asn", "kind"), strict=True):
        per_ip = a[src].to_numpy(dtype=object) if src in a.columns else np.full(len(a), None)
        has = pd.notna(per_ip)
        code_ip = np.full(len(per_ip) + 1, -1, np.int64)  # the last: rows without an address
        uniq = np.zeros(0, dtype=object)
        if has.any():
            text = np.array([_text(v) for v in per_ip[has]], dtype=object)
            code_ip[:-1][has], uniq = pd.factorize(text, sort=True)
        best = _top(at, code_ip[ip_code], n, len(index))
        values = np.full(len(index), None, dtype=object)
        values[best >= 0] = np.asarray(uniq, dtype=object)[best[best >= 0]]
        out[col] = values
    kind_ip = a["kind"].to_numpy(dtype=object) if "kind" in a.columns else np.full(len(a), None)
    open_ip = np.r_[np.isin(kind_ip, OPEN_KINDS), False]
    hit = seen & open_ip[ip_code]
    within = np.bincount(at[hit], weights=n[hit], minlength=len(index))
    with np.errstate(invalid="ignore", divide="ignore"):
        out["open_network_share"] = np.where(tot > 0, within / tot, np.nan)
    return out


def _codes(p: pd.DataFrame, col: str) -> np.ndarray:
    """Per account, a code of its value of `col` in the values' sorted order (-1: none)."""
    if col not in p.columns:
        return np.full(len(p), -1, np.int64)
    v = p[col]
    has = v.notna().to_numpy()
    code = np.full(len(p), -1, np.int64)
    if has.any():
        code[has] = pd.factorize(v[has].astype(str).to_numpy(), sort=True)[0]
    return code


def _tie(
    same: np.ndarray, size: np.ndarray, mine: np.ndarray, held: np.ndarray, n_acc: int
) -> np.ndarray:
    """Per row of a group of `size` accounts (of the run's `n_acc`): the share of the account's
    other members holding its value (`same` of them) less the share of the accounts outside
    the group holding it (`held`: how many of the run's accounts hold each value); 0 for none."""
    has = mine >= 0
    inside = same / np.maximum(size - 1, 1)
    outside = np.where(has, held[np.maximum(mine, 0)] - same - 1, 0) / np.maximum(n_acc - size, 1)
    return np.where(has, inside - outside, 0.0)


def _same(group: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Per row: how many other rows of its group hold its value (0 where it has none)."""
    width = int(value.max(initial=-1)) + 2
    _, inv = np.unique(group.astype(np.int64) * width + (value + 1), return_inverse=True)
    return np.where(value >= 0, np.bincount(inv)[inv] - 1, 0)


def _alike_rows(
    members: pd.DataFrame, codes: np.ndarray, n_acc: int
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Per behaviour band: the (account, alike group, kind of thing, group size) rows of
    groups of MIN_GROUP or more on things of 2 to groups.MAX_SIZE accounts, in (thing,
    account) order."""
    a, e, by = groups._pairs(members, n_acc)
    acc, ent, kind = a[by].astype(np.int64), groups._dense(e[by]), members.k.to_numpy()[by]
    size = np.bincount(ent) if len(ent) else np.zeros(0, np.int64)
    keep = (size[ent] >= groups.MIN_SIZE) & (size[ent] <= groups.MAX_SIZE)
    acc, ent, kind = acc[keep], ent[keep], kind[keep]
    out = []
    for b in range(codes.shape[1]):
        _, g = np.unique(ent * (1 << coord.BITS) + codes[acc, b], return_inverse=True)
        gsize = np.bincount(g)[g] if len(g) else np.zeros(0, np.int64)
        ok = gsize >= MIN_GROUP
        out.append((acc[ok], g[ok], kind[ok], gsize[ok]))
    return out


def features(
    p: pd.DataFrame, members: pd.DataFrame, names: tuple[str, ...] = tuple(coord.BEHAVIOUR)
) -> pd.DataFrame:
    """The tie columns per account of profile `p` (index account_id; with the HOME columns
    and `open_network_share` from `home`), from the (account, thing) memberships of
    graph.memberships and the behaviour vector `names` (the model's own)."""
    out = pd.DataFrame(np.nan, index=p.index, columns=list(COLUMNS))
    if "open_network_share" in p.columns:
        out["open_network_share"] = p["open_network_share"].astype(float)
    if p.empty:
        return out
    kinds = len(grp.KINDS)
    n_acc = len(p)
    if len(names) and not members.empty:
        codes = coord.buckets(coord.behaviour(p, names))
        rows = _alike_rows(members, codes, n_acc)
        for col, (src, left_out) in TIES.items():
            v = _codes(p, src)
            held = np.bincount(v[v >= 0], minlength=1)
            drop = [grp.KINDS.index(k) for k in left_out]
            s = np.zeros(n_acc * kinds)
            c = np.zeros(n_acc * kinds)
            for acc, g, kind, gsize in rows:
                ok = ~np.isin(kind, drop)
                acc_o, g_o, kind_o = acc[ok], g[ok], kind[ok]
                mine = v[acc_o]
                tie = _tie(_same(g_o, mine), gsize[ok], mine, held, n_acc)
                slot = acc_o * kinds + kind_o
                s += np.bincount(slot, weights=tie, minlength=n_acc * kinds)
                c += np.bincount(slot, minlength=n_acc * kinds)
            with np.errstate(invalid="ignore", divide="ignore"):
                per_kind = (s / c).reshape(n_acc, kinds)
            has = (c > 0).reshape(n_acc, kinds)
            with np.errstate(invalid="ignore", divide="ignore"):
                mean = np.where(has, per_kind, 0.0).sum(axis=1) / has.sum(axis=1)
            out[col] = np.round(np.where(has.any(axis=1), mean, np.nan), _DIGITS)
    # the organisation's own kind of network
    org = _codes(p, "org_id")
    kind_v = _codes(p, "home_kind")
    in_org = np.flatnonzero(org >= 0)
    if len(in_org):
        size = np.bincount(org[in_org])[org[in_org]]
        mine = kind_v[in_org]
        held = np.bincount(kind_v[kind_v >= 0], minlength=1)
        tie = _tie(_same(org[in_org], mine), size, mine, held, n_acc)
        val = np.where((size >= 2) & (mine >= 0), tie, np.nan)
        out.iloc[in_org, out.columns.get_loc("org_kind_tie")] = np.round(val, _DIGITS)
    return out
