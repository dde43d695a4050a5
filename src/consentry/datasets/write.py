"""Writing a dataset's files: OpenAI chat fine-tuning JSONL and Parquet for Hugging Face
`datasets`. Both hold the same records in the same order; the manifest hashes both files."""

from __future__ import annotations

import hashlib
import mmap
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

JSONL = "train.jsonl"
PARQUET = "train.parquet"
COPY_BLOCK = 1 << 23  # bytes copied from the spool at a time
MESSAGE = pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])
PARQUET_SCHEMA = pa.schema(
    [
        pa.field("messages", pa.list_(MESSAGE)),
        pa.field("record_sha256", pa.string()),
    ]
)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def copy_lines(path: Path, spool: IO[bytes], lengths: Sequence[int], kept: Sequence[int]) -> str:
    """Write the kept records' lines (each with its newline, in `spool` one after another with
    these lengths) to `path`, in order; returns the file's SHA-256 (computed while writing)."""
    h = hashlib.sha256()
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    with path.open("wb") as f:
        if not kept:
            return h.hexdigest()
        spool.flush()
        with mmap.mmap(spool.fileno(), 0, access=mmap.ACCESS_READ) as src:
            idx = np.asarray(kept, dtype=np.int64)
            breaks = np.flatnonzero(np.diff(idx) != 1) + 1  # runs of consecutive kept records
            for run in np.split(idx, breaks):
                start, end = int(offsets[run[0]]), int(offsets[run[-1] + 1])
                for lo in range(start, end, COPY_BLOCK):  # a run can be the whole file
                    block = src[lo : min(end, lo + COPY_BLOCK)]
                    h.update(block)
                    f.write(block)
    return h.hexdigest()


def write_parquet_from_jsonl(path: Path, jsonl: Path, shas: list[str]) -> None:
    """The Parquet twin of the JSONL file, parsed by Arrow's C++ JSON reader (exact for strings,
    in order), plus each record's `record_sha256`."""
    import pyarrow.json as pajson

    schema = pa.schema([pa.field("messages", pa.list_(MESSAGE))])
    if not shas:
        table = pa.Table.from_arrays(
            [pa.array([], pa.list_(MESSAGE)), pa.array([], pa.string())], schema=PARQUET_SCHEMA
        )
    else:
        parsed = pajson.read_json(
            jsonl,
            read_options=pajson.ReadOptions(block_size=1 << 24),
            parse_options=pajson.ParseOptions(
                explicit_schema=schema, unexpected_field_behavior="error"
            ),
        )
        table = parsed.append_column("record_sha256", pa.array(shas, pa.string())).cast(
            PARQUET_SCHEMA
        )
    pq.write_table(table, path, compression="zstd", row_group_size=100_000)


def read_parquet_records(path: Path) -> tuple[list[list[dict[str, str]]], list[str]]:
    """(messages per record, record_sha256 per record) as written."""
    table = pq.read_table(path)
    return table.column("messages").to_pylist(), table.column("record_sha256").to_pylist()
