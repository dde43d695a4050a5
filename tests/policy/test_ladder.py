"""The response ladder in the policy: validated strictly, read as an ordered table, and part of
the version; a policy without one keeps the version it had before ladders existed."""

from __future__ import annotations

from pathlib import Path

import pytest

from consentry.errors import ConsentryError
from consentry.policy import load_policy, preset_names
from consentry.policy.model import from_canonical_json, parse_policy
from consentry.policy.show import to_yaml

PRESET = Path(__file__).parents[2] / "src/consentry/policy/presets/strict-opt-in.yaml"
LADDER = """
countermeasures:
  ladder:
    - {rung: block, min_score: 0.95, campaign: member}
    - {rung: mark, min_score: 0.3, campaign: member}
    - {rung: degrade, min_score: 0.8, campaign: alone}
    - {rung: watch, min_score: 0.1}
  throttle: 3/hour
  degrade: {max_tokens: 100, max_tools: 0}
"""


def without_ladder() -> str:
    text = PRESET.read_text()
    return text[: text.index("# The response ladder")]


def test_a_ladder_round_trips_through_show_and_the_store() -> None:
    p = parse_policy(without_ladder() + LADDER)
    cm = p.countermeasures
    assert cm is not None and cm.throttle == "3/hour" and cm.degrade.max_tools == 0
    assert parse_policy(to_yaml(p)).version == p.version
    assert from_canonical_json(p.canonical_json()) == p
    assert p.version != parse_policy(without_ladder()).version  # the ladder is policy


def test_the_first_matching_rule_gives_the_rung() -> None:
    cm = parse_policy(without_ladder() + LADDER).countermeasures
    assert cm is not None

    def rung(score: float, campaign: str | None) -> str | None:
        step = cm.rung_for(score, campaign)
        return step.rung.value if step else None

    assert rung(0.99, "c1") == "block" and rung(0.99, None) == "degrade"
    assert rung(0.5, "c1") == "mark" and rung(0.5, None) == "watch"
    assert rung(0.85, None) == "degrade" and rung(0.05, "c1") is None


def test_a_policy_without_a_ladder_keeps_its_version() -> None:
    p = parse_policy(without_ladder())
    assert p.countermeasures is None and "countermeasures" not in p.canonical_json()
    assert "countermeasures" not in to_yaml(p)


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_has_a_ladder_that_marks_campaigns_and_blocks_only_at_the_top(
    name: str,
) -> None:
    cm = load_policy(name).countermeasures
    assert cm is not None
    assert cm.ladder[0].rung == "block" and cm.ladder[0].min_score >= 0.99
    for score in (0.3, 0.95, 1.0):
        step = cm.rung_for(score, "camp-1")
        assert step is not None and step.rung == "mark"
    assert {s.rung.value for s in cm.ladder} == {"watch", "throttle", "degrade", "mark", "block"}


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (("rung: mark", "rung: tarpit"), "countermeasures.ladder.1.rung"),
        (("min_score: 0.3", "min_score: 1.5"), "countermeasures.ladder.1.min_score"),
        (("throttle: 3/hour", "throttle: lots"), "throttle 'lots' is not N/period"),
        (("max_tools: 0", "max_tool: 0"), "unknown key 'countermeasures.degrade.max_tool'"),
    ],
)
def test_a_bad_ladder_is_one_clear_error(change: tuple[str, str], says: str) -> None:
    text = without_ladder() + LADDER.replace(*change)
    with pytest.raises(ConsentryError, match=says.replace(".", r"\.")) as err:
        parse_policy(text, "p.yaml")
    assert "\n" not in str(err.value) and str(err.value).startswith("p.yaml line ")
