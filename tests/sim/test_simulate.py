"""The simulator writes contract tables, labels that match its accounts, and the same bytes
for the same seed."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from consentry.cli import app
from consentry.contract import TABLES, conform, open_table, read_batches
from consentry.errors import ConsentryError
from consentry_sim import Evasion, simulate
from consentry_sim.populations import POPULATIONS

PATHS = {
    "exchanges": "exchanges",
    "accounts": "accounts.parquet",
    "ip_ranges": "ip_ranges.parquet",
    "model_releases": "model_releases.parquet",
    "consent_events": "consent_events.parquet",
}


@pytest.mark.parametrize("name", list(PATHS))
def test_every_column_has_the_contract_type(tiny: Path, name: str) -> None:
    table = TABLES[name]
    ds = open_table(tiny / PATHS[name], table)
    for col in table.columns + table.optional:
        field = ds.schema.field(col.name)
        assert field.type == col.type, (name, col.name, field.type)
    data = ds.to_table()
    assert data.num_rows > 0
    conform(data, table, name)  # non-null, castable, closed vocabularies
    for col in table.columns:
        if not col.nullable:
            assert data.column(col.name).null_count == 0, (name, col.name)


def test_read_batches_accepts_the_exchange_folder(tiny: Path) -> None:
    rows = sum(b.num_rows for b in read_batches(tiny / "exchanges", TABLES["exchanges"]))
    assert rows == pq.ParquetDataset(tiny / "exchanges").read(columns=["ts"]).num_rows


def test_labels_match_the_generated_accounts_exactly(tiny: Path) -> None:
    labels = pq.read_table(tiny / "labels.parquet")
    accounts = pq.read_table(tiny / "accounts.parquet")
    assert labels.schema.names == ["account_id", "label"]
    assert labels.column("account_id").to_pylist() == accounts.column("account_id").to_pylist()
    assert len(set(labels.column("account_id").to_pylist())) == labels.num_rows
    seen = set(
        pq.read_table(tiny / "exchanges", columns=["account_id"])
        .column("account_id")
        .unique()
        .to_pylist()
    )
    assert seen <= set(accounts.column("account_id").to_pylist())
    values = set(labels.column("label").to_pylist())
    assert values == {p.label for p in POPULATIONS}
    assert all(re.fullmatch(r"benign|hn:[a-z_]+|attack:[a-z_]+", v) for v in values)


def test_every_labelled_population_sends_traffic(tiny: Path) -> None:
    import duckdb

    got = dict(
        duckdb.sql(
            f"select l.label, count(*) from read_parquet('{tiny}/exchanges/*.parquet') e "
            f"join read_parquet('{tiny}/labels.parquet') l using (account_id) group by 1"
        ).fetchall()
    )
    assert set(got) == {p.label for p in POPULATIONS}
    assert all(v > 0 for v in got.values())


def test_exchange_ids_are_unique_and_times_inside_the_window(tiny: Path) -> None:
    import json

    import duckdb

    meta = json.loads((tiny / "simulation.json").read_text())
    n, distinct, lo, hi = duckdb.sql(
        f"select count(*), count(distinct exchange_id), min(epoch_us(ts)), max(epoch_us(ts)) "
        f"from read_parquet('{tiny}/exchanges/*.parquet')"
    ).fetchall()[0]
    assert n == distinct == meta["exchanges"]
    assert meta["window_start_us"] <= lo and hi < meta["window_end_us"]


def _files(root: Path) -> dict[str, bytes]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {str(p.relative_to(root)): p.read_bytes() for p in files}


def test_same_seed_gives_identical_files(tmp_path: Path, tiny: Path) -> None:
    again = tmp_path / "again"
    simulate(again, scale="tiny", seed=7)
    assert _files(again) == _files(tiny)


def test_output_does_not_depend_on_the_number_of_workers(tmp_path: Path, tiny: Path) -> None:
    two = tmp_path / "two"
    simulate(two, scale="tiny", seed=7, workers=2)
    assert _files(two) == _files(tiny)


def test_another_seed_gives_another_simulation(tmp_path: Path, tiny: Path) -> None:
    other = tmp_path / "other"
    simulate(other, scale="tiny", seed=8)
    a = pq.read_table(tiny / "accounts.parquet").column("account_id")
    b = pq.read_table(other / "accounts.parquet").column("account_id")
    assert not set(a.to_pylist()) & set(b.to_pylist())


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "x"
    simulate(out, scale="tiny", seed=1, responses=False)
    with pytest.raises(ConsentryError, match="--force"):
        simulate(out, scale="tiny", seed=1)
    simulate(out, scale="tiny", seed=1, force=True, responses=False)
    assert pq.read_table(out / "exchanges", columns=["response"]).column("response").null_count > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scale", "huge"], "unknown scale 'huge'"),
        (["--evasion", "teleport"], "unknown evasion knob 'teleport'"),
        (["--evasion", "camouflage=lots"], "camouflage takes a share"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    import sys

    from consentry.cli import main

    argv = sys.argv
    sys.argv = ["consentry", "simulate", "--out", str(tmp_path / "o"), *args]
    try:
        with pytest.raises(SystemExit) as exc:
            main()
    finally:
        sys.argv = argv
    assert exc.value.code == 2


def test_cli_simulate_prints_the_label_table(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "simulate",
            "--out",
            str(tmp_path / "c"),
            "--scale",
            "tiny",
            "--seed",
            "3",
            "--no-responses",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "attack:hydra" in result.output and "hn:university" in result.output


def test_evasion_knobs_parse() -> None:
    assert Evasion.parse("none") == Evasion()
    full = Evasion.parse("full")
    assert full.paraphrase and full.jitter and full.residential and full.staggered_switch
    assert Evasion.parse("jitter,camouflage=0.2") == Evasion(jitter=True, camouflage=0.2)
    assert Evasion.parse("camouflage").camouflage == 0.3
    with pytest.raises(ConsentryError):
        Evasion.parse("camouflage=2")
    assert Evasion.parse("vary").vary == 0.6
    with pytest.raises(ConsentryError):
        Evasion.parse("vary=x")


def test_vary_changes_campaign_and_look_alike_designs_and_leaves_ordinary_users_alone() -> None:
    """Each world draws its own design of every campaign family and of the legitimate
    populations that look like one; consumers and office workers are built exactly as
    without the knob."""
    from consentry_sim.build import build_world
    from consentry_sim.scales import get_scale

    sc = get_scale("tiny")
    plain = build_world(3, sc, Evasion())
    worlds = [build_world(s, sc, Evasion(vary=0.6)) for s in (3, 4)]
    labels = [p.label for p in plain.pops]
    ordinary = np.array([plain.pops[k].name in ("consumer", "worker") for k in plain.pop])
    varied = worlds[0]
    assert (varied.pop == plain.pop).all()
    for key in ("rate", "turns", "persona"):
        assert np.array_equal(varied.acc[key][ordinary], plain.acc[key][ordinary])
    # volume per account differs from the listed design and between worlds
    rate: dict[str, list[float]] = {
        lab: [] for lab in ("attack:hydra", "attack:agentic", "attack:lowslow", "hn:scheduled")
    }
    for w in (plain, *worlds):
        for lab in rate:
            rate[lab].append(float(np.median(w.acc["rate"][w.pop == labels.index(lab)])))
    for lab, medians in rate.items():
        assert len({round(m, 6) for m in medians}) == 3, (lab, medians)


def test_response_text_present_at_tiny_and_null_on_errors(tiny: Path) -> None:
    t = pq.read_table(tiny / "exchanges", columns=["status", "response", "output_tokens"])
    ok = pa.compute.equal(t.column("status"), 200)
    assert t.filter(ok).column("response").null_count == 0
    bad = t.filter(pa.compute.invert(ok))
    assert bad.num_rows > 0
    assert bad.column("response").null_count == bad.num_rows
    assert pa.compute.max(bad.column("output_tokens")).as_py() == 0
