"""Describe each community of flagged accounts: score, evidence with figures, indicators.

Communities come from graph.py over calibrated probabilities; a campaign's score is the
median probability of its members, and its evidence names what its members share (the
features that drive their scores, in words) and how many accounts act together.
Restricted-region access is not campaign evidence: it is its own finding (access.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from consentry.detect.graph import KINDS, Edges
from consentry.detect.model import FEATURES

MAX_INDICATORS = 25  # per kind and campaign
EXAMPLE_CHARS = 80

CAPABILITIES = {
    "tool_use": "tools_share",
    "vision": "image_share",
    "long_form_answers": "harvest_share",
}


@dataclass
class Campaign:
    campaign_id: str
    members: list[str]
    score: float
    flagged: bool
    exchanges: int
    first_seen: str
    last_seen: str
    targets: list[str]
    evidence: list[str]
    codes: list[str]
    indicators: dict[str, list] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "campaign_id": self.campaign_id,
            "accounts": len(self.members),
            "exchanges": self.exchanges,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "score": round(self.score, 4),
            "targets": self.targets,
            "evidence": self.evidence,
            "indicators": self.indicators,
        }


def campaign_id(members: list[str]) -> str:
    """Stable id from the member set, identical whichever engine found it."""
    return "cmp-" + hashlib.sha256("\n".join(sorted(members)).encode()).hexdigest()[:10]


def _iso(ts: object) -> str:
    return pd.Timestamp(ts).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def build(
    p: pd.DataFrame,
    prob: pd.Series,
    flagged: pd.Series,
    drivers: pd.Series,
    comp: pd.Series,
    edges: Edges,
    hub: pd.DataFrame,
) -> list[Campaign]:
    """One Campaign per community; `drivers` holds each account's top (feature, value)s."""
    out = []
    members = comp[comp >= 0]
    # each campaign's memberships of kept hubs, split once (not one scan of them per campaign)
    m = edges.members
    of = comp.reindex(edges.accounts, fill_value=-1).to_numpy()[m.a.to_numpy()]
    sel = hub.kept.to_numpy()[m.e.to_numpy()] & (of >= 0)
    kept = m[sel]
    by_campaign = dict(iter(kept.groupby(of[sel])))
    empty = kept.iloc[:0]
    for cid, group in members.groupby(members.to_numpy()):
        ids = group.index
        sub = p.loc[ids]
        score = float(np.median(prob.loc[ids]))
        n = sub.n.astype(float)
        targets = [
            cap for cap, col in CAPABILITIES.items() if float((sub[col] * n).sum() / n.sum()) >= 0.2
        ] or ["general"]
        total = int(sub.n.sum())
        evidence = [
            f"{len(ids):,} accounts linked by shared cards, networks, clients or prompt "
            f"structures; median calibrated probability {score:.2f}",
            f"{total:,} exchanges, {total / len(ids):,.0f} per account, "
            f"{_pct(float((sub.harvest_share * n).sum() / n.sum()))} of them long answers to "
            "short prompts",
        ]
        counts: dict[str, list[float]] = {}
        for tops in drivers.reindex(ids).dropna():
            for name, value in tops:
                counts.setdefault(name, []).append(value)
        for name, values in sorted(counts.items(), key=lambda kv: -len(kv[1]))[:5]:
            words = FEATURES[name][1]
            # A missing value is a signal too (the model splits on it): say so, never "nan".
            finite = [v for v in values if np.isfinite(v)]
            figure = f"median {np.median(finite):.3g}" if finite else "absent from the logs"
            if finite and len(finite) < len(values):
                figure += f", absent for {_pct(1 - len(finite) / len(values))}"
            evidence.append(
                f"{words}: {figure} "
                f"(a leading reason for {_pct(len(values) / len(ids))} of accounts)"
            )
        channels = sub.signup_channel.value_counts(normalize=True)
        evidence.append(
            "sign-up channels: " + ", ".join(f"{k} {_pct(v)}" for k, v in channels.head(3).items())
        )
        codes = ["coordinated_accounts"] if len(ids) >= 2 else []
        out.append(
            Campaign(
                campaign_id=campaign_id(list(ids)),
                members=sorted(ids),
                score=score,
                flagged=bool(flagged.loc[ids].any()),
                exchanges=total,
                first_seen=_iso(sub.first_ts.min()),
                last_seen=_iso(sub.last_ts.max()),
                targets=targets,
                evidence=evidence,
                codes=codes,
                indicators=_indicators(by_campaign.get(cid, empty), edges),
            )
        )
    out.sort(key=lambda c: (-len(c.members), c.campaign_id))
    return out


def _indicators(mine: pd.DataFrame, edges: Edges) -> dict[str, list]:
    """What a campaign's accounts share, from its memberships of kept hubs (named here: the
    only entities whose names the detector ever makes)."""
    g = mine.groupby("e").agg(kind=("k", "first"), accounts=("a", "nunique"), n=("n", "sum"))
    g = g[g.accounts >= 2].sort_values(["accounts", "n"], ascending=False)
    g = g[g.kind != KINDS.index("prompt_structure")]  # LSH buckets are not shareable indicators
    ind: dict[str, list] = {
        "ips": [],
        "networks": [],
        "payment_fingerprints": [],
        "user_agents": [],
        "templates": [],
        "email_domains": [],
    }
    for e, row in g.iterrows():
        kind, value = KINDS[int(row.kind)], edges.name(int(e)).split(":", 1)[1]
        key = {
            "ip": "ips",
            "network": "networks",
            "payment": "payment_fingerprints",
            "user_agent": "user_agents",
            "template": "templates",
            "email_domain": "email_domains",
        }[kind]
        if len(ind[key]) >= MAX_INDICATORS:
            continue
        if kind in ("user_agent", "email_domain"):
            value = value.rsplit("|", 1)[0]
            if value in ind[key]:
                continue
        if kind == "template":
            ind[key].append({"ref": value, "accounts": int(row.accounts), "uses": int(row.n)})
        else:
            ind[key].append(value)
    return ind


def fill_templates(campaigns: list[Campaign], examples: dict[str, str]) -> None:
    """Replace engine-specific template refs by a SHA-256 of the masked text and an example."""
    for c in campaigns:
        out = []
        for t in c.indicators.get("templates", []):
            text = examples.get(t["ref"])
            if text is None:
                continue
            out.append(
                {
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "masked_example": text[:EXAMPLE_CHARS],
                    "accounts": t["accounts"],
                    "uses": t["uses"],
                }
            )
        c.indicators["templates"] = out
