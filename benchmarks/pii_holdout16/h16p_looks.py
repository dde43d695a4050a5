"""Look-alikes: numbers, names and dates that point at no private person and must be kept."""

from __future__ import annotations

import datetime as dt
import random
import string
import uuid

import h16p_numbers as num
import h16p_words as words
import h16p_world as world
from phonenumbers import PhoneNumberType

# Where a country has no id scheme of its own, its twins borrow a neighbour's shape.
TWIN_ID_COUNTRY = {"MT": "GB", "LI": "CH", "LU": "BE", "MC": "FR", "CW": "NL"}
TWIN_IBAN_COUNTRY = {
    "US": "GB",
    "NZ": "GB",
    "ZA": "GB",
    "MX": "ES",
    "AR": "ES",
    "PE": "ES",
    "EC": "ES",
    "CW": "NL",
}
AIRLINES = ("LH", "KL", "IB", "EI", "SN", "LX", "AF", "UX", "AR", "LA", "FR", "HV")
STATUS = (
    "404 Not Found",
    "401 Unauthorized",
    "500 Internal Server Error",
    "503 Service Unavailable",
    "429 Too Many Requests",
    "302 Found",
)
ERRORS = ("E1042", "ERR_AUTH_EXPIRED", "0x80070005", "ORA-01017", "SSO-4031", "LDAP: error code 49")


def _code(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _date(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 900))


def _stamp(rng: random.Random) -> str:
    moment = dt.datetime(2026, 1, 1) + dt.timedelta(seconds=rng.randint(0, 330 * 86400))
    return rng.choice(
        (f"{moment:%Y-%m-%dT%H:%M:%SZ}", f"{moment:%Y-%m-%d %H:%M:%S}", f"{moment:%d.%m.%Y %H:%M}")
    )


def company_domain(company: str, country: str) -> str:
    """The mail domain of a company, as its role mailboxes use it."""
    return f"{words.ascii_slug(company, '')[:18]}.{words.TLD.get(country, country.lower())}"


def company_address(rng: random.Random, lang: str, country: str) -> str:
    locale = world.LOCALES[f"{lang}-{country}"]
    lines = world.address_lines(rng, locale)
    return f"{lines[0]}, {lines[-1]}"


def _tracking(rng: random.Random) -> str:
    return rng.choice((
        "JJD" + num.digits(rng, 18), "3S" + _code(rng, string.ascii_uppercase, 4) + num.digits(rng, 9),
        "1Z" + _code(rng, string.ascii_uppercase + string.digits, 16), num.digits(rng, 14),
        "CB" + num.digits(rng, 9) + "FR",
    ))  # fmt: skip


def look(
    rng: random.Random,
    key: str,
    lang: str,
    country: str,
    machine: bool,
    domain: str,
    company: str = "",
) -> tuple[tuple[str, str | None], ...]:
    """The marked look-alike for `key`: one (text, kind) segment."""
    date = _date(rng)
    makers = {
        "company": lambda: (
            f"{company} {words.LEGAL_FORM[country]}"
            if rng.random() < 0.3 and domain not in words.LOCAL_COMPANIES
            else company,
            "COMPANY",
        ),
        "company_address": lambda: (company_address(rng, lang, country), "COMPANY_ADDRESS"),
        "hotline": lambda: (
            num.show_phone(rng, country, num.phone(rng, country, PhoneNumberType.TOLL_FREE)),
            "HOTLINE",
        ),
        "role_email": lambda: (
            f"{rng.choice(words.ROLE_LOCAL[lang])}@{company_domain(company or domain, country)}",
            "ROLE_EMAIL",
        ),
        "invoice_no": lambda: (
            rng.choice(("RE-", "INV-", "F", "FAC/", ""))
            + f"{date.year}-{rng.randint(1, 99999):05d}",
            "INVOICE_NO",
        ),
        "order_no": lambda: (
            rng.choice(
                (
                    num.digits(rng, 10),
                    f"{num.digits(rng, 3)} {num.digits(rng, 3)} {num.digits(rng, 4)}",
                    "#" + num.digits(rng, 7),
                )
            ),
            "ORDER_NO",
        ),
        "ticket_no": lambda: (
            rng.choice(("INC", "SR", "#", "HD-")) + num.digits(rng, rng.choice((6, 7))),
            "TICKET_NO",
        ),
        "booking_ref": lambda: (_code(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), "BOOKING_REF"),
        "flight_no": lambda: (f"{rng.choice(AIRLINES)} {rng.randint(100, 9899)}", "FLIGHT_NO"),
        "tracking_no": lambda: (_tracking(rng), "TRACKING_NO"),
        "amount": lambda: (words.amount(rng, lang), "AMOUNT"),
        "other_date": lambda: (
            date.isoformat() if machine else words.spoken_date(rng, date, lang, country),
            "OTHER_DATE",
        ),
        "timestamp": lambda: (_stamp(rng), "TIMESTAMP"),
        "version": lambda: (
            rng.choice(("v", "", ""))
            + f"{rng.randint(1, 16)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
            "VERSION",
        ),
        "error_code": lambda: (rng.choice(ERRORS), "ERROR_CODE"),
        "contract_no": lambda: (f"{rng.randint(100, 999)}-{num.digits(rng, 7)}", "CONTRACT_NO"),
        "meter_no": lambda: (rng.choice(("1ESY", "1EMH", "")) + num.digits(rng, 8), "METER_NO"),
        "product_code": lambda: (
            rng.choice(("PZN ", "CNK ", "CN ", "")) + num.digits(rng, 8),
            "PRODUCT_CODE",
        ),
        "file_ref": lambda: (
            f"{rng.randint(1, 999)}/{date.year % 100}-{_code(rng, 'ABCKLMU', 2)}",
            "FILE_REF",
        ),
        "company_iban": lambda: (
            num.show_iban(rng, num.iban_number(rng, TWIN_IBAN_COUNTRY.get(country, country))),
            "COMPANY_IBAN",
        ),
        "server": lambda: (
            (num.doc_ip(rng), "DOC_IP") if rng.random() < 0.3 else (num.local_ip(rng), "PRIVATE_IP")
        ),
        "request_id": lambda: (str(uuid.UUID(int=rng.getrandbits(128), version=4)), "UUID"),
        "uuid": lambda: (str(uuid.UUID(int=rng.getrandbits(128), version=4)), "UUID"),
        "placeholder": lambda: (rng.choice(num.PLACEHOLDERS), "PLACEHOLDER_SECRET"),
        "git_sha": lambda: (_code(rng, "0123456789abcdef", rng.choice((7, 40))), "GIT_SHA"),
        "http_status": lambda: (rng.choice(STATUS), "HTTP_STATUS"),
        "card_bad": lambda: (num.show_card(rng, num.card_twin(rng)), "CARD_BAD_LUHN"),
        "iban_bad": lambda: (
            num.show_iban(rng, num.iban_twin(rng, TWIN_IBAN_COUNTRY.get(country, country))),
            "IBAN_BAD_CHECK",
        ),
        "id_bad": lambda: (_id_twin(rng, country), "ID_BAD_CHECK"),
    }
    return (makers[key](),)


def _id_twin(rng: random.Random, country: str) -> str:
    scheme = TWIN_ID_COUNTRY.get(country, country)
    dob = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))
    return num.id_twin(rng, scheme, dob, rng.random() < 0.5, "Alex", "Perez")
