"""Prompt and response text for the holdout generator, built once as pools and taken by index.

Pools are filled with Python once (tens of thousands of strings); per-exchange text is then
chosen and concatenated with Arrow kernels, so millions of rows cost seconds.
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
CJK = np.array([code in ("ja", "ko", "zh") for code in LANGS])


class _Slots(dict):
    """Fills any known slot with a random value on first use (one value per template fill)."""

    def __init__(self, rnd: random.Random, corpora: dict[str, list[str]]):
        super().__init__()
        self.rnd, self.c = rnd, corpora

    def __missing__(self, key: str) -> str:
        r = self.rnd
        things = r.choice(W.THINGS)
        table = {
            "person": W.PEOPLE, "topic": W.TOPICS, "dish": W.DISHES, "ingredient": W.INGREDIENTS,
            "city": W.CITIES, "city2": W.CITIES, "who": W.WHO, "concept": W.CONCEPTS,
            "audience": W.AUDIENCES, "event": W.EVENTS, "symptom": W.SYMPTOMS, "job": W.JOBS,
            "lang_name": W.LANG_NAMES, "month": W.MONTHS, "plang": W.PROG_LANGS,
            "does": W.CODE_DOES, "err": W.ERRORS, "snippet": W.SNIPPETS, "course": S.COURSES,
            "hist": S.HIST, "mod": S.MODS, "pkg": S.PKGS, "field": S.FIELDS, "res": S.RESOURCES,
            "game": S.GAMES, "anime": S.ANIME, "community": S.COMMUNITIES, "company": S.COMPANIES,
            "biz": S.BIZ, "policy": S.POLICIES, "sub": S.SUBS, "domain": S.SWEEP_DOMAINS,
            "task": S.SWEEP_TASKS, "level": S.SWEEP_LEVELS,
        }
        if key in table:
            val = r.choice(table[key])
        elif key == "thing_a":
            val = things[0]
        elif key == "thing_b":
            val = things[1]
        elif key == "n":
            val = str(r.choice([2, 3, 4, 5, 7, 10, 12, 15, 20, 30, 48, 120, 311, 1024]))
        elif key == "does_short":
            val = r.choice(W.CODE_DOES).split(" and ")[0]
        elif key == "ver":
            val = f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
        elif key == "Mod":
            val = r.choice(S.MODS).capitalize()
        elif key in ("gsm", "arena", "mt", "selfi"):
            src = {"gsm": "gsm8k", "arena": "arena", "mt": "mtbench", "selfi": "selfinstruct"}[key]
            val = r.choice(self.c[src]) if self.c.get(src) else r.choice(S.SCIENCE_Q)
        elif key == "everyday":
            val = fill(r.choice(W.EVERYDAY), r, self.c)
        elif key == "review":
            val = f"Bought {r.choice(S.PRODUCTS)}, {r.choice(W.REVIEW_BITS) if hasattr(W, 'REVIEW_BITS') else r.choice(S.REVIEW_BITS)}. {r.choice(S.REVIEW_BITS).capitalize()}."
        elif key == "invoice":
            val = (f"INVOICE {r.randint(1000, 99999)}\n{r.choice(S.COMPANIES)} Ltd\nDate: 2026-0{r.randint(1, 9)}-{r.randint(10, 28)}\n"
                   f"Items: {r.randint(1, 9)} x {r.choice(S.PRODUCTS)}\nTotal: {r.randint(10, 5000)}.{r.randint(10, 99)} {r.choice(['EUR', 'USD', 'GBP'])}")
        elif key == "ticket":
            val = fill(r.choice(S.TICKET_BITS), r, self.c)
        elif key == "feed":
            val = "\n".join("- " + b for b in r.sample(S.FEED_BITS, r.randint(3, 7)))
        elif key == "sensor":
            val = ", ".join(r.sample(S.SENSOR_BITS, r.randint(1, 3)))
        elif key == "commits":
            val = "\n".join(f"{''.join(r.choices('0123456789abcdef', k=7))} {r.choice(['fix', 'add', 'refactor', 'docs'])}: {r.choice(S.MODS)} {r.choice(S.FIELDS)}"
                            for _ in range(r.randint(2, 6)))
        elif key in ("a", "b", "c", "d"):
            val = str(r.randint(2, 90))
        else:
            raise KeyError(key)
        self[key] = val
        return val


def fill(template: str, rnd: random.Random, corpora: dict[str, list[str]]) -> str:
    """Fill a template's slots with random values (every slot name in wording is supported)."""
    return string.Formatter().vformat(template, (), _Slots(rnd, corpora))


def _arr(values: list[str]) -> pa.Array:
    return pa.array(values, type=pa.string())


def _split_wraps(wraps: list[str]) -> tuple[pa.Array, pa.Array]:
    pre, post = zip(*[w.split("{q}", 1) for w in wraps], strict=False)
    return _arr([p.replace("{{", "{").replace("}}", "}") for p in pre]), _arr(
        [p.replace("{{", "{").replace("}}", "}") for p in post])


def join(*parts: pa.Array) -> pa.Array:
    """Concatenate string arrays row by row."""
    return pc.binary_join_element_wise(*parts, "")


class TextBank:
    """All pools, and one method per prompt kind returning (prompts, response kind)."""

    def __init__(self, corpora: dict[str, list[str]], seed: int):
        r = random.Random(seed * 7919 + 17)
        c = corpora
        self.c = c
        f = lambda tpls, k: [fill(r.choice(tpls), r, c) for _ in range(k)]  # noqa: E731
        self.openers = _arr(W.OPENERS)
        corp = c["arena"] + c["selfinstruct"] + c["mtbench"] + c["bfcl"][:800]
        self.everyday = _arr(f(W.EVERYDAY, 20000) + corp)
        self.code = _arr(f(W.CODE_TEMPLATES, 8000) + [a for a in c["arena"] if "code" in a.lower() or "python" in a.lower()])
        self.followup = _arr(f(W.FOLLOWUPS, 3000) + c["mtbench_followup"])
        self.native = {}
        self.native_fu = {}
        for lang, (tpls, topics) in W.NATIVE.items():
            self.native[lang] = _arr([t.replace("{t}", top) for t in tpls for top in topics])
            self.native_fu[lang] = _arr(W.NATIVE_FOLLOWUPS[lang])
        self.homework = _arr(f(S.HOMEWORK, 6000))
        self.ci_task, self.ci_step = _arr(f(S.CI_TASKS, 4000)), _arr(f(S.CI_STEPS, 3000))
        self.eval = [_arr([fill(t, r, c) for _ in range(2500)]) for t in S.EVAL_TEMPLATES]
        self.batch = [_arr([fill(t, r, c) for _ in range(2500)]) for t in S.BATCH_TEMPLATES]
        self.wrapper = [_arr([fill(t, r, c) for _ in range(1500)]) for t in S.WRAPPERS]
        self.bot_msg = _arr(f(S.BOT_MSGS, 4000))
        self.app_user = _arr(f(S.APP_USER, 6000))
        self.bot_systems = [fill(r.choice(S.BOT_SYSTEMS), r, c) for _ in range(400)]
        self.app_systems = [fill(r.choice(S.APP_SYSTEMS), r, c) for _ in range(400)]
        # Question bank shared by several campaigns (topics, not wording).
        everyday_q = f(W.EVERYDAY, 4000)
        qbank = c["arena"] + c["selfinstruct"] + c["mtbench"] + c["gsm8k"][:3000] + S.SCIENCE_Q * 20 + everyday_q
        self.qbank = _arr(qbank)
        self.reason_q = _arr(c["gsm8k"] + S.SCIENCE_Q * 50 + [fill(r.choice(S.COT_NATIVE_Q["en"]), r, c) for _ in range(3000)])
        self.cot_wraps = {lang: _split_wraps(w) for lang, w in S.COT_WRAPS.items()}
        self.cot_native = {lang: _arr([fill(r.choice(t), r, c) for _ in range(2000)]) for lang, t in S.COT_NATIVE_Q.items()}
        self.hydra_wraps = _split_wraps(S.HYDRA_WRAPS)
        self.probe_wraps = _split_wraps(S.PROBE_WRAPS)
        self.slow_wraps = _split_wraps(S.SLOW_WRAPS)
        self.try_wraps = _split_wraps(S.RELEASE_TRY)
        self.slow_q = _arr(c["selfinstruct"] + c["mtbench"] + S.SCIENCE_Q * 10 + everyday_q + c["gsm8k"][3000:6000])
        sweep = [form.format(task=t, domain=d, level=lv) for d in S.SWEEP_DOMAINS for t in S.SWEEP_TASKS
                 for lv in S.SWEEP_LEVELS for form in S.SWEEP_FORMS]
        self.sweep = _arr(sweep)
        self.agent_task, self.agent_step = _arr(f(S.AGENT_TASKS, 5000)), _arr(f(S.AGENT_STEPS, 3000))
        self.agent_systems = S.AGENT_SYSTEMS
        self.small_talk = _arr(["", "", "", "Hi. ", "Hello! ", "Thanks in advance. ", "Quick question. ",
                                "For my notes: ", "Please help: ", "Another one: ", "Next: "])
        self.tails = _arr(["", "", "", " Thanks!", " Be thorough.", " Keep it clear.", "\n\nThank you.",
                           " (detailed please)", " Please be precise."])
        self.responses = _build_responses(r, c)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def pick(rng: np.random.Generator, pool: pa.Array, n: int) -> pa.Array:
        return pool.take(pa.array(rng.integers(0, len(pool), n)))

    def _native_mix(self, rng, base: pa.Array, lang: np.ndarray, p: float, fu: bool = False) -> pa.Array:
        """Replace rows of speakers of another language, with probability p, by native text."""
        out = base
        if len(lang) == 0:
            return out
        pools = self.native_fu if fu else self.native
        mask_any = np.zeros(len(lang), bool)
        chunks = {}
        for code, pool in pools.items():
            m = (lang == LANG_ID[code]) & (rng.random(len(lang)) < p)
            if m.any():
                chunks[code] = (m, self.pick(rng, pool, int(m.sum())))
                mask_any |= m
        if not chunks:
            return out
        py = out.to_pylist()
        for m, arr in chunks.values():
            for i, v in zip(np.flatnonzero(m), arr.to_pylist(), strict=False):
                py[i] = v
        return _arr(py)

    # --- prompt kinds: each returns (prompts, response kind) -----------------------------
    def gen(self, kind: str, rng: np.random.Generator, ctx: dict[str, np.ndarray]) -> tuple[pa.Array, str]:
        n = len(ctx["acct"])
        return getattr(self, "k_" + kind)(rng, n, ctx)

    def k_chat(self, rng, n, ctx):
        p = join(self.pick(rng, self.openers, n), self.pick(rng, self.everyday, n))
        return self._native_mix(rng, p, ctx["lang"], 0.6), "general"

    def k_code(self, rng, n, ctx):
        return self.pick(rng, self.code, n), "code"

    def k_followup(self, rng, n, ctx):
        return self._native_mix(rng, self.pick(rng, self.followup, n), ctx["lang"], 0.6, fu=True), "short"

    def k_homework(self, rng, n, ctx):
        # Students of one course share assignments: the week picks the question.
        week = ctx["day"] // 7
        idx = (ctx["group"] * 37 + week * 11 + rng.integers(0, 6, n)) % len(self.homework)
        return self.homework.take(pa.array(idx)), "steps"

    def k_ci_task(self, rng, n, ctx):
        return self.pick(rng, self.ci_task, n), "tool"

    def k_ci_step(self, rng, n, ctx):
        return self.pick(rng, self.ci_step, n), "tool"

    def _per_account(self, rng, pools: list[pa.Array], ctx, spread: int = 2) -> pa.Array:
        """Each account sticks to one or two templates of a family (its harness / wrapper)."""
        n = len(ctx["acct"])
        t = (ctx["acct"] * 7 + rng.integers(0, spread, n)) % len(pools)
        out = [None] * n
        res = np.empty(n, dtype=object)
        for ti in np.unique(t):
            m = np.flatnonzero(t == ti)
            res[m] = self.pick(rng, pools[ti], len(m)).to_numpy(zero_copy_only=False)
        del out
        return pa.array(res, type=pa.string())

    def k_eval(self, rng, n, ctx):
        return self._per_account(rng, self.eval, ctx), "steps"

    def k_batch(self, rng, n, ctx):
        return self._per_account(rng, self.batch, ctx, spread=1), "json"

    def k_wrapper(self, rng, n, ctx):
        return self._per_account(rng, self.wrapper, ctx, spread=1), "list"

    def k_bot(self, rng, n, ctx):
        return self.pick(rng, self.bot_msg, n), "general"

    def k_app_user(self, rng, n, ctx):
        return self._native_mix(rng, self.pick(rng, self.app_user, n), ctx["lang"], 0.3), "general"

    def k_release_try(self, rng, n, ctx):
        pre, post = self.try_wraps
        w = pa.array(rng.integers(0, len(pre), n))
        return join(pre.take(w), self.pick(rng, self.qbank, n), post.take(w)), "general"

    def k_hydra(self, rng, n, ctx):
        # Each hydra "tasking batch" uses one wrapper; the question varies.
        pre, post = self.hydra_wraps
        w = pa.array((ctx["wave"] + rng.integers(0, 2, n)) % len(pre))
        return join(pre.take(w), self.pick(rng, self.qbank, n), post.take(w)), "essay"

    def k_cot(self, rng, n, ctx):
        # Paraphrase per request: a language, a wrapper of that language, a framing and a tail.
        langs = list(self.cot_wraps)
        weights = np.array([0.45, 0.15, 0.1, 0.07, 0.06, 0.06, 0.06, 0.05])
        li = rng.choice(len(langs), n, p=weights / weights.sum())
        res = np.empty(n, dtype=object)
        for i, code in enumerate(langs):
            m = np.flatnonzero(li == i)
            if len(m) == 0:
                continue
            pre, post = self.cot_wraps[code]
            w = pa.array(rng.integers(0, len(pre), len(m)))
            native = rng.random(len(m)) < (0.5 if code != "en" else 0.3)
            q = self.pick(rng, self.reason_q, len(m)).to_numpy(zero_copy_only=False)
            if native.any():
                q[native] = self.pick(rng, self.cot_native[code], int(native.sum())).to_numpy(zero_copy_only=False)
            txt = join(self.pick(rng, self.small_talk, len(m)), pre.take(w), pa.array(q, pa.string()),
                       post.take(w), self.pick(rng, self.tails, len(m)))
            res[m] = txt.to_numpy(zero_copy_only=False)
        return pa.array(res, type=pa.string()), "cot"

    def k_sweep(self, rng, n, ctx):
        # Walk the taxonomy in order from an account-specific offset: coverage, not repetition.
        idx = (ctx["acct"] * 977 + ctx["seq"] * 13) % len(self.sweep)
        return join(self.pick(rng, self.small_talk, n), self.sweep.take(pa.array(idx))), "steps"

    def k_agent_task(self, rng, n, ctx):
        return join(self.pick(rng, self.small_talk, n), self.pick(rng, self.agent_task, n)), "tool"

    def k_agent_step(self, rng, n, ctx):
        return self.pick(rng, self.agent_step, n), "tool"

    def k_probe(self, rng, n, ctx):
        pre, post = self.probe_wraps
        w = pa.array(rng.integers(0, len(pre), n))
        return join(pre.take(w), self.pick(rng, self.qbank, n), post.take(w)), "essay"

    def k_slow(self, rng, n, ctx):
        pre, post = self.slow_wraps
        w = pa.array(rng.integers(0, len(pre), n))
        return join(self.pick(rng, self.small_talk, n), pre.take(w), self.pick(rng, self.slow_q, n), post.take(w)), "json_rationale"

    def response(self, rng: np.random.Generator, kind: str, n: int) -> pa.Array:
        return self.pick(rng, self.responses[kind], n)


_SENT = ["This depends mostly on what you want to optimise for.", "Here is a practical way to approach it.",
         "The short answer is yes, with a few caveats.", "A common mistake is to skip the first check.",
         "In most cases the simpler option works well enough.", "Keep in mind that prices and rules change over time.",
         "If you share more details, I can tailor this further.", "The key idea is to separate the two concerns.",
         "This works because each step only depends on the previous one.", "You can verify the result by substituting it back.",
         "There are trade-offs between speed, cost and reliability.", "Start small and iterate once you see results.",
         "Most people find the second approach easier to maintain.", "Be careful with edge cases such as empty input.",
         "The evidence here is mixed, so treat this as a rule of thumb.", "A useful analogy is a queue at a bakery."]
_WORDS = ["budget", "timing", "context", "constraint", "estimate", "baseline", "option", "risk", "value",
          "schedule", "input", "output", "factor", "pattern", "result", "margin", "buffer", "signal"]


def _para(r: random.Random, k: int) -> str:
    return " ".join(r.choice(_SENT) if r.random() < 0.6 else
                    f"Consider the {r.choice(_WORDS)} and the {r.choice(_WORDS)}: {r.choice(_SENT).lower()}" for _ in range(k))


def _build_responses(r: random.Random, c: dict[str, list[str]]) -> dict[str, pa.Array]:
    out: dict[str, list[str]] = {k: [] for k in ("general", "short", "code", "steps", "list", "json", "tool", "essay", "cot", "json_rationale")}
    for _ in range(1500):
        out["general"].append("\n\n".join(_para(r, r.randint(2, 5)) for _ in range(r.randint(1, 5))))
        out["short"].append(_para(r, r.randint(1, 2)))
        fn = r.choice(S.MODS)
        out["code"].append(f"{_para(r, 2)}\n\n```python\ndef {fn}_{r.choice(S.FIELDS)}(items):\n    result = []\n    for item in items:\n"
                           f"        if item.get('{r.choice(S.FIELDS)}') is not None:\n            result.append(item)\n    return result\n```\n\n{_para(r, r.randint(1, 3))}")
        steps = r.randint(3, 9)
        out["steps"].append("\n".join(f"{i + 1}. {_para(r, r.randint(1, 3))}" for i in range(steps)) + f"\n\nAnswer: {r.randint(2, 999)}")
        out["list"].append("\n".join(f"- {_para(r, 1)}" for _ in range(r.randint(3, 7))))
        out["json"].append(r.choice(['{"label": "positive"}', '{"label": "negative"}', "neutral", "yes", "no",
                                     f'{{"vendor": "{r.choice(S.COMPANIES)}", "total": {r.randint(10, 900)}.{r.randint(10, 99)}, "currency": "EUR"}}',
                                     f"{r.choice(S.TICKET_BITS).split(',')[0]} -- category: {r.choice(['billing', 'bug', 'account', 'other'])}"]))
        tool = r.choice(["bash", "read_file", "search", "python", "apply_patch", "fetch", "sql"])
        out["tool"].append(f"{_para(r, 1)}\n<tool_call>{{\"name\": \"{tool}\", \"arguments\": {{\"arg\": \"{r.choice(S.MODS)}\"}}}}</tool_call>"
                           if r.random() < 0.7 else _para(r, r.randint(2, 6)))
        out["essay"].append("## Background\n" + _para(r, r.randint(3, 6)) + "\n\n## Analysis\n" +
                            "\n".join(f"- **{r.choice(_WORDS).title()}**: {_para(r, r.randint(1, 3))}" for _ in range(r.randint(3, 8))) +
                            "\n\n## Summary\n" + _para(r, 2))
        out["cot"].append("Let me work through this carefully.\n\n" + "\n\n".join(
            f"Step {i + 1}: {_para(r, r.randint(2, 4))}" for i in range(r.randint(4, 12))) +
            f"\n\nChecking: {_para(r, 2)}\n\n**Final answer: {r.randint(2, 9999)}**")
        out["json_rationale"].append(f'{{"rationale": "{_para(r, r.randint(3, 8))}", "answer": "{r.choice(_WORDS)} {r.randint(1, 500)}"}}')
    return {k: _arr(v) for k, v in out.items()}
