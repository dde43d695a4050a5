"""The policy format: strict validation with the line of the problem, versions by content."""

from __future__ import annotations

from importlib import resources

import pytest

from consentry.errors import ConsentryError
from consentry.policy import load_policy, parse_policy, preset_names

PRESET = resources.files("consentry.policy.presets") / "strict-opt-in.yaml"


def test_three_presets_ship_and_validate() -> None:
    assert set(preset_names()) == {"claude-consumer-2025", "chatgpt-2025", "strict-opt-in"}
    versions = {load_policy(n).version for n in preset_names()}
    assert len(versions) == 3


def test_unknown_key_is_an_error_naming_the_key_and_its_line() -> None:
    text = PRESET.read_text().replace("  incognito: 30d", "  incognito: 30d\n  incognitoo: 30d")
    line = text.splitlines().index("  incognitoo: 30d") + 1
    with pytest.raises(ConsentryError, match=rf"line {line}: unknown key 'retention.incognitoo'"):
        parse_policy(text, "p.yaml")


def test_bad_duration_names_the_field() -> None:
    text = PRESET.read_text().replace("allowed: 2y", "allowed: two years")
    with pytest.raises(ConsentryError, match=r"retention.allowed.*not a duration"):
        parse_policy(text, "p.yaml")


def test_every_tier_needs_a_rule() -> None:
    text = PRESET.read_text().replace("  gov: never\n", "")
    with pytest.raises(ConsentryError, match="missing gov"):
        parse_policy(text, "p.yaml")


def test_unknown_tier_rule_is_refused() -> None:
    text = PRESET.read_text().replace("team: never", "team: sometimes")
    with pytest.raises(ConsentryError, match=r"tiers.team"):
        parse_policy(text, "p.yaml")


def test_invalid_yaml_gives_a_line() -> None:
    with pytest.raises(ConsentryError, match=r"line \d+: not valid YAML"):
        parse_policy("name: x\n  bad: [unclosed", "p.yaml")


def test_version_is_the_content_hash_not_the_formatting() -> None:
    text = PRESET.read_text()
    reformatted = "# a comment that changes nothing\n" + text.replace(
        "default: deny", "default:   deny"
    )
    assert parse_policy(text).version == parse_policy(reformatted).version
    changed = text.replace("not_allowed: 30d", "not_allowed: 31d")
    assert parse_policy(changed).version != parse_policy(text).version


def test_policy_file_path_and_unknown_name(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "mine.yaml"
    path.write_text(PRESET.read_text().replace("name: strict-opt-in", "name: mine"))
    assert load_policy(path).name == "mine"
    with pytest.raises(ConsentryError, match="no policy 'nope'"):
        load_policy("nope")
