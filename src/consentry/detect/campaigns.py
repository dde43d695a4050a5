"""Score each community as a whole and describe it: evidence with figures, indicators.

A campaign's score is a noisy-OR of what its members do (their median activity score), how
many accounts act together, how many hide where they come from, and how many reached the
service from a restricted region. So 20,000 accounts that each stay under every per-account
threshold are still caught together, while a lab's four evaluation accounts are not.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from consentry.detect.signals import Scored

FLAG = 0.8  # campaign (or lone account) score at which accounts are flagged
MAX_INDICATORS = 25  # per kind and campaign
EXAMPLE_CHARS = 80

CAPABILITIES = {
    "reasoning": "cot_share",
    "grading": "grading_share",
    "coding": "code_share",
    "tool_use": "tools_share",
    "vision": "image_share",
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


def score_campaign(p: pd.DataFrame, s: Scored) -> tuple[float, list[str], list[str]]:
    """(score, codes, evidence) for a group of accounts given their profiles and signals."""
    size = len(p)
    fired = s.fired.loc[p.index]
    activity = float(np.median(s.activity.loc[p.index]))
    # Hiding behind commercial proxies, sign-up bursts or a restricted region; a cloud
    # address in another country alone is how many legitimate API clients look.
    hidden = (p.proxy_share >= 0.5) | (p.restricted_n >= 1)
    if "signup_burst" in fired:
        hidden |= fired["signup_burst"]
    conceal_share = float(hidden.mean())
    restricted = int((p.restricted_n >= 1).sum())
    parts: list[tuple[str, float, str]] = []
    parts.append(("member_activity", activity,
                  f"median member activity score {activity:.2f} (content and shape signals)"))
    coord = min(0.5, 0.1 * math.log2(max(size, 1)))
    parts.append(("coordinated_accounts", coord,
                  f"{size:,} accounts linked by shared cards, networks, clients or templates"))
    abroad = float(((p.egress_share >= 0.5) & (p.mismatch_share >= 0.5)).mean())
    if conceal_share >= 0.5:
        parts.append(("concealed_origin", 0.3,
                      f"{_pct(conceal_share)} of accounts hide their origin "
                      "(commercial proxy egress, sign-up bursts, restricted regions)"))
    elif abroad >= 0.5:
        parts.append(("egress_abroad", 0.15,
                      f"{_pct(abroad)} of accounts send from datacenter or proxy addresses "
                      "outside their declared country"))
    if restricted >= 2 or (size < 4 and restricted >= 1):
        nres = int(p.restricted_n.sum())
        parts.append(("region_restricted", 0.5,
                      f"{restricted:,} accounts sent {nres:,} exchanges from restricted regions"))
    miss = 1.0
    for _, w, _ in parts:
        miss *= 1.0 - w
    score = 1.0 - miss
    codes = [c for c, w, _ in parts if w >= 0.1 and c != "member_activity"]
    evidence = [text for _, w, text in parts if w > 0]
    for code in fired.columns:
        share = float(fired[code].mean())
        if share >= 0.3:
            evidence.append(f"{code}: {_pct(share)} of accounts")
    return score, codes, evidence


def build(
    p: pd.DataFrame,
    s: Scored,
    comp: pd.Series,
    members_df: pd.DataFrame,
    hub: pd.DataFrame,
) -> list[Campaign]:
    out = []
    for cid in sorted(set(comp[comp >= 0])):
        ids = comp.index[comp == cid]
        sub = p.loc[ids]
        score, codes, evidence = score_campaign(sub, s)
        n = sub.n.astype(float)
        targets = [cap for cap, col in CAPABILITIES.items()
                   if float((sub[col] * n).sum() / n.sum()) >= 0.2]
        if not targets:
            targets = ["general"]
        total = int(sub.n.sum())
        evidence.insert(
            1,
            f"{total:,} exchanges, {total / len(ids):,.0f} per account, "
            f"{_pct(float((sub.harvest_share * n).sum() / n.sum()))} of them large answers to "
            "short prompts",
        )
        channels = sub.signup_channel.value_counts(normalize=True)
        evidence.append(
            "sign-up channels: " + ", ".join(f"{k} {_pct(v)}" for k, v in channels.head(3).items())
        )
        out.append(
            Campaign(
                campaign_id=campaign_id(list(ids)),
                members=sorted(ids),
                score=score,
                flagged=score >= FLAG,
                exchanges=total,
                first_seen=_iso(sub.first_ts.min()),
                last_seen=_iso(sub.last_ts.max()),
                targets=targets,
                evidence=evidence,
                codes=codes,
                indicators=_indicators(ids, members_df, hub),
            )
        )
    out.sort(key=lambda c: (-len(c.members), c.campaign_id))
    return out


def _indicators(ids: pd.Index, m: pd.DataFrame, hub: pd.DataFrame) -> dict[str, list]:
    mine = m[m.account_id.isin(ids) & m.entity.isin(hub.index[hub.kept])]
    g = mine.groupby("entity").agg(kind=("kind", "first"), accounts=("account_id", "nunique"),
                                   n=("n", "sum"))
    g = g[g.accounts >= 2].sort_values(["accounts", "n"], ascending=False)
    g = g[g.kind != "restricted_network"]  # the same networks are listed under networks
    ind: dict[str, list] = {"ips": [], "networks": [], "payment_fingerprints": [],
                            "user_agents": [], "templates": [], "email_domains": []}
    for entity, row in g.iterrows():
        kind, value = row.kind, entity.split(":", 1)[1]
        key = {"ip": "ips", "network": "networks", "payment": "payment_fingerprints",
               "user_agent": "user_agents", "template": "templates",
               "email_domain": "email_domains"}[kind]
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
            out.append({
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "masked_example": text[:EXAMPLE_CHARS],
                "accounts": t["accounts"],
                "uses": t["uses"],
            })
        c.indicators["templates"] = out
