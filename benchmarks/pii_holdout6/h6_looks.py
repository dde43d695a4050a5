"""Look-alikes: values that resemble personal data but must be kept, one generator per family."""

from __future__ import annotations

import random

import h6_ids as ids
from h6_people import write_date

FAMOUS = [
    "Albert Einstein",
    "Marie Curie",
    "Napoleon Bonaparte",
    "Johann Sebastian Bach",
    "Frida Kahlo",
    "Winston Churchill",
    "Leonardo da Vinci",
    "Miguel de Cervantes",
    "Fernando Pessoa",
    "Nicolaus Copernicus",
    "Astrid Lindgren",
    "Vincent van Gogh",
    "Ada Lovelace",
    "Alan Turing",
    "Simón Bolívar",
    "Rembrandt van Rijn",
    "Wolfgang Amadeus Mozart",
    "Victor Hugo",
    "Dante Alighieri",
    "Frédéric Chopin",
    "Greta Garbo",
    "Charles Darwin",
    "Immanuel Kant",
    "Isaac Newton",
]
BRANDS = [
    "Siemens",
    "Philips",
    "Ferrari",
    "Ford",
    "Dell",
    "Porsche",
    "Disney",
    "Mercedes-Benz",
    "Louis Vuitton",
    "Adidas",
    "Hugo Boss",
    "Johnson & Johnson",
    "Wells Fargo",
    "Morgan Stanley",
    "Ben & Jerry's",
    "Lidl",
    "Albert Heijn",
    "Zalando",
    "IKEA",
    "Ericsson",
    "Peugeot",
    "Benetton",
    "Boots",
    "Marks & Spencer",
    "Dr. Oetker",
    "Heineken",
    "Barilla",
    "El Corte Inglés",
    "Allegro",
]
STREET_PROSE = [
    "Wall Street",
    "Downing Street",
    "Fleet Street",
    "the Champs-Élysées",
    "Sesame Street",
    "Abbey Road",
    "Baker Street",
    "Savile Row",
    "Via Veneto",
    "the Kurfürstendamm",
    "La Rambla",
    "Bond Street",
    "Unter den Linden",
    "Carnaby Street",
]
PLACEHOLDER_EMAILS = [
    "user@example.com",
    "john.doe@example.org",
    "jane@example.net",
    "test@example.com",
    "you@yourcompany.example",
    "admin@localhost",
    "max.mustermann@example.de",
    "noreply@example.invalid",
    "name@domain.tld",
]
EXAMPLE_KEYS = [
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "YOUR_API_KEY",
    "<your-token-here>",
    "sk-...REDACTED",
    "xxxxxxxxxxxxxxxxxxxxxxxx",
    "changeme-in-prod",
    "REPLACE_ME",
    "********",
]
SECRET_REFS = [
    "${DB_PASSWORD}",
    "{{ secrets.GITHUB_TOKEN }}",
    "os.environ['API_KEY']",
    "${{ secrets.NPM_TOKEN }}",
    "env:STRIPE_KEY",
    "vault:secret/data/app#password",
    "%(DB_PASS)s",
    "$(cat /run/secrets/db)",
]
LOOPBACK = ["127.0.0.1", "0.0.0.0", "::1", "localhost"]
ICD = ["M54.5", "J06.9", "S83.2", "K21.0", "E11.9", "F32.1", "I10", "H52.4", "R51", "Z00.0"]
PLACES = [
    ("52.5200", "13.4050"),
    ("48.8566", "2.3522"),
    ("40.4168", "-3.7038"),
    ("52.3676", "4.9041"),
    ("41.9028", "12.4964"),
    ("59.3293", "18.0686"),
    ("38.7223", "-9.1393"),
    ("52.2297", "21.0122"),
]
STATUS = [
    ("200", "OK"),
    ("201", "Created"),
    ("301", "Moved Permanently"),
    ("304", "Not Modified"),
    ("400", "Bad Request"),
    ("401", "Unauthorized"),
    ("403", "Forbidden"),
    ("404", "Not Found"),
    ("429", "Too Many Requests"),
    ("500", "Internal Server Error"),
    ("502", "Bad Gateway"),
    ("503", "Service Unavailable"),
]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def order_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"#{_d(rng, 7)}",
            f"A{_d(rng, 9)}",
            f"ORD-2025-{_d(rng, 6)}",
            f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            f"{rng.randint(1, 9)}{_d(rng, 9)}",
            f"WEB{_d(rng, 8)}",
            f"BE{_d(rng, 10)}",
        ]
    )


def ticket_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"INC{_d(rng, 7)}",
            f"#{_d(rng, 5)}",
            f"SUP-{rng.randint(100, 9999)}",
            f"CS{_d(rng, 8)}",
            f"Case 0{_d(rng, 7)}",
            f"[Ticket#{_d(rng, 10)}]",
        ]
    )


def tracking_no(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(
        [
            f"1Z{ids.chars(rng, up, 6)}{_d(rng, 10)}",
            f"JJD{_d(rng, 18)}",
            f"00340434{_d(rng, 12)}",
            f"{rng.choice(['RR', 'LX', 'CP', 'AB'])}{_d(rng, 9)}{rng.choice(['GB', 'DE', 'CN', 'NL', 'FR'])}",
            f"3S{ids.chars(rng, up, 13)}",
            f"{_d(rng, 12)}",
        ]
    )


def invoice_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"RE-2025-{_d(rng, 5)}",
            f"F{rng.randint(2019, 2026)}{_d(rng, 6)}",
            f"INV-{_d(rng, 6)}",
            f"FV/{rng.randint(1, 400)}/{rng.randint(1, 12):02d}/2025",
            f"{rng.randint(2020, 2026)}/{_d(rng, 4)}",
        ]
    )


def price(rng: random.Random, cc: str) -> str:
    v = rng.randint(3, 4999) + rng.choice([0, 0.5, 0.99, 0.49, 0.9])
    eu = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return {
        "GB": f"£{v:,.2f}",
        "US": f"${v:,.2f}",
        "CA": f"CA${v:.2f}",
        "AU": f"A${v:.2f}",
        "IN": f"₹{v * 80:,.0f}",
        "CH": f"CHF {v:.2f}",
        "PL": f"{eu} zł",
        "SE": f"{int(v)} kr",
        "DK": f"{eu} kr.",
        "NO": f"kr {int(v)}",
        "CZ": f"{int(v * 25)} Kč",
        "TR": f"{eu} TL",
        "BR": f"R$ {eu}",
        "MX": f"${v:,.2f} MXN",
    }.get(cc, rng.choice([f"{eu} €", f"€{v:.2f}", f"{eu} EUR", f"EUR {eu}"]))


def recent_date(rng: random.Random, lang: str, cc: str) -> str:
    return write_date(
        rng, lang, cc, (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
    )


def timestamp(rng: random.Random, style: str | None = None) -> str:
    y, mo, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
        mo - 1
    ]
    styles = {
        "iso": f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{_d(rng, 3)}Z",
        "nginx": f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000",
        "py": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{_d(rng, 3)}",
        "sql": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
        "mail": f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {d} {mon} {y} {h:02d}:{mi:02d}:{s:02d} +0100",
        "epoch": str(1690000000 + rng.randint(0, 99999999)),
    }
    return styles[style or rng.choice(list(styles))]


def version(rng: random.Random) -> str:
    a, b, c = rng.randint(0, 24), rng.randint(0, 30), rng.randint(0, 60)
    return rng.choice(
        [
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}",
            f"{a}.{b}",
            f"{rng.randint(1, 12)}.0.{rng.randint(10000, 26000)}.{rng.randint(1, 5000)}",
            f"{a}.{b}.{c}-rc.{rng.randint(1, 5)}",
            f"Build {rng.randint(19000, 26100)}.{rng.randint(1, 5000)}",
        ]
    )


def sha256(rng: random.Random) -> str:
    return ids.chars(rng, ids.HEX, 64)


def product_code(rng: random.Random) -> str:
    from stdnum import ean

    body = rng.choice(["400", "500", "540", "590", "800", "871", "730"]) + _d(rng, 9)
    return rng.choice(
        [
            f"SKU-{_d(rng, 5)}-{rng.choice(['BLK', 'WHT', 'XL', 'M'])}",
            body + ean.calc_check_digit(body),
            rng.choice(["WH-1000XM4", "SM-G991B", "MQ2Y3ZD/A", "A2337", "KD-55X85J", "T480s"]),
            f"Art.-Nr. {_d(rng, 6)}",
        ]
    )


def company_vat(rng: random.Random) -> str:
    import importlib

    cc, mod, shape = rng.choice(
        [("DE", "de.vat", 9), ("IT", "it.iva", 11), ("FR", "fr.tva", 11), ("NL", "nl.btw", 0)]
    )
    m = importlib.import_module("stdnum." + mod)
    if cc == "NL":
        return ids._until(rng, lambda: "NL" + _d(rng, 9) + "B01", m.is_valid)
    return ids._until(rng, lambda: cc + _d(rng, shape), m.is_valid)


def coords(rng: random.Random) -> str:
    lat, lon = rng.choice(PLACES)
    return rng.choice([f"{lat}, {lon}", f"{lat},{lon}", f"({lat}, {lon})"])


def byte_count(rng: random.Random) -> str:
    return rng.choice(
        [
            str(rng.randint(0, 999999)),
            f"{rng.randint(1, 999)}.{rng.randint(0, 9)} MB",
            f"{rng.randint(1, 99)} KiB",
        ]
    )
