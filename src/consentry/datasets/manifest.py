"""manifest.json: what a dataset is, under which policy it was built, what was left out and
why, and per record the hashes that let anyone re-check it. Carries a Croissant (JSON-LD)
description with its responsible-AI (RAI) fields."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
FORMAT = "consentry.dataset/1"
MERKLE_ALGORITHM = (
    "sha256; leaf = H(0x00 || record_sha256), node = H(0x01 || left || right); odd node carried up"
)


@dataclass(frozen=True)
class Manifest:
    """What `build` returns: the summary of a written dataset (the file holds the full record)."""

    dataset_id: str
    version: int
    path: Path
    built_at: datetime
    policy_version: str
    records: int
    merkle_root: str
    manifest_sha256: str
    excluded: Mapping[str, int] = field(default_factory=dict)
    redactions: Mapping[str, int] = field(default_factory=dict)
    supersedes: str | None = None


def croissant(
    *,
    dataset_id: str,
    version: int,
    built_at: datetime,
    policy: Mapping[str, str],
    files: Mapping[str, Mapping[str, Any]],
    records: int,
    excluded: Mapping[str, int],
    redactions: Mapping[str, int],
    ner: bool,
    timeframe: tuple[str | None, str | None],
    filters: Mapping[str, Any],
) -> dict[str, Any]:
    """A Croissant 1.0 description with the RAI extension's fields filled from the build."""
    kinds = ", ".join(sorted(redactions)) or "none found"
    return {
        "@context": {
            "@language": "en",
            "@vocab": "https://schema.org/",
            "sc": "https://schema.org/",
            "cr": "http://mlcommons.org/croissant/",
            "rai": "http://mlcommons.org/croissant/RAI/",
            "dct": "http://purl.org/dc/terms/",
            "conformsTo": "dct:conformsTo",
            "recordSet": "cr:recordSet",
            "field": "cr:field",
            "fileObject": "cr:fileObject",
            "source": "cr:source",
            "extract": "cr:extract",
            "column": "cr:column",
            "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
            "repeated": "cr:repeated",
            "md5": "cr:md5",
        },
        "@type": "sc:Dataset",
        "conformsTo": [
            "http://mlcommons.org/croissant/1.0",
            "http://mlcommons.org/croissant/RAI/1.0",
        ],
        "name": dataset_id,
        "description": (
            f"Consent-clean chat fine-tuning set built by consentry under policy {policy['version']}: "
            f"{records} redacted, deduplicated exchanges (version {version})."
        ),
        "version": f"{version}.0.0",
        "datePublished": built_at.isoformat(),
        "isAccessibleForFree": False,
        "distribution": [
            {
                "@type": "cr:FileObject",
                "@id": name,
                "name": name,
                "contentUrl": name,
                "encodingFormat": meta["encoding"],
                "sha256": meta["sha256"],
                "contentSize": f"{meta['bytes']} B",
            }
            for name, meta in files.items()
        ],
        "recordSet": [
            {
                "@type": "cr:RecordSet",
                "@id": "examples",
                "name": "examples",
                "description": "One chat fine-tuning example per stored exchange.",
                "field": [
                    {
                        "@type": "cr:Field",
                        "@id": "examples/messages",
                        "name": "messages",
                        "dataType": "sc:Text",
                        "repeated": True,
                        "description": "system (optional), user and assistant turns",
                        "source": {
                            "fileObject": {"@id": "train.parquet"},
                            "extract": {"column": "messages"},
                        },
                    },
                    {
                        "@type": "cr:Field",
                        "@id": "examples/record_sha256",
                        "name": "record_sha256",
                        "dataType": "sc:Text",
                        "description": "SHA-256 of the record's canonical JSONL line",
                        "source": {
                            "fileObject": {"@id": "train.parquet"},
                            "extract": {"column": "record_sha256"},
                        },
                    },
                ],
            }
        ],
        "rai:dataCollection": (
            "Conversations between users and an AI assistant, captured by the service's "
            "gateway together with the consent decision in force for each exchange."
        ),
        "rai:dataCollectionType": ["Logs", "User-generated content"],
        "rai:dataCollectionTimeframe": [t for t in timeframe if t],
        "rai:dataCollectionMissingData": (
            f"Exchanges left out by the consent policy and store state: "
            f"{dict(sorted(excluded.items()))}."
        ),
        "rai:dataCollectionRawData": "The raw conversations stay in the governance store; they are not released.",
        "rai:dataPreprocessingProtocol": [
            f"Selected in SQL: exchanges eligible at build time under {policy['version']} "
            "(captured decision allowed training, not incognito, not erased or expired, account not blocked, "
            "no later withdrawal"
            + (", explicit consent only" if filters.get("explicit_only") else "")
            + ").",
            f"Redacted before writing: {kinds} replaced by <KIND> placeholders"
            + (" (names and places with spaCy NER)." if ner else " (no NER for names and places)."),
            "Deduplicated: exact (normalised text hash) and near-duplicate (MinHash LSH), first kept.",
        ],
        "rai:dataAnnotationProtocol": "No annotation; the assistant turn is the model's own response.",
        "rai:dataManipulationProtocol": "Placeholders replace redacted spans; nothing else is edited.",
        "rai:personalSensitiveInformation": (
            f"Structured personal data and secrets were redacted by pattern and checksum ({kinds}); "
            "recall is below 100%, and free-text personal details (health, beliefs) are not detected."
        ),
        "rai:dataUseCases": ["Supervised fine-tuning of the provider's own chat models."],
        "rai:dataLimitations": (
            "Only users who allowed training are represented; consumer tiers only "
            "where the policy excludes business tiers. Redaction can miss unusual formats."
        ),
        "rai:dataBiases": (
            "Selection by consent skews towards users who leave the training toggle on; "
            "dedupe favours the earliest phrasing of repeated prompts."
        ),
        "rai:dataSocialImpact": (
            "Users' withdrawals and erasures reach later versions: `consentry dataset "
            "rebuild` drops them and lists the users concerned."
        ),
        "rai:dataReleaseMaintenancePlan": (
            "Internal use. Verify before each training run (`consentry dataset "
            "verify`); rebuild when records are erased or consent is withdrawn."
        ),
    }


def entry_json(
    exchange_id_hash: str, account: str, basis: str | None, policy_version: str, sha256: str
) -> str:
    """One record's manifest entry as JSON, without its leading `{"i":N,` (added in order)."""
    return (
        f'"exchange_id_hash":"{exchange_id_hash}","account":"{account}","consent_basis":'
        f'{json.dumps(basis)},"policy_version":{json.dumps(policy_version)},"sha256":"{sha256}"}}'
    )


class RecordsJSON(list):
    """Per-record entries, already encoded by `entry_json` (in the workers): `write` splices
    them in with their positions instead of building and dumping a dict per record."""

    def json_parts(self, block: int = 50_000) -> Iterator[str]:
        """The JSON array, in pieces of `block` entries."""
        yield "["
        for lo in range(0, len(self), block):
            yield ("," if lo else "") + ",".join(
                f'{{"i":{i},{e}' for i, e in enumerate(self[lo : lo + block], lo)
            )
        yield "]"


def write(path: Path, manifest: Mapping[str, Any]) -> str:
    """Write manifest.json (compact: it holds one entry per record) in pieces, hashing as it
    goes (a million records never exist as one string); returns its SHA-256."""
    body = {k: v for k, v in manifest.items() if not isinstance(v, RecordsJSON)}
    head = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    spliced = [(k, v) for k, v in manifest.items() if isinstance(v, RecordsJSON)]
    h = hashlib.sha256()
    with path.open("wb") as f:

        def put(text: str) -> None:
            data = text.encode()
            h.update(data)
            f.write(data)

        if not spliced:
            put(head + "\n")
            return h.hexdigest()
        put(head[:-1])
        for n, (key, value) in enumerate(spliced):  # spliced in as the last keys
            put(("," if body or n else "") + json.dumps(key) + ":")
            for part in value.json_parts():
                put(part)
        put("}\n")
    return h.hexdigest()
