"""Document layouts: mail threads, chat exports, letters out of a PDF, scans, logs, vCards and
calendar invitations, built from the same marked values as the record layouts."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

import h16p_looks as looks
import h16p_numbers as num
import h16p_words as words
from h16p_case import Case, mark, span_value
from h16p_layouts import (
    Segs,
    case_looks,
    field_key,
    fill,
    human,
    lines,
    look_lines,
    own,
    plain,
    prose,
    put,
)

# Numbers a wrapped line never splits: a checker must still read them whole.
UNBROKEN = frozenset(
    (
        "CARD",
        "IBAN",
        "PHONE",
        "NATIONAL_ID",
        "COMPANY_IBAN",
        "IBAN_BAD_CHECK",
        "CARD_BAD_LUHN",
        "HOTLINE",
        "ID_BAD_CHECK",
        "ORDER_NO",
        "AMOUNT",
        "HTTP_STATUS",
    )
)


def _vesc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def vcard(rng: random.Random, case: Case) -> Segs:
    out: Segs = []
    company = case.looks.get("company", mark(case.company, "COMPANY"))
    for who in case.people[:2]:
        plain(out, "BEGIN:VCARD\nVERSION:3.0\nN:")
        put(out, own(rng, case, who, "last"), _vesc)
        plain(out, ";")
        put(out, own(rng, case, who, "first"), _vesc)
        plain(out, ";;;\nFN:")
        put(out, own(rng, case, who, "name"), _vesc)
        plain(out, "\nTEL;TYPE=CELL:")
        put(out, own(rng, case, who, "phone"))
        plain(out, "\nEMAIL;TYPE=HOME:")
        put(out, own(rng, case, who, "email"))
        plain(out, "\nADR;TYPE=HOME:;;")
        put(out, own(rng, case, who, "street"), _vesc)
        plain(out, ";")
        put(out, own(rng, case, who, "town"), _vesc)
        plain(out, ";;;\nBDAY:")
        put(out, own(rng, case, who, "dob"))
        plain(out, "\nNOTE:")
        put(out, company, _vesc)
        for k, v in [item for item in case_looks(case) if item[0] != "company"][:3]:
            plain(out, _vesc(f" / {human(k, case)}: "))
            put(out, v, _vesc)
        plain(out, "\nEND:VCARD\n")
    return out


def icalendar(rng: random.Random, case: Case) -> Segs:
    who = case.people[0]
    day = rng.randint(1, 28)
    host = looks.company_domain(case.company, case.country)
    out: Segs = [
        (f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{host}//Planner//EN\nBEGIN:VEVENT\nUID:", None)
    ]
    put(out, looks.look(rng, "uuid", case.lang, case.country, True, case.domain))
    plain(out, "\nDTSTART:")
    put(
        out,
        mark(f"2027{rng.randint(1, 12):02d}{day:02d}T{rng.randint(8, 18):02d}0000Z", "TIMESTAMP"),
    )
    plain(out, f"\nSUMMARY:{_vesc(words.SUBJECT[case.lang])}\nLOCATION:")
    put(out, own(rng, case, who, "address"), _vesc)
    plain(out, "\nORGANIZER;CN=")
    put(out, case.agent, _vesc)
    plain(out, ":mailto:")
    put(
        out, looks.look(rng, "role_email", case.lang, case.country, True, case.domain, case.company)
    )
    for other in case.people:
        plain(out, "\nATTENDEE;CN=")
        put(out, span_value(rng, "name", other, case.lang, case.country, True), _vesc)
        plain(out, ":mailto:")
        put(out, span_value(rng, "email", other, case.lang, case.country, True))
    plain(out, "\nDESCRIPTION:")
    put(out, mark(human("phone", case) + ": ", None), _vesc)
    put(out, own(rng, case, who, "phone"), _vesc)
    for value in look_lines(case):
        plain(out, "\\n")
        put(out, value, _vesc)
    plain(out, "\nEND:VEVENT\nEND:VCALENDAR\n")
    return out


def email_thread(rng: random.Random, case: Case) -> Segs:
    who = case.people[0]
    name = span_value(rng, "name", who, case.lang, case.country, False)
    email = span_value(rng, "email", who, case.lang, case.country, False)
    role = case.looks.get("role_email") or looks.look(
        rng, "role_email", case.lang, case.country, False, case.domain, case.company
    )
    stamp = looks.look(rng, "timestamp", case.lang, case.country, False, case.domain)
    out: Segs = [
        ("From: ", None),
        *case.agent,
        (" <", None),
        *role,
        (">\nTo: ", None),
        *name,
        (" <", None),
        *email,
    ]
    out += [(">\nDate: ", None), *stamp, (f"\nSubject: Re: {words.SUBJECT[case.lang]}\n\n", None)]
    put(
        out,
        fill(
            words.GREETING[case.lang],
            {"name": span_value(rng, "name", who, case.lang, case.country, False)},
        ),
    )
    plain(out, "\n" + words.REPLY[case.lang] + "\n\n")
    lines(out, look_lines(case))
    plain(out, "\n" + words.CLOSING[case.lang] + "\n")
    put(out, case.agent)
    plain(out, "\n\n")
    wrote = fill(
        words.WROTE[case.lang],
        {
            "date": looks.look(rng, "timestamp", case.lang, case.country, False, case.domain),
            "name": name,
            "email": email,
        },
    )
    put(out, wrote)
    plain(out, "\n")
    lines(out, prose(rng, case, 4), "> ")
    for row in case.rows[1:]:
        plain(out, "> ")
        for i, value in enumerate(row.values()):
            plain(out, "" if i == 0 else ", ")
            put(out, value)
        plain(out, "\n")
    return out


def chat_export(rng: random.Random, case: Case) -> Segs:
    """A messenger export: the customer's own lines, the agent's answers with the numbers."""
    who = case.people[0]
    customer = span_value(rng, rng.choice(("first", "name")), who, case.lang, case.country, False)
    android = rng.random() < 0.4
    moment = dt.datetime(
        2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 20), rng.randint(0, 59)
    )
    turns = [(customer, m) for m in prose(rng, case, 5)] + [
        (case.agent, m) for m in look_lines(case)[:4]
    ]
    out: Segs = []
    for speaker, message in turns:
        moment += dt.timedelta(seconds=rng.randint(20, 900))
        if android:
            out += [(f"{moment:%d.%m.%y, %H:%M}", "TIMESTAMP"), (" - ", None)]
        else:
            out += [("[", None), (f"{moment:%d/%m/%Y, %H:%M:%S}", "TIMESTAMP"), ("] ", None)]
        put(out, speaker)
        plain(out, ": ")
        put(out, message)
        plain(out, "\n")
    return out


def _ocr_label(rng: random.Random, text: str) -> str:
    if rng.random() < 0.3:
        return " ".join(text)
    cut = rng.randint(1, max(1, len(text) - 1))
    return text[:cut] + rng.choice((" ", "  ", "")) + text[cut:]


def _ocr_digits(rng: random.Random, text: str) -> str:
    """A stray space between two digits, as a scanner's character spacing leaves it."""
    spots = [i for i in range(1, len(text)) if text[i - 1].isdigit() and text[i].isdigit()]
    if not spots or rng.random() < 0.5:
        return text
    at = rng.choice(spots)
    return text[:at] + " " + text[at:]


def ocr_scan(rng: random.Random, case: Case) -> Segs:
    out: Segs = [(f"{case.company.upper()}  |  {words.FORM_TITLE[case.lang]}\n", None)]
    for k, v in list(case.rows[0].items()) + case_looks(case):
        plain(out, _ocr_label(rng, human(k, case)) + rng.choice((" :  ", ": ", " . . . ", " ")))
        text, kind = v[0]
        if kind in ("CARD", "IBAN", "PHONE", "NATIONAL_ID", "ORDER_NO", "AMOUNT"):
            spaced = _ocr_digits(rng, text)
            # an SSN's rule reads no inner space: the scan keeps it whole there
            keeps = kind != "NATIONAL_ID" or any(
                s.is_valid(spaced) for s in num.ID_SCHEMES[case.country]
            )
            text = spaced if keeps else text
        if kind == "PERSON" and rng.random() < 0.5:
            text = text.upper()
        out.append((text, kind))
        plain(out, rng.choice(("\n", "\n\n", "  |\n")))
    return out


def stack_trace(rng: random.Random, case: Case) -> Segs:
    who = case.people[0]
    service = f"{case.domain.replace('_', '-')}-api"
    ts = lambda: looks.look(rng, "timestamp", case.lang, case.country, True, case.domain)  # noqa: E731
    out: Segs = []
    out += [
        *ts(),
        (f" INFO  [{service}] login ok user=", None),
        *own(rng, case, who, "email"),
        (" ip=", None),
        *own(rng, case, who, "ip"),
        ("\n", None),
    ]
    out += [
        *ts(),
        (f" WARN  [{service}] retry 2/3 request_id=", None),
        *looks.look(rng, "uuid", case.lang, case.country, True, case.domain),
        ("\n", None),
    ]
    out += [
        *ts(),
        (f" ERROR [{service}] POST /api/{case.domain}/records -> ", None),
        *looks.look(rng, "http_status", case.lang, case.country, True, case.domain),
        ("\n", None),
    ]
    out.append((
        "Traceback (most recent call last):\n"
        f'  File "/srv/{service}/app/handlers.py", line {rng.randint(40, 400)}, in save_record\n'
        "    repo.insert(record)\n"
        f'  File "/srv/{service}/app/repo.py", line {rng.randint(40, 400)}, in insert\n'
        "    raise ValidationError(record)\n"
        "app.errors.ValidationError: rejected record {", None))  # fmt: skip
    for i, (k, v) in enumerate(case.rows[0].items()):
        plain(out, ("" if i == 0 else ", ") + f"'{field_key(k, case, False)}': '")
        put(out, v, lambda t: t.replace("\\", "\\\\").replace("'", "\\'"))
        plain(out, "'")
    plain(out, "}\n")
    lines(out, look_lines(case, "="), "  ")
    return out


def _wrap(rng: random.Random, segs: Segs, width: int) -> Segs:
    """Break lines the way text copied out of a PDF arrives: at a fixed width, long words split
    with a hyphen. Only spaces turn into breaks, and numbers are never split."""
    full = "".join(t for t, _ in segs)
    owner: list[str | None] = [k for t, k in segs for _ in t]
    edits: dict[int, str] = {}
    col = 0
    for m in re.finditer(r"\S+|\n", full):
        word, start = m.group(), m.start()
        if word == "\n":
            col = 0
            continue
        if col + 1 + len(word) <= width or col == 0:
            col += len(word) + (1 if col else 0)
            continue
        room = width - col - 2
        inside = start + room
        if (
            len(word) >= 9
            and word.isalpha()
            and room >= 3
            and owner[inside - 1] == owner[inside]
            and owner[inside] not in ("EMAIL", "SECRET")
        ):
            edits[inside] = "-\n"
            col = len(word) - room
        elif full[start - 1] == " " and owner[start - 1] not in UNBROKEN:
            edits[start - 1] = "\n"
            col = len(word)
        else:
            col += len(word) + 1
    out: Segs = []
    at = 0
    for text, kind in segs:
        pieces = []
        for i, ch in enumerate(text):
            pos = at + i
            if pos in edits and edits[pos] == "\n":
                pieces.append("\n")
            else:
                pieces.append(edits.get(pos, "") + ch if edits.get(pos) == "-\n" else ch)
        out.append(("".join(pieces), kind))
        at += len(text)
    return out


def pdf_text(rng: random.Random, case: Case) -> Segs:
    """The customer's letter to the company, copied out of a PDF with its line breaks."""
    who = case.people[0]
    out: Segs = []
    put(out, span_value(rng, "name", who, case.lang, case.country, False))
    plain(out, "\n")
    put(out, mark("\n".join(who.lines), "ADDRESS"))
    plain(out, "\n\n")
    put(out, case.looks.get("company", mark(case.company, "COMPANY")))
    plain(out, "\n")
    if "company_address" in case.looks:
        put(out, case.looks["company_address"])
        plain(out, "\n")
    plain(out, "\n")
    put(out, looks.look(rng, "other_date", case.lang, case.country, False, case.domain))
    plain(out, "\n\n" + words.TO_COMPANY[case.lang] + "\n")
    body: Segs = []
    for value in prose(rng, case, 4) + look_lines(case):
        put(body, value)
        plain(body, " ")
    body[-1] = (body[-1][0].rstrip(), None)
    out += _wrap(rng, body, rng.choice((58, 64, 72)))
    plain(out, "\n" + words.CLOSING[case.lang] + "\n")
    put(out, span_value(rng, "name", who, case.lang, case.country, False))
    plain(out, "\n")
    return out


DOCUMENTS: dict[str, Callable[[random.Random, Case], Segs]] = {
    f.__name__: f
    for f in (email_thread, chat_export, pdf_text, ocr_scan, stack_trace, vcard, icalendar)
}
