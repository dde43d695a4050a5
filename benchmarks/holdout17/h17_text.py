"""Text of hold-out 17: public corpora items plus lines written for this world.

Every class draws from these same pools (consumers ask Arena-Hard questions too, apps wrap
self-instruct tasks, campaigns and their twins share frames and system prompts); what differs
between classes is which items they pick and how they repeat them, never a wording of their own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

LANGUAGES = (
    "English",
    "Spanish",
    "German",
    "French",
    "Portuguese",
    "Italian",
    "Dutch",
    "Polish",
    "Turkish",
    "Russian",
    "Ukrainian",
    "Arabic",
    "Hebrew",
    "Hindi",
    "Bengali",
    "Indonesian",
    "Vietnamese",
    "Thai",
    "Japanese",
    "Korean",
    "Chinese (Simplified)",
    "Swedish",
    "Greek",
    "Czech",
)
EVERYDAY = (
    "what should I cook tonight with {a} and {b}",
    "help me write a polite email to my {p} about {t}",
    "explain {t} like I'm twelve",
    "is it normal that my {o} makes a noise when {v}",
    "give me a 3 day plan for visiting {c}",
    "rewrite this so it sounds friendlier: {s}",
    "what's the difference between {a} and {b}",
    "how do I fix {o} that won't {v}",
    "summarise the pros and cons of {t}",
    "suggest a gift for my {p} who likes {a}",
    "translate into {l}: {s}",
    "write a short poem about {a} for my {p}",
    "my {p} says {s} - is that true?",
    "make a shopping list for a week of {a} meals",
    "how long should I {v} {a} for",
    "draft a message to cancel my {o} subscription",
)
SLOTS = {
    "a": (
        "lentils",
        "rice",
        "spinach",
        "tofu",
        "chicken",
        "oats",
        "tomatoes",
        "coffee",
        "jazz",
        "hiking",
    ),
    "b": ("chickpeas", "feta", "pasta", "eggs", "mushrooms", "quinoa", "yogurt", "tea", "cycling"),
    "p": ("landlord", "manager", "sister", "teacher", "neighbour", "coach", "dad", "client"),
    "t": (
        "inflation",
        "the rent increase",
        "compound interest",
        "photosynthesis",
        "a late invoice",
        "black holes",
        "my gym membership",
        "the school trip",
        "vaccines",
        "remote work",
    ),
    "o": ("dishwasher", "laptop", "bike", "router", "car", "fridge", "printer", "phone"),
    "v": ("boil", "start", "charge", "connect", "roast", "update", "brake", "sync"),
    "c": ("Lisbon", "Kyoto", "Mexico City", "Prague", "Cape Town", "Hanoi", "Montreal", "Istanbul"),
    "s": (
        "we can't make it on Friday",
        "the package never arrived",
        "thanks for waiting",
        "coffee dehydrates you",
        "the meeting moved to 3pm",
        "I need the report by Monday",
    ),
    "l": ("Spanish", "German", "French", "Japanese", "Portuguese", "Italian"),
}
FOLLOW_UPS = (
    "can you make it shorter?",
    "thanks! and what about the second point?",
    "that's not quite right, {s}",
    "give me an example",
    "ok, now in a table",
    "why?",
    "can you explain the last step again",
    "make it more formal",
    "what if {a} instead",
    "perfect, one more like this",
    "continue",
    "I tried that and it didn't work",
    "does this still hold for {t}?",
)
PERSONAS = (
    "You are a helpful assistant.",
    "You are a concise writing assistant for {org}. Answer in plain text.",
    "You are {org}'s assistant. Be friendly, accurate and brief.",
    "You help {org}'s customers. Do not discuss pricing.",
    "You are an expert tutor. Explain step by step and check the learner's understanding.",
    "You write marketing copy for {org}. Keep the brand voice warm and confident.",
    "You are a careful analyst. Cite the input when you can.",
)
_CALC = re.compile(r"<<[^>]*>>")
ORG_WORDS = (
    "Lumen",
    "Brightpath",
    "Northwind",
    "Okapi",
    "Tandem",
    "Quill",
    "Harbor",
    "Pico",
    "Vela",
    "Kite",
)


@dataclass
class Corpora:
    """Prompt and reply material read once from the public corpora folder."""

    questions: list[str] = field(default_factory=list)
    coding: list[str] = field(default_factory=list)
    creative: list[str] = field(default_factory=list)
    math: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    dialogues: list[list[str]] = field(default_factory=list)
    tool_queries: list[tuple[str, int]] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path) -> Corpora:
        """Read the files SOURCES.md lists; a missing or unreadable file raises OSError/ValueError."""
        c = cls()
        for row in _jsonl(root / "arena-hard-v2.0" / "question.jsonl"):
            pool = {"coding": c.coding, "math": c.math}.get(row.get("subcategory", ""), c.creative)
            pool.append(row["prompt"])
        c.questions = [row["prompt"] for row in _jsonl(root / "arena-hard-v0.1" / "question.jsonl")]
        c.dialogues = [row["turns"] for row in _jsonl(root / "mt-bench" / "question.jsonl")]
        for name in ("train.jsonl", "test.jsonl"):
            for row in _jsonl(root / "gsm8k" / name):
                c.math.append(row["question"])
                c.sentences += [_CALC.sub("", s).strip() for s in row["answer"].split("\n")[:-1]]
        for row in _jsonl(root / "self-instruct-seed" / "seed_tasks.jsonl"):
            inst = row["instances"][0]
            c.tasks.append(f"{row['instruction']}\n{inst['input']}".strip())
            c.sentences += [s.strip() for s in inst["output"].split(". ") if len(s) > 20]
        for row in _jsonl(root / "bfcl-v4" / "BFCL_v4_live_multiple.json"):
            c.tool_queries.append((row["question"][0][-1]["content"], len(row["function"])))
        for row in _jsonl(root / "bfcl-v4" / "BFCL_v4_multi_turn_base.json"):
            c.dialogues.append([turn[-1]["content"] for turn in row["question"] if turn])
        c.sentences = [s for s in c.sentences if len(s) > 15]
        if not (c.questions and c.coding and c.math and c.tasks and c.sentences):
            raise ValueError("a corpus file is empty")
        return c

    def any_question(self, rng: np.random.Generator) -> str:
        """A question as consumers and apps ask them: corpora of every kind."""
        pools = (self.questions, self.coding, self.creative, self.math, self.tasks)
        pool = pools[int(rng.choice(5, p=(0.25, 0.15, 0.2, 0.15, 0.25)))]
        return pool[int(rng.integers(len(pool)))]

    def catalogue(self, rng: np.random.Generator) -> list[str]:
        """Every question of the corpora once, in a per-seed order (what a coverage walk uses)."""
        items = self.questions + self.coding + self.creative + self.math + self.tasks
        return [items[i] for i in rng.permutation(len(items))]

    def reply(self, rng: np.random.Generator, out_tokens: int) -> str:
        """A reply whose length follows its token count (capped, as logs cap stored text)."""
        n = int(min(12, max(1, out_tokens // 45)))
        picks = rng.integers(len(self.sentences), size=n)
        return " ".join(self.sentences[int(i)] for i in picks)


def _jsonl(path: Path) -> list[dict]:
    """Records split on '\\n' only (Arena-Hard text holds U+2028)."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()
    ]


def fill(rng: np.random.Generator, template: str, **fixed: str) -> str:
    """`template` with each {slot} drawn from SLOTS unless given."""
    values = {k: v[int(rng.integers(len(v)))] for k, v in SLOTS.items()}
    values.update(fixed)
    return template.format(**values)


def everyday(rng: np.random.Generator) -> str:
    """A consumer's everyday line."""
    return fill(rng, EVERYDAY[int(rng.integers(len(EVERYDAY)))])


def follow_up(rng: np.random.Generator) -> str:
    """A human reaction to the previous reply."""
    return fill(rng, FOLLOW_UPS[int(rng.integers(len(FOLLOW_UPS)))])


def persona(rng: np.random.Generator, org: str) -> str:
    """A product's system prompt."""
    return PERSONAS[int(rng.integers(len(PERSONAS)))].format(org=org)


def org_name(rng: np.random.Generator) -> str:
    """A company name from two words."""
    a, b = rng.choice(len(ORG_WORDS), size=2, replace=False)
    return f"{ORG_WORDS[int(a)]}{ORG_WORDS[int(b)].lower()}"


def tokens(text: str) -> int:
    """Rough token count of a text (four characters a token)."""
    return max(1, len(text) // 4)
