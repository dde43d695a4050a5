"""The contract's three files (accounts, campaigns, STIX indicators); access.py writes the fourth."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from consentry.detect.campaigns import Campaign

ACCOUNTS_SCHEMA = pa.schema(
    [
        pa.field("account_id", pa.string()),
        pa.field("score", pa.float64()),
        pa.field("flagged", pa.bool_()),
        pa.field("campaign_id", pa.string()),
        pa.field("reasons", pa.list_(pa.string())),
    ]
)
INPUTS_KEY = b"consentry.inputs"


def write_accounts(path: Path, accounts: pd.DataFrame, inputs: dict) -> None:
    table = pa.Table.from_pandas(
        accounts[["account_id", "score", "flagged", "campaign_id", "reasons"]],
        schema=ACCOUNTS_SCHEMA,
        preserve_index=False,
    )
    table = table.replace_schema_metadata({INPUTS_KEY: json.dumps(inputs).encode()})
    pq.write_table(table, path, compression="zstd")


def write_campaigns(path: Path, campaigns: list[Campaign]) -> None:
    body = [c.as_json() for c in campaigns if c.flagged]
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n")


def write_stix(
    path: Path,
    campaigns: list[Campaign],
    access_networks: Sequence[tuple[str, int]] = (),
    now: datetime | None = None,
) -> None:
    """A STIX 2.1 bundle: the producer, a campaign per campaign, indicators that indicate it;
    restricted-region networks as indicators of their own, in a grouping that says they are a
    terms matter, not distillation evidence."""
    import stix2

    now = now or datetime.now(timezone.utc)
    producer = stix2.Identity(
        name="consentry distillation detector",
        identity_class="system",
        created=now,
        modified=now,
    )
    objects: list = [producer]
    for c in campaigns:
        if not c.flagged:
            continue
        camp = stix2.Campaign(
            name=c.campaign_id,
            description="; ".join(c.evidence)[:2000],
            first_seen=c.first_seen,
            last_seen=c.last_seen,
            objective="distillation of model outputs: " + ", ".join(c.targets),
            created_by_ref=producer.id,
            created=now,
            modified=now,
        )
        objects.append(camp)
        for name, pattern in _patterns(c):
            ind = stix2.Indicator(
                name=name,
                pattern=pattern,
                pattern_type="stix",
                valid_from=c.first_seen,
                indicator_types=["malicious-activity"],
                created_by_ref=producer.id,
                created=now,
                modified=now,
            )
            rel = stix2.Relationship(
                ind, "indicates", camp, created_by_ref=producer.id, created=now, modified=now
            )
            objects.extend([ind, rel])
    access = []
    for net, accounts in access_networks:
        kind = "ipv6-addr" if ":" in net else "ipv4-addr"
        access.append(
            stix2.Indicator(
                name=f"network in a restricted region ({accounts} accounts)",
                description="access from a region the policy restricts: a terms matter, "
                "not evidence of distillation",
                pattern=f"[network-traffic:src_ref.type = '{kind}' AND "
                f"network-traffic:src_ref.value ISSUBSET '{_q(net)}']",
                pattern_type="stix",
                valid_from=now,
                indicator_types=["unknown"],
                created_by_ref=producer.id,
                created=now,
                modified=now,
            )
        )
    if access:
        objects.extend(access)
        objects.append(
            stix2.Grouping(
                name="restricted-region access",
                context="suspicious-activity",
                object_refs=[i.id for i in access],
                created_by_ref=producer.id,
                created=now,
                modified=now,
            )
        )
    bundle = stix2.Bundle(objects=objects, allow_custom=False)
    text = bundle.serialize(indent=2)  # pretty=True sorts keys in spec order: minutes at scale
    stix2.parse(text, allow_custom=False)  # refuse to write what a peer could not read
    path.write_text(text + "\n")


def _q(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def _patterns(c: Campaign) -> list[tuple[str, str]]:
    out = []
    ind = c.indicators
    for ip in ind.get("ips", []):
        kind = "ipv6-addr" if ":" in ip else "ipv4-addr"
        out.append((f"address used by {c.campaign_id}", f"[{kind}:value = '{_q(ip)}']"))
    for net in ind.get("networks", []):
        kind = "ipv6-addr" if ":" in net else "ipv4-addr"
        out.append(
            (
                f"network used by {c.campaign_id}",
                f"[network-traffic:src_ref.type = '{kind}' AND "
                f"network-traffic:src_ref.value ISSUBSET '{_q(net)}']",
            )
        )
    for ua in ind.get("user_agents", []):
        out.append(
            (
                f"client of {c.campaign_id}",
                f"[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' "
                f"= '{_q(ua)}']",
            )
        )
    for pf in ind.get("payment_fingerprints", []):
        out.append(
            (
                f"payment instrument of {c.campaign_id} (opaque fingerprint)",
                f"[user-account:x_payment_fingerprint = '{_q(pf)}']",
            )
        )
    for t in ind.get("templates", []):
        out.append(
            (
                f"prompt template of {c.campaign_id}: {t['masked_example']}",
                f"[artifact:hashes.'SHA-256' = '{t['sha256']}']",
            )
        )
    return out
