"""One made-up person of one country: every value about them drawn from that country's conventions."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import dates, identifiers, net
from .names import Name, person
from .places import COUNTRIES, Address, address


@dataclass(frozen=True)
class Persona:
    country: str
    lang: str
    name: Name
    email: str
    phone: str
    landline: str
    address: Address
    dob: dt.date
    national_id: tuple[str, str] | None  # (label as people write it, value)
    iban: str
    card: str
    ip: str


def make(rng: random.Random, country: str, lang: str) -> Persona:
    c = COUNTRIES[country]
    name = person(rng, rng.choice(c.cultures))
    dob = dates.birth_date(rng)
    region = country
    # Accounts abroad are common (expats, cross-border workers); countries without IBANs use one.
    iban_country = (
        country
        if country in identifiers.BBAN and rng.random() < 0.85
        else rng.choice(("DE", "GB", "FR", "NL", "IE"))
    )
    return Persona(
        country=country,
        lang=lang,
        name=name,
        email=net.email(rng, name, lang, work=rng.random() < 0.2),
        phone=identifiers.phone(rng, region, mobile=True),
        landline=identifiers.phone(rng, region, mobile=False),
        address=address(rng, c),
        dob=dob,
        national_id=identifiers.national_id(rng, country, dob, name.given, name.family),
        iban=identifiers.iban(rng, iban_country) or "",
        card=identifiers.card(rng),
        ip=net.ip(rng),
    )


def draw(rng: random.Random, lang: str) -> Persona:
    """Someone writing in `lang`: a country where it is spoken (for English, any of them)."""
    from .places import BY_LANG

    pool = tuple(COUNTRIES) if lang == "en" and rng.random() < 0.5 else BY_LANG[lang]
    return make(rng, rng.choice(pool), lang)
