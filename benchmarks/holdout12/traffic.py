"""Hold-out 12 traffic world: write contract tables and labels for a judge of the distillation detector.

python benchmarks/holdout12/traffic.py --out DIR --seed N [--scale F] [--corpora /work/shared/corpora]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h12_clock import DAY_US, DAYS, START_US, stream_times  # noqa: E402
from h12_net import Networks  # noqa: E402
from h12_text import FRAMES, SYSTEM_PROMPTS, USER_AGENTS, Bank, CorporaError, load_banks  # noqa: E402
from h12_world import CLASSES, RESTRICTED, TZ, WORLD, ClassSpec, Stream  # noqa: E402

RELEASES = (("fennel-2.5", 8 * 24 + 15.2), ("fennel-2.5-mini", 18 * 24 + 17.6))  # hours from START
OLD_MODELS = (
    ("fennel-1.5", -400 * 24.0),
    ("fennel-2", -150 * 24.0),
    ("fennel-2-mini", -120 * 24.0),
)
OPERATOR_TZ = {"lumen": 8.0, "quiver": 2.0, "fathom": 3.0}
BANK_ORDER = ("math", "code", "writing", "hard", "tasks", "tools", "chat", "image", "digest")
OUT_BASE = {
    "math": 260,
    "code": 750,
    "writing": 600,
    "hard": 650,
    "tasks": 160,
    "tools": 110,
    "chat": 170,
    "image": 110,
    "digest": 90,
}
CONSUMER_MAIL = {
    "gmail.com": 45,
    "outlook.com": 12,
    "yahoo.com": 8,
    "icloud.com": 8,
    "hotmail.com": 5,
    "proton.me": 3,
    "gmx.de": 2,
    "qq.com": 1,
    "mail.ru": 1,
    "yandex.ru": 1,
}


class UsageError(ValueError):
    """Bad command-line input; reported as one line on stderr."""


def _pick(
    rng: np.random.Generator, weights: dict[str, float], size: int | None = None
) -> np.ndarray:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=size, p=p / p.sum())]


@dataclass
class Account:
    """Per-account facts the streams need."""

    label: str
    declared: str
    tz: float
    addrs: dict[str, list[tuple[str, str]]]
    uas: dict[str, list[str]]
    keys: list[int]
    model_pref: str
    adopt_h: float
    tools: int
    org_name: str


class World:
    """Builds every class into columnar arrays (one list per column) with one generator per class."""

    def __init__(self, banks: dict[str, Bank], seed: int, scale: float) -> None:
        self.banks = banks
        self.seed = seed
        self.scale = scale
        self.root = np.random.default_rng([seed, 0])
        self.net = Networks(self.root, n_resellers=2)
        self.ex: dict[str, list[np.ndarray]] = {
            k: []
            for k in (
                "acct",
                "ts",
                "surface",
                "bank",
                "item",
                "frame_pool",
                "frame",
                "sys",
                "ua",
                "ip",
                "country",
                "key",
                "session",
                "image",
                "out_scale",
                "retain",
                "tools",
            )
        }
        self.accounts: list[dict[str, object]] = []
        self.acct_info: list[Account] = []
        self.frame_pools = list(FRAMES)
        self.sys_texts: list[str] = []
        self.ua_texts: list[str] = []
        self.ip_texts: list[str] = []
        self._text_index: dict[tuple[str, str], int] = {}
        self.session_counter = 0
        self._groups: dict[str, list[dict[str, object]]] = {}
        self._popular = {
            b: self.root.permutation(len(self.banks[b].items))[:40] for b in BANK_ORDER
        }

    # ---- interning of repeated strings -------------------------------------------------------
    def _intern(self, kind: str, text: str) -> int:
        key = (kind, text)
        idx = self._text_index.get(key)
        if idx is None:
            store = {"sys": self.sys_texts, "ua": self.ua_texts, "ip": self.ip_texts}[kind]
            idx = len(store)
            store.append(text)
            self._text_index[key] = idx
        return idx

    # ---- groups shared across classes (universities, resellers) or owned by one (tenants) -------
    def _group(self, spec: ClassSpec, rng: np.random.Generator, g: int) -> dict[str, object]:
        key = (
            spec.group if spec.group in ("university", "reseller") else f"{spec.label}:{spec.group}"
        )
        pool = self._groups.setdefault(key, [])
        while len(pool) <= g:
            i = len(pool)
            if spec.group == "university":
                country = str(
                    _pick(
                        self.root,
                        {"US": 5, "GB": 3, "DE": 2, "CA": 2, "AU": 1, "NL": 1, "SG": 1, "IN": 2},
                    )
                )
                pool.append(
                    {
                        "country": country,
                        "domain": f"uni{int(self.root.integers(100, 999))}{i}.edu",
                        "org": None,
                        "card": None,
                        "addrs": self.net.campus(country, 64000 + i),
                    }
                )
            elif spec.group == "reseller":
                pool.append(
                    {
                        "country": "SG",
                        "domain": None,
                        "org": f"org-reseller-{i}",
                        "card": f"card-rs{int(self.root.integers(1 << 30)):08x}",
                        "addrs": [ip for block in self.net.reseller[i] for ip in block],
                    }
                )
            else:
                country = str(_pick(rng, spec.countries))
                partner = self._groups.setdefault(
                    "partner_card", [{"card": f"card-pt{int(self.root.integers(1 << 30)):08x}"}]
                )
                name = f"t{int(rng.integers(1 << 24)):06x}"
                pool.append(
                    {
                        "country": country,
                        "domain": f"{name}-corp.com",
                        "org": f"org-{name}",
                        "card": partner[0]["card"],
                        "addrs": self.net.office(country, 50000 + len(pool)),
                    }
                )
        return pool[g]

    # ---- accounts --------------------------------------------------------------------------
    def build_class(self, ci: int, spec: ClassSpec) -> None:
        rng = np.random.default_rng([self.seed, ci + 1])
        n = max(2, round(spec.n * self.scale))
        first = len(self.acct_info)
        card_ids: list[str | None] = []
        card_left = 0
        card = ""
        for _ in range(n):
            declared = str(_pick(rng, spec.countries))
            group = (
                self._group(spec, rng, int(rng.integers(0, spec.n_groups))) if spec.group else None
            )
            if group is not None and spec.group in ("university", "tenant"):
                declared = str(group["country"])
            home = declared
            tz = TZ[home]
            if rng.random() < spec.live_elsewhere:
                if spec.operator:
                    tz = OPERATOR_TZ[spec.operator]
                else:
                    home = str(_pick(rng, WORLD))
                    tz = TZ[home]
            # payment instrument
            if group is not None and group.get("card") and rng.random() < spec.group_card:
                pay: str | None = str(group["card"])
            elif rng.random() < spec.no_card:
                pay = None
            else:
                if card_left <= 0:
                    card = f"card-{int(rng.integers(1 << 40)):010x}"
                    card_left = int(rng.integers(1, spec.card_share + 1))
                pay = card
                card_left -= 1
            card_ids.append(pay)
            if (
                spec.mail == "group"
                and group is not None
                and group.get("domain")
                and rng.random() < 0.85
            ):
                mail: str | None = str(group["domain"])
            elif rng.random() < 0.03:
                mail = None
            else:
                mail = str(_pick(rng, CONSUMER_MAIL))
            lo, hi = np.log(spec.age_days[0]), np.log(spec.age_days[1])
            created = START_US - int(np.exp(rng.uniform(lo, hi)) * DAY_US)
            self.accounts.append(
                {
                    "tier": str(_pick(rng, spec.tiers)),
                    "signup_channel": str(_pick(rng, spec.channels)),
                    "payment_fingerprint": pay,
                    "email_domain": mail,
                    "declared_country": declared if rng.random() > 0.03 else None,
                    "org_id": group.get("org") if group is not None else None,
                    "created_at": created,
                    "label": spec.label,
                    "operator": spec.operator,
                }
            )
            self.acct_info.append(self._account_nets(spec, rng, tz, declared, group))
        for a in range(n):
            for si, stream in enumerate(spec.streams):
                self._stream(spec, rng, first + a, a, n, si, stream)

    def _account_nets(
        self,
        spec: ClassSpec,
        rng: np.random.Generator,
        tz: float,
        declared: str,
        group: dict[str, object] | None,
    ) -> Account:
        addrs: dict[str, list[tuple[str, str]]] = {}
        kinds = {k for s in spec.streams for k in s.nets}
        if "residential" in kinds:
            addrs["residential"] = [(self.net.home(declared), declared)]
        if "mobile" in kinds:
            addrs["mobile"] = [(ip, declared) for ip in self.net.mobile(declared)]
        if "cloud" in kinds:
            addrs["cloud"] = self.net.cloud_vms(int(rng.integers(1, 4)))
        if group is None and "corporate" in kinds:
            group = {
                "addrs": self.net.office(declared, 52000 + len(self.acct_info)),
                "country": declared,
            }
        if "campus" in kinds or "corporate" in kinds or "reseller" in kinds:
            if group is None:
                raise RuntimeError(f"{spec.label}: shared networks need a group")
            gaddrs = group["addrs"]
            assert isinstance(gaddrs, list)
            country = str(group["country"])
            for k in ("campus", "corporate", "reseller"):
                if k in kinds:
                    addrs[k] = [(str(ip), country) for ip in gaddrs]
        if "vpn" in kinds:
            exit_c = str(rng.choice(["US", "GB", "DE", "NL", "SG", "JP"]))
            addrs["vpn"] = [(ip, exit_c) for ip in self.net.vpn(exit_c)]
        if "restricted" in kinds:
            rc = str(rng.choice(RESTRICTED))
            addrs["restricted"] = [(self.net.home(rc), rc)] + [
                (ip, rc) for ip in self.net.mobile(rc)[:16]
            ]
        uas: dict[str, list[str]] = {}
        for s in spec.streams:
            pool = USER_AGENTS[s.ua]
            uas[s.ua] = [
                pool[int(i)]
                for i in rng.choice(
                    len(pool), size=min(len(pool), int(rng.integers(1, 3))), replace=False
                )
            ]
        for surf, pool_name in (("web", "browser"), ("app", "app"), ("cli", "cli")):
            pool = USER_AGENTS[pool_name]
            uas[surf] = [pool[int(rng.integers(0, len(pool)))]]
        model_pref = str(rng.choice(["fennel-2", "fennel-2", "fennel-2-mini", "fennel-1.5"]))
        adopt = float(rng.lognormal(np.log(72), 1.2)) if rng.random() < 0.7 else 1e9
        return Account(
            "",
            declared,
            tz,
            addrs,
            uas,
            [int(rng.integers(1 << 40)) for _ in range(int(rng.integers(1, 3)))],
            model_pref,
            adopt,
            int(rng.integers(4, 15)),
            str(group["org"]) if group and group.get("org") else "Acme",
        )

    # ---- exchanges of one stream of one account ----------------------------------------------
    def _stream(
        self,
        spec: ClassSpec,
        rng: np.random.Generator,
        acct: int,
        a: int,
        n: int,
        si: int,
        s: Stream,
    ) -> None:
        info = self.acct_info[acct]
        ts, session = stream_times(s, rng, info.tz)
        m = ts.size
        if m == 0:
            return
        ts = np.clip(ts, START_US, START_US + DAYS * DAY_US - 1)
        surf = (
            _pick(rng, s.surfaces, m)
            if len(s.surfaces) > 1
            else np.full(m, next(iter(s.surfaces)), dtype=object)
        )
        # a conversation keeps its surface
        surf = surf[np.searchsorted(session, session, side="left")]
        bank_names = _pick(rng, s.banks, m)
        bank_idx = np.array([BANK_ORDER.index(b) for b in bank_names], dtype=np.int8)
        item = np.zeros(m, dtype=np.int64)
        for bi, bname in enumerate(BANK_ORDER):
            sel = bank_idx == bi
            k = int(sel.sum())
            if not k:
                continue
            size = len(self.banks[bname].items)
            item[sel] = self._draw(spec, rng, s, bname, size, a, n, si, k)
        fp = self.frame_pools.index(s.frames)
        frame = rng.integers(0, len(FRAMES[s.frames]), m)
        # a picture rides only with picture requests (captions, photo questions)
        image = (bank_idx == BANK_ORDER.index("image")) & (rng.random(m) < s.image_p)
        if s.draw in ("image", "image1"):
            # one picture per conversation: the first turn captions it, follow-ups ask about it
            sess_first = np.r_[True, session[1:] != session[:-1]]
            first_idx = np.maximum.accumulate(np.where(sess_first, np.arange(m), 0))
            item = item[first_idx]
            image = image[first_idx]
            bank_idx = bank_idx[first_idx]
            follow = ~sess_first & (bank_idx == BANK_ORDER.index("image"))
            frame = np.where(follow, rng.integers(0, len(FRAMES["vqa"]), m), frame)
            fpa = np.where(follow, self.frame_pools.index("vqa"), fp)
        else:
            fpa = np.full(m, fp)
        sys_idx = np.full(m, -1, dtype=np.int64)
        if s.sys:
            pool = SYSTEM_PROMPTS[s.sys]
            if rng.random() < s.sys_p:
                text = pool[int(rng.integers(0, len(pool)))].replace("{org}", info.org_name)
                sys_idx[:] = self._intern("sys", text)
        ua = np.empty(m, dtype=np.int64)
        for surf_name in ("web", "app", "cli", "api"):
            sel = surf == surf_name
            if sel.any():
                pool = info.uas[s.ua if surf_name == "api" else surf_name]
                ua[sel] = [
                    self._intern("ua", pool[int(i)])
                    for i in rng.integers(0, len(pool), int(sel.sum()))
                ]
        kinds = list(s.nets)
        kind = _pick(rng, s.nets, m)
        # sessions stay on one network kind
        kind = kind[np.searchsorted(session, session, side="left")]
        ip = np.empty(m, dtype=np.int64)
        country = np.empty(m, dtype=object)
        for k in kinds:
            sel = kind == k
            if not sel.any():
                continue
            addrs = info.addrs[k]
            pick = rng.integers(0, len(addrs), int(sel.sum()))
            if k in ("residential", "cloud", "corporate", "campus"):
                # a session keeps its address
                sess_pick = rng.integers(0, len(addrs), int(session[-1]) + 1)
                pick = sess_pick[session[sel]]
            ip[sel] = [self._intern("ip", addrs[int(i)][0]) for i in pick]
            country[sel] = [addrs[int(i)][1] for i in pick]
        key = np.where(
            np.isin(surf, ("api", "cli")),
            np.array(info.keys)[rng.integers(0, len(info.keys), m)],
            -1,
        )
        null_share = rng.uniform(*s.thread_null)
        sess_global = self.session_counter + session
        self.session_counter += int(session[-1]) + 1
        sess_global = np.where(
            rng.random(int(session[-1]) + 1)[session] < null_share, -1, sess_global
        )
        tools = np.where(
            bank_idx == BANK_ORDER.index("tools"), -1, info.tools if s.sys == "agent" else 0
        )
        e = self.ex
        e["acct"].append(np.full(m, acct, dtype=np.int64))
        e["ts"].append(ts)
        e["surface"].append(surf)
        e["bank"].append(bank_idx)
        e["item"].append(item)
        e["frame_pool"].append(fpa.astype(np.int16))
        e["frame"].append(frame.astype(np.int16))
        e["sys"].append(sys_idx)
        e["ua"].append(ua)
        e["ip"].append(ip)
        e["country"].append(country)
        e["key"].append(key)
        e["session"].append(sess_global)
        e["image"].append(image)
        e["out_scale"].append(np.full(m, s.out_scale, dtype=np.float32))
        e["retain"].append(np.full(m, s.retain, dtype=np.float32))
        e["tools"].append(tools.astype(np.int16))

    def _draw(
        self,
        spec: ClassSpec,
        rng: np.random.Generator,
        s: Stream,
        bname: str,
        size: int,
        a: int,
        n: int,
        si: int,
        k: int,
    ) -> np.ndarray:
        """Item indices for k exchanges of one account: how a class draws is what sets it apart."""
        if s.draw == "walk":
            perm = self._perm(spec.label, bname, size)
            start = (a * size) // max(n, 1) + int(rng.integers(0, 3))
            return perm[(start + np.arange(k)) % size]
        if s.draw == "fixed":
            perm = self._perm(spec.label, bname, size)[: min(size, 150)]
            return perm[rng.permutation(k) % perm.size]
        if s.draw == "repeat":
            own = rng.choice(size, size=min(size, int(rng.integers(15, 45))), replace=False)
            return own[rng.integers(0, own.size, k)]
        fresh = rng.integers(0, size, k)
        popular = self._popular[bname][rng.zipf(1.6, k).clip(1, 40) - 1]
        return np.where(rng.random(k) < 0.2, popular, fresh)

    def _perm(self, label: str, bname: str, size: int) -> np.ndarray:
        key = f"perm:{label}:{bname}"
        cache = self.__dict__.setdefault("_perms", {})
        if key not in cache:
            cache[key] = np.random.default_rng(
                [self.seed, 7, BANK_ORDER.index(bname), len(label), sum(map(ord, label))]
            ).permutation(size)
        return cache[key]


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Write hold-out 12's traffic world (contract tables and labels)."
    )
    ap.add_argument("--out", required=True, type=Path, help="output folder (must be empty or new)")
    ap.add_argument(
        "--seed", required=True, type=int, help="seed; the same seed gives byte-identical files"
    )
    ap.add_argument(
        "--scale", type=float, default=1.0, help="multiplies every class's account count (min 2)"
    )
    ap.add_argument(
        "--corpora", type=Path, default=Path("/work/shared/corpora"), help="public prompt corpora"
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    try:
        if not 0 < args.scale <= 20:
            raise UsageError("--scale must be in (0, 20]")
        if args.seed < 0:
            raise UsageError("--seed must be a non-negative integer")
        if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
            raise UsageError(f"--out {args.out} must be an empty folder or a new path")
        banks = load_banks(args.corpora)
    except (UsageError, CorporaError) as exc:
        print(f"traffic.py: {exc}", file=sys.stderr)
        return 2
    from h12_emit import assemble

    world = World(banks, args.seed, args.scale)
    for ci, spec in enumerate(CLASSES):
        world.build_class(ci, spec)
    args.out.mkdir(parents=True, exist_ok=True)
    counts = assemble(world, args.out)
    print(f"wrote {counts['exchanges']} exchanges, {counts['accounts']} accounts to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
