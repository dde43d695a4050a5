"""Varied assistant answers for the attribution experiment: explanations, bulleted and numbered
lists with bold labels, code with prose, emails and worked answers, in many topics.

Written from our own phrase banks (nothing copied); each answer gets a writer's style drawn at
random (US or UK spelling habits, how often it contracts, serial comma, dash and list-marker
habits), applied through the watermark's own choice points with per-class preferences that
do not depend on any key, so unmarked text has the skewed habits real writing has.
"""

from __future__ import annotations

import random

from consentry.mark.watermark import choice_points

TOPICS = {
    "python": (
        ["function", "list", "dictionary", "loop", "module", "class", "exception", "iterator"],
        ["optimize", "organize", "serialize", "analyze", "summarize", "normalize", "call", "test"],
    ),
    "databases": (
        ["index", "query", "table", "transaction", "schema", "join", "column", "migration"],
        ["optimize", "normalize", "analyze", "partition", "back up", "prioritize", "lock", "scan"],
    ),
    "cooking": (
        ["sauce", "dough", "oven", "recipe", "flavor", "pan", "marinade", "stock"],
        ["season", "stir", "bake", "taste", "prepare", "reduce", "chill", "serve"],
    ),
    "travel": (
        ["itinerary", "flight", "hotel", "neighborhood", "museum", "train pass", "budget", "visa"],
        ["book", "plan", "organize", "compare", "visit", "check", "prioritize", "reserve"],
    ),
    "writing": (
        ["paragraph", "essay", "draft", "outline", "argument", "title", "summary", "tone"],
        ["revise", "summarize", "organize", "emphasize", "shorten", "clarify", "structure", "edit"],
    ),
    "finance": (
        ["budget", "savings account", "loan", "portfolio", "expense", "invoice", "tax return"],
        ["track", "categorize", "minimize", "review", "compare", "plan", "analyze", "reduce"],
    ),
    "health": (
        ["routine", "workout", "diet", "sleep schedule", "habit", "stretch", "meal plan"],
        ["stabilize", "prioritize", "build", "adjust", "track", "maintain", "improve", "start"],
    ),
    "machine learning": (
        ["model", "dataset", "feature", "loss", "tokenizer", "classifier", "embedding", "label"],
        ["train", "tokenize", "normalize", "regularize", "visualize", "evaluate", "label", "tune"],
    ),
    "home": (
        ["garden", "kitchen", "shelf", "paint color", "wall", "closet", "lamp", "rug"],
        ["organize", "clean", "measure", "paint", "arrange", "fix", "decorate", "label"],
    ),
    "careers": (
        ["resume", "interview", "cover letter", "portfolio", "offer", "manager", "skill"],
        ["prepare", "customize", "emphasize", "practice", "negotiate", "summarize", "ask", "plan"],
    ),
}
ADJ = [
    "simple", "common", "useful", "reliable", "clear", "careful", "small", "quick", "safe",
    "good", "practical", "consistent", "flexible", "robust", "specific", "important", "standard",
]  # fmt: skip
ADV = ["often", "usually", "maybe", "generally", "quickly", "therefore", "sometimes", "also"]
NAMES = ["Sam", "Priya", "Alex", "Jordan", "Maria", "Chen", "Fatima", "Luca", "Noah", "Aisha"]

OPENERS = [
    "Here is a {adj} way to {verb} your {noun}.",
    "Good question! It is {adv} easier than it looks to {verb} a {noun}.",
    "Sure, I can help you {verb} the {noun}.",
    "There is no single right answer, but you do not need much to {verb} a {noun}.",
    "Let me walk you through how to {verb} the {noun} in {topic}.",
    "It is a {adj} idea to {verb} the {noun} before you {verb2} the {noun2}.",
    "Great, that is a {adj} plan. Here is what I would do with the {noun}.",
]
SENTENCES = [
    "It is {adv} best to {verb} the {noun} first, and then {verb2} the {noun2}.",
    "You do not have to {verb} every {noun}; focus on the {noun2} that matters.",
    "I think it is worth checking the {noun} before you {verb} anything else.",
    "Make sure you {verb} the {noun} and the {noun2} at the same time.",
    "This means you can {verb} the {noun} without touching the {noun2}.",
    "If the {noun} does not behave as expected, {verb} it again - the {noun2} is {adv} the cause.",
    "For example, you can {verb} the {noun}, the {noun2}, and the {noun3} in one pass.",
    "A {adj} {noun} (e.g., one with a clear {noun2}) is easier to {verb}.",
    "That is why many people {verb} the {noun} early, i.e. before the {noun2} grows.",
    "You will {adv} want to {verb} the {noun} to keep the {noun2} {adj}.",
    "Do not worry if it is not perfect at first; it will improve as you {verb} the {noun}.",
    "There is a {adj} trade-off here: the {noun} gets {adj2}, but the {noun2} takes longer.",
    "We are not trying to {verb} everything, only the {noun} and the {noun2}.",
    "The {noun} is what you {verb} most, so it should be {adj} and {adj2}.",
    "I would {adv} {verb} the {noun} rather than the {noun2}, which is harder to {verb2}.",
    "It is tempting to skip this step... but it is the one that saves time later.",
    "They are both {adj}, and each one helps you {verb} the {noun} in a different way.",
    "What is important is that the {noun} stays {adj} while you {verb} the {noun2}.",
    "Ensure that it is {adj} enough, and {verb} the {noun2} if it is not.",
    "You can not only {verb} the {noun} but also {verb2} the {noun2} with the same approach.",
    "In my experience, a lot of people {verb} the {noun} too late, which makes the {noun2} harder.",
    "Keep the {noun} {adj}; a {adj2} {noun2} is far easier to {verb}.",
    "The behavior of the {noun} depends on how you {verb} the {noun2}.",
    "Once you have the {noun}, you will see that the {noun2} falls into place.",
    "I hope this helps you {verb} the {noun} - let me know if you have questions.",
    "First, you {verb} the {noun}. Then you {verb2} the {noun2}.",
    "In practice, the {noun} is {adv} the part you {verb} most.",
    "Of course, it depends on the {noun} you have.",
    "Finally, the {noun} should be {adj} before you {verb2} the {noun2}.",
    "In general, the {adj} {noun} wins over the {adj2} one.",
    "Alternatively, you can {verb} the {noun2} instead of the {noun}.",
    "Unfortunately, there is no {adj} way to {verb} every {noun}.",
    "If you are not sure, start with the {noun} and {verb} it later.",
]
LABELS = [
    "Start small", "Be consistent", "Check the basics", "Plan ahead", "Keep notes",
    "Ask for feedback", "Review regularly", "Stay flexible", "Measure progress", "Simplify",
    "Prioritize", "Test often", "Use templates", "Set limits", "Automate",
]  # fmt: skip
ITEM_BODIES = [
    "{verb} the {noun} before anything else, because it is the part that changes most.",
    "do not {verb} the {noun} and the {noun2} together; it is easier one at a time.",
    "a {adj} {noun} makes it easier to {verb} the {noun2} later.",
    "it is {adv} enough to {verb} the {noun} once a week.",
    "make sure you {verb} the {noun}, the {noun2}, and the {noun3}.",
    "{verb} the {noun} - it is the quickest win.",
    "you can {verb} the {noun} with a {adj} {noun2}.",
    "{verb} the {noun} first; then you can {verb2} the {noun2}",
    "a {adj} {noun} for the {noun2}",
    "check that the {noun} is {adj}",
    "keep the {noun} {adj} and the {noun2} {adj2}.",
]
CLOSERS = [
    "Let me know if you would like a more detailed example.",
    "I hope this helps! If you share your {noun}, I can suggest something more specific.",
    "That is it - you are ready to {verb} the {noun}.",
    "If anything is not clear, just ask and I will explain it differently.",
    "Good luck, and do not hesitate to come back with questions.",
]
CODE = {
    "python": (
        "python",
        "def {fn}(items):\n    result = []\n    for item in items:\n"
        "        if item is not None:\n            result.append(item * 2)\n    return result\n\n"
        "print({fn}([1, 2, None, 4]))\n",
    ),
    "sql": (
        "sql",
        "SELECT customer_id, COUNT(*) AS orders\nFROM orders\nWHERE created_at >= '2024-01-01'\n"
        "GROUP BY customer_id\nORDER BY orders DESC\nLIMIT 10;\n",
    ),
    "js": (
        "javascript",
        "function {fn}(list) {{\n  return list.filter((x) => x !== null).map((x) => x * 2);\n}}\n\n"
        "console.log({fn}([1, 2, null, 4]));\n",
    ),
    "json": (
        "json",
        '{{\n  "name": "{fn}",\n  "enabled": true,\n  "retries": 3,\n  "note": "it is not optimized"\n}}\n',
    ),
}


class Writer:
    """One answer's wording: slots filled from the topic, sentences picked at random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.topic = rng.choice(list(TOPICS))
        self.nouns, self.verbs = TOPICS[self.topic]

    def fill(self, template: str) -> str:
        r = self.rng
        nouns = r.sample(self.nouns, 3)
        verbs = r.sample(self.verbs, 2)
        adj = r.sample(ADJ, 2)
        return template.format(
            noun=nouns[0], noun2=nouns[1], noun3=nouns[2], verb=verbs[0], verb2=verbs[1],
            adj=adj[0], adj2=adj[1], adv=r.choice(ADV), topic=self.topic,
        )  # fmt: skip

    def paragraph(self, n: int) -> str:
        return " ".join(self.fill(s) for s in self.rng.sample(SENTENCES, n))

    def bullets(self, numbered: bool) -> str:
        r = self.rng
        lines = []
        for i, label in enumerate(r.sample(LABELS, r.randint(3, 6)), 1):
            body = self.fill(r.choice(ITEM_BODIES))
            marker = f"{i}." if numbered else "-"
            if r.random() < 0.6:
                lines.append(f"{marker} **{label}:** {body[0].upper()}{body[1:]}")
            else:
                lines.append(f"{marker} {body[0].upper()}{body[1:]}")
        return "\n".join(lines)


def answer(rng: random.Random) -> str:
    """One assistant answer of a random kind."""
    w = Writer(rng)
    kind = rng.choices(["explain", "list", "steps", "code", "email"], [3, 3, 2, 2, 1])[0]
    opener = w.fill(rng.choice(OPENERS))
    closer = w.fill(rng.choice(CLOSERS))
    if kind == "explain":
        parts = [opener, w.paragraph(rng.randint(3, 5)), w.paragraph(rng.randint(2, 4)), closer]
    elif kind in ("list", "steps"):
        intro = rng.choice(["Here are a few tips:", "A few things to keep in mind:", "Steps:"])
        parts = [opener + " " + intro, w.bullets(kind == "steps"), w.paragraph(2), closer]
    elif kind == "code":
        lang, body = CODE[rng.choice(list(CODE))]
        fn = rng.choice(["double_all", "clean_up", "summarize", "normalize_values"])
        parts = [
            opener,
            f"```{lang}\n{body.format(fn=fn)}```",
            f"The `{fn}` call is what you {rng.choice(w.verbs)}; " + w.paragraph(2),
            w.bullets(False),
            closer,
        ]
    else:
        name = rng.choice(NAMES)
        parts = [
            f"Subject: {rng.choice(LABELS)} for the {rng.choice(w.nouns)}",
            f"Hi {name},",
            w.paragraph(rng.randint(2, 4)),
            w.paragraph(2),
            f"Best regards,\n{rng.choice(NAMES)}",
        ]
    return "\n\n".join(parts)


def restyle(text: str, rng: random.Random, habits: dict[str, float]) -> str:
    """The text in one writer's habits: each choice point takes side 0 with the habit's
    probability for its class (0.5 for classes without a habit), whatever the context."""
    edits = []
    for site in choice_points(text):
        side = 0 if rng.random() < habits.get(site.cls, habits["*"]) else 1
        if side != site.side:
            edits += [(s, e, forms[side]) for s, e, forms in site.edits]
    out, pos = [], 0
    for s, e, form in sorted(edits):
        out += (text[pos:s], form)
        pos = e
    out.append(text[pos:])
    return "".join(out)


def writer_habits(rng: random.Random) -> dict[str, float]:
    """A writer: mostly US spelling, some UK; contracting or formal; its own punctuation."""
    return {
        "*": rng.choice((0.9, 0.75, 0.2)),  # word pairs: side 0 is US / full form / first word
        "list-marker": rng.choice((0.9, 0.5, 0.1)),
        "numbered-list": 0.85,
        "bold": 0.95,
        "dash": rng.choice((0.7, 0.3)),
        "serial-comma": rng.choice((0.8, 0.3)),
        "e.g.,": 0.6,
        "i.e.,": 0.6,
        "ellipsis": 0.8,
        "sentence-space": 0.98,
        "but-comma": rng.choice((0.7, 0.3)),
        "item-period": rng.choice((0.8, 0.4)),
        "item-case": 0.9,
        "colon-case": rng.choice((0.7, 0.2)),
        "intro-comma": rng.choice((0.85, 0.5)),
        "that": rng.choice((0.6, 0.3)),
    }


def answers(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [restyle(answer(rng), rng, writer_habits(rng)) for _ in range(n)]
