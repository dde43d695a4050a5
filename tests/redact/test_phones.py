"""Phones: a number written with its country's usual separators, or none, next to a cue word
in that language, is a phone number; the same digits after an order, ticket or invoice word,
or as an HTTP status and byte count, are not."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, untouched

# (language, cue words, national numbers of that country in its usual groupings)
NATIONAL = {
    "en": (
        ("call me on", "phone:", "my cell is"),
        ("(212) 555-0147", "212-555-0147", "020 7946 0958", "07700 900123", "2125550147"),
    ),
    "de": (
        ("ruf mich an unter", "Telefon:", "Handy"),
        ("030 12345678", "030/1234567", "0151 23456789", "089-1234 5678", "015123456789"),
    ),
    "fr": (
        ("appelez-moi au", "téléphone :", "portable"),
        ("06 12 34 56 78", "06.12.34.56.78", "01-42-68-53-00", "0612345678"),
    ),
    "es": (
        ("llámame al", "teléfono:", "móvil"),
        ("612 345 678", "91 123 45 67", "612-345-678", "612345678"),
    ),
    "nl": (
        ("bel me op", "telefoon:", "mobiel"),
        ("06-12345678", "020 123 4567", "06 12 34 56 78", "0612345678"),
    ),
}
INTERNATIONAL = (
    "+49 30 12345678",
    "+33 6 12 34 56 78",
    "0034 612 345 678",
    "+31 (0)20 123 4567",
    "+1-212-555-0147",
    "+44 7700 900123",
)


@pytest.mark.parametrize(
    ("lang", "cue", "number"),
    [(lang, cue, num) for lang, (cues, nums) in NATIONAL.items() for cue in cues for num in nums],
)
def test_national_number_next_to_a_cue_word_is_a_phone(lang, cue, number):
    text = f"{cue} {number} — ok"
    assert covers(text, number, "PHONE"), (lang, text)


@pytest.mark.parametrize("number", INTERNATIONAL)
@pytest.mark.parametrize("frame", ["{n}", "Kontakt: {n}.", "reach me at {n} after 5pm", '"{n}"'])
def test_international_number_stands_alone(number, frame):
    text = frame.format(n=number)
    assert covers(text, number, "PHONE"), text


@pytest.mark.parametrize(
    "word",
    [
        "order",
        "Bestellung",
        "commande",
        "pedido",
        "bestelling",
        "invoice",
        "Rechnung",
        "facture",
        "factura",
        "factuur",
        "ticket",
        "case",
        "Vorgang",
        "dossier",
        "expediente",
        "zaak",
    ],
)
@pytest.mark.parametrize("digits", ["48213344", "4821-3344", "482 133 4471", "0482133447"])
def test_number_after_an_order_or_ticket_word_is_kept(word, digits):
    text = f"Re: {word} {digits} was shipped"
    assert untouched(text, digits), text


@pytest.mark.parametrize("status", [200, 204, 301, 304, 404, 500, 503])
@pytest.mark.parametrize("size", [0, 512, 5123, 48213, 1048576])
def test_status_and_byte_count_of_an_access_log_is_kept(status, size):
    pair = f"{status} {size}"
    text = f'203.0.113.9 - - [12/Mar/2024:10:22:33 +0000] "GET /a HTTP/1.1" {pair} "-"'
    assert untouched(text, pair), text


@pytest.mark.parametrize(
    "value",
    ["2024-03-15", "15.03.2024", "03/15/2024", "1.234.567", "19.99", "v2.14.3", "1710498153"],
)
def test_dates_amounts_versions_and_unix_times_are_not_phones(value):
    text = f"released {value}, see the log"
    assert untouched(text, value), text
