"""Scales (how big, how long) and evasion knobs (how hard the campaigns try to hide)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import timedelta

from consentry.errors import ConsentryError
from consentry_sim.clients import RELEASE


@dataclass(frozen=True)
class Scale:
    name: str
    factor: float  # multiplies every population's article-scale account count
    days: int  # length of the window; the new model is released mid-window
    shards: int  # part files per day (bounded memory per chunk)
    responses: bool  # write response text by default

    @property
    def start_us(self) -> int:
        """Window start (UTC midnight, microseconds), chosen so the release falls mid-window."""
        start = RELEASE.replace(hour=0) - timedelta(days=self.days // 2)
        return int(start.timestamp()) * 1_000_000

    @property
    def end_us(self) -> int:
        return self.start_us + self.days * 86_400_000_000


SCALES = {
    "tiny": Scale("tiny", 0.0004, 4, 1, True),
    "small": Scale("small", 0.0055, 28, 1, True),
    "medium": Scale("medium", 0.08, 28, 1, False),
    "article": Scale("article", 1.0, 28, 4, False),
}


def get_scale(name: str) -> Scale:
    if name not in SCALES:
        raise ConsentryError(f"unknown scale '{name}'; choose one of {', '.join(SCALES)}.")
    return SCALES[name]


@dataclass(frozen=True)
class Evasion:
    """What the campaigns do to look ordinary. All off: the campaigns as reported."""

    paraphrase: bool = False  # prompts from a large paraphrase pool instead of fixed templates
    jitter: bool = False  # human-like timing instead of synchronised, machine-regular sends
    residential: bool = False  # one residential address and one payment method per account
    camouflage: float = 0.0  # share of each account's sessions that are ordinary chat
    staggered_switch: bool = False  # each account moves to a new model on its own day
    phrasing: str = "all"  # campaign wrapper pool: all, or the disjoint train / test halves
    mix: float = 0.0  # log-sd of a random multiplier on each population's size (0: as listed)
    vary: float = 0.0  # log-sd of per-world random changes to each campaign family's design
    # legitimate look-alikes that ask new questions (hardneg.new_questions): training worlds
    lookalikes: bool = False

    @classmethod
    def parse(cls, spec: str | None) -> Evasion:
        """'none', 'full', or a comma list such as 'paraphrase,jitter,camouflage=0.3'."""
        if spec is None or spec.strip() in ("", "none"):
            return cls()
        if spec.strip() == "full":
            return cls(True, True, True, 0.3, True)
        names = {f.name for f in fields(cls)}
        values: dict[str, bool | float | str] = {}
        for part in spec.split(","):
            key, _, val = part.strip().partition("=")
            if key not in names:
                raise ConsentryError(
                    f"unknown evasion knob '{key}'; use none, full or a comma list of "
                    f"{', '.join(sorted(names))}."
                )
            if key == "phrasing":
                if val not in ("all", "train", "test"):
                    raise ConsentryError(f"phrasing is all, train or test, not '{val}'.")
                values[key] = val
                continue
            if key == "vary":
                try:
                    values[key] = float(val) if val else 0.6
                except ValueError:
                    raise ConsentryError(f"vary takes a log-sd such as 0.6, not '{val}'.") from None
                if not 0.0 <= float(values[key]) <= 2.0:
                    raise ConsentryError("vary must be between 0 and 2.")
                continue
            if key == "mix":
                try:
                    values[key] = float(val) if val else 0.5
                except ValueError:
                    raise ConsentryError(f"mix takes a log-sd such as 0.5, not '{val}'.") from None
                if not 0.0 <= float(values[key]) <= 2.0:
                    raise ConsentryError("mix must be between 0 and 2.")
                continue
            if key == "camouflage":
                try:
                    values[key] = float(val) if val else 0.3
                except ValueError:
                    raise ConsentryError(
                        f"camouflage takes a share such as 0.3, not '{val}'."
                    ) from None
                if not 0.0 <= float(values[key]) <= 0.9:
                    raise ConsentryError("camouflage must be between 0 and 0.9.")
            else:
                values[key] = True
        return cls(**values)  # type: ignore[arg-type]

    def describe(self) -> str:
        on = [
            f"{f.name}={getattr(self, f.name)}"
            if f.name in ("camouflage", "mix", "vary")
            else f.name
            for f in fields(self)
            if getattr(self, f.name) and f.name != "phrasing"
        ]
        if self.phrasing != "all":
            on.append(f"phrasing={self.phrasing}")
        return ",".join(on) or "none"
