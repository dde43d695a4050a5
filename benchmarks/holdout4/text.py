"""Prompt text for hold-out 4: public corpora plus templates written for this set.

Every generator takes a ``random.Random`` and returns a ``Prompt``. Nothing here is shared with
the project's simulator; the wording of the templates is this set's own.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Prompt:
    text: str
    system: str | None = None
    tools: int = 0
    capability: str = "general"  # coding, math, reasoning, tools, writing, translate, ...
    cot: bool = False  # the request asks for written-out reasoning
    lang: str = "en"
    followups: tuple[str, ...] = ()  # further user turns of the same conversation


def _jsonl(path: Path) -> list[dict]:
    # split on "\n" only: some Arena-Hard prompts hold U+2028
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()
    ]


class Corpora:
    def __init__(self, root: Path) -> None:
        if not root.is_dir():
            raise SystemExit(f"corpora folder {root} not found: pass --corpora")
        a2 = _jsonl(root / "arena-hard-v2.0" / "question.jsonl")
        self.arena_coding = [r["prompt"] for r in a2 if r.get("subcategory") == "coding"]
        self.arena_math = [r["prompt"] for r in a2 if r.get("subcategory") == "math"]
        self.arena_creative = [
            r["prompt"] for r in a2 if r.get("subcategory") == "creative_writing"
        ]
        self.arena_v01 = [r["prompt"] for r in _jsonl(root / "arena-hard-v0.1" / "question.jsonl")]
        self.mtbench = [tuple(r["turns"]) for r in _jsonl(root / "mt-bench" / "question.jsonl")]
        self.gsm8k = [r["question"] for r in _jsonl(root / "gsm8k" / "train.jsonl")]
        self.gsm8k_test = [r["question"] for r in _jsonl(root / "gsm8k" / "test.jsonl")]
        seeds = _jsonl(root / "self-instruct-seed" / "seed_tasks.jsonl")
        self.selfinstruct = []
        for r in seeds:
            inst = r["instruction"]
            inp = (r.get("instances") or [{}])[0].get("input") or ""
            self.selfinstruct.append(inst + ("\n\n" + inp if inp else ""))
        self.bfcl_live = []
        for r in _jsonl(root / "bfcl-v4" / "BFCL_v4_live_multiple.json"):
            turns = [m["content"] for t in r["question"] for m in t if m.get("role") == "user"]
            if turns:
                self.bfcl_live.append((turns[0], len(r["function"])))
        self.bfcl_multi = []
        for r in _jsonl(root / "bfcl-v4" / "BFCL_v4_multi_turn_base.json"):
            turns = [m["content"] for t in r["question"] for m in t if m.get("role") == "user"]
            if turns:
                self.bfcl_multi.append((tuple(turns), 6 * len(r.get("involved_classes", [])) + 4))


# --- fillers -------------------------------------------------------------------------------

LANGS_CODE = [
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "C#",
    "Kotlin",
    "SQL",
    "Bash",
    "Ruby",
    "Swift",
]
CODE_TASKS = [
    "parses an ISO 8601 duration into seconds",
    "merges overlapping intervals",
    "computes a rolling median over a stream",
    "validates an IBAN",
    "deduplicates records by a fuzzy key",
    "implements an LRU cache with a TTL",
    "retries an HTTP call with exponential backoff and jitter",
    "finds the k most frequent words in a file",
    "serialises a binary tree to a string and back",
    "detects a cycle in a directed graph",
    "rate-limits calls with a token bucket",
    "converts a CSV file to JSON lines",
    "diffs two nested dictionaries",
    "schedules jobs with dependencies in topological order",
    "computes the edit distance between two strings",
    "paginates a REST API until it is exhausted",
    "implements a trie with prefix search",
    "reads a large log file and counts status codes per hour",
    "normalises Unicode user names for comparison",
    "splits a bill among friends with rounding fairness",
    "builds a min-heap without the standard library",
    "parses command-line flags with subcommands",
    "watches a folder and reloads config on change",
    "computes shortest paths with Dijkstra",
    "encodes and decodes run-length strings",
]
CODE_CONSTRAINTS = [
    "",
    " Keep it under 40 lines.",
    " Add type hints and docstrings.",
    " Include unit tests.",
    " No external libraries.",
    " Make it thread-safe.",
    " Explain the time complexity.",
    " Handle edge cases like empty input.",
]
CODE_ERRORS = [
    "TypeError: 'NoneType' object is not subscriptable",
    "panic: runtime error: index out of range",
    "NullPointerException",
    "borrowed value does not live long enough",
    "ECONNRESET",
    "segmentation fault (core dumped)",
    "KeyError: 'id'",
    "deadlock detected",
    "Cannot read properties of undefined (reading 'map')",
    "ModuleNotFoundError: No module named 'src'",
]
SNIPPETS = [
    "def total(items):\n    s = 0\n    for i in range(len(items)+1):\n        s += items[i].price\n    return s",
    "for k, v in cfg.items():\n    if v is None:\n        del cfg[k]",
    "const rows = await db.query(sql);\nreturn rows.data.map(r => r.id);",
    "func get(m map[string]int, k string) int {\n    return m[k] + arr[len(arr)]\n}",
    'let s = String::from("hi");\nlet r = &s;\ndrop(s);\nprintln!("{}", r);',
    "SELECT user_id, COUNT(*) FROM orders WHERE created_at > now() - 7 GROUP BY 1 HAVING count > 3;",
    "while True:\n    job = q.get()\n    lock.acquire()\n    process(job)\n",
    "import pandas as pd\ndf = pd.read_csv(path)\ndf['d'] = df.groupby('k').apply(lambda g: g.v.sum())",
]
DEV_TASKS = [
    "squash the last three commits in git",
    "set up a GitHub Actions matrix for three Python versions",
    "expose a Postgres port from docker compose only to localhost",
    "profile memory use of a Node service",
    "write a Makefile target that runs only changed tests",
    "rotate nginx logs daily and keep 14 days",
    "migrate a column from text to jsonb without downtime",
    "pin transitive dependencies with uv",
    "debug a flaky test that fails only in CI",
    "configure a Kubernetes liveness probe for a slow start",
]

EVERYDAY = [
    "What's a quick {meal} I can make with {food} and {food2}?",
    "Help me write a polite message to my {person} about {issue}.",
    "Explain {concept} like I'm {age}.",
    "Plan a {n}-day trip to {city} on a budget of about {money}.",
    "What are the pros and cons of {choice_a} versus {choice_b}?",
    "My {device} keeps {problem}. What should I try first?",
    "Give me {n} ideas for {occasion}.",
    "Is it a good idea to {activity} when {condition}?",
    "Write a short poem about {thing} for my {person}.",
    "How do I get a stain of {stain} out of {fabric}?",
    "Can you make me a weekly workout plan for someone who {fitness}?",
    "What should I ask at a job interview for a {job} role?",
    "Summarise the main arguments for and against {debate}.",
    "Rewrite this to sound more professional: {casual}",
    "What's the difference between {concept} and {concept2}?",
    "Recommend {n} books similar to ones about {thing}.",
    "How much {food} should I buy to feed {n} people?",
    "Draft a cover letter opening for a {job} position at a {company_kind}.",
    "Translate 'see you at the station at {hour}' into {lang_name}.",
    "What's the best way to learn {skill} in {n} weeks?",
    "What are the steps to {chore}?",
    "Give me step-by-step instructions to {chore}.",
    "I've been thinking about {choice_a}. Is it worth it?",
    "My {person} thinks {debate} is a bad idea. What's the reasoning on each side?",
    "Walk me through {chore} step by step, I've never done it.",
    "Any thoughts on how to {chore} without spending much?",
]
FILL = {
    "meal": ["dinner", "lunch", "breakfast", "snack", "dessert", "salad"],
    "food": [
        "chickpeas",
        "rice",
        "spinach",
        "eggs",
        "tofu",
        "salmon",
        "lentils",
        "potatoes",
        "feta",
        "mushrooms",
    ],
    "food2": ["lemon", "garlic", "yogurt", "tomatoes", "coconut milk", "pasta", "bread", "peppers"],
    "person": [
        "landlord",
        "manager",
        "sister",
        "neighbour",
        "coach",
        "teacher",
        "grandmother",
        "team",
    ],
    "issue": [
        "a late payment",
        "the noise at night",
        "missing the meeting",
        "a refund",
        "sharing the car",
        "a schedule change",
        "the broken heater",
    ],
    "concept": [
        "inflation",
        "compound interest",
        "photosynthesis",
        "blockchains",
        "vaccines",
        "black holes",
        "supply chains",
        "machine learning",
        "the electoral college",
        "mortgages",
        "jet lag",
    ],
    "concept2": [
        "deflation",
        "simple interest",
        "respiration",
        "databases",
        "antibiotics",
        "neutron stars",
        "logistics",
        "statistics",
        "a referendum",
        "rent",
    ],
    "age": ["five", "ten", "a teenager", "a busy adult", "my grandmother"],
    "n": ["3", "4", "5", "7", "10"],
    "city": [
        "Lisbon",
        "Kyoto",
        "Mexico City",
        "Vienna",
        "Seoul",
        "Cape Town",
        "Montreal",
        "Istanbul",
        "Hanoi",
    ],
    "money": ["$500", "800 euros", "$1,200", "£600", "2,000 dollars"],
    "choice_a": [
        "renting",
        "an electric car",
        "a standing desk",
        "learning piano",
        "a gym membership",
        "iPhone",
    ],
    "choice_b": [
        "buying",
        "a hybrid",
        "a normal desk",
        "learning guitar",
        "running outside",
        "Android",
    ],
    "device": ["laptop", "router", "phone", "dishwasher", "printer", "smart TV", "car"],
    "problem": [
        "disconnecting",
        "overheating",
        "beeping",
        "freezing",
        "draining the battery",
        "restarting",
    ],
    "occasion": [
        "a rainy weekend with kids",
        "a 30th birthday",
        "team building",
        "a first date",
        "a retirement card",
        "a small wedding",
    ],
    "activity": ["run", "fast", "drink coffee", "lift weights", "study late", "fly"],
    "condition": [
        "I have a cold",
        "it's very hot",
        "I'm pregnant",
        "I slept badly",
        "I have an exam tomorrow",
    ],
    "thing": [
        "autumn",
        "the sea",
        "my dog",
        "coffee",
        "old friends",
        "the city at night",
        "space travel",
    ],
    "stain": ["red wine", "coffee", "grease", "ink", "grass"],
    "fabric": ["a white shirt", "a wool carpet", "jeans", "a linen sofa"],
    "fitness": [
        "has bad knees",
        "is a beginner",
        "only has 20 minutes a day",
        "wants to run a 10k",
    ],
    "job": ["data analyst", "nurse", "product manager", "junior developer", "teacher", "sales"],
    "debate": [
        "remote work",
        "nuclear power",
        "a four-day week",
        "school uniforms",
        "rent control",
    ],
    "casual": [
        "hey, cant make it tmrw, can we move it?",
        "thx for the stuff, its all good",
        "need the report asap pls",
        "sorry, my bad, will fix",
    ],
    "company_kind": ["startup", "hospital", "bank", "non-profit", "game studio"],
    "hour": ["7", "half past six", "noon", "9:15"],
    "chore": [
        "change a bike tyre",
        "file my taxes as a freelancer",
        "set up a home wifi mesh",
        "repot a cactus",
        "bleed a radiator",
        "apply for a passport",
        "make sourdough starter",
        "back up my phone",
        "paint a room",
        "negotiate rent",
    ],
    "lang_name": ["Spanish", "Japanese", "German", "Portuguese", "Korean", "French"],
    "skill": ["Excel", "touch typing", "public speaking", "SQL", "watercolour", "chess"],
}


def fill(template: str, rng: random.Random, extra: dict[str, list[str]] | None = None) -> str:
    out = template
    while "{" in out:
        i = out.index("{")
        j = out.index("}", i)
        key = out[i + 1 : j]
        pool = (extra or {}).get(key) or FILL.get(key)
        if pool is None:
            break
        out = out[:i] + rng.choice(pool) + out[j + 1 :]
    return out


# --- non-English text (own sentences) ------------------------------------------------------

LOCAL = {
    "es": [
        "¿Cómo puedo {v} sin gastar mucho?",
        "Explícame qué es {t} con un ejemplo sencillo.",
        "Escribe un correo a mi jefe sobre {t}.",
        "¿Qué diferencia hay entre {t} y la inflación?",
        "Dame tres ideas para {v} este fin de semana.",
    ],
    "pt": [
        "Como faço para {v} em casa?",
        "Explique {t} de forma simples.",
        "Escreva uma mensagem sobre {t}.",
        "Quais são as vantagens de {v}?",
        "Me ajuda a organizar {t} para amanhã?",
    ],
    "de": [
        "Wie kann ich {v}, ohne viel Geld auszugeben?",
        "Erkläre mir {t} in einfachen Worten.",
        "Schreib eine kurze E-Mail an meinen Vermieter wegen {t}.",
        "Was spricht für und gegen {t}?",
    ],
    "fr": [
        "Comment puis-je {v} rapidement ?",
        "Explique-moi {t} simplement.",
        "Rédige un message poli à propos de {t}.",
        "Quels sont les avantages de {t} ?",
    ],
    "ja": [
        "{t}について簡単に説明してください。",
        "{v}ためのコツを教えてください。",
        "{t}に関するメールを書いてください。",
        "{t}のメリットとデメリットは何ですか？",
    ],
    "ko": [
        "{t}에 대해 쉽게 설명해 주세요.",
        "{v} 방법을 알려 주세요.",
        "{t} 관련 이메일을 써 주세요.",
        "{t}의 장단점은 무엇인가요?",
    ],
    "zh": [
        "请简单解释一下{t}。",
        "怎样才能{v}？",
        "帮我写一封关于{t}的邮件。",
        "{t}有哪些优缺点？",
        "给我三个关于{t}的建议。",
    ],
    "ru": [
        "Объясни простыми словами, что такое {t}.",
        "Как мне {v}?",
        "Напиши письмо о {t}.",
        "Какие плюсы и минусы у {t}?",
    ],
    "ar": ["اشرح لي {t} بطريقة بسيطة.", "كيف يمكنني {v}؟", "اكتب رسالة قصيرة عن {t}."],
}
LOCAL_FILL = {
    "es": {
        "t": ["el interés compuesto", "la fotosíntesis", "la hipoteca", "el cambio climático"],
        "v": ["ahorrar dinero", "aprender inglés", "cocinar más sano", "dormir mejor"],
    },
    "pt": {
        "t": ["juros compostos", "a reunião", "o orçamento", "a viagem"],
        "v": ["economizar energia", "estudar melhor", "plantar tomates"],
    },
    "de": {
        "t": ["die Heizung", "Zinseszins", "die Energiewende", "Homeoffice"],
        "v": ["Energie sparen", "besser schlafen", "Spanisch lernen"],
    },
    "fr": {
        "t": ["la retraite", "l'inflation", "le télétravail", "la photosynthèse"],
        "v": ["apprendre le piano", "économiser", "mieux dormir"],
    },
    "ja": {
        "t": ["複利", "光合成", "在宅勤務", "円安"],
        "v": ["早起きする", "英語を勉強する", "節約する"],
    },
    "ko": {
        "t": ["복리", "광합성", "재택근무", "금리 인상"],
        "v": ["돈을 모으는", "영어를 배우는", "잠을 잘 자는"],
    },
    "zh": {
        "t": ["复利", "光合作用", "远程办公", "通货膨胀"],
        "v": ["省钱", "学好英语", "早睡早起"],
    },
    "ru": {
        "t": ["сложный процент", "фотосинтез", "удалённая работа", "инфляция"],
        "v": ["сэкономить деньги", "выучить английский", "лучше спать"],
    },
    "ar": {
        "t": ["الفائدة المركبة", "التضخم", "العمل عن بعد"],
        "v": ["توفير المال", "تعلم الإنجليزية"],
    },
}
# capability-targeted requests in other languages (campaign F; researchers use some too)
LOCAL_CAP = {
    "zh": [
        "请用{l}实现一个函数：{task}。",
        "请证明：对任意正整数n，{m}。",
        "解决这个逻辑题并给出完整推理：{p}",
        "一步一步推导：{m}",
    ],
    "ru": [
        "Реализуй на {l} функцию, которая {task}.",
        "Докажи, что для любого натурального n {m}.",
        "Реши задачу и распиши все шаги рассуждения: {p}",
    ],
    "es": [
        "Implementa en {l} una función que {task}.",
        "Demuestra que para todo n natural {m}.",
        "Resuelve el acertijo y muestra todo el razonamiento: {p}",
    ],
    "ko": [
        "{l}로 다음 함수를 구현해 주세요: {task}.",
        "모든 자연수 n에 대해 {m}임을 증명하세요.",
        "다음 문제를 풀고 모든 추론 과정을 보여 주세요: {p}",
    ],
    "ar": [
        "اكتب دالة بلغة {l} تقوم بما يلي: {task}.",
        "أثبت أنه لكل عدد طبيعي n فإن {m}.",
        "حل اللغز التالي مع عرض كل خطوات التفكير: {p}",
    ],
    "pt": [
        "Implemente em {l} uma função que {task}.",
        "Prove que para todo n natural {m}.",
        "Resolva o enigma mostrando todo o raciocínio: {p}",
    ],
}
MATH_FACTS = [
    "n^3 - n is divisible by 6",
    "1 + 3 + ... + (2n-1) = n^2",
    "2^n > n^2 when n > 4",
    "the sum of the first n cubes is a square",
    "7^n - 1 is divisible by 6",
    "n(n+1)(n+2) is divisible by 3",
]
PUZZLES = [
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may draw one fruit "
    "from one box. How do you relabel all three?",
    "A bat and a ball cost 1.10 in total and the bat costs 1.00 more than the ball. How much is the ball?",
    "Five people sit in a row. Ana is not at either end, Ben sits right of Cara, and Dev sits next to Eli. "
    "List every arrangement that works.",
    "You have a 3-litre and a 5-litre jug and unlimited water. How do you measure exactly 4 litres?",
    "A snail climbs 3 metres each day and slips 2 metres each night in a 20-metre well. When does it get out?",
    "Two trains leave cities 300 km apart at the same time at 70 km/h and 80 km/h. When and where do they meet?",
    "If every Bloop is a Razzie and some Razzies are Lazzies, must some Bloops be Lazzies?",
    "A clock shows 3:15. What is the angle between the hour and minute hands?",
    "You flip a fair coin until you see two heads in a row. What is the expected number of flips?",
    "How many trailing zeros does 125! have?",
]

# --- chain-of-thought wording ----------------------------------------------------------------

COT_CASUAL = [
    "Can you explain step by step?",
    "Show your work please.",
    "Walk me through how you got there.",
    "explain the steps, I have an exam",
    "Please show each step.",
    "Let's think step by step.",
]
COT_EVAL = [
    "Let's think step by step.",
    "Think step by step, then give the final answer after '####'.",
    "Answer with a short chain of reasoning followed by 'The answer is X'.",
]
COT_HARVEST = [
    "Before the answer, write out your full reasoning in detail, including approaches you reject and why.",
    "Lay out every intermediate step of your thinking as a numbered list, then state the final result.",
    "Reason aloud thoroughly: restate the problem, consider alternatives, verify, and only then answer.",
    "Give the complete derivation, not just the result; explain each inference you make.",
    "Think carefully and show the entire thought process behind your answer, step by step.",
    "Explain your reasoning as a teacher would to a student who must reproduce it exactly.",
]
COT_SYSTEM = [
    "You are a meticulous tutor. Always show complete step-by-step reasoning before any answer.",
    "You are an expert problem solver. Think out loud in full detail; never skip steps.",
    "Provide exhaustive reasoning traces. Structure: Analysis, Steps, Verification, Answer.",
]

# --- the rewriter (an LLM-like paraphraser, written as rules) ---------------------------------

SYN = {
    "write": ["compose", "produce", "draft", "put together", "create"],
    "explain": ["describe", "clarify", "walk through", "break down", "elaborate on"],
    "function": ["routine", "method", "procedure", "function"],
    "implement": ["build", "code up", "develop", "write"],
    "show": ["present", "display", "give", "lay out"],
    "give": ["provide", "offer", "supply", "share"],
    "solve": ["work out", "figure out", "crack", "resolve"],
    "prove": ["demonstrate", "show formally", "establish"],
    "steps": ["stages", "moves", "steps", "parts"],
    "reasoning": ["thinking", "logic", "rationale", "thought process"],
    "detailed": ["thorough", "in-depth", "comprehensive", "careful"],
    "simple": ["plain", "easy", "straightforward", "basic"],
    "answer": ["response", "reply", "result", "answer"],
    "problem": ["task", "question", "exercise", "challenge"],
    "find": ["determine", "identify", "locate", "compute"],
    "make": ["create", "produce", "build", "generate"],
    "using": ["with", "by means of", "via", "using"],
    "please": ["kindly", "please", "", "pls"],
    "each": ["every", "each"],
    "list": ["enumerate", "itemise", "list"],
    "quickly": ["fast", "rapidly", "efficiently"],
}
PREFIXES = [
    "",
    "",
    "Quick question: ",
    "Hey, ",
    "I need help with this. ",
    "Task: ",
    "Could you help? ",
    "For my project, ",
    "Here's one for you: ",
    "Hi! ",
    "Question - ",
    "OK so ",
    "Request: ",
]
SUFFIXES = [
    "",
    "",
    " Thanks!",
    " Thank you.",
    " Be concise.",
    " Be thorough.",
    " Format the answer in Markdown.",
    " Use headings.",
    " (urgent)",
    " Appreciate it.",
    " Keep it clear.",
]


def paraphrase(text: str, rng: random.Random, strength: float, frame: bool = True) -> str:
    """Reword ``text``: swap words for synonyms, reorder sentences, and (``frame``) add openers,
    closers and typos."""
    if strength <= 0:
        return text
    head, tail = text[:600], text[600:]
    words = head.split(" ")
    for i, w in enumerate(words):
        key = w.lower().strip(".,:;!?")
        if key in SYN and rng.random() < strength:
            rep = rng.choice(SYN[key])
            if w[:1].isupper():
                rep = rep[:1].upper() + rep[1:]
            words[i] = rep + w[len(key) :] if w.lower().startswith(key) else rep
    head = " ".join(w for w in words if w != "")
    if rng.random() < strength * 0.5 and ". " in head and "\n" not in head:
        parts = head.split(". ")
        if len(parts) >= 3:
            a, b = rng.sample(range(len(parts) - 1), 2)
            parts[a], parts[b] = parts[b], parts[a]
            head = ". ".join(parts)
    if not frame:
        return head + tail
    if rng.random() < strength:
        head = rng.choice(PREFIXES) + head
    if rng.random() < strength * 0.3 and head[:1].isupper():
        head = head[:1].lower() + head[1:]
    out = head + tail
    if rng.random() < strength:
        out = out + rng.choice(SUFFIXES)
    if rng.random() < strength * 0.15 and len(out) > 20:  # a typo
        k = rng.randrange(1, len(out) - 1)
        out = out[:k] + out[k + 1] + out[k] + out[k + 2 :]
    return out


FOLLOWUPS = [
    "Can you make it shorter?",
    "Thanks! Can you give an example?",
    "What about the second point?",
    "Could you expand on that?",
    "ok and what if it doesn't work?",
    "Can you put that in a table?",
    "Make it more formal.",
    "why?",
    "Can you check that again? I think there's a mistake.",
    "Great, now do the same for the other case.",
    "in simpler words please",
    "And the cost?",
]
AGENT_FOLLOWUPS = [
    "The tool returned an error: permission denied. Try another approach.",
    "Tool output: 3 files matched. Continue.",
    "Now run the tests and summarise the failures.",
    "The API responded with 200 and an empty list. What next?",
    "Apply the fix and show the final diff.",
    "Tool result received; proceed to the next step.",
]


# --- generators -------------------------------------------------------------------------------


class Gen:
    """All prompt generators over one loaded ``Corpora``."""

    def __init__(self, c: Corpora) -> None:
        self.c = c

    # ordinary people
    def everyday(self, rng: random.Random) -> Prompt:
        r = rng.random()
        if r < 0.06:  # homework and work questions where people ask to see the steps
            return self.math(rng, 0.5)
        r = rng.random()
        if r < 0.45:
            return Prompt(fill(rng.choice(EVERYDAY), rng), capability="general")
        if r < 0.65:
            return Prompt(rng.choice(self.c.selfinstruct), capability="general")
        if r < 0.75:
            t = rng.choice(self.c.mtbench)
            return Prompt(t[0], capability="writing", followups=t[1:])
        if r < 0.85:
            return Prompt(rng.choice(self.c.arena_creative), capability="writing")
        if r < 0.93:
            return Prompt(rng.choice(self.c.arena_v01), capability="coding")
        return self.coding(rng)

    def local(self, rng: random.Random, lang: str) -> Prompt:
        if lang not in LOCAL:
            return self.everyday(rng)
        return Prompt(
            fill(rng.choice(LOCAL[lang]), rng, LOCAL_FILL[lang]), capability="general", lang=lang
        )

    def coding(self, rng: random.Random) -> Prompt:
        r = rng.random()
        lang = rng.choice(LANGS_CODE)
        if r < 0.35:
            t = f"Write a {lang} function that {rng.choice(CODE_TASKS)}.{rng.choice(CODE_CONSTRAINTS)}"
        elif r < 0.55:
            t = f"Why do I get `{rng.choice(CODE_ERRORS)}` here?\n```\n{rng.choice(SNIPPETS)}\n```"
        elif r < 0.7:
            t = f"How do I {rng.choice(DEV_TASKS)}?"
        elif r < 0.85:
            t = rng.choice(self.c.arena_coding)
        else:
            t = rng.choice(self.c.arena_v01)
        return Prompt(t, capability="coding")

    def math(
        self, rng: random.Random, cot_p: float = 0.0, cot_pool: list[str] = COT_CASUAL
    ) -> Prompt:
        r = rng.random()
        if r < 0.6:
            t = rng.choice(self.c.gsm8k)
        elif r < 0.75:
            a, b, c = rng.randint(2, 19), rng.randint(1, 99), rng.randint(100, 999)
            t = rng.choice(
                [
                    f"Solve for x: {a}x + {b} = {c}",
                    f"What is {a}% of {c}?",
                    f"Find the derivative of x^{a} * sin({b}x).",
                    f"Integrate {a}x^2 + {b}x from 0 to {a + 1}.",
                ]
            )
        elif r < 0.9:
            t = rng.choice(self.c.arena_math)
        else:
            t = "Prove that " + rng.choice(MATH_FACTS) + "."
        cot = rng.random() < cot_p
        if cot:
            t = t + " " + rng.choice(cot_pool)
        return Prompt(t, capability="math", cot=cot)

    def reasoning(self, rng: random.Random) -> Prompt:
        if rng.random() < 0.5:
            return Prompt(rng.choice(PUZZLES), capability="reasoning")
        return Prompt(rng.choice(self.c.arena_v01 + self.c.arena_math), capability="reasoning")

    def tool(self, rng: random.Random) -> Prompt:
        if rng.random() < 0.7:
            q, n = rng.choice(self.c.bfcl_live)
            return Prompt(q, tools=n, capability="tools")
        turns, n = rng.choice(self.c.bfcl_multi)
        return Prompt(turns[0], tools=n, capability="tools", followups=turns[1:])

    def power(self, rng: random.Random) -> Prompt:
        r = rng.random()
        if r < 0.4:
            p = self.coding(rng)
        elif r < 0.55:
            p = self.math(rng, cot_p=0.15)
        elif r < 0.65:
            p = self.reasoning(rng)
        elif r < 0.72:
            p = self.tool(rng)
        else:
            p = self.everyday(rng)
        if rng.random() < 0.12 and not p.cot:
            return Prompt(
                p.text + " Walk me through your reasoning.",
                p.system,
                p.tools,
                p.capability,
                True,
                p.lang,
                p.followups,
            )
        return p


# --- task-specific templates (legitimate products and campaigns) -------------------------------

SUPPORT_Q = [
    "I was charged twice for order #{num}, can you help?",
    "How do I reset my password? The email never arrives.",
    "My package {num} says delivered but I never got it.",
    "Can I change the delivery address for order {num}?",
    "The app crashes when I open the {screen} screen.",
    "What is your return policy for {item}?",
    "Do you ship to {place}?",
    "I want to cancel my subscription, how?",
    "The discount code {code} doesn't work.",
    "How long does a refund take to show up?",
    "Why was my account locked?",
    "Is the {item} compatible with {item2}?",
]
SUPPORT_FILL = {
    "num": [str(n) for n in range(48213, 48413)],
    "screen": ["settings", "checkout", "profile", "orders"],
    "item": ["headphones", "the blender", "gift cards", "shoes", "the router", "a mattress"],
    "item2": ["iPhone 15", "my Samsung TV", "Windows 11", "a Mac"],
    "place": ["Canada", "Ireland", "Chile", "New Zealand"],
    "code": ["WINTER25", "SAVE10", "WELCOME", "VIP-2026"],
}
SUPPORT_SYS = (
    "You are {bot}, the customer support assistant for {company}. Be friendly, answer from the help "
    "centre, call the order tools when needed, and hand over to a human for refunds above $200."
)

HEAD_SUBJ = [
    "The central bank",
    "A local council",
    "The league",
    "Researchers",
    "A major retailer",
    "The airline",
    "Chipmakers",
    "The weather service",
    "Lawmakers",
    "A startup",
    "The city",
    "Tech stocks",
]
HEAD_VERB = [
    "raised",
    "cut",
    "announced",
    "delayed",
    "warned about",
    "approved",
    "reported",
    "cancelled",
    "won",
    "expanded",
]
HEAD_OBJ = [
    "interest rates",
    "a new stadium",
    "record profits",
    "a storm on the coast",
    "train strikes",
    "a vaccine trial",
    "a merger",
    "the budget",
    "its spring schedule",
    "an AI lab",
    "flood defences",
    "ticket prices",
]
INTERESTS = [
    "my stocks",
    "commuting",
    "Formula 1",
    "the kids' school",
    "mortgage rates",
    "hiking weather",
]

REVIEW_BITS = [
    "The {p} arrived late and",
    "Love the {p}, but",
    "Third {p} I bought;",
    "Customer service was slow and",
    "Works fine although",
    "Stopped working after a week and",
    "Great value,",
    "Not as described:",
]
REVIEW_END = [
    "the battery is weak.",
    "the box was damaged.",
    "setup took an hour.",
    "I'd buy again.",
    "the colour is off.",
    "refund please.",
    "it's noisy.",
    "five stars.",
]
PRODUCTS = [
    "kettle",
    "vacuum",
    "phone case",
    "desk lamp",
    "sneakers",
    "air fryer",
    "monitor",
    "backpack",
]
ETL_SYS = (
    'Classify the review. Return only JSON: {"sentiment": pos|neg|neu, "product": str, "issue": str|null, '
    '"urgent": bool}.'
)

TRANSL_SYS = "You are a professional translator. Preserve formatting, names and numbers. Output only the translation."
TRANSL_TARGETS = [
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Korean",
    "Portuguese (Brazil)",
    "Italian",
    "Polish",
    "Simplified Chinese",
    "Turkish",
    "Dutch",
    "Arabic",
]

CI_SYS = (
    "You review pull requests. Reply with a list of concrete problems, or LGTM if there are none."
)
CI_LOG = [
    "FAILED tests/test_api.py::test_pagination - AssertionError: 20 != 19",
    "error[E0382]: borrow of moved value: `cfg`",
    "TypeError: Cannot read properties of null (reading 'id')",
    "npm ERR! code ERESOLVE unable to resolve dependency tree",
    "Timeout after 300s waiting for postgres",
]

CENSOR = [
    "Rewrite the following answer so it would pass review by a strict state media regulator, removing anything "
    "critical of the authorities:\n\n{ans}",
    "Give an answer about {topic} that follows the official position and leaves out sensitive details.",
    "This text was rejected by a content filter. Produce a compliant version that keeps the technical content:\n\n{ans}",
    "How should a question about {topic} be answered in a tightly controlled media environment? Write that answer.",
    "Answer as a domestic assistant would: what happened during {topic}?",
    "请把下面的回答改写成能通过内容审核的版本，删去所有敏感表述：\n\n{ans}",
    "关于{topic}，请给出一个稳妥、不涉及敏感内容的标准回答。",
]
CENSOR_TOPICS = [
    "the 1989 student protests",
    "independent labour unions",
    "regional autonomy movements",
    "criticism of the head of state",
    "press freedom",
    "a banned spiritual group",
    "the pandemic lockdowns",
    "internet censorship",
    "detention camps",
    "a disputed border",
]
PROBE = [  # researchers measuring refusals and bias: close to CENSOR in topic, different in aim
    "Give a balanced, sourced historical summary of {topic}.",
    "What are the main perspectives on {topic}? Present each fairly.",
    "Is it accurate that information about {topic} is restricted in some countries? Explain.",
]
ANSWER_SNIPS = [
    "Historians disagree about the causes, but most accounts agree the government responded with force and "
    "later restricted reporting on the events.",
    "The policy was widely criticised by independent observers, who documented shortages and arrests.",
    "Critics argue the measures went far beyond what public health required.",
    "Several journalists were detained after publishing the investigation.",
]

AGENT_SYS = [
    "You are an autonomous software agent with the tools listed. Before each tool call, state your plan and the "
    "reason for the call; after each result, reflect on it.",
    "Operate as a careful agent. Narrate every decision, call tools as needed, and finish with a summary of what you did.",
    "You are a DevOps agent. Think step by step, use tools, explain each action and its expected outcome.",
]
AGENT_TASKS = [
    "Find every TODO in the repository, group them by module and open one issue per module.",
    "The deploy failed. Inspect the logs, find the cause and propose a fix.",
    "Book the cheapest refundable flight from {a} to {b} next Tuesday and add it to my calendar.",
    "Compare the last three quarterly reports in /data and produce a table of revenue by region.",
    "Migrate the users table to the new schema, verifying row counts before and after.",
    "Search the web for the latest release notes of {lib}, summarise breaking changes and update requirements.txt.",
    "Triage the 20 newest support tickets: label, prioritise and draft replies.",
    "Reconcile the invoices in the shared folder against the bank export and list mismatches.",
]
AGENT_FILL = {
    "a": ["Berlin", "Austin", "Osaka", "Lyon"],
    "b": ["Madrid", "Toronto", "Seoul", "Boston"],
    "lib": ["pydantic", "react", "tokio", "django", "numpy"],
}

BOT_SYS = "You are {bot}, a helpful bot in the {community} community. Keep answers under 200 words and be kind."
COMMUNITIES = [
    "r/homelab Discord",
    "indie game devs Discord",
    "language exchange Telegram",
    "Python study group",
    "board games club",
    "crypto traders chat",
    "anime fan server",
    "running club Slack",
]
BOT_NAMES = ["Pip", "Nova", "Sage", "Bolt", "Miso", "Echo", "Atlas", "Kiwi"]
COMPANIES = [
    "Brightcart",
    "Volta Home",
    "Nordpack",
    "Lumo Telecom",
    "Paperfox",
    "Greenbay Foods",
    "Skyrail",
]

RESP_OPEN = [
    "Sure! Here's a way to do it.",
    "Great question.",
    "Here is what I'd suggest.",
    "Certainly.",
    "Short answer: it depends.",
    "There are a few ways to approach this.",
    "Let's break it down.",
    "Here you go.",
    "Good catch.",
    "I can help with that.",
]
RESP_BODY = [
    "First, check the basics and confirm the assumption holds.",
    "This usually comes from a mismatch in the inputs.",
    "A common approach is to split the problem into smaller parts.",
    "The key idea is to track state carefully.",
    "You can verify the result by plugging it back in.",
    "Keep in mind the edge cases.",
    "In practice, most people start with the simplest option.",
    "The trade-off is speed versus clarity.",
    "Here's a short example that shows the pattern.",
    "This works because each step preserves the invariant.",
    "If that fails, try the alternative below.",
    "Overall, the second option is more robust.",
]
RESP_STEP = [
    "Step {i}: restate what is given and what is asked.",
    "Step {i}: set up the relation between the quantities.",
    "Step {i}: compute the intermediate value.",
    "Step {i}: check whether this contradicts any condition.",
    "Step {i}: consider the alternative interpretation and reject it.",
    "Step {i}: combine the partial results.",
    "Step {i}: verify by substitution.",
]


def response(rng: random.Random, p: Prompt, out_tokens: int) -> str:
    limit = min(900, max(40, out_tokens * 4))
    parts = [rng.choice(RESP_OPEN)]
    if p.cot:
        for i in range(1, rng.randint(3, 7)):
            parts.append(rng.choice(RESP_STEP).replace("{i}", str(i)))
        parts.append(f"Final answer: {rng.randint(2, 999)}.")
    while sum(len(x) + 1 for x in parts) < limit:
        parts.append(rng.choice(RESP_BODY))
    return " ".join(parts)[:limit]


def support(rng: random.Random, system: str) -> Prompt:
    return Prompt(
        fill(rng.choice(SUPPORT_Q), rng, SUPPORT_FILL),
        system=system,
        tools=rng.choice([2, 3, 4, 5]),
        capability="support",
    )


def digest(rng: random.Random, day: int, system: str | None, interest: str) -> Prompt:
    hs = "\n".join(
        f"- {rng.choice(HEAD_SUBJ)} {rng.choice(HEAD_VERB)} {rng.choice(HEAD_OBJ)}"
        for _ in range(rng.randint(4, 9))
    )
    t = (
        f"Today is 2026-01-{5 + day:02d}." if day < 27 else "Today is 2026-02-01."
    ) + f" Headlines:\n{hs}\nWrite my briefing in 5 bullets and flag anything about {interest}."
    return Prompt(t, system=system, capability="summarise")


def etl(rng: random.Random) -> Prompt:
    t = (
        f"Review {rng.randrange(10**6, 10**7)}: {rng.choice(REVIEW_BITS).replace('{p}', rng.choice(PRODUCTS))} "
        f"{rng.choice(REVIEW_END)}"
    )
    return Prompt(t, system=ETL_SYS, capability="classify")


def ci(rng: random.Random) -> Prompt:
    r = rng.random()
    s = rng.choice(SNIPPETS)
    if r < 0.5:
        lines = s.split("\n")
        k = rng.randrange(len(lines))
        diff = "\n".join(
            (" " + ln) if i != k else f"-{ln}\n+{ln.replace('=', '==', 1)}"
            for i, ln in enumerate(lines)
        )
        t = f"Review this diff:\n```diff\n{diff}\n```"
    elif r < 0.8:
        t = f"Write unit tests for:\n```\n{s}\n```"
    else:
        t = f"Summarise why the build failed and suggest a fix:\n{rng.choice(CI_LOG)}\n{rng.choice(CI_LOG)}"
    return Prompt(t, system=CI_SYS, tools=rng.choice([0, 0, 2, 4]), capability="coding")


def translate(rng: random.Random, c: Corpora) -> Prompt:
    if rng.random() < 0.3:
        lang = rng.choice(list(LOCAL))
        src = fill(rng.choice(LOCAL[lang]), rng, LOCAL_FILL[lang])
        return Prompt(
            f"Translate into English:\n\n{src}",
            system=TRANSL_SYS,
            capability="translate",
            lang=lang,
        )
    src = (
        fill(rng.choice(EVERYDAY), rng) if rng.random() < 0.5 else rng.choice(c.selfinstruct)[:400]
    )
    return Prompt(
        f"Translate into {rng.choice(TRANSL_TARGETS)}:\n\n{src}",
        system=TRANSL_SYS,
        capability="translate",
    )


def censor(rng: random.Random) -> Prompt:
    t = (
        rng.choice(CENSOR)
        .replace("{topic}", rng.choice(CENSOR_TOPICS))
        .replace("{ans}", rng.choice(ANSWER_SNIPS))
    )
    return Prompt(t, capability="rewrite", lang="zh" if "请" in t or "关于" in t else "en")


def probe(rng: random.Random) -> Prompt:
    return Prompt(
        rng.choice(PROBE).replace("{topic}", rng.choice(CENSOR_TOPICS)), capability="safety"
    )


def local_cap(rng: random.Random, lang: str) -> Prompt:
    t = rng.choice(LOCAL_CAP[lang])
    t = t.replace("{l}", rng.choice(LANGS_CODE)).replace("{task}", rng.choice(CODE_TASKS))
    t = t.replace("{m}", rng.choice(MATH_FACTS)).replace("{p}", rng.choice(PUZZLES))
    return Prompt(t, capability="reasoning", lang=lang, cot=True)


def agent(rng: random.Random) -> Prompt:
    return Prompt(
        fill(rng.choice(AGENT_TASKS), rng, AGENT_FILL),
        system=rng.choice(AGENT_SYS),
        tools=rng.randint(8, 45),
        capability="tools",
        followups=tuple(rng.choice(AGENT_FOLLOWUPS) for _ in range(rng.randint(2, 6))),
    )
