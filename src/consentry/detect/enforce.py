"""Enforcement: the detector's verdicts become actions in the governance store.

With a response ladder in the policy, each account gets the rung the ladder gives its score
and campaign (`apply_ladder`; the block rung is a block). Without one, flagged accounts are
blocked (`apply`). The gateway enforces both and the dataset builder leaves blocked accounts'
exchanges out; every change is an audit entry. The caller owns the transaction.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
from sqlalchemy import Connection

from consentry.policy.ladder import Countermeasures
from consentry.store.blocks import Block, block
from consentry.store.countermeasures import Proposal, apply_detector


def apply(conn: Connection, verdicts: pd.DataFrame) -> int:
    """Block every flagged account (already blocked ones stay as they are); returns new blocks."""
    flagged = verdicts[verdicts.flagged]
    blocks = (
        Block(
            account_id=row.account_id,
            reason="distillation detector: " + ", ".join(row.reasons),
            source="detector",
            campaign_id=row.campaign_id if isinstance(row.campaign_id, str) else None,
        )
        for row in flagged.itertuples()
    )
    return block(conn, blocks)


def proposals(verdicts: pd.DataFrame, ladder: Countermeasures) -> list[Proposal]:
    """The rung the ladder gives each account of a detection run (accounts it gives none are
    left out)."""
    out = []
    for row in verdicts.itertuples():
        campaign = row.campaign_id if isinstance(row.campaign_id, str) else None
        step = ladder.rung_for(float(row.score), campaign)
        if step is None:
            continue
        why = ", ".join(r for r in row.reasons if not r.startswith("campaign:")) or "model_score"
        out.append(
            Proposal(
                row.account_id,
                step.rung.value,
                f"detector score {row.score:.3f} >= {step.min_score:g}: {why}",
                float(row.score),
                campaign,
            )
        )
    return out


def apply_ladder(conn: Connection, verdicts: pd.DataFrame, ladder: Countermeasures) -> Counter[str]:
    """Put every account on the rung the ladder gives it (only ever up, never over an
    operator's decision); returns the changes per rung."""
    return apply_detector(conn, proposals(verdicts, ladder))


def apply_access(conn: Connection, rows: pd.DataFrame) -> int:
    """Block accounts that reached the service from a restricted region, under that reason
    (not a distillation flag); returns new blocks."""
    blocks = (
        Block(
            account_id=row.account_id,
            reason=f"restricted-region access: {row.exchanges} exchange(s) from "
            + ", ".join(row.countries),
            source="detector",
            campaign_id=None,
        )
        for row in rows.itertuples()
    )
    return block(conn, blocks)
