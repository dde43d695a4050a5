"""Where an account's requests come from and how a conversation unfolds.

A home line keeps its address for days and then gets a new one; phones sit behind the carrier's
NAT (addresses shared by many subscribers) or on IPv6; offices and schools leave through a small
egress block; a VPN exit is shared with thousands. Conversations are paced by reading and typing.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field

import h18_text as tx
from h18_sink import Sink
from h18_world import DAYS, HOUR_US, Account, Net, Networks, mix


@dataclass
class Ctx:
    seed: int
    nets: Networks
    corpus: tx.Corpus
    sink: Sink
    accounts: list[Account] = field(default_factory=list)
    counter: int = 0

    def n(self) -> int:
        self.counter += 1
        return self.counter


def conv_id(rng: random.Random) -> str:
    return f"conv_{rng.getrandbits(64):016x}"


def key_id(rng: random.Random) -> str:
    return "key_" + "".join(
        "abcdefghijklmnopqrstuvwxyz0123456789"[rng.randrange(36)] for _ in range(12)
    )


@dataclass
class Lines:
    """An account's own networks: home line, phone, optional office; churn by epoch."""

    uid: int
    home: Net
    mobile: Net
    period: int  # days a home address lasts
    phase: int
    v6_home: bool
    v6_phone: bool
    office: Net | None = None

    def home_ip(self, day: int) -> str:
        epoch = (day + self.phase) // self.period
        n = mix(self.uid, epoch, 1)
        return self.home.addr6(n) if self.v6_home else self.home.addr(n)

    def phone_ip(self, ts: int) -> str:
        if self.v6_phone:
            return self.mobile.addr6(mix(self.uid, ts // (6 * HOUR_US), 2))
        return self.mobile.addr(mix(self.uid, ts // (2 * HOUR_US), 3) % 4096)

    def office_ip(self, ts: int) -> str:
        assert self.office is not None
        return self.office.addr(mix(self.uid, ts // HOUR_US, 4) % 16)


def lines_for(
    rng: random.Random, nets: Networks, country: str, uid: int, shared_home: Lines | None = None
) -> Lines:
    homes = nets.home.get(country) or nets.home["US"]
    if shared_home is not None:  # a household: same line, same churn
        return Lines(
            uid,
            shared_home.home,
            shared_home.mobile,
            shared_home.period,
            shared_home.phase,
            shared_home.v6_home,
            rng.random() < 0.4,
        )
    return Lines(
        uid,
        homes[rng.randrange(len(homes))],
        nets.mobile.get(country) or nets.mobile["US"],
        rng.randrange(4, 12),
        rng.randrange(12),
        rng.random() < 0.25,
        rng.random() < 0.4,
    )


def vpn_ip(rng: random.Random, nets: Networks) -> tuple[str, str]:
    n = nets.vpn[rng.randrange(len(nets.vpn))]
    return n.addr(rng.randrange(256)), n.country


def cloud_ip(nets: Networks, region: str, n: int, owner: str) -> tuple[str, str]:
    """The address of the owner's n-th cloud instance in a region (instances are replaced)."""
    net = nets.cloud[region]
    return net.addr(mix(n, 9, zlib.crc32(owner.encode()))), net.country


def lognorm_int(
    rng: random.Random, median: float, sigma: float, lo: int = 1, hi: int = 10**9
) -> int:
    return max(lo, min(hi, int(round(rng.lognormvariate(0.0, sigma) * median))))


def active_days(
    rng: random.Random, p: float, weekday_bias: float = 1.0, first: int = 0, last: int = DAYS
) -> list[int]:
    """Days an account is active: probability p, lower on weekends when weekday_bias > 1."""
    out = []
    for d in range(first, last):
        q = p if d % 7 < 5 else p / weekday_bias
        if rng.random() < q:
            out.append(d)
    return out


def talk(
    ctx: Ctx,
    rng: random.Random,
    acct: Account,
    ts: int,
    *,
    turns: list[tuple[str, int]],
    surface: str,
    model: str,
    ip: str,
    country: str | None,
    ua: str | None,
    system: str | None = None,
    key: str | None = None,
    tools: int = 0,
    incog: bool = False,
    pace: float = 1.0,
    image_first: bool = False,
    conv: str | None = None,
) -> int:
    """One conversation: (prompt, reply tokens) per turn, history carried into input_tokens;
    paced by reading the reply and typing the next line (`pace` < 1 for machines)."""
    conv = conv or conv_id(rng)
    history = tx.tokens_of(system) if system else 0
    for i, (prompt, out_tok) in enumerate(turns):
        pt = tx.tokens_of(prompt)
        resp = tx.reply(rng, ctx.corpus, min(out_tok, 160))
        ts = ctx.sink.emit(
            acct.account_id,
            ts,
            key=key,
            conv=conv,
            surface=surface,
            model=model,
            ip=ip,
            country=country,
            ua=ua,
            prompt=prompt,
            system=system,
            resp=resp,
            tin=history + pt + (800 if image_first and i == 0 else 0),
            tout=out_tok,
            tools=tools,
            image=image_first and i == 0,
            incog=incog,
            retain=acct.retain,
        )
        history += pt + out_tok
        read = out_tok * 0.04 + rng.lognormvariate(2.8, 0.9)
        typing = len(prompt) * 0.2
        ts += int((read + typing) * pace * 1_000_000) + 300_000
    return ts
