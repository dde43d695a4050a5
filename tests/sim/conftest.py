"""One tiny simulation shared by the simulator tests (it takes a few seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consentry_sim import simulate


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sim") / "tiny"
    simulate(out, scale="tiny", seed=7)
    return out
