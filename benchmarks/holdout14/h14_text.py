"""Text for hold-out 14: public corpora in five banks, and the lines written for this world.

Prompt items come from /work/shared/corpora (Arena-Hard v2.0 / v0.1 and MT-Bench, Apache-2.0;
GSM8K, MIT; BFCL v4, Apache-2.0; self-instruct seed tasks, Apache-2.0). Frames, everyday lines,
follow-ups, documents, notices, subtitle lines, system prompts and client strings below were
written for this hold-out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Item:
    """One corpus prompt: its text, a follow-up of its own (or ""), a reference answer (or ""),
    and how many tools it declares."""

    text: str
    follow: str
    answer: str
    tools: int


class CorporaError(Exception):
    """The corpora folder is missing or unreadable."""


def _jsonl(path: Path) -> list[dict]:
    # Split on "\n" only: some Arena-Hard prompts hold U+2028, which splitlines() would cut.
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CorporaError(f"cannot read {path} ({exc.strerror})") from None
    try:
        return [json.loads(line) for line in raw.split("\n") if line.strip()]
    except json.JSONDecodeError:
        raise CorporaError(f"{path} is not JSON Lines") from None


def load_banks(root: Path) -> dict[str, list[Item]]:
    """The five banks (code, math, writing, general, tools), in file order."""
    banks: dict[str, list[Item]] = {k: [] for k in ("code", "math", "writing", "general", "tools")}
    for row in _jsonl(root / "arena-hard-v2.0" / "question.jsonl"):
        sub = row.get("subcategory", "")
        bank = {"coding": "code", "math": "math", "creative_writing": "writing"}.get(sub, "general")
        banks[bank].append(Item(row["prompt"], "", "", 0))
    for row in _jsonl(root / "arena-hard-v0.1" / "question.jsonl"):
        banks["code"].append(Item(row["prompt"], "", "", 0))
    for row in _jsonl(root / "mt-bench" / "question.jsonl"):
        turns = row.get("turns") or [""]
        cat = row.get("category", "")
        bank = {"coding": "code", "math": "math", "reasoning": "math", "writing": "writing"}
        banks[bank.get(cat, "writing" if cat == "roleplay" else "general")].append(
            Item(turns[0], turns[1] if len(turns) > 1 else "", "", 0)
        )
    for name in ("train.jsonl", "test.jsonl"):
        for row in _jsonl(root / "gsm8k" / name):
            banks["math"].append(Item(row["question"], "", row["answer"], 0))
    for row in _jsonl(root / "self-instruct-seed" / "seed_tasks.jsonl"):
        inst = row.get("instances") or [{}]
        text = row["instruction"]
        if inst[0].get("input"):
            text = f"{text}\n\n{inst[0]['input']}"
        banks["general"].append(Item(text, "", inst[0].get("output", ""), 0))
    for row in _jsonl(root / "bfcl-v4" / "BFCL_v4_live_multiple.json"):
        turns = row.get("question") or [[{"content": ""}]]
        first = turns[0][-1]["content"] if turns[0] else ""
        banks["tools"].append(Item(first, "", "", len(row.get("function") or [])))
    for row in _jsonl(root / "bfcl-v4" / "BFCL_v4_multi_turn_base.json"):
        turns = [t[-1]["content"] for t in row.get("question") or [] if t]
        if turns:
            n_tools = 6 + len(row.get("involved_classes") or []) * 9
            banks["tools"].append(Item(turns[0], turns[1] if len(turns) > 1 else "", "", n_tools))
    for key, items in banks.items():
        if not items:
            raise CorporaError(f"the corpora gave no items for the {key} bank")
    return banks


# How people wrap a corpus item. Every class draws from every list; what differs is the weights.
FRAMES: dict[str, tuple[str, ...]] = {
    "plain": ("{q}",),
    "casual": ("{q}", "hey, {q}", "quick question: {q}", "{q} thanks!", "can you help? {q}"),
    "reason": (
        "{q}\n\nExplain your reasoning step by step.",
        "{q}\nWalk me through how you get there.",
        "{q}\n\nPlease show every step and say why it holds.",
        "Think it through carefully before answering.\n{q}",
    ),
    "full": (
        "{q}\n\nGive a complete answer: the solution, a short explanation and one worked example.",
        "{q}\nAnswer fully, then list the assumptions you made.",
        "{q}\n\nI need the full solution with commentary.",
    ),
    "eval": (
        "[case {n}] {q}",
        "Question {n}:\n{q}",
        "### Task\n{q}\n### Response",
    ),
    "json": (
        '{q}\n\nReturn JSON: {{"answer": ..., "rationale": ...}}',
        '{q}\nRespond as JSON with keys "steps" and "final".',
    ),
}

FOLLOWUPS = (
    "can you make it shorter?",
    "why does that work?",
    "ok, and what if the numbers were doubled?",
    "thanks. could you add comments?",
    "I don't get the second step",
    "write it in a more formal tone",
    "give me another example",
    "are you sure? check it again",
    "now in Spanish please",
    "what are the edge cases?",
    "can you turn that into a table",
    "perfect, one more like this",
)

# Everyday lines in the languages the consumer countries speak (written for this world).
EVERYDAY: dict[str, tuple[str, ...]] = {
    "en": (
        "what should I cook with chickpeas and spinach tonight",
        "rewrite this text to my landlord so it sounds polite: the heating is broken again",
        "give me a 3 day itinerary for Lisbon on a budget",
        "how do I get red wine out of a carpet",
        "summarise the plot of Middlemarch in five lines",
        "is it normal for a cat to sleep 16 hours a day",
        "help me write a birthday message for my sister who just moved abroad",
        "what's the difference between a Roth IRA and a traditional one",
        "explain what a p-value is like I'm 12",
        "suggest names for a small bakery",
        "my excel formula returns #N/A when the lookup value exists, why",
        "draft a cover letter for a junior data analyst role",
    ),
    "es": (
        "qué puedo regalarle a mi madre por su cumpleaños",
        "ayúdame a escribir un correo para pedir un día libre",
        "explícame la diferencia entre ser y estar con ejemplos",
        "receta de lentejas rápida",
    ),
    "pt": (
        "como faço para tirar mancha de café da camisa",
        "me ajuda a escrever uma mensagem de agradecimento para minha professora",
        "resumo do livro Dom Casmurro",
    ),
    "de": (
        "wie kündige ich meinen Handyvertrag, schreib mir ein Schreiben",
        "was kann ich am Wochenende in Leipzig unternehmen",
        "erkläre mir Zinseszins mit einem Beispiel",
    ),
    "fr": (
        "aide-moi à écrire une lettre de motivation pour un stage",
        "quelle est la différence entre un crédit fixe et variable",
        "idées de repas pour la semaine, végétarien",
    ),
    "id": (
        "tolong buatkan caption instagram untuk toko kue saya",
        "bagaimana cara mengurus perpanjangan SIM",
        "resep nasi goreng yang enak",
    ),
    "hi": (
        "mujhe ek chhoti si speech likh do school function ke liye",
        "ghar pe paneer kaise banate hain",
    ),
    "ja": (
        "週末に東京で子供と行ける場所を教えて",
        "上司へのお礼メールを書いてください",
    ),
}

# Product and trade content written for this world.
SUBTITLE_LINES = (
    "I told you we should have left before the storm.",
    "Nobody leaves this room until we know who took it.",
    "You never answered my letter.",
    "Grandma used to say the river remembers everything.",
    "Keep the engine running, I'll be two minutes.",
    "That's not how I remember it.",
    "Are you coming to the wedding or not?",
    "The last train leaves at midnight.",
    "We're out of time. Decide.",
    "I'm sorry. I should have called.",
)
SUBTITLE_LANGS = (
    "Spanish (Latin America)",
    "Brazilian Portuguese",
    "German",
    "French",
    "Italian",
    "Polish",
    "Turkish",
    "Japanese",
    "Korean",
    "Arabic",
)

NOTICE_LINES = (
    "The council offices will be closed on the public holiday; emergency services remain available.",
    "Applications for the school transport grant must be received by the end of the month.",
    "Residents are reminded that bulky waste collection must be booked in advance.",
    "From next Monday, parking permits can be renewed online or at the library.",
    "The water supply in the northern district will be interrupted for maintenance on Tuesday.",
    "Free flu vaccinations are available at the health centre for residents over 65.",
    "Please bring proof of address and identity to your appointment.",
    "Public consultation on the new cycle lanes closes in three weeks.",
)
NOTICE_LANGS = (
    "Polish",
    "Arabic",
    "Romanian",
    "Ukrainian",
    "Somali",
    "Urdu",
    "Portuguese",
    "Tigrinya",
    "Vietnamese",
    "Spanish",
)

DISCOVERY_TOPICS = (
    "pricing discussions with distributors",
    "the 2025 plant closure",
    "supplier rebates",
    "the merger due diligence",
    "safety incident reports",
    "non-compete agreements",
    "the product recall timeline",
)
DISCOVERY_NAMES = (
    "Dana Whitfield",
    "R. Okafor",
    "Mei Tanaka",
    "Luis Ortega",
    "P. Brandt",
    "Sasha Ivers",
    "Tom Keane",
    "Ingrid Holm",
)
DISCOVERY_SUBJECTS = (
    "Re: Q3 numbers",
    "FW: distributor call notes",
    "draft - do not forward",
    "plant visit next week",
    "Re: Re: rebate schedule",
    "lunch?",
    "updated timeline attached",
    "Board pack v4",
)

TUTOR_GRADES = ("grade 4", "grade 5", "grade 6", "grade 7", "grade 8")


@dataclass(frozen=True)
class Client:
    """A client string and the surface it belongs to."""

    ua: str
    surface: str


BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.{m} Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
)
APPS = (
    "HeronApp/4.{m}.{p} (iPhone; iOS 18.{p}; Scale/3.00)",
    "HeronApp/4.{m}.{p} (Android 15; {phone})",
    "HeronApp/4.{m}.{p} (Android 14; {phone})",
)
PHONES = ("SM-S921B", "Pixel 8", "SM-A546E", "Redmi Note 13", "moto g84", "CPH2581", "V2303")
SDKS = (
    "heron-python/2.{m}.{p}",
    "heron-node/2.{m}.{p}",
    "python-httpx/0.28.{p}",
    "heron-go/1.{m}.{p}",
    "curl/8.{m}.{p}",
)
CLIS = ("heron-cli/1.{m}.{p} (darwin-arm64)", "heron-cli/1.{m}.{p} (linux-x64)")
EVAL_CLIENTS = ("benchbay-runner/3.{m}.{p} heron-python/2.{m}.{p}",)
RELAY_CLIENTS = ("skybridge-gateway/5.{m} (+relay)",)
SUBTITLE_CLIENTS = ("SubCue Pro/9.{m} (Windows) heron-python/2.{m}.{p}",)
DISCOVERY_CLIENTS = ("LexSift Review/12.{m} heron-java/1.{m}.{p}",)

SYSTEM_PROMPTS = {
    "eval": (
        "You are being evaluated. Answer the task as well as you can. Do not mention the evaluation.",
        "You are a helpful assistant. Answer concisely and correctly.",
    ),
    "research": (
        "You are a careful assistant taking part in a reasoning benchmark. Give your final "
        "answer on the last line as 'Answer: <value>'.",
    ),
    "subtitle": (
        "You are a subtitle translator. Keep each cue under 42 characters per line, two lines "
        "at most, preserve timing codes and speaker tags exactly.",
    ),
    "discovery": (
        "You are a document review assistant for litigation support. Classify documents for "
        "responsiveness and privilege against the request given. Be terse.",
    ),
    "gov": (
        "You translate public-sector notices into plain language at a reading age of 11. Keep "
        "names, dates and amounts unchanged.",
    ),
    "tutor": (
        "You write worked solutions for a tutoring company's practice books. Use short steps "
        "a child can follow, then a one-line check.",
    ),
    "dev": (
        "You are the assistant inside a notes app. Be brief.",
        "You extract action items from meeting notes and return them as a list.",
        "You are a coding helper for our internal tools. Prefer Python.",
    ),
    "relay": ("You are a helpful assistant.",),
}

GENERIC_ANSWERS = (
    "Here is one way to approach it. First, restate what is being asked; then work through "
    "the parts in order and check the result against the original question.",
    "Short answer: it depends on the constraints you care about most. Below are the main "
    "options with their trade-offs, followed by a recommendation.",
    "Sure. I've kept the structure simple so it is easy to adapt; replace the placeholders "
    "with your own details before sending it.",
    "Let's break this down. The key idea is to separate what is fixed from what can vary, "
    "then handle each case in turn.",
)
