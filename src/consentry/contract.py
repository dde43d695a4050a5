"""The traffic-logs contract (docs/contract.md) as data, and a checked reader.

Every part that reads or writes the contract's tables (simulator, ingest, detector) takes the
column types from here, so a table that one part writes is a table the others accept.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.json as pajson

from consentry.errors import ConsentryError

TS = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    optional: tuple[Column, ...] = ()

    @property
    def schema(self) -> pa.Schema:
        """The required columns as an Arrow schema (what a producer must write)."""
        return pa.schema([pa.field(c.name, c.type, c.nullable) for c in self.columns])

    @property
    def full_schema(self) -> pa.Schema:
        """Required and optional columns."""
        cols = self.columns + self.optional
        return pa.schema([pa.field(c.name, c.type, c.nullable) for c in cols])


EXCHANGES = Table(
    "exchanges",
    (
        Column("exchange_id", pa.string()),
        Column("ts", TS),
        Column("account_id", pa.string()),
        Column("api_key_id", pa.string(), nullable=True),
        Column("conversation_id", pa.string(), nullable=True),
        Column("surface", pa.string()),
        Column("model", pa.string()),
        Column("ip", pa.string()),
        Column("country", pa.string(), nullable=True),
        Column("user_agent", pa.string(), nullable=True),
        Column("prompt", pa.string()),
        Column("system_prompt", pa.string(), nullable=True),
        Column("response", pa.string(), nullable=True),
        Column("input_tokens", pa.int32()),
        Column("output_tokens", pa.int32()),
        Column("tool_count", pa.int16()),
        Column("has_image", pa.bool_()),
        Column("status", pa.int16()),
    ),
    optional=(
        Column("incognito", pa.bool_(), nullable=True),
        Column("safety_flagged", pa.bool_(), nullable=True),
        Column("feedback", pa.bool_(), nullable=True),
    ),
)


class ExchangeRecord(NamedTuple):
    """One row of the exchanges table as the contract defines it: the one shape every writer
    (gateway capture, bulk ingest, the demo) hands to the store. Fields follow EXCHANGES's
    column order, so a conformed Arrow batch builds records positionally; a named tuple, so
    that building one per ingested row stays cheap."""

    exchange_id: str
    ts: datetime
    account_id: str
    api_key_id: str | None
    conversation_id: str | None
    surface: str
    model: str
    ip: str
    country: str | None
    user_agent: str | None
    prompt: str
    system_prompt: str | None
    response: str | None
    input_tokens: int
    output_tokens: int
    tool_count: int
    has_image: bool
    status: int
    incognito: bool | None
    safety_flagged: bool | None
    feedback: bool | None

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> ExchangeRecord:
        """A record from a dict keyed by column name; nullable and optional columns may be left
        out, a missing required column or an unknown key is refused with a one-line error."""
        unknown = values.keys() - _EXCHANGE_FIELDS
        if unknown:
            raise ConsentryError(
                f"exchanges: unknown field(s) {', '.join(sorted(unknown))}; "
                f"the contract's columns are {', '.join(_EXCHANGE_FIELDS_ORDERED)}."
            )
        missing = [n for n in _EXCHANGE_REQUIRED if values.get(n) is None]
        if missing:
            raise ConsentryError(
                f"exchanges: required field(s) {', '.join(missing)} missing; "
                "the contract needs a value for each."
            )
        fields_: dict[str, Any] = {n: values.get(n) for n in _EXCHANGE_FIELDS_ORDERED}
        return cls(**fields_)


_EXCHANGE_FIELDS_ORDERED = tuple(c.name for c in EXCHANGES.columns + EXCHANGES.optional)
_EXCHANGE_FIELDS = frozenset(_EXCHANGE_FIELDS_ORDERED)
_EXCHANGE_REQUIRED = tuple(c.name for c in EXCHANGES.columns if not c.nullable)
# The record is the contract's table: the same columns in the same order (checked at import).
if ExchangeRecord._fields != _EXCHANGE_FIELDS_ORDERED:
    raise AssertionError("ExchangeRecord and contract.EXCHANGES list different columns")


ACCOUNTS = Table(
    "accounts",
    (
        Column("account_id", pa.string()),
        Column("created_at", TS),
        Column("tier", pa.string()),
        Column("signup_channel", pa.string()),
        Column("payment_fingerprint", pa.string(), nullable=True),
        Column("email_domain", pa.string(), nullable=True),
        Column("declared_country", pa.string(), nullable=True),
        Column("org_id", pa.string(), nullable=True),
    ),
)

IP_RANGES = Table(
    "ip_ranges",
    (
        Column("cidr", pa.string()),
        Column("kind", pa.string()),
        Column("asn", pa.int64(), nullable=True),
        Column("country", pa.string(), nullable=True),
    ),
)

MODEL_RELEASES = Table(
    "model_releases",
    (Column("model", pa.string()), Column("released_at", TS)),
)

CONSENT_EVENTS = Table(
    "consent_events",
    (
        Column("account_id", pa.string()),
        Column("ts", TS),
        Column("choice", pa.string()),
        Column("basis", pa.string()),
        Column("source", pa.string(), nullable=True),
    ),
)

TABLES = {t.name: t for t in (EXCHANGES, ACCOUNTS, IP_RANGES, MODEL_RELEASES, CONSENT_EVENTS)}

SURFACES = ("api", "web", "app", "cli")
TIERS = ("free", "pro", "max", "team", "enterprise", "api", "education", "gov")
SIGNUP_CHANNELS = (
    "web",
    "api_console",
    "education_program",
    "research_program",
    "startup_program",
    "partner_reseller",
)
IP_KINDS = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
CHOICES = ("allow", "deny")
BASES = ("explicit", "preset_accepted", "deemed", "default")
SOURCES = ("signup", "prompt", "settings", "api", "import")

# Columns whose values must come from a closed vocabulary.
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("exchanges", "surface"): SURFACES,
    ("accounts", "tier"): TIERS,
    ("accounts", "signup_channel"): SIGNUP_CHANNELS,
    ("ip_ranges", "kind"): IP_KINDS,
    ("consent_events", "choice"): CHOICES,
    ("consent_events", "basis"): BASES,
    ("consent_events", "source"): SOURCES,
}


def _is_jsonl(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in {".jsonl", ".json", ".ndjson"}


def open_table(path: str | Path, table: Table) -> pads.Dataset:
    """Open a Parquet file or folder (hive partitions allowed) and check it against the contract.

    Raises ConsentryError naming the table and the column when a required column is missing or
    has a type that cannot be read as the contract's type. Unknown columns are ignored.
    """
    path = Path(path)
    if not path.exists():
        raise ConsentryError(f"{table.name}: {path} does not exist; give a Parquet file or folder.")
    if _is_jsonl(path):
        raise ConsentryError(
            f"{table.name}: {path} is JSON Lines; use read_batches() for JSONL input."
        )
    try:
        ds = pads.dataset(str(path), format="parquet", partitioning="hive")
    except (pa.ArrowInvalid, OSError) as exc:
        raise ConsentryError(
            f"{table.name}: {path} is not a readable Parquet table ({_first_line(exc)})."
        ) from None
    check_schema(ds.schema, table, str(path))
    return ds


def check_schema(schema: pa.Schema, table: Table, where: str) -> None:
    """Fail with a one-line message if a required column is missing or of the wrong kind."""
    for col in table.columns + table.optional:
        idx = schema.get_field_index(col.name)
        if idx < 0:
            if col in table.optional:
                continue
            raise ConsentryError(
                f"{table.name}: required column '{col.name}' is missing in {where}; "
                f"the contract lists it as {col.type}."
            )
        have = schema.field(idx).type
        if not _compatible(have, col.type):
            raise ConsentryError(
                f"{table.name}: column '{col.name}' in {where} is {have}, "
                f"but the contract needs {col.type}."
            )


def _compatible(have: pa.DataType, want: pa.DataType) -> bool:
    if have == want or pa.types.is_null(have):
        return True
    if pa.types.is_timestamp(want):
        return pa.types.is_timestamp(have) or pa.types.is_date(have)
    if pa.types.is_integer(want):
        return pa.types.is_integer(have)
    if pa.types.is_string(want):
        return (
            pa.types.is_string(have)
            or pa.types.is_large_string(have)
            or (pa.types.is_dictionary(have) and pa.types.is_string(have.value_type))
        )
    if pa.types.is_floating(want):
        return pa.types.is_floating(have) or pa.types.is_integer(have)
    return False


def conform(batch: pa.RecordBatch | pa.Table, table: Table, where: str) -> pa.Table:
    """Select the contract's columns from a batch and cast them to the contract's types.

    Optional columns that are absent come back as nulls, so readers see one shape.
    """
    tbl = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
    arrays = []
    fields = []
    for col in table.columns + table.optional:
        if col.name in tbl.column_names:
            arr = tbl.column(col.name)
            try:
                arr = _cast(arr, col.type)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
                raise ConsentryError(
                    f"{table.name}: column '{col.name}' in {where} has a value that is not "
                    f"{col.type} ({_first_line(exc)})."
                ) from None
            if not col.nullable and arr.null_count == tbl.num_rows:
                raise ConsentryError(
                    f"{table.name}: required column '{col.name}' is missing or empty in {where}."
                )
            if not col.nullable and arr.null_count:
                raise ConsentryError(
                    f"{table.name}: column '{col.name}' in {where} has {arr.null_count} empty "
                    "value(s); the contract requires a value in every row."
                )
        else:
            arr = pa.nulls(tbl.num_rows, col.type)
        arrays.append(arr)
        fields.append(pa.field(col.name, col.type, True))
    out = pa.Table.from_arrays(arrays, schema=pa.schema(fields))
    _check_vocabulary(out, table, where)
    return out


def _cast(arr: pa.ChunkedArray, want: pa.DataType) -> pa.ChunkedArray:
    if arr.type == want:
        return arr
    if pa.types.is_timestamp(want) and (
        pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)
    ):
        # ISO 8601 text (JSONL): parse strictly, then normalise to UTC microseconds.
        import pyarrow.compute as pc

        parsed = pc.cast(arr, pa.timestamp("us", tz="UTC"))
        return parsed
    if pa.types.is_timestamp(want) and pa.types.is_timestamp(arr.type) and arr.type.tz is None:
        # A naive timestamp is taken as UTC, as the contract says all times are.
        return arr.cast(pa.timestamp(arr.type.unit, tz="UTC")).cast(want)
    return arr.cast(want)


def _check_vocabulary(tbl: pa.Table, table: Table, where: str) -> None:
    import pyarrow.compute as pc

    for (tname, cname), allowed in VOCABULARIES.items():
        if tname != table.name or cname not in tbl.column_names:
            continue
        col = tbl.column(cname)
        bad = pc.filter(col, pc.invert(pc.is_in(col, value_set=pa.array(allowed))))
        bad = pc.drop_null(bad)
        if len(bad):
            raise ConsentryError(
                f"{table.name}: column '{cname}' in {where} has the value {bad[0].as_py()!r}; "
                f"allowed values are {', '.join(allowed)}."
            )


def read_batches(path: str | Path, table: Table, batch_rows: int = 50_000) -> Iterator[pa.Table]:
    """Yield conformed batches of a table stored as Parquet (file or folder) or JSON Lines."""
    path = Path(path)
    if not path.exists():
        raise ConsentryError(f"{table.name}: {path} does not exist.")
    if _is_jsonl(path):
        yield from _read_jsonl(path, table, batch_rows)
        return
    ds = open_table(path, table)
    names = [c.name for c in table.columns + table.optional if c.name in ds.schema.names]
    # Read ahead one batch at most and do not pre-buffer whole files: memory stays bounded by
    # the batch size, not the file size.
    batches = ds.to_batches(
        columns=names,
        batch_size=batch_rows,
        batch_readahead=1,
        fragment_readahead=1,
        fragment_scan_options=pads.ParquetFragmentScanOptions(pre_buffer=False),
    )
    for batch in batches:
        if batch.num_rows:
            yield conform(batch, table, str(path))


def count_rows(path: str | Path, table: Table) -> int | None:
    """Row count without reading the data (Parquet metadata); None for JSON Lines."""
    path = Path(path)
    if _is_jsonl(path):
        return None
    return open_table(path, table).count_rows()


def _read_jsonl(path: Path, table: Table, batch_rows: int) -> Iterator[pa.Table]:
    # Strings stay strings on read so that a malformed timestamp is reported by conform()
    # with the table and column, rather than as a parser error.
    explicit = pa.schema(
        [
            pa.field(c.name, pa.string() if pa.types.is_timestamp(c.type) else c.type)
            for c in table.columns + table.optional
        ]
    )
    opts = pajson.ParseOptions(explicit_schema=explicit, unexpected_field_behavior="ignore")
    read_opts = pajson.ReadOptions(block_size=1 << 22)
    try:
        reader = pajson.open_json(str(path), read_options=read_opts, parse_options=opts)
        pending: list[pa.RecordBatch] = []
        rows = 0
        for batch in reader:
            pending.append(batch)
            rows += batch.num_rows
            if rows >= batch_rows:
                yield conform(pa.Table.from_batches(pending), table, str(path))
                pending, rows = [], 0
        if pending:
            yield conform(pa.Table.from_batches(pending), table, str(path))
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise ConsentryError(
            f"{table.name}: {path} is not valid JSON Lines for this table ({_first_line(exc)})."
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
