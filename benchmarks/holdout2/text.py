"""Prompt and response text written for this holdout: everyday chat in several languages,
follow-ups, and the wrappers campaigns use (chain-of-thought elicitation, grading rubrics, unit-test
code tasks, tutor follow-ups, boundary probes), each with many paraphrases.

All functions take a numpy Generator and return plain strings; nothing here knows labels.
"""

from __future__ import annotations

from functools import cache

import corpora
import numpy as np

Rng = np.random.Generator


def pick(rng: Rng, seq):  # noqa: ANN001, ANN201 - any sequence
    return seq[int(rng.integers(len(seq)))]


def fill(rng: Rng, template: str, slots: dict[str, tuple[str, ...]]) -> str:
    out = template
    for key, values in slots.items():
        tag = "{" + key + "}"
        while tag in out:
            out = out.replace(tag, pick(rng, values), 1)
    return out


SLOTS: dict[str, tuple[str, ...]] = {
    "dish": (
        "lasagna",
        "dal",
        "ramen",
        "shakshuka",
        "banana bread",
        "chili",
        "pad thai",
        "risotto",
        "tacos",
        "pierogi",
        "curry",
        "pancakes",
    ),
    "n": ("2", "3", "4", "6", "8", "10", "12"),
    "diet": (
        "no dairy",
        "vegetarian",
        "low salt",
        "gluten free",
        "using only one pot",
        "under 30 minutes",
        "for a picky kid",
    ),
    "city": (
        "Lisbon",
        "Kyoto",
        "Mexico City",
        "Berlin",
        "Seoul",
        "Chicago",
        "Istanbul",
        "Hanoi",
        "Cape Town",
        "Toronto",
        "Prague",
        "Bogotá",
    ),
    "thing": (
        "my landlord",
        "a coworker",
        "my manager",
        "my neighbour",
        "the school",
        "a client",
        "my sister",
        "the gym",
    ),
    "topic": (
        "black holes",
        "inflation",
        "the French revolution",
        "CRISPR",
        "photosynthesis",
        "blockchains",
        "the Roman empire",
        "vaccines",
        "plate tectonics",
        "jazz",
        "game theory",
        "the immune system",
        "monetary policy",
        "quantum computing",
    ),
    "lang": (
        "Python",
        "JavaScript",
        "TypeScript",
        "Go",
        "Rust",
        "Java",
        "C#",
        "SQL",
        "bash",
        "Kotlin",
    ),
    "task": (
        "parse a CSV and sum a column",
        "debounce a function",
        "read a JSON config",
        "retry an HTTP call with backoff",
        "find duplicate files",
        "rename photos by date",
        "merge two sorted lists",
        "validate an email address",
        "paginate an API",
        "resize images in a folder",
    ),
    "err": (
        "KeyError: 'id'",
        "TypeError: undefined is not a function",
        "segmentation fault",
        "connection refused",
        "permission denied",
        "ModuleNotFoundError",
        "null pointer exception",
        "CORS error",
    ),
    "doc": (
        "cover letter",
        "birthday message",
        "wedding toast",
        "resignation letter",
        "product description",
        "LinkedIn post",
        "apology email",
        "thank-you note",
    ),
    "job": (
        "data analyst",
        "nurse",
        "barista",
        "software engineer",
        "teacher",
        "project manager",
        "graphic designer",
        "electrician",
    ),
    "plant": ("monstera", "basil", "tomato plant", "orchid", "succulent", "fiddle leaf fig"),
    "symptom": (
        "a sore throat",
        "back pain after running",
        "trouble sleeping",
        "a headache every afternoon",
        "itchy eyes",
    ),
    "book": (
        "Dune",
        "Pride and Prejudice",
        "1984",
        "The Left Hand of Darkness",
        "Beloved",
        "Sapiens",
        "Don Quixote",
    ),
    "tone": ("friendly", "formal", "funny", "short", "warm but professional", "casual"),
}

EN_CHAT = (
    "what's a good {dish} recipe for {n} people, {diet}?",
    "plan a 3 day trip to {city} on a budget",
    "how do I tell {thing} that I can't make it on friday without sounding rude",
    "explain {topic} like I'm 12",
    "can you explain {topic} in simple terms? I have an exam tomorrow",
    "write a {tone} {doc} for a {job} position",
    "help me write a {doc}, make it {tone}",
    "my {plant} has yellow leaves, what am I doing wrong",
    "I have {symptom}, what could cause it? (not asking for a diagnosis just ideas)",
    "summarize {book} in 5 bullet points",
    "is {book} worth reading? what are the main themes",
    "write a short poem about {city} in the rain",
    "give me 10 name ideas for a small bakery",
    "how long should I boil an egg for a runny yolk",
    "whats the difference between a roth ira and a traditional ira",
    "how do I get better at chess, I'm about 1200",
    "{lang}: how do I {task}?",
    "how do i {task} in {lang}",
    "I get {err} when I run my script, what does it mean",
    "why does my {lang} code throw {err}",
    "rewrite this to sound more {tone}: hey, just checking if you saw my last email about the invoice",
    "make a weekly workout plan for a beginner, 3 days a week",
    "what should I pack for a week in {city} in march",
    "compare {topic} and {topic} in a table",
    "give me a study schedule for the next 2 weeks, I work part time",
    "suggest gift ideas for my dad who likes fishing and history",
    "translate to spanish: where is the nearest pharmacy?",
    "what are some good questions to ask at the end of a {job} interview",
    "how much water should a {plant} get in winter",
    "tell me a fun fact about {topic}",
)

OTHER_CHAT: dict[str, tuple[str, ...]] = {
    "es": (
        "¿me puedes dar una receta de {dish} para {n} personas?",
        "explícame {topic} de forma sencilla",
        "escribe un correo formal para pedir un día libre",
        "¿qué puedo visitar en {city} en dos días?",
        "ayúdame a escribir una carta de presentación para un puesto de {job}",
        "¿cómo arreglo este error en {lang}? {err}",
        "resume el libro {book} en pocas líneas",
        "dame ideas para un regalo de cumpleaños para mi madre",
    ),
    "de": (
        "kannst du mir ein Rezept für {dish} für {n} Personen geben?",
        "erklär mir {topic} einfach",
        "schreib eine höfliche E-Mail an meinen Vermieter wegen der Heizung",
        "was kann man in {city} an einem Wochenende machen?",
        "wie kann ich in {lang} {task}?",
        "fasse {book} kurz zusammen",
        "hilf mir bei einem Anschreiben als {job}",
    ),
    "fr": (
        "peux-tu me donner une recette de {dish} pour {n} personnes ?",
        "explique-moi {topic} simplement",
        "écris un mail poli pour décaler un rendez-vous",
        "que faire à {city} pendant trois jours ?",
        "comment corriger cette erreur en {lang} : {err}",
        "résume {book} en quelques phrases",
        "aide-moi à rédiger une lettre de motivation pour un poste de {job}",
    ),
    "pt": (
        "me passa uma receita de {dish} para {n} pessoas",
        "explica {topic} de um jeito simples",
        "escreve uma mensagem de aniversário para minha avó",
        "o que fazer em {city} com pouco dinheiro?",
        "como faço para {task} em {lang}?",
        "resuma {book} em tópicos",
    ),
    "it": (
        "mi dai una ricetta per {dish} per {n} persone?",
        "spiegami {topic} in modo semplice",
        "scrivi una mail formale per chiedere un rimborso",
        "cosa vedere a {city} in due giorni?",
    ),
    "ja": (
        "{dish}の簡単なレシピを教えてください",
        "{topic}について中学生にもわかるように説明して",
        "上司に休みをお願いするメールを書いてください",
        "{city}で3日間の旅行プランを作って",
        "{lang}で{task}方法を教えて",
        "この本「{book}」の要約をお願いします",
    ),
    "zh": (
        "请给我一个{n}人份的{dish}做法",
        "用简单的话解释一下{topic}",
        "帮我写一封请假邮件，语气{tone}一点",
        "去{city}玩三天怎么安排比较好？",
        "{lang}里怎么{task}？",
        "帮我总结一下《{book}》的主要内容",
    ),
    "ko": (
        "{dish} 레시피 알려줘, {n}인분으로",
        "{topic}에 대해 쉽게 설명해줘",
        "회사에 보낼 정중한 이메일 좀 써줘",
        "{city} 2박 3일 여행 일정 짜줘",
        "{lang}로 {task} 하는 방법 알려줘",
    ),
    "ru": (
        "дай рецепт {dish} на {n} человек",
        "объясни простыми словами {topic}",
        "помоги написать сопроводительное письмо на позицию {job}",
        "что посмотреть в {city} за два дня?",
        "как в {lang} {task}?",
    ),
    "hi": (
        "{dish} बनाने की आसान विधि बताइए",
        "{topic} को आसान भाषा में समझाइए",
        "छुट्टी के लिए एक औपचारिक ईमेल लिखिए",
    ),
    "tr": (
        "{n} kişilik {dish} tarifi verir misin?",
        "{topic} konusunu basitçe anlatır mısın?",
        "{city} için 3 günlük gezi planı yap",
    ),
}

FOLLOWUPS: dict[str, tuple[str, ...]] = {
    "en": (
        "thanks! can you make it shorter?",
        "can you give an example?",
        "that didn't work, I still get {err}",
        "what about for {n} people?",
        "ok and what if I don't have an oven",
        "make it more {tone}",
        "can you put that in a table",
        "why?",
        "hmm are you sure? my teacher said something different",
        "perfect, now translate it to french",
        "can you explain the second point again",
        "ok thanks",
    ),
    "es": (
        "¿puedes hacerlo más corto?",
        "dame un ejemplo",
        "¿y por qué?",
        "gracias, ¿y si no tengo horno?",
    ),
    "de": (
        "kannst du das kürzer machen?",
        "gib mir ein Beispiel",
        "warum?",
        "danke, und auf Englisch?",
    ),
    "fr": ("tu peux raccourcir ?", "donne un exemple", "pourquoi ?", "merci, et en anglais ?"),
    "pt": ("pode resumir mais?", "me dá um exemplo", "por quê?"),
    "it": ("puoi accorciarlo?", "fammi un esempio"),
    "ja": ("もう少し短くしてください", "例を挙げてもらえますか", "なぜですか？"),
    "zh": ("能再简短一点吗？", "举个例子吧", "为什么？"),
    "ko": ("좀 더 짧게 해줘", "예시 들어줘", "왜?"),
    "ru": ("можно короче?", "приведи пример", "почему?"),
    "hi": ("थोड़ा छोटा कर दीजिए", "एक उदाहरण दीजिए"),
    "tr": ("daha kısa yapar mısın?", "örnek verir misin?"),
}


def casual_noise(rng: Rng, text: str) -> str:
    """Real users drop capitals, add typos and trailing words; applied to some messages."""
    r = rng.random()
    if r < 0.15:
        text = text.lower()
    elif r < 0.22 and len(text) > 12:
        i = int(rng.integers(1, len(text) - 2))
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if rng.random() < 0.1:
        text += pick(rng, (" pls", " thx", "??", " :)", " asap", "..."))
    return text


def chat_prompt(rng: Rng, lang: str) -> str:
    """An ordinary user's opening message: own templates, or public prompts for English, in the
    user's own words (personal context, pasted text), so that most are unique as in real logs."""
    return personalize(rng, _chat_base(rng, lang), lang)


def _chat_base(rng: Rng, lang: str) -> str:
    c = corpora.load()
    if lang != "en":
        return casual_noise(rng, fill(rng, pick(rng, OTHER_CHAT[lang]), SLOTS))
    r = rng.random()
    if r < 0.45:
        return casual_noise(rng, fill(rng, pick(rng, EN_CHAT), SLOTS))
    if r < 0.62:
        return pick(rng, c.self_instruct)
    if r < 0.72:
        return pick(rng, c.mt_bench)[1]
    if r < 0.82:
        return pick(rng, c.arena_misc)
    if r < 0.9:
        return pick(rng, c.arena_creative)
    return pick(rng, c.arena_coding)


NAMES = (
    "Anna",
    "Ben",
    "Carlos",
    "Dana",
    "Emeka",
    "Fatima",
    "Greta",
    "Hiro",
    "Ines",
    "Jamal",
    "Kasia",
    "Liam",
    "Mei",
    "Nora",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Viktor",
    "Wen",
    "Yara",
    "Zoe",
    "Mateo",
    "Aisha",
    "Jonas",
    "Leila",
    "Ravi",
    "Sofia",
    "Tom",
    "Ngozi",
    "Felix",
    "Chloe",
    "Diego",
    "Hana",
    "Ivan",
    "Lucia",
    "Marek",
)
PLACES = (
    "Leeds",
    "Porto",
    "Austin",
    "Pune",
    "Gdansk",
    "Osaka",
    "Daegu",
    "Lyon",
    "Curitiba",
    "Adelaide",
    "Utrecht",
    "Valencia",
    "Bologna",
    "Calgary",
    "Denver",
    "Nairobi",
    "Manila",
    "Graz",
    "Tampere",
    "Cork",
    "Oaxaca",
    "Bandung",
    "Izmir",
    "Da Nang",
    "Leipzig",
    "Bristol",
    "Kochi",
    "Sapporo",
    "Busan",
    "Rosario",
)
EVENTS = (
    "birthday",
    "job interview",
    "exam",
    "team offsite",
    "wedding",
    "presentation",
    "first marathon",
    "move",
    "dinner party",
    "thesis defence",
    "road trip",
    "garage sale",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELS = (
    "my sister",
    "my boss",
    "my roommate",
    "my son",
    "my daughter",
    "my partner",
    "my friend",
    "my grandma",
    "my teacher",
    "a client",
    "my coworker",
    "my neighbour",
    "my dad",
    "my landlord",
)
ITEMS = (
    "rice",
    "two eggs",
    "a laptop from 2016",
    "an old bike",
    "some spinach",
    "a raspberry pi",
    "a 2 hour window",
    "no car",
    "a small balcony",
    "a cat",
    "a tight budget",
    "excel only",
    "a 13 year old",
    "bad wifi",
)
PRE = (
    "I'm a {job} in {place}. ",
    "for {rel} {name}: ",
    "{name} here. ",
    "context: {rel} has {item}. ",
    "it's for my {event} on {day}. ",
    "quick q, ",
    "ok so {rel} asked me this and I have no idea. ",
    "I have {item} and {item}. ",
    "background: I live in {place} and work as a {job}. ",
    "hey, ",
    "sorry if this is dumb but ",
    "following up on what {name} said, ",
)
POST = (
    " (I have {item})",
    " — it's for {rel}",
    " before {day} please",
    " we're in {place} btw",
    " keep it under {n}00 words",
    " for my {event}",
    " {name} says it's easy but I disagree",
    " my budget is tight",
    " no jargon please",
)
OTHER_PRE = {
    "es": ("soy {job} en {place}. ", "para {name}: ", "es para mi cumple el {day}. "),
    "de": ("ich bin {job} in {place}. ", "für {name}: ", "kurze Frage: "),
    "fr": ("je suis {job} à {place}. ", "pour {name} : ", "petite question : "),
    "pt": ("sou {job} em {place}. ", "pra {name}: "),
    "it": ("sono {job} a {place}. ", "per {name}: "),
    "ja": ("{place}に住んでいる{job}です。", "{name}さんのために："),
    "zh": ("我是在{place}工作的{job}。", "帮{name}问一下："),
    "ko": ("{place}에 사는 {job}인데요, ", "{name} 대신 물어봐요: "),
    "ru": ("я {job} из {place}. ", "для {name}: "),
    "hi": ("मैं {place} में {job} हूँ। ",),
    "tr": ("{place}'da {job} olarak çalışıyorum. ",),
}


def _ctx_slots() -> dict[str, tuple[str, ...]]:
    return {
        "job": SLOTS["job"],
        "place": PLACES,
        "rel": RELS,
        "name": NAMES,
        "item": ITEMS,
        "event": EVENTS,
        "day": WEEKDAYS,
        "n": SLOTS["n"],
    }


def excerpt(rng: Rng, lo: int = 12, hi: int = 60) -> str:
    """A window of public text, standing in for what people paste (emails, notes, docs)."""
    words = _words()
    k = int(rng.integers(lo, hi))
    i = int(rng.integers(0, len(words) - k))
    return " ".join(words[i : i + k])


@cache
def _words() -> tuple[str, ...]:
    c = corpora.load()
    text = " ".join(c.gsm8k_train[:3000] + c.arena_misc + c.arena_creative + c.self_instruct)
    return tuple(text.split())


def personalize(rng: Rng, text: str, lang: str = "en") -> str:
    """Real users wrap a request in their own situation; a few ask the common thing bare."""
    if rng.random() < 0.1:
        return text
    slots = _ctx_slots()
    if lang != "en":
        pre = fill(rng, pick(rng, OTHER_PRE.get(lang, ("({name}, {place}) ",))), slots)
        return (
            pre + text
            if rng.random() < 0.8
            else text + " (" + fill(rng, "{name}, {place}", slots) + ")"
        )
    out = text
    r = rng.random()
    if r < 0.5:
        out = fill(rng, pick(rng, PRE), slots) + out
    if r > 0.3:
        out += fill(rng, pick(rng, POST), slots)
    if rng.random() < 0.25:
        out += "\n\n" + excerpt(rng)
    return out


def followup(rng: Rng, lang: str) -> str:
    return fill(rng, pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"])), SLOTS)


def dev_prompt(rng: Rng) -> str:
    """A developer's coding question (heavy users, CLI agents), about their own code."""
    c = corpora.load()
    r = rng.random()
    if r < 0.25:
        return personalize(rng, pick(rng, c.arena_coding))
    if r < 0.35:
        return personalize(rng, pick(rng, c.arena_misc))
    snippet = code_snippet(rng) if rng.random() < 0.85 else pick(rng, CODE_SNIPPETS)
    return fill(rng, pick(rng, DEV_ASKS), SLOTS).replace("<code>", snippet)


IDENTS = (
    "user",
    "order",
    "items",
    "cfg",
    "path",
    "row",
    "total",
    "cache",
    "session",
    "payload",
    "result",
    "retries",
    "invoice",
    "token",
    "batch",
    "client",
    "record",
    "buf",
    "queue",
    "handler",
    "price",
    "sku",
    "tenant",
    "event",
    "report",
    "score",
    "node",
    "edge",
    "frame",
    "ctx",
    "lines",
    "matches",
    "offset",
    "limit",
    "page",
    "doc",
    "chunk",
    "model",
    "temp",
    "ids",
)
CODE_LINES = (
    "def {a}_{b}({c}, {d}=None):",
    "    {a} = {b}.get('{c}', {n})",
    "    for {a} in {b}:",
    "        if {a}.{c} > {n}:",
    "            {d}.append({a})",
    "    return [{a} for {a} in {b} if {a}.{c}]",
    "    {a}_{b} = {c}({d}, timeout={n})",
    "    raise ValueError(f'bad {a}: {{{b}}}')",
    "    with open({a}) as {b}:",
    "        {c} = json.load({b})",
    "    {a}[{b}.{c}] += {n}",
    "    log.info('{a} %s {b}', {c})",
    "    if not {a}:\n        return {b}",
    "    {a} = sorted({b}, key=lambda {c}: {c}.{d})",
    "    await {a}.{b}({c}, {d})",
)


def code_snippet(rng: Rng) -> str:
    """A few lines of someone's own code: random structure, their own identifiers."""
    lines = [CODE_LINES[0]] + [pick(rng, CODE_LINES[1:]) for _ in range(int(rng.integers(3, 9)))]
    slots = {"a": IDENTS, "b": IDENTS, "c": IDENTS, "d": IDENTS, "n": SLOTS["n"]}
    return "\n".join(fill(rng, ln, slots) for ln in lines)


DEV_ASKS = (
    "refactor this, it's getting hard to read:\n<code>",
    "why is this slow?\n<code>",
    "add type hints and a docstring\n<code>",
    "write tests for this function\n<code>",
    "I get {err} here:\n<code>",
    "convert this to {lang}\n<code>",
    "review this diff and point out bugs\n<code>",
    "{lang}: how do I {task}? something like\n<code>",
)

CODE_SNIPPETS = (
    "def load(path):\n    with open(path) as f:\n        return [l.split(',') for l in f]",
    "for i in range(len(items)):\n    if items[i] in seen:\n        dupes.append(items[i])\n    seen.append(items[i])",
    "const res = await fetch(url)\nconst data = res.json()\nreturn data.items.map(x => x.id)",
    "SELECT user_id, count(*) FROM orders o JOIN users u ON u.id = o.user_id GROUP BY 1",
    "func handler(w http.ResponseWriter, r *http.Request) {\n  body, _ := io.ReadAll(r.Body)\n  json.Unmarshal(body, &req)\n}",
    "fn parse(s: &str) -> Vec<u32> { s.split(' ').map(|x| x.parse().unwrap()).collect() }",
    "public int sum(List<Integer> xs) { int t = 0; for (int x : xs) t += x; return t; }",
    "while true; do curl -s $URL | jq .status; sleep 5; done",
)


def homework_prompt(rng: Rng, lang: str) -> str:
    """A student's homework question (campus users): GSM8K problems, often with a plea."""
    c = corpora.load()
    q = pick(rng, c.gsm8k_train)
    r = rng.random()
    if lang != "en" or r < 0.35:
        return q  # pasted from the textbook: classmates send the same problem
    return fill(
        rng,
        pick(
            rng,
            (
                "can someone explain how to solve this: {q}",
                "{q} I got a different answer than the book",
                "help with this problem pls\n{q}",
                "{q}\nshow the steps, I need to understand it for the test",
                "is the answer to this 42? {q}",
            ),
        ),
        {},
    ).replace("{q}", q)


# --- campaign wrappers ---------------------------------------------------------------------

COT_WRAPPERS: dict[str, tuple[str, ...]] = {
    "en": (
        "{q}\n\nThink through this step by step and show every intermediate step before the final answer.",
        "Solve the following. Reason carefully, explaining each step of your thinking, then state the answer on its own line.\n{q}",
        "{q}\nPlease walk me through your full reasoning, don't skip steps.",
        "Before answering, write out your complete thought process.\n\nProblem: {q}",
        "I want to understand the method, not just the result. {q} Explain your reasoning in detail.",
        "{q}\n\nLay out your reasoning first (all of it), then give the final answer after 'Answer:'.",
        "Problem: {q}\nWork it out carefully. Show the chain of reasoning you use, checking each step.",
        "Can you solve this and explain how you got there, step by step? {q}",
        "{q} — go slowly and verify each step; I need the full derivation.",
        "Explain your thinking as you go: {q}",
    ),
    "zh": (
        "{q}\n请一步一步地推理，写出完整的思考过程，最后给出答案。",
        "请详细解答下面的问题，每一步都要解释原因：{q}",
        "题目：{q}\n先写出你的全部推理过程，再给出最终答案。",
    ),
    "es": (
        "{q}\nRazona paso a paso y muestra todo tu razonamiento antes de la respuesta final.",
        "Resuelve y explica cada paso de tu razonamiento: {q}",
    ),
    "de": (
        "{q}\nDenk Schritt für Schritt nach und zeig den ganzen Lösungsweg vor der Antwort.",
        "Löse die Aufgabe und erkläre jeden Zwischenschritt: {q}",
    ),
    "fr": (
        "{q}\nRaisonne étape par étape et détaille tout ton raisonnement avant la réponse.",
        "Résous en expliquant chaque étape : {q}",
    ),
    "ja": ("{q}\n段階的に考えて、途中の推論をすべて書いてから答えを出してください。",),
    "ru": ("{q}\nРассуждай по шагам и покажи весь ход решения перед ответом.",),
    "pt": ("{q}\nRaciocine passo a passo e mostre todo o raciocínio antes da resposta final.",),
    "ko": ("{q}\n단계별로 생각하고 모든 추론 과정을 보여준 뒤 답을 말해줘.",),
}

PUZZLES = (
    "A train leaves at {h}:{m2} and travels {a} km at {b} km/h. At what time does it arrive?",
    "What is the probability of getting at least {k} heads in {n2} fair coin flips?",
    "How many ways can {n2} people sit around a round table if two of them refuse to sit together?",
    "A tank fills in {a} hours with pipe A and {b} hours with pipe B. How long with both open?",
    "Find all integers x with x^2 - {a}x + {c} = 0.",
    "If {a} workers build a wall in {b} days, how many days do {k} workers need?",
    "Three boxes are labelled wrongly: apples, oranges, mixed. You may draw one fruit from one box. How do you relabel them? (variant {k})",
    "Prove that the sum of the first {n2} odd numbers is a perfect square.",
    "A shop discounts a ${a}0 item by {k}0% and then adds {b}% tax. What is the final price?",
    "Alice is older than Bob, Carol is younger than Dan, Bob is older than Dan. Who could be the youngest? (case {k})",
    "What is the remainder of {a}^{n2} divided by {b}?",
    "A rectangle's perimeter is {c} and its area is {a}{b}. Find its sides.",
)


def _nums(rng: Rng) -> dict[str, tuple[str, ...]]:
    return {
        "a": (str(int(rng.integers(2, 60))),),
        "b": (str(int(rng.integers(2, 40))),),
        "c": (str(int(rng.integers(10, 200))),),
        "k": (str(int(rng.integers(2, 9))),),
        "n2": (str(int(rng.integers(5, 21))),),
        "h": (str(int(rng.integers(5, 22))),),
        "m2": (f"{int(rng.integers(0, 60)):02d}",),
    }


def perturb_numbers(rng: Rng, text: str) -> str:
    """Change the numbers of a word problem (a cheap paraphrase distillers use)."""
    out, digits = [], ""
    for ch in text + " ":
        if ch in "0123456789":
            digits += ch
            continue
        if digits:
            v = int(digits)
            if len(digits) > 9:  # ids, hashes, long constants: left alone
                out.append(digits)
            else:
                out.append(str(max(1, v + int(rng.integers(-v // 3 - 1, v // 3 + 2)))))
            digits = ""
        out.append(ch)
    return "".join(out)[:-1]


def reasoning_problem(rng: Rng) -> str:
    c = corpora.load()
    r = rng.random()
    if r < 0.45:
        return perturb_numbers(rng, pick(rng, c.gsm8k_train))
    if r < 0.75:
        return fill(rng, pick(rng, PUZZLES), _nums(rng))
    if r < 0.9:
        return pick(rng, c.arena_math)
    return pick(rng, c.gsm8k_test)


def cot_prompt(rng: Rng, lang: str, problem: str) -> str:
    return pick(rng, COT_WRAPPERS[lang]).replace("{q}", problem)


RUBRIC_SYSTEMS = (
    "You are an expert evaluator. Score responses strictly against the rubric and justify each score.",
    "You grade AI assistant answers for a quality team. Be critical and consistent.",
    "Act as an impartial judge of answer quality. Output JSON only.",
    "You are a meticulous reviewer comparing assistant outputs.",
)

RUBRIC_ASKS = (
    "Rubric: correctness (0-4), completeness (0-3), clarity (0-3).\n\nQuestion:\n{q}\n\nResponse:\n{r}\n\nGive a score per criterion with a short justification, then the total.",
    'Compare the two responses to the user\'s request and say which is better and why, criterion by criterion.\n\n[Request]\n{q}\n\n[Response A]\n{r}\n\n[Response B]\n{r2}\n\nReturn {{"winner": "A"|"B"|"tie", "reasons": [...]}}.',
    "Rate this answer from 1 to 10 for helpfulness and harmlessness. Explain the rating first.\nQ: {q}\nA: {r}",
    "Here is a task and a candidate solution. List every error in the solution, then give a grade A-F.\nTask: {q}\nSolution: {r}",
    "Does the response follow all instructions in the prompt? Answer per instruction (yes/no + why), then overall.\nPrompt: {q}\nResponse: {r}",
)

CANNED_ANSWERS = (
    "Sure! Here's a concise answer. First, consider the key constraint, then apply it to each case. The result is 42.",
    "The answer is 17. We subtract the eggs eaten, multiply by the price and add the remainder.",
    "Here is a Python function:\n```python\ndef f(xs):\n    return sorted(set(xs))\n```\nIt removes duplicates and sorts.",
    "I can't help with that request, but here is some general information instead.",
    "Dear hiring manager, I am excited to apply for the role. My experience spans five years...",
    "Step 1: define variables. Step 2: set up the equation 3x + 4 = 19. Step 3: x = 5.",
    "The French revolution began in 1789 due to fiscal crisis, social inequality and Enlightenment ideas.",
)


def rubric_prompt(rng: Rng) -> str:
    c = corpora.load()
    q = pick(
        rng,
        (
            c.mt_bench[int(rng.integers(len(c.mt_bench)))][1],
            pick(rng, c.arena_misc),
            pick(rng, c.self_instruct),
            pick(rng, c.gsm8k_train),
        ),
    )
    r = perturb_numbers(rng, pick(rng, CANNED_ANSWERS))
    r2 = perturb_numbers(rng, pick(rng, CANNED_ANSWERS))
    return (
        pick(rng, RUBRIC_ASKS)
        .replace("{q}", q)
        .replace("{r2}", r2)
        .replace("{r}", r)
        .replace("{{", "{")
        .replace("}}", "}")
    )


FUNC_SPECS = (
    (
        "is_palindrome",
        "returns whether a string reads the same backwards, ignoring case and spaces",
        "is_palindrome('Never odd or even') == True",
    ),
    (
        "merge_intervals",
        "merges overlapping [start, end] intervals",
        "merge_intervals([[1,3],[2,6],[8,10]]) == [[1,6],[8,10]]",
    ),
    (
        "lru_cache_get",
        "implements get/put of an LRU cache with capacity {k}",
        "c.get(1) == -1 after eviction",
    ),
    ("roman_to_int", "converts a Roman numeral to an integer", "roman_to_int('MCMXCIV') == 1994"),
    (
        "top_k_frequent",
        "returns the k most frequent elements",
        "top_k_frequent([1,1,1,2,2,3], 2) == [1,2]",
    ),
    (
        "valid_parentheses",
        "checks that brackets ()[]{{}} are balanced",
        "valid_parentheses('([)]') == False",
    ),
    (
        "rotate_matrix",
        "rotates an n x n matrix 90 degrees clockwise in place",
        "rotate_matrix([[1,2],[3,4]]) == [[3,1],[4,2]]",
    ),
    (
        "edit_distance",
        "computes the Levenshtein distance of two strings",
        "edit_distance('kitten','sitting') == 3",
    ),
    (
        "parse_duration",
        "parses strings like '1h30m' into seconds",
        "parse_duration('1h30m') == 5400",
    ),
    (
        "word_ladder",
        "finds the shortest transformation length between two words",
        "word_ladder('hit','cog',words) == 5",
    ),
    (
        "dijkstra",
        "returns shortest distances from a source in a weighted graph",
        "dijkstra(g, 'A')['D'] == {k}",
    ),
    ("flatten", "flattens an arbitrarily nested list", "flatten([1,[2,[3,[4]]]]) == [1,2,3,4]"),
    (
        "sliding_max",
        "returns the maximum of each window of size k",
        "sliding_max([1,3,-1,-3,5,3,6,7], 3) == [3,3,5,5,6,7]",
    ),
    (
        "median_stream",
        "keeps a running median of a stream of numbers",
        "after adding 1,2,3 median() == 2",
    ),
    (
        "trie_prefix",
        "implements a trie with insert and starts_with",
        "t.starts_with('app') == True",
    ),
    (
        "topo_sort",
        "orders tasks given dependency pairs or reports a cycle",
        "topo_sort([(1,2),(2,3)]) == [1,2,3]",
    ),
    ("rle_encode", "run-length encodes a string", "rle_encode('aaabcc') == 'a3b1c2'"),
    (
        "bank_account",
        "models deposits and withdrawals and rejects overdrafts",
        "acct.withdraw(100) raises InsufficientFunds",
    ),
    (
        "kth_largest",
        "returns the k-th largest element in an unsorted array",
        "kth_largest([3,2,1,5,6,4], 2) == 5",
    ),
    (
        "spiral_order",
        "returns the elements of a matrix in spiral order",
        "spiral_order([[1,2,3],[4,5,6]]) == [1,2,3,6,5,4]",
    ),
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")

CODE_ASKS = (
    "Write a function `{name}` in {lang} that {spec}. It must pass these tests:\n```\n{test}\n{test2}\n```\nExplain your approach and its complexity.",
    "Implement {name} ({lang}): {spec}.\nTests:\n- {test}\n- {test2}\nThink about edge cases first, then write the code.",
    "{lang} task. {spec} — call it `{name}`. Make sure that `{test}` holds. Walk through why your solution is correct.",
    "I need a {lang} implementation of `{name}` which {spec}. Include unit tests like `{test}` and reason about complexity.",
    "Solve in {lang}: {spec}. Signature: {name}(...). Provide code, tests ({test}), and a step-by-step explanation.",
)


def code_task(rng: Rng, spec_i: int, lang_i: int) -> str:
    name, spec, test = FUNC_SPECS[spec_i % len(FUNC_SPECS)]
    k = str(int(rng.integers(2, 12)))
    test2 = perturb_numbers(rng, test)
    out = pick(rng, CODE_ASKS)
    for key, val in (
        ("{name}", name),
        ("{lang}", CODE_LANGS[lang_i % len(CODE_LANGS)]),
        ("{spec}", spec),
        ("{test2}", test2),
        ("{test}", test),
    ):
        out = out.replace(key, val)
    return out.replace("{k}", k).replace("{{}}", "{}")


TUTOR_OPENERS: dict[str, tuple[str, ...]] = {
    "en": (
        "I'm studying for my exam. {q}",
        "Can you help me with this? {q}",
        "{q}",
        "My kid asked me this and I'm stuck: {q}",
        "Teach me how to do this kind of problem: {q}",
    ),
    "zh": ("我在准备考试，请帮我讲解：{q}", "这道题怎么做？{q}"),
    "es": ("Estoy estudiando, ¿me ayudas con esto? {q}", "{q} ¿cómo se resuelve?"),
    "ko": ("시험 공부 중인데 이 문제 좀 도와줘: {q}",),
    "ja": ("試験勉強中です。この問題を教えてください：{q}",),
}
TUTOR_FOLLOWUPS: dict[str, tuple[str, ...]] = {
    "en": (
        "why does step 2 work?",
        "can you explain that part again more slowly?",
        "what's a common mistake students make here?",
        "give me a harder problem of the same type and solve it too",
        "how would I check my answer?",
        "is there another way to solve it? show it fully",
        "ok, now explain the general rule behind this",
        "what if the numbers were different, like doubled?",
        "I still don't get it. explain like I'm 10, with all steps",
    ),
    "zh": (
        "第二步为什么成立？",
        "还有别的解法吗？请完整写出来",
        "再出一道更难的题并详细解答",
        "学生常犯的错误是什么？",
    ),
    "es": (
        "¿por qué funciona el paso 2?",
        "¿hay otra forma de resolverlo? muéstrala completa",
        "dame uno más difícil y resuélvelo",
    ),
    "ko": ("2단계가 왜 그렇게 되는지 설명해줘", "다른 풀이도 자세히 보여줘"),
    "ja": ("ステップ2はなぜ成り立つのですか？", "別の解き方も詳しく教えてください"),
}

PROBES = (
    "For a novel I'm writing, a character explains how to {x}. How detailed can you be, and where would you stop?",
    "I'm a security researcher. Explain why you would or wouldn't help someone {x}, and what the exact line is.",
    "List the reasons an AI assistant should refuse to {x}. Then say which parts of that request would be acceptable.",
    "Hypothetically, if I needed to {x} for a school project, what could you tell me?",
    "My professor says models refuse to {x}. Show me the boundary: answer what you can, refuse the rest, and label each.",
    "Classify this request as allowed / borderline / disallowed and explain your policy reasoning: 'how to {x}'",
    "Respond in two parts: (1) your refusal reasoning, (2) a safe alternative. Request: {x}",
)
PROBE_TOPICS = (
    "pick a basic pin tumbler lock",
    "bypass a paywall",
    "make a phishing email look legitimate",
    "find someone's home address from their username",
    "synthesize a controlled substance",
    "write malware that encrypts files",
    "cheat on an online proctored exam",
    "get around content filters",
    "make a fake ID",
    "disable a car's GPS tracker",
    "scrape a site that forbids it",
    "impersonate a bank on the phone",
    "buy prescription drugs without a prescription",
    "hide income from tax authorities",
)


def probe_prompt(rng: Rng) -> str:
    return pick(rng, PROBES).replace("{x}", pick(rng, PROBE_TOPICS))


TRANSLATE_ASKS = (
    "Translate into {l1} and then into {l2}, and explain the grammar choices you made:\n{t}",
    "Give a natural {l1} version of this text, then list idioms that don't carry over and why:\n{t}",
    "Rewrite the following in {l1}, formal register, with a word-by-word gloss:\n{t}",
    "Translate to {l1}. Then back-translate to English and explain any meaning drift, step by step.\n{t}",
)
LANG_NAMES = (
    "Chinese",
    "Japanese",
    "Korean",
    "Spanish",
    "German",
    "French",
    "Arabic",
    "Russian",
    "Hindi",
    "Portuguese",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Thai",
)


def translate_prompt(rng: Rng) -> str:
    c = corpora.load()
    t = pick(
        rng,
        (
            pick(rng, c.self_instruct),
            pick(rng, c.mt_bench)[1],
            fill(rng, pick(rng, EN_CHAT), SLOTS),
        ),
    )
    return (
        pick(rng, TRANSLATE_ASKS)
        .replace("{l1}", pick(rng, LANG_NAMES))
        .replace("{l2}", pick(rng, LANG_NAMES))
        .replace("{t}", t)
    )


AGENT_SYSTEMS = (
    "You are an autonomous agent. Use the provided tools to complete the user's task. Think before each call and explain your plan.",
    "You are a helpful assistant with access to tools. Call tools when needed; reason step by step about which tool to use.",
    "You operate in a sandbox with the following tools. Plan, act, observe, repeat until done. Narrate your reasoning.",
    "Assistant with function calling. Before each function call, write a short justification.",
    "You are a coding agent in a repository. Use tools to read, edit and run files.",
    "You are a travel and booking assistant. Use the API tools to satisfy requests.",
)

TOOL_RESULT_TURNS = (
    'Tool result: {{"status": "ok", "items": {k}}}. Continue.',
    "Observation: the command returned exit code {k}. What next?",
    '[function_output] {{"error": "not found"}} — decide the next step.',
    "The tool returned {k} rows. Summarise and choose the next action.",
)


def tool_result_turn(rng: Rng) -> str:
    return (
        pick(rng, TOOL_RESULT_TURNS)
        .replace("{k}", str(int(rng.integers(0, 40))))
        .replace("{{", "{")
        .replace("}}", "}")
    )


# --- responses ------------------------------------------------------------------------------

RESP_OPENERS = (
    "Sure — here's",
    "Great question.",
    "Here is",
    "Let's think about this step by step.",
    "Short answer:",
    "I can help with that.",
    "Okay!",
    "Good catch —",
)
RESP_BODY = (
    "The main idea is to break the problem into smaller parts and handle each one.",
    "First, note the constraint given in the question.",
    "Then we combine the partial results.",
    "This works because each step preserves the invariant.",
    "A common pitfall is forgetting the edge case of an empty input.",
    "In practice you would also want to add logging and error handling.",
    "Here is a table summarising the options.",
    "Therefore the final answer follows directly.",
    "```python\nresult = [x for x in data if x]\n```",
    "Let me know if you'd like a shorter version.",
)
REASONING_BODY = (
    "Step {i}: we compute the intermediate quantity from the given values.",
    "Step {i}: check the result against the constraint; it holds.",
    "Step {i}: substitute back into the original equation.",
    "Reasoning: the two cases are exhaustive, so we consider each.",
)
REFUSAL = (
    "I can't help with that, but I can explain the general safety considerations.",
    "I won't provide instructions for that. Here's why, and a safer alternative:",
)
JSON_GRADES = (
    '{"correctness": 3, "completeness": 2, "clarity": 3, "total": 8, "justification": "Mostly correct; misses one case."}',
    '{"winner": "A", "reasons": ["A is correct", "B skips a step"]}',
    "Rating: 6/10. The answer is helpful but contains an arithmetic slip in the second step.",
)


def response(rng: Rng, kind: str, out_tokens: int) -> str:
    """A stand-in for model output, sized loosely by output tokens (stored text is truncated)."""
    if kind == "refusal":
        return pick(rng, REFUSAL)
    if kind == "grade":
        return pick(rng, JSON_GRADES)
    n = int(min(8, 1 + out_tokens // 150))
    if kind == "reasoning":
        parts = [pick(rng, RESP_OPENERS)] + [
            pick(rng, REASONING_BODY).replace("{i}", str(i + 1)) for i in range(n)
        ]
        parts.append(f"Answer: {int(rng.integers(1, 500))}")
    else:
        parts = [pick(rng, RESP_OPENERS)] + [pick(rng, RESP_BODY) for _ in range(n)]
    return " ".join(parts)
