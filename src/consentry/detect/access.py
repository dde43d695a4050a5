"""Access from regions the policy restricts: a terms matter, reported as its own finding.

Travellers, expatriates and VPN users reach a service from restricted regions every day, so
this is never distillation evidence by itself: the distillation score does not read it and
the campaign graph does not link accounts through it. It is written to `access.parquet`
(one row per account that sent anything from a restricted region), listed as STIX
indicators of its own, and `--apply-access` can block those accounts under its own reason.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from consentry.detect.features import Features

ACCESS_SCHEMA = pa.schema(
    [
        pa.field("account_id", pa.string()),
        pa.field("exchanges", pa.int64()),  # sent from restricted regions
        pa.field("share", pa.float64()),  # of the account's exchanges
        pa.field("countries", pa.list_(pa.string())),
        pa.field("networks", pa.list_(pa.string())),  # /24 or /48, at most 10
        pa.field("shared_network_accounts", pa.int64()),  # others seen on the same networks
        pa.field("reason", pa.string()),
    ]
)
REASON = "restricted_region_access"
MAX_NETWORKS = 10


def findings(
    f: Features, addr: pd.DataFrame, n: pd.Series, restricted: frozenset[str]
) -> pd.DataFrame:
    """One row per account with any exchange from a restricted region (empty if none)."""
    cols = [x.name for x in ACCESS_SCHEMA]
    if not restricted:
        return pd.DataFrame(columns=cols)
    ip = f.ips[f.ips.country.isin(restricted)].merge(addr[["ip", "network"]], on="ip", how="left")
    if ip.empty:
        return pd.DataFrame(columns=cols)
    per = ip.groupby("account_id").agg(
        exchanges=("n", "sum"),
        countries=("country", lambda s: sorted(set(s))),
        networks=("network", lambda s: sorted(set(s))[:MAX_NETWORKS]),
    )
    on_net = ip.groupby("network").account_id.nunique()
    ip["others"] = on_net.reindex(ip.network).to_numpy() - 1
    per["shared_network_accounts"] = ip.groupby("account_id").others.max()
    per["share"] = per.exchanges / n.reindex(per.index).astype(float)
    per["reason"] = REASON
    return per.reset_index(names="account_id")[cols]


def write(path: Path, rows: pd.DataFrame) -> None:
    table = pa.Table.from_pandas(rows, schema=ACCESS_SCHEMA, preserve_index=False)
    pq.write_table(table, path, compression="zstd")


def networks(rows: pd.DataFrame, limit: int = 50) -> list[tuple[str, int]]:
    """Restricted-region networks by accounts seen on them (for STIX indicators)."""
    if rows.empty:
        return []
    ex = rows[["account_id", "networks"]].explode("networks").dropna()
    counts = ex.groupby("networks").account_id.nunique().sort_values(ascending=False)
    return [(str(k), int(v)) for k, v in counts.head(limit).items()]
