"""An organisation's own contact block — a letterhead or recipient block whose first line is the
company's name with its legal form, a footer that prints its register or VAT number, a signature
after RFC 3676's `-- ` whose only mailbox is a role's — gives the organisation's address, phone
and account: they are kept. The same block with a person in it (a signer's name, a personal
mailbox) is still redacted, and so is a sentence that merely mentions a company."""

from __future__ import annotations

import pytest
from stdnum import iban

from tests.redact.helpers import covers, untouched

# (company with its legal form, its address, a line, a role mailbox, register mark, country)
COMPANIES = (
    ("Northwind Trading Ltd", "1 Churchill Place, London E14 5HP", "+44 20 7946 0000", "accounts@northwind.co.uk", "Company No. 01234567", "GB", "NWBK60161331926819"),
    ("Robert Keller GmbH", "Lurgiallee 6, 60439 Frankfurt am Main", "+49 69 1234 5678", "info@keller-gmbh.de", "HRB 12345, Amtsgericht Frankfurt", "DE", "370400440532013000"),
    ("Boulangerie Martin SARL", "20 avenue André Prothin, 92400 Courbevoie", "+33 1 40 20 50 50", "contact@boulangerie-martin.fr", "SIREN 123 456 789", "FR", "20041010050500013M02606"),
    ("Talleres Ruiz S.L.", "Av. Diagonal 640, 08017 Barcelona", "+34 93 123 4567", "facturacion@talleres-ruiz.es", "CIF B12345678", "ES", "21000418450200051332"),
    ("Bakkerij van Dam B.V.", "Industrieweg 14, 3044 AS Rotterdam", "+31 10 552 9111", "administratie@bakkerijvandam.nl", "KvK 12345678", "NL", "ABNA0417164300"),
)  # fmt: skip


def _iban(country: str, bban: str) -> str:
    return iban.format(country + iban.calc_check_digits(country + "00" + bban) + bban)


def _letterhead(c: tuple[str, ...]) -> str:
    return f"{c[0]}\n{c[1]}\nTel. {c[2]}\n\nSehr geehrte Damen und Herren, anbei die Rechnung."


def _footer(c: tuple[str, ...]) -> str:
    return f"Thanks for the order.\n\n{c[1]} · Tel. {c[2]}\n{c[4]} · IBAN {_iban(c[5], c[6])}\n"


def _signature(c: tuple[str, ...], quote: str) -> str:
    return (
        f"Best,\nAnna\n\n{quote}-- \n{quote}{c[0].split()[0]} · {c[1]}\n"
        f"{quote}{c[2]} · {c[3]}\n{quote}IBAN {_iban(c[5], c[6])}\n"
    )


BLOCKS = [
    (name, text)
    for c in COMPANIES
    for name, text in (
        ("letterhead", _letterhead(c)),
        ("footer", _footer(c)),
        ("signature", _signature(c, "")),
        ("quoted signature", _signature(c, "> ")),
    )
]


@pytest.mark.parametrize(("layout", "text"), BLOCKS)
def test_an_organisations_own_block_keeps_its_address_phone_and_account(
    layout: str, text: str
) -> None:
    c = next(c for c in COMPANIES if c[1] in text)
    assert untouched(text, c[1])
    assert untouched(text, c[2])
    if "IBAN" in text:
        assert untouched(text, _iban(c[5], c[6]))


@pytest.mark.parametrize("c", COMPANIES)
def test_a_signers_block_is_still_redacted(c: tuple[str, ...]) -> None:
    own = _iban("NL", "INGB0001234567")
    text = f"Best,\n\n-- \nAnna Berger · {c[1]}\n{c[2]} · anna.berger@example-mail.de\nIBAN {own}\n"
    assert covers(text, c[1], "ADDRESS")
    assert covers(text, own, "IBAN")


@pytest.mark.parametrize("c", COMPANIES)
def test_a_person_above_the_company_keeps_the_block_redacted(c: tuple[str, ...]) -> None:
    own = _iban(c[5], c[6])
    text = f"Anna Berger\n{c[0]}\n{c[1]}\nIBAN {own}\n"
    assert covers(text, own, "IBAN")


def test_a_sentence_that_mentions_a_company_is_no_letterhead() -> None:
    text = "Ich arbeite bei Siemens AG\nund wohne in der Hauptstr. 5, 10115 Berlin."
    assert covers(text, "Hauptstr. 5, 10115 Berlin", "ADDRESS")


def test_a_signature_with_a_personal_mailbox_is_redacted() -> None:
    text = "-- \nTalleres · Calle Mayor 97, 30001 Murcia\n+34 729 27 32 48 · jruiz84@gmail.com\n"
    assert covers(text, "Calle Mayor 97, 30001 Murcia", "ADDRESS")
