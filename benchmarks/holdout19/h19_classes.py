"""Who is in hold-out 19's world: one builder per label, each returning accounts that carry
their own parameters (country and clock, age, tier, networks, clients, volume, hours) and a
text source for their conversations.

A campaign and its twin are built by the same helper with the same volume, hours, networks
and frames; they differ where real operators and real customers differ: what is inside the
frame (a class-wide walk of public banks vs a customer's own material, repeated), how accounts
relate (shell organisations, shared cards and sign-up batches vs genuine teams).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import h19_text as tx
import h19_world as wd
import numpy as np

# (prompt, system_prompt, tool_count, has_image, median output tokens)
Turn = tuple[str, str | None, int, bool, float]


def _hours(kind: str) -> np.ndarray:
    """Local-hour weights: why several kinds: people, offices, evenings and machines differ."""
    h = np.arange(24)
    if kind == "human":
        w = 0.15 + np.exp(-((h - 11) ** 2) / 8) + np.exp(-((h - 15) ** 2) / 8)
        w += 1.1 * np.exp(-((h - 21) ** 2) / 5)
    elif kind == "evening":
        w = 0.1 + 0.4 * np.exp(-((h - 13) ** 2) / 10) + 1.4 * np.exp(-((h - 21) ** 2) / 6)
    elif kind == "office":
        w = 0.03 + ((h >= 9) & (h <= 17)) * 1.0 + ((h == 8) | (h == 18)) * 0.4
        w = w - (h == 12) * 0.4
    elif kind == "long_day":
        w = 0.05 + ((h >= 8) & (h <= 23)) * 1.0
    else:  # flat
        w = np.ones(24)
    w = np.clip(w, 0.01, None).astype(float)
    return w / w.sum()


HOURS = {k: _hours(k) for k in ("human", "evening", "office", "long_day", "flat")}


@dataclass
class Acct:
    aid: str
    label: str
    cc: str
    tz: float
    tier: str
    channel: str
    created: datetime
    card: str | None
    email: str | None
    declared: str | None
    org: str | None
    surfaces: tuple[tuple[str, float], ...]
    clients: dict[str, list[str]]
    nets: list[tuple[wd.Network, float, float]]  # network, weight, days an address sticks
    text: Callable[[np.random.Generator, Acct, int], list[Turn]]
    timing: str = "sessions"
    hours: str = "human"
    p_active: float = 0.35
    weekend: float = 1.0
    rate: float = 1.0  # conversations per active day (median of a Poisson mean)
    gap: float = 90.0  # median seconds between turns
    model: str = "consumer"  # consumer | pinned | eval
    pin: str = wd.OLD_MODEL
    migrate_days: float = float("inf")
    move_hours: float = 3.0
    cap: int = 0  # requests per 5-hour window before 429s (0: none)
    keys: list[str] = field(default_factory=list)
    stateless: bool = False
    err: float = 0.012
    retention: float = 1.0
    state: dict[str, Any] = field(default_factory=dict)


class Ids:
    """Seeded, unique identifiers (nothing in an id tells a class apart)."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def new(self, prefix: str, nbytes: int = 6) -> str:
        while True:
            s = prefix + self.rng.bytes(nbytes).hex()
            if s not in self.seen:
                self.seen.add(s)
                return s


class Walk:
    """A campaign's work list: one permutation of a bank, consumed in order by whichever
    account asks next, so each account gets its own stretch and together they cover it."""

    def __init__(self, rng: np.random.Generator, items: tuple[str, ...], header: int = 0) -> None:
        self.items = items
        self.header = header
        self.rng = rng
        self.order = rng.permutation(len(items))
        self.i = 0

    def next(self) -> str:
        """The next item; once the bank is used up, later passes ask variants of it (fresh
        numbers, another constraint), as operators augment a bank rather than repeat it."""
        item = self.items[int(self.order[self.i % len(self.order)])]
        passes = self.i // len(self.order)
        self.i += 1
        if passes == 0:
            return item
        rng = self.rng
        head = ""
        if self.header:  # a grid cell: the coordinates stay, the payload varies
            parts = item.split("|", self.header)
            head, item = "|".join(parts[:-1]) + "|", parts[-1]
        item = _DIGITS.sub(lambda m: str(int(m.group()[:6]) + int(rng.integers(1, 12))), item)
        return f"{head}{item}\n\n{VARIANTS[(passes - 1) % len(VARIANTS)]}"


_DIGITS = re.compile(r"(?<![\d.,/:])\d{1,6}(?![\d.,/:]?\d)")  # whole numbers, not parts of 27,100
VARIANTS = (
    "Keep the answer under 200 words.",
    "Include a worked example.",
    "Explain it for a beginner.",
    "Give two different approaches.",
    "Point out a common mistake as well.",
    "Answer in a numbered list.",
    "Be rigorous and state your assumptions.",
    "End with a one-line summary.",
    "Use plain language, no jargon.",
    "Check the result at the end.",
    "Add a short table if it helps.",
    "Mention any edge cases.",
)


@dataclass
class Ctx:
    rng: np.random.Generator
    world: wd.World
    banks: tx.Banks
    ids: Ids
    walks: dict[str, Walk] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)

    def walk(self, name: str, items: tuple[str, ...], header: int = 0) -> Walk:
        if name not in self.walks:
            self.walks[name] = Walk(self.rng, items, header)
        return self.walks[name]


# --- common pieces ---------------------------------------------------------------------------


def _created(rng: np.random.Generator, lo: float, hi: float) -> datetime:
    """Sign-up `lo`-`hi` days before the window (log-uniform: many old, fewer new)."""
    d = float(np.exp(rng.uniform(np.log(max(lo, 0.1)), np.log(hi))))
    return wd.START - timedelta(days=d, seconds=int(rng.integers(0, 86400)))


def _mail(rng: np.random.Generator, cc: str) -> str | None:
    if rng.random() < 0.02:
        return None
    if cc in wd.LOCAL_MAIL and rng.random() < 0.35:
        return wd.LOCAL_MAIL[cc]
    return tx.pick(rng, wd.FREE_MAIL)


def _declared(rng: np.random.Generator, cc: str) -> str | None:
    return None if rng.random() < 0.03 else cc


def _home_nets(ctx: Ctx, cc: str, mobile: float = 0.25, sticky: float = 6.0) -> list:
    rng = ctx.rng
    home = ctx.world.home[cc][int(rng.integers(len(ctx.world.home[cc])))]
    mob = ctx.world.mobile[cc][int(rng.integers(len(ctx.world.mobile[cc])))]
    return [(home, 1 - mobile, sticky), (mob, mobile, 0.2)]


def _consumer_clients(rng: np.random.Generator) -> dict[str, list[str]]:
    b = [wd.browser(rng)]
    if rng.random() < 0.3:
        b.append(wd.browser(rng))
    return {"web": b, "app": [tx.pick(rng, wd.APPS)], "cli": [tx.pick(rng, wd.CLIS)]}


def _dev_clients(rng: np.random.Generator, n_sdk: int = 2) -> dict[str, list[str]]:
    sdks = list(rng.choice(wd.SDKS, size=n_sdk, replace=False))
    return {
        "web": [wd.browser(rng)],
        "app": [tx.pick(rng, wd.APPS)],
        "cli": [tx.pick(rng, wd.CLIS), tx.pick(rng, wd.IDE_PLUGINS)],
        "api": [str(s) for s in sdks],
    }


def _keys(ctx: Ctx, n: int) -> list[str]:
    return [ctx.ids.new("key_", 5) for _ in range(n)]


def _cloud(ctx: Ctx, k: int = 1, near: str | None = None) -> list[wd.Network]:
    rng = ctx.rng
    clouds = ctx.world.cloud
    idx = list(rng.choice(len(clouds), size=k, replace=False))
    if near is not None:
        local = [i for i, c in enumerate(clouds) if c.country == near]
        if local:
            idx[0] = local[0]
    return [clouds[int(i)] for i in idx]


def _lang_line(rng: np.random.Generator, cc: str, own: float = 0.45) -> str:
    lang = tx.LANG_OF_COUNTRY.get(cc)
    if lang and rng.random() < own:
        return tx.pick(rng, tx.EVERYDAY[lang])
    return tx.pick(rng, tx.EVERYDAY["en"])


def _card(ctx: Ctx) -> str:
    return ctx.ids.new("pf_", 8)


def _pinned(a: Acct, rng: np.random.Generator) -> None:
    """API traffic chooses its model: half keep their pin for the whole window."""
    a.model = "pinned"
    a.pin = str(rng.choice([wd.OLD_MODEL, wd.OLD_MINI, wd.OLDEST], p=[0.6, 0.28, 0.12]))
    a.migrate_days = float(rng.uniform(0.5, 20)) if rng.random() < 0.5 else float("inf")


# --- text sources ---------------------------------------------------------------------------


def _with_follow_ups(
    rng: np.random.Generator, first: str, n: int, out: float, system: str | None = None
) -> list[Turn]:
    turns: list[Turn] = [(first, system, 0, False, out)]
    for _ in range(n - 1):
        turns.append((tx.pick(rng, tx.FOLLOW_UPS), system, 0, False, out * 0.7))
    return turns


def _n_turns(rng: np.random.Generator, mean: float) -> int:
    return int(min(1 + rng.geometric(1 / max(mean, 1.0)) - 1, 14)) or 1


def text_consumer(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Everyday people: chores, messages, homework, a little code; own language often."""
    b: tx.Banks = a.state["banks"]
    r = rng.random()
    if r < 0.5:
        first = _lang_line(rng, a.cc)
        out = 260.0
    elif r < 0.72:
        first = tx.pick(rng, tx.PLAIN_FRAMES).format(q=tx.pick(rng, b.general))
        out = 450.0
    elif r < 0.85:
        first = tx.pick(rng, tx.REASONING_FRAMES).format(q=tx.pick(rng, b.math))
        out = 380.0
    elif r < 0.93:
        first = tx.pick(rng, tx.WORK_LINES)
        out = 400.0
    else:
        first = tx.pick(rng, tx.PLAIN_FRAMES).format(q=tx.pick(rng, b.code))
        out = 700.0
    return _with_follow_ups(rng, first, _n_turns(rng, a.state.get("turns", 2.4)), out)


def text_power(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Heavy personal users: work, code, study with reasoning asks, long threads."""
    b: tx.Banks = a.state["banks"]
    r = rng.random()
    if r < 0.1:
        first, out = tx.pick(rng, tx.WORK_LINES), 500.0
    elif r < 0.3:
        first, out = tx.pick(rng, b.tools), 350.0
    elif r < 0.55:
        first, out = tx.pick(rng, tx.PLAIN_FRAMES).format(q=tx.pick(rng, b.code)), 800.0
    elif r < 0.7:
        frame = tx.REASONING_FRAMES if rng.random() < 0.5 else tx.PLAIN_FRAMES
        first, out = tx.pick(rng, frame).format(q=tx.pick(rng, b.general)), 650.0
    elif r < 0.8:
        first, out = tx.pick(rng, tx.REASONING_FRAMES).format(q=tx.pick(rng, b.math)), 450.0
    elif r < 0.9:
        first, out = tx.pick(rng, tx.PLAIN_FRAMES).format(q=tx.pick(rng, b.passages)), 400.0
    else:
        first, out = _lang_line(rng, a.cc, 0.3), 300.0
    return _with_follow_ups(rng, first, _n_turns(rng, a.state.get("turns", 3.5)), out)


def text_api_app(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """A product's end users behind one system prompt (support widget, tutor, shop assistant)."""
    b: tx.Banks = a.state["banks"]
    sys_p = a.state["system"]
    r = rng.random()
    if r < 0.45:
        first = _lang_line(rng, a.state["market"], 0.5)
    elif r < 0.65:
        first = tx.customer_message(rng, a.state["brand"])
    elif r < 0.8:
        first = tx.pick(rng, b.tools)
    else:
        first = tx.pick(rng, b.general)
    tools = a.state["tools"]
    turns = _with_follow_ups(rng, first, _n_turns(rng, 2.0), 220.0, sys_p)
    return [(p, s, tools, False, o) for p, s, _t, _i, o in turns]


def text_reseller(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    b: tx.Banks = a.state["banks"]
    r = rng.random()
    if r < 0.45:
        first = _lang_line(rng, a.cc, 0.6)
    elif r < 0.7:
        first = tx.pick(rng, tx.WORK_LINES)
    elif r < 0.85:
        first = tx.pick(rng, b.code)
    else:
        first = tx.pick(rng, tx.REASONING_FRAMES).format(q=tx.pick(rng, b.general))
    return _with_follow_ups(rng, first, _n_turns(rng, 2.0), 420.0, a.state.get("system"))


def text_student(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Students: the week's assignment (the same text for a whole course) and their own asks."""
    b: tx.Banks = a.state["banks"]
    if rng.random() < 0.4:
        week = min(k // max(a.state["per_week"], 1), 3)
        first = a.state["assignments"][week]
    elif rng.random() < 0.5:
        first = tx.pick(rng, tx.REASONING_FRAMES).format(q=tx.pick(rng, b.math))
    else:
        first = _lang_line(rng, a.cc, 0.4)
    return _with_follow_ups(rng, first, _n_turns(rng, 3.0), 420.0)


def text_eval(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """An evaluation harness: the same fixed suite on every run, one item per request."""
    suite = a.state["suite"]
    item = suite[k % len(suite)]
    return [(a.state["template"].format(q=item), a.state["system"], 0, False, 500.0)]


def text_ci(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """A coding agent in CI: task, then tool observations fed back, context growing."""
    b: tx.Banks = a.state["banks"]
    task = tx.pick(rng, tx.WORK_LINES) if rng.random() < 0.5 else tx.pick(rng, b.code)
    tools = a.state["tools"]
    n = int(rng.integers(5, 15))
    turns: list[Turn] = [(f"Task: {task}", a.state["system"], tools, False, 300.0)]
    for i in range(n - 1):
        obs = tx.pick(
            rng,
            (
                "Tool result (run_tests): 41 passed, 2 failed: test_parse_empty, test_unicode",
                "Tool result (read_file): 214 lines returned",
                "Tool result (grep): 6 matches in src/",
                "Tool result (apply_patch): ok",
                "Tool result (run_tests): all 43 passed",
                "Tool result (shell): exit code 1, ModuleNotFoundError: No module named 'yaml'",
            ),
        )
        turns.append((f"{obs} [step {i + 2}]", a.state["system"], tools, False, 260.0))
    return turns


def text_automation(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """One wrapper prompt filled with today's data, sent on the account's schedule."""
    fill = tx.pick(rng, tx.EVERYDAY["en"]) if rng.random() < 0.3 else str(rng.integers(1, 999))
    return [(a.state["wrapper"].format(x=fill), a.state.get("system"), 0, False, 240.0)]


# --- campaigns and twins ----------------------------------------------------------------------


def text_migration(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Twin: a team porting its own code base (one language pair, its own module names, the
    same files again after edits)."""
    proj = a.state["project"]
    src, dst, tag = proj["pair"]
    if a.state["recent"] and rng.random() < 0.3:
        name = tx.pick(rng, a.state["recent"])
    else:
        name = tx.pick(rng, proj["functions"])
        a.state["recent"] = ([*a.state["recent"], name])[-6:]
    code = tx.code_body(rng, name, proj["args"][name], int(rng.integers(3, 9)))
    first = tx.pick(rng, tx.PORT_FRAMES).format(src=src, dst=dst, src_tag=tag, code=code)
    return _port_turns(rng, a, first, dst)


def text_code_port(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Campaign: a walk of a task x language-pair grid (algorithm reference code and corpus
    coding tasks), each cell once across the campaign."""
    item = a.state["walk"].next()
    src, dst, tag = tx.LANG_PAIRS[int(item.split("|", 2)[0])]
    kind, payload = item.split("|", 2)[1:]
    if kind == "algo":
        name, _, extra = payload.partition("\n\n")
        args = tuple(tx.pick(rng, ("items", "n", "graph", "key", "data", "k")) for _ in range(2))
        code = tx.code_body(rng, name, tuple(dict.fromkeys(args)), int(rng.integers(3, 9)))
        first = tx.pick(rng, tx.PORT_FRAMES).format(src=src, dst=dst, src_tag=tag, code=code)
        first = f"{first}\n{extra}" if extra else first
    else:
        first = f"{payload}\n\nWrite it in {src} first, then port it to {dst}."
    return _port_turns(rng, a, first, dst)


def _port_turns(rng: np.random.Generator, a: Acct, first: str, dst: str) -> list[Turn]:
    tools = a.state.get("tools", 0) if rng.random() < 0.5 else 0
    turns: list[Turn] = [(first, a.state.get("system"), tools, False, 900.0)]
    for _ in range(_n_turns(rng, 2.3) - 1):
        turns.append((tx.pick(rng, tx.PORT_FOLLOW_UPS).format(dst=dst), None, tools, False, 600))
    return turns


def text_cap_hitter(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Twin: a heavy web subscriber writing their own things, study and code, many threads."""
    return text_power(rng, a, k)


def text_session_pool(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Campaign: pooled web sessions walking the banks, reasoning asks, some everyday cover."""
    if rng.random() < 0.25:
        return text_power(rng, a, k)
    q = a.state["walk"].next()
    frame = tx.REASONING_FRAMES if rng.random() < 0.6 else tx.PLAIN_FRAMES
    first = tx.pick(rng, frame).format(q=q)
    return _with_follow_ups(rng, first, _n_turns(rng, a.state.get("turns", 3.0)), 560.0)


def text_doc_analyst(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Twin: analysts asking about their own reports (a colleague's now and then)."""
    pool = a.state["docs"]
    if rng.random() < 0.25 and a.state["org_docs"]:
        doc = tx.pick(rng, a.state["org_docs"])
    else:
        doc = tx.document(rng, a.state["title"](rng), a.state["names"], int(rng.integers(3, 7)))
        pool.append(doc)
        if a.state["org_docs"] is not None and rng.random() < 0.3:
            a.state["org_docs"].append(doc)
    return _doc_turns(rng, a, doc)


def text_doc_fanout(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Campaign: one public-document bank, each document questioned by several accounts with
    different question sets (a fan-out across accounts)."""
    doc = a.state["walk"].next()
    return _doc_turns(rng, a, doc)


def _doc_turns(rng: np.random.Generator, a: Acct, doc: str) -> list[Turn]:
    first = tx.pick(rng, tx.DOC_OPENERS).format(doc=doc)
    turns: list[Turn] = [(first, None, 0, False, 420.0)]
    for _ in range(int(rng.integers(1, 7))):
        q = tx.pick(rng, tx.DOC_QUESTIONS).format(
            n=int(rng.integers(1, 5)), lang=tx.pick(rng, tx.DOC_LANGS)
        )
        turns.append((q, None, 0, False, 380.0))
    return turns


def text_batch_customer(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Twin: batch jobs over the customer's own messages, or the same eval suite each run."""
    if a.state["kind"] == "suite":
        return text_eval(rng, a, k)
    msg = " ".join(tx.customer_message(rng, a.state["brand"]) for _ in range(rng.integers(3, 9)))
    return [(msg, a.state["system"], 0, False, a.state["out"])]


def text_batch_window(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Campaign: batch requests walking the whole bank once, under answer-format prompts."""
    seen = a.state.setdefault("sent", [])
    if seen and rng.random() < 0.25:
        q = tx.pick(rng, seen)  # re-sampled for best-of-n / agreement filtering
    else:
        q = a.state["walk"].next()
        seen.append(q)
    return [(a.state["template"].format(q=q), a.state["system"], 0, False, 330.0)]


def text_copy_agency(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Twin: an agency rewriting its clients' copy (the same brands and products all month)."""
    brand, product = a.state["clients"][int(rng.integers(len(a.state["clients"])))]
    return _style_turns(rng, a, tx.brand_copy(rng, brand, product))


def text_style_grid(rng: np.random.Generator, a: Acct, k: int) -> list[Turn]:
    """Campaign: corpus passages x tone x audience x length, each cell once."""
    item = a.state["walk"].next()
    t, au, ln, text = item.split("|", 3)
    frame = tx.pick(rng, tx.STYLE_FRAMES)
    first = frame.format(
        aud=tx.AUDIENCES[int(au)], tone=tx.TONES[int(t)], len=tx.LENGTHS[int(ln)], text=text
    )
    return [(first, None, 0, False, 260.0)] + [
        (tx.pick(rng, ("shorter please", "make it less formal", "another version?")), None, 0,
         False, 200.0)
        for _ in range(_n_turns(rng, 1.6) - 1)
    ]  # fmt: skip


def _style_turns(rng: np.random.Generator, a: Acct, text: str) -> list[Turn]:
    frame = tx.pick(rng, tx.STYLE_FRAMES)
    first = frame.format(
        aud=tx.pick(rng, tx.AUDIENCES),
        tone=tx.pick(rng, tx.TONES),
        len=tx.pick(rng, tx.LENGTHS),
        text=text,
    )
    return [(first, None, 0, False, 260.0)] + [
        (tx.pick(rng, ("shorter please", "make it less formal", "another version?")), None, 0,
         False, 200.0)
        for _ in range(_n_turns(rng, 1.6) - 1)
    ]  # fmt: skip
