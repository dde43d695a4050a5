"""Shared vocabulary of the holdout5 world: time window, models, regions, prompt pools.

Written for this hold-out only; nothing here is imported from the project's simulator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

START = datetime(2026, 1, 19, tzinfo=UTC)
DAYS = 28
START_US = int(START.timestamp() * 1_000_000)
US_PER_S = 1_000_000
US_PER_H = 3600 * US_PER_S
US_PER_D = 24 * US_PER_H

# name, released_at, flagship (what the consumer apps default to after release)
MODELS: list[tuple[str, datetime, bool]] = [
    ("halcyon-2", datetime(2025, 10, 14, 17, tzinfo=UTC), True),
    ("halcyon-2-mini", datetime(2025, 10, 14, 17, tzinfo=UTC), False),
    ("halcyon-3", datetime(2026, 1, 26, 17, tzinfo=UTC), True),
    ("halcyon-3-mini", datetime(2026, 1, 26, 17, tzinfo=UTC), False),
    ("halcyon-3-code", datetime(2026, 2, 4, 16, tzinfo=UTC), False),
    ("halcyon-3.5", datetime(2026, 2, 11, 18, tzinfo=UTC), True),
]
RELEASE_US = {m: int(t.timestamp() * US_PER_S) for m, t, _ in MODELS}
FLAGSHIP_STEPS = [(RELEASE_US[m], m) for m, _, f in MODELS if f]
MINI_OF = {
    "halcyon-2": "halcyon-2-mini",
    "halcyon-3": "halcyon-3-mini",
    "halcyon-3.5": "halcyon-3-mini",
}

RESTRICTED = ["CN", "RU", "IR", "KP", "BY"]
OPEN_COUNTRIES = [
    "US",
    "GB",
    "DE",
    "FR",
    "IN",
    "BR",
    "JP",
    "KR",
    "CA",
    "AU",
    "NL",
    "SG",
    "ES",
    "IT",
    "MX",
    "ID",
    "PH",
    "KE",
    "NG",
    "TR",
    "PL",
    "SE",
    "VN",
    "AR",
    "ZA",
    "AE",
    "HK",
    "TW",
    "MY",
    "TH",
]
TZ = {
    "US": -6,
    "GB": 0,
    "DE": 1,
    "FR": 1,
    "IN": 5,
    "BR": -3,
    "JP": 9,
    "KR": 9,
    "CA": -5,
    "AU": 10,
    "NL": 1,
    "SG": 8,
    "ES": 1,
    "IT": 1,
    "MX": -6,
    "ID": 7,
    "PH": 8,
    "KE": 3,
    "NG": 1,
    "TR": 3,
    "PL": 1,
    "SE": 1,
    "VN": 7,
    "AR": -3,
    "ZA": 2,
    "AE": 4,
    "HK": 8,
    "TW": 8,
    "MY": 8,
    "TH": 7,
    "CN": 8,
    "RU": 3,
    "IR": 3,
    "KP": 9,
    "BY": 3,
}
LANG_OF = {
    "US": "en",
    "GB": "en",
    "DE": "de",
    "FR": "fr",
    "IN": "hi",
    "BR": "pt",
    "JP": "ja",
    "KR": "ko",
    "CA": "en",
    "AU": "en",
    "NL": "nl",
    "SG": "en",
    "ES": "es",
    "IT": "it",
    "MX": "es",
    "ID": "id",
    "PH": "en",
    "KE": "en",
    "NG": "en",
    "TR": "tr",
    "PL": "pl",
    "SE": "sv",
    "VN": "vi",
    "AR": "es",
    "ZA": "en",
    "AE": "ar",
    "HK": "zh",
    "TW": "zh",
    "MY": "en",
    "TH": "th",
    "CN": "zh",
    "RU": "ru",
    "IR": "fa",
    "KP": "ko",
    "BY": "ru",
}
LANG_WRAP = {
    "de": [
        "Bitte auf Deutsch antworten: {p}",
        "{p}\n\nAntworte bitte auf Deutsch.",
        "Kannst du mir helfen? {p}",
    ],
    "fr": [
        "Réponds en français s'il te plaît : {p}",
        "{p}\n\nMerci de répondre en français.",
        "Question : {p}",
    ],
    "es": [
        "Responde en español por favor: {p}",
        "{p}\n\nContesta en español.",
        "Ayúdame con esto: {p}",
    ],
    "pt": [
        "Responda em português: {p}",
        "{p}\n\nPor favor, em português.",
        "Me ajuda com isso: {p}",
    ],
    "ja": ["日本語で答えてください。{p}", "{p}\n\n日本語でお願いします。"],
    "ko": ["한국어로 답해 주세요: {p}", "{p}\n\n한국어로 설명해 줘."],
    "zh": ["请用中文回答：{p}", "{p}\n\n请用中文解释。", "帮我看看这个：{p}"],
    "hi": ["कृपया हिंदी में जवाब दें: {p}", "{p}\n\nPlease answer in simple English, I am from India."],
    "id": ["Tolong jawab dalam bahasa Indonesia: {p}", "{p}\n\nJawab pakai bahasa Indonesia ya."],
    "tr": ["Lütfen Türkçe cevap ver: {p}", "{p}\n\nTürkçe açıklar mısın?"],
    "ru": ["Ответь по-русски: {p}", "{p}\n\nОтветь на русском, пожалуйста."],
    "it": ["Rispondi in italiano: {p}", "{p}\n\nIn italiano per favore."],
    "nl": ["Antwoord in het Nederlands: {p}"],
    "pl": ["Odpowiedz po polsku: {p}"],
    "sv": ["Svara på svenska: {p}"],
    "vi": ["Trả lời bằng tiếng Việt: {p}"],
    "ar": ["أجب بالعربية من فضلك: {p}"],
    "th": ["ช่วยตอบเป็นภาษาไทย: {p}"],
    "fa": ["لطفا به فارسی جواب بده: {p}"],
}

BROWSER_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{s} Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
]
APP_UA = [
    "HalcyonApp/1.{m} (iPhone; iOS 18.{s}; Scale/3.00)",
    "HalcyonApp/1.{m} (Android 15; Pixel {p})",
    "HalcyonApp/1.{m} (Android 14; SM-S9{p}1B)",
    "HalcyonApp/1.{m} (iPad; iPadOS 18.{s})",
]
SDK_UA = [
    "halcyon-python/2.{m}.{s}",
    "halcyon-node/4.{m}.{s}",
    "python-requests/2.3{s}.0",
    "python-httpx/0.2{s}.0",
    "halcyon-go/1.{m}.0",
    "curl/8.{s}.0",
    "axios/1.{m}.{s}",
    "OpenAI/Python 1.{m}.{s}",
    "langchain-halcyon/0.{m}.{s}",
]
CLI_UA = [
    "halcyon-cli/0.{m}.{s} (darwin; arm64)",
    "halcyon-cli/0.{m}.{s} (linux; x64)",
    "halcyon-cli/0.{m}.{s} (win32; x64)",
]


def ua(rng: np.random.Generator, family: list[str]) -> str:
    t = family[int(rng.integers(len(family)))]
    return t.format(
        v=int(rng.integers(128, 134)),
        s=int(rng.integers(0, 6)),
        f=int(rng.integers(130, 136)),
        m=int(rng.integers(2, 9)),
        p=int(rng.integers(6, 10)),
    )


def ua_for_surface(rng: np.random.Generator, surface: str) -> str:
    return ua(rng, {"web": BROWSER_UA, "app": APP_UA, "api": SDK_UA, "cli": CLI_UA}[surface])


def flagship_at(ts_us: np.ndarray) -> np.ndarray:
    out = np.empty(ts_us.shape, dtype=object)
    out[:] = FLAGSHIP_STEPS[0][1]
    for t, m in FLAGSHIP_STEPS:
        out[ts_us >= t] = m
    return out


def latest_release_at(ts_us: np.ndarray, include_code: bool = True) -> np.ndarray:
    out = np.empty(ts_us.shape, dtype=object)
    out[:] = "halcyon-2"
    for m, t in sorted(RELEASE_US.items(), key=lambda kv: kv[1]):
        if m.endswith("mini") or (m.endswith("code") and not include_code):
            continue
        out[ts_us >= t] = m
    return out


# ----------------------------------------------------------------------------- corpora
@dataclass
class Corpora:
    arena_coding: list[str]
    arena_math: list[str]
    arena_creative: list[str]
    arena_tech: list[str]
    mtbench: list[list[str]]
    gsm_train: list[str]
    gsm_test: list[str]
    instructions: list[str]
    tool_single: list[tuple[str, int]]
    tool_multi: list[list[str]]


def _jsonl(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def load_corpora(root: Path) -> Corpora:
    need = [
        "arena-hard-v2.0/question.jsonl",
        "arena-hard-v0.1/question.jsonl",
        "mt-bench/question.jsonl",
        "gsm8k/train.jsonl",
        "gsm8k/test.jsonl",
        "self-instruct-seed/seed_tasks.jsonl",
        "bfcl-v4/BFCL_v4_live_multiple.json",
        "bfcl-v4/BFCL_v4_multi_turn_base.json",
    ]
    for n in need:
        if not (root / n).is_file():
            raise SystemExit(
                f"corpus file {root / n} is missing: pass --corpora pointing at the shared corpora folder"
            )
    a2 = _jsonl(root / need[0])
    a1 = _jsonl(root / need[1])
    mt = _jsonl(root / need[2])
    si = _jsonl(root / need[5])
    instr = []
    for r in si:
        for inst in r["instances"]:
            instr.append(r["instruction"] + ("\n\n" + inst["input"] if inst["input"] else ""))
    tools = []
    for r in _jsonl(root / need[6]):
        q = " ".join(t["content"] for turn in r["question"] for t in turn if t["role"] == "user")
        tools.append((q, len(r["function"])))
    multi = []
    for r in _jsonl(root / need[7]):
        multi.append(
            [" ".join(t["content"] for t in turn if t["role"] == "user") for turn in r["question"]]
        )
    return Corpora(
        arena_coding=[r["prompt"] for r in a2 if r.get("subcategory") == "coding"],
        arena_math=[r["prompt"] for r in a2 if r.get("subcategory") == "math"],
        arena_creative=[r["prompt"] for r in a2 if r.get("subcategory") == "creative_writing"],
        arena_tech=[r["prompt"] for r in a1],
        mtbench=[r["turns"] for r in mt],
        gsm_train=[r["question"] for r in _jsonl(root / need[3])],
        gsm_test=[r["question"] for r in _jsonl(root / need[4])],
        instructions=instr,
        tool_single=tools,
        tool_multi=multi,
    )


# ----------------------------------------------------------------------------- own templates
EVERYDAY = [
    "What's a good {dish} recipe for {n} people that takes under {m} minutes?",
    "Help me write a polite email to my {who} about {topic}.",
    "Can you explain {concept} like I'm {age}?",
    "I'm planning a trip to {city} in {month}. What should I not miss?",
    "Give me a {n}-day workout plan for a beginner who wants to {goal}.",
    "My {appliance} is making a weird noise when I {action}. What could it be?",
    "Summarise the pros and cons of {thing_a} vs {thing_b} for someone on a budget.",
    "Write a short birthday message for my {who} who loves {hobby}.",
    "What are some ways to save money on {expense}?",
    "How do I talk to my {who} about {topic} without it turning into an argument?",
    "Suggest {n} names for a {pet} that is {trait}.",
    "Is it safe to {action2} if I have {condition}? Just general info please.",
    "Rewrite this so it sounds more professional: {snippet}",
    "what's the difference between {concept} and {concept2}",
    "Make a shopping list for a week of {diet} meals.",
    "Help me plan my {month} budget: rent {n}00, groceries {m}0, I want to save more.",
    "fix grammar: {snippet}",
    "Explain the plot of {book} without spoilers.",
]
FILL = {
    "dish": [
        "lentil soup",
        "chicken curry",
        "vegetable lasagna",
        "pad thai",
        "shakshuka",
        "banana bread",
        "risotto",
        "tacos",
        "dal",
        "ramen",
        "paella",
        "stir fry",
        "pancakes",
        "bibimbap",
        "goulash",
    ],
    "who": [
        "landlord",
        "manager",
        "teacher",
        "neighbour",
        "sister",
        "dad",
        "coworker",
        "client",
        "coach",
        "roommate",
    ],
    "topic": [
        "a late payment",
        "the noise at night",
        "taking a day off",
        "a missed deadline",
        "splitting bills",
        "changing schedules",
        "a refund",
        "the project scope",
        "moving out",
        "holiday plans",
    ],
    "concept": [
        "inflation",
        "compound interest",
        "photosynthesis",
        "blockchain",
        "quantum entanglement",
        "the electoral college",
        "vaccines",
        "black holes",
        "machine learning",
        "supply and demand",
        "recursion",
        "climate feedback loops",
        "index funds",
        "the immune system",
        "plate tectonics",
    ],
    "concept2": [
        "deflation",
        "simple interest",
        "respiration",
        "a database",
        "superposition",
        "a parliament",
        "antibiotics",
        "neutron stars",
        "statistics",
        "price controls",
        "iteration",
        "weather",
    ],
    "age": ["5", "10", "a high schooler", "a busy adult", "my grandma"],
    "city": [
        "Lisbon",
        "Kyoto",
        "Mexico City",
        "Istanbul",
        "Cape Town",
        "Hanoi",
        "Edinburgh",
        "Buenos Aires",
        "Seoul",
        "Marrakech",
        "Vancouver",
        "Prague",
        "Bali",
        "Oaxaca",
        "Tbilisi",
    ],
    "month": ["March", "April", "May", "June", "July", "September", "October", "December"],
    "goal": ["lose weight", "build strength", "run a 5k", "improve posture", "get more flexible"],
    "appliance": ["washing machine", "fridge", "car", "dishwasher", "laptop fan", "boiler", "bike"],
    "action": ["turn it on", "brake", "spin it", "open the door", "start it cold"],
    "thing_a": [
        "renting",
        "an electric car",
        "a Kindle",
        "a gym membership",
        "a used iPhone",
        "public transport",
    ],
    "thing_b": ["buying", "a hybrid", "paper books", "home workouts", "a new Android", "cycling"],
    "hobby": ["gardening", "chess", "hiking", "jazz", "baking", "football", "anime", "photography"],
    "expense": [
        "groceries",
        "electricity",
        "car insurance",
        "phone plans",
        "childcare",
        "streaming",
    ],
    "pet": ["cat", "dog", "rabbit", "parrot", "hamster"],
    "trait": ["very lazy", "orange and loud", "tiny but brave", "always hungry", "shy"],
    "action2": ["drink coffee", "fly", "go running", "take ibuprofen", "fast for a day"],
    "condition": ["a cold", "high blood pressure", "asthma", "a sprained ankle", "low iron"],
    "snippet": [
        "hey i cant make it tmrw sry something came up",
        "we need the report asap pls send",
        "the product is broken and i want my money back now",
        "thanks for everything u did this year",
        "i think the meeting was not good we should do better",
        "can u check the invoice its wrong",
    ],
    "diet": ["vegetarian", "high protein", "low carb", "budget", "gluten free", "mediterranean"],
    "book": [
        "Dune",
        "Pride and Prejudice",
        "The Three-Body Problem",
        "1984",
        "Beloved",
        "Norwegian Wood",
        "One Hundred Years of Solitude",
        "The Hobbit",
    ],
}

STUDY = [
    "Can you help me understand {concept}? We have a test on it {when}.",
    "Check my answer: {snippet2}",
    "Explain {concept} and give me 3 practice questions.",
    "I don't get this homework question, can you explain how to start? {q}",
    "Make me flashcards for {subject} chapter {n}.",
    "Summarise the causes of {event} in 5 bullet points for revision.",
    "How do I solve this step by step? {q}",
]
FILL2 = {
    "when": ["tomorrow", "on Friday", "next week", "in two days", "tonight lol"],
    "snippet2": [
        "the derivative of x^3 sin x is 3x^2 cos x",
        "mitochondria make proteins",
        "the French revolution started in 1776",
        "pH 3 is more basic than pH 5",
    ],
    "subject": [
        "biology",
        "organic chemistry",
        "macroeconomics",
        "world history",
        "statistics",
        "physics",
    ],
    "event": [
        "World War I",
        "the 2008 financial crisis",
        "the fall of Rome",
        "the Industrial Revolution",
        "the Cold War",
    ],
}

CODE_OWN = [
    "Why does this {lang} code throw {err}?\n```\n{code}\n```",
    "Write a {lang} function that {task}.",
    "How do I {task2} in {lang}?",
    "Review this {lang} snippet and suggest improvements:\n```\n{code}\n```",
    "Convert this {lang} code to {lang2}:\n```\n{code}\n```",
    "What's the idiomatic way to {task2} with {lib}?",
]
FILL3 = {
    "lang": [
        "Python",
        "TypeScript",
        "Go",
        "Rust",
        "Java",
        "C#",
        "Kotlin",
        "SQL",
        "Bash",
        "C++",
        "Ruby",
        "PHP",
    ],
    "lang2": ["Python", "TypeScript", "Go", "Rust", "Java"],
    "err": [
        "a KeyError",
        "an index out of range",
        "a null pointer exception",
        "a borrow checker error",
        "'undefined is not a function'",
        "a deadlock",
        "a segfault",
        "a type mismatch",
    ],
    "code": [
        "for i in range(len(xs)):\n    if xs[i] > xs[i+1]: swap(xs, i)",
        "const r = await fetch(u).json()",
        'map[string]int m; m["a"]++',
        "let v = vec![1,2,3]; let f = &v[0]; v.push(4);",
        "SELECT * FROM orders o JOIN users u WHERE o.uid = u.id",
        "df.groupby('a').apply(lambda g: g.b.sum())",
        "if [ $x == 1 ] then echo ok fi",
        "std::vector<int> v; v.reserve(10); v[3] = 1;",
    ],
    "task": [
        "parses a CSV and returns the top 5 rows by a column",
        "debounces a callback",
        "merges overlapping intervals",
        "retries an HTTP call with exponential backoff",
        "validates an email address",
        "computes a rolling median",
        "flattens a nested dict",
        "reads a large file line by line",
        "implements an LRU cache",
        "finds cycles in a directed graph",
    ],
    "task2": [
        "read environment variables",
        "parse JSON",
        "write unit tests",
        "handle timeouts",
        "use async/await",
        "paginate results",
        "hash a password",
        "log structured output",
        "mock a database",
    ],
    "lib": [
        "pandas",
        "React",
        "Spring",
        "Django",
        "tokio",
        "SQLAlchemy",
        "Express",
        "NumPy",
        "FastAPI",
    ],
}

LANGS_T = [
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Portuguese",
    "Korean",
    "Italian",
    "Dutch",
    "Polish",
    "Turkish",
    "Indonesian",
    "Vietnamese",
    "Arabic",
    "Hindi",
    "Chinese (Simplified)",
    "Swedish",
]

TOPICS_TAX = {
    "math": [
        "number theory",
        "combinatorics",
        "real analysis",
        "probability",
        "linear algebra",
        "geometry",
        "differential equations",
        "optimisation",
        "graph theory",
        "abstract algebra",
    ],
    "coding": [
        "concurrency",
        "dynamic programming",
        "distributed systems",
        "compilers",
        "database internals",
        "web backends",
        "systems programming",
        "GPU kernels",
        "networking",
        "type systems",
    ],
    "agentic": [
        "file system operations",
        "calendar management",
        "travel booking",
        "spreadsheet editing",
        "git workflows",
        "customer record updates",
        "cloud resource provisioning",
        "email triage",
    ],
    "science": [
        "organic chemistry",
        "quantum mechanics",
        "molecular biology",
        "thermodynamics",
        "epidemiology",
        "astrophysics",
        "materials science",
        "neuroscience",
    ],
    "law": [
        "contract law",
        "data protection",
        "intellectual property",
        "employment law",
        "tax law",
    ],
    "medicine": ["pharmacology", "cardiology", "diagnostics", "oncology", "paediatrics"],
    "writing": [
        "persuasive essays",
        "short fiction",
        "technical documentation",
        "marketing copy",
        "poetry",
    ],
}
SENSITIVE = [
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "policy in Xinjiang",
    "the Hong Kong national security law",
    "press freedom and censorship",
    "the Dalai Lama",
    "the Cultural Revolution",
    "criticism of the head of state",
    "Falun Gong",
    "the 2022 Shanghai lockdown",
    "independent trade unions",
    "online dissent and VPN use",
]

WORDS = [
    "system",
    "data",
    "model",
    "result",
    "value",
    "process",
    "change",
    "report",
    "market",
    "team",
    "design",
    "policy",
    "growth",
    "support",
    "service",
    "quality",
    "research",
    "network",
    "energy",
    "budget",
    "customer",
    "product",
    "release",
    "update",
    "feature",
    "review",
    "meeting",
    "plan",
    "risk",
    "cost",
    "schedule",
    "study",
    "health",
    "travel",
    "city",
    "river",
    "school",
    "music",
    "story",
    "language",
    "history",
    "science",
    "memory",
    "signal",
    "window",
    "engine",
    "market",
    "price",
    "contract",
    "storage",
    "query",
    "cluster",
    "record",
    "account",
    "invoice",
    "shipment",
    "order",
    "weather",
    "garden",
    "kitchen",
    "project",
    "deadline",
    "summary",
    "issue",
    "error",
    "launch",
    "campaign",
    "sales",
    "region",
    "forecast",
]


def fill(rng: np.random.Generator, template: str, table: dict[str, list[str]]) -> str:
    out = template
    for key, vals in table.items():
        tag = "{" + key + "}"
        while tag in out:
            out = out.replace(tag, vals[int(rng.integers(len(vals)))], 1)
    return out


def words(rng: np.random.Generator, n: int) -> str:
    idx = rng.integers(0, len(WORDS), n)
    return " ".join(WORDS[i] for i in idx)
