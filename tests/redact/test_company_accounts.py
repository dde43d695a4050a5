"""A bank account that the words before it name an organisation's (company account,
Firmenkonto, compte de la société, cuenta de la empresa, bedrijfsrekening) is a legal person's,
not personal data (GDPR Recital 14): its IBAN is kept. The same IBAN named a person's account, or
named by no one, is still redacted."""

from __future__ import annotations

import random

import pytest
from stdnum import iban

from tests.redact.helpers import covers, untouched

# (country, BBAN as letters `A` and digits `9`)
BBANS = (("DE", "9" * 18), ("AT", "9" * 16), ("NL", "AAAA" + "9" * 10), ("IE", "AAAA" + "9" * 14))


def _ibans(n: int) -> list[str]:
    """Valid IBANs (ISO 13616 check digits) of a few countries, compact and in groups of four."""
    rng = random.Random("company accounts")
    out = []
    while len(out) < n:
        country, shape = BBANS[len(out) % len(BBANS)]
        bban = "".join(
            rng.choice("ABCDEFGH") if c == "A" else rng.choice("0123456789") for c in shape
        )
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            out.append(number if len(out) % 2 else iban.format(number))
    return out


COMPANY = (
    "Please pay the deposit to the company account {v}. Thanks",
    "Pay to our business account: {v}",
    "Die Kaution bitte auf das Firmenkonto {v} überweisen.",
    "Zahlung auf unser Geschäftskonto {v}",
    "Le dépôt est à verser sur le compte de la société {v}.",
    "Virement sur le compte professionnel {v}, merci.",
    "La fianza se paga en la cuenta de la empresa {v}.",
    "Het bedrag graag op de bedrijfsrekening {v} storten.",
    "Betaling op onze zakelijke rekening {v}",
)
PERSONAL = (
    "Please pay the refund to my account {v}. Thanks",
    "Bitte auf mein Konto {v} überweisen.",
    "Remboursez sur mon compte {v}, merci.",
    "Devuélvanlo a mi cuenta {v}.",
    "Graag terugstorten op mijn rekening {v}.",
    "IBAN: {v}",
)


@pytest.mark.parametrize("value", _ibans(6))
@pytest.mark.parametrize("frame", COMPANY)
def test_an_iban_named_a_company_account_is_kept(value: str, frame: str) -> None:
    assert untouched(frame.format(v=value), value)


@pytest.mark.parametrize("value", _ibans(6))
@pytest.mark.parametrize("frame", PERSONAL)
def test_an_iban_of_a_person_or_of_no_one_named_is_redacted(value: str, frame: str) -> None:
    assert covers(frame.format(v=value), value, "IBAN")


@pytest.mark.parametrize("value", _ibans(2))
def test_the_company_words_do_not_reach_past_the_sentence(value: str) -> None:
    text = f"The company account is closed. Refund to me: {value}"
    assert covers(text, value, "IBAN")
