"""A harder labelled corpus for redaction, for development: five languages (en, de, fr, es,
nl), record layouts (JSON, YAML, .env, logs, SQL rows, CSV, Markdown, e-mails with headers,
salutations and sign-offs, code) and many look-alikes that must be kept (order and ticket
numbers, HTTP status phrases, access-log status and byte counts, code that looks like IPv6,
timestamps, versions, amounts, ordinary dates).

Values are made from each country's own conventions (numbering plans, id check digits,
street conventions, date formats), written with several separators; the templates are not
those of the recognisers' tests. Writes JSONL records in the held-out corpus format:
{id, lang, layout, text, spans: [{kind, start, end}], lookalikes: [{kind, start, end}]}.

    python benchmarks/redaction_corpus_hard.py --n 1000 --seed 11 > /tmp/hard.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys

from faker import Faker

LOCALES = {
    "en": ("en_US", "en_GB"),
    "de": ("de_DE",),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "nl": ("nl_NL",),
}
LAYOUTS = ("prose", "json", "yaml", "env", "log", "sql", "csv", "markdown", "email", "code")


class Piece:
    """Text built from parts, some of them labelled."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def add(self, s: str, kind: str | None = None, look: bool = False) -> None:
        if kind:
            (self.looks if look else self.spans).append(
                {"kind": kind, "start": len(self.text), "end": len(self.text) + len(s)}
            )
        self.text += s


# --- values --------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone(rng: random.Random, lang: str, loc: str) -> str:
    if lang == "de":
        area, rest = rng.choice(
            [
                ("30", 8),
                ("40", 7),
                ("89", 8),
                ("221", 7),
                ("711", 7),
                ("151", 8),
                ("176", 8),
                ("160", 7),
            ]
        )
        sub = str(rng.randint(2, 9)) + _digits(rng, rest - 1)
        return rng.choice(
            [
                f"0{area} {sub}",
                f"0{area}/{sub}",
                f"+49 {area} {sub}",
                f"+49 (0){area} {sub}",
                f"0{area}-{sub[:3]} {sub[3:]}",
                f"0049 {area} {sub}",
                f"0{area}{sub}",
            ]
        )
    if lang == "fr":
        d = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + _digits(rng, 8)
        g = [d[i : i + 2] for i in range(1, 9, 2)]
        return rng.choice(
            [
                f"0{d[0]} {' '.join(g)}",
                f"0{d[0]}.{'.'.join(g)}",
                f"+33 {d[0]} {' '.join(g)}",
                f"0{d}",
                f"+33 (0){d[0]} {' '.join(g)}",
                f"0{d[0]}-{'-'.join(g)}",
            ]
        )
    if lang == "es":
        d = rng.choice(["6", "7", "9"]) + _digits(rng, 8)
        if d[0] == "9":
            d = "91" + d[2:]
        return rng.choice(
            [
                f"{d[:3]} {d[3:6]} {d[6:]}",
                f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                f"{d}",
                f"+34 {d}",
                f"0034 {d[:3]} {d[3:6]} {d[6:]}",
                f"{d[:3]}-{d[3:6]}-{d[6:]}",
            ]
        )
    if lang == "nl":
        if rng.random() < 0.5:
            d = "6" + _digits(rng, 8)
            return rng.choice(
                [f"06-{d[1:]}", f"06 {d[1:]}", f"+31 6 {d[1:]}", f"+31 (0)6 {d[1:]}", f"06{d[1:]}"]
            )
        d = rng.choice(["20", "10", "30", "70", "40"]) + str(rng.randint(2, 9)) + _digits(rng, 6)
        return rng.choice(
            [f"0{d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]}-{d[2:]}", f"+31 {d[:2]} {d[2:]}", f"0{d}"]
        )
    if loc == "en_GB":
        if rng.random() < 0.5:
            d = "7" + rng.choice("3456789") + _digits(rng, 8)
            return rng.choice(
                [f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"0{d}", f"+44 (0){d[:4]} {d[4:]}"]
            )
        d = "20" + rng.choice("378") + _digits(rng, 7)
        return rng.choice([f"0{d[:2]} {d[2:6]} {d[6:]}", f"+44 {d[:2]} {d[2:6]} {d[6:]}"])
    area = rng.choice(["212", "415", "312", "617", "206", "303", "512", "202", "646", "718"])
    ex = str(rng.randint(2, 9)) + _digits(rng, 2)
    line = _digits(rng, 4)
    return rng.choice(
        [
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"{area}.{ex}.{line}",
            f"+1 {area} {ex} {line}",
            f"+1-{area}-{ex}-{line}",
            f"{area} {ex} {line}",
            f"1-{area}-{ex}-{line}",
            f"({area}) {ex}-{line} ext. {rng.randint(10, 999)}",
        ]
    )


def _check_ok(mod, value: str) -> bool:
    try:
        return mod.is_valid(value)
    except Exception:  # noqa: BLE001
        return False


def national_id(rng: random.Random, lang: str, loc: str) -> tuple[str, str]:
    """(value, cue word in that language)"""
    from stdnum.de import idnr
    from stdnum.es import dni
    from stdnum.fr import nir
    from stdnum.nl import bsn

    if rng.random() < 0.2:  # travel documents and licences: letters and digits after their name
        letters = string.ascii_uppercase.replace("O", "").replace("I", "")
        v = rng.choice(
            [
                rng.choice(letters) + _digits(rng, 8),
                f"{_digits(rng, 2)}{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 5)}",
                "".join(rng.choice(letters + string.digits) for _ in range(8)) + _digits(rng, 1),
                f"{rng.choice(letters)}{_digits(rng, 4)}-{_digits(rng, 5)}-{_digits(rng, 5)}",
            ]
        )
        return v, rng.choice(
            {
                "en": (
                    "passport no.",
                    "passport number:",
                    "driver's license",
                    "driving licence no",
                ),
                "de": ("Reisepass Nr.", "Passnummer:", "Führerscheinnummer", "Personalausweis"),
                "fr": ("passeport n°", "numéro de passeport :", "permis de conduire"),
                "es": ("pasaporte número", "n.º de pasaporte", "carnet de conducir"),
                "nl": ("paspoortnummer", "paspoort nr.", "rijbewijsnummer"),
            }[lang]
        )
    if lang == "de":
        while True:  # ten digits, one of them twice, then the ISO 7064 check digit
            body = str(rng.randint(1, 9)) + "".join(rng.sample(string.digits, 8))
            body += rng.choice(body[1:])
            v = next((body + c for c in string.digits if _check_ok(idnr, body + c)), "")
            if v:
                break
        return rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"]), rng.choice(
            [
                "Steuer-ID",
                "Steueridentifikationsnummer",
                "IdNr",
                "steuerliche Identifikationsnummer",
            ]
        )
    if lang == "fr":
        body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{_digits(rng, 6)}"
        v = body + nir.calc_check_digits(body)
        return rng.choice(
            [v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"]
        ), rng.choice(["numéro de sécurité sociale", "NIR", "n° de sécu", "numéro INSEE"])
    if lang == "es":
        num = _digits(rng, 8)
        v = num + dni.calc_check_digit(num)
        if rng.random() < 0.3:
            x = rng.choice("XYZ")
            n7 = _digits(rng, 7)
            v = x + n7 + dni.calc_check_digit(str("XYZ".index(x)) + n7)
            return rng.choice([v, f"{v[0]}-{v[1:8]}-{v[8]}"]), "NIE"
        return rng.choice([v, f"{v[:8]}-{v[8]}"]), rng.choice(
            ["DNI", "NIF", "documento de identidad"]
        )
    if lang == "nl":
        while True:
            v = _digits(rng, 9)
            if v[0] != "0" and _check_ok(bsn, v):
                break
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"]), rng.choice(
            ["BSN", "burgerservicenummer", "sofinummer"]
        )
    if loc == "en_GB":
        pre = rng.choice(["AB", "CE", "JK", "PR", "SW", "TL", "WM", "HN"])
        d = _digits(rng, 6)
        v = f"{pre}{d}{rng.choice('ABCD')}"
        return rng.choice([v, f"{pre} {d[:2]} {d[2:4]} {d[4:]} {v[-1]}"]), rng.choice(
            ["National Insurance number", "NI number", "NINO"]
        )
    a, b, c = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
    return f"{a:03d}-{b:02d}-{c:04d}", rng.choice(
        ["SSN", "social security number", "Social Security No."]
    )


def card(fake: Faker, rng: random.Random) -> str:
    n = fake.credit_card_number(
        card_type=rng.choice(("visa16", "mastercard", "amex", "discover", "jcb16"))
    )
    sep = rng.choice(["", " ", "-", " "])
    if not sep:
        return n
    if len(n) == 15:
        return sep.join((n[:4], n[4:10], n[10:]))
    return sep.join(n[i : i + 4] for i in range(0, len(n), 4))


def iban(fake: Faker, rng: random.Random) -> str:
    v = fake.iban()
    r = rng.random()
    if r < 0.4:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def ip(fake: Faker, rng: random.Random) -> str:
    r = rng.randrange(6)
    if r == 0:
        return fake.ipv4_public()
    if r == 1:
        return fake.ipv4_private()
    if r == 2:
        return fake.ipv6()
    if r == 3:
        return (
            "2001:db8:"
            + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(2))
            + "::"
            + f"{rng.randint(1, 65535):x}"
        )
    if r == 4:
        return f"fe80::{rng.randint(1, 65535):x}:{rng.randint(1, 65535):x}"
    return fake.ipv4_public() + "/" + str(rng.choice([16, 24, 32]))


def email(fake: Faker, rng: random.Random) -> str:
    if rng.random() < 0.1:  # the '@' escaped: URL-encoded, an HTML entity, in brackets
        user, domain = fake.user_name(), fake.free_email_domain()
        return rng.choice(
            [
                f"{user}%40{domain}",
                f"{user}&#64;{domain}",
                f"{user}(at){domain}",
                f"{user} [at] {domain}",
            ]
        )
    if rng.random() < 0.15:
        return f"{fake.first_name().lower()}.{fake.last_name().lower()}@{fake.free_email_domain()}".replace(
            " ", ""
        )
    # A planted address must be able to be someone's: not at Faker's safe example.* domains,
    # which RFC 2606 reserves for examples and the redactor keeps (eleventh pass).
    return rng.choice((fake.ascii_free_email, fake.company_email, fake.free_email))()


SECRET_KEYS = (
    "DB_PASS",
    "db_password",
    "MYSQL_ROOT_PASSWORD",
    "REDIS_AUTH",
    "smtp_pass",
    "passwort",
    "Kennwort",
    "mot_de_passe",
    "contraseña",
    "wachtwoord",
    "api_token",
    "STRIPE_SECRET",
    "jwt_secret",
    "client_secret",
    "access_token",
    "PRIVATE_TOKEN",
    "auth",
    "secretKey",
    "apiKey",
    "x-api-key",
)


def secret(fake: Faker, rng: random.Random) -> tuple[str, str | None]:
    """(secret value, key name or None for a self-describing token)"""
    r = rng.randrange(6)
    alnum = string.ascii_letters + string.digits
    if r == 0:
        return "ghp_" + "".join(rng.choice(alnum) for _ in range(36)), None
    if r == 1:
        return "sk-proj-" + "".join(rng.choice(alnum + "_-") for _ in range(40)), None
    if r == 2:
        return "AKIA" + "".join(
            rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)
        ), None
    if r == 3:
        return "xoxb-" + _digits(rng, 11) + "-" + "".join(
            rng.choice(alnum) for _ in range(24)
        ), None
    pw = "".join(rng.choice(alnum + "!#%*+-_") for _ in range(rng.randint(10, 24)))
    return pw, rng.choice(SECRET_KEYS)


STREETS = {
    "de": ("straße", "str.", "weg", "allee", "platz", "gasse", "ring", " Straße"),
    "nl": ("straat", "laan", "weg", "gracht", "plein", "kade", "singel", "dijk"),
}


def address(fake: Faker, rng: random.Random, lang: str, loc: str) -> str:
    city = fake.city()
    if lang == "de":
        base = rng.choice(
            [fake.last_name(), "Linden", "Berliner", "Goethe", "Schiller", "Bahnhof", "Haupt"]
        )
        st = base + rng.choice(STREETS["de"])
        num = f"{rng.randint(1, 180)}{rng.choice(['', '', 'a', 'b'])}"
        return rng.choice(
            [
                f"{st} {num}, {fake.postcode()} {city}",
                f"{st} {num}",
                f"{st} {num}\n{fake.postcode()} {city}",
            ]
        )
    if lang == "nl":
        st = rng.choice(
            [fake.last_name().replace(" ", ""), "Kerk", "Molen", "Prinsen", "Heren", "Keizers"]
        ) + rng.choice(STREETS["nl"])
        num = f"{rng.randint(1, 300)}{rng.choice(['', '', '-H', 'a', ' 2'])}"
        pc = f"{rng.randint(1000, 9999)} {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
        return rng.choice([f"{st} {num}, {pc} {city}", f"{st} {num}", f"{st} {num}\n{pc} {city}"])
    if lang == "fr":
        kind = rng.choice(
            ["rue", "avenue", "boulevard", "bd", "place", "chemin", "allée", "impasse", "quai"]
        )
        name = rng.choice(
            [
                f"de la {fake.last_name()}",
                f"du {fake.last_name()}",
                f"des {fake.last_name()}s",
                fake.name(),
                "Victor Hugo",
                "de la République",
            ]
        )
        num = f"{rng.randint(1, 150)}{rng.choice(['', '', ' bis', ' ter'])}"
        sep = rng.choice([" ", ", "])
        return rng.choice(
            [f"{num}{sep}{kind} {name}, {fake.postcode()} {city}", f"{num}{sep}{kind} {name}"]
        )
    if lang == "es":
        kind = rng.choice(["Calle", "C/", "Avenida", "Avda.", "Paseo", "Plaza", "Camino", "Ronda"])
        name = rng.choice(
            [
                f"de {fake.last_name()}",
                f"del {fake.last_name()}",
                fake.last_name(),
                "Mayor",
                "de Alcalá",
                "de la Castellana",
            ]
        )
        num = rng.randint(1, 200)
        floor = rng.choice(
            ["", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f", {rng.randint(1, 9)}º"]
        )
        return rng.choice(
            [
                f"{kind} {name}, {num}{floor}, {fake.postcode()} {city}",
                f"{kind} {name} {num}{floor}",
            ]
        )
    if loc == "en_GB":
        st = f"{fake.last_name()} {rng.choice(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Gardens', 'Crescent', 'Way'])}"
        num = rng.randint(1, 250)
        pre = rng.choice(["", "", f"Flat {rng.randint(1, 20)}, "])
        return rng.choice([f"{pre}{num} {st}, {city} {fake.postcode()}", f"{pre}{num} {st}"])
    num = rng.randint(1, 9999)
    name = rng.choice(
        [
            fake.last_name(),
            f"{rng.randint(1, 99)}{rng.choice(['st', 'nd', 'rd', 'th'])}",
            fake.street_name().split()[0],
        ]
    )
    name = (
        {"1": "1st", "2": "2nd", "3": "3rd"}.get(name[:-2], name)
        if name[:-2].isdigit() and name[-3:-2] in "123" and len(name) == 3
        else name
    )
    pre = rng.choice(["", "", "W ", "N ", "East "])
    suf = rng.choice(
        ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Dr", "Ln", "Ct", "Pl", "Way", "Pkwy"]
    )
    unit = rng.choice(
        [
            "",
            "",
            f", Apt {rng.randint(1, 30)}{rng.choice(['', 'B'])}",
            f" Suite {rng.randint(100, 900)}",
        ]
    )
    return rng.choice(
        [
            f"{num} {pre}{name} {suf}{unit}, {city}, {fake.state_abbr()} {fake.zipcode()}",
            f"{num} {pre}{name} {suf}{unit}",
        ]
    )


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
DOB_CUES = {
    "en": (
        "born on",
        "DOB:",
        "date of birth:",
        "Date of Birth",
        "born",
        "birthday:",
        "b.",
        "was born in Leeds on",
        "my date of birth is",
    ),
    "de": ("geboren am", "Geburtsdatum:", "geb.", "geboren", "Geburtstag:", "geboren in Köln am"),
    "fr": (
        "né le",
        "née le",
        "date de naissance :",
        "né(e) le",
        "Date de naissance:",
        "née à Lyon le",
    ),
    "es": (
        "nacido el",
        "nacida el",
        "fecha de nacimiento:",
        "F. nacimiento:",
        "nacido el día",
        "nació en Sevilla el",
    ),
    "nl": ("geboren op", "geboortedatum:", "geb.", "Geboortedatum", "geboren te Utrecht op"),
}


def dob(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[lang].split()[m - 1]
    if lang == "en":
        return rng.choice(
            [
                f"{month} {d}, {y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d} {month} {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}/{m}/{y}",
            ]
        )
    if lang == "de":
        return rng.choice(
            [f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"]
        )
    if lang == "fr":
        return rng.choice(
            [f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{'1er' if d == 1 else d} {month} {y}"]
        )
    if lang == "es":
        return rng.choice([f"{d} de {month} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m:02d}-{y}"])
    return rng.choice([f"{d} {month} {y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}"])


def person(fake: Faker) -> str:
    return f"{fake.first_name()} {fake.last_name()}"


# --- look-alikes ---------------------------------------------------------------------------------
def lookalike(rng: random.Random, lang: str, fake: Faker) -> tuple[str, str, str]:
    """(text before, the look-alike, text after)"""
    n8 = str(rng.randint(10_000_000, 99_999_999))
    r = rng.randrange(17)
    if r == 14:  # a version written like an IPv4 address
        v = f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 999)}"
        return rng.choice(["version ", "build "]), v, ""
    if r == 15:  # a season or year after a word that ends like a street
        return (
            rng.choice(["the ", "in "]),
            rng.choice(["Spring 2024", "Notepad 2", "Firewall 3", "Hyde Park 5"]),
            " notes",
        )
    if r == 16:  # products and places with capitalised words
        return (
            "",
            rng.choice(
                [
                    "Visual Studio Code",
                    "Google Chrome",
                    "Microsoft Teams",
                    "Apache Kafka",
                    "Adobe Acrobat",
                ]
            ),
            " was mentioned",
        )
    words = {
        "en": ("order", "ticket", "invoice", "case"),
        "de": ("Bestellung", "Ticket", "Rechnung", "Vorgang"),
        "fr": ("commande", "ticket", "facture", "dossier"),
        "es": ("pedido", "ticket", "factura", "expediente"),
        "nl": ("bestelling", "ticket", "factuur", "zaak"),
    }[lang]
    if r == 0:
        return (
            f"{rng.choice(words[:1] + words[2:])} ",
            rng.choice(
                [
                    n8,
                    f"#{n8}",
                    f"{n8[:4]}-{n8[4:]}",
                    f"{n8[:3]} {n8[3:6]} {n8[6:]}",
                    n8 + str(rng.randint(10, 99)),
                ]
            ),
            "",
        )
    if r == 1:
        return (
            f"{words[1]} ",
            rng.choice(
                [
                    f"INC{rng.randint(1_000_000, 9_999_999)}",
                    f"#{rng.randint(100000, 999999)}",
                    f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                ]
            ),
            "",
        )
    if r == 2:
        return (
            "→ ",
            rng.choice(
                [
                    "404 Not Found",
                    "503 Service Unavailable",
                    "502 Bad Gateway",
                    "401 Unauthorized",
                    "500 Internal Server Error",
                    "429 Too Many Requests",
                    "301 Moved Permanently",
                ]
            ),
            "",
        )
    if r == 3:
        ip4 = fake.ipv4_private()
        path = rng.choice(["/index.html", "/api/v2/items?page=3", "/static/app.js"])
        pre = f'{ip4} - - [12/Mar/2024:10:22:{rng.randint(10, 59)} +0000] "GET {path} HTTP/1.1" '
        return pre, f"{rng.choice([200, 304, 404, 500])} {rng.randint(200, 99999)}", ""
    if r == 4:
        return (
            "",
            rng.choice(
                [
                    "std::vector<int>",
                    "a::b::c",
                    "dead:beef:cafe",
                    "Foo::Bar::baz",
                    "0xff:0xaa:0x10",
                    "ab:cd:ef:01",
                    "::std::map",
                    "fe:dc",
                ]
            ),
            "",
        )
    if r == 5:
        return (
            "at ",
            rng.choice(
                [
                    fake.iso8601(),
                    f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                    str(rng.randint(1_600_000_000, 1_800_000_000)),
                    f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 1{rng.randint(0, 9)}:2{rng.randint(0, 9)}:0{rng.randint(0, 9)}.123",
                ]
            ),
            "",
        )
    if r == 6:
        return (
            "version ",
            rng.choice(
                [
                    f"{rng.randint(1, 20)}.{rng.randint(0, 40)}.{rng.randint(0, 200)}",
                    f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 5)}",
                    f"10.0.{rng.randint(10000, 22000)}.{rng.randint(100, 4000)}",
                ]
            ),
            "",
        )
    if r == 7:
        return (
            "total ",
            rng.choice(
                [
                    f"{rng.randint(1, 999)}.{rng.randint(100, 999)},{rng.randint(10, 99)} €",
                    f"${rng.randint(1, 999)},{rng.randint(100, 999)}.{rng.randint(10, 99)}",
                    f"{rng.randint(1000, 99999)} EUR",
                ]
            ),
            "",
        )
    if r == 8:
        return "id ", fake.uuid4(), ""
    if r == 9:
        due = {
            "en": "due",
            "de": "fällig am",
            "fr": "échéance le",
            "es": "vence el",
            "nl": "vervalt op",
        }[lang]
        return (
            f"{due} ",
            rng.choice(
                [
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
                    f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2025",
                    f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                ]
            ),
            "",
        )
    if r == 10:
        return (
            "tracking ",
            rng.choice(
                [
                    f"1Z{rng.randint(100, 999)}AA1{rng.randint(1_000_000_000, 9_999_999_999)}",
                    f"JD{rng.randint(10**15, 10**16 - 1)}",
                ]
            ),
            "",
        )
    if r == 11:
        return "sha ", fake.sha1()[:12], ""
    if r == 12:
        return (
            "Status: ",
            rng.choice(
                ["Bad Request", "Not Found", "Gateway Timeout", "Service Unavailable", "Forbidden"]
            ),
            "",
        )
    return "port ", f"{rng.randint(1024, 65535)}", ""


# --- layouts ---------------------------------------------------------------------------------------
KEYS = {
    "PHONE": (
        "phone",
        "tel",
        "mobile",
        "telefon",
        "téléphone",
        "telefono",
        "telefoonnummer",
        "phoneNumber",
        "contact_phone",
    ),
    "EMAIL": ("email", "e-mail", "mail", "courriel", "correo", "emailAddress"),
    "CARD": ("card_number", "cc", "creditCard", "kartennummer", "numero_tarjeta"),
    "IBAN": ("iban", "IBAN", "bank_account", "rekeningnummer", "kontonummer"),
    "IP_ADDRESS": ("ip", "client_ip", "remote_addr", "src_ip", "ipAddress"),
    "ADDRESS": (
        "address",
        "street",
        "adresse",
        "anschrift",
        "direccion",
        "adres",
        "shipping_address",
    ),
    "PERSON": (
        "name",
        "full_name",
        "customer",
        "vorname_nachname",
        "nom",
        "nombre",
        "naam",
        "firstName_lastName",
        "contact_name",
    ),
    "DATE_OF_BIRTH": (
        "dob",
        "birthDate",
        "date_of_birth",
        "geburtsdatum",
        "date_naissance",
        "fecha_nacimiento",
        "geboortedatum",
    ),
}
PROSE = {
    "en": (
        "Hi, please note {x} for the file.",
        "You can reach me via {x}, thanks.",
        "I checked {x} this morning and it looks fine.",
        "Update: {x}.",
    ),
    "de": (
        "Hallo, bitte notieren Sie {x} für die Akte.",
        "Sie erreichen mich über {x}, danke.",
        "Ich habe {x} heute geprüft.",
        "Kurze Info: {x}.",
    ),
    "fr": (
        "Bonjour, merci de noter {x} pour le dossier.",
        "Vous pouvez me joindre : {x}, merci.",
        "J'ai vérifié {x} ce matin.",
        "Pour info : {x}.",
    ),
    "es": (
        "Hola, por favor anote {x} para el expediente.",
        "Puede contactarme en {x}, gracias.",
        "He revisado {x} esta mañana.",
        "Aviso: {x}.",
    ),
    "nl": (
        "Hoi, noteer alstublieft {x} voor het dossier.",
        "U kunt mij bereiken via {x}, bedankt.",
        "Ik heb {x} vanochtend gecontroleerd.",
        "Let op: {x}.",
    ),
}
CUES = {
    "PHONE": {
        "en": ("call me at", "phone:", "my number is", "tel."),
        "de": ("ruf mich an unter", "Telefon:", "meine Nummer ist", "Tel."),
        "fr": ("appelez-moi au", "téléphone :", "mon numéro est le", "tél."),
        "es": ("llámame al", "teléfono:", "mi número es el", "tel."),
        "nl": ("bel me op", "telefoon:", "mijn nummer is", "tel."),
    },
    "EMAIL": {
        "en": ("email",),
        "de": ("E-Mail",),
        "fr": ("courriel",),
        "es": ("correo",),
        "nl": ("e-mail",),
    },
    "CARD": {
        "en": ("card",),
        "de": ("Karte",),
        "fr": ("carte",),
        "es": ("tarjeta",),
        "nl": ("kaart",),
    },
    "IBAN": {"en": ("IBAN",), "de": ("IBAN",), "fr": ("IBAN",), "es": ("IBAN",), "nl": ("IBAN",)},
    "IP_ADDRESS": {
        "en": ("from",),
        "de": ("von",),
        "fr": ("depuis",),
        "es": ("desde",),
        "nl": ("vanaf",),
    },
    "ADDRESS": {
        "en": ("I live at", "ship to", "my address is"),
        "de": ("ich wohne in der", "Lieferadresse:", "meine Adresse ist"),
        "fr": ("j'habite au", "adresse :", "livrer au"),
        "es": ("vivo en", "dirección:", "enviar a"),
        "nl": ("ik woon op", "adres:", "bezorgen op"),
    },
}
GREET = {
    "en": ("Dear", "Hi", "Hello"),
    "de": ("Sehr geehrte Frau", "Hallo", "Liebe"),
    "fr": ("Bonjour", "Chère", "Madame"),
    "es": ("Estimada", "Hola", "Querido"),
    "nl": ("Beste", "Geachte heer", "Hoi"),
}
SIGN = {
    "en": ("Best regards,", "Thanks,", "Cheers,"),
    "de": ("Mit freundlichen Grüßen", "Viele Grüße,", "Beste Grüße"),
    "fr": ("Cordialement,", "Bien à vous,", "Merci,"),
    "es": ("Saludos,", "Atentamente,", "Un saludo,"),
    "nl": ("Met vriendelijke groet,", "Groeten,", "Vriendelijke groeten,"),
}
PROSE_NAME = {
    "en": (
        "I talked to {x} yesterday about it.",
        "{x} will join the call.",
        "Please forward this to {x} before Friday.",
    ),
    "de": (
        "Ich habe gestern mit {x} gesprochen.",
        "{x} kommt morgen vorbei.",
        "Bitte leiten Sie das an {x} weiter.",
    ),
    "fr": (
        "J'ai parlé avec {x} hier.",
        "{x} participera à la réunion.",
        "Merci de transférer à {x}.",
    ),
    "es": ("Ayer hablé con {x}.", "{x} vendrá mañana.", "Por favor reenvía esto a {x}."),
    "nl": (
        "Ik heb gisteren met {x} gesproken.",
        "{x} komt morgen langs.",
        "Stuur dit door naar {x}.",
    ),
}
PASSWORD_SAID = {
    "en": "my password is ",
    "de": "das Passwort lautet ",
    "fr": "le mot de passe est ",
    "es": "la contraseña es ",
    "nl": "het wachtwoord is ",
}
ID_KEYS = {
    "de": ("steuer_id", "steuerId", "idnr"),
    "fr": ("nir", "numero_secu", "insee"),
    "es": ("dni", "nif", "nie"),
    "nl": ("bsn", "burgerservicenummer"),
    "en": ("ssn", "nino", "national_insurance_number"),
}
KINDS = (
    "EMAIL",
    "PHONE",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
    "ADDRESS",
    "PERSON",
    "DATE_OF_BIRTH",
)


def _value(
    kind: str, rng: random.Random, fake: Faker, lang: str, loc: str
) -> tuple[str, str, str | None]:
    """(value, field name, prose cue or None)"""
    if kind == "PHONE":
        return (
            phone(rng, lang, loc),
            rng.choice(KEYS["PHONE"]),
            rng.choice(CUES["PHONE"][lang]) if rng.random() < 0.7 else None,
        )
    if kind == "EMAIL":
        return email(fake, rng), rng.choice(KEYS["EMAIL"]), rng.choice(CUES["EMAIL"][lang])
    if kind == "CARD":
        return card(fake, rng), rng.choice(KEYS["CARD"]), rng.choice(CUES["CARD"][lang])
    if kind == "IBAN":
        return iban(fake, rng), rng.choice(KEYS["IBAN"]), "IBAN"
    if kind == "IP_ADDRESS":
        return ip(fake, rng), rng.choice(KEYS["IP_ADDRESS"]), rng.choice(CUES["IP_ADDRESS"][lang])
    if kind == "NATIONAL_ID":
        v, cue = national_id(rng, lang, loc)
        keys = ID_KEYS[lang] if loc != "en_US" else ("ssn", "social_security_number", "SSN")
        return (
            v,
            rng.choice(
                keys if loc != "en_GB" else ("nino", "ni_number", "national_insurance_number")
            ),
            cue,
        )
    if kind == "SECRET":
        v, key = secret(fake, rng)
        return v, key or rng.choice(("token", "api_key", "secret")), key
    if kind == "ADDRESS":
        return (
            address(fake, rng, lang, loc),
            rng.choice(KEYS["ADDRESS"]),
            rng.choice(CUES["ADDRESS"][lang]),
        )
    if kind == "PERSON":
        return person(fake), rng.choice(KEYS["PERSON"]), None
    v = dob(rng, lang)
    return v, rng.choice(KEYS["DATE_OF_BIRTH"]), rng.choice(DOB_CUES[lang])


def _prose_item(
    p: Piece, kind: str, val: str, cue: str | None, lang: str, rng: random.Random
) -> None:
    if kind == "PERSON":
        before, after = rng.choice(PROSE_NAME[lang]).split("{x}")
        p.add(before)
        p.add(val, kind)
        p.add(after + " ")
        return
    if kind == "SECRET" and cue and rng.random() < 0.25:
        p.add(PASSWORD_SAID[lang])
        p.add(val, kind)
        p.add(". ")
        return
    if kind == "SECRET" and cue:
        p.add(f"{cue}=" if rng.random() < 0.5 else f"{cue}: ")
        p.add(val, kind)
        p.add(" ")
        return
    tpl = rng.choice(PROSE[lang])
    before, after = tpl.split("{x}")
    p.add(before)
    if cue:
        p.add(cue + " ")
    p.add(val.replace("\n", ", "), kind)
    p.add(after + " ")


def _record(
    layout: str, items: list, looks: list, rng: random.Random, lang: str, fake: Faker
) -> Piece:
    p = Piece()
    look_fields = [(k, v) for k, v in looks]
    fields = [(key, val, kind) for kind, val, key, _ in items] + [
        (k, v, None) for k, v in look_fields
    ]
    rng.shuffle(fields)
    if layout == "json":
        p.add("{")
        for i, (key, val, kind) in enumerate(fields):
            p.add(f'"{key}": "')
            p.add(val.replace("\n", ", "), kind, look=kind is None and False)
            if kind is None:
                p.looks.append(
                    {"kind": "LOOKALIKE", "start": len(p.text) - len(val), "end": len(p.text)}
                )
            p.add('"' + (", " if i < len(fields) - 1 else ""))
        p.add(', "ok": true}')
    elif layout in ("yaml", "env", "log", "markdown"):
        if layout == "log":
            p.add(
                f"{fake.iso8601()}Z INFO {rng.choice(['user.update', 'checkout', 'signup', 'auth.login'])} "
            )
        if layout == "markdown":
            p.add("| field | value |\n|---|---|\n")
        for key, val, kind in fields:
            v = val.replace("\n", ", ")
            if layout == "yaml":
                p.add(f"{key}: ")
                quote = '"' if rng.random() < 0.4 else ""
                p.add(quote)
                _add_val(p, v, kind)
                p.add(quote + "\n")
            elif layout == "env":
                p.add(f"{key.upper().replace('-', '_')}=")
                quote = '"' if " " in v or rng.random() < 0.3 else ""
                p.add(quote)
                _add_val(p, v, kind)
                p.add(quote + "\n")
            elif layout == "log":
                quote = '"' if " " in v else ""
                p.add(f"{key}={quote}")
                _add_val(p, v, kind)
                p.add(quote + " ")
            else:
                p.add(f"| {key} | ")
                _add_val(p, v, kind)
                p.add(" |\n")
    elif layout in ("sql", "csv"):
        cols = [f[0] for f in fields]
        if layout == "sql":
            p.add(
                f"INSERT INTO {rng.choice(['customers', 'kunden', 'clients', 'clientes', 'klanten'])} ({', '.join(cols)}) VALUES ("
            )
            for i, (_key, val, kind) in enumerate(fields):
                p.add("'")
                _add_val(p, val.replace("\n", ", ").replace("'", "''"), kind)
                p.add("'" + (", " if i < len(fields) - 1 else ");"))
        else:
            delim = rng.choice([",", ";", "\t"])
            p.add(delim.join(cols) + "\n")
            for i, (_key, val, kind) in enumerate(fields):
                v = val.replace("\n", " ")
                quote = '"' if delim in v or "," in v else ""
                p.add(quote)
                _add_val(p, v, kind)
                p.add(quote + (delim if i < len(fields) - 1 else "\n"))
    else:  # code
        fn = rng.choice(["create_user", "Customer", "send_invoice", "update_profile"])
        p.add(f"{fn}(")
        for i, (key, val, kind) in enumerate(fields):
            name = key.replace("-", "_").replace(" ", "_")
            p.add(f'{name}="')
            _add_val(p, val.replace("\n", ", "), kind)
            p.add('"' + (", " if i < len(fields) - 1 else ")"))
    return p


def _add_val(p: Piece, v: str, kind: str | None) -> None:
    if kind is None:
        p.add(v, "LOOKALIKE", look=True)
    else:
        p.add(v, kind)


LOOK_KEYS = (
    "order_id",
    "ticket",
    "status",
    "version",
    "created_at",
    "bytes",
    "request_id",
    "amount",
    "build",
)


def _record_look(rng: random.Random, lang: str, fake: Faker) -> tuple[str, str]:
    before, val, _ = lookalike(rng, lang, fake)
    key = {
        "order ": "order_id",
        "ticket ": "ticket",
        "version ": "version",
        "build ": "build",
    }.get(before.lower().split(" ")[0] + " ", rng.choice(LOOK_KEYS))
    return key, val


def make(n: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    fakes = {loc: Faker(loc) for locs in LOCALES.values() for loc in locs}
    for i, f in enumerate(fakes.values()):
        f.seed_instance(seed * 100 + i)
    out = []
    for i in range(n):
        lang = rng.choice(list(LOCALES))
        loc = rng.choice(LOCALES[lang])
        fake = fakes[loc]
        layout = rng.choice(LAYOUTS)
        kinds = [rng.choice(KINDS) for _ in range(rng.randint(1, 3))]
        items = [(k, *_value(k, rng, fake, lang, loc)) for k in kinds]
        n_looks = rng.randint(1, 3)
        if layout in ("prose", "email"):
            p = Piece()
            sender = person(fake) if layout == "email" else None
            if layout == "email":
                rcpt = person(fake)
                p.add("From: ")
                p.add(sender, "PERSON")
                p.add(f" <{fake.user_name()}@{fake.free_email_domain()}>\n".replace("<", "<"))
                # the address in the header is an e-mail too
                at = p.text.rfind("<") + 1
                p.spans.append({"kind": "EMAIL", "start": at, "end": len(p.text) - 2})
                p.add("To: ")
                p.add(rcpt, "PERSON")
                p.add(
                    f"\nSubject: {rng.choice(['Re: your request', 'Anfrage', 'Demande', 'Consulta', 'Vraag'])}\n\n"
                )
                g = rng.choice(GREET[lang])
                p.add(g + " ")
                p.add(
                    rcpt.split()[-1] if g.endswith(("Frau", "heer", "Madame")) else rcpt, "PERSON"
                )
                p.add(",\n\n")
            for kind, val, _key, cue in items:
                if rng.random() < 0.5 and n_looks:
                    before, look, after = lookalike(rng, lang, fake)
                    p.add(before)
                    p.add(look, "LOOKALIKE", look=True)
                    p.add(after + ". ")
                    n_looks -= 1
                _prose_item(p, kind, val, cue, lang, rng)
            for _ in range(n_looks):
                before, look, after = lookalike(rng, lang, fake)
                p.add(before)
                p.add(look, "LOOKALIKE", look=True)
                p.add(after + ". ")
            if layout == "email":
                p.add("\n\n" + rng.choice(SIGN[lang]) + "\n")
                p.add(sender, "PERSON")
                p.add("\n")
        else:
            looks = [_record_look(rng, lang, fake) for _ in range(n_looks)]
            p = _record(layout, [(k, v, key, c) for k, v, key, c in items], looks, rng, lang, fake)
        out.append(
            {
                "id": f"hard-{seed}-{i}",
                "lang": lang,
                "layout": layout,
                "text": p.text,
                "spans": p.spans,
                "lookalikes": p.looks,
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    for rec in make(args.n, args.seed):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
