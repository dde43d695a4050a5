"""Campaigns: accounts linked by shared evidence, hubs pruned by what flows through them.

The graph is bipartite (account - shared thing: payment card, network, address, client +
sign-up window, e-mail domain + sign-up window, repeated template, and a network in a
restricted region, which counts as its own kind of evidence). A shared thing links accounts
only if the traffic behind it is mostly from campaign candidates (accounts whose own signals
reach CANDIDATE): a campus NAT, a carrier pool or a reseller's card carries mostly ordinary
traffic and links nobody, whatever its size. A restricted region's network links everyone who
sent through it: all of that traffic breaches the terms. Communities are the connected
components of the pruned graph (scipy.sparse.csgraph).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from consentry.detect.features import Features

CANDIDATE = 0.4  # activity score that makes an account a campaign candidate
ATTACH = 0.15  # weaker accounts join a community through ATTACH_HUBS of its shared things
ATTACH_HUBS = 2
RESEMBLANCE = 0.5  # ... through things whose candidates fire the same signals (Jaccard)
CLOSE_RESEMBLANCE = 0.75  # one kind of shared thing is enough for a close resemblance
CORE_KINDS = 2  # a candidate stays in a community only if linked to it by this many kinds
HUB_SUSPICIOUS_SHARE = 0.5  # share of a hub's traffic that must come from candidates
MIN_USES = 3  # an account "uses" an address or template when it sends this many through it
SIGNUP_WINDOW = "2D"


@dataclass
class Edges:
    """(account, entity) memberships with each entity's kind, for indicators and evidence."""

    members: pd.DataFrame  # account_id, entity, kind, n


def memberships(
    f: Features, p: pd.DataFrame, addr: pd.DataFrame, restricted: frozenset[str] = frozenset()
) -> Edges:
    rows = []
    acc = p[["payment_fingerprint", "email_domain", "created_at"]]
    pf = acc.payment_fingerprint.dropna()
    rows.append(pd.DataFrame({"account_id": pf.index, "entity": "pf:" + pf, "kind": "payment",
                              "n": p.n.reindex(pf.index).to_numpy()}))
    signup = acc.created_at.dt.floor(SIGNUP_WINDOW).astype(str)
    dom = acc.email_domain.dropna()
    rows.append(pd.DataFrame({"account_id": dom.index,
                              "entity": "dom:" + dom + "|" + signup.reindex(dom.index),
                              "kind": "email_domain", "n": p.n.reindex(dom.index).to_numpy()}))
    # An address in a restricted region counts from its first use: operators leak from home.
    ips = f.ips[(f.ips.n >= MIN_USES) | f.ips.country.isin(restricted)]
    ip = ips.merge(addr[["ip", "network"]], on="ip", how="left")
    rows.append(pd.DataFrame({"account_id": ip.account_id, "entity": "ip:" + ip.ip,
                              "kind": "ip", "n": ip.n}))
    net = ip.groupby(["account_id", "network"], as_index=False).n.sum()
    rows.append(pd.DataFrame({"account_id": net.account_id, "entity": "net:" + net.network,
                              "kind": "network", "n": net.n}))
    # ... and sharing one is evidence of its own kind, besides being a shared address
    rip = ip[ip.country.isin(restricted)].groupby(["account_id", "network"], as_index=False)
    rnet = rip.n.sum()
    rows.append(pd.DataFrame({"account_id": rnet.account_id,
                              "entity": "rnet:" + rnet.network,
                              "kind": "restricted_network", "n": rnet.n}))
    ua = f.agents[f.agents.n >= MIN_USES]
    ua = ua[ua.user_agent != ""]
    day = signup.reindex(ua.account_id).to_numpy()
    rows.append(pd.DataFrame({"account_id": ua.account_id,
                              "entity": "ua:" + ua.user_agent + "|" + day,
                              "kind": "user_agent", "n": ua.n}))
    t = f.templates
    t = t[t.n >= np.maximum(MIN_USES, 0.1 * p.n.reindex(t.account_id).to_numpy())]
    rows.append(pd.DataFrame({"account_id": t.account_id,
                              "entity": "tpl:" + t.side + ":" + t.h.astype(str),
                              "kind": "template", "n": t.n}))
    m = pd.concat(rows, ignore_index=True)
    return Edges(m[m.account_id.isin(p.index)])


def hubs(edges: Edges, activity: pd.Series) -> pd.DataFrame:
    """Per shared thing: accounts, traffic, and the share of that traffic from candidates."""
    m = edges.members.copy()
    m["cand"] = activity.reindex(m.account_id).to_numpy() >= CANDIDATE
    m["cand_n"] = np.where(m.cand, m.n, 0)
    h = m.groupby("entity").agg(
        kind=("kind", "first"),
        accounts=("account_id", "size"),
        candidates=("cand", "sum"),
        n=("n", "sum"),
        cand_n=("cand_n", "sum"),
    )
    h["suspicious_share"] = h.cand_n / h.n.clip(lower=1)
    h["candidate_share"] = h.candidates / h.accounts
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
    # Everything that flows through a restricted region's network is a breach of terms.
    h.loc[h.kind == "restricted_network", "kept"] = h.accounts >= 2
    return h


def communities(
    edges: Edges,
    hub: pd.DataFrame,
    activity: pd.Series,
    fired: pd.DataFrame,
    in_org: pd.Series | None = None,
    core_ok: pd.Series | None = None,
) -> pd.Series:
    """Component id (int) per account linked through kept hubs; -1 otherwise.

    Candidates (activity >= CANDIDATE with `core_ok`: a strong content signal or a restricted
    region) form the components. A weaker account (activity >= ATTACH) joins a component
    when it shares kept things of at least ATTACH_HUBS kinds (card, network, client, template,
    e-mail domain) with it, counting only things whose candidates behave like it: the signals
    it fires and those most of the thing's candidates fire overlap by RESEMBLANCE (Jaccard);
    one kind other than an address is enough when the overlap reaches CLOSE_RESEMBLANCE.
    So the quieter accounts of a campaign come in with the louder ones, while a reseller's
    customers behind the same card and proxy pool, who behave otherwise, stay out. Accounts of
    a registered organisation (`in_org`) are never attached by resemblance alone: a company's
    CI agents look like an agent farm's accounts and share its clouds and client strings;
    they join a community only on their own signals.
    """
    m = edges.members
    kept = hub.index[hub.kept]
    m = m[m.entity.isin(kept)]
    is_cand = activity >= CANDIDATE
    if core_ok is not None:
        is_cand &= core_ok.reindex(activity.index).fillna(False).astype(bool)
    cand = activity.index[is_cand]
    # whoever sent from a restricted network shared with others is a candidate through it
    leaked = m[m.kind == "restricted_network"]
    core = pd.concat([m[m.account_id.isin(cand)], leaked]).drop_duplicates(["account_id", "entity"])
    accounts = pd.Index(activity.index)
    ents = pd.Index(kept)
    a = accounts.get_indexer(core.account_id)
    e = ents.get_indexer(core.entity) + len(accounts)
    size = len(accounts) + len(ents)
    g = coo_matrix((np.ones(len(a)), (a, e)), shape=(size, size))
    _, labels = connected_components(g, directed=False)
    comp = pd.Series(labels[: len(accounts)], index=accounts)
    comp[~comp.index.isin(pd.Index(core.account_id.unique()))] = -1
    is_cand = is_cand | activity.index.isin(pd.Index(leaked.account_id.unique()))
    # a candidate tied to a community by one kind of thing only (say, a VPN exit it shares
    # with a campaign) is not a member
    c = core.assign(comp=comp.reindex(core.account_id).to_numpy(),
                    what=core.kind.replace({"ip": "network"}))
    kinds = c.groupby("account_id").what.nunique()
    # a restricted region's network shared with others is enough on its own
    kinds[kinds.index.isin(pd.Index(leaked.account_id.unique()))] = CORE_KINDS
    comp[kinds.index[kinds < CORE_KINDS]] = -1
    sizes = comp[comp >= 0].value_counts()
    comp[comp.isin(sizes.index[sizes < 2])] = -1
    # attach weaker accounts through the things they share with one community
    ent_comp = pd.Series(labels[len(accounts):], index=ents)
    ent_comp = ent_comp[ent_comp.isin(set(comp[comp >= 0]))]
    weak_mask = (activity >= ATTACH) & ~is_cand
    if in_org is not None:
        weak_mask &= ~in_org.reindex(activity.index).fillna(False).astype(bool)
    weak = activity.index[weak_mask]
    w = m[m.account_id.isin(weak) & m.entity.isin(ent_comp.index)].copy()
    if w.empty:
        return comp
    f = fired.astype(bool)
    modal = (
        f.reindex(core.account_id).set_axis(core.entity.to_numpy()).groupby(level=0).mean()
        >= 0.5
    )
    mine = f.reindex(w.account_id).to_numpy()
    theirs = modal.reindex(w.entity).fillna(False).to_numpy(dtype=bool)
    inter = (mine & theirs).sum(axis=1)
    union = np.maximum((mine | theirs).sum(axis=1), 1)
    jac = inter / union
    # shared addresses alone never suffice: clouds put unrelated tenants on one network
    w["close"] = (jac >= CLOSE_RESEMBLANCE) & ~w.kind.isin(("ip", "network")).to_numpy()
    w = w[jac >= RESEMBLANCE]
    w["comp"] = ent_comp.reindex(w.entity).to_numpy()
    # an address and its network are one piece of evidence, not two
    w["what"] = w.kind.replace({"ip": "network"})
    links = (
        w.groupby(["account_id", "comp"])
        .agg(kinds=("what", "nunique"), close=("close", "any"))
        .reset_index()
    )
    links = links[(links.kinds >= ATTACH_HUBS) | links.close].sort_values("kinds")
    links = links.drop_duplicates("account_id", keep="last")
    comp[links.account_id.to_numpy()] = links.comp.to_numpy()
    return comp
