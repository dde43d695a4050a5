"""Things that look like personal data and must be kept: references, codes, amounts, dates of
events, technical strings, companies and cities named alone, public figures in the news."""

from __future__ import annotations

import random
import string
import uuid

from stdnum import ean, isbn

from . import dates
from .doc import Piece, keep
from .identifiers import digits
from .names import PUBLIC_FIGURES

COMPANIES = (
    "Siemens",
    "Deutsche Bahn",
    "Carrefour",
    "Mercadona",
    "Albert Heijn",
    "Ryanair",
    "Vodafone",
    "Allegro",
    "Zalando",
    "Decathlon",
    "IKEA",
    "Tesco",
    "Petrobras",
    "Infosys",
    "Tata Consultancy Services",
    "Samsung",
    "Rakuten",
    "Turkish Airlines",
    "Dangote",
    "Emirates",
    "Spotify",
    "Nokia",
    "Ferrero",
    "Banco Santander",
)
CITIES = (
    "Munich",
    "Lyon",
    "Rotterdam",
    "Kraków",
    "Porto",
    "Bologna",
    "Valencia",
    "Manchester",
    "Toronto",
    "Bengaluru",
    "Osaka",
    "Lagos",
    "İzmir",
    "Gothenburg",
    "Curitiba",
    "Seoul",
    "Antwerp",
    "Graz",
    "Dubai",
    "Hanoi",
)
HTTP = (
    "200 OK",
    "201 Created",
    "301 Moved Permanently",
    "302 Found",
    "304 Not Modified",
    "400 Bad Request",
    "401 Unauthorized",
    "403 Forbidden",
    "404 Not Found",
    "409 Conflict",
    "422 Unprocessable Entity",
    "429 Too Many Requests",
    "500 Internal Server Error",
    "502 Bad Gateway",
    "503 Service Unavailable",
    "504 Gateway Timeout",
)


def order_no(r: random.Random) -> Piece:
    return keep(
        "ORDER_NO",
        r.choice(
            (
                f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}",
                f"#{digits(r, 6)}",
                f"ORD-{r.randint(2023, 2026)}-{digits(r, 6)}",
                f"{digits(r, 10)}",
                f"BE{digits(r, 9)}",
                f"SO{digits(r, 8)}",
                f"A{digits(r, 2)}-{digits(r, 4)}-{digits(r, 4)}",
            )
        ),
    )


def ticket(r: random.Random) -> Piece:
    return keep(
        "TICKET",
        r.choice(
            (
                f"INC{digits(r, 7, '0')}",
                f"{r.choice(('PROJ', 'OPS', 'SUP', 'HR', 'CS'))}-{r.randint(10, 9999)}",
                f"#{r.randint(1000, 99999)}",
                f"CS{digits(r, 8)}",
                f"Case {digits(r, 8)}",
                f"REQ{digits(r, 6)}",
                f"SR {digits(r, 2)}-{digits(r, 7)}",
            )
        ),
    )


def tracking(r: random.Random) -> Piece:
    return keep(
        "TRACKING",
        r.choice(
            (
                "1Z"
                + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6))
                + digits(r, 10),
                f"9400 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
                f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",  # FedEx, twelve digits
                f"JJD{digits(r, 18)}",
                f"00{digits(r, 18)}",
                f"{r.choice(('LX', 'RR', 'CP'))}{digits(r, 9)}{r.choice(('DE', 'FR', 'PL', 'NL', 'CN'))}",
                f"{digits(r, 14)}",  # DPD parcel number
            )
        ),
    )


def version(r: random.Random) -> Piece:
    return keep(
        "VERSION",
        r.choice(
            (
                f"v{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 40)}",
                f"{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
                f"10.0.{r.randint(17000, 26100)}.{r.randint(100, 4000)}",
                f"{r.randint(100, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 250)}",
                f"Python 3.{r.randint(8, 13)}.{r.randint(0, 12)}",
                f"node v{r.randint(16, 22)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            )
        ),
    )


def amount(r: random.Random, lang: str) -> Piece:
    whole, cents = r.randint(1, 99999), r.randint(0, 99)
    en = f"{whole:,}.{cents:02d}"
    eu = en.replace(",", " ").replace(".", ",").replace(" ", ".")
    text = {
        "en": r.choice((f"${en}", f"£{en}", f"USD {en}", f"₹{whole:,}", f"€{en}")),
        "de": r.choice((f"{eu} €", f"EUR {eu}", f"CHF {en.replace(',', chr(39))}")),
        "fr": r.choice((f"{en.replace(',', ' ').replace('.', ',')} €", f"{whole} € TTC")),
        "es": r.choice((f"{eu} €", f"${eu} MXN")),
        "nl": r.choice((f"€ {eu}", f"EUR {eu}")),
        "it": r.choice((f"€ {eu}", f"{eu} euro")),
        "pt": r.choice((f"R$ {eu}", f"{eu} €")),
        "pl": r.choice((f"{en.replace(',', ' ').replace('.', ',')} zł", f"{whole} PLN")),
    }[lang]
    return keep("AMOUNT", text)


def event_date(r: random.Random, lang: str) -> Piece:
    return keep("DATE", dates.write(r, dates.recent_date(r), lang, us=r.random() < 0.3))


def timestamp(r: random.Random) -> Piece:
    d = dates.recent_date(r)
    t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    return keep(
        "TIMESTAMP",
        r.choice(
            (
                f"{d.isoformat()}T{t}Z",
                f"{d.isoformat()} {t}",
                f"{d.isoformat()}T{t}.{digits(r, 3)}+02:00",
                f"{d:%d/%b/%Y}:{t} +0000",
                f"{int(r.uniform(1.67e9, 1.8e9))}",
                f"{int(r.uniform(1.67e12, 1.8e12))}",
            )
        ),
    )


def hash_(r: random.Random) -> Piece:
    n = r.choice((7, 40, 64, 32))
    return keep(
        "HASH",
        ("sha256:" if n == 64 and r.random() < 0.4 else "")
        + "".join(r.choice("0123456789abcdef") for _ in range(n)),
    )


def uuid_(r: random.Random) -> Piece:
    return keep("UUID", str(uuid.UUID(int=r.getrandbits(128), version=4)))


def product_code(r: random.Random) -> Piece:
    body = digits(r, 12, "4")
    return keep(
        "PRODUCT_CODE",
        r.choice(
            (
                f"SKU {r.choice(('WH', 'KX', 'TB', 'MB'))}-{r.randint(100, 9999)}{r.choice(('XM5', 'B', '-BLK', ''))}",
                body + ean.calc_check_digit(body),
                f"B0{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))}",
                f"ART.-NR. {digits(r, 6)}",
                f"{r.choice(('MQ', 'MK', 'MX'))}{digits(r, 3)}{r.choice(('LL/A', 'D/A', 'ZM/A'))}",
            )
        ),
    )


def isbn_(r: random.Random) -> Piece:
    body = "978" + digits(r, 9)
    number = body + ean.calc_check_digit(body)
    return keep("ISBN", isbn.format(number) if r.random() < 0.6 else number)


def port(r: random.Random) -> Piece:
    return keep(
        "PORT", str(r.choice((22, 80, 443, 3000, 5432, 6379, 8080, 8443, 9200, 27017, 51820)))
    )


def measurement(r: random.Random) -> Piece:
    return keep(
        "MEASUREMENT",
        r.choice(
            (
                f"{r.randint(1, 40)}.{r.randint(0, 9)} kg",
                f"{r.randint(20, 120)} x {r.randint(20, 80)} x {r.randint(5, 60)} cm",
                f"{r.choice((1280, 1920, 2560, 3840))}x{r.choice((720, 1080, 1440, 2160))}",
                f"{r.randint(100, 2400)} W",
                f"{r.randint(2, 512)} GB",
                f"{r.randint(1, 9999)} ms",
                f"{r.randint(35, 41)},{r.randint(0, 9)} °C",
                f"{r.randint(50, 180)} m²",
            )
        ),
    )


def http_status(r: random.Random) -> Piece:
    return keep("HTTP_STATUS", r.choice(HTTP))


def company(r: random.Random) -> Piece:
    return keep("COMPANY", r.choice(COMPANIES))


def city(r: random.Random) -> Piece:
    return keep("CITY", r.choice(CITIES))


def public_figure(r: random.Random) -> Piece:
    return keep("PUBLIC_FIGURE", r.choice(PUBLIC_FIGURES))


def any_reference(r: random.Random, lang: str) -> Piece:
    """One look-alike of any family, for layouts that carry a random extra field."""
    pick = r.choice(
        (order_no, ticket, tracking, version, hash_, uuid_, product_code, isbn_, measurement)
    )
    return pick(r)
