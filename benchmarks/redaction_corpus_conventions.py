"""A labelled corpus of street addresses, names in records and dates of birth written by each
country's own conventions, with look-alikes that must be kept. For development (training), in
the held-out corpus format.

Seven languages (en for the US, UK, Ireland, Canada and Australia; de for Germany, Austria and
Switzerland; fr for France, Belgium and Switzerland; es for Spain and Mexico; nl for the
Netherlands and Belgium; it; pt for Portugal and Brazil). Addresses are built from how each
country writes them: the street word and its abbreviations, where the house number goes
(before the street in en/fr, after it in de/nl/es/it/pt, with `nº`, `n.`, `s/n`, letters,
ranges and `bis`), flats and floors (Apt, Flat, 2º 1ª, 3.º Esq., scala B int. 4, Stiege,
bus), the postcode of each country with its town (and the province or state where the
country writes it), P.O. boxes (PO Box, Postfach, BP, Apartado, Casella postale, Caixa
Postal, Postbus), on one line or as a letter's block, in prose after a cue in the language,
and under field names in JSON, YAML, CSV, SQL, logs and forms. Dates of birth after the cue
words of each language, in its numeric and month-name formats. Names under field names and
after salutations and before sign-offs of each language. Look-alikes: product names with
numbers, versions, ISBNs, order and ticket numbers, HTTP status phrases, code, times and
durations, and dates that are no birth dates.

Street names, towns and templates are written here from those conventions, not taken from
any other corpus of this repository; person names come from Faker's locales.

    python benchmarks/redaction_corpus_conventions.py --n 1000 --seed 7 > /tmp/conv.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys

from faker import Faker
from redaction_corpus_hard import Piece  # text built from parts, some labelled

Rng = random.Random

COUNTRIES = {
    "en": ("US", "GB", "IE", "CA", "AU"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CHF"),
    "es": ("ES", "MX"),
    "nl": ("NL", "BEN"),
    "it": ("IT",),
    "pt": ("PT", "BR"),
}
FAKER_LOCALE = {
    "US": "en_US",
    "GB": "en_GB",
    "IE": "en_IE",
    "CA": "en_CA",
    "AU": "en_AU",
    "DE": "de_DE",
    "AT": "de_AT",
    "CH": "de_CH",
    "FR": "fr_FR",
    "BE": "fr_BE",
    "CHF": "fr_CH",
    "ES": "es_ES",
    "MX": "es_MX",
    "NL": "nl_NL",
    "BEN": "nl_BE",
    "IT": "it_IT",
    "PT": "pt_PT",
    "BR": "pt_BR",
}


def _d(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _up(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


# --- towns and postcodes, per country ---------------------------------------------------------
TOWNS = {
    "US": [
        ("Springfield", "IL"),
        ("Austin", "TX"),
        ("Portland", "OR"),
        ("Columbus", "OH"),
        ("San Jose", "CA"),
        ("Boston", "MA"),
        ("Denver", "CO"),
        ("Raleigh", "NC"),
        ("New York", "NY"),
        ("Saint Paul", "MN"),
    ],
    "GB": ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Oxford", "York"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Sligo"],
    "CA": [
        ("Toronto", "ON"),
        ("Montréal", "QC"),
        ("Vancouver", "BC"),
        ("Calgary", "AB"),
        ("Ottawa", "ON"),
        ("Halifax", "NS"),
    ],
    "AU": [
        ("Sydney", "NSW"),
        ("Melbourne", "VIC"),
        ("Brisbane", "QLD"),
        ("Perth", "WA"),
        ("Adelaide", "SA"),
        ("Hobart", "TAS"),
    ],
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Leipzig", "Dresden"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"],
    "CH": ["Zürich", "Bern", "Basel", "Luzern", "St. Gallen", "Winterthur"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Strasbourg"],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre"],
    "CHF": ["Genève", "Lausanne", "Neuchâtel", "Fribourg", "Sion"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga"],
    "MX": [("Ciudad de México", "CDMX"), ("Guadalajara", "Jal."), ("Monterrey", "N.L.")],
    "NL": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Leiden"],
    "BEN": ["Antwerpen", "Gent", "Leuven", "Brugge", "Hasselt", "Mechelen"],
    "IT": [
        ("Roma", "RM"),
        ("Milano", "MI"),
        ("Torino", "TO"),
        ("Napoli", "NA"),
        ("Firenze", "FI"),
        ("Bologna", "BO"),
        ("Palermo", "PA"),
        ("Verona", "VR"),
        ("Genova", "GE"),
        ("Bari", "BA"),
    ],
    "PT": ["Lisboa", "Porto", "Coimbra", "Braga", "Faro", "Aveiro", "Setúbal", "Évora"],
    "BR": [
        ("São Paulo", "SP"),
        ("Rio de Janeiro", "RJ"),
        ("Belo Horizonte", "MG"),
        ("Curitiba", "PR"),
        ("Porto Alegre", "RS"),
        ("Salvador", "BA"),
    ],
}
_US_ZIP_PREFIX = {"IL": "62", "TX": "78", "OR": "97", "OH": "43", "CA": "95", "MA": "02"}
_CA_FIRST = {"ON": "KLMNP", "QC": "GHJ", "BC": "V", "AB": "T", "NS": "B"}
_EIR_KEYS = ["D02", "D04", "D6W", "T12", "H91", "V94", "X91", "R95", "F91", "A94"]


def town_line(rng: Rng, c: str) -> str:
    """The last line of an address: town and postcode in the country's order."""
    t = rng.choice(TOWNS[c])
    if c == "US":
        town, st = t
        z = _US_ZIP_PREFIX.get(st, str(rng.randint(10, 99))) + _d(rng, 3)
        z += rng.choice(["", "", f"-{_d(rng, 4)}"])
        return rng.choice([f"{town}, {st} {z}", f"{town} {st} {z}"])
    if c == "GB":
        pc = f"{_up(rng, rng.randint(1, 2))}{rng.randint(1, 20)} {rng.randint(1, 9)}{_up(rng, 2)}"
        return rng.choice([f"{t} {pc}", f"{t}, {pc}"])
    if c == "IE":
        eir = f"{rng.choice(_EIR_KEYS)} {rng.choice('ACDEFHKNPRTVWXY')}{_d(rng, 1)}{rng.choice('ACDEFHKNPRTVWXY')}{_d(rng, 1)}"
        if t == "Dublin":
            return rng.choice(
                [f"Dublin {rng.randint(1, 24)}, {eir}", f"Dublin {rng.randint(1, 8)}"]
            )
        return rng.choice([f"{t}, Co. {t}, {eir}", f"Co. {t} {eir}", f"{t} {eir}"])
    if c == "CA":
        town, prov = t
        pc = (
            f"{rng.choice(_CA_FIRST[prov])}{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} "
            f"{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        )
        return rng.choice([f"{town}, {prov} {pc}", f"{town} {prov} {pc}"])
    if c == "AU":
        town, st = t
        return rng.choice(
            [f"{town} {st} {rng.randint(2000, 7999)}", f"{town}, {st} {rng.randint(2000, 7999)}"]
        )
    if c == "DE":
        return f"{rng.randint(1, 99):02d}{_d(rng, 3)} {t}"
    if c in ("AT", "CH"):
        pc = str(rng.randint(1000, 9999))
        pre = rng.choice(["", "", "A-" if c == "AT" else "CH-"])
        return f"{pre}{pc} {t}"
    if c == "FR":
        pc = f"{rng.randint(1, 95):02d}{_d(rng, 3)}"
        return rng.choice([f"{pc} {t}", f"{pc} {t.upper()}", f"{pc} {t} Cedex"])
    if c in ("BE", "BEN", "CHF"):
        return f"{rng.randint(1000, 9999)} {t}"
    if c == "ES":
        return rng.choice(
            [
                f"{rng.randint(1, 52):02d}{_d(rng, 3)} {t}",
                f"{rng.randint(1, 52):02d}{_d(rng, 3)} {t} ({t})",
            ]
        )
    if c == "MX":
        town, st = t
        return rng.choice([f"C.P. {_d(rng, 5)}, {town}, {st}", f"{_d(rng, 5)} {town}, {st}"])
    if c == "NL":
        return rng.choice(
            [
                f"{rng.randint(1000, 9999)} {_up(rng, 2)} {t}",
                f"{rng.randint(1000, 9999)}{_up(rng, 2)} {t.upper()}",
            ]
        )
    if c == "IT":
        town, prov = t
        cap = f"{rng.randint(0, 98):02d}{_d(rng, 3)}"
        return rng.choice(
            [
                f"{cap} {town} ({prov})",
                f"{cap} {town} {prov}",
                f"{cap} {town}",
                f"{cap} - {town} ({prov})",
            ]
        )
    if c == "PT":
        return f"{rng.randint(1000, 9999)}-{_d(rng, 3)} {t}"
    town, st = t  # BR
    cep = f"{_d(rng, 5)}-{_d(rng, 3)}"
    return rng.choice(
        [
            f"{town} - {st}, {cep}",
            f"CEP {cep} - {town}/{st}",
            f"{cep} {town} - {st}",
            f"{town}/{st} - CEP {cep}",
        ]
    )


COUNTRY_NAME = {
    "US": "USA",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "CA": "Canada",
    "AU": "Australia",
    "DE": "Deutschland",
    "AT": "Österreich",
    "CH": "Schweiz",
    "FR": "France",
    "BE": "Belgique",
    "CHF": "Suisse",
    "ES": "España",
    "MX": "México",
    "NL": "Nederland",
    "BEN": "België",
    "IT": "Italia",
    "PT": "Portugal",
    "BR": "Brasil",
}

# --- streets, per convention --------------------------------------------------------------------
EN_NAMES = [
    "Maple",
    "Oak",
    "Cedar",
    "Elm",
    "Washington",
    "Lincoln",
    "Park",
    "Lake",
    "Hill",
    "Church",
    "Mill",
    "Station",
    "Victoria",
    "Albert",
    "Kingsley",
    "Chestnut",
    "Willow",
    "Highland",
    "Riverside",
    "Orchard",
    "Bridge",
    "Market",
    "Queen",
    "King",
    "George",
    "Harcourt",
    "Pembroke",
    "St. John's",
    "Mount Pleasant",
    "Sheridan",
    "Jefferson",
    "Pleasant Valley",
]
US_SUFFIX = [
    "St",
    "St.",
    "Street",
    "Ave",
    "Ave.",
    "Avenue",
    "Blvd",
    "Rd",
    "Road",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Ct",
    "Pl",
    "Way",
    "Pkwy",
    "Ter",
    "Cir",
    "Hwy",
    "Trail",
]
UK_SUFFIX = [
    "Road",
    "Street",
    "Lane",
    "Close",
    "Avenue",
    "Gardens",
    "Crescent",
    "Way",
    "Grove",
    "Terrace",
    "Row",
    "Mews",
    "Drive",
    "Place",
    "Square",
    "Rd",
    "St",
]
AU_SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Pde", "Parade", "Cres", "Hwy", "Tce", "Cl"]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def street_en(rng: Rng, c: str) -> str:
    num = rng.choice(
        [
            str(rng.randint(1, 9999)),
            str(rng.randint(1, 300)),
            f"{rng.randint(1, 200)}{rng.choice('ABC')}",
            f"{rng.randint(2, 40)}-{rng.randint(42, 60)}",
        ]
    )
    if c == "US":
        name = rng.choice(EN_NAMES + [_ordinal(rng.randint(1, 120))] * 6)
        pre = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "North ", "West "])
        post = rng.choice(["", "", "", "", " NW", " SE", " N.E."])
        unit = rng.choice(
            [
                "",
                "",
                "",
                f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}",
                f", Suite {rng.randint(100, 2400)}",
                f" #{rng.randint(2, 900)}",
                f", Unit {rng.randint(1, 30)}",
                f" Apt. {rng.randint(1, 20)}",
            ]
        )
        return f"{num} {pre}{name} {rng.choice(US_SUFFIX)}{post}{unit}"
    if c == "CA":
        name = rng.choice(EN_NAMES + ["Sainte-Catherine", "Sherbrooke", "Yonge", "Bloor"])
        direction = rng.choice(["", "", " W", " E", " West", " O"])
        unit = rng.choice(
            ["", "", f"{rng.randint(100, 2500)}-", f"Suite {rng.randint(100, 900)}, "]
        )
        return f"{unit}{num} {name} {rng.choice(['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Blvd'])}{direction}"
    if c == "AU":
        unit = rng.choice(
            [
                "",
                "",
                f"{rng.randint(1, 40)}/",
                f"Unit {rng.randint(1, 40)}, ",
                f"Level {rng.randint(1, 30)}, ",
            ]
        )
        return f"{unit}{rng.randint(1, 400)} {rng.choice(EN_NAMES)} {rng.choice(AU_SUFFIX)}"
    flat = rng.choice(
        [
            "",
            "",
            "",
            f"Flat {rng.randint(1, 30)}, ",
            f"Apartment {rng.randint(1, 60)}, ",
            f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, ",
        ]
    )
    house = rng.choice(["", "", "", "Rose Cottage, ", "The Old Rectory, ", "Ivy House, "])
    return f"{flat}{house}{num} {rng.choice(EN_NAMES)} {rng.choice(UK_SUFFIX)}"


DE_STEMS = [
    "Linden",
    "Goethe",
    "Schiller",
    "Bahnhof",
    "Haupt",
    "Kirch",
    "Schul",
    "Garten",
    "Berliner ",
    "Münchner ",
    "Friedrich-Ebert-",
    "Kaiser-Wilhelm-",
    "Mozart",
    "Beethoven",
    "Rosen",
    "Birken",
    "Wald",
    "Mühlen",
    "Sonnen",
    "Dorf",
    "Markt",
    "Rathaus",
    "Eichen",
]
DE_WORDS = [
    "straße",
    "str.",
    "strasse",
    "weg",
    "allee",
    "platz",
    "gasse",
    "ring",
    "damm",
    "steig",
    "ufer",
    "graben",
    "gürtel",
]


def street_de(rng: Rng, c: str) -> str:
    stem = rng.choice(DE_STEMS)
    word = rng.choice(DE_WORDS)
    if stem.endswith(" ") or stem.endswith("-"):
        word = word.capitalize() if word != "str." else "Str."
    street = rng.choice(
        [
            stem + word,
            stem + word,
            f"Am {rng.choice(['Markt', 'Hang', 'Anger', 'Bach', 'Stadtpark'])}",
            f"An der {rng.choice(['Alster', 'Kirche', 'Mühle'])}",
            f"Im {rng.choice(['Winkel', 'Grund', 'Tal'])}",
        ]
    )
    num = rng.choice(
        [
            str(rng.randint(1, 200)),
            f"{rng.randint(1, 99)}{rng.choice('abc')}",
            f"{rng.randint(1, 60)}-{rng.randint(61, 70)}",
            f"Nr. {rng.randint(1, 99)}",
        ]
    )
    if c == "AT":
        num = rng.choice(
            [
                num,
                f"{rng.randint(1, 90)}/{rng.randint(1, 9)}/{rng.randint(1, 30)}",
                f"{rng.randint(1, 90)}, Stiege {rng.randint(1, 5)}, Top {rng.randint(1, 30)}",
            ]
        )
    sep = "" if street.endswith("str.") and rng.random() < 0.2 else " "
    extra = rng.choice(
        [
            "",
            "",
            "",
            f", {rng.randint(1, 5)}. Stock",
            f", Whg. {rng.randint(1, 20)}",
            f", {rng.randint(1, 4)}. OG",
        ]
    )
    return f"{street}{sep}{num}{extra}"


FR_TYPES = [
    "rue",
    "rue",
    "avenue",
    "av.",
    "boulevard",
    "bd",
    "chemin",
    "allée",
    "place",
    "impasse",
    "quai",
    "cours",
    "route",
    "passage",
    "square",
]
FR_NAMES = [
    "de la Paix",
    "Victor Hugo",
    "des Lilas",
    "du Général de Gaulle",
    "Jean Jaurès",
    "de la République",
    "Pasteur",
    "des Peupliers",
    "du Moulin",
    "Saint-Michel",
    "de Verdun",
    "Foch",
    "des Écoles",
    "du Commerce",
    "Gambetta",
    "de l'Église",
]


def street_fr(rng: Rng, c: str) -> str:
    num = rng.choice(
        [
            str(rng.randint(1, 250)),
            f"{rng.randint(1, 99)} bis",
            f"{rng.randint(1, 60)}ter",
            f"{rng.randint(1, 40)}-{rng.randint(41, 50)}",
            f"{rng.randint(1, 99)}B",
        ]
    )
    typ = rng.choice(FR_TYPES)
    if rng.random() < 0.3:
        typ = typ.capitalize()
    name = rng.choice(FR_NAMES)
    if c in ("BE", "CHF") and rng.random() < 0.6:  # the number after the street
        box = rng.choice(
            [
                "",
                "",
                f" bte {rng.randint(1, 20)}",
                f" boîte {rng.randint(1, 9)}",
                f"/{rng.randint(1, 9)}",
            ]
        )
        return f"{typ.capitalize()} {name} {rng.randint(1, 250)}{box}"
    pre = rng.choice(
        [
            "",
            "",
            "",
            f"Bât. {rng.choice('ABC')}, ",
            "Résidence les Tilleuls, ",
            f"Appt {rng.randint(1, 80)}, ",
        ]
    )
    post = rng.choice(
        ["", "", "", f", {rng.randint(1, 9)}e étage", f", escalier {rng.choice('ABC')}"]
    )
    return f"{pre}{num}{rng.choice([' ', ', '])}{typ} {name}{post}"


ES_TYPES = [
    "Calle",
    "C/",
    "c/",
    "Avenida",
    "Avda.",
    "Av.",
    "Paseo",
    "Pº",
    "Plaza",
    "Pza.",
    "Camino",
    "Ronda",
    "Carretera",
    "Travesía",
    "Carrer",
    "Rambla",
]
ES_NAMES = [
    "Mayor",
    "de Alcalá",
    "del Pez",
    "Gran Vía",
    "de la Castellana",
    "de Gracia",
    "de la Constitución",
    "Real",
    "San Vicente",
    "de Balmes",
    "del Carmen",
    "Serrano",
    "de los Reyes Católicos",
    "Nueva",
    "del Sol",
]


def street_es(rng: Rng, c: str) -> str:
    typ = rng.choice(ES_TYPES)
    name = rng.choice(ES_NAMES)
    if c == "MX":
        typ = rng.choice(["Calle", "Av.", "Avenida", "Calz.", "Blvd."])
        name = rng.choice(
            ["Insurgentes Sur", "Reforma", "Juárez", "Hidalgo", "Morelos", "5 de Mayo"]
        )
        num = rng.choice(
            [f"{rng.randint(1, 3000)}", f"No. {rng.randint(1, 900)}", f"#{rng.randint(1, 900)}"]
        )
        inner = rng.choice(
            [
                "",
                f", Int. {rng.randint(1, 20)}",
                f" Depto. {rng.randint(1, 30)}",
                f", Col. {rng.choice(['Roma Norte', 'Centro', 'Del Valle'])}",
            ]
        )
        return f"{typ} {name} {num}{inner}"
    num = rng.choice(
        [
            str(rng.randint(1, 250)),
            f"nº {rng.randint(1, 250)}",
            f"n.º {rng.randint(1, 99)}",
            "s/n",
            f"{rng.randint(1, 99)}-{rng.randint(100, 120)}",
            f"{rng.randint(1, 80)}B",
        ]
    )
    floor = rng.choice(
        [
            "",
            "",
            f", {rng.randint(1, 9)}º {rng.choice('ABCD')}",
            f", {rng.randint(1, 8)}º {rng.randint(1, 4)}ª",
            f" {rng.randint(1, 9)}º izda.",
            f", {rng.randint(1, 9)}º dcha.",
            ", bajo",
            f", piso {rng.randint(1, 9)}, puerta {rng.randint(1, 6)}",
            f", esc. {rng.choice('ABI')}, {rng.randint(1, 7)}º",
        ]
    )
    sep = rng.choice([" ", ", "])
    return f"{typ} {name}{sep}{num}{floor}"


NL_STEMS = [
    "Kerk",
    "Dorps",
    "Molen",
    "Prinsen",
    "Heren",
    "Keizers",
    "Stations",
    "School",
    "Wilhelmina",
    "Julianа".replace("а", "a"),
    "Beatrix",
    "Oranje",
    "Linden",
    "Eiken",
    "Nieuwe ",
]
NL_WORDS = [
    "straat",
    "laan",
    "weg",
    "gracht",
    "plein",
    "kade",
    "singel",
    "dijk",
    "pad",
    "steeg",
    "hof",
    "dreef",
]


def street_nl(rng: Rng, c: str) -> str:
    stem = rng.choice(NL_STEMS)
    word = rng.choice(NL_WORDS)
    street = stem + (word.capitalize() if stem.endswith(" ") else word)
    if rng.random() < 0.15:
        street = rng.choice(
            [
                "Laan van Meerdervoort",
                "Burgemeester de Monchyplein",
                "Koningin Emmalaan",
                "Van Baerlestraat",
            ]
        )
    num = rng.choice(
        [
            str(rng.randint(1, 400)),
            f"{rng.randint(1, 200)}{rng.choice('ABC')}",
            f"{rng.randint(1, 200)}-{rng.randint(1, 3)}",
            f"{rng.randint(1, 300)} hs",
            f"{rng.randint(1, 300)}-II",
            f"{rng.randint(1, 90)} bus {rng.randint(1, 12)}",
        ]
    )
    if c == "BEN":
        num = rng.choice(
            [
                f"{rng.randint(1, 200)}",
                f"{rng.randint(1, 200)} bus {rng.randint(1, 12)}",
                f"{rng.randint(1, 200)}/{rng.randint(1, 9)}",
            ]
        )
    return f"{street} {num}"


IT_TYPES = [
    "Via",
    "Via",
    "Via",
    "Viale",
    "Piazza",
    "P.za",
    "Corso",
    "C.so",
    "Largo",
    "Vicolo",
    "Piazzale",
    "Strada",
    "Lungarno",
    "Lungotevere",
    "Borgo",
    "Salita",
    "V.le",
    "Contrada",
    "Località",
]
IT_NAMES = [
    "Roma",
    "Giuseppe Garibaldi",
    "Garibaldi",
    "dei Mille",
    "XX Settembre",
    "Cavour",
    "Dante Alighieri",
    "della Repubblica",
    "Vittorio Emanuele II",
    "Giuseppe Mazzini",
    "San Francesco",
    "del Corso",
    "Nazionale",
    "Alessandro Manzoni",
    "Torino",
    "delle Rose",
    "dei Fiori",
    "Marconi",
    "IV Novembre",
    "del Popolo",
    "di Porta Ticinese",
    "Aldo Moro",
    "Santa Lucia",
    "degli Orti",
]


def street_it(rng: Rng, c: str) -> str:
    typ = rng.choice(IT_TYPES)
    name = rng.choice(IT_NAMES)
    n = rng.randint(1, 250)
    num = rng.choice(
        [
            str(n),
            str(n),
            f"{n}/{rng.choice('ABC')}",
            f"{n}{rng.choice('abc')}",
            f"n. {n}",
            f"n° {n}",
            f"{n}/{rng.randint(1, 9)}",
            f"{n} bis",
            "snc",
            f"civico {n}",
        ]
    )
    sep = rng.choice([" ", ", ", ", "])
    extra = rng.choice(
        [
            "",
            "",
            "",
            f", scala {rng.choice('ABC')}, int. {rng.randint(1, 20)}",
            f", piano {rng.randint(1, 8)}",
            f" int. {rng.randint(1, 30)}",
            f", {rng.randint(1, 6)}° piano",
        ]
    )
    return f"{typ} {name}{sep}{num}{extra}"


PT_TYPES = [
    "Rua",
    "Rua",
    "Rua",
    "R.",
    "Avenida",
    "Av.",
    "Travessa",
    "Tv.",
    "Largo",
    "Praça",
    "Pç.",
    "Alameda",
    "Estrada",
    "Calçada",
    "Beco",
    "Rodovia",
]
PT_NAMES = [
    "Augusta",
    "da Prata",
    "de Santa Catarina",
    "do Carmo",
    "Garrett",
    "Dom Pedro V",
    "25 de Abril",
    "Miguel Bombarda",
    "das Flores",
    "Cândido dos Reis",
    "da Liberdade",
    "do Comércio",
    "de São Bento",
    "Almirante Reis",
    "da República",
    "Marquês de Pombal",
    "Oscar Freire",
    "Paulista",
    "Sete de Setembro",
    "Visconde de Pirajá",
    "dos Andradas",
    "Brigadeiro Faria Lima",
]


def street_pt(rng: Rng, c: str) -> str:
    typ = rng.choice(PT_TYPES)
    name = rng.choice(PT_NAMES)
    n = rng.randint(1, 2500 if c == "BR" else 400)
    if c == "BR":
        num = rng.choice([str(n), f"nº {n}", f"n. {n}", "s/n", str(n)])
        extra = rng.choice(
            [
                "",
                "",
                f", apto {rng.randint(11, 190)}",
                f", apt. {rng.randint(11, 190)}",
                f" - sala {rng.randint(1, 1200)}",
                f", bloco {rng.choice('ABC')}, apto {rng.randint(11, 90)}",
                f" - {rng.choice(['Jardins', 'Centro', 'Copacabana', 'Savassi'])}",
                f", conj. {rng.randint(1, 300)}",
            ]
        )
        return f"{typ} {name}, {num}{extra}"
    num = rng.choice(
        [
            str(n),
            str(n),
            f"n.º {n}",
            f"nº {n}",
            f"{n}-{rng.choice('AB')}",
            f"{n}{rng.choice('AB')}",
            "s/n",
        ]
    )
    extra = rng.choice(
        [
            "",
            "",
            f", {rng.randint(1, 9)}.º Esq.",
            f", {rng.randint(1, 9)}º Dto.",
            f" {rng.randint(1, 9)}º Esq",
            ", r/c",
            f", {rng.randint(1, 9)}.º andar",
            ", R/C Dto",
            f", {rng.randint(1, 9)}.º Frente",
        ]
    )
    sep = rng.choice([", ", " ", ", "])
    return f"{typ} {name}{sep}{num}{extra}"


STREET_FN = {
    "en": street_en,
    "de": street_de,
    "fr": street_fr,
    "es": street_es,
    "nl": street_nl,
    "it": street_it,
    "pt": street_pt,
}


def po_box(rng: Rng, c: str) -> str:
    n = rng.randint(10, 99999)
    return {
        "US": f"P.O. Box {n}",
        "GB": f"PO Box {n}",
        "IE": f"PO Box {n}",
        "CA": f"PO Box {n}",
        "AU": f"PO Box {n}",
        "DE": f"Postfach {n // 100} {n % 100:02d}",
        "AT": f"Postfach {n}",
        "CH": f"Postfach {n % 1000}",
        "FR": f"BP {n % 10000}",
        "BE": f"BP {n % 1000}",
        "CHF": f"Case postale {n % 1000}",
        "ES": f"Apartado de Correos {n % 10000}",
        "MX": f"Apartado Postal {n % 1000}",
        "NL": f"Postbus {n}",
        "BEN": f"Postbus {n % 1000}",
        "IT": rng.choice(
            [f"Casella Postale {n % 1000}", f"C.P. {n % 1000}", f"Casella postale n. {n % 1000}"]
        ),
        "PT": f"Apartado {n % 10000}",
        "BR": rng.choice([f"Caixa Postal {n % 10000}", f"Caixa Postal nº {n % 10000}"]),
    }[c]


def address(rng: Rng, lang: str, c: str) -> list[str]:
    """An address as its lines: one line (street and town) or the lines of a letter's block."""
    street = po_box(rng, c) if rng.random() < 0.08 else STREET_FN[lang](rng, c)
    r = rng.random()
    if r < 0.3:
        return [street]
    town = town_line(rng, c)
    if r < 0.75:
        line = f"{street}, {town}"
        if rng.random() < 0.2:
            line += f", {COUNTRY_NAME[c]}"
        return [line]
    return [street, town]


# --- dates of birth -----------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sep. oct. nov. dic.",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "it": "gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.",
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
}


def date_text(rng: Rng, lang: str, y: int, m: int, d: int) -> str:
    mon = MONTHS[lang].split()[m - 1]
    short = SHORT[lang].split()[m - 1]
    if lang == "en":
        return rng.choice(
            [
                f"{mon} {d}, {y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d} {mon} {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}/{m}/{y}",
                f"{_ordinal(d)} {mon} {y}",
                f"{short} {d}, {y}",
                f"{d}-{short}-{y}",
            ]
        )
    if lang == "de":
        return rng.choice(
            [
                f"{d:02d}.{m:02d}.{y}",
                f"{d}. {mon} {y}",
                f"{d}.{m}.{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}. {short} {y}",
            ]
        )
    if lang == "fr":
        return rng.choice(
            [
                f"{d} {mon} {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{'1er' if d == 1 else d} {mon} {y}",
                f"{d} {short} {y}",
            ]
        )
    if lang == "es":
        return rng.choice(
            [f"{d} de {mon} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m:02d}-{y}", f"{d} {short} {y}"]
        )
    if lang == "nl":
        return rng.choice(
            [f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {short} {y}"]
        )
    if lang == "it":
        return rng.choice(
            [
                f"{d} {mon} {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d}/{m}/{y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{'1º' if d == 1 else d} {mon} {y}",
                f"{d} {short} {y}",
                f"{d:02d}.{m:02d}.{y}",
            ]
        )
    return rng.choice(
        [
            f"{d} de {mon} de {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}/{y}",
            f"{'1º' if d == 1 else d} de {mon} de {y}",
            f"{d} {mon} {y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


DOB_PROSE = {
    "en": [
        "I was born on {}",
        "DOB: {}",
        "date of birth {}",
        "he was born in Leeds on {}",
        "my date of birth is {}",
        "b. {}",
        "Born: {}",
    ],
    "de": [
        "ich bin am {} geboren",
        "geboren am {}",
        "Geburtsdatum: {}",
        "geb. {}",
        "geboren in Köln am {}",
        "Geb.-Datum {}",
    ],
    "fr": [
        "je suis né le {}",
        "née le {}",
        "date de naissance : {}",
        "né(e) le {}",
        "née à Lyon le {}",
        "Date de naissance {}",
    ],
    "es": [
        "nací el {}",
        "nacido el {}",
        "fecha de nacimiento: {}",
        "F. nac.: {}",
        "nacida en Sevilla el {}",
        "nació el {}",
    ],
    "nl": [
        "ik ben geboren op {}",
        "geboren op {}",
        "geboortedatum: {}",
        "geb. {}",
        "geboren te Utrecht op {}",
    ],
    "it": [
        "sono nato il {}",
        "nata il {}",
        "nato a Napoli il {}",
        "data di nascita: {}",
        "Data di nascita {}",
        "nato/a il {}",
        "nata a Bari, il {}",
        "è nato il {}",
        "Nato il: {}",
    ],
    "pt": [
        "nasci em {}",
        "nascido em {}",
        "nascida a {}",
        "data de nascimento: {}",
        "Data de Nascimento {}",
        "nasceu em {}",
        "nascido no Porto em {}",
        "Data nasc.: {}",
        "nascida em Lisboa a {}",
        "D.N.: {}",
    ],
}
DOB_KEYS = {
    "en": ["dob", "date_of_birth", "birthDate", "birthdate", "Date of birth"],
    "de": ["geburtsdatum", "Geburtsdatum", "geb_datum", "geboren_am"],
    "fr": ["date_naissance", "date_de_naissance", "dateNaissance", "Date de naissance"],
    "es": ["fecha_nacimiento", "fechaNacimiento", "fecha_de_nacimiento", "Fecha de nacimiento"],
    "nl": ["geboortedatum", "Geboortedatum", "geboorte_datum"],
    "it": [
        "data_nascita",
        "data_di_nascita",
        "dataNascita",
        "Data di nascita",
        "nato_il",
        "data_nasc",
    ],
    "pt": [
        "data_nascimento",
        "data_de_nascimento",
        "dataNascimento",
        "Data de nascimento",
        "dt_nascimento",
        "nascimento",
    ],
}

# --- names in records and letters ---------------------------------------------------------------
NAME_KEYS = {
    "en": [
        ("first_name", "last_name"),
        ("firstName", "lastName"),
        ("given_name", "family_name"),
        ("full_name",),
        ("name",),
        ("customer_name",),
    ],
    "de": [
        ("vorname", "nachname"),
        ("Vorname", "Nachname"),
        ("name",),
        ("kundenname",),
        ("vollständiger_name",),
    ],
    "fr": [("prenom", "nom"), ("prénom", "nom_de_famille"), ("nom_complet",), ("nom",)],
    "es": [("nombre", "apellidos"), ("nombre", "apellido"), ("nombre_completo",), ("titular",)],
    "nl": [("voornaam", "achternaam"), ("naam",), ("volledige_naam",), ("klantnaam",)],
    "it": [
        ("nome", "cognome"),
        ("Nome", "Cognome"),
        ("nominativo",),
        ("nome_completo",),
        ("intestatario",),
    ],
    "pt": [
        ("nome", "apelido"),
        ("nome", "sobrenome"),
        ("primeiro_nome", "ultimo_nome"),
        ("nome_completo",),
        ("titular",),
    ],
}
SALUTE = {
    "en": ["Dear {}", "Hi {}", "Hello {}", "Dear Mr {}", "Dear Ms {}"],
    "de": ["Sehr geehrte Frau {}", "Sehr geehrter Herr {}", "Hallo {}", "Liebe {}", "Lieber {}"],
    "fr": ["Bonjour {}", "Cher {}", "Chère {}", "Madame {}", "Bonjour M. {}"],
    "es": ["Estimado {}", "Estimada {}", "Hola {}", "Estimada Sra. {}", "Querido {}"],
    "nl": ["Beste {}", "Geachte heer {}", "Geachte mevrouw {}", "Hoi {}", "Hallo {}"],
    "it": [
        "Gentile {}",
        "Gentile Sig.ra {}",
        "Egregio Sig. {}",
        "Caro {}",
        "Cara {}",
        "Buongiorno {}",
        "Gentile Dott. {}",
        "Ciao {}",
        "Spett.le {}",
    ],
    "pt": [
        "Caro {}",
        "Cara {}",
        "Prezado {}",
        "Prezada {}",
        "Olá {}",
        "Exmo. Sr. {}",
        "Exma. Sra. {}",
        "Estimado {}",
        "Bom dia {}",
    ],
}
SIGN = {
    "en": ["Best regards", "Kind regards", "Thanks", "Sincerely", "Cheers"],
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "LG"],
    "fr": ["Cordialement", "Bien à vous", "Merci", "Bien cordialement"],
    "es": ["Saludos", "Un saludo", "Atentamente", "Saludos cordiales"],
    "nl": ["Met vriendelijke groet", "Groeten", "Met vriendelijke groeten", "Hartelijke groet"],
    "it": [
        "Cordiali saluti",
        "Distinti saluti",
        "Saluti",
        "Un caro saluto",
        "Grazie",
        "A presto",
        "Cordialmente",
        "Con i migliori saluti",
    ],
    "pt": [
        "Atenciosamente",
        "Cumprimentos",
        "Com os melhores cumprimentos",
        "Obrigado",
        "Obrigada",
        "Abraços",
        "Melhores cumprimentos",
        "Um abraço",
    ],
}
ADDRESS_KEYS = {
    "en": ["address", "street_address", "addr", "home_address", "shipping_address", "Address"],
    "de": ["adresse", "anschrift", "Anschrift", "strasse", "Adresse", "wohnadresse"],
    "fr": ["adresse", "adresse_postale", "Adresse", "adresse_livraison"],
    "es": ["dirección", "direccion", "domicilio", "Dirección", "direccion_envio"],
    "nl": ["adres", "Adres", "woonadres", "straat"],
    "it": ["indirizzo", "Indirizzo", "indirizzo_residenza", "residenza", "via", "recapito"],
    "pt": ["morada", "Morada", "endereço", "endereco", "Endereço", "logradouro", "morada_fiscal"],
}
ADDRESS_PROSE = {
    "en": [
        "I live at {}",
        "please ship it to {}",
        "my address is {}",
        "send the invoice to {}",
        "we moved to {}",
        "our office is at {}",
    ],
    "de": [
        "ich wohne in der {}",
        "meine Adresse ist {}",
        "bitte liefern an {}",
        "wir sind umgezogen: {}",
        "Lieferadresse: {}",
    ],
    "fr": [
        "j'habite au {}",
        "mon adresse est {}",
        "merci de livrer au {}",
        "notre bureau se trouve {}",
        "adresse de livraison : {}",
    ],
    "es": [
        "vivo en {}",
        "mi dirección es {}",
        "envíenlo a {}",
        "la oficina está en {}",
        "dirección de entrega: {}",
    ],
    "nl": [
        "ik woon op {}",
        "mijn adres is {}",
        "graag bezorgen op {}",
        "ons kantoor zit aan de {}",
        "afleveradres: {}",
    ],
    "it": [
        "abito in {}",
        "il mio indirizzo è {}",
        "spedire a {}",
        "vivo in {}",
        "la sede è in {}",
        "risiedo in {}",
        "indirizzo di consegna: {}",
    ],
    "pt": [
        "moro na {}",
        "a minha morada é {}",
        "o meu endereço é {}",
        "enviar para {}",
        "moro em {}",
        "vivo na {}",
        "o escritório fica na {}",
    ],
}
FILLER = {
    "en": [
        "Could you update my details?",
        "Thanks for the quick reply.",
        "The parcel never arrived.",
    ],
    "de": [
        "Können Sie meine Daten ändern?",
        "Danke für die schnelle Antwort.",
        "Das Paket kam nie an.",
    ],
    "fr": [
        "Pouvez-vous mettre à jour mes données ?",
        "Merci pour votre réponse.",
        "Le colis n'est jamais arrivé.",
    ],
    "es": ["¿Pueden actualizar mis datos?", "Gracias por la respuesta.", "El paquete nunca llegó."],
    "nl": [
        "Kunnen jullie mijn gegevens aanpassen?",
        "Bedankt voor het snelle antwoord.",
        "Het pakket is nooit aangekomen.",
    ],
    "it": [
        "Potete aggiornare i miei dati?",
        "Grazie per la risposta rapida.",
        "Il pacco non è mai arrivato.",
    ],
    "pt": [
        "Podem atualizar os meus dados?",
        "Obrigado pela resposta rápida.",
        "A encomenda nunca chegou.",
    ],
}


# --- look-alikes --------------------------------------------------------------------------------
def _isbn13(rng: Rng) -> str:
    body = "978" + _d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    digits = body + str((10 - s % 10) % 10)
    return rng.choice(
        [
            f"{digits[:3]}-{digits[3]}-{digits[4:7]}-{digits[7:12]}-{digits[12]}",
            digits,
            f"{digits[:3]}-{digits[3:5]}-{digits[5:9]}-{digits[9:12]}-{digits[12]}",
        ]
    )


ORDER_WORDS = {
    "en": ["order", "order no.", "ticket #", "case", "invoice", "tracking number"],
    "de": ["Bestellnummer", "Bestellung", "Ticket", "Rechnung Nr.", "Vorgang"],
    "fr": ["commande n°", "commande", "ticket", "facture", "dossier"],
    "es": ["pedido", "pedido nº", "incidencia", "factura", "expediente"],
    "nl": ["bestelling", "bestelnummer", "ticket", "factuur", "zaaknummer"],
    "it": ["ordine n.", "ordine", "pratica n.", "fattura n.", "ticket", "numero d'ordine"],
    "pt": ["encomenda n.º", "pedido", "fatura n.º", "processo", "ticket", "número da encomenda"],
}
PRODUCTS = [
    "iPhone 15 Pro",
    "Galaxy S23 Ultra",
    "PlayStation 5",
    "Windows 11",
    "Xbox Series X",
    "Pixel 8",
    "Fiat 500",
    "Peugeot 208",
    "Renault Clio 5",
    "Audi A4",
    "Golf 8",
    "Boeing 737",
    "Airbus A320",
    "Office 365",
    "Photoshop 2024",
    "Ryzen 7 7800X",
    "GeForce RTX 4090",
    "Kindle Paperwhite 5",
    "Vespa Primavera 125",
    "Alfa Romeo 147",
    "Seat Ibiza 2019",
    "Apollo 13",
    "Studio 54",
    "Route 66",
    "Formula 1",
    "Chanel No. 5",
    "Ferrari 488",
    "Lancia Delta 4",
    "Oppo Find X5",
]
HTTP = [
    "404 Not Found",
    "500 Internal Server Error",
    "503 Service Unavailable",
    "301 Moved Permanently",
    "429 Too Many Requests",
    "200 OK",
    "302 Found",
    "401 Unauthorized",
    "502 Bad Gateway",
]
CODE = [
    "for i in range(10):",
    "arr[12:34]",
    "x = y[3:5]",
    "map[2][7]",
    "sleep(300)",
    "Thread.sleep(1500);",
    "return a[1:9]",
    "int port = 8080;",
    "SELECT * FROM t LIMIT 20 OFFSET 40",
    "git rebase -i HEAD~3",
]
TIMES = [
    "14:30",
    "9:15 am",
    "2h 15m",
    "in 3 Tagen",
    "PT1H30M",
    "45 min",
    "1:23:45",
    "ore 18:00",
    "às 14h30",
    "3 semaines",
    "dentro de 2 horas",
    "12:00 CET",
    "90 seconds",
    "binnen 2 werkdagen",
]


def lookalike(rng: Rng, lang: str) -> tuple[str, str, str, str]:
    """(text before, the look-alike, text after, its kind)"""
    r = rng.randrange(9)
    if r == 0:
        return (
            rng.choice(["I bought a ", "Ho comprato una ", "Comprei um ", "Ich habe ein "]),
            rng.choice(PRODUCTS),
            "",
            "product",
        )
    if r == 1:
        v = rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}",
                f"Python {rng.randint(2, 3)}.{rng.randint(6, 13)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
            ]
        )
        return (
            rng.choice(["after upgrading to ", "versione ", "versão ", "Version ", "na versie "]),
            v,
            "",
            "version",
        )
    if r == 2:
        return "ISBN ", _isbn13(rng), "", "isbn"
    if r == 3:
        n = rng.choice(
            [
                _d(rng, 8),
                f"{rng.randint(2019, 2026)}-{_d(rng, 6)}",
                f"{_up(rng, 2)}-{_d(rng, 7)}",
                f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}",
                _d(rng, 10),
            ]
        )
        return rng.choice(ORDER_WORDS[lang]) + " ", n, "", "order"
    if r == 4:
        return (
            rng.choice(["the server returned ", "errore ", "erro ", "Fehler ", "HTTP/1.1 "]),
            rng.choice(HTTP),
            "",
            "http_status",
        )
    if r == 5:
        return "`", rng.choice(CODE), "`", "code"
    if r == 6:
        return (
            rng.choice(["the call is at ", "alle ", "a reunião é ", "Dauer: ", "durée "]),
            rng.choice(TIMES),
            "",
            "time",
        )
    if r == 7:
        y = rng.randint(2023, 2027)
        d = date_text(rng, lang, y, rng.randint(1, 12), rng.randint(1, 28))
        return (
            rng.choice(
                {
                    "en": ["delivery on ", "due ", "the meeting on "],
                    "de": ["Lieferung am ", "fällig am ", "Termin am "],
                    "fr": ["livraison le ", "échéance le ", "réunion le "],
                    "es": ["entrega el ", "vence el ", "reunión el "],
                    "nl": ["levering op ", "vervalt op ", "afspraak op "],
                    "it": ["consegna il ", "scadenza ", "riunione del "],
                    "pt": ["entrega a ", "vence em ", "reunião em "],
                }[lang]
            ),
            d,
            "",
            "date",
        )
    return (
        rng.choice(["see chapter ", "capitolo ", "Kapitel ", "página ", "Seite "]),
        f"{rng.randint(1, 30)}.{rng.randint(1, 9)}",
        "",
        "section",
    )


# --- messages -----------------------------------------------------------------------------------
LAYOUTS = ("prose", "letter", "json", "yaml", "csv", "sql", "log", "form", "markdown")


def _looks(p: Piece, rng: Rng, lang: str, n: int, sep: str) -> None:
    for _ in range(n):
        b, look, a, kind = lookalike(rng, lang)
        p.add(b)
        p.add(look, kind, look=True)
        p.add(a + sep)


def _json_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def make(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    fakes: dict[str, Faker] = {}
    out = []
    for i in range(n):
        lang = rng.choice(list(COUNTRIES))
        c = rng.choice(COUNTRIES[lang])
        loc = FAKER_LOCALE[c]
        if loc not in fakes:
            fakes[loc] = Faker(loc)
            fakes[loc].seed_instance(seed * 1000 + len(fakes))
        fake = fakes[loc]
        first, last = fake.first_name(), fake.last_name()
        y, m, d = rng.randint(1935, 2007), rng.randint(1, 12), rng.randint(1, 28)
        dob = date_text(rng, lang, y, m, d)
        lines = address(rng, lang, c)
        layout = rng.choice(LAYOUTS)
        p = Piece()
        n_looks = rng.randint(1, 3)
        if layout in ("prose", "letter"):
            if layout == "letter":
                p.add(rng.choice(SALUTE[lang]).split("{}")[0])
                p.add(last if rng.random() < 0.4 else f"{first} {last}", "PERSON")
                p.add(",\n\n")
            p.add(rng.choice(FILLER[lang]) + " ")
            pre, post = rng.choice(ADDRESS_PROSE[lang]).split("{}")
            p.add(pre[:1].upper() + pre[1:])
            for j, line in enumerate(lines):
                p.add(line, "ADDRESS")
                if j < len(lines) - 1:
                    p.add("\n" if layout == "letter" else ", ")
            p.add(post + ". ")
            _looks(p, rng, lang, 1, ". ")
            pre, post = rng.choice(DOB_PROSE[lang]).split("{}")
            p.add(pre[:1].upper() + pre[1:])
            p.add(dob, "DATE_OF_BIRTH")
            p.add(post + ". ")
            _looks(p, rng, lang, n_looks - 1, ". ")
            if layout == "letter":
                p.add("\n\n" + rng.choice(SIGN[lang]) + ",\n")
                name2 = f"{fake.first_name()} {fake.last_name()}"
                p.add(name2, "PERSON")
                p.add("\n")
                if rng.random() < 0.5:  # the sender's address block under the name
                    for line in (STREET_FN[lang](rng, c), town_line(rng, c)):
                        p.add(line, "ADDRESS")
                        p.add("\n")
        else:
            keys = rng.choice(NAME_KEYS[lang])
            name_vals = [first, last] if len(keys) == 2 else [f"{first} {last}"]
            akey = rng.choice(ADDRESS_KEYS[lang])
            dkey = rng.choice(DOB_KEYS[lang])
            addr = ", ".join(lines)
            fields = [(k, v, "PERSON") for k, v in zip(keys, name_vals, strict=True)]
            fields += [(akey, addr, "ADDRESS"), (dkey, dob, "DATE_OF_BIRTH")]
            fields.insert(
                0,
                (
                    rng.choice(["id", "order_id", "ordine", "pedido", "Bestellnummer"]),
                    _d(rng, 7),
                    None,
                ),
            )
            _record(p, layout, fields, rng)
            p.add("\n")
            _looks(p, rng, lang, n_looks, "\n")
        out.append(
            {
                "id": f"conv-{seed}-{i}",
                "lang": lang,
                "country": c,
                "layout": layout,
                "text": p.text,
                "spans": p.spans,
                "lookalikes": p.looks,
            }
        )
    return out


def _record(p: Piece, layout: str, fields: list[tuple[str, str, str | None]], rng: Rng) -> None:
    if layout == "json":
        p.add("{")
        for j, (k, v, kind) in enumerate(fields):
            p.add(f'"{k}": "')
            p.add(_json_str(v), kind)
            p.add('"' + (", " if j < len(fields) - 1 else ""))
        p.add("}")
    elif layout == "yaml":
        for k, v, kind in fields:
            p.add(f"{k}: ")
            q = '"' if "," in v or ":" in v or rng.random() < 0.3 else ""
            p.add(q)
            p.add(v, kind)
            p.add(q + "\n")
    elif layout in ("csv", "markdown"):
        if layout == "csv":
            d = rng.choice([",", ";", "\t"])
            p.add(d.join(k for k, _, _ in fields) + "\n")
            for j, (_k, v, kind) in enumerate(fields):
                q = '"' if d in v or "," in v else ""
                p.add(q)
                p.add(v, kind)
                p.add(q + (d if j < len(fields) - 1 else ""))
        else:
            p.add("| " + " | ".join(k for k, _, _ in fields) + " |\n")
            p.add("|" + "---|" * len(fields) + "\n| ")
            for _k, v, kind in fields:
                p.add(v, kind)
                p.add(" | ")
    elif layout == "sql":
        p.add(
            f"INSERT INTO clienti ({', '.join(k.replace(' ', '_') for k, _, _ in fields)}) VALUES ("
        )
        for j, (_k, v, kind) in enumerate(fields):
            p.add("'")
            p.add(v.replace("'", "''"), kind)
            p.add("'" + (", " if j < len(fields) - 1 else ");"))
    elif layout == "log":
        p.add(
            f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:{rng.randint(10, 59)}:00Z INFO update "
        )
        for k, v, kind in fields:
            p.add(f'{k.replace(" ", "_")}="')
            p.add(v, kind)
            p.add('" ')
    else:  # form
        for k, v, kind in fields:
            label = k.replace("_", " ")
            p.add(f"{label[:1].upper()}{label[1:]}: ")
            p.add(v, kind)
            p.add("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    for rec in make(args.n, args.seed):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
