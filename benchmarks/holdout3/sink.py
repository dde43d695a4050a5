"""Where generated traffic goes: accounts and labels in memory, exchanges flushed to Parquet
parts as they fill, with the contract's column types."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from world import DAY, DAYS, FLAGSHIP_NEW, HOUR, MINI_NEW, RELEASED, START, Networks

from consentry.contract import ACCOUNTS, EXCHANGES, TS

PART_ROWS = 100_000
_COLS = [c.name for c in EXCHANGES.columns] + ["incognito"]
_TYPES = {c.name: c.type for c in EXCHANGES.columns + EXCHANGES.optional}


@dataclass
class Account:
    account_id: str
    created_at: int
    tier: str
    signup_channel: str
    payment_fingerprint: str | None
    email_domain: str | None
    declared_country: str | None
    org_id: str | None


class Ctx:
    """Shared state of one generation run: seeded randomness, networks, the sinks."""

    def __init__(self, out: Path, seed: int, scale: float, networks: Networks, corpora: Any):
        self.out = out
        self.seed = seed
        self.scale = scale
        self.nw = networks
        self.c = corpora
        self.rng = np.random.default_rng([seed, 7])
        self.accounts: list[Account] = []
        self.labels: list[tuple[str, str]] = []
        self.cols: dict[str, list[Any]] = {k: [] for k in _COLS}
        self.parts = 0
        self.rows = 0
        (out / "exchanges").mkdir(parents=True, exist_ok=True)

    # ---- ids and randomness -------------------------------------------------------------
    def hexid(self, prefix: str, n: int = 16) -> str:
        return f"{prefix}{int(self.rng.integers(0, 1 << 62)):016x}"[: len(prefix) + n]

    def streams(self, *key: int) -> tuple[np.random.Generator, random.Random]:
        """A numpy and a stdlib generator for one actor, fixed by the seed and the key."""
        g = np.random.default_rng([self.seed, *key])
        return g, random.Random(int(g.integers(0, 1 << 62)))

    def n(self, base: float, floor: int = 1) -> int:
        return max(floor, int(round(base * self.scale)))

    # ---- accounts -----------------------------------------------------------------------
    def account(self, label: str, created_at: int, tier: str, channel: str, pay: str | None,
                email: str | None, country: str | None, org: str | None = None) -> Account:  # fmt: skip
        a = Account(self.hexid("acct_", 14), int(created_at), tier, channel, pay, email,
                    country, org)  # fmt: skip
        self.accounts.append(a)
        self.labels.append((a.account_id, label))
        return a

    def old_signup(self, g: np.random.Generator, max_days: float = 700) -> int:
        """A sign-up time before the window, most of them recent."""
        return START - int(g.exponential(max_days / 3) % max_days * DAY) - int(g.random() * DAY)

    # ---- exchanges ----------------------------------------------------------------------
    def emit(self, a: Account, ts: int, surface: str, model: str, ip: str, country: str | None,
             ua: str | None, prompt: str, system: str | None, response: str | None,
             in_tok: int, out_tok: int, key: str | None = None, conv: str | None = None,
             tools: int = 0, image: bool = False, status: int = 200,
             incognito: bool | None = None) -> None:  # fmt: skip
        if not START <= ts < START + DAYS * DAY:
            return  # a burst that runs past the window's end is cut there
        c = self.cols
        c["exchange_id"].append(self.hexid("ex_", 16))
        c["ts"].append(ts)
        c["account_id"].append(a.account_id)
        c["api_key_id"].append(key)
        c["conversation_id"].append(conv)
        c["surface"].append(surface)
        c["model"].append(model)
        c["ip"].append(ip)
        c["country"].append(country)
        c["user_agent"].append(ua)
        c["prompt"].append(prompt)
        c["system_prompt"].append(system)
        c["response"].append(response)
        c["input_tokens"].append(in_tok)
        c["output_tokens"].append(out_tok)
        c["tool_count"].append(tools)
        c["has_image"].append(image)
        c["status"].append(status)
        c["incognito"].append(incognito)
        self.rows += 1
        if len(c["ts"]) >= PART_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.cols["ts"]:
            return
        arrays = []
        for k in _COLS:
            if k == "ts":
                arrays.append(pa.array(np.array(self.cols[k], dtype=np.int64), type=TS))
            else:
                arrays.append(pa.array(self.cols[k], type=_TYPES[k]))
        tbl = pa.Table.from_arrays(arrays, names=_COLS)
        # Each part in time order, as a log export would write it.
        tbl = tbl.sort_by("ts")
        pq.write_table(tbl, self.out / "exchanges" / f"part-{self.parts:04d}.parquet")
        self.parts += 1
        self.cols = {k: [] for k in _COLS}

    def write_accounts(self) -> None:
        rows = {c.name: [getattr(a, c.name) for a in self.accounts] for c in ACCOUNTS.columns}
        arrays = [
            pa.array(np.array(rows[c.name], dtype=np.int64), type=TS)
            if c.name == "created_at"
            else pa.array(rows[c.name], type=c.type)
            for c in ACCOUNTS.columns
        ]
        pq.write_table(pa.Table.from_arrays(arrays, schema=ACCOUNTS.schema),
                       self.out / "accounts.parquet")  # fmt: skip
        ids, labels = zip(*self.labels, strict=True) if self.labels else ((), ())
        pq.write_table(pa.table({"account_id": pa.array(ids, pa.string()),
                                 "label": pa.array(labels, pa.string())}),
                       self.out / "labels.parquet")  # fmt: skip


# ---- which model a request names ----------------------------------------------------------
def consumer_model(tier: str, ts: int, lag_h: float, r: random.Random) -> str:
    """First-party surfaces: everyone is moved to the new default within hours of a release;
    paid users sometimes pick another model in the menu."""
    if tier == "free":
        new = ts >= RELEASED[MINI_NEW] + lag_h * HOUR
        return MINI_NEW if new else "corvid-4-mini"
    if r.random() < 0.08:
        return "corvid-4-code" if r.random() < 0.5 else "corvid-4"
    return FLAGSHIP_NEW if ts >= RELEASED[FLAGSHIP_NEW] + lag_h * HOUR else "corvid-4"


def api_model(ts: int, adopt_h: float, small: bool) -> str:
    """API callers name their model: they move when their own code is changed."""
    if small:
        return MINI_NEW if ts >= RELEASED[MINI_NEW] + adopt_h * HOUR else "corvid-4-mini"
    return FLAGSHIP_NEW if ts >= RELEASED[FLAGSHIP_NEW] + adopt_h * HOUR else "corvid-4"


def tokens(g: np.random.Generator, prompt: str, system: str | None, history: int = 0,
           out_median: float = 350) -> tuple[int, int]:  # fmt: skip
    inp = (len(prompt) + len(system or "")) // 4 + 8 + history
    out = int(g.lognormal(np.log(out_median), 0.6))
    return int(min(inp, 2_000_000)), int(min(max(out, 1), 32_000))
