"""One function per pasted layout. Each arranges a case's marked values into segments; escaping
is applied per segment, so a mark covers exactly the characters the format writes."""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
from collections.abc import Callable
from urllib.parse import quote_plus

import h16p_looks as looks
import h16p_numbers as num
import h16p_words as words
from h16p_case import SETTINGS, Case, Person, Seg, Value, mark, span_value

Segs = list[Seg]
Escape = Callable[[str], str]

# Look-alike keys shown under another key's label (twins wear the label of what they imitate).
LABEL_OF = {
    "card_bad": "card", "iban_bad": "iban", "id_bad": "nid", "placeholder": "token", "uuid": "request_id",
    "git_sha": "commit", "http_status": "status", "famous": "name", "famous_dob": "dob",
}  # fmt: skip
ENGLISH_KEY = {
    "nid": "national_id",
    "dob": "date_of_birth",
    "first": "first_name",
    "last": "last_name",
    "town": "city",
}
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
MACHINE = frozenset(
    ("json_lines", "xml", "yaml", "sql_insert", "env", "url_query", "vcard", "icalendar")
)


def same(text: str) -> str:
    return text


def put(out: Segs, value: Value, esc: Escape = same) -> None:
    out.extend((esc(text), kind) for text, kind in value)


def plain(out: Segs, text: str) -> None:
    out.append((text, None))


def own(rng: random.Random, case: Case, who: Person, key: str, machine: bool = True) -> Value:
    """A person's field as this message writes it (ISO dates when `machine`)."""
    return span_value(rng, key, who, case.lang, case.country, machine)


def human(key: str, case: Case) -> str:
    return words.label(LABEL_OF.get(key, key), case.lang)


def field_key(key: str, case: Case, local: bool) -> str:
    """A record's field name: English snake case, or the language's label made an identifier."""
    key = LABEL_OF.get(key, key)
    return (
        words.ascii_slug(words.label(key, case.lang), "_") if local else ENGLISH_KEY.get(key, key)
    )


def keys_of(case: Case) -> list[str]:
    return list(case.rows[0])


def case_looks(case: Case) -> list[tuple[str, Value]]:
    return [(k, v) for k, v in case.looks.items() if not k.startswith("famous")]


def fill(template: str, slots: dict[str, Value]) -> Value:
    """A sentence with `{slot}` holes filled by marked values (plain text for unknown slots)."""
    out: Segs = []
    for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2 == 0:
            if part:
                out.append((part, None))
        else:
            out.extend(slots[part])
    return tuple(out)


def prose(rng: random.Random, case: Case, n: int) -> list[Value]:
    """Up to n sentences of the first person's own words about their fields."""
    who = case.people[0]
    extra = ("name", "address") + (("ip", "password") if rng.random() < 0.3 else ())
    allowed = dict.fromkeys(
        SETTINGS[case.domain].columns + extra
    )  # ordered: the draw order is the seed's
    slots = {
        k: span_value(rng, k, who, case.lang, case.country, False)
        for k in allowed
        if k in who.values or k in ("name", "address", "dob")
    }
    slots["nid_label"] = mark(case.nid_label(), None)
    if len(case.people) > 1:
        slots["name2"] = span_value(rng, "name", case.people[1], case.lang, case.country, False)
        slots["dob2"] = span_value(rng, "dob", case.people[1], case.lang, case.country, False)
    fitting = [
        t for t in words.PROSE[case.lang] if all(s in slots for s in re.findall(r"\{(\w+)\}", t))
    ]
    chosen = rng.sample(fitting, min(n, len(fitting)))
    out = [fill(t, slots) for t in chosen]
    if "famous" in case.looks:
        out.append(fill(words.FAMOUS_LINE[case.lang], case.looks))
    return out


def look_lines(case: Case, sep: str = ": ") -> list[Value]:
    return [((human(k, case) + sep, None),) + v for k, v in case_looks(case)]


def lines(out: Segs, values: list[Value], prefix: str = "", esc: Escape = same) -> None:
    for value in values:
        plain(out, prefix)
        put(out, value, esc)
        plain(out, "\n")


def markdown_table(rng: random.Random, case: Case) -> Segs:
    keys = keys_of(case)
    out: Segs = [
        (
            "| " + " | ".join(human(k, case) for k in keys) + " |\n|" + "---|" * len(keys) + "\n",
            None,
        )
    ]
    for row in case.rows:
        plain(out, "| ")
        for i, k in enumerate(keys):
            put(out, row[k], lambda t: t.replace("|", "\\|"))
            plain(out, " | " if i < len(keys) - 1 else " |\n")
    plain(out, "\n")
    lines(out, look_lines(case, ":** "), "- **")
    return out


def html_table(rng: random.Random, case: Case) -> Segs:
    keys = keys_of(case)
    out: Segs = [
        (
            "<table>\n  <tr>"
            + "".join(f"<th>{html.escape(human(k, case))}</th>" for k in keys)
            + "</tr>\n",
            None,
        )
    ]
    for row in case.rows:
        plain(out, "  <tr>")
        for k in keys:
            plain(out, "<td>")
            put(out, row[k], html.escape)
            plain(out, "</td>")
        plain(out, "</tr>\n")
    plain(out, "</table>\n<p>")
    for value in look_lines(case):
        put(out, value, html.escape)
        plain(out, "<br>\n")
    plain(out, "</p>\n")
    return out


def html_form(rng: random.Random, case: Case) -> Segs:
    local = rng.random() < 0.5
    out: Segs = [(f'<form method="post" action="/{case.domain}/submit">\n', None)]
    items = list(case.rows[0].items()) + case_looks(case)
    for k, v in items:
        name = field_key(k, case, local)
        plain(
            out,
            f'  <label for="{name}">{html.escape(human(k, case))}</label>\n  <input id="{name}" name="{name}" value="',
        )
        put(out, v, html.escape)
        plain(out, '">\n')
    plain(out, "</form>\n")
    return out


def _separated(case: Case, sep: str) -> Segs:
    keys = keys_of(case)
    needs_quotes = lambda t: sep in t or '"' in t  # noqa: E731
    csv_escape = lambda t: t.replace('"', '""')  # noqa: E731
    out: Segs = [(sep.join(human(k, case) for k in keys) + "\n", None)]
    for row in case.rows:
        for i, k in enumerate(keys):
            quoted(out, row[k], needs_quotes, csv_escape)
            plain(out, sep if i < len(keys) - 1 else "\n")
    for k, v in case_looks(case):
        plain(out, human(k, case) + sep)
        quoted(out, v, needs_quotes, csv_escape)
        plain(out, "\n")
    return out


def csv_semicolon(rng: random.Random, case: Case) -> Segs:
    return _separated(case, ";")


def tsv(rng: random.Random, case: Case) -> Segs:
    return _separated(case, "\t")


def sql_insert(rng: random.Random, case: Case) -> Segs:
    keys = keys_of(case)
    local = rng.random() < 0.4
    table = (
        words.ascii_slug(case.domain, "_") + "_" + rng.choice(("customers", "records", "import"))
    )
    out: Segs = [
        (
            f"INSERT INTO {table} ({', '.join(field_key(k, case, local) for k in keys)}) VALUES\n",
            None,
        )
    ]
    for r, row in enumerate(case.rows):
        plain(out, "  (")
        for i, k in enumerate(keys):
            plain(out, "'")
            put(out, row[k], lambda t: t.replace("'", "''"))
            plain(out, "', " if i < len(keys) - 1 else "')")
        plain(out, ",\n" if r < len(case.rows) - 1 else ";\n")
    lines(out, look_lines(case), "-- ")
    return out


def _json_object(out: Segs, items: list[tuple[str, Value]], case: Case, local: bool) -> None:
    plain(out, "{")
    for i, (k, v) in enumerate(items):
        plain(out, ("" if i == 0 else ", ") + json.dumps(field_key(k, case, local)) + ': "')
        put(out, v, lambda t: json.dumps(t, ensure_ascii=False)[1:-1])
        plain(out, '"')
    plain(out, "}\n")


def json_lines(rng: random.Random, case: Case) -> Segs:
    local = rng.random() < 0.4
    out: Segs = []
    for row in case.rows:
        _json_object(out, list(row.items()), case, local)
    _json_object(out, case_looks(case), case, local)
    return out


def xml(rng: random.Random, case: Case) -> Segs:
    local = rng.random() < 0.4
    out: Segs = [('<?xml version="1.0" encoding="UTF-8"?>\n<export>\n', None)]
    for row in case.rows:
        plain(out, "  <record>\n")
        for k, v in row.items():
            tag = field_key(k, case, local)
            plain(out, f"    <{tag}>")
            put(out, v, html.escape)
            plain(out, f"</{tag}>\n")
        plain(out, "  </record>\n")
    plain(out, "  <meta>\n")
    for k, v in case_looks(case):
        tag = field_key(k, case, local)
        plain(out, f"    <{tag}>")
        put(out, v, html.escape)
        plain(out, f"</{tag}>\n")
    plain(out, "  </meta>\n</export>\n")
    return out


def _yaml_risky(text: str) -> bool:
    return (
        text[:1] in "*&!%@`'\"{[#|>-?:"
        or ": " in text
        or " #" in text
        or text.replace(".", "").isdigit()
    )


def quoted(out: Segs, value: Value, risky: Callable[[str], bool], esc: Escape) -> None:
    """The value in double quotes (left outside the mark) when the format needs them."""
    if not risky("".join(t for t, _ in value)):
        put(out, value)
        return
    plain(out, '"')
    put(out, value, esc)
    plain(out, '"')


def _yaml_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def yaml(rng: random.Random, case: Case) -> Segs:
    local = rng.random() < 0.4
    out: Segs = [("records:\n", None)]
    for row in case.rows:
        for i, (k, v) in enumerate(row.items()):
            plain(out, ("  - " if i == 0 else "    ") + field_key(k, case, local) + ": ")
            quoted(out, v, _yaml_risky, _yaml_escape)
            plain(out, "\n")
    plain(out, "meta:\n")
    for k, v in case_looks(case):
        plain(out, f"  {field_key(k, case, local)}: ")
        quoted(out, v, _yaml_risky, _yaml_escape)
        plain(out, "\n")
    return out


def env(rng: random.Random, case: Case) -> Segs:
    row = case.rows[0]
    out: Segs = [(f"# {case.domain} service, copied from the server\n", None)]
    if "password" in row and "server" in case.looks:
        plain(out, "DATABASE_URL=postgres://app:")
        put(out, row["password"])
        plain(out, "@")
        put(out, case.looks["server"])
        plain(out, f":5432/{case.domain}\n")
    if "password" not in row:
        plain(out, "SMTP_PASSWORD=")
        put(out, span_value(rng, "password", case.people[0], case.lang, case.country, True))
        plain(out, "\n")
    for k, v in list(row.items()) + case_looks(case):
        plain(out, "APP_" + field_key(k, case, False).upper() + "=")
        quoted = any(" " in t for t, _ in v)
        plain(out, '"' if quoted else "")
        put(out, v)
        plain(out, '"\n' if quoted else "\n")
    return out


def url_query(rng: random.Random, case: Case) -> Segs:
    local = rng.random() < 0.4
    host = looks.company_domain(case.company, case.country)
    out: Segs = []
    for row in case.rows[:2]:
        plain(out, f"https://www.{host}/{case.domain}/form?")
        for i, (k, v) in enumerate(row.items()):
            plain(out, ("" if i == 0 else "&") + field_key(k, case, local) + "=")
            put(out, v, lambda t: quote_plus(t, safe=""))
        plain(out, "\n")
    plain(out, "-> ")
    for i, (k, v) in enumerate(case_looks(case)):
        plain(out, ("" if i == 0 else "&") + field_key(k, case, False) + "=")
        put(out, v, lambda t: quote_plus(t, safe=""))
    plain(out, "\n")
    return out


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
    plain(
        out,
        f"\nSUMMARY:{_vesc(words.REQUESTS[case.domain][words.LANGS.index(case.lang)][:40])}\nLOCATION:",
    )
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


LAYOUTS: dict[str, Callable[[random.Random, Case], Segs]] = {
    f.__name__: f
    for f in (
        email_thread, vcard, icalendar, markdown_table, html_form, html_table, xml, yaml, env, csv_semicolon,
        tsv, pdf_text, chat_export, stack_trace, sql_insert, json_lines, url_query, ocr_scan,
    )
}  # fmt: skip
