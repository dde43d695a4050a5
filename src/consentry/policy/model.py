"""The policy format: a strict pydantic model read from YAML, versioned by its content hash."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from consentry.contract import TIERS
from consentry.errors import ConsentryError
from consentry.policy.ladder import Countermeasures


class TierRule(StrEnum):
    BY_CHOICE = "by_choice"  # trains under the user's choice (explicit, pre-set, deemed or default)
    OPT_IN = "opt_in"  # never trains unless the account explicitly opted in
    NEVER = "never"  # never trains, whatever the account chose


class AfterDeadline(StrEnum):
    DEEM_ALLOW = "deem_allow"  # silence past the deadline counts as consent (basis "deemed")
    DEEM_DENY = "deem_deny"  # silence past the deadline counts as refusal (basis "deemed")
    REQUIRE_CHOICE = "require_choice"  # the user must choose; until then nothing trains
    KEEP_DEFAULT = "keep_default"  # the default stays in force


class ResumedScope(StrEnum):
    TURNS_AFTER = "turns_after"  # a resumed chat brings only the turns after the resumption
    WHOLE_CONVERSATION = "whole_conversation"  # ... or all its earlier turns too


class OnWithdrawal(StrEnum):
    SHORTEN = "shorten"  # withdrawing shortens retention of stored data to the not-allowed window
    KEEP = "keep"  # stored data keeps the window it was captured under


_DURATION = re.compile(r"^\s*(\d+)\s*([hdwy])\s*$")
_UNIT_DAYS = {"h": 1 / 24, "d": 1, "w": 7, "y": 365}
UNTIL_DELETED = "until_deleted"


def _parse_retention(v: Any) -> Any:
    if isinstance(v, str) and v.strip() == UNTIL_DELETED:
        return None
    if isinstance(v, str):
        m = _DURATION.match(v)
        if not m:
            if v.startswith(
                "P"
            ):  # ISO 8601, as canonical_json() writes it: stored policies re-load
                try:
                    return TypeAdapter(timedelta).validate_python(v)
                except ValidationError:
                    pass
            raise ValueError(f"'{v}' is not a duration; write e.g. 30d, 2y, 72h or {UNTIL_DELETED}")
        return timedelta(days=int(m.group(1)) * _UNIT_DAYS[m.group(2)])
    raise ValueError(f"write a duration such as 30d or 5y, or {UNTIL_DELETED}")


# A retention window: a timedelta, or None meaning "kept until the user deletes it".
Retention = Annotated[timedelta | None, BeforeValidator(_parse_retention)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Choice(_Strict):
    default: Literal["allow", "deny"] = Field(
        description="What is in force for a user who has not chosen (basis 'default')."
    )
    preset: Literal["allow", "deny", None] = Field(
        None, description="Position of the pre-set toggle when the user is asked, if any."
    )
    deadline: datetime | None = Field(
        None, description="When silence stops meaning the default (UTC)."
    )
    after_deadline: AfterDeadline = AfterDeadline.KEEP_DEFAULT
    require_explicit: bool = Field(
        False,
        description="Only an explicit choice allows training (pre-set, deemed, default do not).",
    )

    @model_validator(mode="after")
    def _deadline_pairs(self) -> Choice:
        if self.deadline is None and self.after_deadline != AfterDeadline.KEEP_DEFAULT:
            raise ValueError("after_deadline needs a deadline")
        if self.deadline is not None and self.deadline.tzinfo is None:
            object.__setattr__(self, "deadline", self.deadline.replace(tzinfo=timezone.utc))
        return self


class Scope(_Strict):
    resumed: ResumedScope = Field(
        description="Whether a chat resumed after a permission brings its earlier turns into scope."
    )


class RetentionWindows(_Strict):
    allowed: Retention
    not_allowed: Retention
    incognito: Retention
    deleted: Retention = Field(description="How long a deleted conversation lingers before purge.")
    safety_flagged: Retention | Literal["same"] = "same"
    feedback: Retention | Literal["same"] = "same"
    by_tier: dict[str, Retention] = Field(default_factory=dict)
    on_withdrawal: OnWithdrawal = OnWithdrawal.KEEP

    @model_validator(mode="before")
    @classmethod
    def _same(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("safety_flagged", "feedback"):
                if data.get(key) is None and key in data:
                    raise ValueError(f"{key}: write a duration, {UNTIL_DELETED} or 'same'")
        return data

    @model_validator(mode="after")
    def _tiers_known(self) -> RetentionWindows:
        unknown = sorted(set(self.by_tier) - set(TIERS))
        if unknown:
            raise ValueError(f"by_tier names unknown tier(s) {', '.join(unknown)}")
        return self


class Access(_Strict):
    """Who may use the service at all: the detector flags traffic from restricted regions."""

    restricted_countries: tuple[str, ...] = Field(
        (), description="ISO 3166-1 alpha-2 codes of regions the service is not offered in."
    )

    @model_validator(mode="after")
    def _codes(self) -> Access:
        bad = [c for c in self.restricted_countries if not re.fullmatch(r"[A-Z]{2}", c)]
        if bad:
            raise ValueError(f"restricted_countries: {', '.join(bad)} not ISO 3166-1 alpha-2")
        return self


class Policy(_Strict):
    """A training and retention policy. Evaluate it with consentry.policy.evaluate()."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    title: str
    description: str = ""
    references: tuple[str, ...] = ()
    tiers: dict[str, TierRule]
    choice: Choice
    scope: Scope
    retention: RetentionWindows
    access: Access = Access()
    countermeasures: Countermeasures | None = Field(
        None, description="The response ladder `consentry detect --apply` and the gateway use."
    )

    @model_validator(mode="after")
    def _every_tier(self) -> Policy:
        unknown = sorted(set(self.tiers) - set(TIERS))
        if unknown:
            raise ValueError(
                f"tiers names unknown tier(s) {', '.join(unknown)}; known: {', '.join(TIERS)}"
            )
        missing = [t for t in TIERS if t not in self.tiers]
        if missing:
            raise ValueError(f"tiers must give a rule for every tier; missing {', '.join(missing)}")
        return self

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the canonical JSON of the validated policy: formatting does not change it."""
        return hashlib.sha256(self.canonical_json().encode()).hexdigest()

    @property
    def version(self) -> str:
        return f"{self.name}@{self.sha256[:12]}"

    def canonical_json(self) -> str:
        # A policy without an access section keeps the version it had before sections existed.
        # So does a policy without a ladder.
        exclude = set() if self.access.restricted_countries else {"access"}
        if self.countermeasures is None:
            exclude.add("countermeasures")
        body = self.model_dump(mode="json", exclude=exclude or None)
        return json.dumps(body, sort_keys=True, separators=(",", ":"))


PRESETS_PACKAGE = "consentry.policy.presets"


def preset_names() -> list[str]:
    files = resources.files(PRESETS_PACKAGE).iterdir()
    return sorted(f.name.removesuffix(".yaml") for f in files if f.name.endswith(".yaml"))


def load_policy(ref: str | Path) -> Policy:
    """Load a policy from a preset name or a YAML file, strictly.

    Raises ConsentryError with the file, line and problem for any unknown key or bad value.
    """
    ref_s = str(ref)
    if ref_s in preset_names():
        text = (resources.files(PRESETS_PACKAGE) / f"{ref_s}.yaml").read_text()
        where = f"preset {ref_s}"
    else:
        path = Path(ref_s)
        if not path.is_file():
            raise ConsentryError(
                f"no policy '{ref_s}': give a preset name ({', '.join(preset_names())}) "
                "or the path of a YAML policy file."
            )
        text = path.read_text()
        where = str(path)
    return parse_policy(text, where)


def parse_policy(text: str, where: str = "<policy>") -> Policy:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" line {mark.line + 1}" if mark else ""
        raise ConsentryError(
            f"{where}{at}: not valid YAML ({getattr(exc, 'problem', exc)})."
        ) from None
    if not isinstance(data, dict):
        raise ConsentryError(
            f"{where}: a policy is a YAML mapping with name, tiers, choice, scope, retention."
        )
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = _line_of(text, loc)
        key = ".".join(str(p) for p in loc) or "(top level)"
        if err["type"] == "extra_forbidden":
            msg = f"unknown key '{key}'; remove it or check its spelling"
        else:
            msg = f"{key}: {err['msg']}"
        at = f" line {line}" if line else ""
        raise ConsentryError(f"{where}{at}: {msg}.") from None


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """1-based line of the YAML node at a pydantic error location, walking the composed tree."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if not isinstance(node, yaml.MappingNode):
            break
        for key_node, value_node in node.value:
            if key_node.value == str(part):
                line = key_node.start_mark.line + 1
                node = value_node
                break
        else:
            break
    return line


def from_canonical_json(body: str) -> Policy:
    """Re-load a policy stored by its canonical JSON (the `policies` table), same version."""
    data = json.loads(body)
    r = data.get("retention", {})
    for key in ("allowed", "not_allowed", "incognito", "deleted", "safety_flagged", "feedback"):
        if key in r and r[key] is None:
            r[key] = UNTIL_DELETED
    for tier, window in list(r.get("by_tier", {}).items()):
        if window is None:
            r["by_tier"][tier] = UNTIL_DELETED
    return Policy.model_validate(data)
