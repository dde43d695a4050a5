"""Prompt text for hold-out 8: public corpora (named in README) plus short hand-written everyday
and multilingual chat lines. Both sides of the world draw from the same banks."""

from __future__ import annotations

import json
from pathlib import Path

CATEGORIES = ("chat", "coding", "math", "creative", "general", "tools", "multilingual")

CHAT = [
    "what should I cook tonight with {x}",
    "can you rewrite this email so it sounds less angry: {x}",
    "summarise this for me in 3 bullet points: {x}",
    "is it normal that {x}",
    "give me a packing list for a weekend trip, {x}",
    "explain {x} like I'm 12",
    "help me reply to my landlord about {x}",
    "what's the difference between {x}",
    "plan a 3 day itinerary, {x}",
    "fix the grammar: {x}",
    "how do I ask my manager about {x}",
    "translate to english please: {x}",
    "pros and cons of {x}",
    "write a birthday message for my sister, {x}",
]
FILL = [
    "chickpeas, spinach and half an onion",
    "the heating has been broken for two weeks",
    "my cat sleeps 18 hours a day",
    "Lisbon in october with two kids",
    "index funds and ETFs",
    "a raise after the reorg",
    "how vaccines train the immune system",
    "the meeting notes from today, we agreed to move the launch",
    "she likes hiking and bad puns",
    "a used car with 140k km",
    "remote work vs hybrid for a junior developer",
    "the tax form for freelancers",
]
MULTI = [
    "¿Me puedes explicar {x} de forma sencilla?",
    "Kannst du mir bei {x} helfen? Bitte kurz.",
    "Peux-tu résumer {x} en quelques lignes ?",
    "Você pode me ajudar com {x}?",
    "{x} について簡単に説明してください。",
    "请帮我详细解释一下{x}，最好一步一步来。",
    "Объясни, пожалуйста, {x} простыми словами.",
    "هل يمكنك شرح {x} بطريقة بسيطة؟",
    "क्या आप {x} को आसान भाषा में समझा सकते हैं?",
    "{x}에 대해 쉽게 설명해 줄 수 있나요?",
    "Bana {x} hakkında kısa bir özet verir misin?",
    "Tolong jelaskan {x} dengan singkat.",
    "Czy możesz wyjaśnić {x}?",
    "Puoi aiutarmi a capire {x}?",
]
MFILL = [
    "la fotosíntesis",
    "die Steuererklärung",
    "la loi de Ohm",
    "juros compostos",
    "量子もつれ",
    "梯度下降算法",
    "теорему Пифагора",
    "التعلم الآلي",
    "ब्याज दरें",
    "블록체인",
    "enflasyon",
    "fotosintesis",
    "rekurencję",
    "il teorema di Bayes",
    "recursion in Python",
    "the French revolution",
]

# Wrappers: real users add them, eval harnesses add them, campaigns add them. Not a giveaway.
PREFIXES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Please help: ",
    "Quick question. ",
    "hey, ",
    "I need this for work. ",
    "Answer carefully. ",
    "You are an expert. ",
    "Question: ",
    "Task: ",
    "ok so ",
    "Can you help me with this?\n\n",
    "My teacher gave us this: ",
    "For my notes: ",
    "Be concise. ",
    "Thanks in advance! ",
]
SUFFIXES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    " Think step by step.",
    " Explain your reasoning.",
    " Show your work.",
    " Keep it short.",
    " Give the final answer at the end.",
    "\n\nPlease be detailed.",
    " thx",
    " Walk me through how you got there.",
    " Use examples.",
    " (in markdown)",
    " Before answering, reason through it carefully.",
    " Why?",
    " Double-check it.",
]

SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are a helpful assistant. Answer concisely.",
    "You are a customer support agent for an online furniture store. Be polite and brief.",
    "You are a math tutor for high-school students. Guide the student, do not just give answers.",
    "You are a coding assistant working inside the user's repository. Use the tools provided.",
    "You are an expert translator. Translate faithfully and keep formatting.",
    "You are a careful annotator. Rate the response on a 1-5 scale and justify briefly.",
    "You are a helpful, harmless and honest assistant. Think before you answer.",
    "Summarize the document for a busy executive in under 120 words.",
    "You are a travel planning assistant. Ask clarifying questions when needed.",
    "Extract the entities as JSON with keys name, date, amount.",
    "You are a friendly Discord bot for a gaming community. Keep replies under 80 words.",
    "You are a research assistant. Cite your assumptions explicitly.",
    "You are a home automation agent. Call tools to control devices.",
]


def _jsonl(path: Path) -> list[dict]:
    # split on '\n' only: some Arena-Hard prompts carry U+2028 (see corpora SOURCES.md)
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def load_bank(corpora: Path) -> dict[str, list[str]]:
    """Category -> base prompts (each truncated to 1,500 characters to bound memory)."""
    cut = 1500
    bank: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for rec in _jsonl(corpora / "arena-hard-v2.0" / "question.jsonl"):
        cat = {"coding": "coding", "math": "math"}.get(rec.get("subcategory", ""), "creative")
        bank[cat].append(rec["prompt"][:cut])
    for rec in _jsonl(corpora / "arena-hard-v0.1" / "question.jsonl"):
        bank["coding"].append(rec["prompt"][:cut])
    for name in ("train.jsonl", "test.jsonl"):
        for rec in _jsonl(corpora / "gsm8k" / name):
            bank["math"].append(rec["question"][:cut])
    for rec in _jsonl(corpora / "mt-bench" / "question.jsonl"):
        bank["general"].extend(t[:cut] for t in rec["turns"])
    for rec in _jsonl(corpora / "self-instruct-seed" / "seed_tasks.jsonl"):
        inp = rec["instances"][0]["input"] if rec["instances"] else ""
        bank["general"].append((rec["instruction"] + ("\n" + inp if inp else ""))[:cut])
    for name in ("BFCL_v4_live_multiple.json", "BFCL_v4_multi_turn_base.json"):
        for rec in _jsonl(corpora / "bfcl-v4" / name):
            for turn in rec["question"]:
                for msg in turn:
                    if msg.get("role") == "user" and msg.get("content"):
                        bank["tools"].append(msg["content"][:cut])
    bank["chat"] = [t.replace("{x}", f) for t in CHAT for f in FILL]
    bank["multilingual"] = [t.replace("{x}", f) for t in MULTI for f in MFILL]
    return bank


def load_responses(corpora: Path) -> list[str]:
    """Answer-like texts for the `response` column (GSM8K worked answers, self-instruct outputs)."""
    out = [r["answer"] for r in _jsonl(corpora / "gsm8k" / "test.jsonl")]
    for rec in _jsonl(corpora / "self-instruct-seed" / "seed_tasks.jsonl"):
        out.extend(i["output"] for i in rec["instances"] if i["output"])
    return out
