"""What each exchange says: one recipe per prompt style, choosing fragment indices per row.

A recipe never builds text; it fills the row arrays p0..p4 (prompt fragments), tools,
image, rpre/rbody (response prefix and body). Every style draws cores from the same pools;
styles differ in the words around the core, in how the core is chosen, and in what follows.
"""

from __future__ import annotations

import numpy as np

from consentry_sim import ids
from consentry_sim.pools import CATEGORIES, Pools
from consentry_sim.world import World

IMAGE = CATEGORIES.index("image")
STRIPE = 400  # items a sweep account may send a day (its slice: that many per window day)
TOOL = CATEGORIES.index("tool")


class Ctx:
    """The arrays a recipe reads and writes, with small helpers for common draws."""

    def __init__(
        self, w: World, pools: Pools, rng: np.random.Generator, s: dict, r: dict, day: int
    ) -> None:
        self.w, self.p, self.rng, self.s, self.r, self.day = w, pools, rng, s, r, day
        cats = [pools.cat_range[c] for c in CATEGORIES]
        self.cat_start = np.array([c[0] for c in cats], np.int64)
        self.cat_count = np.array([c[1] for c in cats], np.int64)

    def sec(self, name: str, n: int, fixed: np.ndarray | None = None) -> np.ndarray:
        """Fragment indices from a pool section: random, or a fixed choice per row. Campaign
        wrappers come from the phrasing pool the world was built with (all, train or test)."""
        phrasing = self.w.evasion.phrasing
        if phrasing != "all" and f"{name}@{phrasing}" in self.p.sec:
            name = f"{name}@{phrasing}"
        start, count = self.p.sec[name]
        pick = self.rng.integers(0, count, n) if fixed is None else fixed % count
        return start + pick

    def rsec(self, name: str, n: int) -> np.ndarray:
        start, count = self.p.rsec[name]
        return start + self.rng.integers(0, count, n)

    def cores(self, acc: np.ndarray, k: np.ndarray | None = None) -> np.ndarray:
        """A core per row, from the account's topic mix (`k`: the session's number in its
        day, which a sweep uses to walk its slice without coming back to an item)."""
        cdf = self.w.acc["topic_cdf"][acc]
        cat = np.minimum(
            (self.rng.random(len(acc))[:, None] > cdf).sum(axis=1), len(CATEGORIES) - 1
        )
        out = self.cat_start[cat] + (self.rng.random(len(acc)) * self.cat_count[cat]).astype(
            np.int64
        )
        a = self.w.acc
        # a sweep walks its own slice of each category, item after item: many new items,
        # none shared and none repeated (until a small category wraps around)
        striped = a["stripe"][acc] >= 0
        if striped.any():
            c = cat[striped]
            if k is None:
                step = self.rng.integers(0, STRIPE, len(c))
            else:
                step = self.day * STRIPE + k[striped]
            pick = a["stripe"][acc[striped]] * STRIPE * self.w.scale.days + step
            out[striped] = self.cat_start[c] + pick % self.cat_count[c]
        # a fixed suite (an eval runner's benchmark, a job's prompt set) is re-sent
        suite = a["suite_n"][acc]
        fixed = suite > 0
        if fixed.any():
            j = (self.rng.random(int(fixed.sum())) * suite[fixed]).astype(np.int64)
            sid = a["suite"][acc[fixed]]
            # a suite that rotates (a digest's items of the day, the next benchmark) is a new
            # set of prompts every `suite_days` days
            every = a["suite_days"][acc[fixed]].astype(np.int64)
            rot = every > 0
            if rot.any():
                sid = sid.copy()
                sid[rot] = ids.hash_keys(sid[rot], self.day // every[rot]).view(np.int64)
            key = ids.hash_keys(sid, j)
            out[fixed] = self.p.core_start + (key % np.uint64(len(self.p.core_cat))).astype(
                np.int64
            )
        return out

    def core_info(self, core: np.ndarray) -> np.ndarray:
        return core - self.p.core_start

    def when(self, rows: np.ndarray, p: float) -> np.ndarray:
        return self.rng.random(len(rows)) < p


def _conversation(
    c: Ctx,
    rows: np.ndarray,
    heads: np.ndarray,
    tails: np.ndarray,
    context: np.ndarray | None = None,
) -> None:
    """Turn 0 carries the core; later turns follow a script (MT-Bench, BFCL) or a follow-up."""
    r, s = c.r, c.s
    sess = r["sess"][rows]
    t = r["t"][rows]
    core = s["core"][sess]
    ci = c.core_info(core)
    resumed = s["resumed"][sess]
    first = (t == 0) & ~resumed
    cont_n = c.p.core_cont_n[ci]
    scripted = ~first & ~resumed & (t - 1 < cont_n) & (t > 0)
    n = len(rows)
    # Free later turns: a short follow-up, a follow-up with specifics, or a new question.
    u = c.rng.random(n)
    free = ~first & ~scripted
    again = free & (u < 0.25)
    specific = free & (u >= 0.25) & (u < 0.55)
    acc = s["acc"][sess]
    fresh = c.cores(acc)
    r["p0"][rows] = np.where(first, heads, np.where(again, c.sec("opener", n), 0))
    if context is not None:
        r["p1"][rows] = np.where(first, context, np.where(specific, c.sec("context", n), 0))
    r["p2"][rows] = np.where(
        first,
        core,
        np.where(
            scripted,
            c.p.core_cont[ci] + np.maximum(t - 1, 0),
            np.where(again, fresh, c.sec("followup", n)),
        ),
    )
    r["p3"][rows] = np.where(first, tails, 0)
    r["rbody"][rows] = np.where(
        first | scripted,
        c.p.core_resp[ci],
        np.where(again, c.p.core_resp[c.core_info(fresh)], c.rsec("r_followup", n)),
    )
    api = s["surface"][sess] >= 2
    r["tools"][rows] = np.where(api & (c.p.core_cat[ci] == TOOL), c.p.core_tools[ci], 0)
    r["image"][rows] = first & (c.p.core_cat[ci] == IMAGE)


def chat(c: Ctx, rows: np.ndarray) -> None:
    acc = c.s["acc"][c.r["sess"][rows]]
    persona = c.w.acc["persona"][acc]
    n = len(rows)
    habit = persona + c.rng.integers(0, 3, n)
    heads = np.where(c.when(rows, 0.35), c.sec("opener", n, habit), 0)
    context = np.where(c.when(rows, 0.3), c.sec("context", n), 0)
    tails = np.where(
        c.when(rows, 0.25),
        c.sec("closer", n, persona // 7 + c.rng.integers(0, 3, n)),
        np.where(c.when(rows, 0.04), c.sec("step", n), 0),
    )
    _conversation(c, rows, heads, tails, context)
    # A few first turns are the short greetings and tests that everybody sends.
    trivial = rows[(c.r["t"][rows] == 0) & c.when(rows, 0.02)]
    c.r["p0"][trivial] = c.r["p1"][trivial] = c.r["p3"][trivial] = 0
    c.r["p2"][trivial] = c.sec("trivial", len(trivial))
    c.r["rbody"][trivial] = c.rsec("r_general", len(trivial))


PROBLEM_SET = 30


def homework(c: Ctx, rows: np.ndarray) -> None:
    """Students: half their questions come from the week's problem set, shared by the class."""
    sess = np.unique(c.r["sess"][rows])
    group = c.w.acc["group"][c.s["acc"][sess]].astype(np.int64)
    start, count = c.p.cat_range["math"]
    offset = ids.hash_keys(c.w.seed, group, c.day // 7) % np.uint64(count - PROBLEM_SET)
    assigned = start + offset.astype(np.int64) + c.rng.integers(0, PROBLEM_SET, len(sess))
    c.s["core"][sess] = np.where(c.rng.random(len(sess)) < 0.5, assigned, c.s["core"][sess])
    n = len(rows)
    heads = np.where(c.when(rows, 0.6), c.sec("homework", n), 0)
    tails = np.where(c.when(rows, 0.7), c.sec("step", n), 0)
    _conversation(c, rows, heads, tails)


def product(c: Ctx, rows: np.ndarray) -> None:
    """End users of a product: their own wording, inside the product's message format."""
    acc = c.s["acc"][c.r["sess"][rows]]
    n = len(rows)
    heads = c.sec("product_head", n, c.w.acc["head"][acc])
    context = np.where(c.when(rows, 0.3), c.sec("context", n), 0)
    tails = np.where(c.when(rows, 0.2), c.sec("closer", n), 0)
    _conversation(c, rows, heads, tails, context)


def evaluation(c: Ctx, rows: np.ndarray) -> None:
    """Benchmark items verbatim, in the lab's fixed format (math items get its wrapper)."""
    sess = c.r["sess"][rows]
    fmt = c.w.acc["head"][c.s["acc"][sess]]
    math = c.p.core_cat[c.core_info(c.s["core"][sess])] == CATEGORIES.index("math")
    n = len(rows)
    heads = np.where(math, c.sec("eval_head", n, fmt), 0)
    tails = np.where(math, c.sec("eval_tail", n, fmt), 0)
    _conversation(c, rows, heads, tails)


def batch(c: Ctx, rows: np.ndarray) -> None:
    sess = c.r["sess"][rows]
    ticket = -1 - c.s["core"][sess]
    c.r["p0"][rows] = c.p.sec["batch_head"][0]
    c.r["p2"][rows] = c.p.sec["ticket"][0] + ticket % c.p.sec["ticket"][1]
    c.r["p3"][rows] = np.where(c.when(rows, 0.6), c.sec("ticket_more", len(rows)), 0)
    c.r["rbody"][rows] = c.rsec("r_summary", len(rows))


def agent(c: Ctx, rows: np.ndarray) -> None:
    """Agent loops: a task, then tool results; CI jobs take their task from the CI pool."""
    r, s = c.r, c.s
    sess = r["sess"][rows]
    acc = s["acc"][sess]
    t = r["t"][rows]
    n = len(rows)
    first = t == 0
    core = s["core"][sess]
    ci_job = c.w.acc["ci"][acc]
    image = first & (c.rng.random(n) < c.w.acc["p_image"][acc])
    img = c.cat_start[IMAGE] + c.rng.integers(0, c.cat_count[IMAGE], n)
    task = np.where(ci_job, c.sec("ci_task", n), np.where(image, img, core))
    r["p2"][rows] = np.where(first, task, c.sec("tool_result", n))
    trace = first & (c.day >= c.w.acc["trace_day"][acc]) & c.when(rows, 0.6)
    name = "trace_para" if c.w.evasion.paraphrase else "trace_fixed"
    r["p3"][rows] = np.where(trace, c.sec(name, n, c.w.acc["head"][acc]), 0)
    r["rpre"][rows] = np.where(trace, c.rsec("reasoning", n), -1)
    r["tools"][rows] = c.w.acc["tools"][acc]
    r["image"][rows] = image
    done = t == s["turns"][sess] - 1
    r["rbody"][rows] = np.where(
        done | c.when(rows, 0.2), c.rsec("r_coding", n), c.rsec("r_toolcall", n)
    )


def cot(c: Ctx, rows: np.ndarray) -> None:
    """Reasoning campaign: each request a fresh problem, wrapped to elicit the full reasoning,
    or a graded answer against a rubric."""
    r = c.r
    acc = c.s["acc"][r["sess"][rows]]
    n = len(rows)
    core = c.cores(acc)
    answer = c.p.core_answer[c.core_info(core)]
    rubric = (answer > 0) & c.when(rows, 0.4)
    head = c.w.acc["head"][acc]
    if c.w.evasion.paraphrase:
        wrap = np.where(c.when(rows, 0.7), c.sec("cot_para", n), 0)
        tail = np.where(wrap == 0, c.sec("step", n), 0)
    else:
        wrap, tail = c.sec("cot_fixed", n, head), np.zeros(n, np.int64)
    lang = c.w.acc["lang"][acc]
    intl = lang > 0  # the multilingual campaign: wrappers in the account's language
    if intl.any():
        k = int(intl.sum())
        wrap[intl] = c.sec("cot_intl", k, (lang[intl] - 1) * 4 + c.rng.integers(0, 4, k))
        tail[intl] = 0
        rubric &= ~intl
    r["p0"][rows] = np.where(rubric, c.sec("rubric_head", n, head), wrap)
    r["p1"][rows] = np.where(rubric, core, 0)
    r["p2"][rows] = np.where(rubric, c.sec("rubric_mid", n, head), core)
    r["p3"][rows] = np.where(rubric, answer, tail)
    r["p4"][rows] = np.where(rubric, c.sec("rubric_tail", n, head), 0)
    r["rbody"][rows] = np.where(rubric, c.rsec("r_grade", n), c.p.core_resp[c.core_info(core)])
    r["rpre"][rows] = np.where(rubric, -1, c.rsec("reasoning", n))


def hydra(c: Ctx, rows: np.ndarray) -> None:
    """Hydra pipeline: a broad capability sweep, one templated request after another."""
    r = c.r
    acc = c.s["acc"][r["sess"][rows]]
    n = len(rows)
    core = c.cores(acc)
    ci = c.core_info(core)
    head = c.w.acc["head"][acc]
    name = "hydra_para" if c.w.evasion.paraphrase else "hydra_fixed"
    r["p0"][rows] = c.sec(name, n, None if c.w.evasion.paraphrase else head)
    r["p2"][rows] = core
    step = c.when(rows, 0.12)
    r["p3"][rows] = np.where(step, c.sec("step", n), 0)
    r["rpre"][rows] = np.where(step, c.rsec("reasoning", n), -1)
    r["rbody"][rows] = c.p.core_resp[ci]
    r["tools"][rows] = np.where(c.p.core_cat[ci] == TOOL, c.p.core_tools[ci], 0)
    r["image"][rows] = c.p.core_cat[ci] == IMAGE


RECIPES = {
    "chat": chat,
    "homework": homework,
    "product": product,
    "eval": evaluation,
    "batch": batch,
    "agent": agent,
    "cot": cot,
    "hydra": hydra,
}
