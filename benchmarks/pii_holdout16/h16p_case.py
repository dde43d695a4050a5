"""A case: the people, company and reference numbers of one pasted message in one setting, as
marked values. Layouts only arrange what a case holds, so every setting meets every layout."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import h16p_looks as looks
import h16p_numbers as num
import h16p_words as words
import h16p_world as world
from phonenumbers import PhoneNumberType

Seg = tuple[str, str | None]
Value = tuple[Seg, ...]

SPAN_KIND = {
    "name": "PERSON", "first": "PERSON", "last": "PERSON", "address": "ADDRESS", "street": "ADDRESS",
    "town": "ADDRESS", "dob": "DATE_OF_BIRTH", "phone": "PHONE", "email": "EMAIL", "card": "CARD",
    "iban": "IBAN", "nid": "NATIONAL_ID", "ip": "IP_ADDRESS", "password": "SECRET", "token": "SECRET",
}  # fmt: skip
SPAN_KINDS = frozenset(SPAN_KIND.values())


@dataclass(frozen=True)
class Setting:
    """A domain: which personal fields its records carry and which kept numbers stand beside them."""

    columns: tuple[str, ...]
    row_looks: tuple[str, ...]
    case_looks: tuple[str, ...]


SETTINGS: dict[str, Setting] = {
    "travel": Setting(("name", "dob", "nid", "phone", "email", "card"), ("booking_ref", "flight_no", "amount"), ("company", "hotline", "role_email", "other_date", "invoice_no", "famous")),
    "banking": Setting(("name", "iban", "card", "dob", "address", "phone", "ip"), ("amount", "other_date"), ("company", "company_iban", "hotline", "ticket_no", "timestamp", "card_bad")),
    "parcel": Setting(("name", "address", "phone", "email"), ("tracking_no", "order_no", "other_date"), ("company", "company_address", "hotline", "role_email")),
    "recruiting": Setting(("name", "dob", "address", "email", "phone"), ("file_ref", "other_date"), ("company", "role_email", "company_address", "invoice_no")),
    "helpdesk": Setting(("name", "email", "ip", "password", "token"), ("ticket_no", "timestamp", "version", "error_code"), ("server", "request_id", "placeholder", "git_sha", "http_status")),
    "car_rental": Setting(("name", "dob", "address", "card", "phone", "nid"), ("booking_ref", "amount", "other_date"), ("company", "hotline", "company_address", "card_bad")),
    "utilities": Setting(("name", "address", "iban", "email", "phone", "password"), ("contract_no", "meter_no", "amount"), ("company", "company_iban", "hotline", "invoice_no", "other_date")),
    "pharmacy": Setting(("name", "dob", "address", "phone", "nid"), ("product_code", "amount", "other_date"), ("company", "company_address", "hotline", "order_no")),
    "sports_club": Setting(("name", "dob", "address", "iban", "email", "phone"), ("amount", "other_date"), ("company", "famous", "company_iban", "role_email")),
    "wedding": Setting(("name", "phone", "email", "address", "card"), ("amount", "other_date"), ("company", "company_address", "famous", "invoice_no", "role_email")),
    "notary": Setting(("name", "dob", "address", "nid", "iban"), ("other_date", "amount"), ("company", "company_address", "company_iban", "file_ref", "id_bad")),
    "tax_advisor": Setting(("name", "dob", "nid", "iban", "address", "email"), ("amount", "other_date"), ("company", "company_address", "invoice_no", "iban_bad", "id_bad", "role_email")),
}  # fmt: skip

# Kept numbers of the machine side, added where a layout is a machine's (logs, exports, configs).
TECH_LOOKS = ("version", "uuid", "server", "http_status")
NID_LABEL = {
    "GB": "UTR", "IE": "PPS number", "US": "SSN", "NZ": "IRD number", "ZA": "ID number",
    "DE": "Steuer-ID", "AT": "Sozialversicherungsnummer", "CH": "AHV-Nummer", "FR": "numéro de sécurité sociale",
    "BE": "rijksregisternummer", "ES": "DNI", "MX": "CURP", "AR": "CUIL", "PE": "DNI", "EC": "cédula", "NL": "BSN",
}  # fmt: skip
NID_LABEL_FR = {"CH": "numéro AVS", "BE": "numéro de registre national"}


def mark(text: str, kind: str | None) -> Value:
    return ((text, kind),)


@dataclass
class Person:
    """A private person of the message's country, with everything a record of theirs may hold."""

    given: str
    family: str
    female: bool
    dob: dt.date
    lines: list[str]
    values: dict[str, str] = field(default_factory=dict)


def person(rng: random.Random, lang: str, country: str) -> Person:
    locale = world.LOCALES[f"{lang}-{country}"]
    given, family = rng.choice(locale.given), rng.choice(locale.family)
    female = rng.random() < 0.5
    dob = dt.date(1946, 1, 1) + dt.timedelta(days=rng.randint(0, 61 * 365))
    who = Person(given, family, female, dob, world.address_lines(rng, locale))
    local = rng.choice((
        f"{words.ascii_slug(given)}.{words.ascii_slug(family)}", f"{words.ascii_slug(given)[0]}{words.ascii_slug(family, '')}",
        f"{words.ascii_slug(given, '')}{dob:%y}", f"{words.ascii_slug(family, '_')}.{words.ascii_slug(given)[0]}",
    ))  # fmt: skip
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    who.values = {
        "email": f"{local}@{rng.choice(locale.mail)}",
        "phone": num.show_phone(rng, country, num.phone(rng, country, kind)),
        "card": num.show_card(rng, num.card_number(rng)),
        "ip": num.public_ip(rng),
        "password": num.password(rng),
        "token": num.token(rng),
    }
    if country in num.ID_SCHEMES:
        who.values["nid"] = num.show_id(
            rng, country, num.national_id(rng, country, dob, female, given, family)
        )
    if country in num.IBAN_COUNTRIES:
        who.values["iban"] = num.show_iban(rng, num.iban_number(rng, country))
    return who


@dataclass
class Case:
    """Everything one message may show, as marked values; `machine` asks for ISO dates."""

    lang: str
    country: str
    domain: str
    machine: bool
    people: list[Person]
    columns: tuple[str, ...]
    rows: list[dict[str, Value]]
    looks: dict[str, Value]
    agent: Value
    company: str

    def nid_label(self) -> str:
        if self.lang == "fr" and self.country in NID_LABEL_FR:
            return NID_LABEL_FR[self.country]
        return NID_LABEL.get(self.country, "ID")


def _available(key: str, who: Person) -> bool:
    return key in who.values or key not in ("nid", "iban")


def _columns(rng: random.Random, setting: Setting, sample: Person) -> tuple[str, ...]:
    """The setting's fields the country has, names split and addresses split now and then."""
    out: list[str] = []
    for key in setting.columns:
        if not _available(key, sample):
            out.append("card" if "card" not in setting.columns else "email")
        elif key == "name" and rng.random() < 0.3:
            out += ["first", "last"]
        elif key == "address" and rng.random() < 0.35:
            out += ["street", "town"]
        else:
            out.append(key)
    return tuple(dict.fromkeys(out))


def span_value(
    rng: random.Random, key: str, who: Person, case_lang: str, country: str, machine: bool
) -> Value:
    """The marked value of a person's field as this message writes it."""
    kind = SPAN_KIND[key]
    text = {
        "name": f"{who.given} {who.family}",
        "first": who.given,
        "last": who.family,
        "address": ", ".join(who.lines),
        "street": ", ".join(who.lines[:-1]),
        "town": who.lines[-1],
        "dob": who.dob.isoformat()
        if machine
        else words.spoken_date(rng, who.dob, case_lang, country),
    }.get(key) or who.values[key]
    if key == "name" and rng.random() < 0.12:
        text = rng.choice(
            (
                f"{who.family}, {who.given}",
                f"{who.given[0]}. {who.family}",
                f"{who.family.upper()} {who.given}",
            )
        )
    return mark(text, kind)


def build(rng: random.Random, lang: str, country: str, domain: str, machine: bool) -> Case:
    """Draw the people and numbers of a message; rows share the setting's columns."""
    setting = SETTINGS[domain]
    people = [person(rng, lang, country) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
    columns = _columns(rng, setting, people[0])
    rows = []
    for who in people:
        row = {key: span_value(rng, key, who, lang, country, machine) for key in columns}
        row.update(
            {key: looks.look(rng, key, lang, country, machine, domain) for key in setting.row_looks}
        )
        rows.append(row)
    local = words.LOCAL_COMPANIES.get(domain)
    company = local[words.LANGS.index(lang)] if local else rng.choice(words.COMPANIES[domain])
    case_looks = {
        key: looks.look(rng, key, lang, country, machine, domain, company)
        for key in setting.case_looks
        if key != "famous"
    }
    if "famous" in setting.case_looks:
        name, born = rng.choice(words.FAMOUS[lang])
        day = dt.date.fromisoformat(born)
        case_looks["famous"] = mark(name, "FAMOUS_PERSON")
        case_looks["famous_dob"] = mark(
            day.isoformat() if machine else words.spoken_date(rng, day, lang, country),
            "FAMOUS_BIRTH_DATE",
        )
    pool = ("order_no", "timestamp", "iban_bad", "card_bad", "id_bad", "invoice_no") + (
        TECH_LOOKS if machine else ()
    )
    extra = rng.sample(pool, 2)
    case_looks.update(
        {
            key: looks.look(rng, key, lang, country, machine, domain, company)
            for key in extra
            if key not in case_looks
        }
    )
    agent = person(rng, lang, country)
    return Case(lang, country, domain, machine, people, columns, rows, case_looks,
                mark(f"{agent.given} {agent.family}", "PERSON"), company)  # fmt: skip
