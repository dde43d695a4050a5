"""The layouts people paste: chat exports, tickets, diffs, notebooks, LaTeX, logs, sheets, scans, SMS, labels."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from h17p_case import Doc, Field

Writer = Callable[[Doc, random.Random, str, list[Field], list[Field], list[Field]], None]


def _stamp(rng: random.Random, iso: bool) -> str:
    d, h, mi = rng.randint(1, 28), rng.randint(7, 22), rng.randint(0, 59)
    return (
        f"2026-{rng.randint(1, 12):02d}-{d:02d}T{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}Z"
        if iso
        else f"{h:02d}:{mi:02d}"
    )


def _pairs(doc: Doc, fields: list[Field], before: str, between: str, after: str) -> None:
    """Each field as `before label between value after`."""
    for f in fields:
        doc.add(f"{before}{f.label}{between}")
        doc.field(f)
        doc.add(after)


def slack_export(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """Slack/Teams copy: `Name  10:42` then the message lines."""
    for i, chunk in enumerate(
        (main[: len(main) // 2], main[len(main) // 2 :] + kept[:4], kept[4:])
    ):
        doc.field(other[0])
        doc.add("  ")
        doc.add(_stamp(rng, False), "TIMESTAMP", False)
        doc.add("\n")
        _pairs(doc, chunk, "• " if i else "", ": ", "\n")
    _pairs(doc, other[1:], "", ": ", "\n")


def jira_issue(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """A Jira issue in wiki markup: key, reporter, a `||header||` table and a comment."""
    doc.add(f"OPS-{rng.randint(100, 9999)}", "TICKET_NO", False)
    doc.add(" | *Reporter:* ")
    doc.field(other[0])
    doc.add("\n||" + "||".join(f.label for f in main) + "||\n|")
    for f in main:
        doc.field(f)
        doc.add("|")
    doc.add("\n\n{code}\n")
    _pairs(doc, kept, "", "=", "\n")
    doc.add("{code}\n")
    _pairs(doc, other[1:], "", ": ", "\n")


def git_diff(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """A patch to a test fixture: removed and added lines each carry their own values."""
    doc.add("diff --git a/fixtures/records.yml b/fixtures/records.yml\nindex ")
    doc.add("".join(rng.choice("0123456789abcdef") for _ in range(7)), "GIT_SHA", False)
    doc.add("..")
    doc.add("".join(rng.choice("0123456789abcdef") for _ in range(7)), "GIT_SHA", False)
    doc.add(
        " 100644\n--- a/fixtures/records.yml\n+++ b/fixtures/records.yml\n@@ -3,9 +3,9 @@ records:\n"
    )
    cut = len(main) // 3
    _pairs(doc, main[:cut], "-  ", ": ", "\n")
    _pairs(doc, main[cut:], "+  ", ": ", "\n")
    _pairs(doc, other + kept, "   ", ": ", "\n")


def jupyter_frame(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """A notebook cell and a pandas Series printout: labels left, values right-aligned."""
    cell = rng.randint(2, 40)
    doc.add(f"In [{cell}]: df.loc[{rng.randint(0, 900)}]\nOut[{cell}]:\n")
    rows = main + other + kept
    lw, vw = max(len(f.label) for f in rows), max(len(f.value) for f in rows)
    for f in rows:
        doc.add(f.label.ljust(lw) + "  " + " " * (vw - len(f.value)))
        doc.field(f)
        doc.add("\n")
    doc.add(f"Name: {rng.randint(0, 900)}, dtype: object\n")


def latex(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """A LaTeX letter body with a tabular of the record."""
    doc.add("\\begin{letter}{")
    doc.field(other[0])
    doc.add("}\n\\begin{tabular}{ll}\n")
    _pairs(doc, main, "\\textbf{", "} & ", " \\\\\n")
    doc.add("\\end{tabular}\n\n% ")
    _pairs(doc, kept, "", ": ", "; ")
    doc.add("\n\\end{letter}\n")


def markdown_front(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """Markdown with YAML front matter: the author up top, the record as a bullet list."""
    doc.add("---\ntitle: notes\nauthor: ")
    doc.field(other[0])
    doc.add("\ndate: ")
    doc.add(_stamp(rng, True)[:10], "TIMESTAMP", False)
    doc.add("\n---\n\n## Record\n\n")
    _pairs(doc, main, "- **", "**: ", "\n")
    doc.add("\n> ")
    _pairs(doc, kept, "", " `", "` ")
    doc.add("\n")
    _pairs(doc, other[1:], "", ": ", "\n")


def json_log(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """Structured log lines, one JSON object each; values JSON-escaped inside their quotes."""
    for i, chunk in enumerate((main[:4], main[4:], other + kept[:5], kept[5:])):
        if not chunk:
            continue
        doc.add('{"ts": "')
        doc.add(_stamp(rng, True), "TIMESTAMP", False)
        doc.add(f'", "level": "{["INFO", "WARN", "DEBUG", "INFO"][i]}"')
        for f in chunk:
            doc.add(", " + json.dumps(f.label, ensure_ascii=False) + ': "')
            doc.add(json.dumps(f.value, ensure_ascii=False)[1:-1], f.kind, f.span)
            doc.add('"')
        doc.add("}\n")


def spreadsheet(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """Rows copied from a sheet (tabs) with a formula column left as text."""
    rows = main + other
    doc.add("\t".join(f.label for f in rows) + "\tcheck\n")
    for f in rows:
        doc.field(f)
        doc.add("\t")
    doc.add(f'=IF(ISBLANK(C{rng.randint(2, 90)});"missing";"ok")\n')
    doc.add("\t".join(f.label for f in kept) + "\n")
    for f in kept:
        doc.field(f)
        doc.add("\t")
    doc.add(f"=SUM(B2:B{rng.randint(3, 40)})\n")


def ocr_screenshot(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """Text read off a screenshot: bars and stray marks around labels, some values in capitals."""
    for f in main + other + kept:
        noisy = f.label.upper() if rng.random() < 0.5 else f.label
        doc.add(
            rng.choice(["| ", "", "_ ", "[ "]) + noisy + rng.choice([" :", ":", " |", " ."]) + " "
        )
        up = f.kind in ("PERSON", "ADDRESS") and rng.random() < 0.4
        doc.add(f.value.upper() if up else f.value, f.kind, f.span)
        doc.add(rng.choice(["\n", " ]\n", "\n\n"]))


def sms_thread(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """A phone's message thread: sender, time, one value per bubble."""
    for f in main + kept[:6]:
        if rng.random() < 0.5:
            doc.add({"en": "Me", "de": "Ich", "fr": "Moi", "es": "Yo", "nl": "Ik"}[lang])
        else:
            doc.field(other[0])
        doc.add(", ")
        doc.add(_stamp(rng, False), "TIMESTAMP", False)
        doc.add(f"\n{f.label} ")
        doc.field(f)
        doc.add("\n")
    _pairs(doc, other[1:] + kept[6:], "", " ", "\n")


DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
}


def spoken(rng: random.Random, lang: str, number: str) -> str:
    """A number as speech-to-text writes it: the first digits as words, the rest as digits."""
    names = DIGIT_WORDS[lang].split()
    count = rng.randint(2, 4)
    head, i = [], 0
    while i < len(number) and len(head) < count:
        if number[i].isdigit():
            head.append(names[int(number[i])])
        elif number[i] == "+":
            head.append("plus")
        i += 1
    return " ".join(head) + " " + number[i:].lstrip(" -.()")


def voice_transcript(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """A voice note's automatic transcript: offsets, fillers, phone numbers half read out as words."""
    fill = {"en": "uh", "de": "ähm", "fr": "euh", "es": "eh", "nl": "uhm"}[lang]
    sec = 0
    for f in main + other + kept:
        sec += rng.randint(2, 9)
        label = f.label.replace("_", " ")
        doc.add(
            f"[00:{sec // 60:02d}:{sec % 60:02d}] {fill} {label} {rng.choice(['', fill + ' '])}"
        )
        value = f.value
        if f.kind in ("PHONE", "HOTLINE") and rng.random() < 0.7:
            value = spoken(rng, lang, value)
        doc.add(value, f.kind, f.span)
        doc.add(rng.choice([" ", ", ", "... "]) + "\n")


def address_label(
    doc: Doc,
    rng: random.Random,
    lang: str,
    main: list[Field],
    other: list[Field],
    kept: list[Field],
) -> None:
    """A shipping label: sender company block, recipient block on lines, then the rest of the file."""
    company = [f for f in kept if f.kind in ("COMPANY", "COMPANY_ADDRESS")]
    for f in company:
        doc.field(f)
        doc.add("\n")
    doc.add("\n>>> ")
    names = [f for f in main if f.kind == "PERSON"]
    for i, f in enumerate(names):
        doc.field(f)
        doc.add(" " if i + 1 < len(names) else "\n")
    for f in main:
        if f.kind == "ADDRESS":
            doc.add("    ")
            doc.field(f)
            doc.add("\n")
    doc.add("\n")
    rest = (
        [f for f in main if f.kind not in ("PERSON", "ADDRESS")]
        + other
        + [f for f in kept if f not in company]
    )
    _pairs(doc, rest, "", ": ", "\n")


LAYOUTS: dict[str, Writer] = {
    "slack_export": slack_export, "jira_issue": jira_issue, "git_diff": git_diff, "jupyter_frame": jupyter_frame,
    "latex": latex, "markdown_front": markdown_front, "json_log": json_log, "spreadsheet": spreadsheet,
    "ocr_screenshot": ocr_screenshot, "sms_thread": sms_thread, "voice_transcript": voice_transcript,
    "address_label": address_label,
}  # fmt: skip
