"""A policy written back as the YAML format it is read from, so `consentry policy show` prints
a file that loads to the same version (windows as 30d / 5y / until_deleted, never null)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Any

import yaml
from pydantic import TypeAdapter

from consentry.policy.model import UNTIL_DELETED, Policy

_TIMEDELTA = TypeAdapter(timedelta)


def duration(window: timedelta | None | str) -> str:
    """30d, 5y, 72h or until_deleted; ISO 8601 for what those cannot say exactly."""
    if window is None:
        return UNTIL_DELETED
    if isinstance(window, str):  # "same"
        return window
    seconds = int(window.total_seconds())
    if seconds != window.total_seconds() or seconds <= 0:
        return _TIMEDELTA.dump_python(window, mode="json")
    days, rest = divmod(seconds, 86_400)
    if rest == 0:
        return f"{days // 365}y" if days % 365 == 0 else f"{days}d"
    if seconds % 3_600 == 0:
        return f"{seconds // 3_600}h"
    return _TIMEDELTA.dump_python(window, mode="json")


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_data(policy: Policy) -> dict[str, Any]:
    """The policy as the mapping its YAML file holds."""
    body = _plain(policy.model_dump())
    body["choice"] = {k: v for k, v in body["choice"].items() if v is not None}
    r = policy.retention
    windows = ("allowed", "not_allowed", "incognito", "deleted", "safety_flagged", "feedback")
    body["retention"].update({k: duration(getattr(r, k)) for k in windows})
    body["retention"]["by_tier"] = {t: duration(w) for t, w in r.by_tier.items()}
    if not policy.access.restricted_countries:
        del body["access"]  # as canonical_json: the version does not count an empty section
    if policy.countermeasures is None:
        del body["countermeasures"]
    return body


def to_yaml(policy: Policy) -> str:
    """YAML that `load_policy` reads back to this version, headed by the version as a comment."""
    text = yaml.safe_dump(to_data(policy), sort_keys=False, allow_unicode=True, width=100)
    return f"# {policy.version}\n{text}"
