"""Look-alikes are kept: order and ticket numbers, HTTP status phrases, access-log status and
byte counts, code that looks like IPv6, timestamps and versions, in every layout."""

from __future__ import annotations

import pytest

from tests.redact.helpers import untouched

LOOKALIKES = (
    "order #48213344",
    "Bestellung 4821-3344",
    "commande n° 48213344",
    "pedido 2024-48213",
    "bestelnummer 0482133447",
    "ticket INC0048213",
    "JIRA-4821",
    "404 Not Found",
    "503 Service Unavailable",
    "502 Bad Gateway",
    "std::vector<int>",
    "a::b::c",
    "dead:beef:cafe",
    "Foo::Bar::baz",
    "ab:cd:ef:01",
    "2024-03-15T10:22:33Z",
    "15.03.2024 10:22",
    "1710498153",
    "2024-03-15 10:22:33.123",
    "v2.14.3",
    "10.0.19045.3803",
    "3.11.4",
    "4.2.0-rc1",
    "1.234,56 €",
    "$1,234.56",
    "550e8400-e29b-41d4-a716-446655440000",
    "9f86d081884c",
)
LAYOUTS = (
    "{v}",
    "Update: {v}, see above.",
    '{{"ref": "{v}", "ok": true}}',
    "ref: {v}\n",
    "REF={v}\n",
    "2024-03-12T10:22:01Z INFO job done ref={v} took=35ms",
    "INSERT INTO log (ref, n) VALUES ('{v}', 3);",
    "ref,n\n{v},3\n",
    "| ref | {v} |",
    "x = parse('{v}')  # check",
)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("value", LOOKALIKES)
def test_lookalike_is_kept(layout, value):
    text = layout.format(v=value)
    assert untouched(text, value), text


@pytest.mark.parametrize("status", [200, 206, 302, 404, 500])
@pytest.mark.parametrize("size", [15, 5123, 483920])
def test_access_log_line_keeps_status_and_size(status, size):
    text = f'10.1.2.3 - - [12/Mar/2024:10:22:33 +0000] "POST /api/v1/items HTTP/2.0" {status} {size} "-" "curl/8.0"'
    assert untouched(text, f"{status} {size}"), text


@pytest.mark.parametrize(
    "text",
    [
        "version 4.2.0.1",
        '"version": "7.6.9.174"',
        "see section 4.2.1.3",
        "§ 3.1.4.1 applies",
        "OID 2.5.4.3",
        "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0.0.0 Safari/537.36",
        "pip install foo==1.2.3.4",
    ],
)
def test_dotted_quads_that_are_versions_sections_or_oids_are_kept(text):
    from tests.redact.helpers import found

    assert not any(kind == "IP_ADDRESS" for kind, _v in found(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "customer number 0612345678",
        "Kundennummer: 030 1234567",
        "numéro client 06 12 34 56 78",
        "klantnummer 0612345678",
        "Order number: 06 12 34 56 78",
        "booking ref 0201234567",
        "IBAN DE89 3704 0044 0532 0130 02",  # a wrong check digit: not an IBAN and not a phone
        "card 4111 1111 1111 1112",  # fails Luhn: not a card and not a phone
    ],
)
def test_account_numbers_and_failed_checks_are_not_phones(text):
    from tests.redact.helpers import found

    assert not any(kind == "PHONE" for kind, _v in found(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "the Spring 2024 release",
        "open Notepad 2 then",
        "Im Jahr 2024 haben wir",
        "Plaza 2019 edition",
    ],
)
def test_words_ending_like_streets_and_years_are_not_addresses(text):
    from tests.redact.helpers import found

    assert not any(kind == "ADDRESS" for kind, _v in found(text)), text
