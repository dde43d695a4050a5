"""Prompt text for hold-out 6: the public corpora plus hand-written templates in several languages.

Every generator takes a ``random.Random`` so a world is a pure function of its seed.
Nothing here knows which accounts are legitimate: the same banks serve both sides, the way a
student, an eval runner and a distiller all paste GSM8K questions.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

MAX_PROMPT_CHARS = 6000


def _jsonl(path: Path) -> list[dict]:
    # split on "\n" only: some Arena-Hard prompts carry U+2028
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


@dataclass
class Corpora:
    arena_general: list[str] = field(default_factory=list)
    arena_coding: list[str] = field(default_factory=list)
    arena_math: list[str] = field(default_factory=list)
    arena_creative: list[str] = field(default_factory=list)
    mtbench: list[tuple[str, str]] = field(default_factory=list)
    mtbench_cat: list[str] = field(default_factory=list)
    gsm8k_train: list[tuple[str, str]] = field(default_factory=list)
    gsm8k_test: list[tuple[str, str]] = field(default_factory=list)
    self_instruct: list[str] = field(default_factory=list)
    bfcl_live: list[tuple[str, int]] = field(default_factory=list)
    bfcl_multi: list[list[str]] = field(default_factory=list)


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
    for rel in need:
        if not (root / rel).is_file():
            raise SystemExit(f"error: corpus file missing: {root / rel}")
    c = Corpora()
    for row in _jsonl(root / "arena-hard-v2.0/question.jsonl"):
        p = row["prompt"][:MAX_PROMPT_CHARS]
        sub = str(row.get("subcategory"))
        {"coding": c.arena_coding, "math": c.arena_math}.get(sub, c.arena_creative).append(p)
    for row in _jsonl(root / "arena-hard-v0.1/question.jsonl"):
        c.arena_general.append(row["prompt"][:MAX_PROMPT_CHARS])
    for row in _jsonl(root / "mt-bench/question.jsonl"):
        t = row["turns"]
        c.mtbench.append((t[0], t[1] if len(t) > 1 else t[0]))
        c.mtbench_cat.append(row["category"])
    for name, dest in (("train", c.gsm8k_train), ("test", c.gsm8k_test)):
        for row in _jsonl(root / f"gsm8k/{name}.jsonl"):
            dest.append((row["question"], row["answer"]))
    for row in _jsonl(root / "self-instruct-seed/seed_tasks.jsonl"):
        inst = row["instruction"]
        inp = (row.get("instances") or [{}])[0].get("input", "")
        c.self_instruct.append(f"{inst}\n\n{inp}" if inp else inst)
    for row in _jsonl(root / "bfcl-v4/BFCL_v4_live_multiple.json"):
        turns = row["question"][0] if row["question"] else []
        users = [t["content"] for t in turns if t.get("role") == "user"]
        if users:
            c.bfcl_live.append((users[-1], len(row.get("function", []))))
    for row in _jsonl(root / "bfcl-v4/BFCL_v4_multi_turn_base.json"):
        steps = []
        for turn in row["question"]:
            users = [t["content"] for t in turn if t.get("role") == "user"]
            if users:
                steps.append(users[-1])
        if steps:
            c.bfcl_multi.append(steps)
    return c


# ----------------------------------------------------------------------------------- fillers

CITIES = [
    "Lisbon",
    "Osaka",
    "Denver",
    "Cape Town",
    "Krakow",
    "Hanoi",
    "Montreal",
    "Porto",
    "Seoul",
    "Austin",
    "Lyon",
    "Bogota",
    "Melbourne",
    "Istanbul",
    "Nairobi",
    "Oslo",
]
FOODS = [
    "lentil soup",
    "banana bread",
    "pad thai",
    "shakshuka",
    "risotto",
    "chicken curry",
    "sourdough",
    "ramen",
    "tacos",
    "paella",
    "dumplings",
    "granola",
]
TOPICS = [
    "photosynthesis",
    "inflation",
    "the French Revolution",
    "black holes",
    "compound interest",
    "the immune system",
    "supply chains",
    "machine learning",
    "climate change",
    "plate tectonics",
    "the Cold War",
    "blockchain",
    "sleep cycles",
    "vaccines",
    "the stock market",
    "DNA replication",
]
LANGS = [
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "SQL",
    "Kotlin",
    "C++",
    "Bash",
]
TASKS = [
    "parse a CSV file and sum a column",
    "debounce a function",
    "read a JSON config with defaults",
    "retry an HTTP request with backoff",
    "find duplicate files by hash",
    "paginate an API",
    "validate an email address",
    "merge two sorted lists",
    "implement an LRU cache",
    "rate-limit requests per user",
    "convert timestamps between time zones",
    "flatten a nested dict",
    "stream a large file line by line",
    "write a unit test for a date parser",
]
PEOPLE = [
    "my manager",
    "a client",
    "my landlord",
    "my professor",
    "the team",
    "a recruiter",
    "my neighbour",
    "customer support",
    "my sister",
    "the school",
]
FIELDS = {
    "medicine": [
        "atrial fibrillation",
        "type 2 diabetes management",
        "sepsis",
        "beta blockers",
        "asthma in children",
        "chronic kidney disease",
        "migraine prophylaxis",
        "anticoagulation",
    ],
    "law": [
        "adverse possession",
        "the doctrine of consideration",
        "fair use",
        "non-compete clauses",
        "GDPR lawful bases",
        "strict liability",
        "force majeure",
        "habeas corpus",
    ],
    "finance": [
        "discounted cash flow",
        "bond duration",
        "the Black-Scholes model",
        "working capital",
        "value at risk",
        "IFRS 16 leases",
        "portfolio rebalancing",
        "credit default swaps",
    ],
    "chemistry": [
        "Le Chatelier's principle",
        "SN1 vs SN2 reactions",
        "buffer solutions",
        "chirality",
        "electrochemical cells",
        "reaction kinetics",
        "aromaticity",
    ],
    "physics": [
        "special relativity",
        "the Carnot cycle",
        "quantum tunnelling",
        "Maxwell's equations",
        "angular momentum",
        "the photoelectric effect",
        "fluid viscosity",
    ],
    "computer science": [
        "B-trees",
        "the CAP theorem",
        "dynamic programming",
        "TCP congestion control",
        "garbage collection",
        "consensus with Raft",
        "hash tables",
        "compilers' SSA form",
    ],
}
FIELD_NAMES = list(FIELDS)


def _f(rr: random.Random, xs: list[str]) -> str:
    return xs[rr.randrange(len(xs))]


EVERYDAY_EN = [
    lambda r: f"Give me a 3-day itinerary for {_f(r, CITIES)} on a budget.",
    lambda r: f"How do I make {_f(r, FOODS)} without an oven?",
    lambda r: f"Write a polite email to {_f(r, PEOPLE)} asking to move our meeting to next week.",
    lambda r: f"Explain {_f(r, TOPICS)} like I'm 12.",
    lambda r: f"Can you summarize the main causes of {_f(r, TOPICS)} in five bullet points?",
    lambda r: f"what's a good name for a cat that likes {_f(r, FOODS)}",
    lambda r: f"Help me reply to {_f(r, PEOPLE)} who says I missed a deadline. Keep it short.",
    lambda r: f"Is it safe to fly with a cold? I'm going to {_f(r, CITIES)} tomorrow",
    lambda r: (
        "Rewrite this so it sounds more professional: 'hey, cant make it today, will send stuff later'"
    ),
    lambda r: f"Write a short birthday poem for {_f(r, PEOPLE)}.",
    lambda r: (
        f"My {_f(r, LANGS)} code throws an error when I try to {_f(r, TASKS)}. What are common causes?"
    ),
    lambda r: f"Compare renting vs buying a flat in {_f(r, CITIES)}.",
    lambda r: f"Make a weekly meal plan with {_f(r, FOODS)} and a shopping list.",
    lambda r: (
        "I have a job interview for a data analyst role. What questions should I prepare for?"
    ),
    lambda r: f"Translate to Spanish: 'The package will arrive on {r.randint(2, 28)} March.'",
    lambda r: f"how many calories in {_f(r, FOODS)}",
    lambda r: (
        f"Write a cover letter opening line for a {_f(r, ['nursing', 'marketing', 'teaching', 'software', 'logistics'])} job."
    ),
    lambda r: "Explain the difference between a Roth IRA and a traditional IRA.",
    lambda r: f"Suggest {r.randint(3, 10)} gift ideas under $50 for {_f(r, PEOPLE)}.",
    lambda r: f"Fix the grammar: 'me and him goes to the store yesterday and buyed {_f(r, FOODS)}'",
]

EVERYDAY_I18N: dict[str, list[str]] = {
    "es": [
        "¿Qué puedo cocinar con arroz, huevos y espinacas?",
        "Escribe un correo para pedir un día libre a mi jefe.",
        "Explícame qué es la inflación de forma sencilla.",
        "Dame ideas para un viaje de fin de semana cerca de {c}.",
        "Corrige este texto: 'ayer fuimos al cine y la pelicula estaba muy bien echa'",
        "¿Cómo preparo una entrevista de trabajo?",
    ],
    "pt": [
        "Como faço um bolo de cenoura fofinho?",
        "Escreva uma mensagem educada para cancelar uma reunião.",
        "Explique o que é juros compostos com um exemplo.",
        "Roteiro de 2 dias em {c}, por favor.",
        "Quais são os sintomas de dengue?",
        "Me ajuda a escrever uma legenda para o Instagram sobre viagem.",
    ],
    "de": [
        "Wie schreibe ich eine Kündigung für meinen Handyvertrag?",
        "Erkläre mir den Unterschied zwischen Brutto und Netto.",
        "Plane ein Wochenende in {c} für zwei Personen.",
        "Was kann ich heute Abend mit Kartoffeln kochen?",
        "Formuliere diese E-Mail höflicher: 'Ich brauche die Unterlagen bis morgen.'",
        "Wie funktioniert eine Wärmepumpe?",
    ],
    "fr": [
        "Peux-tu m'aider à écrire une lettre de motivation pour un stage ?",
        "Explique-moi la photosynthèse simplement.",
        "Que visiter à {c} en trois jours ?",
        "Recette rapide avec des courgettes et du fromage ?",
        "Corrige les fautes : 'je suis aller au marché et j'ai acheter des pommes'",
        "Comment négocier mon salaire ?",
    ],
    "it": [
        "Come si prepara il ragù alla bolognese?",
        "Scrivi una mail per chiedere un rimborso.",
        "Spiegami la differenza tra IVA e IRPEF.",
        "Cosa vedere a {c} in un giorno?",
    ],
    "ja": [
        "来週の会議の議事録テンプレートを作ってください。",
        "{c}で2日間の旅行プランを考えて。",
        "敬語でお礼のメールを書いてください。",
        "インフレとは何ですか？簡単に説明して。",
        "冷蔵庫にある卵とキャベツで作れる料理は？",
        "このPythonのエラーの意味を教えて: KeyError",
    ],
    "zh": [
        "帮我写一封请假邮件，语气正式一点。",
        "{c}三日游怎么安排比较好？",
        "用简单的话解释一下什么是通货膨胀。",
        "晚饭可以用土豆和鸡蛋做什么？",
        "帮我润色这段话：我们团队在本季度完成了主要目标。",
        "Python里列表和元组有什么区别？",
    ],
    "ko": [
        "회의 일정 변경을 요청하는 이메일을 써 줘.",
        "{c} 2박 3일 여행 코스 추천해 줘.",
        "복리 이자를 쉽게 설명해 줘.",
        "냉장고에 두부랑 김치가 있는데 뭐 해먹을까?",
    ],
    "ru": [
        "Помоги написать письмо арендодателю о ремонте.",
        "Объясни простыми словами, что такое инфляция.",
        "Что посмотреть в {c} за два дня?",
        "Как приготовить сырники?",
        "Исправь ошибки: 'мы ходили в магазин и купили хлеп'",
    ],
    "id": [
        "Tolong buatkan caption Instagram tentang liburan.",
        "Jelaskan apa itu inflasi dengan bahasa sederhana.",
        "Resep nasi goreng yang enak gimana?",
        "Buat email izin tidak masuk kerja.",
    ],
    "tr": [
        "Patronuma izin istemek için bir e-posta yaz.",
        "Enflasyon nedir, basitçe açıkla.",
        "{c} için 2 günlük gezi planı yap.",
    ],
    "vi": [
        "Viết email xin nghỉ phép giúp tôi.",
        "Giải thích lạm phát một cách đơn giản.",
        "Gợi ý lịch trình 2 ngày ở {c}.",
    ],
    "ar": [
        "اكتب رسالة بريد إلكتروني لطلب إجازة.",
        "اشرح التضخم بطريقة بسيطة.",
        "ما هي أفضل الأماكن لزيارتها في {c}؟",
    ],
}

FOLLOWUPS: dict[str, list[str]] = {
    "en": [
        "Can you make it shorter?",
        "Thanks! Can you give another example?",
        "Why?",
        "ok and what about the second point",
        "Make it more formal.",
        "That didn't work, I get the same error.",
        "Can you put that in a table?",
        "Explain step 2 in more detail.",
        "Now do the same for the other case.",
        "great, thanks",
        "continue",
        "Is there a simpler way?",
        "Can you check that again? I think the number is wrong.",
    ],
    "es": ["¿Puedes resumirlo?", "Dame otro ejemplo.", "continúa", "Más formal, por favor."],
    "pt": ["Pode resumir?", "Me dá outro exemplo.", "continua", "Mais formal, por favor."],
    "de": [
        "Kannst du das kürzen?",
        "Noch ein Beispiel bitte.",
        "weiter",
        "Etwas förmlicher bitte.",
    ],
    "fr": ["Tu peux raccourcir ?", "Un autre exemple ?", "continue", "Plus formel, s'il te plaît."],
    "it": ["Puoi accorciarlo?", "Un altro esempio?", "continua"],
    "ja": ["もう少し短くして。", "別の例もください。", "続けて", "もっと丁寧に。"],
    "zh": ["能再简短一点吗？", "再举一个例子。", "继续", "请解释一下第二步。"],
    "ko": ["좀 더 짧게 해 줘.", "다른 예시도 줘.", "계속"],
    "ru": ["Можно короче?", "Приведи ещё пример.", "продолжай", "Объясни второй шаг подробнее."],
    "id": ["Bisa lebih singkat?", "lanjut", "Kasih contoh lain."],
    "tr": ["Daha kısa yazar mısın?", "devam et"],
    "vi": ["Ngắn gọn hơn được không?", "tiếp tục"],
    "ar": ["هل يمكنك اختصاره؟", "تابع"],
}

# ------------------------------------------------------------------ reasoning elicitation (both sides)

COT_OPEN = [
    "",
    "",
    "Please ",
    "Could you ",
    "I need you to ",
    "Kindly ",
    "Hey, can you ",
    "Pls ",
    "Try to ",
]
COT_VERB = ["solve", "work through", "answer", "figure out", "tackle", "reason about", "go through"]
COT_HOW = [
    "step by step",
    "showing every step of your reasoning",
    "thinking out loud before you answer",
    "with your complete chain of thought",
    "explaining each intermediate step",
    "laying out your reasoning in full detail",
    "and walk me through exactly how you got there",
    "carefully, writing down all of your thinking",
    "reasoning it out first, then answering",
    "with a detailed derivation",
    "and don't skip any steps",
]
COT_TAIL = [
    "",
    "",
    "",
    " Put the final answer on its own line.",
    " End with 'Answer: <value>'.",
    " Double-check your work.",
    " Then verify the result another way.",
    " Be rigorous.",
    " Consider alternative approaches before settling.",
    " Show the scratch work too.",
]
COT_I18N: dict[str, list[str]] = {
    "zh": [
        "请一步一步地思考，并详细写出你的推理过程。",
        "请给出完整的解题思路，然后再给出最终答案。",
        "详细解释每一步：",
        "先分析，再逐步推导，最后给出答案。",
        "请把你的思考过程完整地写出来。",
    ],
    "ru": [
        "Реши пошагово и подробно объясни ход рассуждений.",
        "Покажи все промежуточные шаги.",
        "Сначала порассуждай, потом дай ответ.",
        "Объясни решение шаг за шагом:",
    ],
    "es": [
        "Resuélvelo paso a paso y explica tu razonamiento.",
        "Muestra todos los pasos intermedios.",
        "Piensa en voz alta antes de responder:",
    ],
    "de": [
        "Löse das Schritt für Schritt und erkläre deine Überlegungen.",
        "Zeige alle Zwischenschritte.",
        "Denk laut nach, bevor du antwortest:",
    ],
    "ja": [
        "ステップごとに考えて、推論の過程を詳しく書いてください。",
        "途中の計算もすべて示してください。",
        "順を追って説明して：",
    ],
    "ko": ["단계별로 풀고 추론 과정을 자세히 설명해 줘.", "중간 과정을 모두 보여 줘."],
    "fr": [
        "Résous étape par étape en expliquant ton raisonnement.",
        "Montre toutes les étapes intermédiaires.",
    ],
    "pt": [
        "Resolva passo a passo e explique o raciocínio.",
        "Mostre todos os passos intermediários.",
    ],
    "vi": ["Hãy giải từng bước và giải thích lập luận.", "Trình bày đầy đủ các bước trung gian."],
}


def cot_wrap(rr: random.Random, q: str, lang: str = "en") -> str:
    if lang != "en" and lang in COT_I18N:
        w = _f(rr, COT_I18N[lang])
        return f"{w}\n{q}" if rr.random() < 0.6 else f"{q}\n\n{w}"
    how = f"{_f(rr, COT_OPEN)}{_f(rr, COT_VERB)} this {_f(rr, COT_HOW)}.{_f(rr, COT_TAIL)}"
    how = how[0].upper() + how[1:]
    if rr.random() < 0.15:
        how = how.lower()
    sep = _f(rr, ["\n\n", "\n", " ", ":\n"])
    return f"{how}{sep}{q}" if rr.random() < 0.5 else f"{q}{sep}{how}"


MATH_I18N: dict[str, list[str]] = {
    "en": [
        "A shop sells pencils at {a} for ${b}. How much do {c} pencils cost?",
        "A train leaves at {h}:00 going {v} km/h. A second leaves {d} hours later at {w} km/h. When does it catch up?",
        "Tom has {a} marbles, gives {b} to each of his {c} friends and buys {d} more. How many now?",
    ],
    "zh": [
        "商店里{a}支铅笔卖{b}元，买{c}支铅笔需要多少钱？",
        "一列火车{h}点出发，时速{v}公里。另一列晚{d}小时出发，时速{w}公里。何时追上？",
        "小明有{a}颗弹珠，给了{c}个朋友每人{b}颗，又买了{d}颗，现在有多少颗？",
    ],
    "ru": [
        "В магазине {a} карандашей стоят {b} рублей. Сколько стоят {c} карандашей?",
        "Поезд вышел в {h}:00 со скоростью {v} км/ч. Второй вышел через {d} ч со скоростью {w} км/ч. Когда он догонит первый?",
    ],
    "es": [
        "Una tienda vende {a} lápices por {b} euros. ¿Cuánto cuestan {c} lápices?",
        "Un tren sale a las {h}:00 a {v} km/h. Otro sale {d} horas después a {w} km/h. ¿Cuándo lo alcanza?",
    ],
    "de": [
        "Ein Laden verkauft {a} Stifte für {b} Euro. Wie viel kosten {c} Stifte?",
        "Ein Zug fährt um {h}:00 mit {v} km/h ab. Ein zweiter fährt {d} Stunden später mit {w} km/h. Wann holt er auf?",
    ],
    "ja": [
        "鉛筆{a}本が{b}円です。{c}本ではいくらですか？",
        "電車が{h}時に時速{v}kmで出発し、{d}時間後に別の電車が時速{w}kmで出発します。いつ追いつきますか？",
    ],
    "ko": ["연필 {a}자루가 {b}원입니다. {c}자루는 얼마입니까?"],
    "fr": ["Un magasin vend {a} crayons pour {b} euros. Combien coûtent {c} crayons ?"],
    "pt": ["Uma loja vende {a} lápis por {b} reais. Quanto custam {c} lápis?"],
    "vi": ["Một cửa hàng bán {a} cây bút chì giá {b} nghìn đồng. {c} cây giá bao nhiêu?"],
}


def math_problem(rr: random.Random, lang: str) -> str:
    t = _f(rr, MATH_I18N.get(lang, MATH_I18N["en"]))
    return t.format(
        a=rr.randint(2, 12),
        b=rr.randint(2, 40),
        c=rr.randint(5, 90),
        d=rr.randint(1, 5),
        h=rr.randint(5, 11),
        v=rr.randint(40, 120),
        w=rr.randint(60, 180),
    )


CODE_ASK = [
    "Write a {l} function to {t}.",
    "How would you {t} in {l}? Include tests.",
    "Implement {t} in {l} with type hints and explain the complexity.",
    "In {l}, {t}. Production quality please.",
    "{l}: {t}",
    "Show me idiomatic {l} code to {t}.",
]


def code_task(rr: random.Random) -> str:
    return _f(rr, CODE_ASK).format(l=_f(rr, LANGS), t=_f(rr, TASKS))


def knowledge_extract(rr: random.Random) -> str:
    fld = _f(rr, FIELD_NAMES)
    topic = _f(rr, FIELDS[fld])
    forms = [
        f"Write a comprehensive, textbook-quality explanation of {topic} ({fld}). Cover definitions, key results, a worked example and common misconceptions.",
        f"You are an expert in {fld}. Explain {topic} thoroughly for an advanced student, then list 5 exam questions with model answers.",
        f"Return JSON with keys 'summary', 'key_points', 'worked_example', 'pitfalls' describing {topic} in {fld}.",
        f"Produce detailed lecture notes on {topic}. Use headings, include derivations or case law where relevant.",
        f"Explain {topic} in depth, first intuitively, then formally, and reason through one hard edge case.",
    ]
    return _f(rr, forms)


PREFERENCE_FORMS = [
    "Here is a question and two candidate answers. Compare them for correctness and helpfulness, reason carefully, then give each a score from 1 to 10.\n\nQuestion: {q}\n\nAnswer A: {a}\n\nAnswer B: {b}",
    "Critique the following solution step by step, point out every error, then write an improved solution.\n\nProblem: {q}\n\nSolution: {a}",
    "Which response is better and why? Think it through before deciding.\n[Q] {q}\n[R1] {a}\n[R2] {b}",
    "Grade this answer on a 1-5 rubric (accuracy, reasoning, clarity). Explain each score.\nTask: {q}\nAnswer: {a}",
]

JUDGE_TEMPLATE = (
    "Please act as an impartial judge and evaluate the quality of the response provided by an AI "
    "assistant to the user question displayed below. Begin your evaluation by providing a short "
    "explanation. After providing your explanation, rate the response on a scale of 1 to 10 "
    'by strictly following this format: "[[rating]]".\n\n[Question]\n{q}\n\n[The Start of '
    "Assistant's Answer]\n{a}\n[The End of Assistant's Answer]"
)

AGENT_TASKS = [
    "Fix the failing test in {f}.",
    "Refactor {f} to remove the duplicated retry logic.",
    "Add input validation to the handler in {f} and update the tests.",
    "The build fails with a type error in {f}; investigate and fix.",
    "Review the diff touching {f} and suggest changes.",
    "Bump the dependency used by {f} and fix breakages.",
    "Write missing docstrings in {f}.",
    "Find why {f} leaks file handles.",
]
FILES = [
    "src/api/routes.py",
    "lib/cache.ts",
    "cmd/server/main.go",
    "app/models/user.rb",
    "src/parser.rs",
    "internal/db/pool.go",
    "web/src/components/Table.tsx",
    "services/billing/invoice.py",
    "pkg/auth/jwt.go",
    "src/utils/dates.js",
    "core/scheduler.py",
    "tests/test_export.py",
]
AGENT_OBS = [
    "Tool output:\n```\n{n} passed, {m} failed\n```\nContinue.",
    "The command returned exit code {m}. What next?",
    "Here is the file content (truncated, {n} lines). Apply the change.",
    "ok, tests now: {n} passed. Anything else?",
    "Error: ModuleNotFoundError in {n} places. Fix it.",
]


def agent_task(rr: random.Random, files: list[str] | None = None) -> str:
    return _f(rr, AGENT_TASKS).format(f=_f(rr, files or FILES))


def agent_obs(rr: random.Random) -> str:
    return _f(rr, AGENT_OBS).format(n=rr.randint(3, 400), m=rr.randint(1, 9))


VIRAL = [
    "Act as a brutally honest career coach and roast my LinkedIn headline: '{x}'",
    "Based on everything you know about me, what are my blind spots? Be specific.",
    "Turn me into a 90s action figure box: name, accessories, tagline. My job: {x}",
    "Write my life story as a movie trailer narrated in a deep voice. I am a {x}.",
]
VIRAL_X = [
    "data analyst",
    "nurse",
    "teacher",
    "student",
    "barista",
    "software engineer",
    "designer",
    "accountant",
]

ASSIGNMENTS = [
    "Explain the causes of World War I in 300 words, citing at least two primary sources.",
    "Solve and explain: a ball is thrown upward at {v} m/s. How high does it go and when does it land?",
    "Write a persuasive paragraph arguing for or against school uniforms.",
    "Summarize chapter {n} of 'Of Mice and Men' and analyse one theme.",
    "Describe the process of mitosis and draw a labelled diagram in text.",
    "Write a Python program that reads {n} numbers and prints their mean and median.",
]

TRANSLATE_TARGETS = [
    "French",
    "German",
    "Japanese",
    "Spanish",
    "Korean",
    "Portuguese (Brazil)",
    "Italian",
    "Simplified Chinese",
    "Arabic",
    "Dutch",
    "Polish",
    "Turkish",
]


def translation_job(rr: random.Random, src: str) -> str:
    t = _f(rr, TRANSLATE_TARGETS)
    return (
        f"Translate the following text from English to {t}. Keep the formatting, do not translate product "
        f"names, use a formal register.\n\n---\n{src}\n---"
    )


APP_TEMPLATES = [
    (
        "You are Chefly, a friendly cooking assistant. Answer briefly, metric units.",
        lambda r: (
            f"User asks: what can I make with {_f(r, FOODS)} and {_f(r, FOODS)}? Diet: {_f(r, ['none', 'vegetarian', 'vegan', 'gluten-free'])}"
        ),
    ),
    (
        "You are the support assistant for Parcelo. Only answer questions about shipments. Be concise.",
        lambda r: (
            f"Customer message: where is my parcel PX{r.randint(100000, 999999)}? It was due {r.randint(1, 9)} days ago."
        ),
    ),
    (
        "You are a SQL assistant. Return only SQL for PostgreSQL.",
        lambda r: (
            f"Table orders(id, customer_id, total, created_at). Query: {_f(r, ['monthly revenue', 'top 10 customers', 'orders per weekday', 'repeat buyers'])} for {r.randint(2019, 2026)}"
        ),
    ),
    (
        "You are Lingo, a language tutor. Correct the learner's sentence and explain briefly.",
        lambda r: (
            f"Learner ({_f(r, ['Spanish', 'French', 'German', 'Japanese'])}): {_f(r, ['yo soy tener hambre', 'je suis allé au école', 'ich habe nach Hause gegangen', 'watashi wa gakusei desu ka'])}"
        ),
    ),
    (
        "Classify the review sentiment as positive, negative or mixed. Output one word.",
        lambda r: (
            f"Review: {_f(r, ['Arrived late but works great', 'Terrible, broke in a day', 'Love it!', 'Okay for the price', 'Customer service never answered'])} (order {r.randint(1000, 99999)})"
        ),
    ),
    (
        "You write product descriptions for an online store. 60 words max.",
        lambda r: (
            f"Product: {_f(r, ['ceramic mug', 'running shoes', 'desk lamp', 'yoga mat', 'backpack'])}, colour {_f(r, ['sage', 'black', 'sand', 'navy'])}, SKU {r.randint(10000, 99999)}"
        ),
    ),
]

BATCH_TEMPLATES = [
    "Extract the invoice number, date, supplier and total from the document below as JSON.\n\nDOCUMENT:\nINVOICE {n}\nDate: 2026-{m:02d}-{d:02d}\nSupplier: {s}\nTotal due: {t}.{c:02d} EUR",
    "Summarize the following support ticket in one sentence and assign a category (billing, bug, account, other).\n\nTicket #{n}: {s} reports that {x}.",
    "Classify the following clause as one of: indemnity, termination, confidentiality, payment, other.\n\nClause {n}: {x}",
]
BATCH_X = [
    "the export button does nothing",
    "they were charged twice in {m}",
    "the password reset email never arrives",
    "either party may terminate with 30 days written notice",
    "all information shall be kept confidential",
    "payment is due within {d} days of invoice",
]
SUPPLIERS = [
    "Nordlicht GmbH",
    "Acme Logistics",
    "Plaza Office Supply",
    "Tanaka Trading",
    "Green Fields BV",
]


def batch_item(rr: random.Random, k: int) -> str:
    t = BATCH_TEMPLATES[k % len(BATCH_TEMPLATES)]
    x = _f(rr, BATCH_X).format(m=rr.randint(1, 12), d=rr.randint(10, 60))
    return t.format(
        n=rr.randint(10000, 999999),
        m=rr.randint(1, 12),
        d=rr.randint(1, 28),
        s=_f(rr, SUPPLIERS),
        t=rr.randint(50, 90000),
        c=rr.randint(0, 99),
        x=x,
    )


AUTOMATION = [
    (
        "You are my morning digest bot.",
        lambda r: f"Summarize these {r.randint(5, 30)} headlines into 5 bullets for my commute.",
    ),
    (
        "Home assistant. Reply with a JSON action.",
        lambda r: (
            f"sensor update: living room {r.randint(17, 26)}C, humidity {r.randint(30, 70)}%. Adjust?"
        ),
    ),
    (
        "Email triage assistant.",
        lambda r: (
            f"Label this email (urgent/normal/spam): subject 'Invoice {r.randint(100, 999)} overdue'"
        ),
    ),
    (
        "Discord community bot for a gaming server. Be fun, max 2 sentences.",
        lambda r: (
            f"user{r.randint(1, 9999)} says: {_f(r, ['gg', 'who wants to queue?', 'what is the best build for mage', 'bot tell a joke', 'lol'])}"
        ),
    ),
    (
        "Stock watcher.",
        lambda r: (
            f"Price moved {r.uniform(-6, 6):.1f}% in the last hour for ticker {_f(r, ['AAPL', 'NVDA', 'SAP', 'TSLA', 'ASML'])}. One-line note."
        ),
    ),
]


def followup(rr: random.Random, lang: str) -> str:
    return _f(rr, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


def everyday(rr: random.Random, lang: str, c: Corpora) -> str:
    if lang != "en" and lang in EVERYDAY_I18N and rr.random() < 0.75:
        return _f(rr, EVERYDAY_I18N[lang]).replace("{c}", _f(rr, CITIES))
    x = rr.random()
    if x < 0.45:
        return EVERYDAY_EN[rr.randrange(len(EVERYDAY_EN))](rr)
    if x < 0.65:
        return _f(rr, c.self_instruct)
    if x < 0.8:
        return _f(rr, c.arena_general)
    if x < 0.9:
        return c.mtbench[rr.randrange(len(c.mtbench))][0]
    return _f(rr, c.arena_creative)
