"""Address families of the eighth pass (issue 11), each written from its rule: rows of a CSV or
TSV file with no header (the street's cell, then the postcode's and the town's cells), India's
doors, plots, sectors and numbered roads, Japanese and Korean block addresses in Latin script,
street words of Northern, Central and Eastern Europe and Turkey, Colombia's `Cl.`, Italian
`via` in lower case with its CAP. Look-alikes of each family stay untouched."""

from __future__ import annotations

import pytest

from consentry.redact.kinds import Kind
from tests.redact.helpers import covers, untouched

# A header-less row: the street's cell (any convention), then postcode and town, or town,
# state and postcode, between any delimiter, maybe quoted (CSV, TSV, SQL values).
STREETS = ("12 Main Street", "Hauptstraße 5", "rue de la Paix 3", "Via Roma 12", "45 Queen's Road")
TAILS = (
    ("{d}{q}SW1A 1AA{q}{d}{q}London{q}", "SW1A 1AA{q}{d}{q}London"),
    ("{d}{q}10115{q}{d}{q}Berlin{q}", "10115{q}{d}{q}Berlin"),
    ("{d}{q}Springfield{q}{d}{q}IL{q}{d}{q}62704{q}", "Springfield{q}{d}{q}IL{q}{d}{q}62704"),
    ("{d}{q}1012 LG{q}{d}{q}Amsterdam{q}", "1012 LG{q}{d}{q}Amsterdam"),
)
DELIMITERS = ((",", ""), (";", ""), ("\t", ""), (",", '"'), (", ", "'"))
ROWS = [
    (street, tail, d, q)
    for street in STREETS[:1] + STREETS[1:2]
    for tail in TAILS
    for d, q in DELIMITERS
]


@pytest.mark.parametrize(("street", "tail", "d", "q"), ROWS)
def test_row_street_postcode_town_cells_are_one_address(street, tail, d, q):
    row_tail, covered = tail
    text = f"1{d}{q}Jane Doe{q}{d}{q}{street}{q}" + row_tail.format(d=d, q=q) + f"{d}{q}x@y.io{q}"
    whole = street + q + covered.format(d=d, q=q)[len(q) * 0 :]
    assert covers(text, street, Kind.ADDRESS), text
    assert covers(text, covered.format(d=d, q=q), Kind.ADDRESS), (text, whole)


@pytest.mark.parametrize(
    "street", ["12 Main Street", "1839 boulevard de Thibault", "131 Park Ave Suite 207"]
)
def test_street_cell_after_a_comma_with_no_space(street):
    text = f"9c66d01320f82b416fe84011c43bddefaf9e09f,{street},(201) 889-1624"
    assert covers(text, street, Kind.ADDRESS), text


@pytest.mark.parametrize(
    "text",
    [
        "12 Main Street,2024,London",  # a year's cell is no postcode
        "Total 1,234 Main Street Capital shares",  # a thousands separator, not a cell
    ],
)
def test_row_lookalikes(text):
    if "2024" in text:
        assert untouched(text, "2024,London")
    else:
        assert untouched(text, "1,234")


# India: a door, house, plot or flat first, then building, block, sector, phase or numbered
# road parts, a locality, the town and maybe the state, then the PIN.
INDIA = [
    "H.No. 8-2-293/82/A, Road No. 12, Banjara Hills, Hyderabad 500034",
    "Plot 4, Sector 21, Gurugram, Haryana 122016",
    "House No. 123, Sector 15, Chandigarh 160015",
    "Flat 302, Tower B, DLF Phase 2, Gurgaon 122002",
    "C-45, Sector 62, Noida 201301",
    "A-12, Vasant Vihar, New Delhi 110057",
    "Plot No. 7, Sector 18, Vashi, Navi Mumbai 400703",
    "H.No. 2-1-45, Nallakunta, Hyderabad, Telangana 500044",
    "Sector 17, Chandigarh - 160017",
]


@pytest.mark.parametrize("address", INDIA)
def test_india_door_and_sector_addresses(address):
    assert covers(f"Please deliver to {address}. Thanks", address, Kind.ADDRESS)


# Japan and Korea in Latin script: a block number and a ward, city or road with its suffix.
EAST_ASIA = [
    "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "2-21-1 Shibuya, Shibuya-ku, Tokyo 150-8510, Japan",
    "〒530-0001 Osaka-shi Kita-ku Umeda 3-1-1",
    "Umeda 3-1-1, Kita-ku, Osaka 530-0001",
    "123 Teheran-ro, Gangnam-gu, Seoul 06234",
    "Seoul, Gangnam-gu, Teheran-ro 152",
]


@pytest.mark.parametrize("address", EAST_ASIA)
def test_east_asian_block_addresses(address):
    assert covers(f"Address: {address}\nThanks", address, Kind.ADDRESS)


# Northern, Central, Eastern Europe and Turkey: the street word inside the name, apart from it
# or before it; the number after it, maybe marked; then floor, flat or block; postcode and town.
NORTH_EAST = [
    "Nørrebrogade 12, 2. th., 2200 København N",
    "Karl Johans gate 22, 0159 Oslo",
    "Mannerheimintie 12 B 34, 00100 Helsinki",
    "Václavské náměstí 12, 110 00 Praha 1",
    "Andrássy út 60, 1062 Budapest",
    "Str. Lipscani nr. 12, bl. A, sc. 2, ap. 14, București 030031",
    "ul. Tverskaya, d. 7, kv. 12, Moscow 125009",
    "vul. Khreshchatyk 22, Kyiv 01001",
    "Atatürk Cad. No: 45 Daire: 3, 34000 Fatih/İstanbul",
    "Bağdat Caddesi No:123, Kadıköy, İstanbul",
    "Laisvės al. 12, LT-44240 Kaunas",
    "Brīvības iela 55, Rīga, LV-1010",
    "Narva mnt 7, 10117 Tallinn",
]


@pytest.mark.parametrize("address", NORTH_EAST)
def test_north_and_east_european_streets(address):
    assert covers(f"Adresa: {address}\n", address, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Spanish street types beyond calle and avenida; a Galician town keeps its article
        ("Entregar en Cuesta de Moyano 15, 28014 Madrid", "Cuesta de Moyano 15, 28014 Madrid"),
        ("Pasadizo de San Ginés 3, Madrid", "Pasadizo de San Ginés 3"),
        ("Acceso Norte 12, 15003 A Coruña", "Acceso Norte 12, 15003 A Coruña"),
        # Flemish lei, baan and kaai
        ("Frankrijklei 115, 2000 Antwerpen", "Frankrijklei 115, 2000 Antwerpen"),
        ("Jozefbaan 247 A", "Jozefbaan 247 A"),
        ("Cl. 45 #12-30, Medellín", "Cl. 45 #12-30, Medellín"),
        ("via dei Mille 3, 80121 Napoli", "via dei Mille 3, 80121 Napoli"),
        ("via Roma 3 - 00184 Roma", "via Roma 3 - 00184 Roma"),
        ("ship to: 45 baker street london nw1 6xe", "45 baker street london nw1 6xe"),
        ("ich wohne in der lindenstr 4", "lindenstr 4"),
    ],
)
def test_other_conventions(text, address):
    assert covers(text, address, Kind.ADDRESS)


# More of the world's last lines and designators: US rural routes and military post before a
# box; a town then four to six digits (New Zealand, South Africa, Singapore), never a year;
# Scotland's flat 2/1; Malaysia's street word first; a town no English word spells after a
# postcode of digits alone; a Dutch `bis`; Romania's sector; a row's country cell.
@pytest.mark.parametrize(
    "address",
    [
        "RR 2 Box 152, Smalltown, IA 50010",
        "HC 1 Box 45, Hatch, NM 87937",
        "PSC 1234, Box 5678, APO AE 09204",
        "Level 5, 100 Queen Street, Auckland 1010",
        "15 Nelson Mandela Drive, Sandton, Johannesburg 2196",
        "10 Anson Road, #27-15 International Plaza, Singapore 079903",
        "Flat 2/1, 15 Byres Road, Glasgow G11 5RD",
        "25 Jalan Sultan Ismail, 50250 Kuala Lumpur",
        "Strøget 30, 1160 København K",
        "Lange Voorhout 34 bis, 6811 DJ Arnhem",
        "Bulevardul Unirii 15, bl. 3, sc. 1, ap. 10, sector 3, București",
        "Hauptstraße 5;10115;Berlin;Deutschland",
    ],
)
def test_more_last_lines_and_designators(address):
    assert covers(f"{address}\n", address, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12 Main Street, London 2024 was the year", "2024"),  # a year after a town
        ("RR 2 was delayed, Box 3 contains cables", "RR 2"),
        ("see Table 3, 1200 Rows", "Table 3, 1200 Rows"),
    ],
)
def test_last_line_lookalikes(text, value):
    assert untouched(text, value)


# A `via` key names the street in a record with Italian address keys (civico, cap, comune, città);
# elsewhere it names a route.
@pytest.mark.parametrize(
    ("text", "street"),
    [
        ('{"via": "Garibaldi 5", "cap": "20121", "comune": "Milano"}', "Garibaldi 5"),
        ('{"via": "Garibaldi", "civico": "5", "cap": "20121"}', "Garibaldi"),
        ("via: Dante Alighieri 12\ncap: 00184\ncittà: Roma", "Dante Alighieri 12"),
    ],
)
def test_via_key_in_an_italian_record(text, street):
    assert covers(text, street, Kind.ADDRESS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"via": "SMTP relay 2", "status": "sent"}', "SMTP relay 2"),
        ("via: Gateway 3\nhops: 4", "Gateway 3"),
    ],
)
def test_via_key_elsewhere_is_a_route(text, value):
    assert untouched(text, value)


# Chat in lower case: the town may come between the living verb and the street.
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("abito a milano in via torino 12", "via torino 12"),
        ("vivo en madrid, calle mayor 7", "calle mayor 7"),
        ("i live in berlin at 12 main street", "12 main street"),
    ],
)
def test_lower_case_town_before_the_street(text, address):
    assert covers(text, address, Kind.ADDRESS)


LOOKALIKES = [
    ("i live in berlin since 2019 and love it", "berlin since 2019"),
    ("we live in rome in 2 rooms", "2 rooms"),
    ("sent via Email 3 times", "via Email 3"),
    ("posted via Twitter 12, 2000 Users", "via Twitter 12, 2000 Users"),
    ("delivered via DHL 2 days ago", "via DHL 2"),
    ("Upgrade 2 servers tonight", "Upgrade 2"),
    ("Editori 3 and more", "Editori 3"),
    ("Gate 12 is closed", "Gate 12"),
    ("Smith et al. 2020 showed", "al. 2020"),
    ("Sprint 12, 2024 review", "Sprint 12, 2024"),
    ("Cl. 3 of the contract", "Cl. 3"),
    ("the hello-world 1-2-3 demo", "1-2-3"),
    ("Tokyo 2020 Olympics, 3-2 win", "Tokyo 2020"),
]


@pytest.mark.parametrize(("text", "value"), LOOKALIKES)
def test_lookalike_untouched(text, value):
    assert untouched(text, value)
