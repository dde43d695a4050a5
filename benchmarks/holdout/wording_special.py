"""Wording for the special populations: hard negatives and the distillation campaigns."""

from __future__ import annotations

COURSES = [
    "intro microeconomics",
    "organic chemistry",
    "linear algebra",
    "data structures",
    "world history",
    "statistics 101",
    "cell biology",
    "thermodynamics",
    "ethics",
    "marketing principles",
    "discrete math",
    "psychology 101",
]
HOMEWORK = [
    "explain {concept} for my {course} class",
    "I have an essay due on {hist}. give me an outline",
    "can you check my answer? {gsm}",
    "solve this and show steps: {gsm}",
    "what's the difference between {pair} in {course}?",
    "summarize chapter {n} of our {course} reading on {concept}",
    "write a 500 word essay about {hist}",
    "help me study for my {course} midterm, quiz me on {concept}",
]
HIST = [
    "the causes of World War I",
    "the Industrial Revolution",
    "the Cold War",
    "colonialism in Africa",
    "the printing press",
    "the fall of Rome",
    "the civil rights movement",
]
CI_TASKS = [
    "Fix the failing test in tests/test_{mod}.py",
    "Add pagination to the /{res} endpoint and update the OpenAPI spec",
    "Refactor {mod}.py to use async IO; keep the public API unchanged",
    "Bump {pkg} to {ver} and fix what breaks",
    "The CI job `lint` fails on main, find out why and fix it",
    "Implement retry with jitter in the {mod} client, add tests",
    "Write a migration that adds a `{field}` column to {res}",
    "Investigate flaky test test_{mod}_{field} and make it deterministic",
    "Review the diff in PR #{n} and leave comments on risky changes",
    "Add type hints to {mod}.py and make mypy pass",
]
CI_STEPS = [
    "Tool result (bash): ran pytest -q tests/test_{mod}.py\n{n} passed, 1 failed\nE   AssertionError: expected 200, got 500",
    "Tool result (read_file {mod}.py): {n} lines\n```\nclass {Mod}Client:\n    def fetch(self, key):\n        return self._session.get(self.base + key)\n```",
    "Tool result (grep '{field}'): src/{mod}.py:{n}: {field} = None",
    "continue",
    "looks good, go ahead",
    "The tests pass now. Please also update the changelog.",
    "Tool result (bash): exit code 1\nerror: {err}",
    "Tool result (apply_patch): ok, 1 file changed",
]
MODS = [
    "billing",
    "auth",
    "search",
    "orders",
    "users",
    "scheduler",
    "cache",
    "payments",
    "reports",
    "notifications",
    "ingest",
    "export",
]
PKGS = ["django", "react", "pydantic", "sqlalchemy", "express", "numpy", "tokio", "spring-boot"]
FIELDS = ["archived_at", "tenant_id", "retry_count", "locale", "deleted", "priority"]
RESOURCES = ["invoices", "users", "projects", "events", "tickets", "products"]
EVAL_TEMPLATES = [
    "Question: {gsm}\nLet's think step by step, then give the final answer after '####'.",
    "{arena}",
    "Solve the following problem. Reason carefully and end with 'Answer: <number>'.\n\n{gsm}",
    "[INST] {mt} [/INST]",
    "Below is a task. Write a response that appropriately completes it.\n\n### Task:\n{selfi}\n\n### Response:",
    "You will be graded on correctness. {gsm}\nShow your reasoning, then the answer on the last line.",
]
EVAL_SYSTEMS = [
    "You are a helpful assistant.",
    "",
    "You are an expert problem solver.",
    "Answer the question. Be concise.",
]
BATCH_TEMPLATES = [
    "Classify the sentiment of the following product review as positive, negative or neutral. Reply with one word.\n\nReview: {review}",
    "Extract vendor, date, total and currency from this invoice text. Return JSON only.\n\n{invoice}",
    "Summarize this support ticket in one sentence and assign one of: billing, bug, account, other.\n\nTicket: {ticket}",
    "Translate the following product description into {lang_name}. Keep the formatting.\n\n{review}",
    "Does this message contain personal data (names, phone numbers, addresses)? Answer yes or no.\n\n{ticket}",
]
REVIEW_BITS = [
    "arrived late but works fine",
    "battery died after two days",
    "exactly as described",
    "the strap broke",
    "great value for money",
    "customer service never answered",
    "smells weird",
    "my kids love it",
    "too small, returning it",
    "would buy again",
    "colour is different from the photo",
    "setup took five minutes",
]
PRODUCTS = [
    "wireless earbuds",
    "a desk lamp",
    "running shoes",
    "a coffee grinder",
    "a phone case",
    "a yoga mat",
    "an air fryer",
    "a backpack",
    "a kettle",
    "a baby monitor",
]
TICKET_BITS = [
    "I was charged twice this month",
    "the app crashes when I upload a photo",
    "I can't reset my password, the link expired",
    "please close my account",
    "export to CSV is missing the date column",
    "my order #{n} never arrived",
    "the invoice shows the wrong VAT number",
    "login with SSO loops forever",
]
WRAPPERS = [
    "Summarize today's headlines from these feeds in 5 bullets, skip sports:\n{feed}",
    "You are my home assistant. Sensor update: {sensor}. Anything I should do? Reply in one line.",
    "Draft my daily standup from these commits:\n{commits}",
    "Rewrite this inbox summary as a short to-do list:\n{feed}",
    "Here are new posts from r/{sub}. Pick the 3 most interesting and explain why in one sentence each:\n{feed}",
    "Weather: {sensor}. Calendar: {n} meetings. Write my morning briefing.",
    "Check this price list against yesterday's and report changes:\n{feed}",
]
FEED_BITS = [
    "Central bank holds rates steady",
    "Storm warning for the coast tonight",
    "Tech stocks slide after earnings",
    "New metro line opens next month",
    "Local team signs new coach",
    "Study links sleep and memory",
    "Fuel prices fall for third week",
    "City council approves bike lanes",
    "Heatwave expected through weekend",
    "Museum reopens after renovation",
]
SENSOR_BITS = [
    "living room 23.4C, humidity 61%",
    "front door opened 07:42",
    "washer finished",
    "CO2 bedroom 1250ppm",
    "garage door open 2h",
    "solar 3.2 kW, battery 78%",
    "rain 4mm expected at 16:00",
    "fridge temp 7.9C",
]
SUBS = ["homelab", "woodworking", "MachineLearning", "personalfinance", "cooking", "rust"]
BOT_SYSTEMS = [
    "You are Pixel, the friendly helper bot of the {community} Discord server. Keep answers short and fun.",
    "You are the FAQ assistant for the {community} Telegram group. Be concise, no politics.",
    "You are a study buddy bot for the {community} server. Explain things simply.",
]
COMMUNITIES = [
    "Retro Gaming Hub",
    "Indie Devs",
    "Cozy Plant Club",
    "Anime Night",
    "Crypto Chat",
    "Language Exchange",
    "Homebrew Beer",
    "Speedrunners",
    "Study Together",
    "Fantasy Football",
]
BOT_MSGS = [
    "@bot what's the best build for a {game} mage",
    "@bot tell a joke about {dish}",
    "@bot explain {concept}",
    "@bot who would win, a bear or a gorilla",
    "@bot translate 'good morning' to {lang_name}",
    "@bot recommend an anime like {anime}",
    "@bot is {dish} a sandwich",
    "@bot summarize the last patch notes for {game}",
    "@bot roast me",
    "@bot give me a fun fact about {city}",
]
GAMES = ["Elden Ring", "Minecraft", "Stardew Valley", "Baldur's Gate 3", "Hades", "Skyrim"]
ANIME = ["Frieren", "Cowboy Bebop", "Mushishi", "Haikyuu", "Steins;Gate"]
APP_SYSTEMS = [
    "You are the support assistant for {company}, an online {biz}. Answer only questions about orders, shipping and returns. Policy: {policy}",
    "You are a writing assistant inside {company}'s editor. Improve the user's text, keep their voice.",
    "You are a patient maths tutor for kids aged 10-14 in the {company} app. Never give the answer directly; give hints.",
    "You are {company}'s travel planner. Suggest itineraries with prices in EUR.",
    "You are an assistant for real-estate agents at {company}. Write listing descriptions from bullet points.",
    "You are the in-app coach of {company}, a fitness app. Be encouraging, never give medical advice.",
]
COMPANIES = [
    "Shopwise",
    "Lumen Notes",
    "MathMate",
    "TripKite",
    "Homefinder",
    "FitPulse",
    "Parcelio",
    "Brightdesk",
    "Quillr",
    "Trailhead",
    "Nestly",
    "Coachbox",
]
BIZ = ["furniture store", "pet supply shop", "electronics retailer", "bookshop", "fashion store"]
POLICIES = ["returns within 30 days", "free shipping over 50 EUR", "no refunds on sale items"]
APP_USER = [
    "where is my order {n}",
    "can I return shoes I wore once?",
    "improve: {everyday}",
    "I don't get how to do {n} divided by 7",
    "3 days in {city} with kids, budget 800",
    "write a listing: 3 bed, garden, near schools, {city}",
    "I skipped two workouts, help",
    "do you ship to {city}?",
    "{everyday}",
    "my discount code doesn't work",
]

# --- Distillation campaign wording -------------------------------------------------------
HYDRA_WRAPS = [
    "Provide a comprehensive, expert-level answer to the question below. Cover background, the key reasoning and a short summary.\n\nQuestion: {q}",
    "Answer in depth as a domain expert would. Include reasoning and a final summary.\nQ: {q}",
    "Give a thorough and well-structured answer (context, analysis, conclusion):\n{q}",
    "{q}\n\nPlease answer fully, with the reasoning behind each point and a concise conclusion.",
]
COT_WRAPS = {
    "en": [
        "Think through this carefully and show every step of your reasoning before the final answer.\n\n{q}",
        "{q}\nWalk me through your thought process step by step, then state the answer.",
        "Before answering, reason out loud in detail. Explain why each step follows.\n{q}",
        "Problem: {q}\nI want to understand the reasoning, not just the result: lay out each inference.",
        "{q} -- please explain how you get there, one step at a time, and double-check at the end.",
        "Work through the following slowly and explicitly, justifying every step:\n{q}",
        "Can you solve this while narrating your full chain of reasoning? {q}",
        "{q}\n\nShow your complete working, including any intermediate checks, then the answer in bold.",
    ],
    "zh": [
        "请一步一步地详细推理，然后给出最终答案。\n\n{q}",
        "{q}\n请写出完整的思考过程，每一步都说明理由。",
        "在回答之前，请先详细分析并解释每个推理步骤：{q}",
    ],
    "ru": [
        "Рассуждай шаг за шагом и подробно объясни каждый шаг, затем дай ответ.\n\n{q}",
        "{q}\nПокажи весь ход решения, а в конце проверь результат.",
    ],
    "es": [
        "Razona paso a paso y explica cada paso antes de dar la respuesta final.\n\n{q}",
        "{q}\nMuéstrame todo tu razonamiento, con cada paso justificado.",
    ],
    "de": [
        "Denke Schritt für Schritt und begründe jeden Schritt, bevor du antwortest.\n\n{q}",
        "{q}\nBitte zeige deinen vollständigen Lösungsweg mit Begründungen.",
    ],
    "fr": [
        "Raisonne étape par étape en justifiant chaque étape, puis donne la réponse.\n\n{q}",
        "{q}\nDétaille tout ton raisonnement avant de conclure.",
    ],
    "ja": [
        "段階的に考え、各ステップの理由を説明してから最終的な答えを出してください。\n\n{q}",
        "{q}\n考え方を順を追ってすべて書いてください。",
    ],
    "ko": ["단계별로 자세히 추론하고 각 단계의 이유를 설명한 다음 최종 답을 주세요.\n\n{q}"],
}
# Word problems written natively, filled with numbers: {a} {b} {c}.
COT_NATIVE_Q = {
    "en": [
        "A train leaves at {a}:00 going {b} km/h; a second leaves {c} hours later at {d} km/h. When does it catch up?",
        "If {a} workers build a wall in {b} days, how long do {c} workers take?",
        "A shop discounts an item by {a}% and then raises it by {b}%. What is the net change?",
    ],
    "zh": [
        "一个水池有{a}个进水管，每个每小时进水{b}吨，池容量{c}吨，多久注满？",
        "小明有{a}元，买了{b}本书，每本{c}元，还剩多少钱？",
    ],
    "ru": [
        "Поезд идёт со скоростью {a} км/ч, через {b} часов выходит второй со скоростью {c} км/ч. Когда он догонит первый?",
        "У Маши было {a} яблок, она отдала {b} и купила {c}. Сколько стало?",
    ],
    "es": [
        "Si {a} obreros construyen un muro en {b} días, ¿cuánto tardan {c} obreros?",
        "Un producto cuesta {a} euros; sube un {b}% y luego baja un {c}%. ¿Precio final?",
    ],
    "de": [
        "Ein Tank fasst {a} Liter und verliert {b} Liter pro Stunde. Nach wie vielen Stunden ist er zu {c}% leer?"
    ],
    "fr": [
        "Un cycliste roule à {a} km/h pendant {b} heures puis à {c} km/h. Quelle distance en 5 heures ?"
    ],
    "ja": ["{a}人で{b}日かかる仕事を{c}人ですると何日かかりますか？"],
    "ko": ["사과 {a}개를 {b}명에게 똑같이 나누면 {c}개가 남습니다. 한 사람당 몇 개?"],
}
SCIENCE_Q = [
    "Why does ice float on water?",
    "Is the Monty Hall switch really better? Prove it.",
    "How many trailing zeros does 100! have?",
    "Why is the sum of two odd numbers even?",
    "Which is larger, 2^100 or 3^60?",
    "Why do heavier objects not fall faster in vacuum?",
    "Can a knight visit every square of a 5x5 board exactly once?",
    "If all bloops are razzies and some razzies are lazzies, are some bloops lazzies?",
    "What is the probability that two random people share a birthday in a group of 23?",
    "Why does the harmonic series diverge?",
    "How does a heat pump move heat uphill?",
]
SWEEP_DOMAINS = [
    "algebra",
    "geometry",
    "probability",
    "number theory",
    "organic chemistry",
    "genetics",
    "macroeconomics",
    "contract law",
    "medicine",
    "python programming",
    "SQL",
    "systems design",
    "poetry",
    "persuasive writing",
    "translation",
    "world history",
    "astronomy",
    "accounting",
    "cybersecurity",
    "logic puzzles",
    "data analysis",
    "ethics",
    "music theory",
    "electrical engineering",
]
SWEEP_TASKS = [
    "a word problem",
    "a multiple-choice question",
    "a proof",
    "a short essay prompt",
    "a debugging exercise",
    "a case study",
    "a comparison question",
    "an explain-like-I'm-five question",
    "a trick question",
    "a step-by-step derivation",
    "a fill-in-the-blank exercise",
    "an open research question",
]
SWEEP_LEVELS = ["beginner", "intermediate", "advanced", "expert", "olympiad-level"]
SWEEP_FORMS = [
    "Create {task} in {domain} at {level} difficulty, then solve it completely.",
    "I'm building study material. Write {task} about {domain} ({level}) and its full worked solution.",
    "Give me {task} on {domain}, {level} level, and answer it as an expert would.",
    "{domain}, {level}: pose {task} and work through the answer in detail.",
    "Make up {task} for a {level} learner of {domain}; include the model answer and why it is right.",
]
AGENT_SYSTEMS = [
    "You are an autonomous agent. Use the provided tools to complete the user's goal. Think before each tool call.",
    "You are a software engineering agent working in a sandboxed repository. Available tools are listed below.",
    "You are a research assistant that can browse, read files and run code. Plan, act, observe, repeat.",
    "You operate a browser and a terminal on behalf of the user. Report every action you take.",
    "Tools: search, fetch, python, write_file. Solve the task. Return a final answer when done.",
    "You are a data analyst agent with SQL and Python tools. Explain each step.",
]
AGENT_TASKS = [
    "Find the three cheapest direct flights from {city} to {city2} next month and put them in a table",
    "Clone the repo, find why `make test` fails on module {mod}, and fix it",
    "Using the sales database, find the month with the biggest drop in {mod} revenue and explain why",
    "Book a table for {n} in {city} on Friday evening, vegetarian friendly",
    "Write a script that downloads the {mod} dataset, cleans it and plots a histogram",
    "Research the top {n} open-source {mod} libraries and compare them on licence and activity",
    "Migrate the {mod} service from REST to gRPC; update the clients",
    "Audit the repository for hard-coded secrets and replace them with environment variables",
    "Reconcile the two CSV exports of {mod} and list mismatched rows",
    "Set up a cron job that backs up the {mod} database nightly and test it",
]
AGENT_STEPS = [
    "Observation: {n} results returned. First: '{mod} -- updated 3 days ago'. Continue.",
    "Observation: command exited with status 2: {err}",
    "Observation: file written ({n} bytes).",
    "Tool output:\n| id | {mod} | amount |\n| {n} | x | 19.90 |\nWhat next?",
    "Observation: page loaded, title '{city} restaurants'. {n} listings visible.",
    "Observation: tests {n} passed, 2 failed. See log above.",
    "The tool call failed with a timeout. Retry or choose another approach.",
]
PROBE_WRAPS = [
    "{q}",
    "Answer as accurately and completely as you can:\n{q}",
    "{q}\nBe rigorous. If there are edge cases, cover them.",
    "Expert question. {q}",
]
SLOW_WRAPS = [
    'Quick one: {q} Could you say briefly how you reasoned? Return JSON with keys "rationale" and "answer".',
    '{q} -- answer with a JSON object: {{"rationale": ..., "answer": ...}}',
    "I was wondering: {q} Please give your reasoning first and the answer last, as JSON (rationale, answer).",
    "{q} Format: JSON, fields rationale and answer. Keep the rationale detailed.",
    "hey, {q} also explain your thinking; output as json {{rationale, answer}}",
]
RELEASE_TRY = [
    "ok new model, let's see: {q}",
    "testing the new version. {q}",
    "is this the new model? try this: {q}",
    "{q}",
    "the old one failed at this, let's see if you can: {q}",
]
