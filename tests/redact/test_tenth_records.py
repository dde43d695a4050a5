"""Records of the tenth pass, each written from its rule:

- an SQL INSERT's typed literal (`DATE '1973-02-04'`, `TIMESTAMP '...'`) and prefixed string
  (`N'José'`, `E'...'`) hold their value in the quotes, under the column's name;
- a part of a multipart/form-data body is named by its `name="..."`;
- a tab-separated header pasted after its request on the same line (`Put this in a table:
  Name\\tDate of birth\\t...`) still names its columns, and a header row is no key and value;
- an anti-forgery token (csrf, xsrf, authenticity_token) is kept: it logs no one in.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, found, untouched

PEOPLE = (
    ("Marie-Claire Thomas", "mthomas@wanadoo.fr", "1977-09-16"),
    ("Vreni Gerber", "vgerber@example.ch", "1944-09-04"),
    ("José Álvarez", "jalvarez@example.es", "1990-01-31"),
)


@pytest.mark.parametrize("date_column", ("birthDate", "date_of_birth", "dob", "geburtsdatum"))
@pytest.mark.parametrize("literal", ("DATE '{d}'", "date '{d}'", "'{d}'"))
@pytest.mark.parametrize("string", ("'{s}'", "N'{s}'", "E'{s}'"))
def test_sql_typed_and_prefixed_literals(date_column: str, literal: str, string: str) -> None:
    rows = ",\n".join(
        f"  ({string.format(s=name)}, '{mail}', {literal.format(d=born)}, TIMESTAMP '2025-04-23 13:57:26')"
        for name, mail, born in PEOPLE
    )
    text = f"INSERT INTO customers (full_name, email, {date_column}, created_at) VALUES\n{rows};\n"
    for name, mail, born in PEOPLE:
        assert covers(text, name, "PERSON")
        assert covers(text, mail, "EMAIL")
        assert covers(text, born, "DATE_OF_BIRTH")
    assert untouched(text, "2025-04-23 13:57:26")


def _multipart(
    fields: dict[str, str], boundary: str = "----WebKitFormBoundary3fB044BEeGGaFe6g"
) -> str:
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
        for k, v in fields.items()
    ]
    return "".join(parts) + f"--{boundary}--\r\n"


@pytest.mark.parametrize(
    ("key", "value", "kind"),
    (
        ("first_name", "Erik", "PERSON"),
        ("last_name", "Forsberg", "PERSON"),
        ("birthdate", "11/09/1957", "DATE_OF_BIRTH"),
        ("date_of_birth", "1985-03-12", "DATE_OF_BIRTH"),
        ("email", "erik@example.se", "EMAIL"),
        ("iban", "DE89370400440532013000", "IBAN"),
    ),
)
@pytest.mark.parametrize("newline", ("\r\n", "\n"))
def test_form_data_part_named_by_its_name(key: str, value: str, kind: str, newline: str) -> None:
    text = _multipart({"newsletter": "1", key: value, "submitted": "2025-08-31"}).replace(
        "\r\n", newline
    )
    assert covers(text, value, kind)
    assert untouched(text, "2025-08-31")


def test_form_data_part_with_its_own_headers() -> None:
    text = (
        '--b\r\nContent-Disposition: form-data; name="last_name"\r\nContent-Type: text/plain; charset=utf-8\r\n'
        "\r\nForsberg\r\n--b--\r\n"
    )
    assert covers(text, "Forsberg", "PERSON")


@pytest.mark.parametrize(
    "request_words",
    (
        "Vat dit samen aub:",
        "Put this in a table:",
        "Peux-tu mettre ça en tableau ?",
        "Resume esto, por favor:",
    ),
)
def test_tab_header_after_its_request(request_words: str) -> None:
    text = (
        f"{request_words} Name\tDate of birth\tIBAN\tAmount\n"
        "Luke Kort\t27/08/1957\tNL91ABNA0417164300\t12.141,04 EUR\n"
        "Lot Wilmont\t14/06/1963\tNL91ABNA0417164300\t9.000,54 EUR\n"
    )
    assert covers(text, "27/08/1957", "DATE_OF_BIRTH")
    assert covers(text, "14/06/1963", "DATE_OF_BIRTH")
    assert covers(text, "Lot Wilmont", "PERSON")
    assert not [v for k, v in found(text) if k == "PERSON" and "Date of birth" in v]


@pytest.mark.parametrize(
    "key", ("csrf_token", "csrfmiddlewaretoken", "authenticity_token", "_csrf", "xsrf_token")
)
@pytest.mark.parametrize("frame", ("{k}: {v}\n", "{k}={v}\n", '"{k}": "{v}"', "[{k}] => {v}\n"))
def test_anti_forgery_token_is_kept(key: str, frame: str) -> None:
    value = "952fec77c7bbbf27eb56ae1c0352db34e8c192ac98d1588248cabb2460d29c02"
    text = frame.format(k=key, v=value)
    assert untouched(text, value)


def test_anti_forgery_token_in_a_form_part_is_kept() -> None:
    value = "952fec77c7bbbf27eb56ae1c0352db34e8c192ac98d1588248cabb2460d29c02"
    text = _multipart({"csrf_token": value, "email": "erik@example.se"})
    assert untouched(text, value)
    assert covers(text, "erik@example.se", "EMAIL")


@pytest.mark.parametrize("key", ("api_token", "access_token", "session_token", "auth_token"))
def test_other_tokens_are_still_secrets(key: str) -> None:
    value = "952fec77c7bbbf27eb56ae1c0352db34e8c192ac98d1588248cabb2460d29c02"
    assert covers(f"{key}: {value}\n", value, "SECRET")
