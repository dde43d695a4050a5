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
