"""The one engine that turns every class's conversations into contract rows.

Classes (legitimate, twins, campaigns) only decide *when* a conversation starts, *where from*
and *what* it says; model choice, token counts, failures and retries, missing fields and
retention are applied here the same way for all, so a campaign and its twin differ only where
their builders differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from h17_text import Corpora, tokens

from consentry.contract import EXCHANGES

START = datetime(2028, 2, 7, tzinfo=UTC)  # a Monday
DAYS = 28
DAY = 86400.0
EPOCH_US = int(START.timestamp() * 1_000_000)
# model, family, release (seconds from START); the older model of a family is replaced by the newer
MODELS = (
    ("fjord-2.5", "main", -150 * DAY),
    ("fjord-2.5-mini", "mini", -110 * DAY),
    ("fjord-3", "main", 8 * DAY + 15.3 * 3600),
    ("fjord-3-mini", "mini", 18 * DAY + 17.6 * 3600),
)
CONSUMER_SURFACES = ("web", "app", "cli")
FAILURES = (429, 429, 500, 529, 400)


@dataclass
class Account:
    """An account row plus the habits the engine needs (its clock, model habit, retention)."""

    account_id: str
    label: str
    operator: str
    created_at: float
    tier: str
    signup_channel: str
    payment: str | None
    email_domain: str | None
    declared_country: str
    org_id: str | None
    tz: float
    keep: float = 1.0
    family: str = "main"
    adopt: float = 6 * 3600.0
    keys: list[str] = field(default_factory=list)


@dataclass
class Turn:
    """One user turn: its text, the reply's length and the pause since the previous turn."""

    prompt: str
    out_tokens: int
    gap: float = 0.0
    tools: int = 0
    image: bool = False
    context: int = 0


@dataclass
class Conv:
    """A conversation as one client sent it."""

    acct: Account
    t: float
    surface: str
    ua: str | None
    ip: str
    country: str | None
    turns: list[Turn]
    system: str | None = None
    key: str | None = None
    model: str | None = None
    threaded: bool = True


def pick_model(acct: Account, surface: str, t: float) -> str:
    """Consumer surfaces follow the default within hours of a release; API traffic is pinned
    and moves after the account's own delay (or never)."""
    chosen = ""
    delay = min(acct.adopt, 8 * 3600.0) if surface in CONSUMER_SURFACES else acct.adopt
    for name, family, released in MODELS:
        if family == acct.family and (not chosen or t >= released + delay):
            chosen = name
    return chosen


@dataclass
class Emitter:
    """Row buffers for all classes; `write` sorts into one part per UTC day."""

    rng: np.random.Generator
    corpora: Corpora
    cols: dict[str, list] = field(default_factory=lambda: {c.name: [] for c in EXCHANGES.columns})
    chunks: list[pa.Table] = field(default_factory=list)
    optional: dict[str, list] = field(default_factory=lambda: {"incognito": [], "feedback": []})

    def add(self, conv: Conv) -> int:
        """Rows of one conversation; returns how many were written."""
        rng = self.rng
        cid = f"cv_{int(rng.integers(1 << 60)):015x}" if conv.threaded else None
        incognito = conv.surface in ("web", "app") and rng.random() < 0.03
        history, t, n = 0, conv.t, 0
        sys_tokens = tokens(conv.system) if conv.system else 0
        for turn in conv.turns:
            t += turn.gap
            if not 0 <= t < DAYS * DAY:
                continue
            in_tok = history + sys_tokens + tokens(turn.prompt) + turn.context + 60 * turn.tools
            in_tok += 1100 if turn.image else 0
            out = max(1, int(turn.out_tokens))
            if rng.random() < 0.02:
                self._row(
                    conv, cid, t, turn, in_tok, 0, int(FAILURES[int(rng.integers(5))]), incognito
                )
                n += 1
                t += float(rng.uniform(1, 40))
                if rng.random() < 0.15:
                    continue
            self._row(conv, cid, t, turn, in_tok, out, 200, incognito)
            n += 1
            history = in_tok + out if conv.threaded else 0
        return n

    def _row(
        self,
        conv: Conv,
        cid: str | None,
        t: float,
        turn: Turn,
        in_tok: int,
        out: int,
        status: int,
        incognito: bool,
    ) -> None:
        rng, c = self.rng, self.cols
        r = rng.random(4)
        country = conv.country
        if r[0] < 0.01:
            country = None
        elif r[0] < 0.015:
            country = ("US", "DE", "NL", "GB", "SG")[int(rng.integers(5))]
        c["exchange_id"].append("")
        c["ts"].append(EPOCH_US + int(t * 1_000_000))
        c["account_id"].append(conv.acct.account_id)
        c["api_key_id"].append(conv.key)
        c["conversation_id"].append(cid)
        c["surface"].append(conv.surface)
        c["model"].append(conv.model or pick_model(conv.acct, conv.surface, t))
        c["ip"].append(conv.ip)
        c["country"].append(country)
        c["user_agent"].append(None if r[1] < 0.01 else conv.ua)
        c["prompt"].append(turn.prompt)
        c["system_prompt"].append(conv.system)
        kept = status == 200 and r[2] < conv.acct.keep
        c["response"].append(self.corpora.reply(rng, out) if kept else None)
        c["input_tokens"].append(min(in_tok, 2_000_000))
        c["output_tokens"].append(out)
        c["tool_count"].append(turn.tools)
        c["has_image"].append(turn.image)
        c["status"].append(status)
        self.optional["incognito"].append(incognito)
        self.optional["feedback"].append(bool(r[3] < 0.004))

    def flush(self) -> None:
        """Move the buffers into a compact Arrow chunk (keeps peak memory down)."""
        if not self.cols["ts"]:
            return
        arrays = {name: pa.array(values, type=_type(name)) for name, values in self.cols.items()}
        arrays["ts"] = pa.array(self.cols["ts"], type=pa.int64()).cast(
            EXCHANGES.schema.field("ts").type
        )
        arrays["incognito"] = pa.array(self.optional["incognito"], type=pa.bool_())
        arrays["safety_flagged"] = pa.nulls(len(self.cols["ts"]), type=pa.bool_())
        arrays["feedback"] = pa.array(self.optional["feedback"], type=pa.bool_())
        self.chunks.append(pa.table(arrays, schema=EXCHANGES.full_schema))
        for values in (*self.cols.values(), *self.optional.values()):
            values.clear()

    def write(self, out: Path) -> int:
        """One Parquet part per day, rows in time order, fresh random exchange ids."""
        self.flush()
        table = pa.concat_tables(self.chunks)
        self.chunks.clear()
        day = pc.divide(pc.subtract(table["ts"].cast(pa.int64()), EPOCH_US), int(DAY * 1_000_000))
        folder = out / "exchanges"
        folder.mkdir(parents=True)
        for d in range(DAYS):
            part = table.filter(pc.equal(day, d)).sort_by(
                [("ts", "ascending"), ("account_id", "ascending")]
            )
            ids = [f"ex_{v:016x}" for v in self.rng.integers(1 << 62, size=part.num_rows).tolist()]
            part = part.set_column(0, part.schema.field(0), pa.array(ids, type=pa.string()))
            pq.write_table(part, folder / f"part-{d:03d}.parquet")
        return int(table.num_rows)


def _type(name: str) -> pa.DataType:
    return EXCHANGES.full_schema.field(name).type


# local-hour weights of the rhythms classes use
_HOURS = {
    "human": [
        1,
        0.6,
        0.3,
        0.2,
        0.2,
        0.3,
        0.8,
        2,
        3,
        4,
        5,
        5,
        5,
        5,
        5,
        4.5,
        4.5,
        5,
        5,
        6,
        6.5,
        6,
        4,
        2,
    ],
    "office": [
        0.1,
        0.1,
        0,
        0,
        0,
        0,
        0.2,
        1,
        4,
        7,
        8,
        8,
        5,
        7,
        8,
        8,
        7,
        5,
        2,
        1,
        0.8,
        0.5,
        0.3,
        0.2,
    ],
    "flat": [3, 2.5, 2, 2, 2, 2.5, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5.5, 5, 4, 3.5],
    "night": [
        6,
        7,
        7,
        6,
        5,
        3,
        1,
        0.3,
        0.1,
        0.1,
        0.1,
        0.1,
        0.2,
        0.2,
        0.2,
        0.2,
        0.3,
        0.3,
        0.5,
        0.7,
        1,
        2,
        3,
        4,
    ],
    "nightly": [4, 9, 9, 8, 6, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 2],
}
HOUR_P = {k: np.array(v, float) / sum(v) for k, v in _HOURS.items()}


def starts(
    rng: np.random.Generator,
    tz: float,
    rhythm: str,
    p_active: float,
    per_day: float,
    first_day: int = 0,
) -> list[float]:
    """Session start times (seconds from START) of one account over the window: active days,
    a Poisson count per active day, local hours from the rhythm (office rhythms rest at weekends)."""
    out: list[float] = []
    for d in range(first_day, DAYS):
        weekend = d % 7 >= 5
        p = p_active * (0.15 if weekend and rhythm == "office" else 1.0)
        if rng.random() >= p:
            continue
        n = int(rng.poisson(per_day * (0.7 if weekend and rhythm == "human" else 1.0)))
        hours = rng.choice(24, size=n, p=HOUR_P[rhythm]) + rng.random(n)
        out += [d * DAY + float((h - tz) % 24) * 3600.0 for h in hours]
    out.sort()
    return out
