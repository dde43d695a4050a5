"""Prompt and response text for the holdout generator, rendered with Arrow kernels.

Templates are split once into literals and slots; each row takes its own slot values, so
prompts are mostly one of a kind (as real ones are) while families keep their structure.
Millions of rows cost seconds, not minutes.
"""

from __future__ import annotations

import random
import string

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import wording as W
import wording_special as S

LANGS = ["en", "es", "pt", "de", "fr", "ja", "ko", "zh", "ru", "it", "tr"]
LANG_ID = {code: i for i, code in enumerate(LANGS)}
_FMT = string.Formatter()


def _arr(values) -> pa.Array:
    return pa.array(list(values), type=pa.string())


def scatter(n: int, groups: list[tuple[np.ndarray, pa.Array]]) -> pa.Array:
    """Put each group's rows back at their positions (groups partition range(n))."""
    groups = [(ix, a) for ix, a in groups if len(ix)]
    if not groups:
        return pa.array([], pa.string())
    order = np.concatenate([ix for ix, _ in groups])
    inv = np.empty(n, np.int64)
    inv[order] = np.arange(n)
    return pa.concat_arrays([a.cast(pa.string()) for _, a in groups]).take(pa.array(inv))


def join(*parts) -> pa.Array:
    """Concatenate string arrays (and literal strings) row by row."""
    return pc.binary_join_element_wise(*parts, "")


class Renderer:
    """Fills templates row-wise from slot pools."""

    def __init__(self, pools: dict[str, pa.Array]):
        self.pools = pools
        self._parsed: dict[str, list[tuple[str, str | None]]] = {}

    def _parse(self, t: str):
        if t not in self._parsed:
            self._parsed[t] = [(lit, field) for lit, field, _, _ in _FMT.parse(t)]
        return self._parsed[t]

    def one(self, rng: np.random.Generator, t: str, n: int) -> pa.Array:
        parts: list = []
        for lit, field in self._parse(t):
            if lit:
                parts.append(lit)
            if field is not None:
                pool = self.pools[field]
                parts.append(pool.take(pa.array(rng.integers(0, len(pool), n))))
        if not any(isinstance(p, pa.Array) for p in parts):
            return pa.array(["".join(parts)] * n, pa.string())
        if len(parts) == 1:
            return parts[0]
        return join(*parts)

    def many(
        self, rng: np.random.Generator, templates: list[str], n: int, tidx: np.ndarray | None = None
    ) -> pa.Array:
        if tidx is None:
            tidx = rng.integers(0, len(templates), n)
        return scatter(
            n,
            [
                (np.flatnonzero(tidx == i), self.one(rng, t, int((tidx == i).sum())))
                for i, t in enumerate(templates)
                if (tidx == i).any()
            ],
        )


def _slot_pools(r: random.Random, c: dict[str, list[str]]) -> dict[str, pa.Array]:
    ch = r.choice
    nums = [str(x) for x in (2, 3, 3, 4, 5, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 45, 60, 120)]
    simple = {
        "person": W.PEOPLE,
        "topic": W.TOPICS,
        "dish": W.DISHES,
        "ingredient": W.INGREDIENTS,
        "city": W.CITIES,
        "city2": W.CITIES,
        "who": W.WHO,
        "concept": W.CONCEPTS,
        "audience": W.AUDIENCES,
        "event": W.EVENTS,
        "symptom": W.SYMPTOMS,
        "job": W.JOBS,
        "lang_name": W.LANG_NAMES,
        "month": W.MONTHS,
        "plang": W.PROG_LANGS,
        "does": W.CODE_DOES,
        "err": W.ERRORS,
        "snippet": W.SNIPPETS,
        "pair": W.PAIRS,
        "course": S.COURSES,
        "hist": S.HIST,
        "mod": S.MODS,
        "pkg": S.PKGS,
        "field": S.FIELDS,
        "res": S.RESOURCES,
        "game": S.GAMES,
        "anime": S.ANIME,
        "community": S.COMMUNITIES,
        "company": S.COMPANIES,
        "biz": S.BIZ,
        "policy": S.POLICIES,
        "sub": S.SUBS,
        "domain": S.SWEEP_DOMAINS,
        "task": S.SWEEP_TASKS,
        "level": S.SWEEP_LEVELS,
        "n": nums,
        "w": W.HANDLE_WORDS,
        "w2": W.HANDLE_WORDS,
        "Mod": [m.capitalize() for m in S.MODS],
        "does_short": [d.split(" and ")[0] for d in W.CODE_DOES],
        "a": [str(x) for x in range(2, 91)],
        "b": [str(x) for x in range(2, 91)],
        "c": [str(x) for x in range(2, 91)],
        "d": [str(x) for x in range(2, 91)],
    }
    pools = {k: _arr(v) for k, v in simple.items()}
    pools["ver"] = _arr(
        f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}" for _ in range(500)
    )
    for key, src in (
        ("gsm", "gsm8k"),
        ("arena", "arena"),
        ("mt", "mtbench"),
        ("selfi", "selfinstruct"),
    ):
        pools[key] = _arr(c.get(src) or S.SCIENCE_Q)
    pools["review"] = _arr(
        f"Bought {ch(S.PRODUCTS)} {ch(['last week', 'for my son', 'on sale', 'as a gift', 'in March', ''])}, "
        f"{ch(S.REVIEW_BITS)}. {ch(S.REVIEW_BITS).capitalize()}. {r.randint(1, 5)} stars."
        for _ in range(20000)
    )
    pools["invoice"] = _arr(
        f"INVOICE {r.randint(1000, 99999)}\n{ch(S.COMPANIES)} {ch(['Ltd', 'GmbH', 'SAS', 'Inc.'])}\nDate: 2026-0{r.randint(1, 9)}-{r.randint(10, 28)}\n"
        f"Items: {r.randint(1, 9)} x {ch(S.PRODUCTS)}\nTotal: {r.randint(10, 5000)}.{r.randint(10, 99)} {ch(['EUR', 'USD', 'GBP'])}"
        for _ in range(20000)
    )
    pools["ticket"] = _arr(
        f"{ch(['Hi,', 'Hello', 'URGENT:', '', 'Dear support,'])} {ch(S.TICKET_BITS).replace('{n}', str(r.randint(1000, 99999)))}. "
        f"{ch(['Please help.', 'This is the third time.', 'Thanks.', 'Account: ' + str(r.randint(10000, 99999)), ''])}"
        for _ in range(20000)
    )
    pools["feed"] = _arr(
        "\n".join(
            "- " + b + ch(["", f" ({r.randint(1, 59)} min ago)", f" -- {ch(W.CITIES)}"])
            for b in r.sample(S.FEED_BITS, r.randint(3, 7))
        )
        for _ in range(20000)
    )
    pools["sensor"] = _arr(
        ", ".join(r.sample(S.SENSOR_BITS, r.randint(1, 3))) + f", outside {r.randint(-5, 31)}C"
        for _ in range(20000)
    )
    pools["commits"] = _arr(
        "\n".join(
            f"{r.getrandbits(28):07x} {ch(['fix', 'add', 'refactor', 'docs', 'test'])}: {ch(S.MODS)} {ch(S.FIELDS)}"
            for _ in range(r.randint(2, 6))
        )
        for _ in range(20000)
    )
    return pools


class TextBank:
    """All pools and one method per prompt kind returning (prompts, response kind)."""

    def __init__(self, corpora: dict[str, list[str]], seed: int):
        r = random.Random(seed * 7919 + 17)
        self.c = corpora
        c = corpora
        self.pools = _slot_pools(r, c)
        self.R = Renderer(self.pools)
        rng = np.random.default_rng(seed * 31 + 5)
        self.pools["everyday"] = self.R.many(rng, W.EVERYDAY, 40000)
        self.pools["ticket_or_review"] = pa.concat_arrays(
            [self.pools["ticket"], self.pools["review"]]
        )
        self.corpus_chat = _arr(c["arena"] + c["selfinstruct"] + c["mtbench"] + c["bfcl"])
        self.native = {
            lang: (
                _arr(t.replace("{t}", top) for t in tpls for top in topics),
                _arr(W.NATIVE_TAILS[lang]),
            )
            for lang, (tpls, topics) in W.NATIVE.items()
        }
        self.native_fu = {lang: _arr(v) for lang, v in W.NATIVE_FOLLOWUPS.items()}
        self.homework = self.R.many(rng, S.HOMEWORK, 8000)
        self.bot_systems = self.R.many(rng, S.BOT_SYSTEMS, 400).to_pylist()
        self.app_systems = self.R.many(rng, S.APP_SYSTEMS, 400).to_pylist()
        self.handles = self.R.many(rng, W.HANDLES, 5000)
        qparts = [
            self.R.many(rng, W.EVERYDAY, 20000),
            self.R.many(rng, W.CODE_TEMPLATES, 8000),
            _arr(
                c["arena"] + c["selfinstruct"] + c["mtbench"] + c["gsm8k"][:4000] + S.SCIENCE_Q * 20
            ),
        ]
        self.qbank = pa.concat_arrays(qparts)
        cotq = [self.R.many(rng, S.COT_NATIVE_Q["en"], 4000), _arr(c["gsm8k"] + S.SCIENCE_Q * 40)]
        self.reason_q = pa.concat_arrays(cotq)
        self.cot_wraps = {lang: _split(w) for lang, w in S.COT_WRAPS.items()}
        self.cot_native = {lang: self.R.many(rng, t, 3000) for lang, t in S.COT_NATIVE_Q.items()}
        self.hydra_wraps, self.probe_wraps = _split(S.HYDRA_WRAPS), _split(S.PROBE_WRAPS)
        self.slow_wraps, self.try_wraps = _split(S.SLOW_WRAPS), _split(S.RELEASE_TRY)
        self.slow_q = pa.concat_arrays(
            [
                _arr(c["selfinstruct"] + c["mtbench"] + S.SCIENCE_Q * 10 + c["gsm8k"][4000:8000]),
                self.R.many(rng, W.EVERYDAY, 6000),
            ]
        )
        self.sweep = _arr(
            form.format(task=t, domain=d, level=lv)
            for d in S.SWEEP_DOMAINS
            for t in S.SWEEP_TASKS
            for lv in S.SWEEP_LEVELS
            for form in S.SWEEP_FORMS
        )
        self.small_talk = _arr(
            [
                "",
                "",
                "",
                "Hi. ",
                "Hello! ",
                "Thanks in advance. ",
                "Quick question. ",
                "For my notes: ",
                "Please help: ",
                "Another one: ",
                "Next: ",
            ]
        )
        self.tails = _arr(
            [
                "",
                "",
                "",
                " Thanks!",
                " Be thorough.",
                " Keep it clear.",
                "\n\nThank you.",
                " (detailed please)",
                " Please be precise.",
            ]
        )
        self.resp = Responses(r, self.R, rng)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def pick(rng: np.random.Generator, pool: pa.Array, n: int) -> pa.Array:
        return pool.take(pa.array(rng.integers(0, len(pool), n)))

    def _dress(self, rng, body: pa.Array) -> pa.Array:
        """Personal context and tails around a request."""
        n = len(body)
        return join(
            self.R.many(rng, W.PREFIXES, n),
            self.pick(rng, _arr(W.OPENERS), n),
            body,
            self.R.many(rng, W.TAILS, n),
        )

    def _native_mix(
        self, rng, base: pa.Array, lang: np.ndarray, p: float, fu: bool = False
    ) -> pa.Array:
        """Speakers of another language write in it with probability p."""
        n = len(lang)
        keep = np.ones(n, bool)
        groups = []
        for code in self.native_fu if fu else self.native:
            m = np.flatnonzero((lang == LANG_ID[code]) & (rng.random(n) < p))
            if len(m) == 0:
                continue
            keep[m] = False
            if fu:
                groups.append((m, self.pick(rng, self.native_fu[code], len(m))))
            else:
                body, tail = self.native[code]
                groups.append((m, join(self.pick(rng, body, len(m)), self.pick(rng, tail, len(m)))))
        k = np.flatnonzero(keep)
        return scatter(n, [(k, base.take(pa.array(k)))] + groups)

    def gen(
        self, kind: str, rng: np.random.Generator, ctx: dict[str, np.ndarray]
    ) -> tuple[pa.Array, str]:
        return getattr(self, "k_" + kind)(rng, len(ctx["acct"]), ctx)

    # --- prompt kinds --------------------------------------------------------------------
    def k_chat(self, rng, n, ctx):
        corp = rng.random(n) < 0.1
        ci, ei = np.flatnonzero(corp), np.flatnonzero(~corp)
        body = scatter(
            n,
            [
                (ci, self.pick(rng, self.corpus_chat, len(ci))),
                (ei, self.R.many(rng, W.EVERYDAY, len(ei))),
            ],
        )
        return self._native_mix(rng, self._dress(rng, body), ctx["lang"], 0.35), "general"

    def k_code(self, rng, n, ctx):
        return self._dress(rng, self.R.many(rng, W.CODE_TEMPLATES, n)), "code"

    def k_followup(self, rng, n, ctx):
        # Short nudges repeat across people; most follow-ups carry their own content.
        short = rng.random(n) < 0.35
        si, li = np.flatnonzero(short), np.flatnonzero(~short)
        body = scatter(
            n,
            [
                (si, self.R.many(rng, W.FOLLOWUPS, len(si))),
                (
                    li,
                    join(
                        self.R.many(rng, W.PREFIXES, len(li)),
                        self.R.many(rng, W.FOLLOWUPS_RICH, len(li)),
                        self.R.many(rng, W.TAILS, len(li)),
                    ),
                ),
            ],
        )
        return self._native_mix(rng, body, ctx["lang"], 0.3, fu=True), "short"

    def k_homework(self, rng, n, ctx):
        # Students of a course share the week's assignment; wording around it is their own.
        idx = (ctx["group"] * 37 + (ctx["day"] // 7) * 11 + rng.integers(0, 6, n)) % len(
            self.homework
        )
        return join(
            self.R.many(rng, W.PREFIXES, n),
            self.homework.take(pa.array(idx)),
            self.R.many(rng, W.TAILS, n),
        ), "steps"

    def k_ci_task(self, rng, n, ctx):
        return self.R.many(rng, S.CI_TASKS, n), "tool"

    def k_ci_step(self, rng, n, ctx):
        return self.R.many(rng, S.CI_STEPS, n), "tool"

    def _per_account(self, rng, templates: list[str], ctx, spread: int = 1) -> pa.Array:
        """Each account sticks to one or two templates of a family (its harness or wrapper)."""
        n = len(ctx["acct"])
        return self.R.many(
            rng, templates, n, (ctx["acct"] * 7 + rng.integers(0, spread, n)) % len(templates)
        )

    def k_eval(self, rng, n, ctx):
        return self._per_account(rng, S.EVAL_TEMPLATES, ctx, spread=2), "steps"

    def k_batch(self, rng, n, ctx):
        return self._per_account(rng, S.BATCH_TEMPLATES, ctx), "json"

    def k_wrapper(self, rng, n, ctx):
        return self._per_account(rng, S.WRAPPERS, ctx), "list"

    def k_bot(self, rng, n, ctx):
        return join(
            "[", self.pick(rng, self.handles, n), "] ", self.R.many(rng, S.BOT_MSGS, n)
        ), "general"

    def k_app_user(self, rng, n, ctx):
        return self._native_mix(
            rng, self._dress(rng, self.R.many(rng, S.APP_USER, n)), ctx["lang"], 0.3
        ), "general"

    def _wrapped(
        self, rng, wraps, q: pa.Array, w: np.ndarray | None = None, head=None, tail=None
    ) -> pa.Array:
        pre, post = wraps
        n = len(q)
        w = pa.array(rng.integers(0, len(pre), n) if w is None else w)
        parts = [pre.take(w), q, post.take(w)]
        if head is not None:
            parts.insert(0, self.pick(rng, head, n))
        if tail is not None:
            parts.append(self.pick(rng, tail, n))
        return join(*parts)

    def k_release_try(self, rng, n, ctx):
        return self._wrapped(rng, self.try_wraps, self.pick(rng, self.qbank, n)), "general"

    def k_hydra(self, rng, n, ctx):
        # One wrapper per tasking wave (two in flight); the questions vary.
        w = (ctx["wave"] + rng.integers(0, 2, n)) % len(self.hydra_wraps[0])
        return self._wrapped(rng, self.hydra_wraps, self.pick(rng, self.qbank, n), w), "essay"

    def k_cot(self, rng, n, ctx):
        # Every request paraphrased: a language, a wrapper in it, a framing and a tail.
        langs = list(self.cot_wraps)
        p = np.array([0.45, 0.15, 0.1, 0.07, 0.06, 0.06, 0.06, 0.05])
        li = rng.choice(len(langs), n, p=p / p.sum())
        groups = []
        for i, code in enumerate(langs):
            m = np.flatnonzero(li == i)
            if len(m) == 0:
                continue
            native = rng.random(len(m)) < (0.5 if code != "en" else 0.3)
            q = scatter(
                len(m),
                [
                    (
                        np.flatnonzero(native),
                        self.pick(rng, self.cot_native[code], int(native.sum())),
                    ),
                    (np.flatnonzero(~native), self.pick(rng, self.reason_q, int((~native).sum()))),
                ],
            )
            groups.append(
                (
                    m,
                    self._wrapped(
                        rng, self.cot_wraps[code], q, head=self.small_talk, tail=self.tails
                    ),
                )
            )
        return scatter(n, groups), "cot"

    def k_sweep(self, rng, n, ctx):
        # Walk the taxonomy in order from an account-specific offset: coverage, not repetition.
        idx = (ctx["acct"] * 977 + ctx["seq"] * 13) % len(self.sweep)
        return join(
            self.pick(rng, self.small_talk, n),
            self.sweep.take(pa.array(idx)),
            self.pick(rng, self.tails, n),
        ), "steps"

    def k_agent_task(self, rng, n, ctx):
        return join(self.pick(rng, self.small_talk, n), self.R.many(rng, S.AGENT_TASKS, n)), "tool"

    def k_agent_step(self, rng, n, ctx):
        return self.R.many(rng, S.AGENT_STEPS, n), "tool"

    def k_probe(self, rng, n, ctx):
        return self._wrapped(rng, self.probe_wraps, self.pick(rng, self.qbank, n)), "essay"

    def k_slow(self, rng, n, ctx):
        return self._wrapped(
            rng, self.slow_wraps, self.pick(rng, self.slow_q, n), head=self.small_talk
        ), "json_rationale"

    def response(self, rng: np.random.Generator, kind: str, n: int) -> pa.Array:
        return self.resp.make(rng, kind, n)


def _split(wraps: list[str]) -> tuple[pa.Array, pa.Array]:
    pre, post = zip(*[w.split("{q}", 1) for w in wraps], strict=True)
    unesc = lambda s: s.replace("{{", "{").replace("}}", "}")  # noqa: E731
    return _arr(unesc(p) for p in pre), _arr(unesc(p) for p in post)


class Responses:
    """Synthetic model answers with a plausible shape and length per kind."""

    # kind: (min blocks, max blocks, head, block prefix, separator, tail)
    SHAPES = {
        "general": (2, 7, "", "", "\n\n", ""),
        "short": (1, 2, "", "", " ", ""),
        "steps": (3, 9, "", "- ", "\n", "\n\nSo the answer follows from the last step."),
        "list": (3, 8, "", "- ", "\n", ""),
        "essay": (
            5,
            12,
            "## Background\n",
            "",
            "\n\n",
            "\n\n## Summary\nIn short: the points above cover the main considerations.",
        ),
        "cot": (
            7,
            22,
            "Let me work through this carefully.\n\n",
            "Step: ",
            "\n\n",
            "\n\nChecking the result against the question confirms it.\n\n**Final answer:** see above.",
        ),
        "json_rationale": (2, 6, '{"rationale": "', "", " ", '", "answer": "see rationale"}'),
    }

    def __init__(self, r: random.Random, R: Renderer, rng: np.random.Generator):
        sent = R.many(rng, W.ANSWER_SENTENCES, 20000).to_pylist()
        self.paras = _arr(" ".join(r.sample(sent, r.randint(2, 6))) for _ in range(12000))
        self.code = _arr(
            f"```python\ndef {r.choice(S.MODS)}_{r.choice(S.FIELDS)}(items):\n    result = []\n    for item in items:\n"
            f"        if item.get('{r.choice(S.FIELDS)}') is not None:\n            result.append(item)\n"
            f"    return {r.choice(['result', 'sorted(result)', 'result[:' + str(r.randint(2, 50)) + ']'])}\n```"
            for _ in range(2000)
        )
        self.json = _arr(
            [
                r.choice(
                    [
                        '{"label": "positive"}',
                        '{"label": "negative"}',
                        '{"label": "neutral"}',
                        "positive",
                        "negative",
                        "neutral",
                        "yes",
                        "no",
                        "billing",
                        "bug",
                        "account",
                        f'{{"vendor": "{r.choice(S.COMPANIES)}", "total": {r.randint(10, 900)}.{r.randint(10, 99)}, "currency": "EUR"}}',
                    ]
                )
                for _ in range(3000)
            ]
        )
        self.tool = _arr(
            f'<tool_call>{{"name": "{r.choice(["bash", "read_file", "search", "python", "apply_patch", "fetch", "sql"])}", '
            f'"arguments": {{"{r.choice(["cmd", "path", "query"])}": "{r.choice(S.MODS)}/{r.choice(S.FIELDS)}"}}}}</tool_call>'
            for _ in range(3000)
        )

    def _blocks(self, rng, n: int, shape) -> pa.Array:
        lo, hi, head, pre, sep, tail = shape
        k = rng.integers(lo, hi + 1, n)
        groups = []
        for kk in np.unique(k):
            m = np.flatnonzero(k == kk)
            parts: list = [head] if head else []
            for j in range(int(kk)):
                if j:
                    parts.append(sep)
                if pre:
                    parts.append(pre)
                parts.append(self.paras.take(pa.array(rng.integers(0, len(self.paras), len(m)))))
            if tail:
                parts.append(tail)
            groups.append((m, join(*parts)))
        return scatter(n, groups)

    def make(self, rng: np.random.Generator, kind: str, n: int) -> pa.Array:
        pick = lambda pool: pool.take(pa.array(rng.integers(0, len(pool), n)))  # noqa: E731
        if kind == "code":
            return join(
                self._blocks(rng, n, (1, 2, "", "", "\n\n", "")),
                "\n\n",
                pick(self.code),
                "\n\n",
                pick(self.paras),
            )
        if kind == "json":
            return pick(self.json)
        if kind == "tool":
            call = rng.random(n) < 0.7
            ci, ti = np.flatnonzero(call), np.flatnonzero(~call)
            return scatter(
                n,
                [
                    (
                        ci,
                        join(
                            self.paras.take(pa.array(rng.integers(0, len(self.paras), len(ci)))),
                            "\n",
                            self.tool.take(pa.array(rng.integers(0, len(self.tool), len(ci)))),
                        ),
                    ),
                    (ti, self._blocks(rng, len(ti), (1, 4, "", "", "\n\n", ""))),
                ],
            )
        return self._blocks(rng, n, self.SHAPES[kind])
