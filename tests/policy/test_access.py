"""The optional access section: restricted regions for the detector, versions kept stable."""

from __future__ import annotations

import pytest

from consentry.errors import ConsentryError
from consentry.policy import load_policy
from consentry.policy.model import parse_policy


def _text(extra: str = "") -> str:
    base = load_policy("strict-opt-in")
    import yaml

    body = yaml.safe_dump(base.model_dump(mode="json", exclude={"access"}))
    return body + extra


def test_a_policy_without_access_keeps_its_version() -> None:
    p = parse_policy(_text())
    assert p.access.restricted_countries == ()
    assert "access" not in p.canonical_json()
    assert p.version == load_policy("strict-opt-in").version


def test_access_section_changes_the_version_and_is_read() -> None:
    p = parse_policy(_text("access:\n  restricted_countries: [CN, RU]\n"))
    assert p.access.restricted_countries == ("CN", "RU")
    assert p.version != load_policy("strict-opt-in").version


def test_provider_presets_list_unsupported_regions() -> None:
    for name in ("chatgpt-2025", "claude-consumer-2025"):
        assert {"CN", "RU", "IR", "KP"} <= set(load_policy(name).access.restricted_countries)


def test_bad_country_code_is_refused_with_the_line() -> None:
    with pytest.raises(ConsentryError, match="restricted_countries"):
        parse_policy(_text("access:\n  restricted_countries: [China]\n"), "p.yaml")
