"""Everything one message draws from: its language, the people in it and the random source."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from pii_holdout import ids, phrases, secrets_gen
from pii_holdout.builder import Doc
from pii_holdout.lookalikes import lookalike, timestamp
from pii_holdout.people import Persona, PersonaFactory

T = TypeVar("T")

# Template slot -> (kind, attribute of the persona); OTHER* read the second persona.
SLOTS = {
    "PERSON": ("PERSON", "full"), "FIRST": ("PERSON", "first"), "LAST": ("PERSON", "last"),
    "EMAIL": ("EMAIL", "email"), "PHONE": ("PHONE", "phone"), "ADDRESS": ("ADDRESS", "address"),
    "STREET": ("ADDRESS", "street"), "DOB": ("DATE_OF_BIRTH", "dob"), "ID": ("NATIONAL_ID", "national_id"),
    "IBAN": ("IBAN", "iban"), "CARD": ("CARD", "card"), "IP": ("IP_ADDRESS", "ip"),
}  # fmt: skip


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    factory: PersonaFactory
    p: Persona = field(init=False)
    q: Persona = field(init=False)

    def __post_init__(self) -> None:
        self.p = self.factory.make(self.lang)
        self.q = self.factory.make(self.lang, self.p_country)

    @property
    def p_country(self) -> str:
        return self.p.country

    def person(self) -> Persona:
        """A further person of the same country (rows of a table, log users)."""
        return self.factory.make(self.lang, self.p_country)

    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def secret_value(self, slot: str, who: Persona | None = None) -> tuple[str, str]:
        who = who or self.p
        if slot == "OTHER":
            return "PERSON", self.q.full
        if slot == "OTHER_FIRST":
            return "PERSON", self.q.first
        if slot == "PASSWORD":
            return "SECRET", secrets_gen.password(self.rng)
        if slot == "APIKEY":
            return "SECRET", secrets_gen.api_key(self.rng)[1]
        kind, attr = SLOTS[slot]
        value = getattr(who, attr)
        if kind == "PERSON" and self.rng.random() < 0.05:
            value = value.lower()  # people type names in lower case in chats
        elif kind == "EMAIL" and self.rng.random() < 0.04:
            local, domain = value.split("@")
            value = f"{local} [at] {domain.replace('.', ' [dot] ')}"  # obfuscated against scrapers
        return kind, value

    def look(self, name: str) -> tuple[str, str]:
        return lookalike(self.rng, name, self.lang)

    def fill(self, doc: Doc, template: str, who: Persona | None = None) -> Doc:
        who = who or self.p
        template = template.replace("{title}", who.title).replace("{idlabel}", self.idlabel())
        return doc.fill(template, lambda s: self.secret_value(s, who), self.look)

    def idlabel(self) -> str:
        return self.rng.choice(phrases.ID_LABELS[self.p_country])

    def label(self, field_name: str) -> str:
        return self.rng.choice(phrases.LABELS[self.lang][field_name])

    def ts(self, style: str = "iso") -> str:
        return timestamp(self.rng, style)

    def card_or_invalid(self) -> tuple[bool, str]:
        return (
            (True, self.p.card) if self.rng.random() < 0.8 else (False, ids.luhn_broken(self.rng))
        )
