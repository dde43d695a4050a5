"""One function per layout of PII hold-out 14; each appends to a Doc through a Ctx."""

from __future__ import annotations

import random
from dataclasses import dataclass

from h14_looks import LEAD, PLAIN, simple
from h14_people import STREETS, TOWNS
from h14_phrases import W, date_text, key
from h14_values import (
    IBAN_SHAPE,
    Doc,
    Person,
    address_lines,
    card,
    house_no,
    iban,
    national_id,
    person,
    po_box,
    public_ip,
    region,
    secret,
)

NO_ID = ("SR",)  # no public id scheme with a check: an id field there holds a card instead
CARD_WORD = {"en": "Card", "de": "Karte", "fr": "Carte", "es": "Tarjeta", "nl": "Kaart"}


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    country: str
    d: Doc

    def w(self, k: str) -> str:
        return self.rng.choice(W[self.lang][k])

    def who(self) -> Person:
        return person(self.rng, self.country, self.lang)

    def name(self, p: Person) -> None:
        r = self.rng.random()
        v = (
            p.full
            if r < 0.6
            else f"{p.family}, {p.given}"
            if r < 0.72
            else f"{p.given[0]}. {p.family}"
            if r < 0.82
            else p.full.upper()
            if r < 0.9
            else p.given
        )
        self.d.s("PERSON", v)

    def addr(self, p: Person, sep: str = ", ") -> None:
        lines = po_box(self.rng, p) if self.rng.random() < 0.08 else address_lines(self.rng, p)
        if sep == ", " and self.rng.random() < 0.2:
            sep = " "  # missing commas
        self.d.s("ADDRESS", sep.join(lines))

    def dob(self, p: Person) -> None:
        self.d.s("DATE_OF_BIRTH", date_text(self.rng, p.dob, self.lang, self.country))

    def look(self, kind: str | None = None, lead: bool = True) -> None:
        kind = kind or self.rng.choice(PLAIN)
        if lead:
            self.d.t(LEAD[kind][self.lang] + " ")
        if kind == "FAMOUS_PERSON" and self.rng.random() < 0.5:
            self.famous_born()
            return
        self.d.k(kind, simple(self.rng, kind, self.lang, self.country))

    def famous_born(self) -> None:
        from h14_people import FAMOUS

        name, iso = self.rng.choice(FAMOUS[self.lang])
        y, m, dd = (int(x) for x in iso.split("-"))
        import datetime as dt

        self.d.k("FAMOUS_PERSON", name).t(f" ({self.w('born')} ")
        self.d.k(
            "FAMOUS_BIRTH_DATE", date_text(self.rng, dt.date(y, m, dd), self.lang, self.country)
        ).t(")")

    def company_address(self) -> None:
        t = self.rng.choice(TOWNS[region(self.country, self.lang)])
        st = self.rng.choice(STREETS[region(self.country, self.lang)])
        self.d.k(
            "COMPANY_ADDRESS",
            f"{st} {house_no(self.rng, self.country)}, {t[1]} {t[0]}".replace("  ", " "),
        )

    def looks(self, n: int, sep: str = "; ") -> None:
        for i in range(n):
            if i:
                self.d.t(sep)
            self.look()


# ---------------------------------------------------------------- records


def schema(c: Ctx) -> list[tuple[str, str]]:
    r = c.rng
    f: list[str] = ["name"] if r.random() < 0.6 else ["first", "last"]
    if r.random() < 0.55:
        f.append("dob")
    f += ["addr"] if r.random() < 0.6 else ["street", "city"]
    f += r.sample(["tel", "mail", "id", "iban", "card", "ip", "secret"], 3)
    f += r.sample(
        [
            "ORDER_NO",
            "TIMESTAMP",
            "COMPANY",
            "UUID",
            "OTHER_DATE",
            "VERSION",
            "PRODUCT_CODE",
            "INVOICE_NO",
            "HOTLINE",
            "ROLE_EMAIL",
            "ID_BAD_CHECK",
            "PRIVATE_IP",
        ],
        3,
    )
    keys = {
        "ORDER_NO": "order_id",
        "TIMESTAMP": "created_at",
        "COMPANY": "merchant",
        "UUID": "uuid",
        "OTHER_DATE": "last_visit",
        "VERSION": "app_version",
        "PRODUCT_CODE": "sku",
        "INVOICE_NO": "invoice",
        "HOTLINE": "support_line",
        "ROLE_EMAIL": "reply_to",
        "ID_BAD_CHECK": "rejected_id",
        "PRIVATE_IP": "lan_ip",
        "secret": "password",
    }
    return [(x, keys.get(x) or key(r, x, c.lang)) for x in f]


def value(c: Ctx, p: Person, ftype: str) -> tuple[str | None, str, bool]:
    """(kind, value, is_span) of one field for person p."""
    r = c.rng
    if ftype == "name":
        return "PERSON", p.full if r.random() < 0.8 else f"{p.family}, {p.given}", True
    if ftype == "first":
        return "PERSON", p.given, True
    if ftype == "last":
        return "PERSON", p.family, True
    if ftype == "dob":
        return (
            "DATE_OF_BIRTH",
            (p.dob.isoformat() if r.random() < 0.5 else date_text(r, p.dob, c.lang, c.country)),
            True,
        )
    if ftype == "addr":
        return "ADDRESS", ", ".join(address_lines(r, p)), True
    if ftype == "street":
        return "ADDRESS", address_lines(r, p)[0], True
    if ftype == "city":
        town, pc, reg = p.town
        if p.country in ("GB", "IE", "IN", "NG", "CA", "AU"):  # postcode after the town
            return (
                "ADDRESS",
                " ".join(x for x in (town, reg if p.country in ("CA", "AU") else "", pc) if x),
                True,
            )
        return "ADDRESS", " ".join(x for x in (pc, town) if x), True
    if ftype == "tel":
        return "PHONE", p.phone, True
    if ftype == "mail":
        return "EMAIL", p.email, True
    if ftype == "id":
        if p.country in NO_ID:
            return "CARD", card(r), True
        return "NATIONAL_ID", national_id(r, p.country, p.dob, p.male)[0], True
    if ftype == "iban":
        if p.country in IBAN_SHAPE:
            return "IBAN", iban(r, p.country), True
        return "CARD", card(r), True
    if ftype == "card":
        return "CARD", card(r), True
    if ftype == "ip":
        return "IP_ADDRESS", public_ip(r), True
    if ftype == "secret":
        if r.random() < 0.25:
            return "PLACEHOLDER_SECRET", simple(r, "PLACEHOLDER_SECRET", c.lang, c.country), False
        return "SECRET", secret(r)[0], True
    return ftype, simple(r, ftype, c.lang, c.country), False


def put(c: Ctx, kind: str | None, v: str, span: bool) -> None:
    if kind is None:
        c.d.t(v)
    elif span:
        c.d.s(kind, v)
    else:
        c.d.k(kind, v)


def rows(c: Ctx, n: int) -> tuple[list[tuple[str, str]], list[list[tuple[str | None, str, bool]]]]:
    sch = schema(c)
    people = [c.who() for _ in range(n)]
    return sch, [[value(c, p, f) for f, _ in sch] for p in people]


def lay_json(c: Ctx) -> None:
    sch, rs = rows(c, c.rng.choice([1, 1, 2]))
    c.d.t(c.w("ask") + "\n\n```json\n" + ("[\n" if len(rs) > 1 else ""))
    for j, row in enumerate(rs):
        c.d.t("  {\n")
        for i, ((_, k), (kind, v, sp)) in enumerate(zip(sch, row, strict=True)):
            c.d.t(f'    "{k}": "')
            put(c, kind, v, sp)
            c.d.t('"' + ("," if i < len(sch) - 1 else "") + "\n")
        c.d.t("  }" + ("," if j < len(rs) - 1 else "") + "\n")
    c.d.t(("]\n" if len(rs) > 1 else "") + "```\n")


def lay_yaml(c: Ctx) -> None:
    sch, rs = rows(c, c.rng.choice([1, 2]))
    c.d.t(c.w("ask") + "\n\ncustomers:\n")
    for row in rs:
        for i, ((_, k), (kind, v, sp)) in enumerate(zip(sch, row, strict=True)):
            c.d.t(("  - " if i == 0 else "    ") + f"{k}: ")
            q = '"' if ":" in v or "#" in v else ""
            c.d.t(q)
            put(c, kind, v, sp)
            c.d.t(q + "\n")


def _xml_esc_ok(v: str) -> bool:
    return not any(ch in v for ch in "<&>")


def lay_xml(c: Ctx) -> None:
    sch, rs = rows(c, 1)
    c.d.t(c.w("ask") + '\n<?xml version="1.0" encoding="UTF-8"?>\n<record>\n')
    for (_, k), (kind, v, sp) in zip(sch, rs[0], strict=True):
        if not _xml_esc_ok(v):
            continue
        c.d.t(f"  <{k}>")
        put(c, kind, v, sp)
        c.d.t(f"</{k}>\n")
    c.d.t("</record>\n")


def lay_env(c: Ctx) -> None:
    p = c.who()
    c.d.t(c.w("ask") + "\n\n# .env\nAPP_VERSION=")
    c.look("VERSION", lead=False)
    c.d.t("\nDB_HOST=")
    c.look("PRIVATE_IP", lead=False)
    for _ in range(c.rng.randrange(1, 4)):
        v, k = secret(c.rng)
        c.d.t(f"\n{k.upper()}=")
        c.d.s("SECRET", v)
    c.d.t("\nEXAMPLE_KEY=")
    c.look("PLACEHOLDER_SECRET", lead=False)
    c.d.t("\nADMIN_EMAIL=")
    c.d.s("EMAIL", p.email)
    c.d.t('\nADMIN_NAME="')
    c.d.s("PERSON", p.full)
    c.d.t('"\nSUPPORT_EMAIL=')
    c.look("ROLE_EMAIL", lead=False)
    c.d.t('\nSENDER_ADDRESS="')
    c.addr(p)
    c.d.t('"\n')


def _sql_lit(c: Ctx, kind: str | None, v: str, sp: bool) -> None:
    if "'" in v:
        v = v.replace("'", "’")
    c.d.t("'")
    put(c, kind, v, sp)
    c.d.t("'")


def lay_sql_insert(c: Ctx) -> None:
    sch, rs = rows(c, c.rng.choice([1, 2, 3]))
    tbl = c.rng.choice(["customers", "kunden", "clients", "clientes", "klanten"])
    c.d.t(c.w("ask") + f"\n\nINSERT INTO {tbl} ({', '.join(k for _, k in sch)}) VALUES\n")
    for j, row in enumerate(rs):
        c.d.t("  (")
        for i, cell in enumerate(row):
            if i:
                c.d.t(", ")
            _sql_lit(c, *cell)
        c.d.t(")" + ("," if j < len(rs) - 1 else ";") + "\n")


def _table(c: Ctx, sch, rs, sep: str, head: str = "", tail: str = "", quote: bool = False) -> None:  # noqa: ANN001
    c.d.t(head + sep.join(k for _, k in sch) + tail + "\n")
    for row in rs:
        c.d.t(head)
        for i, (kind, v, sp) in enumerate(row):
            if i:
                c.d.t(sep)
            q = '"' if quote and ("," in v or ";" in v) else ""
            c.d.t(q)
            put(c, kind, v.replace("|", "/") if "|" in sep else v, sp)
            c.d.t(q)
        c.d.t(tail + "\n")


def lay_csv(c: Ctx) -> None:
    sch, rs = rows(c, c.rng.choice([2, 3]))
    c.d.t(c.w("ask") + "\n\n")
    _table(c, sch, rs, c.rng.choice([",", ";"]), quote=True)


def lay_sheet(c: Ctx) -> None:
    sch, rs = rows(c, c.rng.choice([2, 3]))
    c.d.t(c.w("ask") + "\n")
    _table(c, sch, rs, "\t")


def lay_markdown(c: Ctx) -> None:
    sch, rs = rows(c, c.rng.choice([2, 3]))
    c.d.t(
        c.w("ask") + "\n\n| " + " | ".join(k for _, k in sch) + " |\n|" + "---|" * len(sch) + "\n"
    )
    for row in rs:
        c.d.t("| ")
        for i, (kind, v, sp) in enumerate(row):
            if i:
                c.d.t(" | ")
            put(c, kind, v, sp)
        c.d.t(" |\n")


def lay_sql_result(c: Ctx) -> None:
    sch, rs = rows(c, c.rng.choice([2, 3]))
    c.d.t(
        "SELECT * FROM " + c.rng.choice(["users", "patients", "members"]) + " WHERE id IN (...);\n"
    )
    _table(c, sch, rs, " | ", head=" ", tail="")
    c.d.t(f"({len(rs)} rows)\n\n" + c.w("ask"))


def lay_form(c: Ctx) -> None:
    p = c.who()
    c.d.t(c.w("ask") + "\n\n")
    for lab, fn in (
        (c.w("name"), lambda: c.name(p)),
        (c.rng.choice(W[c.lang]["dob_key"]), lambda: c.dob(p)),
        (c.w("addr"), lambda: c.addr(p)),
        (c.w("tel"), lambda: c.d.s("PHONE", p.phone)),
        (c.w("mail"), lambda: c.d.s("EMAIL", p.email)),
    ):
        c.d.t(f"{lab}: ")
        fn()
        c.d.t("\n")
    ft = c.rng.choice(["id", "iban", "card"])
    kind, v, sp = value(c, p, ft)
    c.d.t(
        f"{c.w('id') if kind == 'NATIONAL_ID' else 'IBAN' if kind == 'IBAN' else CARD_WORD[c.lang]}: "
    )
    put(c, kind, v, sp)
    c.d.t(f"\n{c.w('order')}: ")
    c.look("ORDER_NO", lead=False)
    c.d.t("\n")
    c.looks(2, "\n")


# ---------------------------------------------------------------- text layouts


def lay_prose(c: Ctx) -> None:
    p, q = c.who(), c.who()
    c.d.t(c.w("ask") + " ")
    c.name(p)
    c.d.t(f" ({c.w('born')} ")
    c.dob(p)
    c.d.t(f") {c.w('moved')} ")
    c.addr(p, c.rng.choice([", ", " ", "\n"]))
    c.d.t(f". {c.w('tel')} ")
    c.d.s("PHONE", p.phone)
    c.d.t(". ")
    c.look()
    c.d.t(", ")
    c.look()
    c.d.t(". ")
    c.name(q)
    c.d.t(f" {c.w('meet')} ")
    c.look("STREET_ALONE", lead=False)
    c.d.t(", ")
    c.look("COMPANY")
    c.d.t(". ")
    c.look("FAMOUS_PERSON")
    c.d.t(".")


def lay_email(c: Ctx) -> None:
    p, staff = c.who(), c.who()
    c.d.t("From: ")
    c.d.s("PERSON", p.full)
    c.d.t(" <")
    c.d.s("EMAIL", p.email)
    c.d.t(">\nTo: ")
    c.look("ROLE_EMAIL", lead=False)
    c.d.t("\nDate: ")
    c.look("TIMESTAMP", lead=False)
    c.d.t(f"\nSubject: {c.w('re')} {c.w('ticket')} ")
    c.look("TICKET_NO", lead=False)
    c.d.t(f"\n\n{c.w('hi')} ")
    c.d.s("PERSON", staff.given)
    c.d.t(f",\n\n{c.w('moved')} ")
    c.addr(p)
    c.d.t(f". {c.w('order')} ")
    c.look("ORDER_NO", lead=False)
    c.d.t(f", {c.w('deliv')} ")
    c.look("OTHER_DATE", lead=False)
    c.d.t(".\n")
    if c.rng.random() < 0.5:
        c.d.t(f"{c.rng.choice(W[c.lang]['dob_key'])}: ")
        c.dob(p)
        c.d.t("\n")
    c.d.t(f"\n{c.w('bye')}\n")
    c.d.s("PERSON", p.full)
    c.d.t("\n")
    c.addr(p, "\n")
    c.d.t(f"\n{c.w('tel')} ")
    c.d.s("PHONE", p.phone)
    c.d.t("\n\n---\n" + c.w("ask"))


def lay_letter(c: Ctx) -> None:
    p = c.who()
    c.d.t(c.w("ask") + "\n\n")
    c.d.s("PERSON", p.full)
    c.d.t("\n")
    c.addr(p, "\n")
    c.d.t("\n\n")
    c.look("COMPANY", lead=False)
    c.d.t("\n")
    c.company_address()
    c.d.t("\n\n")
    c.look("OTHER_DATE", lead=False)
    c.d.t(f"\n\n{c.w('hi')},\n\n{c.w('inv')} ")
    c.look("INVOICE_NO", lead=False)
    kind, v, sp = value(c, p, "iban")
    c.d.t(f". {'IBAN' if kind == 'IBAN' else CARD_WORD[c.lang]}: ")
    put(c, kind, v, sp)
    kind, v, sp = value(c, p, "id")
    c.d.t(f". {c.w('id') if kind == 'NATIONAL_ID' else CARD_WORD[c.lang]} ")
    put(c, kind, v, sp)
    c.d.t(f", {c.rng.choice(W[c.lang]['dob_key'])} ")
    c.dob(p)
    c.d.t(f".\n\n{c.w('bye')}\n")
    c.name(p)
    c.d.t("\n")


def lay_log(c: Ctx) -> None:
    p = c.who()
    c.d.t(c.w("ask") + "\n\n")
    for _ in range(c.rng.randrange(2, 4)):
        c.look("TIMESTAMP", lead=False)
        c.d.t(" INFO  [auth] login ok user=")
        c.d.s("EMAIL", p.email)
        c.d.t(" ip=")
        c.d.s("IP_ADDRESS", public_ip(c.rng))
        c.d.t(" via ")
        c.look("PRIVATE_IP", lead=False)
        c.d.t("\n")
    c.d.s("IP_ADDRESS", public_ip(c.rng))
    c.d.t(" - - [")
    c.look("TIMESTAMP", lead=False)
    c.d.t('] "GET /api/v1/orders/')
    c.look("ORDER_NO", lead=False)
    c.d.t(' HTTP/1.1" ')
    c.look("STATUS_BYTES", lead=False)
    c.d.t("\n")
    c.look("TIMESTAMP", lead=False)
    c.d.t(' WARN  [profile] update name="')
    c.d.s("PERSON", p.full)
    c.d.t('" dob=')
    c.d.s("DATE_OF_BIRTH", p.dob.isoformat())
    c.d.t(' address="')
    c.addr(p)
    c.d.t('" build=')
    c.look("GIT_SHA", lead=False)
    c.d.t("\n")


def lay_trace(c: Ctx) -> None:
    p = c.who()
    c.d.t(
        c.w("ask") + '\n\nTraceback (most recent call last):\n  File "/srv/app/billing.py", line '
        f"{c.rng.randrange(20, 400)}, in charge\n    validate(customer)\n"
    )
    c.d.t("billing.ValidationError: customer=Customer(name='")
    c.d.s("PERSON", p.full.replace("'", "’"))
    c.d.t("', birth='")
    c.d.s("DATE_OF_BIRTH", p.dob.isoformat())
    c.d.t("', street='")
    c.d.s("ADDRESS", address_lines(c.rng, p)[0].replace("'", "’"))
    c.d.t("') rejected: ")
    c.look(c.rng.choice(["ID_BAD_CHECK", "IBAN_BAD_CHECK", "CARD_BAD_LUHN"]), lead=False)
    c.d.t("\nrequest_id=")
    c.look("UUID", lead=False)
    c.d.t(" version=")
    c.look("VERSION", lead=False)
    c.d.t(" status=")
    c.look("HTTP_STATUS", lead=False)
    c.d.t("\n")


def lay_http(c: Ctx) -> None:
    p = c.who()
    v, _ = secret(c.rng)
    c.d.t(
        c.w("ask")
        + "\n\nPOST /api/v2/customers HTTP/1.1\nHost: api.example.org\nAuthorization: Bearer "
    )
    c.d.s("SECRET", v)
    c.d.t("\nX-Forwarded-For: ")
    c.d.s("IP_ADDRESS", public_ip(c.rng))
    c.d.t(", ")
    c.look("PRIVATE_IP", lead=False)
    c.d.t("\nX-Request-ID: ")
    c.look("UUID", lead=False)
    c.d.t('\nContent-Type: application/json\n\n{"name": "')
    c.d.s("PERSON", p.full)
    c.d.t('", "birthDate": "')
    c.d.s("DATE_OF_BIRTH", p.dob.isoformat())
    c.d.t('", "phone": "')
    c.d.s("PHONE", p.phone)
    c.d.t('", "address": "')
    c.addr(p)
    c.d.t('"}\n\nHTTP/1.1 ')
    c.look("HTTP_STATUS", lead=False)
    c.d.t("\n")


def lay_code(c: Ctx) -> None:
    p, q = c.who(), c.who()
    c.d.t(c.w("ask") + '\n\n```python\ndef test_signup():\n    user = User(\n        name="')
    c.d.s("PERSON", p.full)
    c.d.t('",\n        email="')
    c.d.s("EMAIL", p.email)
    c.d.t('",\n        born=date.fromisoformat("')
    c.d.s("DATE_OF_BIRTH", p.dob.isoformat())
    c.d.t('"),\n        address="')
    c.addr(p)
    c.d.t('",\n    )\n    assert user.plan == "')
    c.look("PRODUCT_CODE", lead=False)
    c.d.t('"\n    assert client.get("/health").status == "')
    c.look("HTTP_STATUS", lead=False)
    c.d.t('"\n    # reviewer: ')
    c.d.s("PERSON", q.full)
    c.d.t(", see ")
    c.look("GIT_SHA", lead=False)
    c.d.t('\n    STRIPE_KEY = "')
    c.d.s("SECRET", secret(c.rng)[0])
    c.d.t('"\n```\n')


def lay_chat(c: Ctx) -> None:
    p, agent = c.who(), c.who()
    t = c.rng.randrange(8, 20)
    c.d.t(c.w("ask") + "\n\n")

    def line(who: Person, mins: int) -> None:
        c.d.t(f"[{t:02d}:{mins:02d}] ")
        c.d.s("PERSON", who.given if who is agent else who.full)
        c.d.t(": ")

    line(agent, 1)
    c.d.t(f"{c.w('hi')}! {c.w('order')} ")
    c.look("ORDER_NO", lead=False)
    c.d.t("?\n")
    line(p, 2)
    c.d.t(f"{c.rng.choice(W[c.lang]['dob_key'])} ")
    c.dob(p)
    c.d.t(", ")
    c.addr(p)
    c.d.t("\n")
    line(agent, 4)
    c.look("HOTLINE")
    c.d.t(", ")
    c.look()
    c.d.t("\n")
    line(p, 5)
    c.d.t(f"{c.w('tel')} ")
    c.d.s("PHONE", p.phone)
    c.d.t(" / ")
    c.d.s("EMAIL", p.email)
    c.d.t(f". {c.w('deliv')} ")
    c.look("OTHER_DATE", lead=False)
    c.d.t("\n")


LAYOUTS = {
    "prose": lay_prose,
    "email": lay_email,
    "letter": lay_letter,
    "json": lay_json,
    "yaml": lay_yaml,
    "xml": lay_xml,
    "env": lay_env,
    "sql_insert": lay_sql_insert,
    "sql_result": lay_sql_result,
    "csv": lay_csv,
    "spreadsheet": lay_sheet,
    "log": lay_log,
    "stack_trace": lay_trace,
    "http_request": lay_http,
    "code": lay_code,
    "markdown_table": lay_markdown,
    "form": lay_form,
    "chat_transcript": lay_chat,
}
