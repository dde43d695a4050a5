"""The detector's inputs: contract tables checked up front, then opened as Ibis tables.

The check reuses the contract's specs (consentry.contract), so a missing or mistyped column is
one line naming the table and the column before any engine starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ibis
import ibis.expr.datatypes as dt
import pyarrow as pa

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES, Table, open_table
from consentry.detect.backends import Backend
from consentry.errors import ConsentryError


@dataclass(frozen=True)
class Inputs:
    exchanges: Path
    accounts: Path
    ip_ranges: Path | None = None
    model_releases: Path | None = None

    def as_json(self) -> dict[str, str | None]:
        return {
            "exchanges": str(self.exchanges.resolve()),
            "accounts": str(self.accounts.resolve()),
            "ip_ranges": str(self.ip_ranges.resolve()) if self.ip_ranges else None,
            "model_releases": str(self.model_releases.resolve()) if self.model_releases else None,
        }


def check(inputs: Inputs) -> None:
    """Fail fast, naming the table and column, if an input does not meet the contract."""
    for path, table in _pairs(inputs):
        ds = open_table(path, table)
        if table is EXCHANGES and ds.count_rows() == 0:
            raise ConsentryError(f"exchanges: {path} holds no rows; nothing to detect.")


def _pairs(inputs: Inputs) -> list[tuple[Path, Table]]:
    pairs = [(inputs.exchanges, EXCHANGES), (inputs.accounts, ACCOUNTS)]
    if inputs.ip_ranges is not None:
        pairs.append((inputs.ip_ranges, IP_RANGES))
    if inputs.model_releases is not None:
        pairs.append((inputs.model_releases, MODEL_RELEASES))
    return pairs


def _ibis_type(t: pa.DataType) -> dt.DataType:
    if pa.types.is_timestamp(t):
        return dt.Timestamp(timezone="UTC", scale=6)
    return dt.dtype(t)


def open_ibis(con: Any, backend: Backend, path: Path, table: Table, name: str) -> ibis.Table:
    """Open a table and keep only the contract's columns, cast to the contract's types."""
    raw = backend.read(con, path, name)
    cols = {}
    for c in table.columns + table.optional:
        if c.name in raw.columns:
            cols[c.name] = raw[c.name].cast(_ibis_type(c.type))
    return raw.select(**cols)


def read_small(path: Path, table: Table) -> pa.Table:
    """Read a small table (accounts, ip_ranges, model_releases) into Arrow, conformed."""
    from consentry.contract import conform

    ds = open_table(path, table)
    names = [c.name for c in table.columns + table.optional if c.name in ds.schema.names]
    return conform(ds.to_table(columns=names), table, str(path))
