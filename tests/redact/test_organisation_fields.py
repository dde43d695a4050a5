"""A value under a field whose name says it is an organisation's — its office or registered seat,
its account, its service line, the employer itself — is a legal person's data, which GDPR
Recital 14 leaves outside personal data: it is kept whole, in the five languages and in every
layout a record is written in. The same value under a person's field is still redacted."""

from __future__ import annotations

import pytest
from stdnum import iban

from tests.redact.helpers import covers, untouched

# (organisation's field names, a person's field name, value) per kind of value, in en/de/fr/es/nl
ADDRESSES = (
    (("office", "registered_office", "company_address"), "address", "1 Churchill Place, London E14 5HP"),
    (("Firmensitz", "Geschäftsadresse", "Firmenanschrift"), "Anschrift", "Lurgiallee 6, 60439 Frankfurt am Main"),
    (("siège social", "adresse_entreprise", "Adresse du siège"), "adresse", "20 avenue André Prothin, 92400 Courbevoie"),
    (("domicilio social", "direccion_empresa", "sede"), "domicilio", "Av. Diagonal 640, 08017 Barcelona"),
    (("Vestigingsadres", "bedrijfsadres", "kantooradres"), "adres", "Industrieweg 14, 3044 AS Rotterdam"),
)  # fmt: skip
LINES = (
    ("hotline", "phone", "+44 20 7946 0000"),
    ("Servicenummer", "Telefon", "+49 30 901820"),
    ("service_client", "téléphone", "+33 1 40 20 50 50"),
    ("centralita", "teléfono", "+34 91 123 4567"),
    ("klantenservice", "telefoon", "+31 20 552 9111"),
)
ACCOUNTS = (
    ("company_iban", "iban", "GB"),
    ("Firmenkonto", "Konto", "DE"),
    ("iban_societe", "iban", "FR"),
    ("cuenta_empresa", "cuenta", "ES"),
    ("bedrijfsrekening", "rekening", "NL"),
)
BBAN = {"GB": "NWBK60161331926819", "DE": "370400440532013000", "FR": "20041010050500013M02606",
        "ES": "21000418450200051332", "NL": "ABNA0417164300"}  # fmt: skip
LAYOUTS = (
    '{{"name": "Anna Berger", "{k}": "{v}", "status": "open"}}',
    "2024-05-01 10:22:33 INFO [api] ref=RE-2024-1 {k}={v} status=200",
    "Name: Anna Berger\n{k}: {v}\nStatus: offen\n",
    "| name | {k} | status |\n|---|---|---|\n| Anna Berger | {v} | open |",
)


def _iban(country: str) -> str:
    bban = BBAN[country]
    return iban.format(country + iban.calc_check_digits(country + "00" + bban) + bban)


def _cases(person: bool) -> list[tuple[str, str, str]]:
    """(field name, value, kind redacted under a person's field) for every kind and language."""
    out = []
    for org_keys, person_key, value in ADDRESSES:
        for key in (person_key,) if person else org_keys:
            out.append((key, value, "ADDRESS"))
    for org_key, person_key, value in LINES:
        out.append((person_key if person else org_key, value, "PHONE"))
    for org_key, person_key, country in ACCOUNTS:
        out.append((person_key if person else org_key, _iban(country), "IBAN"))
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("key", "value", "kind"), _cases(person=False))
def test_a_value_under_an_organisations_field_is_kept(
    layout: str, key: str, value: str, kind: str
) -> None:
    assert untouched(layout.format(k=key, v=value), value)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("key", "value", "kind"), _cases(person=True))
def test_the_same_value_under_a_persons_field_is_still_redacted(
    layout: str, key: str, value: str, kind: str
) -> None:
    assert covers(layout.format(k=key, v=value), value, kind)


@pytest.mark.parametrize(
    "key", ("employer", "Arbeitgeber", "employeur", "empresa", "werkgever", "company")
)
def test_the_employer_named_in_a_record_is_kept(key: str) -> None:
    text = f'{{"name": "Anna Berger", "{key}": "Paul Bocuse", "dob": "1980-01-02"}}'
    assert untouched(text, "Paul Bocuse")
    assert covers(text, "Anna Berger", "PERSON")


@pytest.mark.parametrize("key", ("home_office", "private_address"))
def test_a_home_office_is_a_persons_address(key: str) -> None:
    text = f"Name: Anna Berger\n{key}: Hauptstraße 109, 20095 Hamburg\n"
    assert covers(text, "Hauptstraße 109, 20095 Hamburg", "ADDRESS")


def test_a_personal_iban_beside_the_companys_is_still_redacted() -> None:
    company, own = _iban("DE"), _iban("NL")
    text = f"name=Anna Berger company_iban={company} iban={own} phone=+49 1510 6868025"
    assert untouched(text, company)
    assert covers(text, own, "IBAN")
    assert covers(text, "+49 1510 6868025", "PHONE")
