"""Checking a dataset's files as files: each one's SHA-256 and size against the manifest, and
its columns against the ones the manifest names. Record-level checks (lineage.verify) read only
the values they know, so a re-written file with the same rows, or an added column of other
text, would pass them; these checks do not let either through."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from consentry.datasets import write as wr
from consentry.datasets.manifest import MANIFEST

# Columns each file holds, nested fields as dotted paths: what a build writes, and what a
# manifest that predates the `columns` field is taken to name.
MESSAGE_FIELDS = ("messages", "messages.role", "messages.content")
COLUMNS: dict[str, tuple[str, ...]] = {
    wr.JSONL: MESSAGE_FIELDS,
    wr.PARQUET: (*MESSAGE_FIELDS, "record_sha256"),
}


def _arrow_paths(prefix: str, dtype: pa.DataType) -> list[str]:
    """Dotted paths of a column and its nested fields (list items are transparent)."""
    out = [prefix]
    while pa.types.is_list(dtype) or pa.types.is_large_list(dtype):
        dtype = dtype.value_type
    if pa.types.is_struct(dtype):
        for i in range(dtype.num_fields):
            f = dtype.field(i)
            out += _arrow_paths(f"{prefix}.{f.name}", f.type)
    return out


def parquet_columns(path: Path) -> list[str]:
    schema = pq.read_schema(path)
    return [p for f in schema for p in _arrow_paths(f.name, f.type)]


def _json_paths(prefix: str, value: Any, out: set[str]) -> None:
    if prefix:
        out.add(prefix)
    if isinstance(value, list):
        for item in value:
            _json_paths(prefix, item, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            _json_paths(f"{prefix}.{k}" if prefix else k, v, out)


def jsonl_columns(path: Path) -> list[str]:
    """Every key path on any line (a single line with an extra key counts)."""
    found: set[str] = set()
    with path.open("rb") as f:
        for raw in f:
            if raw.strip():
                try:
                    _json_paths("", json.loads(raw), found)
                except ValueError:
                    found.add("<not JSON>")
    return sorted(found)


READERS = {wr.JSONL: jsonl_columns, wr.PARQUET: parquet_columns}


def check(out: Path, manifest: Mapping[str, Any]) -> list[str]:
    """Problems with the dataset's files, each naming the file (empty when they match)."""
    files = manifest.get("files")
    if not isinstance(files, Mapping):
        return ["manifest.json names no files (edited?)"]
    problems = [
        f"{p.name}: a file the manifest does not name"
        for p in sorted(out.iterdir())
        if p.name not in files and p.name != MANIFEST
    ]
    for name in sorted(set(files) | set(READERS)):
        meta = files.get(name)
        path = out / name
        if not isinstance(meta, Mapping):
            problems.append(f"{name}: the manifest does not name this file")
            continue
        if not path.is_file():
            problems.append(f"{name}: missing")
            continue
        if wr.file_sha256(path) != meta.get("sha256"):
            problems.append(f"{name}: its SHA-256 differs from the manifest's (re-written)")
        if path.stat().st_size != meta.get("bytes"):
            problems.append(
                f"{name}: {path.stat().st_size} bytes, the manifest says {meta.get('bytes')}"
            )
        named = tuple(meta.get("columns") or COLUMNS.get(name, ()))
        reader = READERS.get(name)
        if reader is None:
            continue
        try:
            extra = [c for c in reader(path) if c not in named]
        except (OSError, pa.ArrowException) as exc:
            problems.append(f"{name}: unreadable ({type(exc).__name__})")
            continue
        if extra:
            problems.append(
                f"{name}: column(s) the manifest does not name: {', '.join(extra[:10])}"
            )
    return problems
