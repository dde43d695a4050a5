"""Detector fixtures: one tiny simulation and one detection run per engine, per session.

`run` is parametrized over the engines: every test that takes it runs on DuckDB and on Spark
(local mode, marked `spark`), so the suite checks both engines the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from consentry.detect import Inputs, Result, detect
from consentry_sim import simulate

RESTRICTED = ("CN", "HK", "MO", "RU", "BY", "IR", "KP", "SY", "CU")


@pytest.fixture(scope="session")
def sim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("detectsim") / "tiny"
    simulate(out, scale="tiny", seed=1)
    return out


def inputs_of(sim: Path) -> Inputs:
    return Inputs(
        sim / "exchanges",
        sim / "accounts.parquet",
        sim / "ip_ranges.parquet",
        sim / "model_releases.parquet",
    )


def profile_columns(sim: Path, backend: str, columns: tuple[str, ...]) -> pd.DataFrame:
    """The profile columns the model reads, computed on one engine (for DuckDB/Spark checks)."""
    from consentry.detect import run

    st = run.State(inputs_of(sim), Path("."), backend=backend)
    for step in run.PROFILE_STEPS:
        st = step(st)
    assert st.profile is not None
    return st.profile[list(columns)].sort_index()


@dataclass(frozen=True)
class Run:
    backend: str
    out: Path
    result: Result
    accounts: pd.DataFrame
    labels: pd.Series
    progress: list[tuple[str, int, int | None]]


_RUNS: dict[str, Run] = {}


def _run(backend: str, sim: Path, base: Path) -> Run:
    if backend not in _RUNS:
        out = base / backend
        calls: list[tuple[str, int, int | None]] = []
        result = detect(
            inputs_of(sim),
            out,
            backend=backend,
            restricted_countries=RESTRICTED,
            progress=lambda stage, done, total: calls.append((stage, done, total)),
        )
        acc = pd.read_parquet(out / "accounts.parquet")
        labels = pd.read_parquet(sim / "labels.parquet").set_index("account_id").label
        _RUNS[backend] = Run(backend, out, result, acc, labels, calls)
    return _RUNS[backend]


@pytest.fixture(scope="session")
def runs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("detectruns")


@pytest.fixture(scope="session", params=["duckdb", pytest.param("spark", marks=pytest.mark.spark)])
def run(request: pytest.FixtureRequest, sim: Path, runs_dir: Path) -> Run:
    return _run(request.param, sim, runs_dir)


@pytest.fixture(scope="session")
def duckdb_run(sim: Path, runs_dir: Path) -> Run:
    return _run("duckdb", sim, runs_dir)
