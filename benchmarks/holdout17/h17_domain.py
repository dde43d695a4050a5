"""Domain text that a campaign and its twin share: translation, summaries, code and question banks.

Each generator is used by both sides of a pair; the pair differs in which items it picks and how
it repeats them, never in the frame around them.
"""

from __future__ import annotations

import itertools

import numpy as np
from h17_text import LANGUAGES, Corpora

TRANSLATOR = (
    "You are a professional translator. Preserve placeholders like {name} and any markup. Output only the translation.",
    "Translate faithfully. Keep numbers, product names and code unchanged. No commentary.",
    "You are a localisation assistant. Match the register of the source. Return only the translated text.",
)
UI = (
    "Click {x} to {v} your {o}.",
    "Your {o} was {p}.",
    "Are you sure you want to {v} this {o}?",
    "{X} failed. Please try again later.",
    "You have {n} new {o}s.",
    "Enter the {o} you received by email.",
    "Upgrade to {X} to {v} more {o}s.",
    "We couldn't {v} your {o}. Check your connection.",
)
UI_SLOTS = {
    "x": ("Save", "Continue", "Share", "Export", "Sync now", "Confirm"),
    "X": ("Pro", "Checkout", "Sign-in", "Upload", "Backup", "Payment"),
    "v": ("save", "delete", "share", "restore", "verify", "download", "rename"),
    "o": ("file", "order", "invoice", "playlist", "workspace", "code", "photo", "message"),
    "p": ("shipped", "archived", "renewed", "updated", "cancelled"),
    "n": ("2", "3", "{count}", "5", "12"),
}
SUMMARY_STYLES = (
    "Write an abstract of the document below",
    "Summarise the document below in ten bullet points",
    "Give a one-paragraph TL;DR of the document below",
    "List the key findings of the document below",
    "Write five question-answer pairs covering the document below",
    "Outline the document below section by section",
    "Explain the document below to a non-expert",
)
DOC_KINDS = (
    "annual report",
    "court opinion",
    "clinical trial protocol",
    "research paper",
    "patent application",
    "earnings call transcript",
    "standards document",
    "parliamentary debate",
    "technical manual",
    "master services agreement",
    "board meeting minutes",
    "privacy policy",
    "loan agreement",
)
DOC_SUBJECTS = (
    "battery recycling",
    "maritime insurance",
    "pediatric asthma",
    "cloud outages",
    "wheat futures",
    "urban heat islands",
    "semiconductor export rules",
    "open-source licensing",
    "rail freight",
    "antibiotic resistance",
    "wind farm permits",
    "consumer credit",
    "satellite spectrum",
    "fisheries quotas",
)
CODE_LANGS = {
    "python": ("def {f}({a}, {b}):", '    """{doc}"""', "    {a2} = {a}.get('{k}')"),
    "typescript": (
        "export function {f}({a}: {T}, {b}: number) {{",
        "  // {doc}",
        "  const {a2} = {a}.{k};",
    ),
    "go": ("func {f}({a} *{T}, {b} int) error {{", "\t// {doc}", "\t{a2} := {a}.{K}"),
    "rust": (
        "pub fn {f}({a}: &{T}, {b}: usize) -> Result<(), Error> {{",
        "    // {doc}",
        "    let {a2} = {a}.{k};",
    ),
    "java": (
        "public void {f}({T} {a}, int {b}) {{",
        "    // {doc}",
        "    var {a2} = {a}.get{K}();",
    ),
}
VERBS = (
    "parse",
    "validate",
    "merge",
    "retry",
    "cache",
    "serialize",
    "paginate",
    "throttle",
    "normalize",
    "index",
)
NOUNS = (
    "invoice",
    "session",
    "user",
    "order",
    "token",
    "config",
    "event",
    "payload",
    "record",
    "batch",
)
LIBS = (
    "requests",
    "pandas",
    "sqlalchemy",
    "express",
    "react",
    "tokio",
    "serde",
    "spring",
    "gin",
    "numpy",
    "fastapi",
    "prisma",
    "kafka",
    "redis",
    "grpc",
)
FIM = "You are a code completion engine. Complete the code at <CURSOR>. Output only code."
QTYPES = (
    "multiple-choice questions",
    "short-answer questions",
    "worked examples",
    "practice problems",
    "instruction-response pairs",
    "discussion prompts",
)
FIELDS = (
    "question, answer, explanation",
    "instruction, response",
    "input, output",
    "question, options, answer",
)
AUDIENCES = (
    "grade 7 students",
    "first-year undergraduates",
    "beginners",
    "experts",
    "nursing students",
    "professionals preparing for certification",
)


def pick(rng: np.random.Generator, items: tuple[str, ...] | list[str]) -> str:
    """One item, uniformly."""
    return items[int(rng.integers(len(items)))]


def translate(src: str, tgt: str, text: str) -> str:
    """The translation frame both sides of the pair use."""
    return f"Translate the following text from {src} to {tgt}:\n\n{text}"


def ui_string(rng: np.random.Generator) -> str:
    """A product's interface string."""
    values = {k: pick(rng, v) for k, v in UI_SLOTS.items()}
    return pick(rng, UI).format(**values)


def targets(rng: np.random.Generator, src: str, n: int) -> list[str]:
    """`n` target languages other than `src`."""
    others = [lang for lang in LANGUAGES if lang != src]
    return [
        others[int(i)] for i in rng.choice(len(others), size=min(n, len(others)), replace=False)
    ]


def document(corpora: Corpora, title: str, doc_id: int) -> tuple[str, int]:
    """A long document as logged (title and opening; logs keep 1,500 characters) and its tokens."""
    local = np.random.default_rng(doc_id)
    body = corpora.reply(local, 540)[:1500]
    return f"{title}\n\n{body}", int(local.lognormal(9.6, 0.7))


def doc_title(rng: np.random.Generator) -> str:
    """A document's title: a kind about a subject, with a year."""
    return f"{pick(rng, DOC_KINDS).capitalize()} on {pick(rng, DOC_SUBJECTS)} ({int(rng.integers(2015, 2028))})"


def code_context(rng: np.random.Generator, lang: str, f: str, doc: str, lines: int) -> str:
    """A file around the cursor: imports, the function's first lines, the cursor, the rest."""
    sig, comment, body = CODE_LANGS[lang]
    values = {
        "f": f,
        "a": pick(rng, NOUNS),
        "b": "limit",
        "T": pick(rng, NOUNS).capitalize(),
        "doc": doc,
        "a2": pick(rng, NOUNS) + "_value",
        "k": pick(rng, NOUNS),
        "K": pick(rng, NOUNS).capitalize(),
    }
    head = [f"import {pick(rng, LIBS)}", "", sig.format(**values), comment.format(**values)]
    for _ in range(lines):
        values.update(
            a2=pick(rng, NOUNS) + "_value", k=pick(rng, NOUNS), K=pick(rng, NOUNS).capitalize()
        )
        head.append(body.format(**values))
    return "\n".join([*head, "<CURSOR>", "}" if lang != "python" else ""])


QUALIFIERS = (
    "",
    " with retries",
    " in place",
    " as a stream",
    " for a list of them",
    " asynchronously",
    " with validation",
)
CODE_SPACE = tuple(itertools.product(CODE_LANGS, VERBS, NOUNS, LIBS, QUALIFIERS))


def _task(lang: str, verb: str, noun: str, lib: str, qualifier: str) -> tuple[str, str, str]:
    return lang, f"{verb}_{noun}", f"{verb.capitalize()} the {noun} using {lib}{qualifier}."


def code_task(rng: np.random.Generator) -> tuple[str, str, str]:
    """A function someone is writing: language, name and what it does."""
    return _task(*CODE_SPACE[int(rng.integers(len(CODE_SPACE)))])


def code_tasks(rng: np.random.Generator) -> list[tuple[str, str, str]]:
    """Every function of the language x verb x noun x library x qualifier space, shuffled."""
    return [_task(*CODE_SPACE[int(i)]) for i in rng.permutation(len(CODE_SPACE))]


def bank_request(n: int, qtype: str, topic: str, audience: str, fields: str) -> str:
    """The question-bank / dataset frame both sides of the last pair use."""
    return f"Write {n} {qtype} about {topic} for {audience}. Return JSON lines with the fields {fields}."
