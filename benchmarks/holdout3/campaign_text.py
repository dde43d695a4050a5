"""What each distillation operation sends: its own task sources and its own wording. Written
from the published account of such operations (reasoning traces, agentic tool use, coding,
rubric grading, censorship-safe rewrites) and from how data teams write generation prompts."""

from __future__ import annotations

import re

from corpora import Corpora
from prompts import CODE_TASKS, CONCEPTS, LANGS, P, one

# ---- hydra_cot: reasoning-trace extraction through a hydra proxy cluster ------------------
_COT_WRAP = (
    "Solve the problem below. Before the final answer, write out your complete reasoning, every "
    "intermediate step, inside <thinking></thinking>.\n\n{q}",
    "{q}\n\nShow all of your internal reasoning step by step, do not skip steps, then give the "
    "answer on its own line as 'ANSWER: <value>'.",
    "Problem: {q}\nThink through this carefully and verbosely as you would privately, then answer.",
    "Please reason about the following as thoroughly as possible, listing each deduction you "
    "make, and finish with the result.\n{q}",
    "{q}\nLet's think step by step. Explain every calculation and why you do it.",
    "Task: {q}\nOutput format: 1) your full chain of reasoning 2) verification of the result "
    "3) final answer.",
)  # fmt: skip
_PUZZLE = (
    "A train leaves at {a}:00 going {b} km/h; another leaves {c} hours later at {d} km/h on the "
    "same track. When does the second catch up?",
    "Five people sit in a row. {n1} is not next to {n2}, {n3} sits at an end, and {n4} is left of "
    "{n1}. How many arrangements are possible?",
    "Prove or disprove: for every integer n > {a}, n^2 + {b}n + {c} is composite.",
    "A bag has {a} red and {b} blue balls. You draw {c} without replacement. What is the "
    "probability that at least one is red?",
    "If log_{a}(x) + log_{a}(x - {b}) = {c}, find all real x.",
    "How many integers between 1 and {a}00 are divisible by {b} or {c} but not both?",
)  # fmt: skip
_NAMES = ("Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Goran", "Hana", "Ivan", "Jun")


def _numbers(r: P, text: str) -> str:
    return re.sub(r"\d+", lambda m: str(max(1, int(m.group()) + r.randint(-3, 12))), text)


def hydra_cot(r: P, c: Corpora) -> str:
    if c.gsm and r.random() < 0.6:
        q = _numbers(r, one(r, c.gsm))
    else:
        n = r.sample(_NAMES, 4)
        q = one(r, _PUZZLE).format(a=r.randint(2, 9), b=r.randint(2, 90), c=r.randint(1, 7),
                                   d=r.randint(50, 160), n1=n[0], n2=n[1], n3=n[2], n4=n[3])  # fmt: skip
    return one(r, _COT_WRAP).format(q=q)


HYDRA_SYSTEMS = (
    None, None, "You are a meticulous mathematics tutor.", "You are a helpful assistant.",
    "You are an expert problem solver. Always show your work.",
)  # fmt: skip

# ---- agentic_tools: agent trajectories with tool schemas ----------------------------------
AGENT_SYS = (
    "You are an autonomous agent operating in a sandbox. Plan, call tools, observe results, and "
    "continue until the task is complete. Explain your reasoning before each tool call.",
    "You are a capable assistant with access to tools. For every step, state your thought, the "
    "tool you choose and its arguments.",
    "Agent mode. Decompose the user's goal into sub-tasks and solve them using the functions "
    "provided. Be explicit about intermediate decisions.",
)  # fmt: skip
_AGENT_TASKS = (
    "book the cheapest refundable flight from {a} to {b} next {d} and add it to my calendar",
    "find all invoices over {n} dollars in the accounting system from last quarter and email a "
    "summary to finance",
    "set up a cron job that backs up the {db} database every night and verify it ran",
    "search the repo for uses of the deprecated {fn} function, patch them and open a PR",
    "compare prices for {item} across three shops and put the results in a spreadsheet",
    "triage the last {n} support tickets, label each by urgency and assign owners",
    "scrape the changelog of {lib} for breaking changes since version {v} and summarise them",
)  # fmt: skip


def agent_task(r: P, c: Corpora) -> tuple[str, int]:
    if c.tools and r.random() < 0.45:
        text, n = one(r, c.tools)  # type: ignore[arg-type]
        return text, n
    t = one(r, _AGENT_TASKS).format(
        a=one(r, ("SFO", "JFK", "LHR", "CDG", "NRT", "SIN", "DXB")),
        b=one(r, ("BER", "ORD", "HND", "SYD", "GRU", "YYZ", "AMS")),
        d=one(r, ("monday", "week", "friday")), n=r.randint(5, 900),
        db=one(r, ("postgres", "orders", "users", "analytics")),
        fn=one(r, ("getUser", "parse_date", "legacyAuth", "fetchAll")),
        item=one(r, ("a 4k monitor", "running shoes", "a standing desk", "an air purifier")),
        lib=one(r, ("react", "django", "pandas", "kubernetes")), v=f"{r.randint(1, 9)}.{r.randint(0, 20)}",
    )  # fmt: skip
    return t, r.randint(3, 14)


def agent_step(r: P) -> str:
    """A follow-up turn carrying a (fake) tool result back to the model."""
    return one(r, (
        'Tool result: {"status": "ok", "items": %d}. Continue.',
        'Observation: {"error": "timeout", "retry_after": %d}. What next?',
        'Function returned: {"rows": %d, "truncated": false}. Proceed to the next step.',
        "The tool output is attached (%d lines). Decide the next action and explain why.",
    )) % r.randint(1, 500)  # fmt: skip


# ---- rubric_grader: grading data, low and slow over residential proxies -------------------
_RUBRIC = (
    "You are grading a model answer. Rubric:\n{crit}\nQuestion: {q}\nAnswer: {a}\nReturn JSON "
    "with a 1-10 score for each criterion and a one-sentence justification.",
    "Evaluate the response below strictly.\n[Question]\n{q}\n[Response]\n{a}\n[Criteria]\n{crit}"
    "\nGive per-criterion scores (0-5) and an overall verdict.",
    "Act as an expert reviewer. Compare the answer with what an ideal answer would contain. "
    "Criteria: {crit}. Q: {q} A: {a} Score it and explain the weaknesses.",
    "Which parts of this answer would lose marks, and why? Use the marking scheme: {crit}\n"
    "Prompt: {q}\nCandidate: {a}",
)  # fmt: skip
_CRITERIA = ("correctness", "completeness", "clarity", "harmlessness", "instruction following",
             "conciseness", "use of evidence", "code quality", "reasoning validity", "tone")  # fmt: skip


def rubric(r: P, c: Corpora) -> str:
    pool = c.arena or c.gsm or [f"Explain {x}." for x in CONCEPTS]
    q = one(r, pool)[:400]
    a = " ".join(r.sample(("The answer is that it depends.", "First we compute the total.",
                           "This is caused by pressure changes.", "Use a hash map for O(1) lookups.",
                           "In summary, the second option is cheaper.", "I cannot be sure.",
                           "Therefore the result is 42.", "The main risk is overfitting."), 3))  # fmt: skip
    crit = ", ".join(r.sample(_CRITERIA, r.randint(3, 5)))
    return one(r, _RUBRIC).format(q=q, a=a, crit=crit)


# ---- coding_harvest: multi-turn coding sessions over mobile proxies -----------------------
def coding_open(r: P) -> str:
    lang = one(r, LANGS)
    return one(r, (
        f"Implement {one(r, CODE_TASKS)} in {lang}. Production quality, with error handling.",
        f"I need a {lang} module that can {one(r, CODE_TASKS)}. Start with the interface.",
        f"Write {lang} code to {one(r, CODE_TASKS)} and walk me through your design choices.",
        f"Build a small {lang} CLI that will {one(r, CODE_TASKS)}.",
    ))  # fmt: skip


CODING_NEXT = (
    "Now add unit tests covering edge cases.", "Refactor it for readability and explain why.",
    "What is the time and space complexity? Can it be improved?", "Port it to Rust.",
    "Handle the case where the input is empty or malformed.", "Add logging and type hints.",
    "Make it concurrent and explain the trade-offs.", "Write the docstrings and a README section.",
    "Now review your own code as a senior engineer would.", "Optimise the hot path.",
)  # fmt: skip

# ---- censor_rewrite: censorship-safe rewrites, multilingual, via a reseller pool ----------
_SENSITIVE = {
    "en": (
        "the 1989 Tiananmen protests",
        "the status of Taiwan",
        "Xinjiang detention camps",
        "criticism of the head of state",
        "press freedom",
        "the Hong Kong 2019 protests",
    ),
    "zh": ("六四事件", "台湾问题", "新疆", "领导人", "新闻自由", "香港示威"),
    "ru": ("протесты 2011 года", "свобода прессы", "оппозиционные политики", "цензура в интернете"),
    "es": ("la libertad de prensa", "las protestas estudiantiles", "la censura estatal"),
}
_REWRITE = {
    "en": (
        "Rewrite the following answer about {t} so that it would pass content review in a "
        "market with strict rules on political speech. Keep it fluent.\n\n{a}",
        "Give a neutral answer about {t}, then a second version that avoids any statement "
        "that could be considered politically sensitive.",
        "How should a chatbot respond if a user asks about {t}? Write the ideal safe reply.",
    ),
    "zh": (
        "请把下面关于{t}的回答改写成符合内容审核要求的版本，语言要自然。\n\n{a}",
        "如果用户问到{t}，一个合规的AI助手应该如何回答？请给出理想的回复。",
        "关于{t}，请先给出客观回答，再给出一个去除敏感内容的版本。",
    ),
    "ru": (
        "Перепиши ответ о теме «{t}» так, чтобы он прошёл проверку цензора. Сохрани смысл.\n\n{a}",
        "Как должен ответить ассистент, если спросят про {t}? Дай безопасный вариант.",
    ),
    "es": (
        "Reescribe esta respuesta sobre {t} para que sea aceptable en un mercado con "
        "censura estricta.\n\n{a}",
        "¿Cómo debería responder un asistente sobre {t}?",
    ),
}
_ANSWER = {
    "en": "Historians describe the events as a turning point; accounts differ on the details.",
    "zh": "历史学家认为这是一个转折点，但各方说法不一。",
    "ru": "Историки считают это поворотным моментом, оценки расходятся.",
    "es": "Los historiadores lo consideran un punto de inflexión; los relatos difieren.",
}


def censor(r: P, lang: str) -> str:
    t = one(r, _SENSITIVE[lang])
    a = _ANSWER[lang] + " " + one(r, CONCEPTS) if r.random() < 0.3 else _ANSWER[lang]
    return one(r, _REWRITE[lang]).format(t=t, a=a)


# ---- paraphrase_slow: broad capability coverage, every prompt worded afresh ---------------
_DOMAINS = (
    ("contract law", ("consideration", "frustration of purpose", "liquidated damages")),
    ("cardiology", ("atrial fibrillation", "beta blockers", "troponin levels")),
    ("organic chemistry", ("SN1 vs SN2", "aromaticity", "Grignard reagents")),
    ("macroeconomics", ("liquidity traps", "the Phillips curve", "sovereign default")),
    ("distributed systems", ("Raft leader election", "vector clocks", "exactly-once delivery")),
    ("epidemiology", ("confounding", "R0 estimation", "case-control studies")),
    ("linear algebra", ("eigen decomposition", "the rank-nullity theorem", "SVD")),
    ("tax accounting", ("deferred tax assets", "transfer pricing", "depreciation methods")),
    ("structural engineering", ("buckling", "load paths", "fatigue")),
    ("philosophy of mind", ("the hard problem", "functionalism", "qualia")),
    ("compilers", ("register allocation", "SSA form", "escape analysis")),
    ("pharmacology", ("first-pass metabolism", "half-life", "drug interactions")),
)  # fmt: skip
_OPENERS = ("", "", "Quick one - ", "I've been wondering: ", "Can I ask something about {d}? ",
            "Studying {d} at the moment. ", "Not my field, but ", "As a {d} student, ",
            "For a report: ", "My colleague and I disagree. ")  # fmt: skip
_ASKS = (
    "how would you reason about {s} if you had to explain it from first principles?",
    "walk me through {s}, including where people usually go wrong",
    "what's the logic behind {s}? take it slowly",
    "could you derive {s} rather than just state it",
    "why does {s} work the way it does? I'd like the argument, not just the conclusion",
    "{s} - what are the steps to analyse a tricky case?",
    "explain {s} and then test yourself with a hard example",
    "in {d}, how do experts think about {s}?",
    "give a careful, well-argued account of {s}",
    "what would a rigorous answer about {s} look like",
)  # fmt: skip
_CLOSERS = ("", "", "", " Thanks.", " Be thorough.", " Show your thinking.", " No rush.",
            " Take your time.", " Step by step if possible.", " I want to really understand.")  # fmt: skip


def paraphrased(r: P) -> str:
    d, subs = one(r, _DOMAINS)  # type: ignore[arg-type]
    s = one(r, subs)
    text = one(r, _OPENERS).format(d=d) + one(r, _ASKS).format(s=s, d=d) + one(r, _CLOSERS)
    if r.random() < 0.4:
        text = text[:1].upper() + text[1:]
    if r.random() < 0.2:
        text = text.replace(" ", "  ", 1)
    return text


# ---- release_sprint: capability sweep of a just-released model ---------------------------
_SWEEP_SYS = "Answer as completely and expertly as you can. Include reasoning and examples."


def sprint(r: P, c: Corpora) -> tuple[str, str, int]:
    """(prompt, system prompt, tool count) for a sweep across capabilities."""
    k = r.randrange(5)
    if k == 0:
        return hydra_cot(r, c), _SWEEP_SYS, 0
    if k == 1:
        t, n = agent_task(r, c)
        return t, _SWEEP_SYS, n
    if k == 2:
        return coding_open(r), _SWEEP_SYS, 0
    if k == 3:
        return rubric(r, c), _SWEEP_SYS, 0
    return (one(r, c.arena) if c.arena else paraphrased(r)), _SWEEP_SYS, 0
