"""A message built piece by piece with exact offsets, and the per-message cast of values.

`Ctx.val(name)` gives each template name one value per message (so a subject's order number is
the body's), with its role: a span to redact, a look-alike to keep, or plain text."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

import h13_people as P
import h13_phrases as W
import h13_values as V

PII, LOOK = "pii", "look"
Val = tuple[str | None, str | None, str]  # (role, kind, text)


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def add(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def put(self, v: Val) -> Doc:
        role, kind, text = v
        if role is None or not text:
            return self.add(text)
        target = self.spans if role == PII else self.looks
        target.append({"kind": kind, "start": self.n, "end": self.n + len(text)})
        return self.add(text)

    def pii(self, kind: str, text: str) -> Doc:
        return self.put((PII, kind, text))

    def look(self, kind: str, text: str) -> Doc:
        return self.put((LOOK, kind, text))

    def text(self) -> str:
        return "".join(self.parts)


TOKEN = re.compile(r"\{(\w+)\}")


def company_domain(name: str, umlauts: bool = False) -> str:
    return re.sub(r"[^a-z0-9]", "", V.ascii_fold(name, umlauts).lower().replace("&", "and"))


class Ctx:
    """Everything one message may mention, drawn lazily and kept for the message."""

    def __init__(self, rng: random.Random, lang: str, country: str) -> None:
        self.rng, self.lang, self.country = rng, lang, country
        self.p = P.person(rng, country, lang=lang)
        self.p2 = P.person(rng, country, adult=rng.random() < 0.3, lang=lang)
        if self.p2.dob < self.p.dob.replace(day=1) + dt.timedelta(days=365 * 18):  # a child of p's
            born = self.p.dob + dt.timedelta(days=rng.randrange(365 * 18, 365 * 42))
            self.p2.dob = min(born, dt.date(2023, 12, 31) - dt.timedelta(days=rng.randrange(2000)))
        self.p2.last = self.p.last if rng.random() < 0.6 else self.p2.last
        self.p2.addr = self.p.addr
        self.cache: dict[str, Val] = {}
        self.famous: tuple[str, str] | None = None  # one public figure per message, with birth date
        self.employer = rng.choice(P.EMPLOYERS[country])
        self.clock = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=rng.randrange(86400 * 700))

    # --- people's values -------------------------------------------------------------------
    def email_of(self, p: P.Person, work: bool = False) -> str:
        r = self.rng
        uml = self.lang == "de"
        f = re.sub(r"[^a-z]", "", V.ascii_fold(p.first, uml).lower())
        last = re.sub(
            r"[^a-z]",
            "",
            V.ascii_fold(p.last.split(" ")[0] if self.country == "ES" else p.last, uml).lower(),
        )
        local = r.choice(
            [
                f"{f}.{last}",
                f"{f[0]}{last}",
                f"{f}{last}{r.randint(1, 99)}",
                f"{f}_{last}",
                f"{f}.{last}{p.dob.year % 100:02d}",
                f"{last}.{f}",
                f"{f}{p.dob.year}",
            ]
        )
        if work:
            return f"{f}.{last}@{company_domain(self.employer, uml)}.{P.DOMAINS[self.country]}"
        return f"{local}@{r.choice(P.MAIL_PROVIDERS[self.country])}"

    def phone_of(self, structured: bool = False) -> str:
        n = V.phone(self.rng, self.country, mobile=self.rng.random() < 0.75)
        if structured and self.rng.random() < 0.5:
            return V.phonenumbers.format_number(n, V.PhoneNumberFormat.E164)
        return V.format_phone(self.rng, n, self.country)

    def iban_of(self) -> tuple[str, str]:
        if self.country == "US":
            return "CARD", V.format_card(self.rng, V.card(self.rng))
        return "IBAN", V.format_iban(self.rng, V.iban(self.rng, self.country))

    def id_of(self, p: P.Person) -> str:
        return V.format_id(
            self.rng, self.country, V.national_id(self.rng, self.country, p.dob, p.sex, p.foreign)
        )

    def date(self, d: dt.date, words: bool = True, style: int | None = None) -> str:
        return W.fmt_date(self.rng, self.lang, self.country, d, words, style)

    def other_date(self, old: bool = False) -> str:
        r = self.rng
        if old:
            d = dt.date(1985, 1, 1) + dt.timedelta(days=r.randrange(365 * 38))
        else:
            d = dt.date(2023, 1, 1) + dt.timedelta(days=r.randrange(365 * 3))
        return self.date(d)

    def timestamp(self, style: int | None = None) -> str:
        """A machine time stamp; `style` keeps one format through a log."""
        r = self.rng
        t = self.clock = self.clock + dt.timedelta(seconds=r.randrange(1, 900))
        k = r.randrange(4) if style is None else style
        if k == 0:
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if k == 1:
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if k == 2:
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randrange(1000):03d}+01:00"
        return str(int(t.replace(tzinfo=dt.timezone.utc).timestamp()) * 1000 + r.randrange(1000))

    def chat_time(self, style: str) -> str:
        """A chat export's time stamp: WhatsApp's per-locale forms, or Teams' clock time."""
        r = self.rng
        t = self.clock = self.clock + dt.timedelta(seconds=r.randrange(5, 2000))
        if style == "teams":
            return (
                t.strftime("%H:%M")
                if self.lang != "en" or self.country != "US"
                else t.strftime("%I:%M %p").lstrip("0")
            )
        if self.country == "US":
            return t.strftime("%-m/%-d/%y, %-I:%M:%S %p")
        if self.lang == "de":
            return t.strftime("%d.%m.%y, %H:%M:%S")
        return (
            t.strftime("%d/%m/%Y, %H:%M:%S")
            if self.lang != "nl"
            else t.strftime("%d-%m-%Y %H:%M:%S")
        )

    def mail_date(self) -> str:
        t = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.rng.randrange(86400 * 700))
        return t.strftime("%a, %d %b %Y %H:%M:%S ") + self.rng.choice(
            ["+0100", "+0200", "+0000", "-0500"]
        )

    def addr(self, p: P.Person | None = None, lines: bool = False) -> str:
        a = (p or self.p).addr
        if a.pobox and not lines:
            a = P.Address(**{**a.__dict__, "pobox": ""})
        return "\n".join(a.lines(self.rng)) if lines else a.one_line(self.rng)

    def bad_id(self) -> str:
        v = V.national_id(self.rng, self.country, self.p.dob, self.p.sex, self.p.foreign)
        return V.format_id(self.rng, self.country, V.twin(self.rng, v, V.ID_VALID[self.country]))

    # --- the template names ----------------------------------------------------------------
    def val(self, name: str) -> Val:
        if name not in self.cache:
            self.cache[name] = self._draw(name)
        return self.cache[name]

    def _draw(self, name: str) -> Val:
        r, p, p2, lang, cc = self.rng, self.p, self.p2, self.lang, self.country
        if name.startswith("FAMOUS") and self.famous is None:
            fname, fdob = r.choice(P.FAMOUS[lang])
            self.famous = (fname, self.date(fdob))
        if name == "NAME":
            return (PII, "PERSON", p.full())
        if name == "FIRST":
            return (PII, "PERSON", p.first)
        if name == "LAST":
            last = p.last[0].upper() + p.last[1:] if lang == "nl" else p.last
            return (PII, "PERSON", last)
        if name == "NAME2":
            return (PII, "PERSON", p2.full())
        if name == "FIRST2":
            return (PII, "PERSON", p2.first)
        if name == "DOB":
            return (PII, "DATE_OF_BIRTH", self.date(p.dob))
        if name == "DOB2":
            return (PII, "DATE_OF_BIRTH", self.date(p2.dob))
        if name == "ADDR":
            return (PII, "ADDRESS", self.addr())
        if name == "PHONE":
            return (PII, "PHONE", self.phone_of())
        if name == "EMAIL":
            return (PII, "EMAIL", self.email_of(p, r.random() < 0.15))
        if name == "IBAN":
            return (PII, *self.iban_of())
        if name == "CARD":
            return (PII, "CARD", V.format_card(r, V.card(r)))
        if name == "ID":
            return (PII, "NATIONAL_ID", self.id_of(p))
        if name == "IP":
            return (PII, "IP_ADDRESS", V.public_ipv4(r) if r.random() < 0.75 else V.public_ipv6(r))
        if name == "SECRET":
            return (PII, "SECRET", V.secret(r))
        if self.famous is not None and name == "FAMOUS":
            return (LOOK, "FAMOUS_PERSON", self.famous[0])
        if self.famous is not None and name == "FAMOUS_DOB":
            return (LOOK, "FAMOUS_BIRTH_DATE", self.famous[1])
        # a role mailbox belongs to the message's brand
        brand = r.choice(P.PERSONLIKE_COMPANIES[lang]) if name == "BRAND" else ""
        brand = self.val("BRAND")[2] if name == "ROLEMAIL" else brand
        town = r.choice(P.towns_for(cc, lang))
        table: dict[str, Callable[[], Val]] = {
            "ORDER": lambda: (LOOK, "ORDER_NO", V.order_no(r)),
            "TRACK": lambda: (LOOK, "TRACKING_NO", V.tracking_no(r, cc if cc != "GB" else "GB")),
            "TICKET": lambda: (LOOK, "TICKET_NO", V.ticket_no(r)),
            "INVOICE": lambda: (LOOK, "INVOICE_NO", V.invoice_no(r)),
            "ODATE": lambda: (LOOK, "OTHER_DATE", self.other_date()),
            "OSTART": lambda: (LOOK, "OTHER_DATE", self.other_date(old=True)),
            "BRAND": lambda: (LOOK, "COMPANY", brand),
            "EMPLOYER": lambda: (LOOK, "COMPANY", self.employer),
            "HOTLINE": lambda: (LOOK, "SERVICE_LINE", V.format_phone(r, V.hotline(r, cc), cc)),
            "STREET": lambda: (LOOK, "STREET_NAME", r.choice(P.streets_for(cc, lang))),
            "TOWN": lambda: (LOOK, "PLACE_NAME", town[0]),
            "VERSION": lambda: (LOOK, "VERSION", V.version(r)),
            "PRODNAME": lambda: (LOOK, "PRODUCT_NAME", r.choice(P.PERSONLIKE_PRODUCTS)),
            "PRODUCT": lambda: (LOOK, "PRODUCT_CODE", V.product_code(r)),
            "ROLEMAIL": lambda: (
                LOOK,
                "ROLE_EMAIL",
                f"{r.choice(ROLE_BOXES[lang])}@{company_domain(brand, lang == 'de')}.{P.DOMAINS[cc]}",
            ),
            "COORD": lambda: (LOOK, "COORDINATES", V.coordinates(r, town[3], town[4])),
            "GEO": lambda: (LOOK, "COORDINATES", V.coordinates(r, town[3], town[4], decimal=True)),
            "HTTP": lambda: (LOOK, "HTTP_STATUS", r.choice(V.HTTP_STATUS[5:])),
            "PRIVIP": lambda: (LOOK, "PRIVATE_IP", V.private_ip(r)),
            "DOCIP": lambda: (LOOK, "DOC_IP", V.doc_ip(r)),
            "DNS": lambda: (LOOK, "PUBLIC_DNS", r.choice(V.PUBLIC_DNS)),
            "ORGIBAN": lambda: (
                LOOK,
                "ORG_IBAN",
                V.format_iban(r, V.iban(r, cc if cc != "US" else "IE")),
            ),
            "BADID": lambda: (LOOK, "ID_BAD_CHECK", self.bad_id()),
            "BADIBAN": lambda: (
                LOOK,
                "IBAN_BAD_CHECK",
                V.format_iban(r, V.iban_twin(r, V.iban(r, cc if cc != "US" else "GB"))),
            ),
            "BADCARD": lambda: (LOOK, "CARD_BAD_LUHN", V.format_card(r, V.card_twin(r, V.card(r)))),
            "HASH": lambda: (LOOK, "HASH", V.hexs(r, r.choice([32, 40, 64]))),
            "GITSHA": lambda: (LOOK, "GIT_SHA", V.hexs(r, r.choice([7, 8, 12, 40]))),
            "UUID": lambda: (LOOK, "UUID", V.uuid(r)),
            "TS": lambda: (LOOK, "TIMESTAMP", self.timestamp()),
            "PLACEHOLDER": lambda: (LOOK, "PLACEHOLDER_SECRET", r.choice(V.PLACEHOLDER_SECRETS)),
        }
        if name in table:
            return table[name]()
        # grammar and labels: plain text
        sal = W.SALUTE[lang][p.sex]
        plain = {
            "TITLE": sal,
            "IDLABEL": r.choice(W.id_labels(cc, lang)),
            "R": "r" if p.sex == "m" else "",
            "R2": "r" if p.sex == "m" else "",
            "NE": "né" if p.sex == "m" else "née",
            "NE2": "né" if p2.sex == "m" else "née",
            "NACIDO": "nacido" if p.sex == "m" else "nacida",
            "NACIDO2": "nacido" if p2.sex == "m" else "nacida",
            "ESTIM": "Estimado" if p.sex == "m" else "Estimada",
            "CHER": "Cher" if p.sex == "m" else "Chère",
            "CHILD": W.CHILD[lang][p2.sex][0],
            "CHILD_L": W.CHILD[lang][p2.sex][1],
        }
        if name in plain:
            return (None, None, plain[name])
        raise KeyError(name)

    def fresh(self, name: str) -> Val:
        """A new value of the name's kind, for rows and log lines that each have their own."""
        return self._draw(name)

    def fill(self, doc: Doc, template: str, **over: Val) -> Doc:
        """Write a template, marking each named value by its role (`over` replaces names)."""
        pos = 0
        for m in TOKEN.finditer(template):
            doc.add(template[pos : m.start()])
            key = m.group(1)
            doc.put(over[key] if key in over else self.val(key))
            pos = m.end()
        return doc.add(template[pos:])

    def addressee(self, b: P.Person) -> dict[str, Val]:
        """Template names for greeting someone other than the writer."""
        last = b.last[0].upper() + b.last[1:] if self.lang == "nl" else b.last
        m = b.sex == "m"
        return {
            "FIRST": (PII, "PERSON", b.first),
            "LAST": (PII, "PERSON", last),
            "TITLE": (None, None, W.SALUTE[self.lang][b.sex]),
            "R": (None, None, "r" if m else ""),
            "R2": (None, None, "r" if m else ""),
            "ESTIM": (None, None, "Estimado" if m else "Estimada"),
            "CHER": (None, None, "Cher" if m else "Chère"),
        }


ROLE_BOXES = {
    "en": ["support", "info", "customerservice", "noreply", "hello", "billing"],
    "de": ["kundenservice", "info", "service", "noreply", "buchhaltung", "support"],
    "fr": ["service-client", "contact", "info", "noreply", "sav", "facturation"],
    "es": ["atencionalcliente", "info", "contacto", "noreply", "soporte", "facturacion"],
    "nl": ["klantenservice", "info", "contact", "noreply", "support", "administratie"],
}


def check(rec: dict) -> None:
    """Offsets inside the text, no white space at a mark's ends, no two marks overlapping."""
    text = rec["text"]
    marks = sorted((m["start"], m["end"]) for m in rec["spans"] + rec["lookalikes"])
    for s, e in marks:
        seg = text[s:e]
        if not (0 <= s < e <= len(text)) or seg != seg.strip():
            raise AssertionError(f"{rec['id']}: bad mark {s}-{e}")
    for (_, e1), (s2, _) in zip(marks, marks[1:], strict=False):
        if s2 < e1:
            raise AssertionError(f"{rec['id']}: overlapping marks at {s2}")
