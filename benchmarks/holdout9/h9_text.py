"""Text banks of hold-out 9: prompts from public corpora plus short lines written for this world.

Every class, legitimate or not, draws from the same banks; what differs is how it draws
(popularity, coverage, shared assignments, benchmark sweeps), not its vocabulary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

# Written for this world: everyday consumer lines, follow-ups, frames and system prompts.
CHAT = [
    "what should I cook tonight with chicken, rice and some spinach",
    "can you help me write a birthday message for my sister",
    "is it normal for a cat to sleep 16 hours a day",
    "give me a 3 day itinerary for lisbon on a budget",
    "how do I politely decline a meeting invite",
    "summarize this for me in two sentences please",
    "what's the difference between a roth ira and a traditional ira",
    "rewrite this email so it sounds less angry",
    "ideas for a 7 year old's science fair project",
    "how long should I boil an egg for a runny yolk",
    "explain inflation like I'm 12",
    "my sourdough is flat, what am I doing wrong",
    "write a short poem about autumn rain",
    "help me plan a workout routine, 3 days a week, no gym",
    "what are good questions to ask at the end of a job interview",
    "translate 'where is the train station' to japanese",
    "is it safe to take ibuprofen with coffee",
    "suggest names for a small bakery",
    "how do I get rid of fruit flies",
    "write a cover letter for a junior data analyst role",
    "what's a good book like the martian",
    "make this paragraph shorter",
    "how do I fix a leaking kitchen tap",
    "pros and cons of renting vs buying in my 30s",
    "why is the sky orange at sunset",
    "create a grocery list for a week of vegetarian meals",
    "how do I tell my landlord the heating is broken",
    "what does 'per my last email' really mean",
    "help me understand my electricity bill",
    "can you check this text for grammar mistakes",
    "write a toast for my best friend's wedding",
    "what are some fun things to do in seoul in winter",
    "how many calories are in a banana",
    "explain how vaccines work",
    "what should I pack for a week of hiking",
    "give me a riddle for kids",
    "how do I start journaling",
    "draft a complaint to an airline about lost luggage",
    "tips for sleeping better",
    "what's a good name for a golden retriever",
]

MULTILINGUAL = [
    "¿Cómo puedo mejorar mi currículum para un trabajo de ingeniería?",
    "Explique-moi la différence entre un bail commercial et un bail d'habitation.",
    "Wie schreibe ich eine höfliche Kündigung für meinen Handyvertrag?",
    "Qual é a melhor forma de aprender programação sozinho?",
    "Puoi riassumere la trama dei Promessi Sposi?",
    "Jak mogę obniżyć rachunki za ogrzewanie zimą?",
    "Bagaimana cara membuat rencana belajar untuk ujian masuk universitas?",
    "Cách nấu phở bò tại nhà như thế nào?",
    "Türkiye'de şirket kurmak için hangi belgeler gerekir?",
    "Как правильно составить резюме на английском?",
    "日本語の敬語の使い方を教えてください。",
    "如何用Python读取Excel文件？",
    "한국에서 전세 계약할 때 주의할 점은?",
    "मुझे एक छोटा व्यवसाय शुरू करने के लिए क्या करना चाहिए?",
    "ما هي أفضل طريقة لتعلم اللغة الإنجليزية؟",
    "Hoe schrijf ik een goede motivatiebrief?",
    "Hur fungerar det svenska pensionssystemet?",
    "Paano ako makakapag-ipon ng pera kahit maliit ang sweldo?",
    "Kako da napišem žalbu na kaznu za parkiranje?",
    "Mikä on paras tapa oppia suomen kielioppia?",
]

FOLLOWUPS = [
    "can you explain that step again?",
    "why does that work?",
    "ok and what if the number was different?",
    "make it shorter",
    "can you give me another example",
    "I don't get the second part",
    "thanks! can you also add comments to the code",
    "that gives an error, can you fix it",
    "what would be a more efficient way",
    "is there a simpler approach?",
    "now write tests for it",
    "can you explain it like I'm a beginner",
    "what are the edge cases here",
    "check your answer again please",
    "rewrite it in a more formal tone",
    "continue",
    "Give me a similar problem and solve it.",
    "Explain your reasoning in more detail.",
    "What is another way to solve this?",
    "and in typescript?",
    "please go on",
    "could you walk me through it step by step",
    "great, now summarize it in bullet points",
    "which of these would you recommend?",
]

# Wrappers everybody uses: students, testers, evaluators, researchers and harvesters alike.
PREFIXES = [
    "",
    "Question: ",
    "Please help: ",
    "Solve the following problem. ",
    "I need help with this: ",
    "Answer the question below.\n\n",
    "Task:\n",
    "hey, ",
    "Can you do this for me? ",
    "You are an expert. ",
    "Review this code and point out problems:\n",
    "Explain this to me:\n",
]
SUFFIXES = [
    "",
    " Think step by step.",
    " Show your work.",
    " Explain your reasoning before the final answer.",
    "\n\nGive the final answer on the last line.",
    " Be concise.",
    " thanks!",
    " Please be detailed.",
    "\n\nAnswer in markdown.",
    " Let's think this through carefully.",
]
# Casual endings people add to everyday lines; rendered after SUFFIXES (ids from len(SUFFIXES)).
TAILS = [
    " please",
    "?",
    " thanks",
    " (quick answer)",
    " for my mom",
    " in simple words",
    " for a beginner",
    " asap",
    " for work",
    " for school",
    " with examples",
    " any ideas?",
    " lol",
    " pls",
    " in a few bullet points",
    " - keep it short",
    " for tomorrow",
    " for my kids",
    " i'm in the uk",
    " i'm vegetarian",
    " on a budget",
    " be honest",
    " step by step",
    " with a table",
    " 🙏",
]
LANG_FRAMES = [
    "Translate into {lang}, keeping the tone: {text}",
    "Please translate the following text to {lang}.\n\n{text}",
    "{lang} translation needed:\n{text}",
    "Answer in {lang}: {text}",
    "Réponds en {lang} : {text}",
    "Responde en {lang}, por favor: {text}",
]
LANGS = [
    "French",
    "German",
    "Spanish",
    "Portuguese",
    "Japanese",
    "Korean",
    "Chinese",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Polish",
    "Dutch",
    "Italian",
    "Thai",
]
SUPPORT_LINES = [
    "my order {n} still hasn't arrived, can you check?",
    "I was charged twice for order {n}",
    "how do I reset my password",
    "can I change the delivery address for {n}",
    "the app keeps crashing when I open settings",
    "I want to cancel my subscription",
    "do you ship to {c}?",
    "my discount code doesn't work",
    "where is my refund for {n}",
    "what are your opening hours on sunday",
]
SYSTEM_PROMPTS = {
    "support": "You are Nova, the helpful support assistant for {org}. Answer politely and only "
    "about {org}'s products. If unsure, offer to connect a human agent.",
    "rag": "You are an internal knowledge assistant for {org}. Use only the context below to "
    "answer. Cite the document ids you used.\n\nContext:\n[doc-{n}] {ctx}",
    "tutor": "You are a patient math and science tutor for {org}. Guide the student step by step "
    "and check understanding.",
    "translator": "You are a professional translator at {org}. Translate faithfully, preserve "
    "formatting and terminology.",
    "annotator": "You are helping an annotator at {org}. Produce a high-quality reference answer "
    "that follows the project guidelines.",
    "ide": "You are a coding assistant running inside the user's editor. Use the provided tools to "
    "read files and propose edits.",
    "eval": "You are a helpful assistant.",
    "redteam": "Security evaluation session for {org}. Respond as you would to a normal user.",
    "automation": "Summarize the following items for a daily digest. Keep it under 200 words.",
    "bot": "You are {org}, a friendly community bot. Keep replies short.",
}


@dataclass
class Banks:
    """All text as one list, and topic banks as index arrays into it."""

    texts: list[str] = field(default_factory=list)
    topics: dict[str, np.ndarray] = field(default_factory=dict)
    tools: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int16))  # per text
    answers: dict[str, list[str]] = field(default_factory=dict)
    bench: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    sources: list[str] = field(default_factory=list)

    def add(self, topic: str, items: list[str], tool_counts: list[int] | None = None) -> None:
        start = len(self.texts)
        self.texts.extend(items)
        idx = np.arange(start, start + len(items))
        old = self.topics.get(topic)
        self.topics[topic] = idx if old is None else np.concatenate([old, idx])
        counts = tool_counts if tool_counts is not None else [0] * len(items)
        self.tools = np.concatenate([self.tools, np.asarray(counts, np.int16)])


def _jsonl(path: Path) -> list[dict]:
    # Split on '\n' only: some Arena-Hard prompts hold U+2028 inside a record.
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def load(corpora: Path) -> Banks:
    """Read the corpora named in SOURCES.md; fail with one line if a file is missing."""
    need = {
        "a2": corpora / "arena-hard-v2.0" / "question.jsonl",
        "a1": corpora / "arena-hard-v0.1" / "question.jsonl",
        "mt": corpora / "mt-bench" / "question.jsonl",
        "gtr": corpora / "gsm8k" / "train.jsonl",
        "gte": corpora / "gsm8k" / "test.jsonl",
        "si": corpora / "self-instruct-seed" / "seed_tasks.jsonl",
        "bl": corpora / "bfcl-v4" / "BFCL_v4_live_multiple.json",
        "bm": corpora / "bfcl-v4" / "BFCL_v4_multi_turn_base.json",
    }
    for p in need.values():
        if not p.is_file():
            raise SystemExit(f"traffic.py: corpus file {p} is missing; pass --corpora DIR.")
    b = Banks()
    a2 = _jsonl(need["a2"])
    a1 = _jsonl(need["a1"])
    mt = _jsonl(need["mt"])
    gtr = _jsonl(need["gtr"])
    gte = _jsonl(need["gte"])
    si = _jsonl(need["si"])
    bl = _jsonl(need["bl"])
    bm = _jsonl(need["bm"])
    cut = 6000  # very long arena prompts are kept but cut, as some log pipelines do
    b.add("coding", [r["prompt"][:cut] for r in a2 if r["subcategory"] == "coding"])
    b.add("coding", [r["prompt"][:cut] for r in a1])
    b.add("math", [r["prompt"][:cut] for r in a2 if r["subcategory"] == "math"])
    b.add("math", [r["question"] for r in gtr])
    b.add("creative", [r["prompt"][:cut] for r in a2 if r["subcategory"] == "creative_writing"])
    general = []
    for r in si:
        inst = r["instances"][0]["input"] if r["instances"] else ""
        general.append(r["instruction"] + ("\n" + inst if inst else ""))
    general += [r["turns"][0] for r in mt]
    b.add("general", general)
    b.add("chat", CHAT)
    b.add("multilingual", MULTILINGUAL)
    b.add("followup", FOLLOWUPS)
    b.add("followup", [r["turns"][1] for r in mt])
    tool_txt, tool_n = [], []
    for r in bl:
        users = [t["content"] for t in r["question"][0] if t["role"] == "user"]
        if users:
            tool_txt.append(users[-1])
            tool_n.append(len(r["function"]))
    for r in bm:
        for turn in r["question"]:
            for t in turn:
                if t["role"] == "user":
                    tool_txt.append(t["content"])
                    tool_n.append(6 * len(r["involved_classes"]))
    b.add("tool", tool_txt, tool_n)
    # Benchmark order: what eval teams and benchmark runners sweep, the same for everyone.
    bench_start = len(b.texts)
    b.add("bench", [r["turns"][0] for r in mt] + [r["question"] for r in gte])
    b.bench = np.arange(bench_start, len(b.texts))
    b.answers = {
        "math": [r["answer"] for r in gtr[:3000]],
        "general": [i["output"] for r in si for i in r["instances"] if i["output"]],
    }
    b.sources = [str(p.relative_to(corpora)) for p in need.values()]
    return b
