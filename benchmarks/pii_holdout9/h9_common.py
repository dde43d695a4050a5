"""Pieces several layouts share: the request line, a person's values written with their labels."""

from __future__ import annotations

import random

import h9_values as v
from h9_phrases import LANG_COUNTRY, REQUESTS, L
from h9_values import Doc, Person

IBAN_COUNTRIES = ("HU", "EE", "LT", "HR")


def request(rng: random.Random, d: Doc, lang: str) -> None:
    """The user's question before the paste, most of the time."""
    if rng.random() < 0.8:
        d.t(rng.choice(REQUESTS[lang]) + "\n\n")


def id_label(lang: str, value: str) -> str:
    if lang == "hu":
        return (
            L["hu"]["tax"] if len(value.replace(" ", "").replace("-", "")) == 10 else L["hu"]["id"]
        )
    return L[lang]["id"]


def dob(rng: random.Random, p: Person, lang: str) -> str:
    return v.fmt_date(lang, p.dob, rng.randint(0, 3))


def addr_text(p: Person, joiner: str = ", ") -> str:
    return joiner.join(p.addr)


def has_iban(lang: str) -> bool:
    return LANG_COUNTRY[lang] in IBAN_COUNTRIES


def money_line(rng: random.Random, d: Doc, lang: str, p: Person) -> None:
    """Where the money goes: the person's IBAN where the country has them, else a card."""
    c = LANG_COUNTRY[lang]
    if has_iban(lang):
        d.t(L[lang]["iban"] + ": ").s("IBAN", v.iban_written(rng, v.iban(rng, c))).t("\n")
    else:
        d.t(L[lang]["card"] + ": ").s("CARD", v.card(rng, c)).t("\n")


def twin_line(rng: random.Random, d: Doc, lang: str, p: Person) -> None:
    """A reference that looks like a personal number but fails its rule."""
    c = LANG_COUNTRY[lang]
    r = rng.random()
    if r < 0.35 and has_iban(lang):
        d.t(
            rng.choice(
                (
                    "Old account (closed, rejected by bank): ",
                    "Previous IBAN - bounced: ",
                    "IBAN typo from the form: ",
                )
            )
        ).k("IBAN_BAD_CHECK", v.bad_iban(rng, c)).t("\n")
    elif r < 0.65 and c not in ("VN", "MY"):
        d.t(rng.choice(("Reference on the scan (unreadable digit): ", "Form no.: ", "Ref: "))).k(
            "ID_BAD_CHECK", v.bad_national_id(rng, c, p.dob, p.sex)
        ).t("\n")
    else:
        d.t(rng.choice(("Gift card no.: ", "Loyalty card: ", "Voucher: "))).k(
            "CARD_BAD_LUHN", v.bad_card(rng, c)
        ).t("\n")
