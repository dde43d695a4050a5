"""Values that look like personal data but are not, and must be kept: business references,
versions, digests, timestamps, amounts, codes, and names of places, shows and firms."""

from __future__ import annotations

import random
import string
import uuid

from stdnum import ean, isbn
from values import CITIES, COUNTRIES, REGION, digits, other_date, rs

HEX = "0123456789abcdef"


def order_no(rng: random.Random) -> str:
    return rng.choice([
        f"A-{rng.randint(2019, 2026)}-{digits(rng, 6)}", f"#{digits(rng, 7)}", f"{digits(rng, 10)}",
        f"ORD{digits(rng, 8)}", f"{rng.randint(100, 999)}-{digits(rng, 7)}-{digits(rng, 7)}",
    ])  # fmt: skip


def invoice_no(rng: random.Random) -> str:
    return rng.choice([
        f"INV-{rng.randint(2020, 2026)}-{digits(rng, 5)}", f"RE-{rng.randint(2020, 2026)}-{digits(rng, 4)}",
        f"F{rng.randint(2020, 2026)}/{digits(rng, 4)}", f"FA{digits(rng, 8)}", f"{digits(rng, 4)}/{rng.randint(20, 26)}",
    ])  # fmt: skip


def ticket(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.choice(['OPS', 'PAY', 'CRM', 'SUP'])}-{rng.randint(10, 9999)}", f"INC{digits(rng, 7)}",
        f"#{rng.randint(10000, 999999)}", f"CS{digits(rng, 9)}", f"REQ-{digits(rng, 6)}",
    ])  # fmt: skip


def tracking(rng: random.Random) -> str:
    return rng.choice([
        "1Z" + rs(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 10),
        f"JJD{digits(rng, 18)}", f"3S{rs(rng, 4, string.ascii_uppercase)}{digits(rng, 7)}",
        f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        f"RR{digits(rng, 9)}PT", f"LX{digits(rng, 9)}DE",
    ])  # fmt: skip


def version(rng: random.Random) -> str:
    a, b, c = rng.randint(0, 24), rng.randint(0, 40), rng.randint(0, 200)
    return rng.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}.{c}.{rng.randint(1, 250)}",
                       f"{a}.{b}.{c}-rc.{rng.randint(1, 5)}", f"{rng.randint(1, 4)}.{b}.{c}.{rng.randint(1, 99)}"])  # fmt: skip


def digest(rng: random.Random) -> str:
    return rng.choice([rs(rng, 40, HEX), rs(rng, 7, HEX), rs(rng, 64, HEX), rs(rng, 32, HEX),
                       "sha256:" + rs(rng, 64, HEX)])  # fmt: skip


def uid(rng: random.Random) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u if rng.random() < 0.8 else u.upper()


def timestamp(rng: random.Random) -> str:
    y, mo, d, h, mi, s = (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28),
                          rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))  # fmt: skip
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
        mo - 1
    ]
    return rng.choice([
        f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{digits(rng, 3)}",
        f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000", f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{digits(rng, 6)}+01:00",
        str(rng.randint(1_690_000_000, 1_790_000_000)),
    ])  # fmt: skip


def amount(rng: random.Random, loc: str) -> str:
    v = rng.randint(100, 2_500_000) / 100
    us = f"{v:,.2f}"
    eu = us.replace(",", "X").replace(".", ",").replace("X", ".")
    lang = loc[:2]
    if loc == "en_IN":
        return rng.choice([f"₹{us}", f"Rs. {us}", f"INR {us}"])
    if loc == "en_GB":
        return rng.choice([f"£{us}", f"GBP {us}"])
    if lang == "en":
        return rng.choice(
            [f"${us}", f"USD {us}", f"€{us}", f"A${us}" if loc == "en_AU" else f"${us}"]
        )
    if lang == "fr":
        return rng.choice([f"{eu.replace('.', ' ')} €", f"{eu} EUR", f"{eu} € TTC"])
    return rng.choice([f"{eu} €", f"€ {eu}", f"EUR {eu}", f"{eu} EUR"])


def coords(rng: random.Random) -> str:
    la, lo = rng.uniform(36, 58), rng.uniform(-9, 16)
    return rng.choice([f"{la:.5f}, {lo:.5f}", f"{la:.4f},{lo:.4f}",
                       f"{int(la)}°{int(la % 1 * 60)}'N {abs(int(lo))}°{int(abs(lo) % 1 * 60)}'{'E' if lo >= 0 else 'W'}"])  # fmt: skip


def sku(rng: random.Random) -> str:
    if rng.random() < 0.5:
        b = rng.choice(["400", "300", "84", "80", "560"]) + digits(rng, 12)
        b = b[:12]
        return b + ean.calc_check_digit(b)
    return rng.choice([f"ART-{digits(rng, 5)}-{rs(rng, 3, string.ascii_uppercase)}", f"{rs(rng, 2, string.ascii_uppercase)}{digits(rng, 6)}",
                       f"SKU-{digits(rng, 4)}-{rng.choice(['S', 'M', 'L', 'XL'])}"])  # fmt: skip


def isbn13(rng: random.Random) -> str:
    b = "978" + rng.choice(["3", "2", "84", "88", "90", "972", "1"])
    b += digits(rng, 12 - len(b))
    v = b + ean.calc_check_digit(b)
    assert isbn.is_valid(v)
    return isbn.format(v) if rng.random() < 0.7 else v


FORMULAS = [
    "C8H10N4O2",
    "H2SO4",
    "C6H12O6",
    "NaHCO3",
    "CH3COOH",
    "C2H5OH",
    "Ca(OH)2",
    "KMnO4",
    "C9H8O4",
]
STATUS = ["HTTP/1.1 404 Not Found", "HTTP/1.1 500 Internal Server Error", "HTTP/2 429", "HTTP/1.1 503 Service Unavailable", "HTTP/1.1 401 Unauthorized"]  # fmt: skip
# things named like a street or a person that are a show, a band, a song, a firm
CULTURE = {
    "en": ["Coronation Street", "21 Jump Street", "A Nightmare on Elm Street", "Penny Lane", "Abbey Road",
           "the E Street Band", "Hill Street Blues", "Quality Street", "Wall Street", "Downing Street", "Sunset Boulevard"],
    "de": ["Lindenstraße", "Sesamstraße", "Tatort", "Wall Street", "Abbey Road", "Hauptstraße-Festival"],
    "fr": ["1, rue Sésame", "Rue du Commerce", "Plus belle la vie", "Abbey Road", "Wall Street"],
    "es": ["Barrio Sésamo", "Calle 13", "Calle 54", "Aquí no hay quien viva", "Wall Street"],
    "nl": ["Sesamstraat", "Goede tijden, slechte tijden", "Abbey Road", "Wall Street"],
    "it": ["Via col vento", "Un posto al sole", "Abbey Road", "Wall Street", "Via dei Matti n. 0"],
    "pt": ["Rua Sésamo", "Morangos com Açúcar", "Abbey Road", "Wall Street"],
}  # fmt: skip
BRANDS = ["Zalando", "Deutsche Bahn", "Vodafone", "Mercadona", "Albert Heijn", "Esselunga", "Continente",
          "Ryanair", "Tesco", "Flipkart", "Woolworths", "SAP", "Salesforce", "Jira", "Mercedes-Benz",
          "Ferrero", "Philips", "Carrefour", "El Corte Inglés", "Sonae", "Wells Fargo", "Marks & Spencer"]  # fmt: skip
# first names that are also words, inside code identifiers
CODE_IDS = ["mark_as_read", "will_retry", "grace_period_days", "bill_total", "rose_pine_theme", "amber_alert_level",
            "jack_port", "frank_output", "sandy_bridge_flags", "hope_counter", "joy_stick_axis", "alice_keypair",
            "bob_public_key", "markAsRead", "willRetry", "graceMs", "BillingRobin", "carol_sync_job", "pat_renewal"]  # fmt: skip


def city(rng: random.Random, loc: str) -> str:
    return rng.choice(CITIES[REGION[loc]])


def country(rng: random.Random, loc: str) -> str:
    return rng.choice(COUNTRIES[loc[:2]])


def culture(rng: random.Random, loc: str) -> str:
    return rng.choice(CULTURE[loc[:2]])


def company(rng: random.Random, fk) -> str:
    return rng.choice(BRANDS) if rng.random() < 0.5 else fk.company()


def port(rng: random.Random) -> str:
    return str(rng.choice([5432, 6379, 8080, 8443, 3306, 9200, 27017, 5672, 11211, 2181, 9092]))


def byte_count(rng: random.Random) -> str:
    return str(rng.randint(120, 9_999_999))


def date(rng: random.Random, loc: str) -> str:
    return other_date(rng, loc)
