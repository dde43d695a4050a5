"""Detection runs as the console reads them: the folder `consentry detect` wrote
(campaigns.json, accounts.parquet, indicators.stix.json), joined with the store's blocks, and
each campaign's account graph rebuilt from what its members share in the store.

The folder is read when a page asks, so a new `consentry detect --out DIR` run into the same
folder shows up without a restart."""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq
from sqlalchemy import Connection

from consentry.errors import ConsentryError
from consentry.store import accounts as store_accounts
from consentry.store import blocks
from consentry.store import exchanges as store_exchanges

MAX_DRAWN = 60  # accounts drawn in a campaign's graph; the rest are counted


@dataclass(frozen=True)
class Run:
    folder: Path
    campaigns: list[dict[str, Any]]
    members: dict[str, list[dict[str, Any]]]  # campaign id -> its accounts (id, score, reasons)
    flagged: int
    accounts: int


def load_run(folder: Path | None) -> Run | None:
    """The run in `folder`, or None when no folder was given. Re-read only when its files
    change, so a page view costs nothing and a new run shows without a restart."""
    if folder is None:
        return None
    try:
        stamp = tuple(
            (folder / f).stat().st_mtime_ns for f in ("campaigns.json", "accounts.parquet")
        )
    except OSError:
        stamp = ()
    return _read_run(folder, stamp)


@lru_cache(maxsize=4)
def _read_run(folder: Path, _stamp: tuple[int, ...]) -> Run:
    try:
        campaigns = json.loads((folder / "campaigns.json").read_text())
        table = pq.read_table(
            folder / "accounts.parquet",
            columns=["account_id", "score", "flagged", "campaign_id", "reasons"],
        )
    except (OSError, ValueError, KeyError) as exc:
        raise ConsentryError(
            f"{folder} is not a `consentry detect` output folder ({type(exc).__name__}); "
            "give the --out folder of a detect run."
        ) from None
    flagged = int(pc.sum(table["flagged"]).as_py() or 0)
    members: dict[str, list[dict[str, Any]]] = {}
    # Only campaign members become Python objects: the table holds every account scored.
    for row in table.filter(pc.is_valid(table["campaign_id"])).to_pylist():
        members.setdefault(row["campaign_id"], []).append(row)
    for rows in members.values():
        rows.sort(key=lambda r: -r["score"])
    return Run(folder, campaigns, members, flagged, table.num_rows)


def campaign(run: Run | None, campaign_id: str) -> dict[str, Any] | None:
    if run is None:
        return None
    return next((c for c in run.campaigns if c["campaign_id"] == campaign_id), None)


def stix_for(run: Run, campaign_id: str) -> dict[str, Any]:
    """The STIX 2.1 bundle narrowed to one campaign: its producer, the campaign, and the
    indicators and relationships that point at it."""
    bundle = json.loads((run.folder / "indicators.stix.json").read_text())
    objs = bundle.get("objects", [])
    camp = next(
        (o for o in objs if o.get("type") == "campaign" and o.get("name") == campaign_id), None
    )
    if camp is None:
        return {"type": "bundle", "id": bundle.get("id"), "objects": []}
    rels = [
        o for o in objs if o.get("type") == "relationship" and o.get("target_ref") == camp["id"]
    ]
    wanted = {camp["id"], camp.get("created_by_ref")} | {r["source_ref"] for r in rels}
    return {
        "type": "bundle",
        "id": bundle.get("id"),
        "objects": [o for o in objs if o.get("id") in wanted] + rels,
    }


def blocked_among(conn: Connection, ids: list[str]) -> set[str]:
    return blocks.blocked_ids(conn) & set(ids)


def graph(
    conn: Connection, camp: dict[str, Any], members: list[dict[str, Any]]
) -> tuple[list[tuple[str, bool]], list[tuple[str, str]], list[tuple[int, int]], int]:
    """(accounts, shared things, edges, accounts not drawn): which drawn member used which of
    the campaign's indicators (addresses, networks, clients, payment fingerprints), from the
    store's exchanges and accounts."""
    drawn = [m["account_id"] for m in members[:MAX_DRAWN]]
    ind = camp.get("indicators", {})
    things: list[tuple[str, str]] = (
        [("address", ip) for ip in ind.get("ips", [])]
        + [("network", n) for n in ind.get("networks", [])]
        + [("client", ua) for ua in ind.get("user_agents", [])]
        + [("payment", pf) for pf in ind.get("payment_fingerprints", [])]
    )
    index = {t: i for i, t in enumerate(things)}
    nets = []
    for n in ind.get("networks", []):
        try:
            nets.append((ipaddress.ip_network(n, strict=False), index[("network", n)]))
        except ValueError:
            continue
    edges: set[tuple[int, int]] = set()
    pos = {a: i for i, a in enumerate(drawn)}
    for acct, ip, ua in store_exchanges.clients_of(conn, drawn):
        a = pos[acct]
        if ("address", ip) in index:
            edges.add((a, index[("address", ip)]))
        if ua and ("client", ua) in index:
            edges.add((a, index[("client", ua)]))
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            continue
        for net, t in nets:
            if addr.version == net.version and addr in net:
                edges.add((a, t))
    for acct, pf in store_accounts.payment_fingerprints(conn, drawn).items():
        if pf and ("payment", pf) in index:
            edges.add((pos[acct], index[("payment", pf)]))
    # A thing links accounts only if two or more of them use it; an address inside a listed
    # network adds nothing the network does not already show.
    degree: dict[int, int] = {}
    for _, t in edges:
        degree[t] = degree.get(t, 0) + 1
    covered = {
        t for t, (kind, value) in enumerate(things) if kind == "address" and _inside(value, nets)
    }
    edges = {(a, t) for a, t in edges if degree[t] >= 2 and t not in covered}
    used = sorted({t for _, t in edges})
    remap = {t: i for i, t in enumerate(used)}
    blocked = blocked_among(conn, drawn)
    return (
        [(a, a in blocked) for a in drawn],
        [things[t] for t in used],
        sorted((a, remap[t]) for a, t in edges),
        max(len(members) - len(drawn), 0),
    )


def _inside(ip: str, nets: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, int]]) -> bool:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return any(addr.version == n.version and addr in n for n, _ in nets)
