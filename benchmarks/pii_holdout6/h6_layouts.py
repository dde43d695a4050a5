"""Human text people paste: tickets, e-mails, chats, forms, letters, invoices, labels, CVs, prose."""

from __future__ import annotations

import h6_looks as looks
import h6_people as people
from h6_doc import Ctx, Doc, Mark

TITLES = ("Frau", "Madame", "Dear", "Geachte", "Estimada", "Gentile", "Prezada", "Szanowna")


def greet(c: Ctx, d: Doc, who) -> None:
    """A greeting line: family name after a title, given name otherwise."""
    template = c.pick(c.p["greet"])
    formal = any(t in template for t in TITLES)
    d.t(template + "\n\n", agent=Mark("PERSON", who.family if formal else who.given))


def ticket(c: Ctx) -> Doc:
    d, p, r = Doc(), c.p, c.rng
    me, agent = c.person(), c.person()
    if r.random() < 0.5:
        d.t("{t} ", t=c.look("TICKET_NO"))
    greet(c, d, agent)
    ymd = c.dob_ymd()
    nid, label = c.nid(ymd)
    lines = [
        (
            "order",
            dict(order=c.look("ORDER_NO"), odate=c.look("OTHER_DATE"), price=c.look("PRICE")),
        ),
        (
            "card",
            dict(
                card=c.card()
                if r.random() < 0.75
                else c.look(r.choice(["CARD_BAD_LUHN", "TEST_CARD"]))
            ),
        ),
        ("move", dict(addr=c.addr())),
        ("reach", dict(phone=c.phone(), email=c.email(me))),
        ("refund", dict(iban=c.iban() if r.random() < 0.75 else c.look("IBAN_BAD_CHECK"))),
        ("idline", dict(idlabel=label, nid=nid if r.random() < 0.75 else c.look("ID_BAD_CHECK"))),
        ("born", dict(dob=c.dob(ymd))),
    ]
    r.shuffle(lines)
    for key, slots in lines[: r.randint(3, 7)]:
        text = c.pick(p[key])
        if key == "born":
            text = text[0].upper() + text[1:] + "."
        d.t(text + r.choice([" ", "\n"]), **slots)
    if r.random() < 0.2:
        d.t("\nlogin: {e} / pw: {pw}\n", e=c.email(me), pw=c.password())
    if r.random() < 0.3:
        d.t("\nTracking: {tr}\n", tr=c.look("TRACKING_NO"))
    if r.random() < 0.6:
        d.t(
            "\n(App {v} · {pc} · {inv} · {ts})\n",
            v=c.look("VERSION"),
            pc=c.look("PRODUCT_CODE"),
            inv=c.look("INVOICE_NO"),
            ts=c.look("TIMESTAMP"),
        )
    return d.t("\n" + c.pick(p["bye"]), name=c.name(me))


def email_thread(c: Ctx) -> Doc:
    d, p, r = Doc(), c.p, c.rng
    a, b = c.person(), c.person()
    d.t("From: {n} <{e}>\n", n=c.name(a), e=c.email(a))
    d.t("To: {n} <{e}>\n", n=c.name(b), e=c.email(b))
    if r.random() < 0.4:
        d.t("Cc: {e}\n", e=c.look("PLACEHOLDER_EMAIL") if r.random() < 0.5 else c.email(c.person()))
    d.t(
        "Message-ID: <{u}@mail.gmail.com>\nX-Mailer: Outlook {v}\n",
        u=c.look("UUID"),
        v=c.look("VERSION"),
    )
    d.t(
        "Date: {ts}\nSubject: Re: {o}\n\n",
        ts=Mark("TIMESTAMP", looks.timestamp(r, "mail")),
        o=c.look("ORDER_NO"),
    )
    greet(c, d, b)
    d.t(
        c.pick(p["order"]) + "\n",
        order=c.look("ORDER_NO"),
        odate=c.look("OTHER_DATE"),
        price=c.look("PRICE"),
    )
    d.t(c.pick(p["move"]) + "\n\n", addr=c.addr())
    d.t(c.pick(p["bye"]) + "\n--\n", name=c.name(a))
    d.t(
        "{n}\n{role} | {co}\n",
        n=c.name(a),
        role=r.choice(
            ["Head of Finance", "Einkauf", "Responsable RH", "Office Manager", "Inköpare"]
        ),
        co=c.look("BRAND")
        if r.random() < 0.4
        else r.choice(["Nordlicht Software GmbH", "Altair Conseil SAS", "Tulipa Logistics B.V."]),
    )
    sep = r.choice(["\n", " · ", " | "])
    d.t("{ph}" + sep + "{ad}\n", ph=c.phone(), ad=c.addr(sep=", "))
    if r.random() < 0.5:
        d.t(
            "\nOn {ts}, {n} wrote:\n> " + c.pick(p["reach"]).replace("\n", "\n> ") + "\n",
            ts=c.look("OTHER_DATE"),
            n=c.name(b),
            phone=c.phone(),
            email=c.email(b),
        )
    return d


def chat(c: Ctx) -> Doc:
    d, p, r = Doc(), c.p, c.rng
    me, agent = c.person(), c.person()
    h, m = r.randint(8, 20), r.randint(0, 50)
    ymd = c.dob_ymd()
    turns = [
        ("A", c.pick(p["greet"]).replace("{agent}", "{greet}")),
        ("U", c.pick(p["order"])),
        ("A", "#{t}"),
        ("U", c.pick(p["born"])),
        ("U", c.pick(p["reach"])),
        ("A", "#{t}"),
        ("U", c.pick(p["move"])),
    ]
    for who, text in turns[: r.randint(4, 7)]:
        d.t(
            "[{hh}:{mm}] {who}: ",
            hh=f"{h:02d}",
            mm=f"{m:02d}",
            who=c.name(agent) if who == "A" else Mark("PERSON", me.given),
        )
        m += r.randint(0, 3)
        d.t(
            text + "\n",
            greet=Mark("PERSON", me.given),
            dob=c.dob(ymd),
            order=c.look("ORDER_NO"),
            odate=c.look("OTHER_DATE"),
            price=c.look("PRICE"),
            phone=c.phone(),
            email=c.email(me),
            t=c.look("TICKET_NO"),
            addr=c.addr(),
        )
    return d


CARD_LABEL = {
    "en": "Card number",
    "de": "Kartennummer",
    "fr": "N° de carte",
    "es": "Nº de tarjeta",
    "nl": "Kaartnummer",
    "it": "Numero carta",
    "pt": "N.º do cartão",
    "pl": "Numer karty",
    "sv": "Kortnummer",
}


def form(c: Ctx, sep: str | None = None) -> Doc:
    d, lab, r = Doc(), c.p["lab"], c.rng
    me = c.person()
    ymd = c.dob_ymd()
    nid, label = c.nid(ymd)
    sep = sep or r.choice([": ", ":\t", " = ", " | "])
    rows = [
        (lab["name"], c.name(me, variant=True)),
        (lab["dob"], c.dob(ymd)),
        (lab["addr"], c.addr()),
        (lab["phone"], c.phone()),
        (lab["email"], c.email(me)),
        (label or "ID", nid),
        (lab["iban"], c.iban()),
        (lab["start"], c.look("OTHER_DATE")),
        (lab["amount"], c.look("PRICE")),
    ]
    if r.random() < 0.45:
        rows.insert(
            7,
            (
                CARD_LABEL.get(c.lang, "Card"),
                c.card() if r.random() < 0.8 else c.look("CARD_BAD_LUHN"),
            ),
        )
    for k, v in rows:
        if r.random() < 0.85:
            d.t("{k}" + sep + "{v}\n", k=k, v=v)
    return d


def letter(c: Ctx) -> Doc:
    d, p, _r = Doc(), c.p, c.rng
    doctor, patient = c.person(), c.person()
    d.t("Dr. {n}\n{a}\n{ph}\n\n", n=c.name(doctor), a=c.addr(sep="\n", po_box=0), ph=c.phone())
    ymd = c.dob_ymd()
    subject, body, tail = p["letter"]
    d.t(subject + "\n", claim=c.look("TICKET_NO"), name=c.name(patient), dob=c.dob(ymd))
    nid, label = c.nid(ymd)
    d.t("{label}: {nid}\n\n", label=label or "ID", nid=nid)
    d.t(
        body + "\n",
        name=c.name(patient, variant=True),
        visit=c.look("OTHER_DATE"),
        icd=c.look("ICD_CODE"),
        inv=c.look("INVOICE_NO"),
        price=c.look("PRICE"),
    )
    return d.t(tail + "\n", addr=c.addr(po_box=0.15))


def invoice(c: Ctx) -> Doc:
    d, lab, r = Doc(), c.p["lab"], c.rng
    buyer = c.person()
    d.t(
        "{co}\n{a}\nVAT {vat}\n\n",
        co=r.choice(
            [
                "Nordlicht Software GmbH",
                "Altair Conseil SAS",
                "Tulipa Logistics B.V.",
                "Olivo Forniture S.r.l.",
                "Vinter Design AB",
            ]
        ),
        a=c.addr(sep="\n", po_box=0),
        vat=c.look("COMPANY_VAT"),
    )
    d.t(
        "INVOICE {n}\n{dl}: {dt}\n\n{b}\n{ba}\n\n",
        n=c.look("INVOICE_NO"),
        dl=lab["date"],
        dt=c.look("OTHER_DATE"),
        b=c.name(buyer),
        ba=c.addr(sep="\n"),
    )
    for _ in range(r.randint(1, 4)):
        d.t(
            "{q} x {pc}  {ver}  {pr}\n",
            q=str(r.randint(1, 12)),
            pc=c.look("PRODUCT_CODE"),
            ver=r.choice(["", "licence", "support"]),
            pr=c.look("PRICE"),
        )
    d.t("\n{al}: {tot}\nIBAN: {iban}\n", al=lab["amount"], tot=c.look("PRICE"), iban=c.iban())
    if r.random() < 0.4:
        d.t(
            "Paid by card {card} on {dt}\n",
            card=c.card() if r.random() < 0.7 else c.look(r.choice(["CARD_BAD_LUHN", "TEST_CARD"])),
            dt=c.look("OTHER_DATE"),
        )
    return d


COUNTRY_NAMES = {
    "GB": "UNITED KINGDOM",
    "US": "USA",
    "DE": "GERMANY",
    "FR": "FRANCE",
    "ES": "SPAIN",
    "IT": "ITALY",
    "NL": "NETHERLANDS",
    "BE": "BELGIUM",
    "PL": "POLAND",
    "SE": "SWEDEN",
    "PT": "PORTUGAL",
    "BR": "BRAZIL",
    "AT": "AUSTRIA",
    "CH": "SWITZERLAND",
    "IE": "IRELAND",
    "AU": "AUSTRALIA",
    "CA": "CANADA",
    "IN": "INDIA",
}


def shipping_label(c: Ctx) -> Doc:
    d, r = Doc(), c.rng
    me = c.person()
    d.t("SHIP TO:\n{n}\n", n=Mark("PERSON", me.full.upper()) if r.random() < 0.4 else c.name(me))
    if r.random() < 0.25:
        d.t("c/o {n}\n", n=c.name(c.person()))
    d.t(
        "{a}\n{country}\nTel: {ph}\n\nTracking: {tr}\nOrder: {o}   Weight: {w} kg\nShipped: {dt}\n",
        a=c.addr(sep="\n", po_box=0.12),
        country=COUNTRY_NAMES.get(c.cc, c.cc),
        ph=c.phone(),
        tr=c.look("TRACKING_NO"),
        o=c.look("ORDER_NO"),
        w=f"{r.randint(1, 30)}.{r.randint(0, 9)}",
        dt=c.look("OTHER_DATE"),
    )
    return d


def cv(c: Ctx) -> Doc:
    d, lab, r = Doc(), c.p["lab"], c.rng
    me = c.person()
    d.t("# {n}\n{e} · {ph} · {a}\n", n=c.name(me), e=c.email(me), ph=c.phone(), a=c.addr())
    if r.random() < 0.7:
        d.t("{l}: {dob}\n", l=lab["dob"], dob=c.dob())
    d.add("\n## Experience\n")
    for _ in range(r.randint(1, 3)):
        y = r.randint(2008, 2022)
        d.t(
            "- {y1}–{y2}  Software engineer, {co} (Python {v}, Kubernetes {v2})\n",
            y1=str(y),
            y2=str(y + r.randint(1, 4)),
            co=c.look("BRAND"),
            v=c.look("VERSION"),
            v2=c.look("VERSION"),
        )
    ref = c.person()
    d.t("\nReferences: {n}, {e}\n", n=c.name(ref), e=c.email(ref))
    return d


# Real birth dates of famous people (public record): a famous person's birthday is not a user's.
FAMOUS_BORN = {
    "Albert Einstein": (1879, 3, 14),
    "Marie Curie": (1867, 11, 7),
    "Wolfgang Amadeus Mozart": (1756, 1, 27),
    "Ada Lovelace": (1815, 12, 10),
    "Alan Turing": (1912, 6, 23),
    "Frida Kahlo": (1907, 7, 6),
    "Victor Hugo": (1802, 2, 26),
    "Frédéric Chopin": (1810, 3, 1),
    "Charles Darwin": (1809, 2, 12),
    "Immanuel Kant": (1724, 4, 22),
    "Winston Churchill": (1874, 11, 30),
    "Astrid Lindgren": (1907, 11, 14),
    "Vincent van Gogh": (1853, 3, 30),
}
PROSE = [
    "en|Quick question for my essay: when {f} moved to Paris, was that before or after the crash on {st}? "
    "My source is the biography (ISBN {isbn}), p. {pg}. I also compare {b} and {b2} share prices "
    "({pr} vs {pr2}). Deadline is {dt}, submitted as version {v}.\n",
    "de|Für mein Referat: stimmt es, dass {f} am {fb} geboren wurde? In der Ausgabe ISBN {isbn} steht "
    "es so, auf S. {pg}. Abgabe ist am {dt}. Und warum heißt die Bank-Serie im Fernsehen nach {st}?\n",
    "fr|Pour mon exposé sur {f} (né(e) le {fb}) : la boutique {b} des {st} a rouvert le {dt}, "
    "prix d'entrée {pr}. Coordonnées du musée : {co}.\n",
    "es|Resumen para el blog: las acciones de {b} subieron un 3,2 % en {st} el {dt} (cierre {pr}); "
    "{b2} cayó hasta {pr2}. Cita de {f}, nacido el {fb}, en la p. {pg} (ISBN {isbn}).\n",
    "en|Release {v} ({sha}) is out: fixes the crash from {dt}, download {by}, sha256 {h}. "
    "Tested on {b} laptops; see {st} demo at {co}.\n",
    "it|Riassunto: {f} nacque il {fb}; la mostra su di lui apre il {dt} a {st}, biglietto {pr}. "
    "Sponsor: {b}.\n",
]


def prose(c: Ctx) -> Doc:
    """An aside about history, finance or a release, with famous people, streets and brands: nothing
    personal to redact except, sometimes, the writer's own first name."""
    d, r = Doc(), c.rng
    lang, template = r.choice(PROSE).split("|", 1)
    c = Ctx(r, lang, {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT"}[lang])
    d.lang, d.country = c.lang, c.cc
    famous = r.choice(list(FAMOUS_BORN))
    y, m, day = FAMOUS_BORN[famous]
    month = people.MONTHS[lang].split()[m - 1]
    styles = [
        f"{day} {month} {y}",
        f"{day:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{day:02d}",
        f"{day:02d}/{m:02d}/{y}",
    ]
    born = Mark("FAMOUS_BIRTH_DATE", r.choice(styles))
    d.t(
        template,
        f=Mark("FAMOUS_PERSON", famous),
        fb=born,
        st=c.look("STREET_PROSE"),
        isbn=c.look("ISBN"),
        pg=str(r.randint(3, 600)),
        b=c.look("BRAND"),
        b2=c.look("BRAND"),
        pr=c.look("PRICE"),
        pr2=c.look("PRICE"),
        co=c.look("COORDINATES"),
        dt=c.look("OTHER_DATE"),
        v=c.look("VERSION"),
        sha=c.look("GIT_SHA"),
        by=c.look("BYTE_COUNT"),
        h=c.look("HASH"),
    )
    if r.random() < 0.4:
        d.t("— {n}\n", n=Mark("PERSON", c.person().given))
    return d


def order_history(c: Ctx) -> Doc:
    """An order table copied from a shop account: identifiers, dates and prices, no personal data."""
    d, lab, r = Doc(), c.p["lab"], c.rng
    d.t(
        "| {o} | {dt} | SKU | Qty | {am} | Tracking |\n|---|---|---|---|---|---|\n",
        o=lab["order"],
        dt=lab["date"],
        am=lab["amount"],
    )
    for _ in range(r.randint(2, 6)):
        d.t(
            "| {o} | {dt} | {sku} | {q} | {pr} | {tr} |\n",
            o=c.look("ORDER_NO"),
            dt=c.look("OTHER_DATE"),
            sku=c.look("PRODUCT_CODE"),
            q=str(r.randint(1, 5)),
            pr=c.look("PRICE"),
            tr=c.look("TRACKING_NO"),
        )
    return d.t(
        "\nwhich of these can I still return? the {b} one is {st}.\n",
        b=c.look("BRAND"),
        st=Mark("HTTP_STATUS", "404 Not Found") if r.random() < 0.3 else "broken",
    )
