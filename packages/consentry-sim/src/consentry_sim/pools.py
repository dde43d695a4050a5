"""Pools of pre-composed text that exchanges index into, so text is never built per row.

A prompt is the concatenation of up to five fragments (head, context, core, middle, tail)
taken from one fragment pool; a response is a prefix plus a body from the response pool.
Cores come from the bundled corpora and from our own templates (phrases.py); the pools are
the same for every seed and every population.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from consentry_sim import compose as cx
from consentry_sim import phrases as ph
from consentry_sim import replies as rp
from consentry_sim.corpus import load_corpus

CATEGORIES = ("coding", "math", "writing", "general", "analysis", "image", "tool")
POOL_SEED = 20260127
# Response length by category: (median tokens, log-sd), for our own composed replies.
RESPONSE_SIZES = {
    "coding": (520, 0.55),
    "math": (300, 0.5),
    "writing": (430, 0.55),
    "general": (360, 0.6),
    "analysis": (400, 0.5),
    "image": (150, 0.6),
    "tool": (70, 0.5),
}


@dataclass
class _Builder:
    texts: list[str] = field(default_factory=lambda: [""])
    sections: dict[str, tuple[int, int]] = field(default_factory=dict)

    def add(self, name: str, items: list[str] | tuple[str, ...]) -> int:
        start = len(self.texts)
        self.texts.extend(items)
        self.sections[name] = (start, len(items))
        return start


@dataclass(frozen=True)
class Pools:
    """Fragment, response and system-prompt pools with per-core metadata (index arrays)."""

    frags: pa.StringArray
    frag_tok: np.ndarray
    sec: dict[str, tuple[int, int]]
    core_cat: np.ndarray  # category code per core (index into CATEGORIES), by core offset
    core_start: int  # first core fragment; cores are contiguous, grouped by category
    cat_range: dict[str, tuple[int, int]]
    core_cont: np.ndarray  # first continuation fragment of a scripted core, -1 if none
    core_cont_n: np.ndarray
    core_tools: np.ndarray  # declared tools (BFCL) per core
    core_resp: np.ndarray  # response-pool index of the reply to each core
    core_answer: np.ndarray  # fragment index of a worked answer (gsm8k), 0 if none
    bench: dict[str, np.ndarray]  # benchmark -> core fragment indices, in benchmark order
    resp: pa.StringArray
    resp_tok: np.ndarray
    rsec: dict[str, tuple[int, int]]
    system: pa.StringArray
    system_tok: np.ndarray
    ssec: dict[str, tuple[int, int]]


def _tokens(arr: pa.StringArray) -> np.ndarray:
    """About four characters per token, the usual rule for English text and code."""
    chars = pc.utf8_length(arr).to_numpy(zero_copy_only=False)
    return np.ceil(chars / 4.0).astype(np.int32)


def _responses(rng: np.random.Generator, corpus_answers: list[str]) -> _Builder:
    prng = cx.Rng(POOL_SEED + 1)
    b = _Builder()
    for cat, (med, sd) in RESPONSE_SIZES.items():
        sizes = cx.sized(rng, med, sd, 1500)
        b.add(f"r_{cat}", [cx.composed_reply(prng, cat, int(t)) for t in sizes])
    b.add(
        "r_answer",
        [
            cx.pick(prng, rp.RESPONSE_OPENERS["math"])
            + a
            + "\n\n"
            + cx.composed_reply(prng, "general", int(t)).split("\n\n")[-1]
            for a, t in zip(
                corpus_answers, cx.sized(rng, 90, 0.5, len(corpus_answers)), strict=True
            )
        ],
    )
    b.add("reasoning", [cx.reasoning(prng, int(t)) for t in cx.sized(rng, 900, 0.5, 400)])
    b.add(
        "r_followup",
        [
            cx.pick(prng, rp.FOLLOWUP_RESPONSES) + " " + cx.composed_reply(prng, "general", int(t))
            for t in cx.sized(rng, 160, 0.6, 800)
        ],
    )
    b.add(
        "r_toolcall",
        [
            cx.pick(prng, rp.TOOL_CALL_RESPONSES).format(tool=cx.pick(prng, ph.TOOL_NAMES))
            for _ in range(200)
        ],
    )
    b.add(
        "r_summary",
        [
            f"- {cx.pick(prng, rp.RESPONSE_SENTENCES)}\n- {cx.pick(prng, rp.RESPONSE_SENTENCES)}\n"
            f"Urgency: {cx.pick(prng, ('low', 'medium', 'high'))}\n"
            f"Area: {cx.pick(prng, ph.TICKET_SUBJECTS).lower()}"
            for _ in range(500)
        ],
    )
    b.add(
        "r_grade",
        [
            cx.composed_reply(prng, "math", int(t)) + f"\n\nScore: {rng.integers(3, 11)}/10"
            for t in cx.sized(rng, 450, 0.4, 400)
        ],
    )
    return b


def _systems() -> _Builder:
    b = _Builder()
    b.add("custom", list(rp.CUSTOM_INSTRUCTIONS))
    b.add("product", [t.format(co=co) for co in rp.COMPANIES for _, t in rp.PRODUCT_KINDS])
    b.add("agent", list(rp.AGENT_SYSTEM))
    b.add("eval", list(rp.EVAL_SYSTEM))
    return b


@lru_cache(maxsize=1)
def build_pools() -> Pools:
    """Build every pool once per process (about a second); identical for every seed."""
    rng = np.random.default_rng(POOL_SEED)
    prng = cx.Rng(POOL_SEED)
    corpus = load_corpus()
    synth = cx.synthetic_cores(prng)
    b = _Builder()
    b.add("opener", [g + a for g in ph.GREETINGS for a in ph.ASKS if g + a][:120] or [""])
    b.add(
        "context", [f"I'm {r}, {s}. " for r in ph.ROLES for s in ph.SITUATIONS] + cx.details(prng)
    )
    b.add("closer", [sep + c for c in ph.CLOSERS for sep in (" ", "\n\n")])
    b.add("step", [sep + c for c in ph.STEP_CLOSERS for sep in (" ", "\n\n")])
    b.add("homework", list(ph.HOMEWORK_OPENERS))
    b.add("followup", cx.followups(prng))
    b.add("trivial", list(ph.TRIVIAL_PROMPTS))
    # Cores, grouped by category; corpus records first, then number variants, then our own.
    cores: dict[str, list[tuple[str, int]]] = {c: [] for c in CATEGORIES}
    for i, r in enumerate(corpus):
        cores[r.cat].append((r.turns[0], i))
        if r.bench == "gsm8k-train":
            cores["math"].extend((cx.perturb_numbers(prng, r.turns[0]), i) for _ in range(2))
    for cat, texts in synth.items():
        cores[cat].extend((t, -1) for t in texts)
    core_texts: list[str] = []
    origin: list[int] = []
    cat_code: list[int] = []
    cat_range: dict[str, tuple[int, int]] = {}
    start = len(b.texts)
    for k, cat in enumerate(CATEGORIES):
        cat_range[cat] = (start + len(core_texts), len(cores[cat]))
        for text, i in cores[cat]:
            core_texts.append(text)
            origin.append(i)
            cat_code.append(k)
    b.add("core", core_texts)
    n = len(core_texts)
    # Scripted continuations (MT-Bench second turns, BFCL multi-turn) and worked answers.
    cont_texts: list[str] = []
    cont = np.full(n, -1, np.int64)
    cont_n = np.zeros(n, np.int32)
    answers: list[str] = []
    answer_of: dict[int, int] = {}
    for j, i in enumerate(origin):
        if i < 0:
            continue
        r = corpus[i]
        if len(r.turns) > 1:
            cont[j] = len(cont_texts)
            cont_n[j] = len(r.turns) - 1
            cont_texts.extend(r.turns[1:])
        if r.answer and i not in answer_of:
            answer_of[i] = len(answers)
            answers.append(r.answer)
    cont_base = b.add("cont", cont_texts)
    cont = np.where(cont >= 0, cont + cont_base, -1)
    ans_base = b.add("answer", ["\n" + a for a in answers])
    core_answer = np.array(
        [ans_base + answer_of[i] if i in answer_of else 0 for i in origin], np.int64
    )
    b.add("ticket", cx.tickets(prng, 12000))
    b.add("ticket_more", cx.ticket_more(prng, 4000))
    b.add("batch_head", list(ph.BATCH_TEMPLATES))
    b.add("ci_task", cx.ci_tasks(prng, 3000))
    b.add("tool_result", cx.tool_results(prng, 20000))
    # Campaign wrappers in three pools: all of them, and two disjoint halves (train / test)
    # so a detector can be trained on some phrasings and evaluated on wording it never saw.
    for pool, fixed, parts in (
        ("all", lambda xs: list(xs), lambda xs: tuple(xs)),
        ("train", lambda xs: list(xs[0::2]), lambda xs: tuple(xs[: (len(xs) + 1) // 2])),
        (
            "test",
            lambda xs: list(xs[1::2]) or list(xs),
            lambda xs: tuple(xs[(len(xs) + 1) // 2 :]) or tuple(xs),
        ),
    ):
        sfx = "" if pool == "all" else "@" + pool
        b.add("cot_fixed" + sfx, fixed(ph.COT_FIXED))
        b.add("cot_intl" + sfx, fixed(ph.COT_INTL))
        b.add("cot_para" + sfx, [s + "\n\n" for s in cx.product(*map(parts, ph.COT_PARTS))])
        b.add("rubric_head" + sfx, fixed(ph.RUBRIC_HEAD))
        b.add("rubric_mid" + sfx, fixed(ph.RUBRIC_MID))
        b.add("rubric_tail" + sfx, fixed(ph.RUBRIC_TAIL))
        b.add("trace_fixed" + sfx, ["\n\n" + s for s in fixed(ph.TRACE_CLOSERS)])
        b.add("trace_para" + sfx, ["\n\n" + s for s in cx.product(*map(parts, ph.TRACE_PARTS))])
        b.add("hydra_fixed" + sfx, fixed(ph.HYDRA_FIXED))
        b.add("hydra_para" + sfx, cx.product(*map(parts, ph.HYDRA_PARTS)))
    b.add(
        "eval_head",
        [
            "Question: ",
            "Solve the following math problem. Put your final answer after ####.\n\n",
            "",
        ],
    )
    b.add("eval_tail", ["\nAnswer:", "\nLet's think step by step.", ""])
    b.add("product_head", ["", "", "Customer message:\n", "User: ", "Student question: "])
    frags = pa.array(b.texts, pa.string())

    tools = np.array([corpus[i].n_tools if i >= 0 else 0 for i in origin], np.int16)
    is_multi = np.array([i >= 0 and corpus[i].bench == "bfcl-multi-turn" for i in origin])
    tools[is_multi] = rng.integers(10, 26, int(is_multi.sum()))

    rb = _responses(rng, answers)
    core_resp = np.empty(n, np.int64)
    h = np.arange(n) * 2654435761 % (1 << 31)
    for j, i in enumerate(origin):
        if i >= 0 and i in answer_of:
            core_resp[j] = rb.sections["r_answer"][0] + answer_of[i]
        else:
            s, m = rb.sections[f"r_{CATEGORIES[cat_code[j]]}"]
            core_resp[j] = s + h[j] % m
    resp = pa.array(rb.texts, pa.string())
    sb = _systems()
    system = pa.array(sb.texts, pa.string())
    core_start = b.sections["core"][0]
    bench = {
        name: np.array(
            [
                core_start + j
                for j, i in enumerate(origin)
                if i >= 0 and corpus[i].bench == name and core_texts[j] == corpus[i].turns[0]
            ],
            np.int64,
        )
        for name in ("gsm8k-test", "mt-bench", "arena-hard-v2.0")
    }
    return Pools(
        frags=frags,
        frag_tok=_tokens(frags),
        sec=b.sections,
        core_cat=np.array(cat_code, np.int8),
        core_start=core_start,
        cat_range=cat_range,
        core_cont=cont,
        core_cont_n=cont_n,
        core_tools=tools,
        core_resp=core_resp,
        core_answer=core_answer,
        bench=bench,
        resp=resp,
        resp_tok=_tokens(resp),
        rsec=rb.sections,
        system=system,
        system_tok=_tokens(system),
        ssec=sb.sections,
    )
