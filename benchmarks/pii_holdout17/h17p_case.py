"""One message's marked values: the people of a setting, their numbers and the kept look-alikes beside them."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

import h17p_numbers as num
import h17p_words as words
import h17p_world as world


@dataclass(frozen=True)
class Field:
    """A labelled value of a record; `span` says redact (True) or keep (False)."""

    label: str
    value: str
    kind: str
    span: bool


class Doc:
    """Text appended piece by piece, so that every mark's offsets are exact by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, object]] = []
        self.looks: list[dict[str, object]] = []

    def add(self, text: str, kind: str | None = None, span: bool = True) -> None:
        if kind is not None and text:
            mark = {"kind": kind, "start": self.pos, "end": self.pos + len(text)}
            (self.spans if span else self.looks).append(mark)
        self.parts.append(text)
        self.pos += len(text)

    def field(self, f: Field) -> None:
        self.add(f.value, f.kind, f.span)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c == " ").replace(" ", "")


def _dob(rng: random.Random, domain: str) -> tuple[int, int, int]:
    low, high = (
        (1850, 1925)
        if domain == "genealogy"
        else ((1925, 1950) if domain == "elder_care" else (1950, 2007))
    )
    return rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28)


def _person_fields(rng: random.Random, lang: str, country: str, domain: str) -> list[Field]:
    """The main person's fields; a setting decides which numbers a record of it carries."""
    lab = words.LABELS[lang]
    given, family = world.person(rng, country)
    if rng.random() < 0.5:
        out = [
            Field(lab["first"], given, "PERSON", True),
            Field(lab["last"], family, "PERSON", True),
        ]
    else:
        full = rng.choice([f"{given} {family}", f"{family}, {given}", f"{given} {family}".upper()])
        out = [Field(lab["name"], full, "PERSON", True)]
    street, town = world.address(rng, country)
    out += [
        Field(lab["street"], street, "ADDRESS", True),
        Field(lab["town"], town, "ADDRESS", True),
    ]
    dob = _dob(rng, domain)
    male = rng.random() < 0.5
    out.append(Field(lab["dob"], words.date_text(rng, lang, country, dob), "DATE_OF_BIRTH", True))
    if domain == "genealogy":
        return out
    for kind in ("mobile", "fixed")[: 1 + (rng.random() < 0.15)]:
        text = num.phone(rng, country, kind)
        if text:
            out.append(Field(lab["phone"], text, "PHONE", True))
    mail = f"{_ascii(given)}{rng.choice(['.', '_', ''])}{_ascii(family)}{rng.choice(['', str(dob[0] % 100)])}"
    out.append(
        Field(
            lab["email"],
            f"{mail}@{rng.choice(['gmail.com', 'outlook.com', 'gmx.net', 'yahoo.es', 'proton.me', 'hotmail.fr'])}",
            "EMAIL",
            True,
        )
    )
    ident = num.national_id(rng, country, dob, male) if country in num.ID_SCHEMES else None
    if ident:
        out.append(Field(lab["id"], ident, "NATIONAL_ID", True))
    if country in num.IBAN_COUNTRIES and domain in (
        "mortgage_estate",
        "residence_permit",
        "elder_care",
        "gym",
        "church_volunteer",
        "car_insurance",
    ):
        out.append(Field(lab["iban"], num.iban(rng, country), "IBAN", True))
    if (
        domain in ("marketplace_dispute", "vet_clinic", "gym", "hospital_lab")
        or country not in num.IBAN_COUNTRIES
    ):
        out.append(Field(lab["card"], num.card(rng), "CARD", True))
    if domain in (
        "marketplace_dispute",
        "university_admissions",
        "gym",
        "hospital_lab",
        "residence_permit",
    ):
        out.append(Field(lab["ip"], num.public_ip(rng), "IP_ADDRESS", True))
    if domain in ("marketplace_dispute", "university_admissions", "hospital_lab", "gym"):
        key = rng.choice(["password", "token"])
        out.append(Field(lab[key], num.secret(rng, words.PASSWORD_WORDS), "SECRET", True))
    return out


def _relative(rng: random.Random, lang: str, country: str) -> list[Field]:
    """A second private person: a relative, a carer or the staff member who handles the file."""
    given, family = world.person(rng, country)
    out = [
        Field(
            words.LABELS[lang]["name"],
            rng.choice([f"{given} {family}", given, f"{given[0]}. {family}"]),
            "PERSON",
            True,
        )
    ]
    text = num.phone(rng, country, "mobile")
    if text and rng.random() < 0.4:
        out.append(Field(words.LABELS[lang]["phone"], text, "PHONE", True))
    return out


def _kept(rng: random.Random, lang: str, country: str, domain: str) -> list[Field]:
    """Look-alikes that point at no one: the company, its lines, twins and the setting's numbers."""
    lab = words.KEPT_LABELS[lang]
    name, caddr = world.company(rng, country)
    out = [
        Field(lab["company"], name, "COMPANY", False),
        Field(lab["company_address"], caddr, "COMPANY_ADDRESS", False),
    ]
    hotline = num.phone(rng, country, "tollfree")
    if hotline:
        out.append(Field(lab["hotline"], hotline, "HOTLINE", False))
    out.append(
        Field(
            lab["contact"],
            f"{rng.choice(words.ROLE_MAILBOXES)}@{_ascii(name)}.{country.lower()}",
            "ROLE_EMAIL",
            False,
        )
    )
    out += [
        Field(kind.lower(), text, kind, False) for kind, text in words.setting_numbers(rng, domain)
    ]
    if country in num.ID_SCHEMES:
        valid = num.national_id(rng, country, _dob(rng, domain), True)
        twin = num.id_twin(rng, valid) if valid else None
        if twin:
            out.append(Field(lab["ref_old"], twin, "ID_BAD_CHECK", False))
    if country in num.IBAN_COUNTRIES:
        out.append(Field(lab["company_iban"], num.iban(rng, country), "COMPANY_IBAN", False))
        out.append(
            Field(
                lab["iban_rejected"],
                num.iban_twin(rng, num.iban(rng, country)),
                "IBAN_BAD_CHECK",
                False,
            )
        )
    out.append(Field(lab["card_declined"], num.card_twin(rng), "CARD_BAD_LUHN", False))
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    out.append(
        Field(lab["due"], words.date_text(rng, lang, country, (y, m, d)), "OTHER_DATE", False)
    )
    out.append(Field(lab["amount"], words.amount(rng, lang), "AMOUNT", False))
    extra = rng.sample([
        ("app_version", words.version(rng), "VERSION"), ("request_id", words.uuid_text(rng), "UUID"),
        ("commit", words.git_sha(rng), "GIT_SHA"), ("gateway", num.private_ip(rng), "PRIVATE_IP"),
        ("example_ip", num.doc_ip(rng), "DOC_IP"), ("smtp_password", rng.choice(num.PLACEHOLDERS), "PLACEHOLDER_SECRET"),
    ], 2)  # fmt: skip
    rest = out[2:] + [Field(label, text, kind, False) for label, text, kind in extra]
    return out[:2] + rng.sample(rest, 6)


def build(
    rng: random.Random, lang: str, country: str, domain: str
) -> tuple[list[Field], list[Field], list[Field]]:
    """The main person's fields, a second person's and the kept ones, each list in writing order."""
    kept = _kept(rng, lang, country, domain)
    rng.shuffle(kept)
    return _person_fields(rng, lang, country, domain), _relative(rng, lang, country), kept
