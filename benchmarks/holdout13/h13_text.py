"""Hold-out 13's text: public corpora split into banks, and the wording written for this world.

Prompt items come from the corpora in /work/shared/corpora (licences in its SOURCES.md):
Arena-Hard v2.0 / v0.1 and MT-Bench (Apache-2.0), GSM8K (MIT), BFCL v4 (Apache-2.0),
self-instruct seed tasks (Apache-2.0). Frames, everyday lines, follow-ups, system prompts,
product templates and client strings below were written for hold-out 13.
Every class, campaign or legitimate, draws from the same banks and frames: what differs is how.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# Words that mark an Arena-Hard v0.1 topic cluster as programming (the corpus's own cluster names).
_CODE_WORDS = (
    "python", "code", "coding", "sql", "javascript", "java", "rust", "c++", "api", "program",
    "software", "linux", "docker", "kubernetes", "react", "web", "database", "script", "git",
    "excel", "vba", "regex", "algorithm", "data", "pandas", "html", "css", "node", "unity",
    "matlab", "shell", "bash", "aws", "cloud", "server", "pytorch", "tensorflow", "gpu", "debug",
)  # fmt: skip


@dataclass(frozen=True)
class Item:
    """One corpus item: the user text, its follow-up turns if the corpus has them, a reference
    answer if the corpus has one, and how many tools the item declares."""

    text: str
    turns: tuple[str, ...] = ()
    answer: str | None = None
    tools: int = 0


def _lines(path: Path) -> list[dict]:
    # Split on '\n' only: some Arena-Hard prompts hold U+2028 (SOURCES.md caveat).
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh.read().split("\n") if line.strip()]


def load_banks(root: Path) -> dict[str, list[Item]]:
    """The corpora as five topic banks: code, math, writing, general, tools."""
    banks: dict[str, list[Item]] = {k: [] for k in ("code", "math", "writing", "general", "tools")}
    for row in _lines(root / "arena-hard-v2.0" / "question.jsonl"):
        sub = row.get("subcategory", "")
        key = {"coding": "code", "math": "math", "creative_writing": "writing"}.get(sub, "general")
        banks[key].append(Item(row["prompt"][:6000]))
    for row in _lines(root / "arena-hard-v0.1" / "question.jsonl"):
        cluster = row.get("cluster", "").lower()
        key = "code" if any(w in cluster for w in _CODE_WORDS) else "general"
        banks[key].append(Item(row["prompt"][:6000]))
    for row in _lines(root / "mt-bench" / "question.jsonl"):
        cat = row["category"]
        key = {"coding": "code", "math": "math", "writing": "writing", "roleplay": "writing"}.get(
            cat, "general"
        )
        banks[key].append(Item(row["turns"][0], tuple(row["turns"][1:])))
    for name in ("train.jsonl", "test.jsonl"):
        for row in _lines(root / "gsm8k" / name):
            banks["math"].append(Item(row["question"], answer=row["answer"].replace("####", "=")))
    for row in _lines(root / "self-instruct-seed" / "seed_tasks.jsonl"):
        inst = row["instances"][0] if row["instances"] else {"input": "", "output": ""}
        text = row["instruction"] + (("\n\n" + inst["input"]) if inst["input"] else "")
        key = "writing" if row["name"].startswith(("write", "story", "poem")) else "general"
        banks[key].append(Item(text, answer=inst["output"] or None))
    for row in _lines(root / "bfcl-v4" / "BFCL_v4_live_multiple.json"):
        users = [t["content"] for turn in row["question"] for t in turn if t["role"] == "user"]
        if users:
            banks["tools"].append(Item(users[0], tools=len(row.get("function", []))))
    for row in _lines(root / "bfcl-v4" / "BFCL_v4_multi_turn_base.json"):
        users = [t["content"] for turn in row["question"] for t in turn if t["role"] == "user"]
        if users:
            banks["tools"].append(
                Item(users[0], tuple(users[1:]), tools=len(row.get("involved_classes", [])) * 6)
            )
    if any(not v for v in banks.values()):
        raise ValueError("a corpus bank came out empty")
    return banks


# Frames: how people wrap a task. Shared by every class that asks for that kind of work.
FRAMES: dict[str, tuple[str, ...]] = {
    "bare": ("{x}",),
    "consumer": (
        "{x}", "{x}", "{x}", "hey, quick one: {x}", "{x}\n\nthanks!", "Can you help me with this? {x}",
        "{x} (keep it short please)", "I need help.\n{x}", "{x}\n\nExplain it simply.",
        "so {x}", "Please: {x}",
    ),
    "reasoning": (
        "{x}\n\nExplain your reasoning.", "Answer the following and show each step.\n\n{x}",
        "{x}\nWalk me through how you get there.", "{x}\n\nGive the full working, not just the answer.",
        "Solve this and justify every step:\n{x}", "{x}\n\nPlease be thorough.",
        "Question:\n{x}\n\nAnswer with a complete explanation.", "{x} Why? Explain in detail.",
        "I'm stuck on this one. {x}", "{x}\n\nCan you check my approach and give the right answer?",
    ),
    "coding": (
        "{x}", "{x}\n\nPlease write the full code, with comments.", "{x}\n\nInclude tests.",
        "Project task:\n{x}\n\nShow the complete solution and explain design choices.",
        "{x}\n\nI'm learning, so explain what each part does.", "{x}\nWhat's the cleanest way to do this?",
        "help me with this exercise: {x}", "{x}\n\nMy version doesn't work, can you write a correct one?",
    ),
    "task": (
        "Task: {x}", "{x}\n\nWrite the final version.", "Client brief: {x}", "{x}\n\nTone: professional.",
        "Please draft this for me: {x}", "{x}\n\nAround 400 words.", "{x}\n\nMake it engaging.",
    ),
    "agent": (
        "Objective: {x}", "{x}", "Task for the crew: {x}", "User goal: {x}\nPlan the steps, then act.",
        "{x}\n\nUse the available tools where needed.",
    ),
}  # fmt: skip

FOLLOWUPS = (
    "can you go on?", "more detail on the second point please", "ok and why is that?",
    "That doesn't look right, check again.", "shorter please", "Can you give an example?",
    "thanks! what about the edge cases?", "rewrite it more formally", "and if the numbers change?",
    "explain that last step again", "can you make it a table?", "Now do it another way.",
    "it throws an error on line 3", "perfect, one more thing: add comments", "translate that to Spanish",
    "what would a beginner get wrong here?", "ok", "continue", "give me three alternatives",
    "is there a simpler approach?", "summarise this in two sentences",
)  # fmt: skip

EVERYDAY = {
    "en": (
        "what should I cook tonight with chicken, rice and spinach", "write a birthday message for my sister",
        "how do I get red wine out of a carpet", "explain inflation like I'm 12",
        "make me a 3 day workout plan, no gym", "is it safe to take ibuprofen with coffee",
        "help me write a polite email asking my landlord to fix the heating",
        "what's a good name for a golden retriever puppy", "summarise the plot of Hamlet in 5 lines",
        "how long should I boil an egg for a runny yolk", "give me ideas for a rainy Sunday with kids",
        "rewrite this so it sounds less angry: I told you three times already",
        "plan a weekend in Lisbon on a budget", "what's the difference between a Roth and a traditional IRA",
        "why does my sourdough not rise", "write a cover letter for a barista job",
        "how do I tell my boss I need a day off", "fun facts about octopuses",
        "translate 'where is the train station' into Japanese", "best way to learn guitar as an adult",
        "my cat keeps scratching the sofa, what can I do", "explain what a VPN does",
        "draft a toast for my best friend's wedding", "how many calories in a banana",
        "write a haiku about Monday mornings", "tips for a job interview tomorrow",
        "what is the capital of Australia and why isn't it Sydney", "help me budget 2000 a month",
        "recommend 5 sci-fi books like Dune", "how do I unclog a drain without chemicals",
    ),
    "es": (
        "¿qué puedo cocinar con huevos y patatas?", "escribe un mensaje de cumpleaños para mi madre",
        "explícame qué es la inflación", "ideas para un fin de semana en Madrid",
        "¿cómo pido un aumento de sueldo?", "resume la historia de la independencia de México",
    ),
    "pt": (
        "me ajuda a escrever um e-mail para o meu chefe", "o que fazer num domingo chuvoso em São Paulo",
        "como economizar dinheiro no supermercado", "explica o que é juros compostos",
    ),
    "fr": (
        "écris un message pour souhaiter bon anniversaire à un collègue", "comment enlever une tache de café",
        "idées de dîner rapide pour ce soir", "explique-moi la photosynthèse simplement",
    ),
    "de": (
        "schreib eine kurze Absage für ein Vorstellungsgespräch", "was koche ich heute mit Kartoffeln",
        "erklär mir den Unterschied zwischen Brutto und Netto", "Tipps gegen Prüfungsangst",
    ),
    "id": (
        "tolong buatkan ucapan ulang tahun untuk teman", "resep nasi goreng yang enak",
        "bagaimana cara menabung untuk kuliah", "jelaskan apa itu inflasi",
    ),
    "tr": ("bana kısa bir özgeçmiş yazar mısın", "akşam yemeği için ne pişirebilirim", "enflasyon nedir"),
}  # fmt: skip

# System prompts of products and tools (written for this world).
SYSTEM = {
    "bootcamp": (
        "You are the CodeHarbor study assistant. Help bootcamp learners understand and write code. "
        "Prefer explanations a beginner can follow.",
        "You are Forge Mentor, the teaching assistant of Northforge Coding School. Encourage the learner, "
        "explain errors, and follow the course style guide.",
    ),
    "comparison": (
        "You are one of several assistants answering the same question side by side. Answer directly.",
        "Answer the user's question. Your reply will be shown next to other models' replies.",
        "You are assistant B in a blind comparison. Be helpful and complete.",
    ),
    "troupe": (
        "You are the Planner agent of a Troupe crew. Break the goal into steps and assign them.",
        "You are the Coder agent of a Troupe crew. Write and fix code for the step you are given.",
        "You are the Critic agent of a Troupe crew. Review the last result and list problems.",
        "You are the Executor agent of a Troupe crew. Call tools to complete the step.",
    ),
    "lms": (
        "You are the course assistant inside the university's learning platform. Give hints before answers; "
        "never write graded work for the student.",
        "You generate practice quiz questions and feedback for instructors of the course below.",
    ),
    "bpo": (
        "You help customer-support agents draft replies. Be polite, concise, and follow the brand voice.",
    ),
    "newsroom": ("You are an assistant for journalists. Never invent quotes or facts; flag what needs checking.",),
    "quant": (
        "Extract the requested fields from the document and return JSON only.",
        "You summarise earnings calls for a research team: guidance, margins, risks, tone.",
    ),
    "npc": (
        "You write dialogue for non-player characters in a fantasy RPG. Stay in character; 1-3 lines per reply.",
        "You are writing barks and quest dialogue for a sci-fi game. Keep the character's voice consistent.",
    ),
    "l10n": (
        "You are a professional localiser. Translate UI strings, keep placeholders like {0} and %s intact, "
        "respect length limits.",
    ),
}  # fmt: skip

# Product templates: what each product sends, with slots filled per request.
TEMPLATES = {
    "bpo": (
        "Customer wrote: \"My order {n} arrived damaged, the box was crushed and the {thing} is cracked. "
        "I want a refund.\" Draft a reply offering a replacement or refund.",
        "Customer asks why they were charged twice for invoice {n}. Write a short apology and next steps.",
        "Rewrite this reply to sound warmer: 'We cannot process your request for order {n} at this time.'",
        "Summarise this chat for the ticket notes: customer wants to change delivery address for {n}, "
        "courier already dispatched, offered redirect.",
        "Customer says the {thing} stopped working after 3 days. Ask troubleshooting questions politely.",
    ),
    "newsroom": (
        "Give me five headline options for a story about {topic}.",
        "Summarise this council meeting transcript about {topic} in 150 words, neutral tone.",
        "What do I need to fact-check in this paragraph about {topic}? List the claims.",
        "Write a push-notification line (max 90 characters) for breaking news on {topic}.",
        "Explain the background of {topic} for readers who are new to it, 3 short paragraphs.",
    ),
    "quant": (
        "Document: Q{q} earnings call transcript, ticker {tk}. Fields: revenue_guidance, gross_margin, capex, "
        "risks[]. Transcript excerpt follows. {filler}",
        "Summarise management's tone on demand in the {tk} Q{q} call in 5 bullets. {filler}",
        "From this 10-Q section for {tk}, list every mention of supply constraints as JSON. {filler}",
        "Classify this news item about {tk} as positive/negative/neutral for the stock and say why. {filler}",
    ),
    "npc": (
        "Character: {npc}. Situation: the player returns without the {thing}. Write 6 variants of the reply.",
        "Character: {npc}. The player asks about the old war. Write a short answer in character.",
        "Write 10 idle barks for {npc} in the market at night.",
        "Character: {npc}. Quest hand-in dialogue, player succeeded. 3 variants, one sarcastic.",
    ),
    "l10n": (
        'Translate to {lang}: "{ui}" (max {n} characters)',
        'Localise these strings into {lang}, keep placeholders: ["{ui}", "Settings", "Try again in %s seconds"]',
        "Review this {lang} translation for tone and length: \"{ui}\" -> (translation attached) {n} chars",
    ),
    "lms": (
        "Student question from week {n}: {x}",
        "Generate 5 multiple-choice questions on this topic for week {n}: {x}",
        "Give feedback on this student answer (do not give the solution): {x}",
    ),
}  # fmt: skip

SLOTS = {
    "thing": ("blender", "lamp", "phone case", "kettle", "headphones", "mirror", "printer", "chair"),
    "topic": (
        "the new tram line", "school budget cuts", "a heatwave warning", "local elections", "a bridge closure",
        "hospital waiting times", "a data breach at a retailer", "the port strike", "housing prices",
    ),
    "tk": ("NVTA", "KRLX", "MOPH", "QSTR", "BLNK", "DRVX", "HALO", "PNTR", "ZEFR", "OMNI"),
    "npc": ("Old Marra the smith", "Captain Ives", "the ferryman Tobin", "Sister Agathe", "Kett, a smuggler"),
    "lang": ("de-DE", "fr-FR", "ja-JP", "pt-BR", "es-MX", "ko-KR", "it-IT", "pl-PL", "tr-TR", "zh-TW"),
    "ui": (
        "Your session has expired. Please sign in again.", "Save changes?", "Level complete!",
        "Not enough gold.", "Download the latest version to continue.", "Invite friends and earn rewards",
    ),
}  # fmt: skip

FILLER = (
    "Revenue grew year over year, driven by volume; management noted pricing headwinds in the second half "
    "and reiterated its margin target, while flagging inventory normalisation at distributors."
)

CLIENTS = {
    "browser": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    ),
    "app": (
        "OspreyChat/5.{m}.1 (iPhone; iOS 17.{m}; Scale/3.00)", "OspreyChat/5.{m}.0 (Android 14; SM-A{v}5F)",
        "OspreyChat/5.{m}.2 (Android 13; Redmi Note 12)", "OspreyChat/5.{m}.0 (iPad; iPadOS 17.{m})",
    ),
    "cli": ("osprey-cli/2.{m}.0 node/20.11.1 ({os})", "osprey-code/0.{v}.{m} ({os}; term)"),
    "sdk": (
        "osprey-python/1.{v}.{m}", "osprey-node/4.{m}.1", "python-requests/2.31.0", "osprey-go/0.{m}.2",
        "httpx/0.27.{m} osprey-python/1.{v}.0",
    ),
    "troupe": ("troupe/0.9.{m} osprey-python/1.{v}.0", "troupe-js/0.4.{m} osprey-node/4.{m}.0"),
    "lms": ("lti-assistant/2.{m} (+campus-lms) osprey-python/1.{v}.0",),
    "site": ("compare-proxy/1.{m} osprey-node/4.{m}.0", "side-by-side/0.{v}.{m} python-requests/2.31.0"),
}  # fmt: skip
