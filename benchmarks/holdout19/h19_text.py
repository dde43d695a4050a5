"""Text for hold-out 19: the public corpora as banks, and the frames and everyday lines that
legitimate users and campaigns both write.

Why one module: a campaign and its legitimate twin draw their frames from the same lists here,
so the wording of a request never tells them apart; what differs is what sits inside the frame
(a walk of a public bank across a campaign, or a customer's own material repeated).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np


class CorpusError(Exception):
    """The corpora folder is missing or unreadable (reported as one line, exit 2)."""


@dataclass(frozen=True)
class Banks:
    """Public prompt banks read from /work/shared/corpora (licences in its SOURCES.md)."""

    code: tuple[str, ...]  # Arena-Hard coding prompts
    math: tuple[str, ...]  # GSM8K questions
    general: tuple[str, ...]  # Arena-Hard other, MT-Bench first turns, self-instruct tasks
    passages: tuple[str, ...]  # self-instruct outputs and MT-Bench writing prompts, as prose
    tools: tuple[str, ...]  # BFCL user turns

    def everything(self) -> tuple[str, ...]:
        return self.code + self.math + self.general


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_banks(root: Path) -> Banks:
    """Read the corpora; raise CorpusError naming the file when one is missing or broken."""
    try:
        arena = _jsonl(root / "arena-hard-v2.0/question.jsonl")
        arena += _jsonl(root / "arena-hard-v0.1/question.jsonl")
        mt = _jsonl(root / "mt-bench/question.jsonl")
        seeds = _jsonl(root / "self-instruct-seed/seed_tasks.jsonl")
        gsm = _jsonl(root / "gsm8k/test.jsonl") + _jsonl(root / "gsm8k/train.jsonl")
        bfcl = _jsonl(root / "bfcl-v4/BFCL_v4_live_multiple.json")
    except (OSError, ValueError, KeyError) as exc:
        raise CorpusError(f"cannot read the corpora under {root}: {type(exc).__name__}") from None
    except Exception as exc:  # a malformed line of any kind is still one line of error
        raise CorpusError(f"cannot read the corpora under {root}: {type(exc).__name__}") from None
    code = [a["prompt"] for a in arena if a.get("subcategory") == "coding" or _looks_code(a)]
    other = [a["prompt"] for a in arena if a["prompt"] not in set(code)]
    general = other + [m["turns"][0] for m in mt] + [s["instruction"] for s in seeds]
    passages = [
        inst["output"]
        for s in seeds
        for inst in s["instances"]
        if len(inst.get("output", "")) > 120
    ] + [m["turns"][0] for m in mt if m.get("category") in {"writing", "roleplay", "humanities"}]
    tools = [q["question"][0][0]["content"] for q in bfcl if q.get("question")]
    banks = Banks(
        code=tuple(_clip(c) for c in code),
        math=tuple(g["question"] for g in gsm),
        general=tuple(_clip(g) for g in general),
        passages=tuple(_clip(p, 1400) for p in passages),
        tools=tuple(tools),
    )
    if min(len(banks.code), len(banks.math), len(banks.general), len(banks.passages)) < 10:
        raise CorpusError(f"the corpora under {root} hold too few prompts")
    return banks


def _looks_code(item: dict) -> bool:
    words = ("python", "function", "code", "script", "sql", "javascript", "rust", "c++")
    return any(w in item["prompt"].lower()[:300] for w in words)


def _clip(text: str, limit: int = 2400) -> str:
    """Long Arena prompts are kept to their first part, as a pasted excerpt would be."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def pick(rng: np.random.Generator, items: tuple[str, ...] | list[str]) -> str:
    return items[int(rng.integers(len(items)))]


# --- frames shared by campaigns and their twins -------------------------------------------

REASONING_FRAMES = (
    "{q}\n\nPlease work through it step by step before giving the answer.",
    "{q}\n\nShow your reasoning, then put the final answer on its own line.",
    "Can you explain how to solve this? I want to understand each step.\n\n{q}",
    "{q}\n\nThink it through carefully and check your work at the end.",
    "{q}\n\nExplain your reasoning in detail.",
    "Walk me through this one:\n{q}",
    "{q}\nLet's go step by step.",
)

PLAIN_FRAMES = ("{q}", "{q}", "{q}", "Quick question: {q}", "{q}\nThanks!", "hey, {q}")

FOLLOW_UPS = (
    "Can you go into more detail on the second step?",
    "Why does that work?",
    "Is there a simpler way to do it?",
    "ok, and what if the numbers were larger?",
    "Could you double-check that answer?",
    "Please continue.",
    "Summarise that in three bullet points.",
    "What would a common mistake be here?",
    "thanks. can you give me a similar one to practise?",
)

PORT_FRAMES = (
    "Port this {src} code to {dst}. Keep the behaviour identical.\n\n```{src_tag}\n{code}\n```",
    "Convert the following {src} to idiomatic {dst}, with the same public interface:\n```{src_tag}\n{code}\n```",
    "We are migrating from {src} to {dst}. Rewrite this and note anything that behaves differently:\n\n```{src_tag}\n{code}\n```",
    "Translate to {dst} please, and add unit tests for it:\n```{src_tag}\n{code}\n```",
)

PORT_FOLLOW_UPS = (
    "Now add unit tests for the edge cases.",
    "It does not compile: the types of the second argument do not match. Fix it.",
    "Can you make it avoid the extra allocation?",
    "Add doc comments in the {dst} style.",
    "What changes if the input is empty?",
    "Use the standard library only, no external crates or packages.",
)

LANG_PAIRS = (
    ("Python 2", "Python 3", "python"),
    ("Java", "Kotlin", "java"),
    ("JavaScript", "TypeScript", "javascript"),
    ("C++", "Rust", "cpp"),
    ("C", "Rust", "c"),
    ("Python", "Go", "python"),
    ("Ruby", "Python", "ruby"),
    ("PHP", "TypeScript", "php"),
    ("COBOL", "Java", "cobol"),
    ("Perl", "Python", "perl"),
    ("Objective-C", "Swift", "objc"),
    ("Scala", "Kotlin", "scala"),
    ("C#", "Go", "csharp"),
    ("MATLAB", "Python", "matlab"),
    ("Fortran", "C++", "fortran"),
    ("Python", "Rust", "python"),
)

STYLE_FRAMES = (
    "Rewrite the text below for {aud} in a {tone} tone, {len}.\n\n{text}",
    "Please adapt this for {aud}. Tone: {tone}. Length: {len}.\n---\n{text}\n---",
    "Can you make this sound {tone}? It's for {aud}, {len}.\n\n{text}",
    "Rework this copy ({tone}, aimed at {aud}, {len}):\n\n{text}",
)
TONES = (
    "friendly",
    "formal",
    "playful",
    "authoritative",
    "warm and reassuring",
    "concise, no-nonsense",
    "enthusiastic",
    "neutral and factual",
    "luxurious",
    "witty",
    "empathetic",
    "urgent",
)
AUDIENCES = (
    "teenagers",
    "retirees",
    "busy parents",
    "software engineers",
    "first-time buyers",
    "small business owners",
    "a LinkedIn audience",
    "an Instagram caption",
    "a press release",
    "a school newsletter",
    "investors",
    "hospital staff",
)
LENGTHS = (
    "under 50 words",
    "about 100 words",
    "two short paragraphs",
    "one sentence",
    "three bullet points",
    "about 200 words",
)

DOC_QUESTIONS = (
    "Summarise this document in five bullet points.",
    "What are the three main risks it mentions, and how serious is each?",
    "List every figure or number in the text with what it refers to.",
    "Write five exam questions about this text, with model answers.",
    "Explain section {n} as if to someone new to the subject.",
    "Which claims are not supported by evidence in the text?",
    "Draft a one-paragraph executive summary.",
    "What does the document recommend, and who has to act on it?",
    "Turn the key facts into a table (fact, value, source sentence).",
    "Are there any contradictions between the sections?",
    "Translate the summary into {lang}.",
    "What questions should I ask the authors?",
)
DOC_OPENERS = (
    "Here is a document. Please read it, I will ask questions.\n\n{doc}",
    "Read the following report and tell me what it is about.\n\n{doc}",
    "{doc}\n\nWhat are the key points of this?",
    "I pasted a report below.\n\n{doc}\n\nGive me a short overview first.",
)
DOC_LANGS = ("Spanish", "German", "French", "Japanese", "Portuguese", "Korean")

BATCH_SYSTEM = (
    "You are a careful assistant. Answer the user's question. End with 'Answer: <answer>'.",
    "Think step by step, then give the final answer on the last line as 'Final: <answer>'.",
    "Reply in JSON with keys 'reasoning' and 'answer'.",
    "You are an expert. Give a complete, well-structured answer.",
)
CLASSIFY_SYSTEM = (
    "Classify the customer message into one of: billing, shipping, returns, account, product, "
    "other. Reply with the label only.",
    "Extract the order number, product and complaint from the message as JSON.",
    "Rate the sentiment of this review from 1 to 5 and give a one-line reason.",
    "Summarise the support ticket in one sentence for the weekly report.",
    "Translate the message into English and flag if it needs a human agent.",
)

# --- everyday lines in several languages (written for this hold-out) --------------------

EVERYDAY: dict[str, tuple[str, ...]] = {
    "en": (
        "what's a good recipe for dinner with chicken thighs and rice",
        "help me write a polite email asking my landlord to fix the heating",
        "how do I get rid of fruit flies in the kitchen",
        "explain the difference between a Roth IRA and a traditional IRA",
        "can you make my cover letter sound less stiff? I'm applying for a barista job",
        "what should I pack for 4 days in Lisbon in October",
        "my excel formula returns #N/A when the lookup value has spaces, why",
        "give me 10 name ideas for a golden retriever puppy",
        "is it normal for a sourdough starter to smell like nail polish",
        "write a short birthday message for my grandma who turns 90",
        "how long should I rest between sets when lifting for strength",
        "translate 'where is the train station' into Italian and Greek",
    ),
    "es": (
        "¿me ayudas a escribir un correo para pedir un día libre?",
        "qué puedo cocinar con lentejas y arroz",
        "explícame cómo funciona el interés compuesto con un ejemplo",
        "dame ideas para el cumpleaños de mi hija de 7 años",
        "cómo quito una mancha de vino de una camisa blanca",
        "resume este tema: la revolución mexicana, para un examen",
    ),
    "pt": (
        "me ajuda a montar um currículo para estágio em marketing",
        "como faço um bolo de cenoura fofinho",
        "qual a diferença entre CDB e tesouro direto",
        "escreve uma mensagem de aniversário para meu chefe",
        "quais documentos preciso para tirar passaporte",
    ),
    "de": (
        "kannst du mir helfen, eine Kündigung für mein Fitnessstudio zu schreiben",
        "was kann ich heute Abend mit Zucchini und Feta kochen",
        "erklär mir kurz, wie eine Wärmepumpe funktioniert",
        "wie formuliere ich eine Beschwerde an die Hausverwaltung",
        "Tipps für ein Vorstellungsgespräch als Pflegekraft",
    ),
    "fr": (
        "tu peux m'aider à rédiger une lettre de motivation pour un stage",
        "quelle est la différence entre un PEA et une assurance vie",
        "idée de repas rapide avec des courgettes",
        "comment expliquer les fractions à un enfant de 9 ans",
        "corrige les fautes de ce paragraphe s'il te plaît",
    ),
    "ja": (
        "週末に東京から日帰りで行ける温泉を教えて",
        "上司へのお礼のメールを丁寧に書いてください",
        "鶏むね肉を柔らかく焼くコツは？",
        "英語のプレゼンの始め方の例をください",
        "確定申告で医療費控除を受けるには何が必要？",
    ),
    "ko": (
        "자기소개서 첫 문장 좀 자연스럽게 고쳐줘",
        "김치찌개 맛있게 끓이는 법 알려줘",
        "주식이랑 ETF 차이가 뭐야",
        "부모님 결혼기념일 메시지 써줘",
    ),
    "zh": (
        "帮我写一封请假邮件，语气正式一点",
        "周末带孩子去哪里玩比较好",
        "怎么做红烧肉不腻",
        "解释一下什么是复利，举个例子",
        "帮我把这段话翻译成英文：我们下周开会讨论预算",
    ),
    "ru": (
        "помоги написать заявление на отпуск",
        "что приготовить на ужин из гречки и грибов",
        "объясни простыми словами, что такое инфляция",
        "как выучить английские слова быстрее",
        "напиши поздравление коллеге с днём рождения",
    ),
    "id": (
        "tolong buatkan caption instagram untuk jualan kue kering",
        "resep nasi goreng kampung yang enak",
        "bagaimana cara membuat surat lamaran kerja yang baik",
        "jelaskan perbedaan tabungan dan deposito",
    ),
    "tr": (
        "iş başvurusu için kısa bir ön yazı yazar mısın",
        "akşam yemeği için pratik bir tarif öner",
        "enflasyon neden yükselir, basitçe anlat",
        "ev kirası artışı için ev sahibine mesaj yaz",
    ),
    "vi": (
        "giúp mình viết email xin nghỉ phép",
        "cách nấu phở bò tại nhà",
        "giải thích lãi kép bằng ví dụ đơn giản",
    ),
}
LANG_OF_COUNTRY = {
    "MX": "es",
    "AR": "es",
    "CO": "es",
    "ES": "es",
    "BR": "pt",
    "DE": "de",
    "FR": "fr",
    "JP": "ja",
    "KR": "ko",
    "CN": "zh",
    "HK": "zh",
    "RU": "ru",
    "BY": "ru",
    "ID": "id",
    "TR": "tr",
    "VN": "vi",
}

WORK_LINES = (
    "Draft a status update for the team about the delayed release.",
    "Write a SQL query that returns the top 5 customers by revenue per month.",
    "Review this paragraph for clarity: our Q3 numbers were better than expected but churn rose.",
    "How do I set up a Python virtual environment on Windows?",
    "Explain what a race condition is with a small example.",
    "Suggest an agenda for a 30-minute onboarding meeting.",
    "My React component re-renders on every keystroke, how can I stop that?",
    "Write a regex that matches UK postcodes.",
    "Turn these notes into a short meeting summary: budget ok, hiring paused, launch moved to May.",
    "What is the difference between a left join and an inner join?",
    "Give me a bash one-liner to find the 10 largest files in a folder.",
    "How should I structure a design document for a new internal API?",
)

# --- material that only legitimate customers own (their own products, projects, clients) ---

SYLL = (
    "ka", "lo", "mi", "ra", "ve", "no", "ta", "ri", "su", "el", "an", "or", "ix", "da", "po",
    "zen", "tor", "lum", "bex", "quin", "var", "sol", "nim", "cor",
)  # fmt: skip
DOMAIN_NOUNS = (
    "invoice", "order", "shipment", "customer", "ledger", "payment", "refund", "policy",
    "claim", "patient", "booking", "tariff", "meter", "account", "quote", "supplier",
    "warehouse", "route", "ticket", "subscription", "coupon", "loan", "premium", "batch",
)  # fmt: skip
DOMAIN_VERBS = (
    "compute", "validate", "apply", "load", "parse", "reconcile", "export", "merge", "round",
    "normalise", "schedule", "allocate", "estimate", "format", "lookup", "archive",
)  # fmt: skip
ALGORITHMS = (
    "binary_search", "merge_sort", "quick_select", "dijkstra", "topological_sort", "lru_cache",
    "trie_insert", "union_find", "kmp_search", "edit_distance", "knapsack", "flood_fill",
    "matrix_multiply", "rle_encode", "base64_encode", "crc32", "sieve_primes", "gcd_lcm",
    "interval_merge", "rate_limiter", "bloom_filter", "ring_buffer", "json_tokenizer",
    "csv_parser", "bfs_grid", "heap_push_pop", "bit_count", "reservoir_sample", "roman_numerals",
    "levenshtein_ratio", "skip_list", "consistent_hash", "token_bucket", "rolling_hash",
    "max_subarray", "lis_length", "n_queens", "sudoku_solver", "huffman_codes", "a_star",
)  # fmt: skip


def invented_name(rng: np.random.Generator, parts: int = 2) -> str:
    """A brand-like word (Kalora, Vexnim...) for products, projects and clients."""
    return "".join(pick(rng, SYLL) for _ in range(parts)).capitalize()


def company_domain(rng: np.random.Generator, name: str) -> str:
    """A company's e-mail domain. One distribution for every organisation, real or shell:
    a shell company registers the same kinds of names as a real one."""
    suffix = pick(
        rng,
        (".com", ".com", ".com", ".io", ".co", ".ai", ".dev", "-group.com", "hq.com", ".net",
         ".agency", "-labs.com", ".tech", ".app"),
    )  # fmt: skip
    return f"{name.lower()}{suffix}"


def code_body(rng: np.random.Generator, name: str, args: tuple[str, ...], lines: int) -> str:
    """A plausible function body; identifiers come from the caller (domain or algorithm)."""
    a = args or ("x",)
    body = [f"def {name}({', '.join(a)}):"]
    for i in range(lines):
        v = f"{pick(rng, ('tmp', 'acc', 'res', 'val', 'item', 'total', 'idx'))}{i}"
        op = pick(
            rng,
            (
                f"    {v} = {a[i % len(a)]} + {int(rng.integers(1, 99))}",
                f"    if {a[i % len(a)]} is None:\n        return None",
                f"    for {v} in {a[i % len(a)]}:\n        {a[0]} = {v}",
                f"    {v} = [e for e in {a[i % len(a)]} if e]",
                f"    {v} = max({a[0]}, {int(rng.integers(0, 10))})",
                f"    {v} = {a[i % len(a)]}.get('{pick(rng, DOMAIN_NOUNS)}')",
            ),
        )
        body.append(op)
    body.append(f"    return {a[0]}")
    return "\n".join(body)


def document(rng: np.random.Generator, title: str, names: tuple[str, ...], sections: int) -> str:
    """A report of a few numbered sections, built from sentence shapes with figures."""
    shapes = (
        "Revenue for {n} rose {p}% year on year to {m} million, driven by {k}.",
        "The committee found that {k} at {n} had not been reviewed since {y}.",
        "{n} reported {c} incidents in the period, {p}% fewer than in {y}.",
        "Costs linked to {k} are expected to reach {m} million by {y2}.",
        "Interviews with {c} staff at {n} pointed to gaps in {k}.",
        "A pilot in {c} sites reduced waiting times by {p}% over {w} weeks.",
        "The board approved a plan to phase out {k} by {y2}.",
        "Independent auditors rated the {k} controls of {n} as adequate.",
        "Customer complaints about {k} fell from {c} to {c2}.",
    )
    topics = (
        "supplier payments", "data retention", "field maintenance", "staff training",
        "energy use", "procurement", "claims handling", "network outages", "fleet renewal",
        "patient transfers", "water losses", "ticketing", "cloud migration", "fraud checks",
    )  # fmt: skip
    out = [title, ""]
    for s in range(sections):
        out.append(f"{s + 1}. {pick(rng, topics).capitalize()}")
        sent = []
        for _ in range(int(rng.integers(3, 7))):
            sent.append(
                pick(rng, shapes).format(
                    n=pick(rng, names),
                    p=int(rng.integers(2, 60)),
                    m=round(float(rng.uniform(0.4, 900)), 1),
                    k=pick(rng, topics),
                    y=int(rng.integers(2015, 2026)),
                    y2=int(rng.integers(2027, 2035)),
                    c=int(rng.integers(3, 400)),
                    c2=int(rng.integers(1, 300)),
                    w=int(rng.integers(4, 40)),
                )
            )
        out.append(" ".join(sent))
    return "\n".join(out)


def brand_copy(rng: np.random.Generator, brand: str, product: str) -> str:
    """A client's product blurb: what an agency is asked to rewrite for its clients."""
    claims = (
        f"{brand} {product} keeps your coffee hot for 12 hours and fits any cup holder.",
        f"Meet the new {product} from {brand}: lighter, quieter and made from recycled steel.",
        f"{brand} is opening its third store this spring, with the full {product} range in stock.",
        f"Our {product} ships free across the country and comes with a two-year warranty.",
        f"Join the {brand} loyalty club and get 15% off your first {product}.",
        f"{brand} {product} was rated best in class by independent testers in 2026.",
        f"Limited edition {product} colours are back for one month only at {brand}.",
        f"{brand} now offers same-day repair for every {product} bought in store.",
    )
    n = int(rng.integers(1, 5))
    return " ".join(pick(rng, claims) for _ in range(n))


def customer_message(rng: np.random.Generator, shop: str) -> str:
    """A support ticket or review of one customer's shop (a batch customer's own data)."""
    nr = int(rng.integers(100000, 999999))
    lines = (
        f"Hi, my order #{nr} from {shop} still hasn't arrived after 9 days.",
        f"I was charged twice for order {nr}, please refund one payment.",
        f"The blender I bought at {shop} stopped working after a week.",
        f"Great service from {shop}, the delivery came a day early!",
        f"Can I change the delivery address for order {nr}?",
        f"I can't log in to my {shop} account, the reset email never comes.",
        f"The size chart on {shop} is wrong, the medium fits like a small.",
        f"Return label for order {nr} doesn't print, what do I do?",
        f"Love the quality, but packaging from {shop} was damaged.",
    )
    return pick(rng, lines)
