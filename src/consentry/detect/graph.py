"""Campaigns: flagged accounts linked by what they share, hubs pruned by what flows through.

The graph is bipartite (account - shared thing: payment card, network, address, client +
sign-up window, e-mail domain + sign-up window, repeated masked template, shared prompt
structure (an LSH bucket of similarity.py)). A shared thing links accounts only if most of
the traffic behind it comes from flagged accounts: a campus NAT, a carrier pool, a reseller's
card or proxy pool, or a restricted region's home network carries mostly ordinary traffic and
links nobody, whatever its size. Communities are connected components (scipy.sparse.csgraph)
in which every link is two kinds of shared thing at once, so one VPN exit does not make a
campaign and one popular client string does not merge distinct operations into one.

Memberships are integer-coded (an account's row in the profile, an entity code, a kind): at
1.3M accounts they are tens of millions of rows, most of them prompt-structure buckets, and
only the indicators of flagged campaigns ever need an entity's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from consentry.detect.features import Features

MAX_HUBS_PER_KIND = 4  # things per account and kind that its campaign links are made of
CORE_KINDS = 2  # kinds of thing a link (or a left-out account's tie to a campaign) needs
HUB_SUSPICIOUS_SHARE = 0.5  # share of a hub's traffic that must come from flagged accounts
MIN_USES = 3  # an account "uses" an address or template when it sends this many through it
SIGNUP_WINDOW = "2D"

# Kinds of shared thing, in the order of their names' prefixes: entity codes follow the names'
# order (kind, then value as text), so every tie that breaks by entity breaks the same way on
# every engine and in every run.
KINDS = ("email_domain", "ip", "prompt_structure", "network", "payment", "template", "user_agent")
PREFIX = ("dom", "ip", "lsh", "net", "pf", "tpl", "ua")
WINDOWED = frozenset({"email_domain", "user_agent"})  # value|sign-up window
# an address and its network are one kind of thing for links
LINK_KIND = np.array([KINDS.index(k if k != "ip" else "network") for k in KINDS], np.int8)


@dataclass
class Edges:
    """(account, entity) memberships, integer-coded, with what is needed to name an entity.

    `members`: a (the account's row in the profile), e (entity code), k (its kind, an index
    into KINDS), n (the account's exchanges through it). Per entity code: `kind`, `family`
    (the thing across sign-up windows: a client string or e-mail domain in any window; the
    entity itself otherwise), and its value in `values[kind]` at `e - start[kind]`.
    """

    members: pd.DataFrame
    accounts: pd.Index
    kind: np.ndarray
    family: np.ndarray
    start: np.ndarray
    values: tuple[np.ndarray, ...]

    @property
    def entities(self) -> int:
        return len(self.kind)

    def name(self, e: int) -> str:
        """The entity's name, "kind-prefix:value" (e.g. "ua:aiohttp/3.11|2025-12-18")."""
        k = int(self.kind[e])
        return f"{PREFIX[k]}:{self.values[k][e - self.start[k]]}"

    @classmethod
    def from_names(cls, rows: pd.DataFrame, accounts: pd.Index | None = None) -> Edges:
        """Edges from a table of account_id, entity ("prefix:value"), kind, n: small inputs
        (tests, fixtures); the detector codes its memberships without making names."""
        accounts = pd.Index(sorted(set(rows.account_id))) if accounts is None else accounts
        b = _Builder(accounts)
        n = rows.n if "n" in rows else pd.Series(1, index=rows.index)
        for kind in KINDS:
            sub = rows[rows.kind == kind]
            value = sub.entity.str.split(":", n=1).str[1].to_numpy(dtype=object)
            fam = _without_window if kind in WINDOWED else None
            b.add(kind, sub.account_id.to_numpy(), value, n[sub.index].to_numpy(), _as_text, fam)
        return b.edges()


_NONE = (np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, object))


def _without_window(names: np.ndarray) -> np.ndarray:
    return np.array([s.rsplit("|", 1)[0] for s in names], dtype=object)


def _as_text(values: np.ndarray) -> np.ndarray:
    return np.array([str(v) for v in values], dtype=object)


class _Builder:
    """Collects each kind's (account, key, n) rows; codes entities in the order of names."""

    def __init__(self, accounts: pd.Index) -> None:
        self.accounts = accounts
        self.parts: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
        self.families: dict[str, np.ndarray] = {}

    def add(
        self,
        kind: str,
        account: np.ndarray,
        key: np.ndarray,
        n: np.ndarray,
        text: Callable[[np.ndarray], np.ndarray],
        family: Callable[[np.ndarray], np.ndarray] | None = None,
        positions: bool = False,
    ) -> None:
        """Rows of one kind: `key` identifies the entity (any hashable values), `text` gives
        the names of distinct keys (sorted on to number them), `family` their family ids.
        `account`: ids, or rows of the profile when `positions`."""
        a = np.asarray(account) if positions else self.accounts.get_indexer(account)
        key, n = np.asarray(key), np.asarray(n)
        ok = a >= 0
        if key.dtype == object:
            ok &= pd.notna(key)
        if not ok.all():  # most kinds come whole: no copy of tens of millions of rows
            a, key, n = a[ok], key[ok], n[ok]
        code, uniq = pd.factorize(key)
        del key
        uniq = np.asarray(uniq)
        names = text(uniq)
        order = np.argsort(names, kind="stable")
        rank = np.empty(len(order), np.int32)
        rank[order] = np.arange(len(order))
        fam = family(names[order]) if family is not None else None
        # values kept for naming: the names, except prompt-structure buckets (never named)
        kept = uniq[order] if kind == "prompt_structure" else names[order]
        # 4-byte columns: a thing's code and an account's exchanges through it fit
        part = (a.astype(np.int32, copy=False), rank[code], n.astype(np.int32, copy=False), kept)
        self.parts[kind] = part
        if fam is not None:
            self.families[kind] = fam

    def edges(self) -> Edges:
        kinds, families, values = [], [], []
        start = np.zeros(len(KINDS), np.int64)
        offset = 0
        fam_offset = 0
        # the memberships are written kind by kind into arrays of their final size (tens of
        # millions of rows at 1.3M accounts: no per-kind frames and concatenated copy)
        rows = sum(len(self.parts[kind][0]) for kind in self.parts)
        cols: dict[str, np.ndarray] = {
            "a": np.empty(rows, np.int32),
            "e": np.empty(rows, np.int32),
            "k": np.empty(rows, np.int8),
            "n": np.empty(rows, np.int32),
        }
        at = 0
        for k, kind in enumerate(KINDS):
            a, local, n, vals = self.parts.pop(kind, _NONE)
            start[k] = offset
            count = len(vals)
            end = at + len(a)
            cols["a"][at:end] = a
            cols["e"][at:end] = local + offset
            cols["k"][at:end] = k
            cols["n"][at:end] = n
            at = end
            del a, local, n
            kinds.append(np.full(count, k, np.int8))
            values.append(vals)
            offset += count
        # family ids: the entity's own code, or for windowed kinds a code past every entity
        for k, kind in enumerate(KINDS):
            own = np.arange(start[k], start[k] + len(values[k]), dtype=np.int64)
            if kind in self.families:
                _, fam = np.unique(self.families[kind], return_inverse=True)
                own = offset + fam_offset + fam.astype(np.int64)
                fam_offset += int(fam.max(initial=-1)) + 1
            families.append(own)
        # each kind's rows are one per (account, entity) already: grouped on the engine
        members = pd.DataFrame(cols, copy=False)
        del cols
        return Edges(
            members,
            self.accounts,
            np.concatenate(kinds) if kinds else np.zeros(0, np.int8),
            np.concatenate(families) if families else np.zeros(0, np.int64),
            start,
            tuple(values),
        )


def _pair_key(
    left: np.ndarray, right: np.ndarray, sep: str
) -> tuple[np.ndarray, Callable[[np.ndarray], np.ndarray]]:
    """Rows keyed by the pair (left, right) as one int64, and the names "left<sep>right" of
    distinct keys: the pairs are coded without making a string per row."""
    lc, lu = pd.factorize(left, use_na_sentinel=False)
    rc, ru = pd.factorize(right, use_na_sentinel=False)
    lt, rt = _as_text(np.asarray(lu)), _as_text(np.asarray(ru))
    width = max(len(ru), 1)

    def text(keys: np.ndarray) -> np.ndarray:
        keys = keys.astype(np.int64)
        return np.array(
            [f"{x}{sep}{y}" for x, y in zip(lt[keys // width], rt[keys % width], strict=True)],
            dtype=object,
        )

    return lc.astype(np.int64) * width + rc, text


def memberships(
    f: Features, p: pd.DataFrame, addr: pd.DataFrame, buckets: pd.DataFrame | None = None
) -> Edges:
    """Every (account, shared thing) of the accounts of `p`; `buckets`: the shared prompt
    structures of similarity.py (a: the account's row in `p`, bucket)."""
    b = _Builder(p.index)
    n_acc = p.n.to_numpy(dtype=np.int32)
    rows = np.arange(len(p))
    pf = p.payment_fingerprint.to_numpy(dtype=object)
    b.add("payment", rows, pf, n_acc, _as_text, positions=True)
    # sign-up windows as text only for the distinct windows ("NaT" where unknown, as before)
    signup = p.created_at.dt.floor(SIGNUP_WINDOW)
    w_code, w_uniq = pd.factorize(signup, use_na_sentinel=False)
    windows = pd.Series(w_uniq).astype(str).to_numpy(dtype=object)
    window = windows[w_code]  # one object reference per account, not a new string
    dom = p.email_domain.to_numpy(dtype=object)
    has = pd.notna(dom)
    key, text = _pair_key(dom[has], window[has], "|")
    b.add("email_domain", rows[has], key, n_acc[has], text, _without_window, positions=True)

    ips = f.ips[f.ips.n >= MIN_USES]
    ips = ips[ips.ip.notna()]
    ip_code, ip_uniq = pd.factorize(ips.ip)
    ip_a = p.index.get_indexer(ips.account_id)
    ip_n = ips.n.to_numpy(dtype=np.int64)
    b.add("ip", ip_a, ip_code, ip_n, lambda k: _as_text(np.asarray(ip_uniq)[k]), positions=True)
    # each account's traffic per network, summed over its addresses there
    nets = addr.drop_duplicates("ip").set_index("ip").network.reindex(ip_uniq).to_numpy(object)
    net_code, net_uniq = pd.factorize(nets)
    row_net = net_code[ip_code]
    ok = (row_net >= 0) & (ip_a >= 0)
    pair = ip_a[ok].astype(np.int64) * max(len(net_uniq), 1) + row_net[ok]
    pairs, inv = np.unique(pair, return_inverse=True)
    net_n = np.bincount(inv, weights=ip_n[ok]).astype(np.int64)
    b.add(
        "network",
        pairs // max(len(net_uniq), 1),
        pairs % max(len(net_uniq), 1),
        net_n,
        lambda k: _as_text(np.asarray(net_uniq)[k]),
        positions=True,
    )

    ua = f.agents.groupby(["account_id", "user_agent"], as_index=False).n.sum()
    ua = ua[(ua.n >= MIN_USES) & (ua.user_agent != "")]
    ua_a = p.index.get_indexer(ua.account_id)
    ok = ua_a >= 0
    ua_a = ua_a[ok]
    key, text = _pair_key(ua.user_agent.to_numpy(dtype=object)[ok], window[ua_a], "|")
    b.add("user_agent", ua_a, key, ua.n.to_numpy()[ok], text, _without_window, positions=True)

    t = f.templates
    t_a = p.index.get_indexer(t.account_id)
    ok = (t_a >= 0) & (t.n.to_numpy() >= np.maximum(MIN_USES, 0.1 * n_acc[np.maximum(t_a, 0)]))
    t = t[ok]
    key, text = _pair_key(t.side.to_numpy(dtype=object), t.h.to_numpy(), ":")
    b.add("template", t_a[ok], key, t.n.to_numpy(), text, positions=True)

    if buckets is not None and len(buckets):
        a = buckets.a.to_numpy()
        b.add("prompt_structure", a, buckets.bucket.to_numpy(), n_acc[a], _as_text, positions=True)
    return b.edges()


def hubs(edges: Edges, flagged: pd.Series) -> pd.DataFrame:
    """Per shared thing (index: entity code): accounts, traffic, and the share of that traffic
    from flagged ones."""
    m = edges.members
    e = m.e.to_numpy()
    size = edges.entities
    cand = flagged.reindex(edges.accounts, fill_value=False).to_numpy(dtype=bool)[m.a.to_numpy()]
    n = m.n.to_numpy(dtype=float)
    h = pd.DataFrame(
        {
            "kind": edges.kind,
            "accounts": np.bincount(e, minlength=size),
            "candidates": np.bincount(e, weights=cand, minlength=size).astype(np.int64),
            "n": np.bincount(e, weights=n, minlength=size),
            "cand_n": np.bincount(e, weights=np.where(cand, n, 0.0), minlength=size),
        }
    )
    h["suspicious_share"] = h.cand_n / h.n.clip(lower=1)
    # A client string or e-mail domain is judged over all sign-up windows too: a browser
    # version or a freemail domain carries mostly ordinary traffic even when one window of it
    # is crowded with a campaign's sign-ups.
    fam = edges.family
    fam_n = np.bincount(fam, weights=h.n.to_numpy(), minlength=int(fam.max(initial=-1)) + 1)
    fam_c = np.bincount(fam, weights=h.cand_n.to_numpy(), minlength=len(fam_n))
    h["family_share"] = fam_c[fam] / np.maximum(fam_n[fam], 1)
    h["kept"] = (
        (h.candidates >= 2)
        & (h.suspicious_share >= HUB_SUSPICIOUS_SHARE)
        & (h.family_share >= HUB_SUSPICIOUS_SHARE)
    )
    return h


def _components(a: np.ndarray, e: np.ndarray, n_a: int) -> np.ndarray:
    """Connected component of each of n_a nodes over the (a, e) edges (e: any other ids)."""
    _, e_code = np.unique(e, return_inverse=True)
    size = n_a + int(e_code.max(initial=-1)) + 1
    g = coo_matrix((np.ones(len(a)), (a, e_code + n_a)), shape=(size, size))
    return connected_components(g, directed=False)[1][:n_a]


def communities(
    edges: Edges,
    hub: pd.DataFrame,
    flagged: pd.Series,
) -> pd.Series:
    """Component id (int) per flagged account linked through kept hubs; -1 otherwise.

    Two flagged accounts are linked when they share a kept thing of one kind *and* one of
    another (an address and its network count as one kind); campaigns are the connected
    groups of such links, of at least two accounts. One kind alone never links, so a VPN exit
    does not make a campaign, and distinct operations that happen to share one kind of thing
    (a popular SDK string in one sign-up window, a commercial proxy exit, a common prompt
    opening) stay separate. Each account's pairs come from its MAX_HUBS_PER_KIND most-shared
    things of each kind, so the pairs stay a small multiple of the memberships.
    Nobody joins a campaign on what it shares alone: on validation data, attaching accounts
    at half the threshold that shared two kinds of hub with a campaign added no recall and
    flagged a reseller's customers.
    """
    accounts = pd.Index(flagged.index)
    comp = pd.Series(-1, index=accounts, dtype=np.int64)
    m = edges.members
    # the edges' account rows as rows of `flagged`
    pos = accounts.get_indexer(edges.accounts)
    is_flagged = flagged.to_numpy(dtype=bool)
    a_all = pos[m.a.to_numpy()]
    e_all = m.e.to_numpy()
    sel = hub.kept.to_numpy()[e_all] & (a_all >= 0)
    sel[sel] = is_flagged[a_all[sel]]
    x = pd.DataFrame(
        {
            "a": a_all[sel],
            "k": LINK_KIND[m.k.to_numpy()[sel]],
            "e": e_all[sel],
            "size": hub.candidates.to_numpy()[e_all[sel]],
        }
    ).drop_duplicates(["a", "e"])
    # per account and kind, its most-shared things first (ties by entity: engine-independent)
    x = x.sort_values(["a", "k", "size", "e"], ascending=[True, True, False, True])
    every = x
    x = x[x.groupby(["a", "k"]).cumcount() < MAX_HUBS_PER_KIND]
    by_kind = [g[["a", "e"]] for _, g in x.groupby("k")]
    n_e = max(edges.entities, 1)
    a_parts, key_parts = [], []
    for i, xa in enumerate(by_kind):
        for xb in by_kind[i + 1 :]:
            pairs = xa.merge(xb, on="a")
            a_parts.append(pairs.a.to_numpy())
            key_parts.append(pairs.e_x.to_numpy(np.int64) * n_e + pairs.e_y.to_numpy(np.int64))
    if not sum(len(p) for p in a_parts):
        return comp
    a = np.concatenate(a_parts)
    labels = _components(a, np.concatenate(key_parts), len(accounts))
    linked = np.zeros(len(accounts), bool)
    linked[a] = True
    comp[linked] = labels[linked]
    sizes = comp[comp >= 0].value_counts()
    comp[comp.isin(sizes.index[sizes < 2])] = -1
    _attach_lone(comp, every)
    return comp


def _attach_lone(comp: pd.Series, x: pd.DataFrame) -> None:
    """A flagged account left out (linked to each peer by one kind only) joins the campaign
    whose members share CORE_KINDS kinds of thing with it (any of its things, not only the
    most-shared), the one sharing most kinds (then most things, then the lowest id). It joins
    one campaign and links no two together."""
    c = comp.to_numpy()
    camp = c[x.a.to_numpy()]
    lone = x[camp < 0]
    if lone.empty or (camp < 0).all():
        return
    peers = x[camp >= 0].assign(c=camp[camp >= 0])[["e", "c"]].drop_duplicates()
    cand = lone.merge(peers, on="e")
    if cand.empty:
        return
    per = cand.groupby(["a", "c"]).agg(kinds=("k", "nunique"), things=("e", "nunique"))
    per = per[per.kinds >= CORE_KINDS].reset_index()
    per = per.sort_values(["a", "kinds", "things", "c"], ascending=[True, False, False, True])
    best = per.drop_duplicates("a")
    comp.iloc[best.a.to_numpy()] = best.c.to_numpy()
