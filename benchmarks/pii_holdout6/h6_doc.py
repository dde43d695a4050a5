"""A message under construction: text appended piece by piece, each labelled piece recording its offsets.

Offsets are exact by construction: a span's start is the length of the text before it.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

import h6_ids as ids
import h6_looks as looks
import h6_people as people
import h6_places as places
from h6_phrases import IBAN_OF, ID_OF, P

PII = (
    "SECRET",
    "EMAIL",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "PHONE",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "PERSON",
)


@dataclass(frozen=True)
class Mark:
    """A labelled value: personal data when kind is one of PII, a look-alike to keep otherwise."""

    kind: str
    text: str

    @property
    def pii(self) -> bool:
        return self.kind in PII


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    size: int = 0
    spans: list[dict] = field(default_factory=list)
    lookalikes: list[dict] = field(default_factory=list)
    lang: str | None = None  # set when a layout writes in a language of its own
    country: str | None = None

    def add(self, piece: str | Mark) -> Doc:
        if isinstance(piece, Mark):
            if piece.text:
                target = self.spans if piece.pii else self.lookalikes
                target.append(
                    {"kind": piece.kind, "start": self.size, "end": self.size + len(piece.text)}
                )
            piece = piece.text
        self.parts.append(piece)
        self.size += len(piece)
        return self

    def t(self, template: str, **slots: str | Mark) -> Doc:
        """Append a template; each {slot} is replaced by its value, labelled if it is a Mark."""
        for literal, name, _, _ in string.Formatter().parse(template):
            self.add(literal)
            if name is not None:
                self.add(slots[name])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    """One message's language, country and random source, with makers for labelled values."""

    def __init__(self, rng: random.Random, lang: str, cc: str) -> None:
        self.rng, self.lang, self.cc = rng, lang, cc
        self.p = P[lang]

    def pick(self, options):
        return self.rng.choice(options)

    def person(self) -> people.Person:
        return people.person(self.rng, self.lang)

    def name(self, p: people.Person, variant: bool = False) -> Mark:
        return Mark("PERSON", self.pick(people.name_variants(p)) if variant else p.full)

    def email(self, p: people.Person) -> Mark:
        return Mark("EMAIL", people.email_of(self.rng, p))

    def phone(self) -> Mark:
        return Mark("PHONE", people.phone(self.rng, self.cc))

    def addr_lines(self, po_box: float = 0.06) -> list[str]:
        if self.rng.random() < po_box:
            return places.po_box_lines(self.rng, self.cc)
        return places.address_lines(self.rng, self.cc)

    def addr(self, sep: str = ", ", po_box: float = 0.06) -> Mark:
        return Mark("ADDRESS", sep.join(self.addr_lines(po_box)))

    def dob_ymd(self) -> tuple[int, int, int]:
        return people.birth(self.rng)

    def dob(self, ymd: tuple[int, int, int] | None = None) -> Mark:
        return Mark(
            "DATE_OF_BIRTH", people.write_date(self.rng, self.lang, self.cc, ymd or self.dob_ymd())
        )

    def card(self) -> Mark:
        return Mark("CARD", ids.show_card(self.rng, ids.card_digits(self.rng)))

    def iban_cc(self) -> str:
        return IBAN_OF.get(self.cc) or self.pick(["DE", "NL", "FR", "GB"])

    def iban(self) -> Mark:
        return Mark("IBAN", ids.show_iban(self.rng, ids.iban_compact(self.rng, self.iban_cc())))

    def id_cc(self) -> tuple[str, str]:
        cc, label = ID_OF[self.cc]
        if cc is None:
            return "GB", "NHS number"
        if cc == "ES" and self.rng.random() < 0.25:
            return "ES_NIE", "NIE"
        return cc, label

    def nid(self, ymd: tuple[int, int, int] | None = None) -> tuple[Mark, str]:
        cc, label = self.id_cc()
        return Mark("NATIONAL_ID", ids.national_id(self.rng, cc, ymd or self.dob_ymd())), label

    def ip(self) -> Mark:
        r = self.rng
        if r.random() < 0.2:
            groups = ["2a02", "2001", "2a01", "2600"][r.randrange(4) :][:1] + [
                f"{r.randrange(1, 65535):x}" for _ in range(7)
            ]
            text = ":".join(groups)
            if r.random() < 0.4:
                text = ":".join(groups[:4]) + "::" + groups[7]
            return Mark("IP_ADDRESS", text)
        first = r.choice(
            [
                31,
                37,
                46,
                62,
                77,
                78,
                81,
                84,
                88,
                91,
                93,
                109,
                151,
                176,
                185,
                188,
                195,
                212,
                213,
                217,
                24,
                73,
                98,
                142,
            ]
        )
        return Mark(
            "IP_ADDRESS", f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        )

    def secret(self) -> Mark:
        return Mark("SECRET", ids.api_key(self.rng))

    def password(self) -> Mark:
        return Mark("SECRET", ids.password(self.rng))

    def conn_string(self, user: str = "app") -> Mark:
        r = self.rng
        pw = ids.chars(r, ids.ALNUM, r.randint(10, 20))
        host = r.choice(
            [
                "db.internal",
                "10.0.3.12",
                "prod-db.c9xk2.eu-west-1.rds.amazonaws.com",
                "mysql-primary",
                "localhost",
            ]
        )
        return Mark(
            "SECRET",
            r.choice(
                [
                    f"postgresql://{user}:{pw}@{host}:5432/shop",
                    f"mysql://{user}:{pw}@{host}:3306/crm",
                    f"mongodb+srv://{user}:{pw}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true",
                    f"redis://:{pw}@{host}:6379/0",
                    f"amqp://{user}:{pw}@{host}:5672/%2F",
                    f"Server={host};Database=Sales;User Id={user};Password={pw};",
                    f"DefaultEndpointsProtocol=https;AccountName={user}store;AccountKey={ids.chars(r, ids.ALNUM + '+/', 86)}==;EndpointSuffix=core.windows.net",
                ]
            ),
        )

    # look-alikes
    def look(self, kind: str) -> Mark:
        r, lang, cc = self.rng, self.lang, self.cc
        make = {
            "ORDER_NO": lambda: looks.order_no(r),
            "TICKET_NO": lambda: looks.ticket_no(r),
            "TRACKING_NO": lambda: looks.tracking_no(r),
            "INVOICE_NO": lambda: looks.invoice_no(r),
            "PRICE": lambda: looks.price(r, cc),
            "OTHER_DATE": lambda: looks.recent_date(r, lang, cc),
            "TIMESTAMP": lambda: looks.timestamp(r),
            "VERSION": lambda: looks.version(r),
            "GIT_SHA": lambda: ids.git_sha(r, r.random() < 0.4),
            "UUID": lambda: ids.uuid4(r),
            "HASH": lambda: looks.sha256(r),
            "ISBN": lambda: ids.isbn13(r),
            "PRODUCT_CODE": lambda: looks.product_code(r),
            "COORDINATES": lambda: looks.coords(r),
            "BYTE_COUNT": lambda: looks.byte_count(r),
            "BRAND": lambda: r.choice(looks.BRANDS),
            "STREET_PROSE": lambda: r.choice(looks.STREET_PROSE),
            "FAMOUS_PERSON": lambda: r.choice(looks.FAMOUS),
            "PLACEHOLDER_EMAIL": lambda: r.choice(looks.PLACEHOLDER_EMAILS),
            "EXAMPLE_KEY": lambda: r.choice(looks.EXAMPLE_KEYS),
            "SECRET_REFERENCE": lambda: r.choice(looks.SECRET_REFS),
            "TEST_CARD": lambda: ids.show_card(r, r.choice(ids.TEST_CARDS)),
            "LOOPBACK_IP": lambda: r.choice(looks.LOOPBACK),
            "ICD_CODE": lambda: r.choice(looks.ICD),
            "COMPANY_VAT": lambda: looks.company_vat(r),
            "CARD_BAD_LUHN": lambda: ids.show_card(r, ids.bad_card_digits(r)),
            "IBAN_BAD_CHECK": lambda: ids.show_iban(r, ids.bad_iban_compact(r, self.iban_cc())),
            "ID_BAD_CHECK": lambda: ids.bad_national_id(r, self.id_cc()[0], self.dob_ymd()),
        }[kind]
        return Mark(kind, make())
