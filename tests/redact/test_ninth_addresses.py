"""Address families of the ninth pass (issue 11), each written from its rule, with the
look-alikes each rule must keep.

- A postcode of digits alone before an ASCII town in English text (Croatia, Slovenia, Serbia,
  Hungary, Switzerland, Austria): the street named by an adjective or possessive (Vukovarska,
  Knez Mihailova, Ilica), the country after the town, a form's label in the country's language,
  or street and town as the lines of an address block.
- Belgian and Danish four-digit postcodes that read as years: after a street with a street word
  of those countries, or with the country after the town, or after an address word.
"""

from __future__ import annotations

import itertools

import pytest

from consentry.redact.kinds import Kind
from tests.redact.helpers import covers, untouched

# street names shaped as the countries name them (adjective, possessive, or with its word)
CE_STREETS = ("Vukovarska", "Knez Mihailova", "Ilica", "Jelačićeva", "Slovenska cesta", "Palmotićeva")
CE_TOWNS = (("10000", "Zagreb"), ("21000", "Split"), ("11000", "Beograd"), ("1000", "Ljubljana"),
            ("1061", "Budapest"), ("8001", "Zurich"), ("1060", "Wien"))
NUMBERS = ("6", "58", "12a", "135")
PROSE = (
    "Please ship the parcel to {a} before Friday.",
    "Her address is {a}.",
    "{a}",
    "Customer: Ana Horvat\n{a}\nPhone on file.",
)


@pytest.mark.parametrize(
    ("street", "num", "town", "frame"),
    [
        (s, n, t, f)
        for (s, t), n, f in zip(
            itertools.product(CE_STREETS, CE_TOWNS), itertools.cycle(NUMBERS), itertools.cycle(PROSE)
        )
    ],
)
def test_digits_only_postcode_after_a_street_named_in_the_countrys_shape(street, num, town, frame):
    address = f"{street} {num}, {town[0]} {town[1]}"
    text = frame.format(a=address)
    assert covers(text, address, Kind.ADDRESS), text


# a street name of any shape with the country after the town, or a form's label before it
PLAIN_STREETS = ("Meir", "Bahnhofplatz", "Dunajska", "Andrassy", "Kralja Tomislava")
TAILS = (
    ("{s} 7, 10000 Zagreb, Croatia", "Zagreb"),
    ("{s} 7, 1000 Ljubljana, Slovenia", "Ljubljana"),
    ("{s} 7, 11000 Beograd, Serbia", "Beograd"),
    ("{s} 7, 1051 Budapest, Hungary", "Budapest"),
    ("Adresa: {s} 7, 10000 Zagreb", "Zagreb"),
    ("Naslov: {s} 7, 2000 Maribor", "Maribor"),
    ("Cím: {s} 7, 1051 Budapest", "Budapest"),
)


@pytest.mark.parametrize(("street", "tail"), list(itertools.product(PLAIN_STREETS, TAILS)))
def test_digits_only_postcode_with_the_country_after_or_a_label_before(street, tail):
    text = "Send the contract to this address. " + tail[0].format(s=street)
    assert covers(text, f"{street} 7", Kind.ADDRESS), text
    assert covers(text, tail[1], Kind.ADDRESS), text


@pytest.mark.parametrize(("street", "town"), list(itertools.product(CE_STREETS[:3], CE_TOWNS[:4])))
def test_an_address_block_street_line_then_postcode_and_town_line(street, town):
    text = f"Ana Horvat\n{street} 4\n{town[0]} {town[1]}\nCroatia"
    assert covers(text, f"{street} 4\n{town[0]} {town[1]}", Kind.ADDRESS), text


# English labels before a number, then a count of capitalised things: no address
LABELS = ("Chapter", "Table", "Level", "Figure", "Step", "Version", "Season", "Volume", "Appendix")
COUNTS = ("1000 Words", "1200 Rows", "2500 Samples", "10000 Users", "2019 Winners", "2024 Release")


@pytest.mark.parametrize(("label", "count"), list(itertools.product(LABELS, COUNTS)))
def test_english_label_number_then_count_is_kept(label, count):
    for text in (f"See {label} 3, {count} in the report.", f"{label} 3\n{count}"):
        assert untouched(text, count.split()[0]), text


# Belgian and Danish postcodes that read as years, after a street word of those countries
BE_DK = (
    ("Stationsstraat 12", "2000 Antwerpen"),
    ("Frankrijklei 12", "2018 Antwerpen"),
    ("Rue Haute 4", "2000 Antwerpen"),
    ("Strandvejen 100", "2030 Klampenborg"),
    ("Hovedgaden 5", "2020 Vejle"),
    ("Vestergade 12", "2000 Frederiksberg"),
    ("Kongevejen 3", "2000 Frederiksberg"),
)


@pytest.mark.parametrize(("street", "town"), BE_DK)
def test_year_like_postcode_after_a_belgian_or_danish_street_word(street, town):
    for text in (f"Deliver to {street}, {town} by noon.", f"{street}, {town}", f"Office: {street}, {town}, Belgium"):
        assert covers(text, f"{street}, {town}", Kind.ADDRESS), text


@pytest.mark.parametrize("street", ["Meir 50", "Groenplaats 3", "Nytorv 2"])
def test_year_like_postcode_with_the_country_or_an_address_word(street):
    for text in (f"{street}, 2000 Antwerpen, Belgium", f"Adres: {street}, 2000 Antwerpen"):
        assert covers(text, f"{street}, 2000 Antwerpen", Kind.ADDRESS), text
