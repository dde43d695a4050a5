"""Bad input is one line naming the table and the column, before any engine starts."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from consentry.detect import Inputs, detect
from consentry.errors import ConsentryError


def _copy_without(src: Path, dst: Path, column: str) -> Path:
    t = pq.read_table(src)
    pq.write_table(t.drop_columns([column]), dst)
    return dst


def test_missing_exchange_column_names_table_and_column(sim: Path, tmp_path: Path) -> None:
    part = sorted((sim / "exchanges").glob("*.parquet"))[0]
    ex = _copy_without(part, tmp_path / "ex.parquet", "output_tokens")
    with pytest.raises(ConsentryError, match=r"exchanges: required column 'output_tokens'"):
        detect(Inputs(ex, sim / "accounts.parquet"), tmp_path / "out")


def test_wrongly_typed_account_column(sim: Path, tmp_path: Path) -> None:
    t = pq.read_table(sim / "accounts.parquet")
    i = t.schema.get_field_index("created_at")
    t = t.set_column(i, "created_at", pa.array([1.5] * t.num_rows))
    pq.write_table(t, tmp_path / "acc.parquet")
    with pytest.raises(ConsentryError, match=r"accounts: column 'created_at' .* is double"):
        detect(Inputs(sim / "exchanges", tmp_path / "acc.parquet"), tmp_path / "out")


def test_missing_optional_table_path(sim: Path, tmp_path: Path) -> None:
    inputs = Inputs(sim / "exchanges", sim / "accounts.parquet", tmp_path / "nope.parquet")
    with pytest.raises(ConsentryError, match=r"ip_ranges: .*nope.parquet does not exist"):
        detect(inputs, tmp_path / "out")


def test_extra_columns_are_ignored_and_optional_tables_may_be_absent(
    sim: Path, tmp_path: Path
) -> None:
    part = sorted((sim / "exchanges").glob("*.parquet"))[0]
    t = pq.read_table(part)
    t = t.append_column("region_hint", pa.array(["x"] * t.num_rows))
    pq.write_table(t, tmp_path / "ex.parquet")
    r = detect(Inputs(tmp_path / "ex.parquet", sim / "accounts.parquet"), tmp_path / "out")
    assert r.accounts == len(set(t["account_id"].to_pylist()))


def test_out_naming_a_file_is_refused(sim: Path, tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(ConsentryError, match="is a file"):
        detect(Inputs(sim / "exchanges", sim / "accounts.parquet"), f)
