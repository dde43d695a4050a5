"""docs/contract.md (the traffic-logs contract) and consentry.contract say the same thing: the
same tables, columns, types, nullability, optional columns and closed vocabularies."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa

from consentry.contract import EXCHANGES, TABLES, TS, VOCABULARIES

DOC = Path(__file__).parent.parent / "docs" / "contract.md"
TYPES = {
    "string": pa.string(),
    "int16": pa.int16(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "bool": pa.bool_(),
    "timestamp": TS,
}


def _sections() -> dict[str, list[list[str]]]:
    """Table name -> rows of its markdown table (cells, stripped)."""
    out: dict[str, list[list[str]]] = {}
    current = None
    for line in DOC.read_text().splitlines():
        if m := re.match(r"## (\w+) \((required|optional)\)", line):
            current = m.group(1)
            out[current] = []
        elif line.startswith("## "):
            current = None
        elif current and line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells[0] != "column":
                out[current].append(cells)
    return out


def _type(text: str) -> tuple[pa.DataType, bool]:
    nullable = text.endswith(", nullable")
    base = text.removesuffix(", nullable").split(" ")[0]
    return TYPES[base], nullable


def test_every_table_and_column_matches_the_document() -> None:
    doc = _sections()
    assert set(doc) == set(TABLES), "tables differ between docs/contract.md and contract.py"
    for name, rows in doc.items():
        table = TABLES[name]
        assert [r[0] for r in rows] == [c.name for c in table.columns], name
        for (column, type_text, *_), col in zip(rows, table.columns, strict=True):
            assert _type(type_text) == (col.type, col.nullable), f"{name}.{column}"


def test_optional_exchange_columns_match() -> None:
    text = DOC.read_text()
    paragraph = text[text.index("Optional exchange columns") :].split("\n\n")[0]
    named = re.findall(r"`(\w+)` \((\w+)", paragraph)
    assert [(n, TYPES[t]) for n, t in named] == [(c.name, c.type) for c in EXCHANGES.optional]


def test_closed_vocabularies_match() -> None:
    doc = _sections()
    for (table, column), allowed in VOCABULARIES.items():
        meaning = next(r[2] for r in doc[table] if r[0] == column)
        listed = tuple(re.findall(r"`(\w+)`", meaning))
        assert listed == allowed, f"{table}.{column}"
