"""Enforcement: flagged accounts become detector blocks in the governance store.

The gateway refuses blocked accounts and the dataset builder leaves their exchanges out;
`consentry.store.blocks.block` writes one audit entry per new block. The caller owns the
transaction.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Connection

from consentry.store.blocks import Block, block


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
