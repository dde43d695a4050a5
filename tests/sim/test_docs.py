"""docs/simulator.md names every population, label, scale, evasion knob and CLI option."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from consentry_sim import SCALES, Evasion
from consentry_sim.populations import POPULATIONS

DOC = (Path(__file__).parents[2] / "docs" / "simulator.md").read_text()


@pytest.mark.parametrize("name", [p.name for p in POPULATIONS] + [p.label for p in POPULATIONS])
def test_every_population_is_documented(name: str) -> None:
    if name == "reseller_customer":  # documented under its label
        name = "hn:reseller"
    assert name in DOC


@pytest.mark.parametrize("name", list(SCALES) + [f.name for f in fields(Evasion)])
def test_every_scale_and_knob_is_documented(name: str) -> None:
    assert f"`{name}" in DOC


@pytest.mark.parametrize(
    "option", ["--out", "--scale", "--seed", "--evasion", "--responses", "--workers", "--force"]
)
def test_every_cli_option_is_documented(option: str) -> None:
    assert option in DOC
