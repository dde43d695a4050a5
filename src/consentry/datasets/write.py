"""Writing a dataset's files: OpenAI chat fine-tuning JSONL and Parquet for Hugging Face
`datasets`. Both hold the same records in the same order; the manifest hashes both files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

JSONL = "train.jsonl"
PARQUET = "train.parquet"
MESSAGE = pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])
PARQUET_SCHEMA = pa.schema([
    pa.field("messages", pa.list_(MESSAGE)),
    pa.field("record_sha256", pa.string()),
])


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_jsonl(path: Path, lines: list[bytes]) -> None:
    with path.open("wb") as f:
        for i in range(0, len(lines), 50_000):
            part = lines[i:i + 50_000]
            f.write(b"\n".join(part) + b"\n")


def write_parquet(path: Path, turns: list[tuple[str | None, str, str]], shas: list[str]) -> None:
    """One row per record: `messages` (role/content list) and its `record_sha256`."""
    writer = pq.ParquetWriter(path, PARQUET_SCHEMA, compression="zstd")
    try:
        step = 100_000
        for lo in range(0, max(len(turns), 1), step):
            part = turns[lo:lo + step]
            roles: list[str] = []
            contents: list[str] = []
            offsets = [0]
            for system, user, assistant in part:
                if system:
                    roles.append("system")
                    contents.append(system)
                roles += ("user", "assistant")
                contents += (user, assistant)
                offsets.append(len(roles))
            structs = pa.StructArray.from_arrays(
                [pa.array(roles, pa.string()), pa.array(contents, pa.string())], fields=list(MESSAGE)
            )
            msgs = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), structs, type=pa.list_(MESSAGE))
            table = pa.Table.from_arrays([msgs, pa.array(shas[lo:lo + step], pa.string())],
                                         schema=PARQUET_SCHEMA)
            writer.write_table(table)
    finally:
        writer.close()


def read_parquet_records(path: Path) -> tuple[list[list[dict[str, str]]], list[str]]:
    """(messages per record, record_sha256 per record) as written."""
    table = pq.read_table(path)
    return table.column("messages").to_pylist(), table.column("record_sha256").to_pylist()
