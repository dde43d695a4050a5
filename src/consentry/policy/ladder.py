"""The response ladder: from the detector's calibrated score and campaign membership to one
action per account, quieter than a block where a block would only teach a campaign to move.

Rungs, mildest first: `watch` records only; `throttle` gives the account a lower rate limit;
`degrade` strips reasoning traces, caps the answer's length and the tool budget; `mark` serves
watermarked answers (consentry.mark); `block` refuses the account, as a block always did. Each
rung does its own thing only. The rules are tried in order and the first that matches gives
the rung, so a policy reads as a table from the most severe case down."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Rung(StrEnum):
    WATCH = "watch"
    THROTTLE = "throttle"
    DEGRADE = "degrade"
    MARK = "mark"
    BLOCK = "block"


RUNGS: tuple[str, ...] = tuple(r.value for r in Rung)  # mildest first
# Rungs whose traffic stays out of training sets while the account is on them: a suspected
# harvester is answered quietly, but its exchanges are not consent-clean training data.
# (`watch` only records; `block` is excluded as a block, `account_blocked`.)
KEPT_OUT_OF_TRAINING: tuple[str, ...] = (Rung.THROTTLE, Rung.DEGRADE, Rung.MARK)


def severity(rung: str | None) -> int:
    """0 for no rung, then 1 (watch) .. 5 (block): the detector only ever moves an account up."""
    return RUNGS.index(rung) + 1 if rung in RUNGS else 0


class Membership(StrEnum):
    ANY = "any"  # whether or not the account is in a flagged campaign
    MEMBER = "member"  # only accounts in a flagged campaign
    ALONE = "alone"  # only accounts in no campaign


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Step(_Strict):
    """One rule: accounts at or above `min_score` (and of the given membership) get `rung`."""

    rung: Rung
    min_score: float = Field(ge=0.0, le=1.0, description="Calibrated detector probability.")
    campaign: Membership = Membership.ANY

    def matches(self, score: float, campaign_id: str | None) -> bool:
        if score < self.min_score:
            return False
        if self.campaign == Membership.MEMBER:
            return campaign_id is not None
        if self.campaign == Membership.ALONE:
            return campaign_id is None
        return True


class Degrade(_Strict):
    """What `degrade` takes away; an answer still looks like an ordinary (short) answer."""

    max_tokens: int = Field(256, ge=1, description="Cap on the answer's length (tokens).")
    max_tools: int = Field(2, ge=0, description="Tools offered to the model and calls returned.")
    strip_reasoning: bool = Field(
        True, description="Drop reasoning_content fields and <think>...</think> blocks."
    )


_LIMIT = re.compile(r"^\s*\d+\s*/\s*(second|minute|hour|day)\s*$")


class Countermeasures(_Strict):
    ladder: tuple[Step, ...] = Field(
        min_length=1, description="Rules tried in order; the first that matches gives the rung."
    )
    throttle: str = Field("10/minute", description="Rate limit of the throttle rung (N/period).")
    degrade: Degrade = Degrade()

    @model_validator(mode="after")
    def _check(self) -> Countermeasures:
        if not _LIMIT.match(self.throttle) or int(self.throttle.split("/")[0]) < 1:
            raise ValueError(f"throttle {self.throttle!r} is not N/period; write e.g. 10/minute")
        return self

    def rung_for(self, score: float, campaign_id: str | None) -> Step | None:
        """The first rule that matches this account, or None (no action)."""
        return next((s for s in self.ladder if s.matches(score, campaign_id)), None)
