"""Address families of the seventh pass (issue 11), each case written from the family's rule:
Polish and Swedish streets and postcodes, Colombian and Peruvian street words, forms in
capitals, chat messages in lower case, a street with no street word before a European postcode,
an Indian or Irish street with no house number, PO boxes in more languages, the country on its
own line, and split fields under Polish and Swedish keys. Look-alikes stay untouched."""

from __future__ import annotations

import pytest

from consentry.redact.kinds import Kind
from tests.redact.helpers import covers, untouched

FAMILIES = [
    # Poland: ul./al./os./pl. before the name, number/flat, `m.` for the flat, postcode 00-000
    (
        "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa",
        "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa",
    ),
    ("os. Piastów 12/34, 31-624 Kraków", "os. Piastów 12/34, 31-624 Kraków"),
    ("pl. Grunwaldzki 5, 50-377 Wrocław", "pl. Grunwaldzki 5, 50-377 Wrocław"),
    ("ulica Piotrkowska 104, 90-926 Łódź", "ulica Piotrkowska 104, 90-926 Łódź"),
    ("mieszkam przy ul. Długiej 15 m. 3 w Gdańsku", "ul. Długiej 15 m. 3"),
    (
        "Pozdrawiam\nul. Nowy Świat 6/12\n00-400 Warszawa\nPolska",
        "ul. Nowy Świat 6/12\n00-400 Warszawa\nPolska",
    ),
    ("Skrytka pocztowa 12, 00-950 Warszawa", "Skrytka pocztowa 12, 00-950 Warszawa"),
    # Sweden: -gatan, -vägen, -gränd; `2 tr`, `lgh 1101`; postcode 111 22; a plain Box with its town
    ("Storgatan 12 B, 2 tr, 111 22 Stockholm", "Storgatan 12 B, 2 tr, 111 22 Stockholm"),
    (
        "Adress: Drottninggatan 53, lgh 1101, 111 21 Stockholm",
        "Drottninggatan 53, lgh 1101, 111 21 Stockholm",
    ),
    ("Bor på Västra Hamngatan 3, 411 17 Göteborg", "Västra Hamngatan 3, 411 17 Göteborg"),
    ("c/o Andersson, Sveavägen 44, 113 50 Stockholm", "Sveavägen 44, 113 50 Stockholm"),
    ("Box 1234, 111 22 Stockholm", "Box 1234, 111 22 Stockholm"),
    # Colombia, Peru, Chile: Carrera, Diagonal, Transversal, Jr., Pasaje; a town with no postcode
    ("Oficina en Carrera 7 # 71-21, Bogotá", "Carrera 7 # 71-21, Bogotá"),
    ("Diagonal 74 # 3-21, Bogotá", "Diagonal 74 # 3-21, Bogotá"),
    ("Calle 93 # 11-26, Chapinero, Bogotá", "Calle 93 # 11-26, Chapinero, Bogotá"),
    ("Jr. de la Unión 456, Lima", "Jr. de la Unión 456, Lima"),
    ("Pasaje Los Aromos 345, Ñuñoa", "Pasaje Los Aromos 345"),
    ("Vivo en Calle 5 Sur 123, Providencia", "Calle 5 Sur 123, Providencia"),
    ("Casilla 567, Santiago", "Casilla 567"),
    # Mexico: the colonia between the street and the postcode
    (
        "Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
        "Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
    ),
    # Canada (French): boul., a direction written O.
    (
        "1234 rue Sainte-Catherine O., Montréal QC H3G 1P1",
        "1234 rue Sainte-Catherine O., Montréal QC H3G 1P1",
    ),
    (
        "456 boul. René-Lévesque Est, Montréal (Québec) H2L 2L3",
        "456 boul. René-Lévesque Est, Montréal (Québec) H2L 2L3",
    ),
    # forms in capitals
    ("Ship to: 1234 ELM STREET APT 5, DENVER CO 80202", "1234 ELM STREET APT 5, DENVER CO 80202"),
    ("BERLINER STRASSE 12, 10115 BERLIN", "BERLINER STRASSE 12, 10115 BERLIN"),
    # chat in lower case, after a word that says where someone lives or where to send
    ("i live at 12 rue des lilas, 75011 paris", "12 rue des lilas, 75011 paris"),
    ("ich wohne in der hauptstraße 5, 10115 berlin", "hauptstraße 5, 10115 berlin"),
    ("vivo en calle mayor 7, 28013 madrid", "calle mayor 7, 28013 madrid"),
    ("send it to 350 fifth avenue, new york, ny 10118", "350 fifth avenue, new york, ny 10118"),
    ("j'habite au 5 avenue victor hugo, 69002 lyon", "5 avenue victor hugo, 69002 lyon"),
    ("jag bor på storgatan 12, 111 22 stockholm", "storgatan 12, 111 22 stockholm"),
    # no street word, but a European postcode and town after it
    ("Damrak 1, 1012 LG Amsterdam", "Damrak 1, 1012 LG Amsterdam"),
    # India and Ireland: no house number, a flat or door and a building before the street
    (
        "Flat 12B, Sunshine Apartments, MG Road, Bengaluru 560001",
        "Flat 12B, Sunshine Apartments, MG Road, Bengaluru 560001",
    ),
    (
        "No. 45, 2nd Cross, Indiranagar, Bangalore - 560038",
        "No. 45, 2nd Cross, Indiranagar, Bangalore - 560038",
    ),
    (
        "B-204, Green Park Extension, New Delhi 110016",
        "B-204, Green Park Extension, New Delhi 110016",
    ),
    (
        "Apartment 4, The Maltings, Bow Street, Dublin 7, D07 N2X8",
        "Apartment 4, The Maltings, Bow Street, Dublin 7, D07 N2X8",
    ),
    (
        "High Street, Little Snoring, Norfolk NR21 0AA",
        "High Street, Little Snoring, Norfolk NR21 0AA",
    ),
    # a letter's country on its own line; a signature's separators
    (
        "Jane Doe\n123 Main St\nSpringfield, IL 62704\nUSA",
        "123 Main St\nSpringfield, IL 62704\nUSA",
    ),
    ("Best,\nTom\n1 Infinite Loop · Cupertino, CA 95014", "1 Infinite Loop · Cupertino, CA 95014"),
    ("BP 123, 75001 Paris Cedex 01", "BP 123, 75001 Paris Cedex 01"),
    # a street word at the very start of a message
    ("R. Oscar Freire, 379 - apto 52 - Jardins, São Paulo - SP", "R. Oscar Freire, 379 - apto 52"),
    # a last line broken over lines: the UK postcode, Brazil's CEP on their own line
    ("10 Downing Street\nLondon\nSW1A 2AA", "10 Downing Street\nLondon\nSW1A 2AA"),
    (
        "Rua do Ouvidor, 50 - Centro\nRio de Janeiro - RJ\n20040-030",
        "Rua do Ouvidor, 50 - Centro\nRio de Janeiro - RJ\n20040-030",
    ),
    # floor and office words capitalised; towns then the country where the line ends
    (
        "Av. 9 de Julio 1925, Piso 12, C1073ABA, Buenos Aires, Argentina",
        "Av. 9 de Julio 1925, Piso 12, C1073ABA, Buenos Aires, Argentina",
    ),
    (
        "Avenida Providencia 1208, Oficina 207, Providencia, Santiago, Chile",
        "Avenida Providencia 1208, Oficina 207, Providencia, Santiago, Chile",
    ),
    # a Colombian street number with a letter; Austria's Top after a slash and an adjective of place
    ("Carrera 43A # 1-50, Medellín, Antioquia", "Carrera 43A # 1-50, Medellín, Antioquia"),
    ("Wiedner Hauptstraße 12/Top 7, 1040 Wien", "Wiedner Hauptstraße 12/Top 7, 1040 Wien"),
    # a Mexican PO box numbered with a dash; a form in capitals with no street word
    ("Apartado Postal 15-234, 06000 México, D.F.", "Apartado Postal 15-234"),
    ("VIA ROMA 10, 00184 ROMA", "VIA ROMA 10, 00184 ROMA"),
    # a Swiss PO box with no number
    ("Postfach, 8021 Zürich", "Postfach, 8021 Zürich"),
    # capitals in every convention
    ("UL. MARSZAŁKOWSKA 10/12, 00-590 WARSZAWA", "UL. MARSZAŁKOWSKA 10/12, 00-590 WARSZAWA"),
    ("STORGATAN 12, 111 22 STOCKHOLM", "STORGATAN 12, 111 22 STOCKHOLM"),
    # split fields under Polish and Swedish keys, and a street alone under a street key
    ('{"ulica": "Marszałkowska 10", "kod_pocztowy": "00-590"}', "Marszałkowska 10"),
    ('{"gatuadress": "Storgatan 12", "postnummer": "111 22"}', "Storgatan 12"),
    ('{"street": "Marszałkowska", "house_number": "10"}', "Marszałkowska"),
    ('{"rue": "rue des Lilas", "code_postal": "75011"}', "rue des Lilas"),
]

LOOKALIKES = [
    ("i live in berlin since 2019 and love it", "berlin since 2019"),
    ("we shipped 3 boxes to 4 stores on monday", "3 boxes to 4 stores"),
    ("the deliverable 12 main points are listed", "12 main points"),
    ("i moved to 2 new teams and 3 projects", "2 new teams"),
    ("Box 3 contains the cables", "Box 3"),
    ("Chapter 3, 1984 Orwell", "3, 1984 Orwell"),
    ("Windows 10, 2000 Users reported it", "10, 2000 Users"),
    ("Calle 13 played 3 songs", "Calle 13"),
    ("Warszawa 2023, Kraków 2024", "Warszawa 2023, Kraków 2024"),
    ("Version 12.3.4 of Main Street Software", "12.3.4"),
    ("Coordinates 48.8566, 2.3522 near Paris", "48.8566, 2.3522"),
    ("The meeting moved to 3 pm on Main Street Capital's call", "3 pm on Main"),
    ("Street Fighter 6 and Street Fighter 5", "Street Fighter 6"),
    ("Carrera 4 GTS price 120000", "Carrera 4 GTS"),
    ("i live at home with 2 cats", "home with 2 cats"),
    ("see Table 3, 1200 Rows", "Table 3, 1200 Rows"),
]


@pytest.mark.parametrize(("text", "address"), FAMILIES)
def test_family_address_found_whole(text: str, address: str) -> None:
    assert covers(text, address, Kind.ADDRESS)


@pytest.mark.parametrize(("text", "value"), LOOKALIKES)
def test_lookalike_untouched(text: str, value: str) -> None:
    assert untouched(text, value)
