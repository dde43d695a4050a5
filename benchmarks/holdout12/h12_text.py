"""Text for hold-out 12: public corpora items (banks) and the request frames written for this world.

A campaign and its legitimate twin share frames, system prompts and client strings; what differs
between them is how items are drawn (see ``traffic.py``), never the vocabulary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

MAX_ITEM_CHARS = 3000


@dataclass(frozen=True)
class Bank:
    """One pool of prompt items with optional reference answers and declared tool counts."""

    name: str
    items: tuple[str, ...]
    answers: tuple[str | None, ...]
    tools: tuple[int, ...]


class CorporaError(ValueError):
    """The corpora folder is missing a file or holds an unreadable record."""


def _jsonl(path: Path) -> list[dict[str, object]]:
    if not path.is_file():
        raise CorporaError(f"corpus file not found: {path}")
    rows: list[dict[str, object]] = []
    # Split on '\n' only: Arena-Hard prompts contain U+2028, which splitlines() would break on.
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise CorporaError(f"unreadable record in {path}: {exc.msg}") from exc
    return rows


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ITEM_CHARS else text[:MAX_ITEM_CHARS]


def _first_user(turns: object) -> str:
    if isinstance(turns, list):
        for turn in turns:
            for msg in turn if isinstance(turn, list) else [turn]:
                if isinstance(msg, dict) and msg.get("role") == "user":
                    return str(msg.get("content", ""))
    return ""


def load_banks(root: Path) -> dict[str, Bank]:
    """Read the public corpora into named banks (maths, hard chat, coding, writing, tasks, tools)."""
    gsm = _jsonl(root / "gsm8k" / "train.jsonl") + _jsonl(root / "gsm8k" / "test.jsonl")
    a1 = _jsonl(root / "arena-hard-v0.1" / "question.jsonl")
    a2 = _jsonl(root / "arena-hard-v2.0" / "question.jsonl")
    mtb = _jsonl(root / "mt-bench" / "question.jsonl")
    si = _jsonl(root / "self-instruct-seed" / "seed_tasks.jsonl")
    bl = _jsonl(root / "bfcl-v4" / "BFCL_v4_live_multiple.json")
    bm = _jsonl(root / "bfcl-v4" / "BFCL_v4_multi_turn_base.json")

    def bank(name: str, pairs: list[tuple[str, str | None, int]]) -> Bank:
        pairs = [(_clip(p), a, t) for p, a, t in pairs if p.strip()]
        if not pairs:
            raise CorporaError(f"corpus bank {name} is empty")
        return Bank(
            name,
            tuple(p for p, _, _ in pairs),
            tuple(a for _, a, _ in pairs),
            tuple(t for _, _, t in pairs),
        )

    math = [(str(r["question"]), str(r["answer"]), 0) for r in gsm]
    code = [(str(r["prompt"]), None, 0) for r in a2 if r.get("subcategory") == "coding"]
    code += [(str(r["prompt"]), None, 0) for r in a1]
    writing = [
        (str(r["prompt"]), None, 0) for r in a2 if r.get("subcategory") == "creative_writing"
    ]
    hard = [(str(r["prompt"]), None, 0) for r in a2 if r.get("subcategory") == "math"]
    for r in mtb:
        turns = r.get("turns")
        if isinstance(turns, list):
            ref = r.get("reference")
            answer = str(ref[0]) if isinstance(ref, list) and ref else None
            hard.append((str(turns[0]), answer, 0))
            writing.append((str(turns[-1]), None, 0))
    tasks: list[tuple[str, str | None, int]] = []
    for r in si:
        instances = r.get("instances")
        inst = instances[0] if isinstance(instances, list) and instances else {}
        inp = str(inst.get("input", "")) if isinstance(inst, dict) else ""
        out = str(inst.get("output", "")) if isinstance(inst, dict) else None
        text = str(r["instruction"]) + (f"\n\n{inp}" if inp else "")
        tasks.append((text, out, 0))
    tools = [(_first_user(r.get("question")), None, len(r.get("function") or [])) for r in bl]  # type: ignore[arg-type]
    tools += [
        (_first_user(r.get("question")), None, 6 + len(r.get("involved_classes") or [])) for r in bm
    ]  # type: ignore[arg-type]
    return {
        "math": bank("math", math),
        "code": bank("code", code),
        "writing": bank("writing", writing),
        "hard": bank("hard", hard),
        "tasks": bank("tasks", tasks),
        "tools": bank("tools", tools),
        "chat": bank("chat", [(s, None, 0) for s in everyday_lines()]),
        "image": bank("image", [(s, None, 0) for s in image_subjects()]),
        "digest": bank("digest", [(s, None, 0) for s in digest_items()]),
    }


# ---- text written for this world -------------------------------------------------------------

_CHAT_STEMS = (
    "can you help me write a short message to my {who} saying {what}",
    "what should I cook tonight if I only have {food}",
    "how do I get {stain} out of a cotton shirt",
    "explain {topic} like I'm fifteen",
    "is it normal for {pet} to {habit}",
    "give me three ideas for a {event} on a small budget",
    "rewrite this so it sounds less angry: i told you {what} and you ignored it",
    "what's a polite way to tell my {who} that {what}",
    "plan a two day trip to {city} for someone who hates museums",
    "my {thing} makes a clicking noise when I start it, what could it be",
    "summarise the main arguments for and against {topic}",
    "translate 'where is the nearest pharmacy' into {lang}",
    "how many minutes should I boil {food} for",
    "help me reply to a landlord who says {what}",
    "what are good stretches after {sport}",
    "write a birthday note for my {who} who loves {hobby}",
)
_SLOTS = {
    "who": ("boss", "sister", "neighbour", "landlord", "coach", "flatmate", "teacher", "grandad"),
    "what": (
        "I can't make it on friday",
        "the rent will be late by two days",
        "the project slipped a week",
        "I'd like to switch shifts",
        "the party is cancelled",
        "we need to talk about the noise",
    ),
    "food": (
        "rice and eggs",
        "lentils",
        "broccoli and pasta",
        "potatoes",
        "frozen peas and tofu",
        "chickpeas",
    ),
    "stain": ("red wine", "coffee", "grass", "ink", "olive oil"),
    "topic": (
        "inflation",
        "how vaccines train the immune system",
        "compound interest",
        "why the sky is blue",
        "remote work",
        "nuclear power",
        "plate tectonics",
        "rent control",
    ),
    "pet": ("my cat", "a puppy", "my rabbit", "an older dog"),
    "habit": ("sleep 18 hours a day", "eat grass", "chew cables", "hide under the bed"),
    "event": ("birthday party", "team offsite", "anniversary dinner", "kids' sleepover"),
    "city": ("Lisbon", "Osaka", "Krakow", "Montreal", "Nairobi", "Valencia", "Hanoi"),
    "thing": ("car", "dishwasher", "bike", "washing machine"),
    "lang": ("Portuguese", "Japanese", "Polish", "Turkish", "Hindi", "Spanish"),
    "sport": ("running", "climbing", "football", "a long bike ride"),
    "hobby": ("gardening", "old films", "chess", "baking", "hiking"),
}


def everyday_lines() -> list[str]:
    """Every filled combination of the everyday stems (a few thousand distinct lines)."""
    out: list[str] = []
    for stem in _CHAT_STEMS:
        keys = [k for k in _SLOTS if "{" + k + "}" in stem]
        combos: list[dict[str, str]] = [{}]
        for k in keys:
            combos = [dict(c, **{k: v}) for c in combos for v in _SLOTS[k]]
        out.extend(stem.format(**c) for c in combos)
    return out


_SUBJECTS = (
    "a street market",
    "a kitchen counter",
    "a hiking trail",
    "a product on a white background",
    "a page of handwritten notes",
    "a crowded train platform",
    "a bar chart",
    "a living room",
    "a receipt",
    "a dog on a beach",
    "a construction site",
    "a plate of food",
    "a shop window",
    "a whiteboard after a meeting",
    "a garden in spring",
    "a city skyline at night",
)
_DETAILS = (
    "taken on a phone",
    "slightly blurred",
    "in low light",
    "from above",
    "close up",
    "with text in it",
)


def image_subjects() -> list[str]:
    """Short notes users attach to an uploaded picture (what they say it is)."""
    return [f"{s}, {d}" for s in _SUBJECTS for d in _DETAILS]


_FEEDS = ("weather", "calendar", "inbox", "commits", "prices", "headlines", "sensor", "tickets")


def digest_items() -> list[str]:
    """Feed snippets a scheduled script pastes into its wrapper (fresh numbers every run)."""
    out = []
    for f in _FEEDS:
        for i in range(60):
            out.append(
                f"{f} #{i}: {(i * 37) % 97} new, {(i * 11) % 23} changed, {(i * 7) % 13} flagged"
            )
    return out


# Frames: '{x}' is the item; every frame pool is shared by a campaign and its twin.
FRAMES: dict[str, tuple[str, ...]] = {
    "plain": (
        "{x}",
        "{x}",
        "{x}",
        "{x}\n\nThanks!",
        "quick question: {x}",
        "{x}\n\nkeep it short please",
    ),
    "explain": (
        "{x}\n\nWalk me through it.",
        "{x}\n\nPlease explain how you got there.",
        "Help me understand this one:\n{x}",
        "{x}\n\nI want to check my own answer, so go step by step.",
        "{x}",
    ),
    "caption": (
        "Describe this picture. Context from the user: {x}",
        "Write alt text for this image ({x}). Under 40 words.",
        "List every object you can see in the image and where it is. Note: {x}",
        "What is written in this image, if anything? It shows {x}.",
        "Give a detailed caption for this photo of {x}, then three tags.",
        "Return JSON with keys caption, objects, colours for this image: {x}",
    ),
    "vqa": (
        "How many people are in this image?",
        "What colour is the largest object?",
        "Is anything in the picture unsafe? Explain.",
        "What time of day was this probably taken, and why?",
        "Describe the background in detail.",
        "What would you change to make this photo better?",
        "Read any text in the image exactly as written.",
        "Which object is closest to the camera?",
    ),
    "extension": (
        'Selected text:\n"""\n{x}\n"""\nExplain this.',
        'Selected text:\n"""\n{x}\n"""\nSummarise in three bullets.',
        'Selected text:\n"""\n{x}\n"""\nAnswer the question in it.',
        'Selected text:\n"""\n{x}\n"""\nRewrite more clearly.',
    ),
    "study": (
        "Study item: {x}\n\nWork through it and explain each step.",
        "Participant item: {x}",
        "Item: {x}\nGive your final answer on the last line.",
        "{x}\n\nAnswer fully; this response will be recorded for the study.",
    ),
    "practice": (
        "Today's practice item:\n{x}\n\nWork it through and explain each step.",
        "Practice: {x}",
        "Scheduled review item:\n{x}\nShow the solution, then a one-line tip.",
    ),
    "digest": (
        "Turn these into my morning briefing, five bullets max:\n{x}",
        "Hourly check. Anything I need to act on?\n{x}",
        "Summarise for the team channel:\n{x}",
    ),
    "work": (
        "{x}",
        "Context: internal engineering question.\n{x}",
        "{x}\n\nPlease be thorough, this goes in our design doc.",
        "For a client deliverable: {x}",
        "{x}\n\nInclude code where it helps.",
    ),
    "batch": (
        "Extract the key facts as JSON (fields: subject, action, amount):\n{x}",
        "Classify the following into one of [question, complaint, request, other]:\n{x}",
        "Summarise in two sentences:\n{x}",
    ),
    "bench": ("{x}", "Question: {x}\nAnswer:", "{x}\nLet's solve this carefully."),
}

SYSTEM_PROMPTS: dict[str, tuple[str, ...]] = {
    "vision_api": (
        "You describe images for accessibility. Be literal, concise and never guess identities.",
        "You are a product catalogue assistant. Describe items factually for listings.",
        "You are an image understanding service. Answer about the image only.",
    ),
    "extension": (
        "You are TabPilot, a helpful assistant inside the user's browser. Be brief and cite the page.",
    ),
    "study": (
        "You are taking part in the Inter-University Reasoning Benchmark (IURB). Answer every item completely.",
        "Research session for the Multi-Site LLM Evaluation Study. Respond as you normally would.",
    ),
    "practice": (
        "You are a patient study coach. Explain steps clearly for a learner.",
        "You generate and explain practice problems for spaced review.",
    ),
    "digest": ("You are my personal assistant. Be terse.", "You write short status digests."),
    "tenant": (
        "You are Atlas, the internal AI assistant of {org}. Follow company policy. Do not share secrets.",
        "You are the {org} engineering copilot. Prefer internal conventions.",
    ),
    "app": (
        "You are the assistant inside a recipe app. Only discuss cooking.",
        "You are a support assistant for a budgeting app. Be accurate and friendly.",
        "You are a language-learning tutor in an app. Correct gently.",
    ),
    "bot": (
        "You are Pip, the friendly bot of this community server. Keep answers under 120 words.",
    ),
    "batch": ("Return only valid JSON.", "You are a precise document processor."),
    "agent": ("You are a coding agent. Use the tools provided. Think before acting.",),
}

USER_AGENTS: dict[str, tuple[str, ...]] = {
    "browser": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
    ),
    "app": (
        "FennelApp/4.12.0 (iOS 18.1; iPhone15,3)",
        "FennelApp/4.12.1 (Android 15; Pixel 8)",
        "FennelApp/4.11.3 (Android 14; SM-A546B)",
        "FennelApp/4.12.0 (iOS 17.6; iPhone13,2)",
    ),
    "cli": (
        "fennel-cli/1.8.2 (darwin arm64)",
        "fennel-cli/1.8.2 (linux x86_64)",
        "fennel-cli/1.7.9 (win32 x64)",
    ),
    "sdk": (
        "fennel-python/2.3.1",
        "fennel-python/2.2.0",
        "fennel-node/1.14.0",
        "python-httpx/0.28.1",
        "fennel-go/0.9.4",
        "OpenAI/Python 1.57.0",
        "python-requests/2.32.3",
    ),
    "vision": (
        "fennel-python/2.3.1",
        "fennel-node/1.14.0",
        "python-httpx/0.28.1",
        "imgtag-worker/0.6 fennel-python/2.3.1",
    ),
    # 3.8.1 auto-updates to 3.8.2 on day 8 for every user (the update that carried the hijack)
    "extension": (
        "TabPilot/3.8.1 (Chrome extension)",
        "TabPilot/3.8.1 (Edge extension)",
        "TabPilot/3.7.9 (Firefox add-on)",
    ),
    "cron": (
        "python-requests/2.32.3",
        "curl/8.5.0",
        "n8n/1.70 (fennel node)",
        "home-assistant-fennel/0.4",
    ),
    "gateway": ("relaygate/2.1 (+reseller)", "relaygate/2.2 (+reseller)"),
    "batch": ("airflow-fennel-operator/1.3", "fennel-batch/0.7 python/3.12"),
    "agent": ("fennel-cli/1.8.2 (linux x86_64) agent", "codepilot-runner/3.2 (github-actions)"),
    "eval": ("lm-eval-harness/0.4.5 fennel-python/2.3.1", "inspect-ai/0.3.50"),
    "bot": ("discord.py/2.4 fennel-node/1.14.0", "telegraf/4.16 fennel-node/1.14.0"),
}

_REPLY_OPENERS = (
    "Sure.",
    "Here is what I found.",
    "Good question.",
    "Short answer first:",
    "Let's take it in order.",
    "Here's a version you can use.",
    "A few points.",
)
_REPLY_SENTENCES = (
    "The first thing to check is the assumption behind the question.",
    "In most cases the simplest explanation holds, but there are exceptions worth knowing.",
    "You can break the problem into smaller parts and handle each separately.",
    "The numbers add up once you account for the missing term.",
    "This approach works for small inputs; for larger ones consider caching.",
    "If that does not fit, the alternative below trades speed for clarity.",
    "Keep in mind that the details depend on your local rules.",
    "The result follows directly from the definition.",
    "Most people find the second option easier to maintain.",
    "A quick test with a small example confirms the behaviour.",
    "The image shows the main subject in the centre with soft light from the left.",
    "There are several smaller objects near the edge of the frame.",
)


def reply_text(seed: int, n_sentences: int, topic: str) -> str:
    """A plausible reply of roughly n sentences about topic, chosen deterministically from seed."""
    head = " ".join(topic.split()[:9])
    parts = [_REPLY_OPENERS[seed % len(_REPLY_OPENERS)], f'On "{head}":']
    for k in range(n_sentences):
        parts.append(_REPLY_SENTENCES[(seed // 7 + k * 5) % len(_REPLY_SENTENCES)])
    return " ".join(parts)


def vary_answer(seed: int, answer: str) -> str:
    """A reference answer as a sampled reply: the same question seldom gets byte-identical text twice."""
    opener = _REPLY_OPENERS[seed % len(_REPLY_OPENERS)]
    tail = _REPLY_SENTENCES[(seed // 7) % len(_REPLY_SENTENCES)]
    return f"{opener} {answer}" + (f" {tail}" if (seed // 97) % 3 else "")
