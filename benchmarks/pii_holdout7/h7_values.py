"""Values for PII hold-out 7: hand-written lists and checksum-valid identifiers.

Names, streets and towns are written here by hand (common public ones, not Faker's locale lists) so
the corpus does not share a vocabulary with the redactor's own generator. Identifiers are made
valid (or deliberately invalid, for look-alikes) with python-stdnum.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass

from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.us import ssn

FIRST = {
    "anglo": [
        "Megan",
        "Liam",
        "Siobhan",
        "Gareth",
        "Chloe",
        "Tyler",
        "Bethany",
        "Declan",
        "Maisie",
        "Callum",
    ],
    "german": [
        "Jürgen",
        "Anneliese",
        "Lukas",
        "Friederike",
        "Maximilian",
        "Katrin",
        "Jannik",
        "Ute",
    ],
    "french": [
        "Aurélie",
        "Grégoire",
        "Margaux",
        "Benoît",
        "Solène",
        "Thibault",
        "Maëlle",
        "Jean-Baptiste",
    ],
    "spanish": ["Ainhoa", "Íñigo", "Rocío", "Álvaro", "Nerea", "Joaquín", "Pilar", "Xavier"],
    "dutch": ["Sanne", "Bram", "Femke", "Joost", "Anouk", "Wouter", "Lotte", "Thijs"],
    "italian": [
        "Chiara",
        "Gianluca",
        "Federica",
        "Lorenzo",
        "Ilaria",
        "Matteo",
        "Giulia",
        "Raffaele",
    ],
    "portuguese": ["Inês", "João", "Leonor", "Tiago", "Beatriz", "Gonçalo", "Mariana", "Rui"],
    "polish": [
        "Agnieszka",
        "Grzegorz",
        "Małgorzata",
        "Krzysztof",
        "Zofia",
        "Wojciech",
        "Katarzyna",
        "Paweł",
    ],
    "nordic": [
        "Sigrid",
        "Mattias",
        "Astrid",
        "Rasmus",
        "Ingrid",
        "Henrik",
        "Linnéa",
        "Jukka",
        "Aino",
        "Søren",
    ],
    "other": [
        "Oluwaseun",
        "Priya",
        "Wei",
        "Mehmet",
        "Fatima",
        "Hiroshi",
        "Nguyen Thi",
        "Aarav",
        "Siddharth",
        "Chidinma",
        "Yerlan",
        "Kwame",
        "Leilani",
        "Dmitri",
        "Zeynep",
        "Ji-woo",
    ],
}
LAST = {
    "anglo": [
        "Fitzgerald",
        "Okafor-Hughes",
        "Pemberton",
        "McAllister",
        "Whitlock",
        "O'Sullivan",
        "Hargreaves",
    ],
    "german": [
        "Großmann",
        "Schäfer",
        "von Bülow",
        "Lindqvist-Maier",
        "Eichhorn",
        "Köhler",
        "Brandstätter",
    ],
    "french": [
        "Lefèvre",
        "Dubois-Marchand",
        "Garnier",
        "Rousseau",
        "Le Goff",
        "Delacroix",
        "Chevalier",
    ],
    "spanish": ["García Ortega", "Ruiz de Alda", "Etxeberria", "Fernández", "Villanueva", "Muñoz"],
    "dutch": ["de Vries", "van der Berg", "Bakker", "Jansen", "van Dijk", "Visser", "ten Hoeve"],
    "italian": ["Esposito", "De Luca", "Bianchi", "Lombardi", "Russo", "D'Angelo", "Ferraro"],
    "portuguese": ["Carvalho", "Sousa Pinto", "Ferreira", "Magalhães", "Rodrigues", "Azevedo"],
    "polish": ["Wiśniewska", "Kowalczyk", "Zieliński", "Wójcik", "Lewandowska", "Szymański"],
    "nordic": [
        "Lindström",
        "Andersson",
        "Bergqvist",
        "Mikkelsen",
        "Virtanen",
        "Halvorsen",
        "Nyström",
    ],
    "other": [
        "Adeyemi",
        "Raghunathan",
        "Zhang",
        "Yılmaz",
        "Al-Masri",
        "Tanaka",
        "Nguyen",
        "Mensah",
        "Kapoor",
        "Park",
        "Nurlanov",
        "Boateng",
        "Kahananui",
        "Petrov",
    ],
}
LANG_CULTURE = {
    "en": "anglo",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "nl": "dutch",
    "it": "italian",
    "pt": "portuguese",
    "pl": "polish",
    "sv": "nordic",
    "da": "nordic",
    "fi": "nordic",
}


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    """A (first, last) pair, from the language's culture two times in three, else from anywhere."""
    culture = LANG_CULTURE[lang] if rng.random() < 0.66 else rng.choice(list(FIRST))
    return rng.choice(FIRST[culture]), rng.choice(LAST[culture])


def full_name(rng: random.Random, lang: str) -> str:
    first, last = person(rng, lang)
    style = rng.random()
    if style < 0.12:
        return f"{last.upper()}, {first}"
    if style < 0.2:
        return f"{first[0]}. {last}"
    return f"{first} {last}"


# Addresses follow each country's convention; returns the full string as it is written.
def _uk(rng: random.Random) -> str:
    street = rng.choice(
        ["Ashgrove Road", "Kingsley Avenue", "Mill Lane", "St. Mary's Close", "Beech Crescent"]
    )
    town, pc = rng.choice(
        [
            ("Leeds", "LS6 2HT"),
            ("Bristol", "BS3 4QE"),
            ("Glasgow", "G12 8QQ"),
            ("Norwich", "NR2 3AU"),
        ]
    )
    flat = (
        rng.choice(["", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}B "])
        if rng.random() < 0.4
        else ""
    )
    return f"{flat}{rng.randint(1, 240)} {street}{rng.choice([', ', chr(10)])}{town} {pc}"


def _us(rng: random.Random) -> str:
    street = rng.choice(["N Maple Ave", "W 43rd St", "Lakeshore Dr", "Old Mill Rd", "Pine St"])
    city = rng.choice(
        ["Columbus, OH 43215", "Austin, TX 78704", "Portland, OR 97214", "Madison, WI 53703-2211"]
    )
    unit = rng.choice(
        ["", f" Apt {rng.randint(1, 30)}{rng.choice('ABC')}", f" #{rng.randint(100, 999)}"]
    )
    if rng.random() < 0.15:
        return f"PO Box {rng.randint(100, 9999)}, {city}"
    return f"{rng.randint(10, 9999)} {street}{unit}, {city}"


def _de(rng: random.Random) -> str:
    street = rng.choice(
        [
            "Lindenstraße",
            "Am Mühlbach",
            "Kastanienallee",
            "Hauptstr.",
            "Bahnhofstraße",
            "Weg am Hang",
        ]
    )
    town = rng.choice(
        ["10115 Berlin", "79102 Freiburg i. Br.", "50667 Köln", "04109 Leipzig", "80331 München"]
    )
    return f"{street} {rng.randint(1, 120)}{rng.choice(['', 'a', 'b'])}{rng.choice([', ', chr(10)])}{town}"


def _fr(rng: random.Random) -> str:
    street = rng.choice(
        [
            "rue des Lilas",
            "avenue Jean Jaurès",
            "bd de la République",
            "impasse du Moulin",
            "place Bellecour",
        ]
    )
    town = rng.choice(
        ["69003 Lyon", "31000 Toulouse", "75011 Paris", "13006 Marseille", "35000 RENNES"]
    )
    num = f"{rng.randint(1, 80)}{rng.choice(['', ' bis', ' ter'])}"
    return f"{num}, {street}{rng.choice([', ', chr(10)])}{town}"


def _es(rng: random.Random) -> str:
    street = rng.choice(
        [
            "C/ Mayor",
            "Calle de Alcalá",
            "Avda. de la Constitución",
            "Pza. del Pilar",
            "c/ San Vicente Mártir",
        ]
    )
    town = rng.choice(["28013 Madrid", "46002 Valencia", "50003 Zaragoza", "41004 Sevilla"])
    return f"{street}, {rng.randint(1, 150)}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {town}"


def _nl(rng: random.Random) -> str:
    street = rng.choice(
        ["Kerkstraat", "Prinsengracht", "Oude Gracht", "Jan van Galenstraat", "Dorpsweg"]
    )
    town = rng.choice(
        ["1017 GM Amsterdam", "3511 AB Utrecht", "2512 HC  DEN HAAG", "9712 CP Groningen"]
    )
    return f"{street} {rng.randint(1, 400)}{rng.choice(['', '-2', ' hs', 'A'])}{rng.choice([', ', chr(10)])}{town}"


def _it(rng: random.Random) -> str:
    street = rng.choice(
        [
            "Via Roma",
            "Corso Vittorio Emanuele II",
            "Viale dei Mille",
            "Piazza Garibaldi",
            "Via G. Verdi",
        ]
    )
    town = rng.choice(["20121 Milano (MI)", "00184 Roma", "80134 Napoli NA", "50122 Firenze"])
    return f"{street}, {rng.randint(1, 200)}{rng.choice(['', '/B', ' int. 4'])} - {town}"


def _pt(rng: random.Random) -> str:
    street = rng.choice(
        ["Rua Augusta", "Av. da Liberdade", "Travessa do Carmo", "Rua de Santa Catarina"]
    )
    town = rng.choice(["1100-053 Lisboa", "4000-443 Porto", "3000-150 Coimbra"])
    return f"{street}, {rng.randint(1, 300)}, {rng.randint(1, 6)}.º {rng.choice(['Esq.', 'Dto.'])}, {town}"


def _pl(rng: random.Random) -> str:
    street = rng.choice(
        [
            "ul. Długa",
            "al. Jana Pawła II",
            "ul. Piotrkowska",
            "os. Kościuszkowskie",
            "ul. Świętojańska",
        ]
    )
    town = rng.choice(["80-831 Gdańsk", "90-102 Łódź", "31-042 Kraków", "00-950 Warszawa"])
    return (
        f"{street} {rng.randint(1, 150)}{rng.choice(['', '/' + str(rng.randint(1, 60))])}, {town}"
    )


def _sv(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"Box {rng.randint(10, 9999)}, {rng.choice(['411 04 Göteborg', '114 55 Stockholm'])}"
    street = rng.choice(["Storgatan", "Drottninggatan", "Kungsvägen", "Södra Förstadsgatan"])
    town = rng.choice(["114 55 Stockholm", "411 04 Göteborg", "211 43 Malmö", "753 20 UPPSALA"])
    return f"{street} {rng.randint(1, 90)}{rng.choice(['', ' B', ' lgh 1102'])}, {town}"


def _da(rng: random.Random) -> str:
    street = rng.choice(["Nørregade", "Vesterbrogade", "Søndre Boulevard", "Åboulevarden"])
    return f"{street} {rng.randint(1, 120)}, {rng.randint(1, 5)}. {rng.choice(['th.', 'tv.', 'mf.'])}, {rng.choice(['1165 København K', '8000 Aarhus C', '5000 Odense C'])}"


def _fi(rng: random.Random) -> str:
    street = rng.choice(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Puistokatu"])
    return f"{street} {rng.randint(1, 80)} {rng.choice('ABC')} {rng.randint(1, 40)}, {rng.choice(['00100 Helsinki', '33100 Tampere', '20100 Turku'])}"


ADDRESS = {
    "de": _de,
    "fr": _fr,
    "es": _es,
    "nl": _nl,
    "it": _it,
    "pt": _pt,
    "pl": _pl,
    "sv": _sv,
    "da": _da,
    "fi": _fi,
}


def address(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return _uk(rng) if rng.random() < 0.5 else _us(rng)
    return ADDRESS[lang](rng)


PHONE_FORMATS = {
    "en": [
        "+44 7{d3} {d6}",
        "07{d3} {d3}{d3}",
        "(0{d2}) {d4} {d4}",
        "+1 ({d3}) 555-{d4}",
        "{d3}-{d3}-{d4}",
        "+353 8{d1} {d3} {d4}",
    ],
    "de": ["+49 151 {d8}", "0171/{d7}", "030 {d4} {d4}", "+49 (0) 89 {d3}{d4}"],
    "fr": ["06 {d2} {d2} {d2} {d2}", "+33 6 {d2} {d2} {d2} {d2}", "01.{d2}.{d2}.{d2}.{d2}"],
    "es": ["+34 6{d2} {d3} {d3}", "6{d2} {d2} {d2} {d2}", "91 {d3} {d2} {d2}"],
    "nl": ["06-{d8}", "+31 6 {d4} {d4}", "020 {d3} {d4}"],
    "it": ["+39 3{d2} {d3} {d4}", "3{d2}-{d7}", "02 {d4} {d4}"],
    "pt": ["+351 91{d1} {d3} {d3}", "93{d1} {d3} {d3}"],
    "pl": ["+48 6{d2} {d3} {d3}", "5{d2}-{d3}-{d3}", "(22) {d3} {d2} {d2}"],
    "sv": ["070-{d3} {d2} {d2}", "+46 70 {d3} {d2} {d2}", "08-{d3} {d2} {d2}"],
    "da": ["+45 {d2} {d2} {d2} {d2}", "{d4} {d4}"],
    "fi": ["+358 40 {d3} {d4}", "040 {d3} {d4}"],
}


def phone(rng: random.Random, lang: str) -> str:
    fmt = rng.choice(PHONE_FORMATS[lang])
    out = fmt
    for n in (8, 7, 6, 4, 3, 2, 1):
        slot = f"{{d{n}}}"
        while slot in out:
            out = out.replace(slot, "".join(rng.choice(string.digits) for _ in range(n)), 1)
    return out


_FOLD = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "ı": "i"})
EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.de",
    "yahoo.fr",
    "proton.me",
    "web.de",
    "libero.it",
    "wp.pl",
    "telia.se",
    "sapo.pt",
    "kpnmail.nl",
    "hotmail.es",
    "northwind-logistics.co.uk",
    "uni-heidelberg.de",
    "icloud.com",
]


def email(rng: random.Random, first: str, last: str) -> str:
    def plain(s: str) -> str:
        folded = unicodedata.normalize("NFKD", s.lower().translate(_FOLD))
        return "".join(c for c in folded if c.isascii() and c.isalnum())

    user = rng.choice(
        [
            f"{plain(first)}.{plain(last)}",
            f"{plain(first)[0]}{plain(last)}",
            f"{plain(last)}{rng.randint(1, 99)}",
            f"{plain(first)}+shop",
        ]
    )
    return f"{user}@{rng.choice(EMAIL_DOMAINS)}"


@dataclass(frozen=True)
class Birth:
    year: int
    month: int
    day: int


def birth(rng: random.Random) -> Birth:
    return Birth(rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28))


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}


def date_text(rng: random.Random, b: Birth, lang: str) -> str:
    """A date as people write it in `lang`: numeric with the local separator, ISO, or with a month name."""
    style = rng.random()
    if style < 0.2:
        return f"{b.year:04d}-{b.month:02d}-{b.day:02d}"
    if style < 0.45 and lang in MONTHS:
        month = MONTHS[lang][b.month - 1]
        if lang == "en":
            return rng.choice(
                [
                    f"{month} {b.day}, {b.year}",
                    f"{b.day} {month} {b.year}",
                    f"{b.day} {month[:3]} {b.year}",
                ]
            )
        if lang == "de":
            return f"{b.day}. {month} {b.year}"
        return f"{b.day} {'de ' if lang == 'es' else ''}{month} {'de ' if lang == 'es' else ''}{b.year}"
    if lang == "en" and rng.random() < 0.5:
        return f"{b.month:02d}/{b.day:02d}/{b.year}"
    sep = {"de": ".", "pl": ".", "fi": ".", "da": "-", "nl": "-", "sv": "-"}.get(lang, "/")
    if lang == "sv":
        return f"{b.year}{sep}{b.month:02d}{sep}{b.day:02d}"
    return f"{b.day:02d}{sep}{b.month:02d}{sep}{b.year}"


DOB_CUE = {
    "en": ["DOB:", "Date of birth:", "born", "D.O.B.", "Birthdate:"],
    "de": ["geb.", "Geburtsdatum:", "geboren am"],
    "fr": ["né le", "née le", "Date de naissance :"],
    "es": ["nacido el", "Fecha de nacimiento:", "F. nac.:"],
    "nl": ["geboren op", "Geboortedatum:", "geb."],
    "it": ["nato il", "nata il", "Data di nascita:"],
    "pt": ["nascido em", "Data de nascimento:"],
    "pl": ["ur.", "Data urodzenia:"],
    "sv": ["född", "Födelsedatum:"],
    "da": ["født", "Fødselsdato:"],
    "fi": ["syntynyt", "Syntymäaika:"],
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _first_valid(rng: random.Random, make, validate) -> str:  # type: ignore[no-untyped-def]
    while True:
        value = make()
        if validate(value):
            return value


def national_id(rng: random.Random, lang: str, b: Birth) -> str:
    """A checksum-valid national identifier of the language's main country, as it is usually written."""
    yy, mm, dd = f"{b.year % 100:02d}", f"{b.month:02d}", f"{b.day:02d}"
    if lang == "en":
        if rng.random() < 0.5:
            return _first_valid(
                rng,
                lambda: f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                ssn.is_valid,
            )
        v = _first_valid(rng, lambda: _digits(rng, 10), nhs.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if lang == "de":
        return _first_valid(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 10), idnr.is_valid)
    if lang == "fr":
        base = (
            f"{rng.choice('12')}{yy}{mm}{rng.randint(1, 95):02d}{_digits(rng, 3)}{_digits(rng, 3)}"
        )
        key = nir.calc_check_digits(base)
        return rng.choice(
            [
                base + key,
                f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key}",
            ]
        )
    if lang == "es":
        n = _digits(rng, 8)
        return n + dni.calc_check_digit(n)
    if lang == "nl":
        return _first_valid(rng, lambda: _digits(rng, 9), bsn.is_valid)
    if lang == "it":
        months = "ABCDEHLMPRST"
        base = (
            "".join(rng.choice(string.ascii_uppercase) for _ in range(6)) + yy + months[b.month - 1]
        )
        base += f"{b.day + rng.choice([0, 40]):02d}" + rng.choice(["H501", "F205", "A944", "L219"])
        return base + codicefiscale.calc_check_digit(base)
    if lang == "pt":
        n = rng.choice("123") + _digits(rng, 7)
        return n + nif.calc_check_digit(n)
    if lang == "pl":
        month = b.month + (20 if b.year >= 2000 else 0)
        return _first_valid(rng, lambda: f"{yy}{month:02d}{dd}{_digits(rng, 5)}", pesel.is_valid)
    if lang == "sv":
        return _first_valid(rng, lambda: f"{yy}{mm}{dd}-{_digits(rng, 4)}", personnummer.is_valid)
    if lang == "da":
        return _first_valid(rng, lambda: f"{dd}{mm}{yy}-{_digits(rng, 4)}", cpr.is_valid)
    sep = "-" if b.year < 2000 else "A"
    return _first_valid(
        rng,
        lambda: (
            f"{dd}{mm}{yy}{sep}{_digits(rng, 3)}{rng.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"
        ),
        hetu.is_valid,
    )


NATIONAL_ID_VALIDATORS = (
    ssn,
    nhs,
    idnr,
    nir,
    dni,
    bsn,
    codicefiscale,
    nif,
    pesel,
    personnummer,
    cpr,
    hetu,
)


def id_is_valid(value: str) -> bool:
    return any(module.is_valid(value) for module in NATIONAL_ID_VALIDATORS)


def card(rng: random.Random, valid: bool = True) -> str:
    prefix = rng.choice(["4", "51", "53", "37", "6011"])
    length = 15 if prefix == "37" else 16
    body = prefix + _digits(rng, length - len(prefix) - 1)
    check = luhn.calc_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    digits = body + check
    if length == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-", ""]).join(groups)


IBAN_BBAN = {
    "en": ("GB", lambda r: "NWBK" + _digits(r, 14)),
    "de": ("DE", lambda r: _digits(r, 18)),
    "fr": ("FR", lambda r: _digits(r, 23)),
    "es": ("ES", lambda r: _digits(r, 20)),
    "nl": ("NL", lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _digits(r, 10)),
    "it": ("IT", lambda r: r.choice(string.ascii_uppercase) + _digits(r, 10) + _digits(r, 12)),
    "pt": ("PT", lambda r: _digits(r, 21)),
    "pl": ("PL", lambda r: _digits(r, 24)),
    "sv": ("SE", lambda r: _digits(r, 20)),
    "da": ("DK", lambda r: _digits(r, 14)),
    "fi": ("FI", lambda r: _digits(r, 14)),
}


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - number % 97:02d}"


def iban(rng: random.Random, lang: str, valid: bool = True) -> str:
    country, make = IBAN_BBAN[lang]
    while True:
        bban = make(rng)
        check = _iban_check(country, bban)
        value = country + check + bban
        if std_iban.is_valid(value):
            break
    if not valid:
        value = value[:2] + f"{(int(check) + rng.randint(1, 50)) % 97 + 2:02d}"[-2:] + bban
        if std_iban.is_valid(value):
            value = value[:2] + ("10" if value[2:4] != "10" else "11") + bban
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng: random.Random) -> str:
    """A credential in one of the shapes real services issue."""
    kind = rng.randrange(9)
    if kind == 0:
        return "ghp_" + _token(rng, 36)
    if kind == 1:
        return "sk-proj-" + _token(rng, 48, string.ascii_letters + string.digits + "-_")
    if kind == 2:
        return "AKIA" + _token(rng, 16, string.ascii_uppercase + string.digits)
    if kind == 3:
        return "xoxb-" + _digits(rng, 12) + "-" + _digits(rng, 13) + "-" + _token(rng, 24)
    if kind == 4:
        return (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + _token(rng, 60)
            + "."
            + _token(rng, 43, string.ascii_letters + string.digits + "-_")
        )
    if kind == 5:
        return "sk_live_" + _token(rng, 32)
    if kind == 6:
        return "glpat-" + _token(rng, 20, string.ascii_letters + string.digits + "-_")
    if kind == 7:
        return _token(rng, 40, string.ascii_letters + string.digits + "/+")
    return "AIza" + _token(rng, 35, string.ascii_letters + string.digits + "-_")


def password(rng: random.Random) -> str:
    return rng.choice(
        [
            "Sommer2024!",
            "hunter2-prod",
            "P@ssw0rd#Lyon",
            "Tr0ub4dor&3",
            "correct-horse-9",
            "zaq1@WSX",
            "Kopenhagen#77",
            "qwe123ASD!",
        ]
    ) + _token(rng, rng.randint(0, 4))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([81, 88, 91, 145, 178, 185, 203, 62, 94])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return (
        "2a02:"
        + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(3))
        + "::"
        + f"{rng.randint(1, 0xFFFF):x}"
    )


# ---- look-alikes ---------------------------------------------------------------------------------


def uuid4(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def isbn13(rng: random.Random) -> str:
    body = "978" + _digits(rng, 9)
    digits = body + ean.calc_check_digit(body)
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def invalid_id(rng: random.Random, lang: str, b: Birth) -> str:
    """A national-id shape whose checksum fails (last character changed until no validator accepts it)."""
    if lang in (
        "en",
        "sv",
        "da",
    ):  # SSN and CPR carry no checksum to break; a Swedish one can read as a CPR
        lang = rng.choice(["de", "fr", "es", "nl", "pl", "it"])
    while True:
        value = national_id(rng, lang, b)
        pool = string.digits if value[-1].isdigit() else string.ascii_uppercase
        for last in rng.sample(pool.replace(value[-1], ""), 5):
            if not id_is_valid(value[:-1] + last):
                return value[:-1] + last


FAMOUS = [
    "Marie Curie",
    "Albert Einstein",
    "Ada Lovelace",
    "Johann Sebastian Bach",
    "Napoléon Bonaparte",
    "Miguel de Cervantes",
    "Rembrandt van Rijn",
    "Leonardo da Vinci",
    "Fernando Pessoa",
    "Fryderyk Chopin",
    "Astrid Lindgren",
    "Hans Christian Andersen",
    "Jean Sibelius",
    "Alan Turing",
    "Frida Kahlo",
]
COMPANIES = [
    "Deutsche Bahn",
    "Siemens Healthineers",
    "Zalando",
    "Ryanair",
    "Banco Santander",
    "ING",
    "Allegro",
    "Spotify",
    "Novo Nordisk",
    "Nokia",
    "Fiat",
    "Vodafone",
    "IKEA",
    "Philips",
    "Carrefour",
    "Mercadona",
]
STREET_AS_THING = [
    "Wall Street",
    "Downing Street",
    "Fleet Street",
    "Savile Row",
    "the Kurfürstendamm crowd",
    "Champs-Élysées",
    "Silicon Valley",
    "Main Street",
    "Sesame Street",
    "Abbey Road",
]
EXAMPLE_EMAILS = [
    "user@example.com",
    "jane.doe@example.org",
    "noreply@example.net",
    "test@test.invalid",
    "you@yourcompany.example",
]
DOC_KEYS = [
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "${{ secrets.DEPLOY_TOKEN }}",
    "<YOUR_API_KEY>",
    "changeme",
    "${DB_PASSWORD}",
    "REDACTED",
    "xxxxxxxx",
]
