"""Prompt and response text for ordinary users and legitimate products: compositional
generators (slots x wordings x each person's way of typing) so that no two people send the
same long text, plus the public corpora with the small edits people make when they paste."""

from __future__ import annotations

import json
import random
import re

from corpora import Corpora

P = random.Random  # every generator takes the caller's random.Random


def one(r: P, xs: tuple[str, ...] | list[str]) -> str:
    return xs[r.randrange(len(xs))]


TOPICS = (
    "my landlord", "the school board", "a job offer", "my manager", "a client who paid late",
    "our neighbourhood association", "a refund from an airline", "my gym membership",
    "a team offsite", "the wedding seating plan", "my thesis advisor", "a contractor",
    "a delayed package", "a doctor's appointment", "a volunteer event", "my kid's teacher",
    "a car insurance claim", "a rent increase", "a conference talk", "a broken laptop",
)  # fmt: skip
FOODS = ("chickpeas", "leftover rice", "salmon", "tofu", "lentils", "ground beef", "spinach",
         "sweet potatoes", "eggs", "paneer", "black beans", "zucchini", "chicken thighs",
         "mushrooms", "oats", "cabbage", "shrimp", "quinoa")  # fmt: skip
PLACES = ("Lisbon", "Kyoto", "Mexico City", "Cape Town", "Hanoi", "Reykjavik", "Istanbul",
          "Buenos Aires", "Seoul", "Edinburgh", "Marrakech", "Vancouver", "Bali", "Prague",
          "Lagos", "Bogotá", "Tbilisi", "Sri Lanka", "the Dolomites", "Yosemite")  # fmt: skip
CONCEPTS = ("inflation", "compound interest", "photosynthesis", "the Krebs cycle",
            "quantum entanglement", "supply and demand", "the electoral college", "CRISPR",
            "black holes", "Bayesian statistics", "the placebo effect", "blockchain",
            "plate tectonics", "opportunity cost", "the French Revolution", "mRNA vaccines",
            "index funds", "gradient descent", "the immune system", "stoicism",
            "the Cold War", "climate feedback loops", "p-values", "game theory")  # fmt: skip
LANGS = ("Python", "JavaScript", "TypeScript", "SQL", "Java", "C#", "Go", "Rust", "Bash",
         "PHP", "Kotlin", "Swift", "R", "C++")  # fmt: skip
CODE_TASKS = (
    "parse a CSV and sum a column", "debounce a search box", "retry an HTTP call with backoff",
    "read a config file with defaults", "find duplicates in a list", "paginate an API",
    "validate an email field", "merge two sorted arrays", "upload a file to S3",
    "write a unit test for a date helper", "cache results of a slow function",
    "rename files in a folder by date", "group rows by month", "send a Slack message",
    "stream a large JSON file", "compute a moving average", "hash a password",
    "schedule a job every night", "convert a timestamp between time zones",
)  # fmt: skip
ERRORS = ("TypeError: 'NoneType' object is not subscriptable",
          "KeyError: 'id'", "undefined is not a function", "ECONNREFUSED 127.0.0.1:5432",
          "segmentation fault (core dumped)", "ModuleNotFoundError: No module named 'src'",
          "cannot borrow `x` as mutable more than once", "CORS policy: No 'Access-Control'",
          "java.lang.NullPointerException", "permission denied (publickey)",
          "ValueError: could not convert string to float", "error TS2345",
          "deadlock detected", "OOMKilled")  # fmt: skip


def everyday(r: P) -> str:
    """What most people ask an assistant, in English."""
    k = r.randrange(16)
    if k == 0:
        return (f"{one(r, ('can you', 'could you', 'pls', 'help me'))} write a "
                f"{one(r, ('polite', 'firm', 'short', 'friendly', 'formal'))} email to "
                f"{one(r, TOPICS)} about {one(r, ('rescheduling', 'a refund', 'a complaint', 'a deadline', 'next steps', 'an apology'))}")  # fmt: skip
    if k == 1:
        return (f"what can I make for {one(r, ('dinner', 'lunch', 'meal prep', 'a party'))} with "
                f"{one(r, FOODS)} and {one(r, FOODS)}? {one(r, ('', 'no oven', 'under 30 min', 'kid friendly', 'high protein'))}").strip()  # fmt: skip
    if k == 2:
        return (f"plan a {r.randint(2, 10)} day trip to {one(r, PLACES)} "
                f"{one(r, ('on a budget', 'with kids', 'in winter', 'for hiking', 'for food lovers', ''))}").strip()  # fmt: skip
    if k == 3:
        return (f"{one(r, ('explain', 'ELI5', 'can you explain', 'what is', 'how does'))} "
                f"{one(r, CONCEPTS)}{one(r, ('', ' simply', ' like im 12', ' in 3 sentences', '?'))}")  # fmt: skip
    if k == 4:
        return f"how do I {one(r, CODE_TASKS)} in {one(r, LANGS)}"
    if k == 5:
        return (f"getting this error {one(r, ERRORS)} {one(r, ('what does it mean', 'how to fix', 'any idea?', ''))}").strip()  # fmt: skip
    if k == 6:
        return f"{one(r, ('fix the grammar:', 'make this sound more professional:', 'rewrite:', 'shorter pls:'))} {_sentence(r)}"  # fmt: skip
    if k == 7:
        return (f"give me {r.randint(3, 20)} {one(r, ('names for', 'ideas for', 'slogans for', 'instagram captions for'))} "
                f"{one(r, ('a bakery', 'my dog', 'a podcast about history', 'a fantasy football team', 'a yoga studio', 'a band', 'a cleaning business'))}")  # fmt: skip
    if k == 8:
        a, b = r.sample(["iPhone 15", "Pixel 8", "a Kindle", "an iPad", "a used Civic",
                         "a Corolla", "renting", "buying", "Roth IRA", "401k", "a Macbook Air",
                         "a gaming laptop"], 2)  # fmt: skip
        return f"{a} or {b}? {one(r, ('', 'which is better for me', 'pros and cons', 'help me decide'))}".strip()  # fmt: skip
    if k == 9:
        return (f"{one(r, ('my', 'our'))} {one(r, ('toddler', 'cat', 'dog', 'teenager', 'plant', 'tomato plants'))} "
                f"{one(r, ('wont sleep', 'keeps scratching', 'is not eating', 'has yellow leaves', 'is anxious', 'is throwing up'))}, "
                f"{one(r, ('what should i do', 'is this normal', 'any tips', 'should I worry'))}")  # fmt: skip
    if k == 10:
        return f"summarize this: {_paragraph(r)}"
    if k == 11:
        return (f"translate to {one(r, ('Spanish', 'French', 'German', 'Japanese', 'Portuguese', 'Hindi', 'Korean'))}: {_sentence(r)}")  # fmt: skip
    if k == 12:
        return (f"write a {one(r, ('poem', 'haiku', 'short story', 'toast', 'limerick', 'birthday message'))} about "
                f"{one(r, ('my grandma', 'autumn', 'a lost sock', 'our team winning', 'coffee', 'moving away', 'my best friend'))}")  # fmt: skip
    if k == 13:
        return (f"I have a {one(r, ('job interview', 'exam', 'presentation', 'first date', 'salary negotiation'))} "
                f"{one(r, ('tomorrow', 'on friday', 'next week', 'in an hour'))}, "
                f"{one(r, ('how do I prepare', 'what questions should I expect', 'give me tips', 'im nervous'))}")  # fmt: skip
    if k == 14:
        return (f"{r.randint(2, 99)} {one(r, ('kg', 'lbs', 'miles', 'km', 'cups', 'USD', 'EUR'))} to "
                f"{one(r, ('lbs', 'kg', 'km', 'miles', 'grams', 'EUR', 'INR'))}")  # fmt: skip
    return (f"{one(r, ('is it true that', 'is it safe to', 'why do', 'how long does it take to', 'whats the best way to'))} "
            f"{one(r, ('eat raw cookie dough', 'people yawn', 'learn guitar', 'charge my phone overnight', 'get over jet lag', 'freeze bread', 'run a marathon', 'learn Japanese'))}")  # fmt: skip


_SUBJ = ("The quarterly report", "Our team", "The new policy", "My neighbour", "This product",
         "The meeting", "Customer feedback", "The contractor", "The survey", "Our app")  # fmt: skip
_VERB = ("shows that", "suggests", "was delayed because", "needs to explain why",
         "will change how", "did not mention that", "makes it clear that")  # fmt: skip
_OBJ = ("sales dropped in March", "the deadline moves to June", "users want dark mode",
        "the budget is too tight", "shipping costs went up", "we need two more people",
        "the roof has to be fixed first", "most people prefer mornings")  # fmt: skip


def _sentence(r: P) -> str:
    return f"{one(r, _SUBJ)} {one(r, _VERB)} {one(r, _OBJ)}{one(r, ('.', '', ' and i dont know what to say.', ', so we are behind.'))}"  # fmt: skip


def _paragraph(r: P) -> str:
    return " ".join(_sentence(r) for _ in range(r.randint(3, 8)))


# Short openers people in other languages type (slot-filled so they vary).
FOREIGN = {
    "es": (
        "¿Cómo puedo {x}?",
        "Explícame {c} de forma sencilla",
        "Escribe un correo a {t}",
        "Dame ideas para {x}",
    ),
    "pt": (
        "Como eu faço para {x}?",
        "Me explica {c}",
        "Escreve um e-mail para {t}",
        "Ideias para {x}",
    ),
    "de": (
        "Wie kann ich {x}?",
        "Erklär mir {c} einfach",
        "Schreib eine E-Mail an {t}",
        "Ideen für {x}",
    ),
    "fr": (
        "Comment je peux {x} ?",
        "Explique-moi {c}",
        "Écris un mail à {t}",
        "Des idées pour {x}",
    ),
    "ja": ("{x}にはどうすればいいですか", "{c}を簡単に説明して", "{t}へのメールを書いて"),
    "ko": ("{x} 어떻게 해요?", "{c} 쉽게 설명해줘", "{t}에게 보낼 이메일 써줘"),
    "zh": ("怎么{x}？", "简单解释一下{c}", "帮我给{t}写一封邮件"),
    "ru": ("Как {x}?", "Объясни {c} простыми словами", "Напиши письмо {t}"),
    "it": ("Come posso {x}?", "Spiegami {c}", "Scrivi una mail a {t}"),
    "tr": ("{x} nasıl yapılır?", "{c} nedir, basitçe anlat", "{t} için bir e-posta yaz"),
    "id": ("Bagaimana cara {x}?", "Jelaskan {c} dengan sederhana", "Tuliskan email untuk {t}"),
    "vi": ("Làm sao để {x}?", "Giải thích {c} đơn giản", "Viết email cho {t}"),
}
_FX = ("learn faster", "save money", "cook rice", "fix my wifi", "write a CV", "sleep better",
       "start running", "pass the driving test", "grow basil", "study for exams")  # fmt: skip


def localized(r: P, lang: str) -> str:
    forms = FOREIGN.get(lang)
    if not forms:
        return everyday(r)
    return one(r, forms).format(x=one(r, _FX), c=one(r, CONCEPTS), t=one(r, TOPICS))


def voice(r: P, text: str) -> str:
    """One person's way of typing: case, punctuation, fillers, the odd typo."""
    x = r.random()
    if x < 0.25:
        text = text.lower()
    elif x < 0.35:
        text = text[:1].upper() + text[1:]
    if r.random() < 0.3:
        text = text.rstrip("?.!") + one(r, ("?", "??", ".", "", " pls", " thx", "!", " :)"))
    if r.random() < 0.15 and len(text) > 8:
        i = r.randrange(len(text) - 1)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if r.random() < 0.15:
        text = one(r, ("ok ", "so ", "hey ", "quick q: ", "um ", "Hi! ", "question - ")) + text
    return text


FOLLOWUPS = ("thanks!", "shorter please", "can you make it more casual", "what about {c}?",
             "ok and if I dont have {f}?", "explain the second point", "more options",
             "in a table", "hmm that didnt work, still getting {e}", "perfect, thank you",
             "can you add a bit about {c}", "translate that to Spanish", "why?", "go on",
             "less formal", "give an example", "is that accurate?", "now for {p}")  # fmt: skip
_FU_ASK = ("can you make it", "make it", "now make it", "could it be", "pls make it a bit",
           "try again but", "same but", "ok but make it", "rewrite it", "hmm, make it")  # fmt: skip
_FU_HOW = ("shorter", "longer", "more formal", "funnier", "less salesy", "more specific to {p}",
           "for a {a}-year-old", "in {n} bullet points", "without jargon", "warmer", "more direct",
           "under {n}0 words", "sound less like AI", "more detailed on {c}", "for my boss",
           "in British English", "with a joke at the end", "rhyme", "cheaper", "vegetarian")  # fmt: skip
_FU_Q = ("what about {c}", "and {c}?", "how does that relate to {c}", "wait, why is that",
         "are you sure about the {o} part", "what if I only have {n} {u}",
         "can you give a source for that", "explain step {n} again", "which one would you pick",
         "ok and for {p}?", "is there a cheaper option", "what did you mean by {o}")  # fmt: skip


def followup(r: P) -> str:
    """A later turn in an ordinary conversation."""
    fill = {"p": one(r, PLACES), "a": r.randint(5, 80), "n": r.randint(2, 12),
            "c": one(r, CONCEPTS), "f": one(r, FOODS), "e": one(r, ERRORS),
            "o": one(r, ("first", "second", "last", "tax", "timing", "cost", "safety")),
            "u": one(r, ("days", "hours", "dollars", "eggs", "people", "weeks"))}  # fmt: skip
    x = r.random()
    if x < 0.3:
        text = one(r, FOLLOWUPS)
    elif x < 0.65:
        text = f"{one(r, _FU_ASK)} {one(r, _FU_HOW)}"
    else:
        text = one(r, _FU_Q)
    return voice(r, text.format(**fill))


_PASTE_PREFIX = ("", "", "", "quick question: ", "hi, ", "For my class: ", "Help please. ",
                 "i need this for work - ", "Hey! ", "ok so ")  # fmt: skip
_PASTE_SUFFIX = ("", "", "", " thanks", " please be concise", " Explain your answer.",
                 " (no bullet points)", " asap", " I'm a beginner.", " keep it short")  # fmt: skip


def pasted(r: P, text: str) -> str:
    """A corpus prompt as one person would send it: sometimes cut short, with their own
    preamble and sign-off, lower-cased or with numbers changed."""
    if len(text) > 600 and r.random() < 0.5:
        text = text[: r.randint(250, 600)]
    if r.random() < 0.3:
        text = text.lower()
    if r.random() < 0.4:
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + r.randint(1, 9)), text, count=2)
    return f"{one(r, _PASTE_PREFIX)}{text}{one(r, _PASTE_SUFFIX)}"


def chat(r: P, c: Corpora, lang: str = "en", paste: float = 0.08) -> str:
    """One first turn of an ordinary user; `paste` is how often they paste their own text."""
    return voice(r, _chat(r, c, lang, paste))


def _chat(r: P, c: Corpora, lang: str, paste: float) -> str:
    x = r.random()
    if r.random() < paste:
        return f"{everyday(r)}\n\n{_paragraph(r)}"
    if lang != "en" and x < 0.55:
        return localized(r, lang)
    if x < 0.04 and c.arena:
        return pasted(r, one(r, c.arena))
    if x < 0.07 and c.instruct:
        return pasted(r, one(r, c.instruct))
    if x < 0.085 and c.mtbench:
        return pasted(r, one(r, c.mtbench)[0])
    if x < 0.10:
        return one(r, ("hi", "hello", "hey", "test", "what can you do?", "who are you"))
    return everyday(r)


def dev_question(r: P, c: Corpora) -> str:
    """A developer at work: coding, debugging, design."""
    return voice(r, _dev_question(r, c))


def _dev_question(r: P, c: Corpora) -> str:
    if r.random() < 0.08 and c.arena:
        return pasted(r, one(r, c.arena))
    lang = one(r, LANGS)
    k = r.randrange(7)
    if k == 0:
        return f"```{lang.lower()}\n{_code(r, lang)}\n```\n{one(r, ('why does this fail', 'review this', 'make it faster', 'add types', 'any bugs?', 'refactor pls'))}"  # fmt: skip
    if k == 1:
        return f"{one(r, ERRORS)}\n  at {one(r, ('main', 'handler', 'run', 'load'))} ({one(r, ('app', 'src/index', 'lib/db', 'worker'))}.{lang[:2].lower()}:{r.randint(3, 400)})\n{one(r, ('?', 'whats wrong', 'happens only in prod', 'started after upgrade'))}"  # fmt: skip
    if k == 2:
        return f"how should I structure {one(r, ('a monorepo', 'feature flags', 'a REST API', 'background jobs', 'auth', 'a plugin system', 'database migrations'))} for {one(r, ('a small team', 'a side project', 'a startup', 'an internal tool'))} using {lang}"  # fmt: skip
    if k == 3:
        return f"write a {lang} function to {one(r, CODE_TASKS)}{one(r, ('', ' with tests', ', no dependencies', ', async', ' and explain it'))}"  # fmt: skip
    if k == 4:
        return f"regex for {one(r, ('uk postcodes', 'iso dates', 'semver', 'hex colors', 'ipv4', 'markdown links'))} in {lang}"  # fmt: skip
    if k == 5:
        return f"difference between {one(r, ('let and const', 'processes and threads', 'a mutex and a semaphore', 'left join and inner join', 'TCP and UDP', 'rebase and merge', 'docker and a VM'))}{one(r, ('', '', ' in ' + lang, ' for ' + one(r, CODE_TASKS), ' with an example', ', when to use which'))}"  # fmt: skip
    return f"{one(r, ('write a commit message for', 'explain this diff:', 'write docs for'))} {_code(r, lang)}"  # fmt: skip


def _code(r: P, lang: str) -> str:
    name = one(r, ("load", "parse", "handle", "compute", "fetch", "sync", "build", "apply"))
    obj = one(r, ("rows", "user", "items", "cfg", "order", "payload", "events", "ctx"))
    body = one(r, (f"for x in {obj}: total += x.{one(r, ('price', 'qty', 'size', 'n'))}",
                   f"if not {obj}: return None", f"{obj} = json.loads(raw)",
                   f"await db.query('select * from {obj}s where id = $1', id)",
                   f"return {obj}.map(x => x.{one(r, ('id', 'name', 'ts'))})"))  # fmt: skip
    return f"def {name}_{obj}({obj}):\n    {body}\n    return {obj}  # {lang}"


def response(r: P, kind: str) -> str:
    """A shortened answer text; output_tokens carries the true length."""
    if kind == "cot":
        steps = " ".join(f"Step {i + 1}: {one(r, _STEP)}" for i in range(r.randint(3, 7)))
        return f"<thinking>{steps}</thinking> Final answer: {r.randint(2, 9999)}"
    if kind == "json":
        return json.dumps({"score": r.randint(1, 10), "justification": one(r, _STEP)})
    if kind == "code":
        return (
            f"Here is a version that works:\n```\n{_code(r, one(r, LANGS))}\n```\n{one(r, _STEP)}"
        )
    if kind == "tool":
        name = one(r, ("search", "get_weather", "create_event", "query_db", "send_email", "ls"))
        return json.dumps({"tool_call": {"name": name, "arguments": {"id": r.randint(1, 99999)}}})
    return f"{one(r, _OPEN)} {one(r, _STEP)} {one(r, _STEP)}"


_OPEN = ("Sure!", "Great question.", "Here's a quick overview.", "Of course.", "Short answer:",
         "Here are a few options:", "Let's break it down.", "Happy to help.")  # fmt: skip
_STEP = ("First, identify what is being asked.", "The key quantity here is the total.",
         "We subtract the known part from the whole.", "Consider the edge case of empty input.",
         "This follows from the definition.", "Check the result against the constraint.",
         "Multiply the rate by the time.", "Compare both options on cost and effort.",
         "Start with the simplest version that works.", "The answer depends on the context.")  # fmt: skip
