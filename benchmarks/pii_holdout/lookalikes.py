"""Strings that look like personal data or secrets but are not, and must survive redaction."""

from __future__ import annotations

import random
import string
import uuid

from pii_holdout import ids
from pii_holdout.people import MONTHS
from pii_holdout.secrets_gen import git_sha

COMPANIES = ("Northwind Traders", "Contoso Ltd", "Siemens AG", "Deutsche Bahn", "Carrefour", "Mercadona",
             "Albert Heijn", "bol.com", "Zalando SE", "El Corte Inglés", "Philips", "Decathlon", "Rabobank",
             "Telefónica", "La Poste", "Vodafone", "Lidl", "Allianz", "Ryanair", "KLM", "Iberia", "SNCF",
             "Coolblue", "Globex Corporation", "Initech", "Hooli")  # fmt: skip
STREET_LIKE = ("Main Street Capital", "Wall Street Journal", "Abbey Road Studios", "Sesame Street",
               "Rue du Commerce", "Kerkstraat Media", "Calle 13", "Sunset Boulevard (1950)",
               "Park Avenue Partners", "Coronation Street", "Downing Street", "Elm Street Ventures",
               "Baker Street Advisors", "Champs-Élysées")  # fmt: skip
BRAND_WITH_NAME = ("Johnson & Johnson", "Mercedes-Benz", "Dr. Oetker", "Ben & Jerry's", "Ford Focus",
                   "Jack Daniel's", "McDonald's", "Tommy Hilfiger", "Louis Vuitton", "Hugo Boss",
                   "Adobe Acrobat", "Van Houten", "Zara", "Carl Zeiss", "Philips Hue")  # fmt: skip
EPONYMS = ("Alzheimer's disease", "Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", "Asperger syndrome",
           "Down syndrome", "Tourette syndrome", "Achilles tendon", "Cushing's syndrome", "Bechterew")  # fmt: skip
PRODUCTS = ("iPhone 15 Pro", "Galaxy S24", "PlayStation 5", "ThinkPad X1 Carbon", "Kindle Paperwhite",
            "Microsoft Teams", "Visual Studio Code", "Excel", "Thermomix TM6", "Dyson V15")  # fmt: skip
STATUS = ("400 Bad Request", "401 Unauthorized", "403 Forbidden", "404 Not Found", "408 Request Timeout",
          "409 Conflict", "422 Unprocessable Entity", "429 Too Many Requests", "500 Internal Server Error",
          "502 Bad Gateway", "503 Service Unavailable", "504 Gateway Timeout", "301 Moved Permanently")  # fmt: skip
CODE_SCOPES = ("std::vector::iterator", "a::b::c", "Foo::Bar::baz", "::std::move", "crate::db::pool",
               "boost::asio::ip::tcp", "Cafe::Bad::Face", "ab::cd::ef", "dead::beef", "Add::Bed",
               "fe::fi::fo", "::ffff", "self::cache::de", "app::fed::c0de")  # fmt: skip
MATH = ("3 * (17 + 4) = 63", "2^16 = 65536", "sqrt(2) ≈ 1.41421356", "1/3 + 1/6 = 1/2", "x = 192 / 168 * 10",
        "12 + 34 - 5 = 41", "6.022e23", "f(x) = 3x^2 - 2x + 1", "2024 mod 97 = 84", "(1 + 0.05)^10 ≈ 1.6289",
        "1.2.3.4 ⊂ 1.2.3", "17 × 23 = 391", "e^(iπ) + 1 = 0")  # fmt: skip
PLACEHOLDERS = ("${DB_PASSWORD}", "<your-api-key>", "********", "REDACTED", "{{ secrets.API_TOKEN }}",
                "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "$(cat /run/secrets/db_pass)", "os.environ['API_KEY']",
                "YOUR_TOKEN_HERE", "%(password)s")  # fmt: skip


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _date(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[lang][m - 1]
    return rng.choice({
        "en": [f"{month} {d}, {y}", f"{d} {month} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"Monday {d} {month}"],
        "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{y}-{m:02d}-{d:02d}", f"Montag, {d}. {month}"],
        "fr": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"lundi {d} {month}", f"{y}-{m:02d}-{d:02d}"],
        "es": [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"lunes {d} de {month}", f"{y}-{m:02d}-{d:02d}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"maandag {d} {month}", f"{y}-{m:02d}-{d:02d}"],
    }[lang])  # fmt: skip


def timestamp(rng: random.Random, style: str = "iso") -> str:
    y, mo, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    mon = MONTHS["en"][mo - 1][:3]
    if style == "clf":
        return f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0{rng.choice('0120')}00"
    if style == "rfc2822":
        return f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {d} {mon} {y} {h:02d}:{mi:02d}:{s:02d} +0{rng.choice('012')}00"
    if style == "log":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randint(0, 999):03d}"
    return rng.choice([f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999999):06d}+00:00",
                       f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}", str(rng.randint(1_600_000_000, 1_800_000_000))])  # fmt: skip


def version(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"v{rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
    if r < 0.55:  # four-part builds look like IPv4 addresses
        return f"{rng.choice([10, 6, 4, 1, 2])}.{rng.randint(0, 9)}.{rng.randint(1000, 22631)}.{rng.randint(1, 4000)}"
    if r < 0.75:
        return f"{rng.randint(1, 20)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"
    return rng.choice(["Python 3.11.4", "Node.js v18.17.1", "OpenSSL 3.0.2", "PostgreSQL 15.4", "nginx/1.24.0",
                       "Chrome/120.0.6099.109", "Android 14", "iOS 17.2.1", "Java 17.0.9+9", "gcc 12.2.0"])  # fmt: skip


def lookalike(rng: random.Random, name: str, lang: str) -> tuple[str, str]:
    """(kind, value) for a look-alike called `name` in a template."""
    r = rng
    if name == "order":
        return "order_number", r.choice([f"#{r.choice('ABCDK')}-{_d(r, 5)}", f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
                                         f"ORD-{r.randint(2021, 2026)}-{_d(r, 5)}", f"{_d(r, 10)}", f"BE{_d(r, 8)}",
                                         f"#{_d(r, 6)}"])  # fmt: skip
    if name == "invoice":
        return "invoice_number", r.choice([f"INV-{r.randint(2021, 2026)}-{_d(r, 5)}", f"RE-{r.randint(2021, 2026)}-{_d(r, 4)}",
                                           f"F{r.randint(2021, 2026)}/{_d(r, 5)}", f"FAC-{_d(r, 6)}", f"{r.randint(2021, 2026)}{_d(r, 6)}"])  # fmt: skip
    if name == "ticket":
        return "ticket_number", r.choice([f"{r.choice(['OPS', 'SUP', 'BILL', 'JIRA', 'HELP'])}-{r.randint(100, 99999)}",
                                          f"INC{_d(r, 7)}", f"CS-{r.randint(2021, 2026)}-{_d(r, 5)}", f"#{_d(r, 5)}"])  # fmt: skip
    if name == "customer_no":  # phone-shaped customer numbers with an explicit cue
        return "customer_number", r.choice(
            [f"{_d(r, 10)}", f"KD-{_d(r, 8)}", f"0{_d(r, 9)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}"]
        )
    if name == "tracking":
        return "tracking_no", r.choice([ids.ups_tracking(r), ids.dhl_tracking(r), f"3S{''.join(r.choice(string.ascii_uppercase) for _ in range(4))}{_d(r, 9)}",
                                        f"{r.choice(['LX', 'RR', 'CP'])}{_d(r, 9)}{r.choice(['DE', 'FR', 'ES', 'NL'])}", f"JJD{_d(r, 18)}"])  # fmt: skip
    if name == "timestamp":
        return "timestamp", timestamp(r)
    if name == "date":
        return "date", _date(r, lang)
    if name == "time":
        return "time", r.choice(
            [
                f"{r.randint(7, 19)}:{r.choice(['00', '15', '30', '45'])}",
                f"{r.randint(7, 19)}h{r.choice(['00', '30'])}",
                f"{r.randint(1, 11)}:{r.choice(['00', '30'])} pm",
            ]
        )
    if name == "http_status":
        return "http_status", r.choice(STATUS)
    if name == "version":
        return "version", version(r)
    if name == "build":
        return (
            "version",
            f"{r.randint(1, 10)}.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(0, 255)}",
        )
    if name == "hex_hash":
        return "hex_hash", git_sha(r, r.choice([7, 8, 12, 40, 64]))
    if name == "uuid":
        return "uuid", str(uuid.UUID(int=r.getrandbits(128), version=4))
    if name == "code_ipv6_like":
        return "code_ipv6_like", r.choice(CODE_SCOPES)
    if name == "product_code":
        return "product_code", r.choice([f"SKU-{_d(r, 4)}-{r.choice(['BLK', 'WHT', 'RED', 'XL'])}", f"MB-{_d(r, 4)}/XL",
                                         f"WH-1000XM{r.randint(3, 5)}", f"{r.choice('ABCDEFGH')}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 2)}",
                                         f"Art.-Nr. {_d(r, 6)}", f"REF {_d(r, 3)}.{_d(r, 3)}.{_d(r, 2)}"])  # fmt: skip
    if name == "ean":
        return "ean", ids.ean13(r)
    if name == "isbn":
        return "isbn", ids.isbn13(r)
    if name == "math":
        return "math", r.choice(MATH)
    if name == "coordinates":
        lat, lon = r.uniform(36, 54), r.uniform(-9, 15)
        return "coordinates", r.choice(
            [
                f"{lat:.4f}, {lon:.4f}",
                f"{lat:.6f},{lon:.6f}",
                f"{int(lat)}°{r.randint(0, 59)}′N {abs(int(lon))}°{r.randint(0, 59)}′{'E' if lon > 0 else 'W'}",
            ]
        )
    if name == "luhn_invalid":
        return "invalid_card_checksum", ids.luhn_broken(r)
    if name == "iban_invalid":
        return "invalid_iban_checksum", ids.iban_broken(r, r.choice(["DE", "FR", "ES", "NL", "GB"]))
    if name == "bsn_invalid":
        return "invalid_bsn_checksum", ids.bsn_broken(r)
    if name == "id_invalid":
        return "invalid_national_id", ids.national_id_broken(r, lang)
    if name == "eponym":
        return "eponym", r.choice(EPONYMS)
    if name == "company":
        return "company", r.choice(COMPANIES)
    if name == "street_like":
        return "street_like_name", r.choice(STREET_LIKE)
    if name == "brand_with_name":
        return "brand_with_name", r.choice(BRAND_WITH_NAME)
    if name == "product":
        return "product_name", r.choice(PRODUCTS)
    if name == "amount":
        return "amount", r.choice([f"€{r.randint(5, 2000)},{_d(r, 2)}", f"${r.randint(1, 9)},{_d(r, 3)}.{_d(r, 2)}",
                                   f"{r.randint(5, 999)},{_d(r, 2)} €", f"£{r.randint(5, 500)}.{_d(r, 2)}", f"{r.randint(1, 9)}.{_d(r, 3)},{_d(r, 2)} EUR"])  # fmt: skip
    if name == "placeholder":
        return "secret_placeholder", r.choice(PLACEHOLDERS)
    if name == "port":
        return "port_number", str(r.choice([5432, 6379, 8080, 3306, 27017, 9200, 443, 8443]))
    if name == "pid":
        return "process_id", str(r.randint(1000, 4_194_303))
    if name == "error_code":
        return "error_code", r.choice(
            [
                f"0x{r.getrandbits(32):08X}",
                f"E{_d(r, 4)}",
                f"ORA-{_d(r, 5)}",
                f"ERR_{r.choice(['CONNECTION_REFUSED', 'SSL_PROTOCOL'])}",
                f"errno {r.randint(1, 130)}",
            ]
        )
    if name == "oid":
        return "oid", r.choice(
            ["1.3.6.1.4.1.311.21.8", "2.5.4.3", "1.2.840.113549.1.1.11", "1.3.6.1.2.1.1.3.0"]
        )
    if name == "section":
        return (
            "section_number",
            f"§ {r.randint(1, 30)}.{r.randint(1, 9)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
        )
    if name == "git_remote":
        return (
            "git_remote",
            f"git@{r.choice(['github.com', 'gitlab.com', 'bitbucket.org'])}:{r.choice(['acme', 'infra', 'data-team'])}/{r.choice(['billing', 'api', 'web', 'etl'])}.git",
        )
    if name == "image_digest":
        return (
            "image_digest",
            f"{r.choice(['nginx', 'postgres', 'python'])}@sha256:{git_sha(r, 64)}",
        )
    if name == "bic":
        return "bic", r.choice(
            [
                "DEUTDEFFXXX",
                "COBADEFFXXX",
                "BNPAFRPPXXX",
                "CAIXESBBXXX",
                "INGBNL2A",
                "RABONL2U",
                "ABNANL2A",
                "BARCGB22",
            ]
        )
    if name == "percent":
        return "percent", f"{r.randint(0, 100)}.{r.randint(0, 9)}%"
    if name == "duration":
        return "duration", r.choice(
            [
                f"{r.randint(1, 9999)} ms",
                f"{r.randint(1, 59)}s",
                f"{r.randint(1, 12)}h{r.randint(0, 59):02d}m",
            ]
        )
    if name == "user_agent":
        return "user_agent", r.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                                       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
                                       "curl/8.4.0", "python-requests/2.31.0", "Go-http-client/1.1",
                                       "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"])  # fmt: skip
    raise KeyError(name)
