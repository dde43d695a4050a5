"""`consentry policy show` prints YAML that loads back to the same policy version."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consentry.cli import app
from consentry.policy import load_policy, preset_names
from consentry.policy.model import parse_policy
from consentry.policy.show import duration, to_yaml


@pytest.mark.parametrize("name", preset_names())
def test_each_preset_round_trips_through_policy_show(name: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["policy", "show", name])
    assert result.exit_code == 0, result.output
    assert "null" not in result.output  # "until deleted" is written as until_deleted
    path = tmp_path / f"{name}.yaml"
    path.write_text(result.output)
    again = load_policy(path)
    assert again.version == load_policy(name).version
    assert again == load_policy(name)
    assert result.output.startswith(f"# {again.version}\n")


def test_a_policy_with_every_kind_of_window_round_trips() -> None:
    text = (
        Path(__file__).parents[2] / "src/consentry/policy/presets/strict-opt-in.yaml"
    ).read_text()
    text = text.replace("incognito: 30d", "incognito: 72h").replace(
        "not_allowed: 30d", "not_allowed: until_deleted"
    )
    p = parse_policy(text)
    assert p.retention.incognito == timedelta(hours=72) and p.retention.not_allowed is None
    assert parse_policy(to_yaml(p)).version == p.version


@pytest.mark.parametrize(
    ("window", "text"),
    [
        (None, "until_deleted"),
        (timedelta(days=730), "2y"),
        (timedelta(days=30), "30d"),
        (timedelta(hours=72), "3d"),
        (timedelta(hours=5), "5h"),
        (timedelta(minutes=90), "PT1H30M"),
        ("same", "same"),
    ],
)
def test_windows_are_written_in_the_policy_format(window, text: str) -> None:  # noqa: ANN001
    assert duration(window) == text
