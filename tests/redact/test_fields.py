"""Field names: a value under a key that names a kind (in JSON, YAML, .env, log fields, SQL
INSERT columns, CSV headers and Markdown tables, in any of the five languages) is that kind,
even when the value alone would be too weak to tell."""

from __future__ import annotations

import re

import pytest

from tests.redact.helpers import covers

# kind -> (keys in several languages and casings, a value that is weak on its own)
FIELDS = {
    "PHONE": (
        (
            "phone",
            "Telefon",
            "téléphone",
            "telefono",
            "telefoonnummer",
            "mobileNumber",
            "contact_phone",
        ),
        "4155550147",
    ),
    "EMAIL": (("email", "courriel", "correo", "emailAddress"), "ana.ruiz@example.es"),
    "NATIONAL_ID": (("ssn", "steuer_id", "bsn", "dni", "passport_number", "nino"), "X4821A93"),
    "SECRET": (
        (
            "password",
            "Passwort",
            "mot_de_passe",
            "wachtwoord",
            "DB_PASS",
            "client_secret",
            "REDIS_AUTH",
        ),
        "hunter2-Xy9!",
    ),
    "PERSON": (
        ("name", "full_name", "Vorname", "nombre", "naam", "customer", "contactName"),
        "Jana Nováková",
    ),
    "ADDRESS": (
        ("address", "Anschrift", "adresse", "direccion", "adres", "shipping_address"),
        "Hauptstr. 5, 10115 Berlin",
    ),
    "DATE_OF_BIRTH": (
        (
            "dob",
            "birthDate",
            "date_of_birth",
            "Geburtsdatum",
            "date_naissance",
            "fecha_nacimiento",
            "geboortedatum",
        ),
        "12.03.1985",
    ),
    "IP_ADDRESS": (("client_ip", "remote_addr", "ipAddress"), "2a00:1450:4001:82b::17"),
    "IBAN": (("iban", "bank_account", "rekeningnummer"), "NL91ABNA0417164300"),
    "CARD": (("card_number", "creditCard", "kartennummer"), "4539 1488 0343 6467"),
}
LAYOUTS = {
    "json": '{{"id": 7, "{k}": "{v}", "ok": true}}',
    "yaml": "id: 7\n{k}: {v}\nok: true\n",
    "yaml_quoted": "id: 7\n{k}: '{v}'\n",
    "env": '{K}="{v}"\nDEBUG=0\n',
    "log": '2024-03-12T10:22:01Z INFO update {k}="{v}" status=200',
    "form": "{k}: {v}\n",
    "markdown": "| field | value |\n|---|---|\n| {k} | {v} |\n",
    "sql": "INSERT INTO people (id, {k}, created) VALUES (7, '{v}', '2024-03-12');",
    "csv": 'id,{k},created\n7,"{v}",2024-03-12\n',
    "tsv": "id\t{k}\tcreated\n7\t{v}\t2024-03-12\n",
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize(
    ("kind", "key", "value"),
    [(kind, key, value) for kind, (keys, value) in FIELDS.items() for key in keys],
)
def test_value_under_a_key_naming_its_kind(layout, kind, key, value):
    env_key = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", key).upper()  # contactName -> CONTACT_NAME
    text = LAYOUTS[layout].format(k=key, K=env_key, v=value)
    assert covers(text, value, kind), text


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("file_name", "Report Final"),
        ("host_name", "Web Server"),
        ("username", "Blue Falcon"),  # a full name is redacted under any key (gazetteer)
        ("name", "build-tool"),
        ("status", "Not Found"),
        ("phone", "n/a"),
        ("password", "<redacted>"),
    ],
)
def test_keys_that_name_something_else_or_placeholders_are_kept(key, value):
    from tests.redact.helpers import untouched

    text = f'{{"{key}": "{value}"}}'
    assert untouched(text, value), text


@pytest.mark.parametrize(
    "key",
    ["customer_number", "orderId", "Kundennummer", "invoice_no", "numero_client", "klantnummer"],
)
@pytest.mark.parametrize("value", ["0612345678", "030 1234567", "06 12 34 56 78"])
def test_values_under_reference_number_keys_are_kept(key, value):
    """A field that names a reference (order, customer, invoice, ...) holds no phone number,
    however the value is written; the same value under a phone key still is one."""
    from tests.redact.helpers import untouched

    text = f'{{"{key}": "{value}", "phone": "{value}"}}'
    assert untouched(text, value), text
    assert covers(text[text.index('"phone"') :], value, "PHONE"), text
