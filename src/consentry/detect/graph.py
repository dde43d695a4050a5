"""Campaigns: flagged accounts linked by what they share, hubs pruned by what flows through.

The graph is bipartite (account - shared thing: payment card, network, address, client +
sign-up window, e-mail domain + sign-up window, repeated masked template, shared prompt
structure (an LSH bucket of similarity.py)). A shared thing links accounts only if most of
the traffic behind it comes from flagged accounts: a campus NAT, a carrier pool, a reseller's
card or proxy pool, or a restricted region's home network carries mostly ordinary traffic and
links nobody, whatever its size. Communities are connected components (scipy.sparse.csgraph)
in which every link is two kinds of shared thing at once, so one VPN exit does not make a
campaign and one popular client string does not merge distinct operations into one.
"""

from __future__ import annotations

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


@dataclass
class Edges:
    """(account, entity) memberships with each entity's kind, for indicators and evidence."""

    members: pd.DataFrame  # account_id, entity, kind, n


def memberships(
    f: Features, p: pd.DataFrame, addr: pd.DataFrame, buckets: pd.DataFrame | None = None
) -> Edges:
    rows = []
    acc = p[["payment_fingerprint", "email_domain", "created_at"]]
    pf = acc.payment_fingerprint.dropna()
    rows.append(
        pd.DataFrame(
            {
                "account_id": pf.index,
                "entity": "pf:" + pf,
                "kind": "payment",
                "n": p.n.reindex(pf.index).to_numpy(),
            }
        )
    )
    signup = acc.created_at.dt.floor(SIGNUP_WINDOW).astype(str)
    dom = acc.email_domain.dropna()
    rows.append(
        pd.DataFrame(
            {
                "account_id": dom.index,
                "entity": "dom:" + dom + "|" + signup.reindex(dom.index),
                "kind": "email_domain",
                "n": p.n.reindex(dom.index).to_numpy(),
            }
        )
    )
    ips = f.ips[f.ips.n >= MIN_USES]
    ip = ips.merge(addr[["ip", "network"]], on="ip", how="left")
    rows.append(
        pd.DataFrame(
            {"account_id": ip.account_id, "entity": "ip:" + ip.ip, "kind": "ip", "n": ip.n}
        )
    )
    net = ip.groupby(["account_id", "network"], as_index=False).n.sum()
    rows.append(
        pd.DataFrame(
            {
                "account_id": net.account_id,
                "entity": "net:" + net.network,
                "kind": "network",
                "n": net.n,
            }
        )
    )
    ua = f.agents.groupby(["account_id", "user_agent"], as_index=False).n.sum()
    ua = ua[(ua.n >= MIN_USES) & (ua.user_agent != "")]
    day = signup.reindex(ua.account_id).to_numpy()
    rows.append(
        pd.DataFrame(
            {
                "account_id": ua.account_id,
                "entity": "ua:" + ua.user_agent + "|" + day,
                "kind": "user_agent",
                "n": ua.n,
            }
        )
    )
    t = f.templates
    t = t[t.n >= np.maximum(MIN_USES, 0.1 * p.n.reindex(t.account_id).to_numpy())]
    rows.append(
        pd.DataFrame(
            {
                "account_id": t.account_id,
                "entity": "tpl:" + t.side + ":" + t.h.astype(str),
                "kind": "template",
                "n": t.n,
            }
        )
    )
    if buckets is not None and len(buckets):
        rows.append(
            pd.DataFrame(
                {
                    "account_id": buckets.account_id,
                    "entity": "lsh:" + buckets.bucket.astype(str),
                    "kind": "prompt_structure",
                    "n": p.n.reindex(buckets.account_id).to_numpy(),
                }
            )
        )
    m = pd.concat(rows, ignore_index=True)
    return Edges(m[m.account_id.isin(p.index)])


def hubs(edges: Edges, flagged: pd.Series) -> pd.DataFrame:
    """Per shared thing: accounts, traffic, and the share of that traffic from flagged ones."""
    m = edges.members.copy()
    m["cand"] = flagged.reindex(m.account_id).fillna(False).to_numpy(dtype=bool)
    m["cand_n"] = np.where(m.cand, m.n, 0)
    h = m.groupby("entity").agg(
        kind=("kind", "first"),
        accounts=("account_id", "size"),
        candidates=("cand", "sum"),
        n=("n", "sum"),
        cand_n=("cand_n", "sum"),
    )
    h["suspicious_share"] = h.cand_n / h.n.clip(lower=1)
    # A client string or e-mail domain is judged over all sign-up windows too: a browser
    # version or a freemail domain carries mostly ordinary traffic even when one window of it
    # is crowded with a campaign's sign-ups.
    family = h.index.to_series().str.rsplit("|", n=1).str[0]
    fam = h.groupby(family)[["n", "cand_n"]].transform("sum")
    h["family_share"] = (fam.cand_n / fam.n.clip(lower=1)).to_numpy()
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
    core = m[m.entity.isin(hub.index[hub.kept])]
    core = core[core.account_id.isin(accounts[flagged.to_numpy(dtype=bool)])]
    x = pd.DataFrame(
        {
            "a": accounts.get_indexer(core.account_id),
            "k": pd.factorize(core.kind.replace({"ip": "network"}), sort=True)[0],
            "e": pd.factorize(core.entity, sort=True)[0],
            "size": hub.candidates.reindex(core.entity).to_numpy(),
        }
    ).drop_duplicates(["a", "e"])
    # per account and kind, its most-shared things first (ties by entity: engine-independent)
    x = x.sort_values(["a", "k", "size", "e"], ascending=[True, True, False, True])
    every = x
    x = x[x.groupby(["a", "k"]).cumcount() < MAX_HUBS_PER_KIND]
    by_kind = [g[["a", "e"]] for _, g in x.groupby("k")]
    n_e = int(x.e.max()) + 1 if len(x) else 1
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
