"""Addresses by country convention: the house number before the street (US, UK, France) or
after it (Germany, the Netherlands, Spain, Italy), with ordinals, abbreviations, units and
the postcode and town that follow in that country's order."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers

NUMBER_FIRST = [
    "742 Evergreen Terrace",
    "350 5th Ave",
    "1600 Pennsylvania Avenue NW",
    "221B Baker Street",
    "17 W 42nd St., Apt 5B",
    "8 Queen's Road",
    "12 bis, rue de la Paix",
    "5 avenue des Champs-Élysées",
    "3 bd Voltaire",
    "48 quai de la Tournelle",
]
NUMBER_AFTER = [
    "Berliner Straße 12a",
    "Hauptstr. 5",
    "Am Markt 3",
    "Lindenallee 4",
    "Unter den Linden 77",
    "Keizersgracht 123-H",
    "Laan van Meerdervoort 50",
    "Kerkstraat 7",
    "Calle de Alcalá, 45",
    "Avda. de la Constitución 12, 3º B",
    "C/ Mayor 7",
    "Via Giuseppe Garibaldi 21",
    "Piazza Navona, 5",
]
TOWNS = {
    "us": ", Springfield, IL 62704",
    "uk": ", London SW1A 1AA",
    "eu": ", 10115 Berlin",
    "nl": ", 1017 AB Amsterdam",
    "none": "",
}
FRAMES = ("Ship to {a}.", "Meine Adresse: {a}\nDanke", "j'habite au {a}, merci", '"{a}"', "{a}")


@pytest.mark.parametrize("street", NUMBER_FIRST + NUMBER_AFTER)
@pytest.mark.parametrize("frame", FRAMES)
def test_street_and_house_number_in_any_order(street, frame):
    text = frame.format(a=street)
    assert covers(text, street, "ADDRESS"), text


@pytest.mark.parametrize(
    "street", ["742 Evergreen Terrace", "Berliner Straße 12a", "12 rue de la Paix", "Calle Mayor 7"]
)
@pytest.mark.parametrize("town", list(TOWNS))
def test_postcode_and_town_belong_to_the_address(street, town):
    address = street + TOWNS[town]
    text = f"Lieferung an {address} bitte"
    assert covers(text, address, "ADDRESS"), text
