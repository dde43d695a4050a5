"""Look-alike families of the eleventh pass, each written from the public convention that makes
it no one's data:

- an e-mail address at a domain reserved for examples and tests (RFC 2606, RFC 6761:
  example.com/.net/.org and their subdomains, the top-level domains .example, .test, .invalid,
  .localhost) is kept, however the '@' is written; the same local part at any other domain is
  found;
- a loopback or unspecified address (127.0.0.0/8, ::1, 0.0.0.0) is kept; private, documentation
  and public addresses are still found;
- a card number that card networks and processors publish for testing is kept in any grouping;
  the next Luhn-valid number of the same network is found;
- AWS's documented example credentials (ending in EXAMPLE / EXAMPLEKEY) are kept; a key of the
  same shape is found;
- a message identifier in a mail header (RFC 5322 3.6.4: Message-ID, In-Reply-To, References)
  is written like an address but names a message, not a mailbox;
- a reference to where a secret is kept (an environment lookup, `vault:...`, `env:...`,
  1Password's `op://...`) is no secret;
- `ID no.` / `ID-Nr.` as a label of its own abbreviates "ID number", a cue for every checked id;
  after another word (`Order ID no.`) it is that word's id;
- a `name` field whose value is an HTTP field name (the IANA registry's, any `X-` or `Sec-`
  field, HTTP/2 pseudo-headers) names a header in a HAR file or an API dump, not a person; the
  same field holding a person's name is still found.
"""

from __future__ import annotations

import pytest

from consentry.redact import validators as v
from tests.redact.helpers import covers, untouched

RESERVED_DOMAINS = (
    "example.com",
    "example.net",
    "example.org",
    "mail.example.com",
    "yourcompany.example",
    "ci.test",
    "nowhere.invalid",
    "dev.localhost",
)
WRITINGS = ("{l}@{d}", "{l}%40{d}", "{l}&#64;{d}", "{l} [at] {d}", "{l}(at){d}")


@pytest.mark.parametrize("domain", RESERVED_DOMAINS)
@pytest.mark.parametrize("writing", WRITINGS)
def test_address_at_a_reserved_domain_is_kept(domain: str, writing: str) -> None:
    address = writing.format(l="jane.doe", d=domain)
    for text in (f"Send it to {address} please.", f'  "email": "{address}",\n'):
        assert untouched(text, address)


@pytest.mark.parametrize("domain", ("example.de", "examples.com", "myexample.org", "test.com"))
@pytest.mark.parametrize("writing", WRITINGS)
def test_address_at_any_other_domain_is_found(domain: str, writing: str) -> None:
    address = writing.format(l="jane.doe", d=domain)
    assert covers(f"Send it to {address} please.", address, "EMAIL")


@pytest.mark.parametrize("address", ("127.0.0.1", "127.3.9.200", "0.0.0.0", "::1", "[::1]"))
def test_loopback_and_unspecified_addresses_are_kept(address: str) -> None:
    for text in (f"listening on {address} port 8080", f"bind_address: {address}\n"):
        assert untouched(text, address)


@pytest.mark.parametrize(
    "address",
    (
        "10.0.12.7",  # private networks (RFC 1918, RFC 4193)
        "192.168.1.20",
        "172.16.4.2",
        "fd12:3456:789a::1",
        "fe80::1",  # link-local
        "100.64.3.9",  # carrier-grade NAT (RFC 6598)
        "203.0.113.9",  # documentation (RFC 5737, RFC 3849)
        "198.51.100.23",
        "192.0.2.1",
        "2001:db8::17",
        "8.8.4.4",  # public resolvers
        "1.1.1.1",
        "2606:4700:4700::1111",
        "9.9.9.9",
    ),
)
def test_addresses_that_point_at_no_one_are_kept(address: str) -> None:
    for text in (f"the client at {address} retried", f"nameserver {address}\n"):
        assert untouched(text, address)


@pytest.mark.parametrize(
    "address", ("81.2.69.160", "185.23.77.14", "31.13.72.36", "2a00:1450:4001:82b::200e")
)
def test_global_addresses_are_found(address: str) -> None:
    text = f"the client at {address} retried"
    assert covers(text, address, "IP_ADDRESS")


def _groupings(number: str) -> tuple[str, ...]:
    fours = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return (number, fours, fours.replace(" ", "-"))


def _next_valid(number: str) -> str:
    """The next number of the same length and prefix that passes Luhn and is no test number."""
    n = int(number)
    while True:
        n += 1
        s = str(n)
        if v.luhn_ok(s) and s not in v.PUBLISHED_TEST_CARDS:
            return s


@pytest.mark.parametrize("number", sorted(v.PUBLISHED_TEST_CARDS))
def test_published_test_cards_are_kept(number: str) -> None:
    for written in _groupings(number):
        for text in (f"Use the test card {written}, any CVC.", f"card_number: {written}\n"):
            assert untouched(text, written)


@pytest.mark.parametrize("number", sorted(v.PUBLISHED_TEST_CARDS))
def test_a_card_next_to_a_test_number_is_found(number: str) -> None:
    real = _next_valid(number)
    text = f"I paid with {real} yesterday."
    assert covers(text, real, "CARD")


@pytest.mark.parametrize(
    "example",
    ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
)
def test_aws_documented_example_credentials_are_kept(example: str) -> None:
    text = f"aws_access_key_id = {example}\naws_secret_access_key = {example}\n"
    assert untouched(text, example)


def test_a_key_of_the_same_shape_is_found() -> None:
    text = "aws_access_key_id = AKIAZ3MSJV4WWNKWW5FF\n"
    assert covers(text, "AKIAZ3MSJV4WWNKWW5FF", "SECRET")


@pytest.mark.parametrize("header", ("Message-ID", "In-Reply-To", "References", "Content-ID"))
@pytest.mark.parametrize(
    "msg_id",
    ("c48d6fe0-8e63-4b70-ae09-9c19b1bb6963@mail.gmail.com", "20261207.1412.ab12@mx.posteo.de"),
)
def test_a_message_identifier_is_no_mailbox(header: str, msg_id: str) -> None:
    text = f"From: Lea Hoffmann <lea38@free.fr>\n{header}: <{msg_id}>\nCc: jan.novak@seznam.cz\n"
    assert untouched(text, msg_id)
    assert covers(text, "lea38@free.fr", "EMAIL")
    assert covers(text, "jan.novak@seznam.cz", "EMAIL")


@pytest.mark.parametrize(
    "reference",
    (
        "os.environ['API_KEY']",
        'os.environ["API_KEY"]',
        "os.getenv('API_KEY')",
        "vault:secret/data/app#password",
        "env:STRIPE_KEY",
        "op://prod/db/password",
    ),
)
@pytest.mark.parametrize("layout", ("api_key: {r}\n", "GITHUB_TOKEN={r}\n", 'password = "{r}"\n'))
def test_a_reference_to_a_secret_is_kept(reference: str, layout: str) -> None:
    text = layout.format(r=reference)
    assert untouched(text, reference)


@pytest.mark.parametrize("layout", ("api_key: {r}\n", "GITHUB_TOKEN={r}\n", 'password = "{r}"\n'))
def test_a_secret_that_starts_like_a_reference_is_found(layout: str) -> None:
    value = "envAx9!kQ2zzP"
    assert covers(layout.format(r=value), value, "SECRET")


def test_a_references_label_before_a_plain_address_is_no_header() -> None:
    text = "Referees:\n\nReferences: Siobhan Hughes, siobhan.hughes@o2.pl\n"
    assert covers(text, "siobhan.hughes@o2.pl", "EMAIL")


# Ids whose check passes by chance one time in ten need a cue; "ID no." / "ID-Nr." abbreviate
# "ID number", a cue for every id, when they are a label of their own.
CUE_NEEDING_IDS = ("84031772837", "65929970489", "210786-8326", "926 316 6277")


@pytest.mark.parametrize("value", CUE_NEEDING_IDS)
@pytest.mark.parametrize("label", ("3. ID no. {v}\n4. Address", "ID-Nr.: {v}", "ID No {v}"))
def test_an_id_after_the_abbreviated_id_number_label_is_found(label: str, value: str) -> None:
    text = label.format(v=value)
    assert covers(text, value, "NATIONAL_ID")


@pytest.mark.parametrize("value", CUE_NEEDING_IDS)
@pytest.mark.parametrize("label", ("Order ID no. {v}", "Kunden-ID-Nr. {v}", "Ticket ID no {v}"))
def test_another_words_id_number_is_no_national_id(label: str, value: str) -> None:
    text = label.format(v=value)
    assert not covers(text, value, "NATIONAL_ID")


HEADERS = ("Set-Cookie", "Content-Type", "User-Agent", "Accept-Encoding", "X-Request-Id",
           "sec-ch-ua-platform", ":authority", "Referer", "Host")  # fmt: skip
LAYOUTS = (
    '{{"name": "{h}", "value": "v1"}}',
    "{{'name': '{h}', 'value': 'v1'}}",
    '  - name: "{h}"\n    value: v1',
)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("header", HEADERS)
def test_a_name_field_holding_an_http_header_is_no_person(layout, header):
    assert untouched(layout.format(h=header), header)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_name_field_holding_a_person_is_still_found(layout):
    text = layout.format(h="Jean-Pierre Dubois")
    assert covers(text, "Jean-Pierre Dubois", "PERSON")
