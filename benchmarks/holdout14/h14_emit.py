"""Turns one class row of hold-out 14 into accounts and their exchanges.

Every class goes through the same code; the only differences between a campaign and its twin are
the fields of their rows (h14_world.py).
"""

from __future__ import annotations

import math

import h14_text as T
import numpy as np
from h14_state import HOURS, World, hexid, models_at, pick, ver
from h14_world import CONSUMER_MAIL, COUNTRIES, DAYS, MODELS_OLD, POOLS, Klass

_CUTS: dict[tuple[str, int], str] = {}  # shared slices keep memory to one copy per cut
# Output length is set by what is asked more than by how it is framed: a median per bank, a mild
# factor per frame, and a per-account verbosity (max_tokens, model settings, follow-up habits).
OUT_BANK = {
    "code": 520,
    "math": 340,
    "writing": 480,
    "general": 360,
    "tools": 160,
    "everyday": 330,
    "template": 110,
}
OUT_FRAME = {"plain": 1.0, "casual": 0.95, "reason": 1.2, "full": 1.3, "json": 0.75, "eval": 0.9}


class Cols:
    """The exchanges table as growing column lists."""

    NAMES = (
        "exchange_id",
        "ts",
        "account_id",
        "api_key_id",
        "conversation_id",
        "surface",
        "model",
        "ip",
        "country",
        "user_agent",
        "prompt",
        "system_prompt",
        "response",
        "input_tokens",
        "output_tokens",
        "tool_count",
        "has_image",
        "status",
        "incognito",
        "safety_flagged",
        "feedback",
    )

    def __init__(self) -> None:
        self.c: dict[str, list] = {n: [] for n in self.NAMES}

    def add(self, *vals: object) -> None:
        for n, v in zip(self.NAMES, vals, strict=True):
            self.c[n].append(v)


class AccountGen:
    """Draws one account and emits its exchanges."""

    def __init__(self, w: World, k: Klass, ci: int, ai: int, walk: list[tuple[str, int]]):
        self.w, self.k, self.walk_list = w, k, walk
        rng = self.rng = np.random.default_rng([w.seed, 23, ci, ai])
        self.ai = ai
        self.account_id = hexid(rng, "acc_", 14)
        pool = POOLS.get(k.pool)
        self.org = w.orgs[k.pool][int(rng.integers(0, len(w.orgs[k.pool])))] if pool else None
        if self.org:
            self.country = (
                self.org.country if rng.random() < 0.85 else str(rng.choice(pool.countries))
            )  # type: ignore[union-attr]
        elif k.countries:
            self.country = pick(rng, k.countries)
        else:
            names = list(COUNTRIES)
            wts = np.asarray([COUNTRIES[c][2] for c in names])
            self.country = names[int(rng.choice(len(names), p=wts / wts.sum()))]
        self.tz = COUNTRIES[self.country][0] + (
            0.5 * int(rng.integers(-1, 2)) if rng.random() < 0.1 else 0
        )
        self.lang = COUNTRIES[self.country][1]
        self.tier = pick(rng, k.tiers)
        age = float(np.exp(np.log(k.age_days[0]) + k.age_days[1] * rng.normal()))
        self.start = k.span[0] * DAYS
        self.end = k.span[1] * DAYS
        if rng.random() < k.late_start:
            self.start = float(rng.uniform(0.15, 0.75)) * DAYS
        if rng.random() < 0.1 and not k.late_start:  # new sign-ups inside the window
            self.start = float(rng.uniform(0, 0.7)) * DAYS
            age = -self.start + float(rng.uniform(0, 0.3))
        self.created_days = -max(age, -self.start)
        conc = 4.0 / max(k.p_active[1], 0.05)
        self.p = float(rng.beta(k.p_active[0] * conc, (1 - k.p_active[0]) * conc))
        self.daily = float(np.exp(np.log(k.daily[0]) + k.daily[1] * rng.normal()))
        self.rhythm = pick(rng, k.rhythm)
        self.surf = self._mix(k.surfaces)
        self.nets = self._mix(k.nets)
        self.clients = {s: self._clients(s) for s, _ in k.surfaces}
        self.keys = [
            hexid(rng, "key_", 12) for _ in range(int(rng.integers(k.keys[0], k.keys[1] + 1)))
        ]
        self.retain = rng.random() < k.retention
        self.verbose = float(np.exp(0.4 * rng.normal()))
        self.side = float(rng.beta(3 * k.side, 3 * (1 - k.side))) if k.side else 0.0
        self.seen: set[tuple[str, int]] = set()  # a person seldom asks the same thing twice
        self.walk_pos = int(ai * 97 + rng.integers(0, 50))
        self.pin = str(rng.choice(MODELS_OLD, p=[0.1, 0.7, 0.2]))
        self.adopt_after = float(rng.exponential(5 * 24)) if rng.random() < 0.5 else math.inf
        self.lag = float(rng.exponential(4.0))
        c = self.country
        self.home = w.net.home[c][int(rng.integers(0, 3))]
        self.home_off = int(rng.integers(0, 1 << 14))
        self.mobile = w.net.mobile[c][int(rng.integers(0, 2))]
        self.office = (
            self.org.office
            if self.org
            else w.net.office_free[c][int(rng.integers(0, len(w.net.office_free[c])))]
        )
        self.clouds = [w.net.cloud[int(i)] for i in rng.integers(0, len(w.net.cloud), size=2)]
        self.cloud_hosts = [int(x) for x in rng.integers(0, 256, size=3)]
        self.vpns = [w.net.vpn[int(i)] for i in rng.integers(0, len(w.net.vpn), size=2)]
        self.suite_key = self.org.org_id if self.org else self.account_id

    def _mix(self, pairs: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
        w = np.asarray([p[1] for p in pairs], dtype=float)
        d = self.rng.dirichlet(w / w.sum() * 6 + 0.05)
        return tuple((p[0], float(x)) for p, x in zip(pairs, d, strict=True))

    def _clients(self, surface: str) -> list[str]:
        rng = self.rng
        if surface == "web":
            return [
                ver(rng, T.BROWSERS[int(rng.integers(0, len(T.BROWSERS)))])
                for _ in range(int(rng.integers(1, 3)))
            ]
        if surface == "app":
            return [ver(rng, T.APPS[int(rng.integers(0, len(T.APPS)))])]
        if surface == "cli":
            return [ver(rng, T.CLIS[int(rng.integers(0, len(T.CLIS)))])]
        fam = {
            "eval": T.EVAL_CLIENTS,
            "relay": T.RELAY_CLIENTS,
            "subtitle": T.SUBTITLE_CLIENTS,
            "discovery": T.DISCOVERY_CLIENTS,
        }.get(self.k.api_clients, T.SDKS)
        return [
            ver(rng, fam[int(rng.integers(0, len(fam)))]) for _ in range(int(rng.integers(1, 3)))
        ]

    # ---- the account row --------------------------------------------------------------
    def account_row(self) -> tuple:
        rng, k = self.rng, self.k
        pool = POOLS.get(k.pool)
        channel = pool.channel if pool else k.channel
        if self.tier == "api" and not pool and rng.random() < 0.7:
            channel = "api_console"
        card: str | None
        if self.org:
            card = self.org.card
        elif self.tier == "free" and rng.random() < 0.8 or rng.random() < k.card_none:
            card = None
        else:
            card = hexid(rng, "pm_")
        if self.org and rng.random() < 0.95:
            mail: str | None = self.org.domain
        else:
            mail = CONSUMER_MAIL[int(rng.integers(0, len(CONSUMER_MAIL)))]
        if rng.random() < 0.02:
            mail = None
        declared: str | None = self.country if rng.random() > 0.03 else None
        return (
            self.account_id,
            self.created_days,
            self.tier,
            channel,
            card,
            mail,
            declared,
            self.org.org_id if self.org else None,
        )

    # ---- exchanges --------------------------------------------------------------------
    def ip_for(self, kind: str, hour: float) -> tuple[str, str]:
        rng = self.rng
        if kind == "home":
            return self.home.addr(self.home_off * 7 + int(hour // 144) * 131), self.home.country
        if kind == "mobile":
            return self.mobile.addr(int(rng.integers(0, self.mobile.size))), self.mobile.country
        if kind in ("office", "campus"):
            return self.office.addr(int(rng.integers(0, 3))), self.office.country
        if kind == "cloud":
            b = self.clouds[int(rng.integers(0, 2))]
            return b.addr(
                self.cloud_hosts[int(rng.integers(0, 3))] + int(rng.integers(0, 2))
            ), b.country
        if kind == "vpn":
            b = self.vpns[int(rng.integers(0, 2))]
            return b.addr(int(rng.integers(0, b.size))), b.country
        if kind == "relay":
            b = self.w.net.relay[int(rng.integers(0, len(self.w.net.relay)))]
            return b.addr(int(rng.integers(0, b.size))), b.country
        b = self.w.net.platform
        return b.addr(int(rng.integers(0, b.size))), b.country

    def model_for(self, surface: str, hour: float, pinned: bool) -> str:
        big, small = models_at(hour - self.lag)
        if pinned or surface == "api":
            m = self.pin
            if hour > self.w.now_release[0][1] + self.adopt_after and m == "heron-3.5":
                m = "heron-4"
            if hour > self.w.now_release[1][1] + self.adopt_after and m == "heron-3.5-mini":
                m = "heron-4-mini"
            return m
        return small if self.rng.random() < 0.2 else big

    def draw(self, mode: str, surface: str) -> tuple[str, str, int, str, str]:
        """(prompt, follow-up, tools, answer, frame kind) for a new conversation."""
        rng, k, w = self.rng, self.k, self.w
        if mode == "popular":
            if rng.random() < k.everyday:
                lang = self.lang if rng.random() < 0.75 else "en"
                lines = T.EVERYDAY[lang]
                return lines[int(rng.integers(0, len(lines)))], "", 0, "", "casual/everyday"
            for _ in range(4):
                bank, i = w.bank_item(rng, k, popular=True)
                if (bank, i) not in self.seen:
                    break
            self.seen.add((bank, i))
        elif mode == "suite":
            s = w.suite(self.suite_key, k)
            bank, i = s[self.walk_pos % len(s)]
            self.walk_pos += 1
        elif mode in ("walk", "tutor"):
            wl = self.walk_list
            bank, i = wl[self.walk_pos % len(wl)]
            self.walk_pos += 1
        else:
            return self.template(mode), "", 0, "", "plain/template"
        it = w.banks[bank][i]
        frame = pick(rng, k.frames)
        choices = T.FRAMES[frame]
        q = it.text
        if mode == "tutor":
            q = f"Write a worked solution for {T.TUTOR_GRADES[int(rng.integers(0, 5))]}: {q}"
        text = choices[int(rng.integers(0, len(choices)))].format(q=q, n=int(rng.integers(1, 5000)))
        tools = it.tools if (bank == "tools" and surface in ("api", "cli")) else 0
        return text, it.follow, tools, it.answer, f"{frame}/{bank}"

    def template(self, mode: str) -> str:
        rng = self.rng
        r = lambda n: int(rng.integers(0, n))  # noqa: E731
        if mode == "subtitle":
            lines = [T.SUBTITLE_LINES[r(len(T.SUBTITLE_LINES))] for _ in range(1 + r(3))]
            cues = "\n".join(
                f"{n + 1}\n00:{r(60):02d}:{r(60):02d},{r(1000):03d} --> 00:{r(60):02d}:"
                f"{r(60):02d},{r(1000):03d}\n{ln}"
                for n, ln in enumerate(lines)
            )
            return f"Translate into {T.SUBTITLE_LANGS[r(len(T.SUBTITLE_LANGS))]}:\n{cues}"
        if mode == "discovery":
            return (
                f"Request no. {1 + r(40)} (topic: {T.DISCOVERY_TOPICS[r(7)]}).\n"
                f"From: {T.DISCOVERY_NAMES[r(8)]}\nTo: {T.DISCOVERY_NAMES[r(8)]}\n"
                f"Date: 20{22 + r(4)}-{1 + r(12):02d}-{1 + r(28):02d}\n"
                f"Subject: {T.DISCOVERY_SUBJECTS[r(8)]}\n\n"
                + " ".join(T.EVERYDAY["en"][r(12)] for _ in range(2 + r(4)))
                + "\n\nResponsive, not responsive or privileged? One line why."
            )
        lines = " ".join(T.NOTICE_LINES[r(len(T.NOTICE_LINES))] for _ in range(1 + r(3)))
        return f"Translate this notice into {T.NOTICE_LANGS[r(len(T.NOTICE_LANGS))]}: {lines}"

    def emit(self, out: Cols) -> int:
        rng, k = self.rng, self.k
        n = 0
        start, end = int(self.start), int(math.ceil(self.end))
        surf_names = [s for s, _ in self.surf]
        surf_w = np.asarray([x for _, x in self.surf])
        net_names = [s for s, _ in self.nets]
        net_w = np.asarray([x for _, x in self.nets])
        hours = HOURS[self.rhythm]
        sys_list = T.SYSTEM_PROMPTS.get(k.system, ())
        acct_sys = sys_list[int(rng.integers(0, len(sys_list)))] if sys_list else None
        for day in range(max(start, 0), min(end, DAYS)):
            weekend = (day % 7) >= 5
            p = self.p * (min(1.0, k.weekend) if weekend else 1.0)
            if rng.random() >= p:
                continue
            vol = self.daily * (k.weekend if weekend and k.weekend > 1 else 1.0)
            todo = int(rng.poisson(vol)) + 1
            while todo > 0:
                turns = min(todo, int(rng.geometric(1.0 / k.conv)))
                todo -= turns
                hour = day * 24 + int(rng.choice(24, p=hours)) - self.tz + rng.random()
                n += self.conversation(
                    out, hour, turns, surf_names, surf_w, net_names, net_w, acct_sys
                )
        return n

    def conversation(
        self,
        out: Cols,
        hour: float,
        turns: int,
        surf_names: list[str],
        surf_w: np.ndarray,
        net_names: list[str],
        net_w: np.ndarray,
        acct_sys: str | None,
    ) -> int:
        rng, k = self.rng, self.k
        surface = surf_names[int(rng.choice(len(surf_names), p=surf_w))]
        netk = net_names[int(rng.choice(len(net_names), p=net_w))]
        if (
            k.nets[0][0] == "home"
            and surface == "api"
            and "cloud" in net_names
            and "api_on_cloud" in k.tags
            and rng.random() < 0.7
        ):
            netk = "cloud"
        mode = k.draw
        if mode == "walk" and rng.random() < k.cover:
            mode = k.cover_draw
        if mode != "walk" and rng.random() < self.side:
            mode = "popular"
        if "walk_on_api" in k.tags and surface != "api":
            mode = "popular"
        conv_id = hexid(rng, "cv_", 14)
        key = self.keys[int(rng.integers(0, len(self.keys)))] if surface in ("api", "cli") else None
        ua_list = self.clients[surface]
        ua = ua_list[int(rng.integers(0, len(ua_list)))]
        system = acct_sys if (acct_sys and rng.random() < k.sys_share) else None
        pinned = k.models == "pin"
        t = hour * 3600.0
        history = 0
        prompt, follow, tools, answer, frame = self.draw(mode, surface)
        n = 0
        for turn in range(turns):
            if turn:
                t += float(np.exp(np.log(k.pace) + 0.7 * rng.normal())) + 5
                if follow and turn == 1:
                    prompt = follow
                elif mode in ("subtitle", "discovery", "gov") or rng.random() < 0.3:
                    prompt, follow, tools, answer, frame = self.draw(mode, surface)
                    history = 0
                else:
                    prompt = T.FOLLOWUPS[int(rng.integers(0, len(T.FOLLOWUPS)))]
                    answer = ""
            fan = 1
            if k.models == "fan":
                fan = int(rng.integers(k.fan[0], k.fan[1] + 1))
            models = self._fan_models(surface, t / 3600.0, fan, pinned)
            ip, net_country = self.ip_for(netk, t / 3600.0)
            for m in models:
                n += self.one(
                    out,
                    t,
                    m,
                    surface,
                    key,
                    conv_id,
                    ip,
                    net_country,
                    ua,
                    prompt,
                    system,
                    answer,
                    tools,
                    frame,
                    history,
                )
                t += float(rng.uniform(0.3, 6.0))
            history += len(prompt) // 4 + 300
        return n

    def _fan_models(self, surface: str, hour: float, fan: int, pinned: bool) -> list[str]:
        if fan <= 1:
            return [self.model_for(surface, hour, pinned)]
        big, small = models_at(hour)
        avail = [big, small, "heron-3.5" if big != "heron-3.5" else "heron-3"]
        idx = self.rng.permutation(len(avail))[:fan]
        return [avail[int(i)] for i in idx]

    def one(
        self,
        out: Cols,
        t: float,
        model: str,
        surface: str,
        key: str | None,
        conv: str,
        ip: str,
        net_country: str,
        ua: str,
        prompt: str,
        system: str | None,
        answer: str,
        tools: int,
        frame: str,
        history: int,
    ) -> int:
        rng, k = self.rng, self.k
        n = 0
        while True:
            u = rng.random()
            status = 429 if u < 0.012 else 500 if u < 0.016 else 400 if u < 0.018 else 200
            fr, _, bank = frame.partition("/")
            med = OUT_BANK.get(bank, 330) * OUT_FRAME.get(fr, 1.0) * k.out_scale * self.verbose
            otok = int(np.exp(np.log(med) + 0.6 * rng.normal())) if status == 200 else 0
            itok = min(32000, len(prompt) // 4 + (len(system) // 4 if system else 0) + history + 3)
            if status == 200 and self.retain:
                base = answer or T.GENERIC_ANSWERS[int(rng.integers(0, len(T.GENERIC_ANSWERS)))]
                cut = max(100, otok * 4 // 100 * 100)
                resp: str | None = _CUTS.get((base, cut))
                if resp is None:
                    text = base
                    while len(text) < cut:
                        text += "\n\n" + T.GENERIC_ANSWERS[len(text) % len(T.GENERIC_ANSWERS)]
                    resp = _CUTS[(base, cut)] = text[:cut]
            else:
                resp = None
            country: str | None = net_country
            v = rng.random()
            if v < 0.015:
                country = None
            elif v < 0.02:
                country = "US" if net_country != "US" else "MX"
            out.add(
                hexid(rng, "ex_", 20),
                t,
                self.account_id,
                key,
                conv,
                surface,
                model,
                ip,
                country,
                ua if rng.random() > 0.02 else None,
                prompt,
                system,
                resp,
                itok,
                otok,
                tools,
                surface == "app" and rng.random() < 0.02,
                status,
                surface in ("web", "app") and rng.random() < 0.03,
                rng.random() < 0.003,
                rng.random() < 0.01,
            )
            n += 1
            if status in (429, 500) and rng.random() < 0.8:
                t += float(rng.uniform(1, 40))
                continue
            return n
