"""Hand-written wording for the holdout generator: slots, templates and paraphrases.

Written for this holdout from a description of real traffic only; nothing here is taken
from any detector's or simulator's phrase list.
"""

from __future__ import annotations

PEOPLE = ["landlord", "manager", "team", "professor", "coworker", "neighbour", "client",
          "sister", "doctor's office", "kid's teacher", "HR department", "insurance company",
          "recruiter", "bank", "contractor", "book club"]
TOPICS = ["a late rent payment", "taking Friday off", "a broken dishwasher", "the project delay",
          "a refund for a cancelled flight", "my resignation", "a noise complaint",
          "rescheduling our meeting", "a salary review", "an overdue invoice",
          "the school trip", "a wedding invitation", "feedback on the draft",
          "a parking dispute", "switching to part time"]
DISHES = ["lasagna", "chicken curry", "vegan chili", "banana bread", "pad thai", "shakshuka",
          "risotto", "tacos", "ramen", "lentil soup", "pancakes", "a birthday cake",
          "fried rice", "gnocchi", "a quick weeknight dinner"]
INGREDIENTS = ["leftover rice", "chickpeas", "spinach", "half a pumpkin", "tofu", "ground beef",
               "two eggs", "canned tomatoes", "frozen peas", "feta", "sweet potatoes", "salmon"]
CITIES = ["Lisbon", "Kyoto", "Mexico City", "Istanbul", "Prague", "Seoul", "Cape Town",
          "Buenos Aires", "Vancouver", "Hanoi", "Edinburgh", "Marrakech", "Bali", "Rome",
          "New Orleans", "Reykjavik"]
WHO = ["a family with two kids", "a couple on a budget", "solo backpacking", "my parents",
       "a bachelor party", "someone who hates museums", "a foodie", "wheelchair users"]
CONCEPTS = ["inflation", "compound interest", "how vaccines work", "quantum entanglement",
            "the difference between TCP and UDP", "why the sky is blue", "blockchain",
            "how a mortgage works", "photosynthesis", "the electoral college", "black holes",
            "machine learning", "the Krebs cycle", "supply and demand", "how GPS works",
            "what a p-value means", "Kubernetes", "the French revolution", "tariffs",
            "how noise cancelling headphones work", "recursion", "index funds"]
AUDIENCES = ["I'm five", "a high school student", "my grandmother", "a busy executive",
             "someone with a physics degree", "a new hire", "I know nothing about it"]
EVENTS = ["a 30th birthday", "a team offsite", "a rainy weekend with kids", "a first date",
          "a small business launch", "a retirement party", "Halloween", "a baby shower"]
SYMPTOMS = ["my knee clicks when I climb stairs", "I wake up at 4am every night",
            "my cat stopped eating dry food", "my eyes are dry after work",
            "my toddler refuses vegetables", "my sourdough starter smells like acetone",
            "my tomato leaves are turning yellow", "my laptop fan is always loud"]
PROG_LANGS = ["Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C#", "SQL", "Bash",
              "Kotlin", "Swift", "C++", "PHP", "Ruby", "R"]
CODE_DOES = ["parses a CSV and sums a column", "debounces a function", "retries an HTTP call with backoff",
             "validates an email address", "merges two sorted lists", "reads a config file with defaults",
             "paginates through a REST API", "computes a moving average", "deduplicates records by key",
             "converts timestamps between time zones", "walks a directory tree and finds large files",
             "rate limits requests per user", "serialises a dataclass to JSON", "implements an LRU cache"]
ERRORS = ["TypeError: 'NoneType' object is not subscriptable", "undefined is not a function",
          "segmentation fault (core dumped)", "ModuleNotFoundError: No module named 'pandas'",
          "error[E0502]: cannot borrow `v` as mutable", "NullPointerException",
          "CORS policy: No 'Access-Control-Allow-Origin' header", "deadlock detected",
          "ERROR: duplicate key value violates unique constraint", "OOMKilled",
          "fatal: refusing to merge unrelated histories", "KeyError: 'id'"]
SNIPPETS = [
    "def total(xs):\n    for x in xs:\n        s += x\n    return s",
    "const res = await fetch(url)\nconst data = res.json()\nconsole.log(data.items.length)",
    "SELECT user_id, COUNT(*) FROM orders GROUP BY 1 HAVING COUNT(*) > 5 ORDER BY 2",
    "for i in range(len(items)):\n    if items[i] == target:\n        items.remove(items[i])",
    "func handler(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(r.Body)\n\tjson.Unmarshal(body, &req)\n}",
    "df = pd.read_csv('sales.csv')\ndf['month'] = df.date.dt.month\ndf.groupby('month').sum()",
    "let v = vec![1, 2, 3];\nlet first = &v[0];\nv.push(4);\nprintln!(\"{}\", first);",
    "while read line; do\n  echo $line | cut -d, -f2\ndone < data.csv",
]
OPENERS = ["", "", "", "hey ", "hi! ", "Can you ", "pls ", "quick question: ", "I need help. ",
           "ok so ", "Hello, ", "hmm ", "Help me ", "yo "]
EVERYDAY = [
    "write an email to my {person} about {topic}",
    "draft a polite but firm message to my {person} about {topic}",
    "what's a good recipe for {dish} using {ingredient}?",
    "plan a {n}-day trip to {city} for {who}",
    "explain {concept} like {audience}",
    "give me {n} ideas for {event}",
    "is it normal that {symptom}?",
    "{symptom}. what should I do",
    "summarize the pros and cons of renting vs buying in {city}",
    "what should I pack for {city} in {month}?",
    "make a weekly meal plan around {ingredient}",
    "help me write a toast for {event}",
    "rewrite this to sound more professional: 'hey, about {topic}, can we talk tmrw'",
    "what are good questions to ask in an interview for a {job} role?",
    "write a cover letter for a {job} position, I have {n} years of experience",
    "how do I explain {concept} to my {person}?",
    "create a workout plan for {n} days a week, beginner",
    "what's the difference between a {thing_a} and a {thing_b}?",
    "translate to {lang_name}: I'll be late, the train is delayed.",
    "write a short poem about {dish}",
    "fix the grammar: i has went to the store yesterday and buyed {ingredient}",
    "give me a {n}-item checklist for moving to {city}",
]
JOBS = ["data analyst", "nurse", "product manager", "teacher", "backend engineer", "accountant",
        "UX designer", "sales", "electrician", "marketing coordinator"]
THINGS = [("Roth IRA", "traditional IRA"), ("virus", "bacterium"), ("latte", "flat white"),
          ("LLC", "sole proprietorship"), ("SSD", "HDD"), ("crocodile", "alligator"),
          ("weather", "climate"), ("mutex", "semaphore")]
LANG_NAMES = ["Spanish", "French", "German", "Japanese", "Italian", "Portuguese", "Korean"]
MONTHS = ["March", "July", "October", "December", "April", "August"]
CODE_TEMPLATES = [
    "write a {plang} function that {does}",
    "how do I write a {plang} function that {does}?",
    "I'm getting `{err}` when I run this:\n```\n{snippet}\n```\nwhat's wrong?",
    "review this code and suggest improvements:\n```\n{snippet}\n```",
    "why does this fail?\n\n{snippet}\n\nerror: {err}",
    "explain what this does line by line:\n{snippet}",
    "convert this to {plang}:\n{snippet}",
    "write unit tests for a function that {does}, in {plang}",
    "best way in {plang} to {does_short}?",
]
FOLLOWUPS = ["make it shorter", "more formal please", "can you give an example?", "why?",
             "now do it in {plang}", "thanks!", "that's not quite right, try again",
             "can you explain the second point more?", "ok and what about the cost?",
             "perfect, now make a version for social media", "add a table", "shorter pls",
             "what would you do?", "continue", "in bullet points", "can you make it funnier",
             "are you sure?", "and if I only have {n} minutes?", "translate that to {lang_name}",
             "use simpler words", "give me 3 alternatives", "what are the risks?",
             "ok. next question: {everyday}"]
# Native-language everyday prompts; {t} is filled from the language's own topics.
NATIVE = {
    "es": (["¿me ayudas a escribir un correo sobre {t}?", "explícame {t} de forma sencilla",
            "dame ideas para {t}", "¿qué opinas de {t}?", "resume en tres puntos: {t}",
            "necesito un plan para {t}", "corrige este texto: yo fui a {t} ayer y estubo bien"],
           ["la reunión de mañana", "un viaje a Madrid", "la hipoteca", "mi jefe",
            "una dieta saludable", "el cambio climático", "aprender inglés", "una fiesta sorpresa"]),
    "pt": (["me ajuda a escrever um e-mail sobre {t}?", "explica {t} de um jeito simples",
            "quais são as melhores dicas para {t}?", "faz um resumo sobre {t}",
            "preciso de um plano para {t}", "o que você acha de {t}?"],
           ["minha entrevista de emprego", "investir em renda fixa", "uma viagem ao Nordeste",
            "o aluguel atrasado", "estudar para o ENEM", "abrir um MEI"]),
    "de": (["kannst du mir eine E-Mail zu {t} schreiben?", "erklär mir {t} in einfachen Worten",
            "was sind Vor- und Nachteile von {t}?", "fasse {t} kurz zusammen",
            "ich brauche einen Plan für {t}", "wie formuliere ich eine Beschwerde über {t}?"],
           ["die Nebenkostenabrechnung", "Elternzeit", "einen Umzug nach Hamburg",
            "die Steuererklärung", "Wärmepumpen", "den Urlaub an der Ostsee"]),
    "fr": (["peux-tu m'aider à écrire un mail à propos de {t} ?", "explique-moi {t} simplement",
            "donne-moi des idées pour {t}", "résume {t} en trois points",
            "quels sont les avantages et inconvénients de {t} ?", "corrige mon texte sur {t}"],
           ["la réunion de lundi", "un week-end à Lyon", "le prêt immobilier",
            "la déclaration d'impôts", "un anniversaire", "la retraite"]),
    "ja": (["{t}についてメールを書いてください", "{t}を簡単に説明して", "{t}のアイデアを5つください",
            "{t}のメリットとデメリットは？", "{t}について要約して"],
           ["来週の会議", "京都旅行", "転職", "確定申告", "子供の誕生日", "英語の勉強"]),
    "ko": (["{t}에 대한 이메일 좀 써줘", "{t}를 쉽게 설명해줘", "{t} 아이디어 5개만 줘",
            "{t}의 장단점은 뭐야?"],
           ["다음 주 회의", "제주도 여행", "이직", "연말정산", "다이어트 식단"]),
    "zh": (["帮我写一封关于{t}的邮件", "用简单的话解释一下{t}", "给我五个关于{t}的点子",
            "{t}有什么优缺点？", "总结一下{t}"],
           ["下周的会议", "去成都旅游", "换工作", "买房贷款", "孩子的生日派对", "学英语"]),
    "ru": (["помоги написать письмо про {t}", "объясни простыми словами {t}",
            "дай пять идей для {t}", "какие плюсы и минусы у {t}?", "кратко перескажи {t}"],
           ["встречу на следующей неделе", "поездку в Казань", "смену работы", "ипотеку",
            "день рождения дочери", "изучение английского"]),
    "it": (["mi aiuti a scrivere una mail su {t}?", "spiegami {t} in modo semplice",
            "dammi qualche idea per {t}", "riassumi {t} in tre punti"],
           ["la riunione di domani", "un viaggio in Sicilia", "il mutuo", "una cena tra amici"]),
    "tr": (["{t} hakkında bir e-posta yazar mısın?", "{t} konusunu basitçe açıkla",
            "{t} için birkaç fikir ver"],
           ["yarınki toplantı", "Kapadokya gezisi", "kira artışı", "iş görüşmesi"]),
}
NATIVE_FOLLOWUPS = {
    "es": ["más corto", "gracias", "¿y por qué?", "dame un ejemplo"],
    "pt": ["mais curto", "valeu", "por quê?", "me dá um exemplo"],
    "de": ["kürzer bitte", "danke", "warum?", "ein Beispiel bitte"],
    "fr": ["plus court", "merci", "pourquoi ?", "un exemple ?"],
    "ja": ["もっと短く", "ありがとう", "なぜ？", "例をください"],
    "ko": ["더 짧게", "고마워", "왜?", "예시 줘"],
    "zh": ["短一点", "谢谢", "为什么？", "举个例子"],
    "ru": ["короче", "спасибо", "почему?", "приведи пример"],
    "it": ["più corto", "grazie", "perché?"],
    "tr": ["daha kısa", "teşekkürler", "neden?"],
}
