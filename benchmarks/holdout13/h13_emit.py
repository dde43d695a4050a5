"""Hold-out 13's engine: one account's requests, from its class row and its own draws.

The same code serves every class; a campaign differs from its twin only where its row differs
(mostly in how it draws prompts: a class-wide walk of a bank split over accounts, against
popular items, fixed course or regression sets and product templates).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from h13_net import Net, Networks
from h13_text import CLIENTS, EVERYDAY, FILLER, FOLLOWUPS, FRAMES, SLOTS, SYSTEM, TEMPLATES, Item
from h13_world import RHYTHM, TRAVEL_CC, ClassSpec

DAY = 86_400_000_000  # microseconds
HOUR = 3_600_000_000
DAYS = 28
RELEASES = (
    ("osprey-3.5", 8 * DAY + 16 * HOUR, "osprey-3"),
    ("osprey-3.5-mini", 19 * DAY + 15 * HOUR + HOUR // 2, "osprey-3-mini"),
)
AGENT_STEPS = (
    "Step {k} result: the tool returned {n} records. Continue with the plan.",
    "Critic feedback on step {k}: the output misses an edge case. Revise.",
    "Tool output: status=ok, items={n}. Next step?",
    "Executor: step {k} failed with a timeout. Retry or change approach.",
    "Planner: mark step {k} done and proceed to step {k1}.",
)  # fmt: skip
LANG_OF = {
    "MX": "es",
    "ES": "es",
    "AR": "es",
    "CO": "es",
    "VE": "es",
    "BR": "pt",
    "FR": "fr",
    "DE": "de",
    "ID": "id",
    "TR": "tr",
}


def pick(rng: np.random.Generator, pairs: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p[1] for p in pairs], dtype=float)
    return pairs[int(rng.choice(len(pairs), p=w / w.sum()))][0]


@dataclass
class ClassState:
    """What a class shares across its accounts: its walk through each bank (campaign slices),
    the items handed to a second worker, and its organisations' fixed sets."""

    spec: ClassSpec
    seed: int
    perms: dict[str, np.ndarray] = field(default_factory=dict)
    cursor: dict[str, int] = field(default_factory=dict)
    handoff: list[tuple[str, int, int]] = field(default_factory=list)
    fixed: dict[tuple[str, int], np.ndarray] = field(default_factory=dict)


@dataclass
class Account:
    """One account's drawn attributes (what the accounts table shows and what drives its traffic)."""

    account_id: str
    ci: int
    spec: ClassSpec
    country: str
    tz: float
    org: int  # index into the class's organisation list, -1 for none
    tier: str
    lang: str
    start: int  # first active day
    end: int  # last active day (exclusive)
    created_us: int
    rng: np.random.Generator
    surfaces: tuple[tuple[str, float], ...] = ()
    clients: dict[str, str] = field(default_factory=dict)
    keys: tuple[str, ...] = ()
    system: str | None = None
    pinned: str = "osprey-3"
    adopt_us: tuple[int, int] = (0, 0)
    uses_threads: bool = True
    retains: bool = True
    out_factor: float = 1.0
    home: Net | None = None
    home_k: int = 0
    carrier: Net | None = None
    office: Net | None = None
    campus: Net | None = None
    cloud: tuple[Net, ...] = ()
    cloud_k: tuple[int, ...] = ()


class _Choice:
    """Names with normalised weights, drawn from an account's generator."""

    def __init__(self, pairs: tuple[tuple[str, float], ...]) -> None:
        self.names = [p[0] for p in pairs]
        w = np.array([p[1] for p in pairs], dtype=float)
        self.p = w / w.sum()

    def draw(self, rng: np.random.Generator) -> str:
        return self.names[int(rng.choice(len(self.names), p=self.p))]


@dataclass(frozen=True)
class _Mix:
    sources: _Choice
    surfaces: _Choice
    nets: _Choice


@dataclass(frozen=True)
class _Conv:
    """What stays the same over one conversation's requests."""

    surface: str
    key: str | None
    conv_id: str | None
    ip: str
    cc: str
    ua: str | None
    tools: int


@dataclass(frozen=True)
class _Turn:
    prompt: str
    system: str | None
    in_tok: int
    out_tok: int
    item: Item | None


class Emitter:
    """Turns accounts into rows (column lists), with a cache of framed prompt texts."""

    def __init__(
        self, banks: dict[str, list[Item]], nets: Networks, world_rng: np.random.Generator, t0: int
    ) -> None:
        self.t0 = t0  # the window's start (UTC microseconds); release times count from it
        self.banks = banks
        self.nets = nets
        self.popular = {b: world_rng.permutation(len(v)) for b, v in banks.items()}
        self.texts: dict[tuple[str, int, str, int], str] = {}
        self.cols: dict[str, list] = {k: [] for k in COLUMNS}
        self.responses = _response_pool(banks, world_rng)
        # Text columns hold ids into one list of distinct texts: a day's part is built from it at
        # write time, so the run never holds a gigabyte of repeated response text.
        self.text_list: list[str] = []
        self.text_ids: dict[str, int] = {}

    def tid(self, text: str | None) -> int:
        if text is None:
            return -1
        i = self.text_ids.get(text)
        if i is None:
            i = self.text_ids[text] = len(self.text_list)
            self.text_list.append(text)
        return i

    # ------------------------------------------------------------------ prompts
    def framed(self, bank: str, item: int, frameset: str, frame: int) -> str:
        key = (bank, item, frameset, frame)
        text = self.texts.get(key)
        if text is None:
            frames = FRAMES[frameset]
            text = frames[frame % len(frames)].replace("{x}", self.banks[bank][item].text)
            self.texts[key] = text
        return text

    def draw(self, acct: Account, st: ClassState, source: str, week: int) -> tuple[str, str, int]:
        """A conversation opener: (text, bank, item index or -1)."""
        rng = acct.rng
        spec = st.spec
        kind, _, bank = source.partition(":")
        if kind == "everyday":
            lines = EVERYDAY[acct.lang] if rng.random() < 0.7 else EVERYDAY["en"]
            return lines[min(int(rng.zipf(1.5)) - 1, len(lines) - 1)], "", -1
        if kind == "tmpl":
            return self.template(acct, bank, week), "", -1
        n = len(self.banks[bank])
        if kind == "slice":
            if st.handoff and rng.random() < 0.7:
                b2, item, frame_code = st.handoff.pop(0)
                if b2 == bank:
                    return self._slice_text(st, b2, item, frame_code), bank, item
                st.handoff.append((b2, item, frame_code))
            perm = st.perms.get(bank)
            if perm is None:
                perm = st.perms[bank] = np.random.default_rng(
                    [st.seed, acct.ci, n, 77]
                ).permutation(n)
            pos = st.cursor.get(bank, 0)
            st.cursor[bank] = pos + 1
            item = int(perm[pos % n])
            frame_code = item * 7 + pos // n
            if spec.redundancy and rng.random() < spec.redundancy:
                st.handoff.append((bank, item, frame_code))
            return self._slice_text(st, bank, item, frame_code), bank, item
        if kind == "fixed":
            group = acct.org if acct.org >= 0 else int(acct.account_id[-4:], 16)
            fixed = st.fixed.get((bank, group))
            if fixed is None:
                fixed = np.random.default_rng([st.seed, group, n, 5]).permutation(n)[:60]
                st.fixed[(bank, group)] = fixed
            item = int(fixed[min(week * 8 + int(rng.integers(0, 14)), 59)])
        elif kind == "pop" and rng.random() < 0.45:
            item = int(self.popular[bank][min(int(rng.zipf(1.7)) - 1, n - 1)])
        else:  # fresh, or the long tail of a popular draw
            item = int(rng.integers(0, n))
        frameset = pick(rng, spec.frames)
        return self.framed(bank, item, frameset, int(rng.integers(0, 12))), bank, item

    def _slice_text(self, st: ClassState, bank: str, item: int, code: int) -> str:
        # The frame follows from the item: a requester writes a task once, every worker pastes it.
        frng = np.random.default_rng([st.seed, code, 3])
        return self.framed(bank, item, pick(frng, st.spec.frames), int(frng.integers(0, 12)))

    def template(self, acct: Account, name: str, week: int) -> str:
        rng = acct.rng
        text = TEMPLATES[name][int(rng.integers(0, len(TEMPLATES[name])))]
        slots: dict[str, str] = {
            "n": str(int(rng.integers(10, 99999))),
            "q": str(int(rng.integers(1, 5))),
        }
        slots["k1"] = slots["q"]
        for k, vals in SLOTS.items():
            slots[k] = vals[int(rng.integers(0, len(vals)))]
        slots["filler"] = FILLER[: int(rng.integers(60, len(FILLER)))]
        if "{x}" in text:
            bank = ("math", "code", "general")[int(rng.integers(0, 3))]
            pop = self.popular[bank]
            slots["x"] = self.banks[bank][int(pop[int(rng.integers(0, min(len(pop), 400)))])].text
            slots["n"] = str(week + 1)
        for k, v in slots.items():
            text = text.replace("{" + k + "}", v)
        return text

    # ------------------------------------------------------------------ one account
    def emit(self, acct: Account, st: ClassState) -> None:
        spec, rng = st.spec, acct.rng
        mix = _Mix(_Choice(spec.sources), _Choice(acct.surfaces), _Choice(spec.nets))
        rhythm = np.array(RHYTHM[pick(rng, spec.rhythm)], dtype=float)
        rhythm /= rhythm.sum()
        active_p = rng.uniform(*spec.active_p)
        rate = spec.rate[0] * float(np.exp(rng.normal(0, spec.rate[1])))
        trip = (
            int(rng.integers(0, DAYS)),
            int(rng.integers(2, 9)),
            TRAVEL_CC[int(rng.integers(0, len(TRAVEL_CC)))],
        )
        for day in range(acct.start, acct.end):
            weekend = day % 7 >= 5
            if rng.random() > active_p * (spec.weekend if weekend else 1.0):
                continue
            for _ in range(int(rng.poisson(rate))):
                hour = int(rng.choice(24, p=rhythm))
                start = (
                    self.t0 + day * DAY + int((hour - acct.tz) * HOUR) + int(rng.integers(0, HOUR))
                )
                if start >= acct.created_us:
                    self._conversation(acct, st, start, day, trip, mix)

    def _conversation(
        self,
        acct: Account,
        st: ClassState,
        start: int,
        day: int,
        trip: tuple[int, int, str],
        mix: _Mix,
    ) -> None:
        spec, rng = st.spec, acct.rng
        surface = mix.surfaces.draw(rng)
        opener, bank, item = self.draw(acct, st, mix.sources.draw(rng), day // 7)
        ip, cc = self._address(acct, mix.nets.draw(rng), day, trip)
        turns = min(int(rng.geometric(1.0 / spec.turns)), 30) if spec.turns > 1 else 1
        threaded = surface != "api" or acct.uses_threads
        it = self.banks[bank][item] if item >= 0 else None
        tools = 0
        if spec.tools_p and rng.random() < spec.tools_p:
            tools = it.tools if it is not None and it.tools else int(rng.integers(3, 13))
        conv = _Conv(
            surface=surface,
            key=acct.keys[int(rng.integers(0, len(acct.keys)))]
            if surface in ("api", "cli") and acct.keys
            else None,
            conv_id=f"c{rng.integers(0, 2**62):016x}" if threaded else None,
            ip=ip,
            cc=cc,
            ua=acct.clients.get(surface),
            tools=tools,
        )
        history = 0
        ts = start
        models = self._models(acct, surface, start - self.t0)
        for t in range(turns):
            if t == 0:
                prompt = opener
            elif it is not None and t <= len(it.turns):
                prompt = it.turns[t - 1]
            elif spec.system == "troupe":
                step = AGENT_STEPS[int(rng.integers(0, len(AGENT_STEPS)))]
                prompt = step.format(k=t, k1=t + 1, n=int(rng.integers(0, 400)))
            else:
                prompt = FOLLOWUPS[int(rng.integers(0, len(FOLLOWUPS)))]
            system = acct.system
            if spec.system == "troupe" and system is not None:
                system = SYSTEM["troupe"][t % 4]  # the crew's roles take turns
            in_tok = (len(prompt) + (len(system) if system else 0)) // 4 + 3 + history + tools * 90
            out_tok = int(
                np.clip(spec.out[0] * acct.out_factor * np.exp(rng.normal(0, spec.out[1])), 4, 8000)
            )
            turn = _Turn(prompt, system, in_tok, out_tok, it if t == 0 else None)
            for model in models:
                u = rng.random()
                status = (
                    429
                    if u < 0.012
                    else 500
                    if u < 0.015
                    else 529
                    if u < 0.017
                    else 400
                    if u < 0.019
                    else 200
                )
                self._row(acct, conv, turn, ts, model, status)
                if status in (429, 500, 529) and rng.random() < 0.8:  # the SDK or the user retries
                    ts += int(rng.uniform(1, 40) * 1e6)
                    self._row(acct, conv, turn, ts, model, 200)
                ts += int(rng.uniform(0.2, 6) * 1e6)
            history = min(history + in_tok + out_tok, 32_000) if threaded else 0
            ts += int(spec.gap * np.exp(rng.normal(0, 0.9)) * 1e6) + out_tok * 12_000

    def _row(
        self, acct: Account, conv: _Conv, turn: _Turn, ts: int, model: str, status: int
    ) -> None:
        rng, c = acct.rng, self.cols
        ok = status == 200
        surface, in_tok, out_tok, it = conv.surface, turn.in_tok, turn.out_tok, turn.item
        c["exchange_id"].append(f"x{rng.integers(0, 2**62):016x}")
        c["ts"].append(ts + int(rng.integers(0, 1_000_000)))
        c["account_id"].append(acct.account_id)
        c["api_key_id"].append(conv.key)
        c["conversation_id"].append(conv.conv_id)
        c["surface"].append(surface)
        c["model"].append(model)
        c["ip"].append(conv.ip)
        u = rng.random()
        c["country"].append(
            None
            if u < 0.015
            else (("US", "DE", "SG", "BR")[int(u * 1000) % 4] if u < 0.02 else conv.cc)
        )
        c["user_agent"].append(None if rng.random() < 0.02 else conv.ua)
        c["prompt"].append(self.tid(turn.prompt))
        c["system_prompt"].append(self.tid(turn.system))
        if ok and acct.retains:
            if it is not None and it.answer and rng.random() < 0.8:
                resp = it.answer
            else:
                pool = self.responses
                resp = pool[min(int(out_tok // 60), len(pool) - 1)][int(rng.integers(0, 8))]
            c["response"].append(self.tid(resp))
        else:
            c["response"].append(-1)
        c["input_tokens"].append(in_tok)
        c["output_tokens"].append(out_tok if ok else 0)
        c["tool_count"].append(conv.tools)
        has_image = surface in ("web", "app") and rng.random() < 0.025
        c["has_image"].append(has_image)
        c["status"].append(status)
        web = surface in ("web", "app")
        c["incognito"].append(web and rng.random() < 0.03)
        c["safety_flagged"].append(rng.random() < 0.003)
        c["feedback"].append(web and ok and rng.random() < 0.015)

    def _models(self, acct: Account, surface: str, ts: int) -> list[str]:
        """The model(s) one request goes to; ts counts from the window's start."""
        spec, rng = acct.spec, acct.rng
        if spec.adopt == "fast" and surface != "api":
            big = rng.random() > 0.15
            rel = RELEASES[0] if big else RELEASES[1]
            model = rel[0] if ts >= rel[1] + acct.adopt_us[0] else rel[2]
            if rng.random() < 0.04:
                model = "osprey-2.5"
        else:
            model = acct.pinned
            for (name, at, old), lag in zip(RELEASES, acct.adopt_us, strict=True):
                if model == old and ts >= at + lag:
                    model = name
        lo, hi = spec.fanout
        if hi <= 1:
            return [model]
        k = int(rng.integers(lo, hi + 1))
        others = [m for m in current_models(ts) if m != model]
        order = rng.permutation(len(others))[: k - 1]
        return [model] + [others[i] for i in order]

    def _address(
        self, acct: Account, kind: str, day: int, trip: tuple[int, int, str]
    ) -> tuple[str, str]:
        rng, nets = acct.rng, self.nets
        if (
            trip[0] <= day < trip[0] + trip[1]
            and kind in ("travel", "mobile")
            and any(k == "travel" for k, _ in acct.spec.nets)
        ):
            kind = "travel"
        if kind == "home" and acct.home is not None:
            return acct.home.address(acct.home_k + day // 6), acct.home.country
        if kind == "mobile" and acct.carrier is not None:
            return acct.carrier.address(int(rng.integers(0, 1000))), acct.carrier.country
        if kind == "office" and acct.office is not None:
            return acct.office.address(int(rng.integers(0, 16))), acct.office.country
        if kind == "campus" and acct.campus is not None:
            return acct.campus.address(int(rng.integers(0, 16))), acct.campus.country
        if kind == "cloud" and acct.cloud:
            i = int(rng.integers(0, len(acct.cloud)))
            return acct.cloud[i].address(acct.cloud_k[i]), acct.cloud[i].country
        if kind == "vpn":
            net = nets.vpn[int(rng.integers(0, len(nets.vpn)))]
            return net.address(int(rng.integers(0, 30))), net.country
        if kind == "travel":
            net = (nets.home.get(trip[2]) or nets.home["US"])[int(rng.integers(0, 3))]
            return net.address(int(rng.integers(0, 60000))), net.country
        if kind == "resproxy":
            # A residential-proxy exit: some home line in the declared country, sticky for a few days
            # (a rented sticky session) most of the time.
            homes = nets.home[acct.country]
            k = (
                int(rng.integers(0, 10**6))
                if rng.random() < 0.08
                else hash_int(acct.account_id) + (day // 4) * 7919
            )
            net = homes[k % 3]
            return net.address(k // 3), net.country
        # Fallback for a kind the account has no network of: its home line.
        assert acct.home is not None
        return acct.home.address(acct.home_k), acct.home.country


def hash_int(s: str) -> int:
    """A stable integer from an account id (hex tail), independent of PYTHONHASHSEED."""
    return int(s[-8:], 16)


def current_models(ts: int) -> list[str]:
    models = ["osprey-3", "osprey-3-mini", "osprey-2.5"]
    for name, at, _ in RELEASES:
        if ts >= at:
            models.append(name)
    return models


def _response_pool(banks: dict[str, list[Item]], rng: np.random.Generator) -> list[list[str]]:
    """Eight response texts per 60-token length bucket, cut from reference answers and filler."""
    answers = [it.answer for b in banks.values() for it in b if it.answer]
    pool: list[list[str]] = []
    for bucket in range(80):
        want = max(40, bucket * 240 + 120)
        row = []
        for _ in range(8):
            parts: list[str] = []
            size = 0
            while size < want:
                a = answers[int(rng.integers(0, len(answers)))]
                parts.append(a)
                size += len(a) + 2
            row.append("\n\n".join(parts)[:want])
        pool.append(row)
    return pool


COLUMNS = (
    "exchange_id", "ts", "account_id", "api_key_id", "conversation_id", "surface", "model", "ip",
    "country", "user_agent", "prompt", "system_prompt", "response", "input_tokens", "output_tokens",
    "tool_count", "has_image", "status", "incognito", "safety_flagged", "feedback",
)  # fmt: skip

__all__ = [
    "Account",
    "ClassState",
    "Emitter",
    "COLUMNS",
    "CLIENTS",
    "DAY",
    "DAYS",
    "RELEASES",
    "LANG_OF",
    "pick",
]
