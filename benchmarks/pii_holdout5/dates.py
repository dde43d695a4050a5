"""Dates written as each language writes them: for dates of birth and for dates that must be kept."""

from __future__ import annotations

import datetime as dt
import random

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}


def birth_date(rng: random.Random) -> dt.date:
    return dt.date(1938, 1, 1) + dt.timedelta(days=rng.randrange(365 * 70))


def recent_date(rng: random.Random) -> dt.date:
    return dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(365 * 4))


def write(rng: random.Random, d: dt.date, lang: str, us: bool = False) -> str:
    """One of the ways a person writing `lang` writes the date."""
    month = MONTHS[lang].split()[d.month - 1]
    numeric = {
        "en": ("%m/%d/%Y", "%-m/%-d/%y") if us else ("%d/%m/%Y", "%d/%m/%y"),
        "de": ("%d.%m.%Y", "%-d.%-m.%Y", "%d.%m.%y"),
        "fr": ("%d/%m/%Y", "%d.%m.%Y"),
        "es": ("%d/%m/%Y", "%d-%m-%Y", "%-d/%-m/%Y"),
        "nl": ("%d-%m-%Y", "%-d-%-m-%Y", "%d/%m/%Y"),
        "it": ("%d/%m/%Y", "%d.%m.%Y", "%-d/%-m/%y"),
        "pt": ("%d/%m/%Y", "%d-%m-%Y"),
        "pl": ("%d.%m.%Y", "%d.%m.%Y r."),
    }[lang]
    worded = {
        "en": (
            f"{month} {d.day}, {d.year}" if us else f"{d.day} {month} {d.year}",
            f"{d.day} {month[:3]} {d.year}",
            f"{month[:3]} {d.day} {d.year}",
        ),
        "de": (f"{d.day}. {month} {d.year}",),
        "fr": (f"{'1er' if d.day == 1 else d.day} {month} {d.year}",),
        "es": (f"{d.day} de {month} de {d.year}",),
        "nl": (f"{d.day} {month} {d.year}",),
        "it": (f"{'1º' if d.day == 1 else d.day} {month} {d.year}",),
        "pt": (f"{d.day} de {month} de {d.year}",),
        "pl": (f"{d.day} {month} {d.year}", f"{d.day} {month} {d.year} r."),
    }[lang]
    pick = rng.random()
    if pick < 0.5:
        return d.strftime(rng.choice(numeric))
    if pick < 0.85:
        return rng.choice(worded)
    return d.isoformat()
