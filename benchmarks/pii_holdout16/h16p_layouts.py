"""Record layouts (tables, exports, configs, forms) and the helpers every layout shares. Each
arranges a case's marked values into segments; escaping is applied per segment, so a mark covers
exactly the characters the format writes."""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from urllib.parse import quote_plus

import h16p_looks as looks
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


RECORDS: dict[str, Callable[[random.Random, Case], Segs]] = {
    f.__name__: f
    for f in (
        markdown_table,
        html_table,
        html_form,
        csv_semicolon,
        tsv,
        sql_insert,
        json_lines,
        xml,
        yaml,
        env,
        url_query,
    )
}
