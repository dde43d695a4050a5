"""Address families of the ninth pass (issue 11), each written from its rule, with the
look-alikes each rule must keep.

- A postcode of digits alone before an ASCII town in English text (Croatia, Slovenia, Serbia,
  Hungary, Switzerland, Austria): the street named by an adjective or possessive (Vukovarska,
  Knez Mihailova, Ilica), the country after the town, a form's label in the country's language,
  or street and town as the lines of an address block.
- Belgian and Danish four-digit postcodes that read as years: after a street with a street word
  of those countries, or with the country after the town, or after an address word.
- Compound English streets (Kingsway, Eastcheap) with a house number, before a town and postcode.
- US and UK addresses all in lower case: number, street word, town, postcode or state and ZIP.
- Israel in Latin script: Rehov/Sderot/Derech first or `St` before the number; the town, then the
  seven-digit postcode (no phone number).
- Thailand in Latin script: Moo, Soi, Thanon, Tambon, Amphoe, Khet parts, house number first or
  the five-digit postcode last.
"""

from __future__ import annotations

import itertools

import pytest

from consentry.redact.kinds import Kind
from tests.redact.helpers import covers, found, untouched

# street names shaped as the countries name them (adjective, possessive, or with its word)
CE_STREETS = (
    "Vukovarska",
    "Knez Mihailova",
    "Ilica",
    "Jelačićeva",
    "Slovenska cesta",
    "Palmotićeva",
)
CE_TOWNS = (
    ("10000", "Zagreb"),
    ("21000", "Split"),
    ("11000", "Beograd"),
    ("1000", "Ljubljana"),
    ("1061", "Budapest"),
    ("8001", "Zurich"),
    ("1060", "Wien"),
)
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
            itertools.product(CE_STREETS, CE_TOWNS),
            itertools.cycle(NUMBERS),
            itertools.cycle(PROSE),
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
    for text in (
        f"Deliver to {street}, {town} by noon.",
        f"{street}, {town}",
        f"Address: {street}, {town}, Belgium",
    ):
        assert covers(text, f"{street}, {town}", Kind.ADDRESS), text


@pytest.mark.parametrize("street", ["Meir 50", "Groenplaats 3", "Nytorv 2"])
def test_year_like_postcode_with_the_country_or_an_address_word(street):
    for text in (f"{street}, 2000 Antwerpen, Belgium", f"Adres: {street}, 2000 Antwerpen"):
        assert covers(text, f"{street}, 2000 Antwerpen", Kind.ADDRESS), text


# Compound street names, the street word grown into the name, before a town and its postcode
COMPOUNDS = (
    "Kingsway",
    "Eastcheap",
    "Parkside",
    "Moorgate",
    "Broadway",
    "Cheapside",
    "Southwark Bridge",
)
UK_US_TOWNS = ("London WC2B 6TP", "Cambridge CB1 1JE", "New York, NY 10004", "Leeds LS1 4DY")


@pytest.mark.parametrize(("street", "town"), list(itertools.product(COMPOUNDS, UK_US_TOWNS)))
def test_compound_street_without_a_street_word_before_town_and_postcode(street, town):
    address = f"14 {street}, {town}"
    for text in (f"Our office moved to {address} last year.", f"{address}", f"Flat 2, {address}"):
        assert covers(text, address, Kind.ADDRESS), text


@pytest.mark.parametrize(
    "text",
    ["Top 10 Broadways of 2020, London WC2B 6TP edition", "Order 65 Items, London WC2B 6TP"],
)
def test_a_number_and_a_plain_word_before_a_postcode_is_kept(text):
    assert untouched(text, text.split(",")[0].split()[-1])


# US and UK addresses typed all in lower case: number, street with its street word, town and
# postcode (or state and ZIP)
LOWER_STREETS = (
    "221b baker street",
    "742 evergreen terrace",
    "35 oak lane",
    "12 high st",
    "1600 pennsylvania ave nw",
)
LOWER_TOWNS = ("london nw1 6xe", "springfield, il 62704", "austin, tx 78701", "oxford ox1 4ag")


@pytest.mark.parametrize(("street", "town"), list(itertools.product(LOWER_STREETS, LOWER_TOWNS)))
def test_lower_case_us_and_uk_addresses(street, town):
    address = f"{street}, {town}"
    for text in (f"{address}", f"jane doe, {address}, 555-0100", f"ok so it's {address} i think"):
        assert covers(text, address, Kind.ADDRESS), text


@pytest.mark.parametrize(
    "text",
    [
        "we sold 65 items, london sw1a 1aa office",
        "ran 5 tests, in 12345 ms",
        "got 3 votes, ok 73301",
    ],
)
def test_lower_case_numbers_before_a_town_like_tail_are_kept(text):
    assert untouched(text, text.split(",")[0].split()[-2])


# Israel in Latin script: the street word first (Rehov, Sderot, Derech) or `St` with the number
# after it; the town, then seven digits (the postcode, not a phone), maybe the country
IL_STREETS = (
    "Rehov Herzl 15",
    "Sderot Rothschild 22",
    "Derech Menachem Begin 132",
    "Herzl St 15",
    "Rechov Yafo 97",
)
IL_TOWNS = (
    "Tel Aviv 6473925",
    "Tel Aviv-Yafo 6688218",
    "Jerusalem 9434209",
    "Haifa 3303122, Israel",
)


@pytest.mark.parametrize(("street", "town"), list(itertools.product(IL_STREETS, IL_TOWNS)))
def test_israeli_addresses_in_latin_script(street, town):
    address = f"{street}, {town}"
    for text in (f"Please ship to {address}.", f"Dana Levi, {address}"):
        assert covers(text, address, Kind.ADDRESS), text
        assert not any(k == Kind.PHONE for k, _ in found(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Call John Smith 5551234 today",
        "Tel: 5551234",
        "Kontakt: Dana Levi, tel 5551234",
        "Office 3, Tel 5551234",
        "Apt 4, Phone 5551234",
        "Suite 12, Mobile 5551234",
    ],
)
def test_seven_digits_without_a_street_and_town_stay_phones(text):
    assert covers(text, "5551234", Kind.PHONE), text


# Thailand in Latin script: house number, village (Moo), lane (Soi), road (Thanon),
# sub-district (Tambon, Khwaeng), district (Amphoe, Khet), province, five-digit postcode
TH = (
    "99/1 Moo 3, Tambon Nong Prue, Amphoe Bang Lamung, Chon Buri 20150",
    "55 Soi Sukhumvit 11, Khlong Toei Nuea, Watthana, Bangkok 10110",
    "456 Thanon Silom, Khwaeng Suriyawong, Khet Bang Rak, Bangkok 10500",
    "12/3 Moo 5 Tambon Chalong, Amphoe Mueang Phuket, Phuket 83130, Thailand",
    "Soi Ari 4, Phaya Thai, Bangkok 10400",
)


@pytest.mark.parametrize("address", TH)
def test_thai_addresses_in_latin_script(address):
    for text in (address, f"Hotel address: {address}", f"send the visa docs to {address} please"):
        assert covers(text, address, Kind.ADDRESS), text


@pytest.mark.parametrize(
    "text",
    [
        "The bar is on Soi 11, very loud.",
        "We walked down Soi Cowboy at night",
        "Moo Deng is a baby hippo",
    ],
)
def test_thai_words_alone_are_kept(text):
    assert not any(k == Kind.ADDRESS for k, _ in found(text)), text
