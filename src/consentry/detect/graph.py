"""Campaigns: flagged accounts linked by what they share, hubs pruned by what flows through.

The graph is bipartite (account - shared thing: payment card, network, address, client +
sign-up window, e-mail domain + sign-up window, repeated masked template, shared prompt
structure (an LSH bucket of similarity.py)). A shared thing links accounts only if most of
the traffic behind it comes from flagged accounts: a campus NAT, a carrier pool, a reseller's
card or proxy pool, or a restricted region's home network carries mostly ordinary traffic and
links nobody, whatever its size. Communities are the connected components of the pruned graph
(scipy.sparse.csgraph); a component needs two kinds of shared thing, so one VPN exit does not
make a campaign.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from consentry.detect.features import Features

CORE_KINDS = 2  # a flagged account stays in a community only if linked by this many kinds
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


def communities(
    edges: Edges,
    hub: pd.DataFrame,
    flagged: pd.Series,
) -> pd.Series:
    """Component id (int) per flagged account linked through kept hubs; -1 otherwise.

    Flagged accounts form the components; each needs CORE_KINDS kinds of link (an address and
    its network count once) and a component two accounts. Nobody joins a campaign on what it
    shares alone: on validation data, attaching accounts at half the threshold that shared two
    kinds of hub with a campaign added no recall and flagged a reseller's customers.
    """
    m = edges.members
    kept = hub.index[hub.kept]
    m = m[m.entity.isin(kept)]
    accounts = pd.Index(flagged.index)
    core = m[m.account_id.isin(accounts[flagged.to_numpy(dtype=bool)])]
    ents = pd.Index(kept)
    a = accounts.get_indexer(core.account_id)
    e = ents.get_indexer(core.entity) + len(accounts)
    size = len(accounts) + len(ents)
    g = coo_matrix((np.ones(len(a)), (a, e)), shape=(size, size))
    _, labels = connected_components(g, directed=False)
    comp = pd.Series(labels[: len(accounts)], index=accounts)
    comp[~comp.index.isin(pd.Index(core.account_id.unique()))] = -1
    what = core.kind.replace({"ip": "network"})
    kinds = what.groupby(core.account_id.to_numpy()).nunique()
    comp[kinds.index[kinds < CORE_KINDS]] = -1
    sizes = comp[comp >= 0].value_counts()
    comp[comp.isin(sizes.index[sizes < 2])] = -1
    return comp
