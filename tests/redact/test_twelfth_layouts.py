"""Families of the twelfth pass on issue 11 (redact12b): mechanisms that hold in any language.
Each test states the rule and is parametrised over the words of many countries, built from the
rule, with look-alikes the rule must leave alone."""

from __future__ import annotations

import itertools

import pytest

from consentry.redact.fields import key_kind
from tests.redact.helpers import covers, found, untouched

STREETS = ["Rua Augusta, 529", "529 Mabini Street", "Jalan Merdeka 83", "Calea Victoriei nr. 177"]
# (a sub-unit's word and number, a division's word and name), from several countries
UNITS = ["bloco C", "ap. 46", "RT 008/RW 10", "Blk 34", "et. 3", "Lot 10", "sc. 2", "apto 144"]
DIVISIONS = ["Kel. Gubeng", "Brgy. San Isidro", "Bairro Centro", "Colonia Centro", "Kec. Coblong"]
TOWNS = [
    "Surabaya 60281",
    "34710 Kadıköy/İstanbul",
    "São Paulo – SP, CEP 01415-000",
    "Cebu City 6000",
]


@pytest.mark.parametrize(
    ("street", "unit", "division", "town"),
    [
        (s, u, d, t)
        for (s, u), d, t in zip(
            itertools.product(STREETS, UNITS), itertools.cycle(DIVISIONS), itertools.cycle(TOWNS)
        )
    ],
)
def test_the_parts_after_a_street_belong_to_its_address(street, unit, division, town):
    """After the street, each part after a comma or a dash (a sub-unit with its number, a
    division with its name, a town with its postcode) is part of the address."""
    address = f"{street}, {unit}, {division}, {town}"
    text = f"Claimant lives at {address}\nNext line: nothing"
    assert covers(text, address, "ADDRESS"), found(text)


@pytest.mark.parametrize("street", STREETS)
def test_prose_after_an_address_is_not_part_of_it(street):
    text = f"I moved to {street}, Springfield, and then everything changed."
    assert untouched(text, "and then everything changed")


@pytest.mark.parametrize("street", STREETS)
def test_another_finding_after_an_address_stops_it(street):
    text = f"{street}, Surabaya 60281, anna.lima@correo-sul.com.br"
    assert ("EMAIL", "anna.lima@correo-sul.com.br") in found(text)
    assert covers(text, f"{street}, Surabaya 60281", "ADDRESS")


@pytest.mark.parametrize(
    "box", ["P.O. Box 27676-00100", "PO Box 4521-80100", "P. O. Box 1234-00200"]
)
def test_a_po_box_number_with_its_postcode_is_the_box_not_a_phone(box):
    text = f"Tuma barua kwa {box}, Nairobi\nAsante"
    assert covers(text, f"{box}, Nairobi", "ADDRESS"), found(text)
    assert not any(k == "PHONE" for k, _ in found(text))


@pytest.mark.parametrize(
    ("line1", "line2"),
    [
        ("Calea Victoriei nr. 177", "sector 2, București 020082"),
        ("Alameda Santos, 592, casa 3 – Jardim Paulista", "São Paulo – SP, CEP 01415-000"),
        ("Blk 9 Lot 29, P. Burgos St.", "Brgy. San Isidro, Antipolo City, Rizal 1870"),
    ],
)
def test_a_town_line_under_the_street_line_is_part_of_the_address(line1, line2):
    text = f"Address:\n{line1}\n{line2}\nCard: on file"
    assert covers(text, f"{line1}\n{line2}", "ADDRESS"), found(text)
    assert untouched(text, "Card: on file")


def test_a_prose_line_under_an_address_is_not_part_of_it():
    text = "Visit 12 Main Street\nThe team will be there at noon"
    assert untouched(text, "The team will be there")


# --- field labels for a name and an address in many languages and scripts -------------------
NAME_LABELS = [
    "Nama Lengkap",  # Indonesian
    "Buong Pangalan",  # Tagalog
    "Jina Kamili",  # Swahili
    "Ονοματεπώνυμο",  # Greek
    "Adı Soyadı",  # Turkish
    "Nume complet",  # Romanian
    "Jméno a příjmení",  # Czech
    "Imię i nazwisko",  # Polish
    "Ime i prezime",  # Croatian
    "Teljes név",  # Hungarian
    "Koko nimi",  # Finnish
    "Фамилия",  # Russian
    "Họ và tên",  # Vietnamese
    "氏名",  # Japanese
]
ADDRESS_LABELS = ["Alamat", "Tirahan", "Anwani", "Adresa", "Adresă", "Διεύθυνση", "Adres", "Адрес"]


@pytest.mark.parametrize("label", NAME_LABELS)
def test_a_name_label_in_any_language_names_its_value(label):
    assert key_kind(label) == "PERSON"
    text = f"{label}: Maren Oyelaran\nStatus: open"
    assert covers(text, "Maren Oyelaran", "PERSON"), found(text)


@pytest.mark.parametrize("label", NAME_LABELS)
def test_a_name_column_in_any_language_names_its_cells_and_not_the_header(label):
    text = f"| id | {label} | Kod |\n|---|---|---|\n| R-1 | MAREN OYELARAN | 44 |\n"
    assert covers(text, "MAREN OYELARAN", "PERSON"), found(text)
    assert untouched(text, "Kod")


@pytest.mark.parametrize("label", ADDRESS_LABELS)
def test_an_address_label_in_any_language_names_its_value(label):
    assert key_kind(label) == "ADDRESS"


@pytest.mark.parametrize("key", ["ad", "file name", "nama file", "van"])
def test_words_that_name_a_person_in_one_language_only_are_no_name_label(key):
    assert key_kind(key) != "PERSON"


# --- IATA names, postal blocks, closings ------------------------------------------------------
@pytest.mark.parametrize("title", ["MR", "MRS", "MS", "MISS", "MSTR", "DR", "CHD"])
@pytest.mark.parametrize("name", ["OYELARAN/MAREN", "ŞAHIN/KAAN", "VAN DER BERG/ANNA MARIA"])
def test_an_iata_passenger_name_with_its_title_is_a_person(name, title):
    text = f"Passenger 1: {name} {title} - ticket 047-1234567890"
    assert covers(text, name, "PERSON"), found(text)


@pytest.mark.parametrize("text", ["Use TCP/IP MS Word", "see I/O MR 12", "AND/OR DR"])
def test_acronyms_with_a_slash_are_no_iata_name(text):
    assert not any(k == "PERSON" for k, _ in found(text))


@pytest.mark.parametrize("name", ["MAREN OYELARAN", "KWAME ASANTE-MENSAH", "ΕΛΕΝΗ ΓΕΩΡΓΙΟΥ"])
@pytest.mark.parametrize(
    "address", ["Hse No. 10, Moi Avenue, Nyali", "Calea Victoriei nr. 177", "12 Main Street"]
)
def test_the_line_above_an_address_in_a_postal_block_is_the_addressee(name, address):
    """(Capitalised words no list knows may be a company's: the rule takes them in capitals.)"""
    text = f"Please summarise\n\n{name}\n{address}\nCard: 4111"
    assert covers(text, name, "PERSON"), found(text)


@pytest.mark.parametrize("line", ["Billing Address", "ACME CORP", "Head Office Ltd", "Address:"])
def test_a_label_or_a_company_above_an_address_is_no_addressee(line):
    text = f"{line}\n12 Main Street, Springfield"
    assert untouched(text, line.rstrip(":"))


CLOSINGS = [
    "Hormat kami",
    "Saludos cordiales",
    "S pozdravem",
    "Cu stimă",
    "Saygılarımızla",
    "Wasalaam",
    "Με εκτίμηση",
    "Lubos na gumagalang",
    "Kind regards",
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_the_signer_under_a_closing_line_is_a_person(closing):
    text = f"Your request is done.\n\n{closing},\nMaren Oyelaran – Northwind\n"
    assert covers(text, "Maren Oyelaran", "PERSON"), found(text)


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_team_under_a_closing_line_is_no_person(closing):
    text = f"Your request is done.\n\n{closing},\nCustomer Support Team\n"
    assert not any(k == "PERSON" for k, _ in found(text))


GREETINGS = [
    "Halo",
    "Merhaba",
    "Kalimera",
    "Hej",
    "Szia",
    "Dragă",
    "Mpendwa",
    "Kumusta",
    "Cześć",
    "Kedves",
    "Sayın",
    "Xin chào",
    "Tere",
    "Annwyl",
    "Kaixo",
    "Labas",
]


@pytest.mark.parametrize("greeting", GREETINGS)
def test_the_name_after_a_greeting_that_opens_a_message_is_a_person(greeting):
    """A greeting of any of 45 more languages at a message's start, then a name and a comma."""
    text = f"Please tidy this up\n\n---\n{greeting} Maren,\n\nTicket #41799466425 is closed."
    assert covers(text, "Maren", "PERSON"), found(text)


@pytest.mark.parametrize("greeting", GREETINGS)
def test_a_greeting_word_inside_a_sentence_names_no_one(greeting):
    text = f"The word {greeting.lower()} Festival, we were told, is old."
    assert untouched(text, "Festival")


@pytest.mark.parametrize(
    ("given", "surname"),
    [("TOMÁŠ", "NOVÁK"), ("ȘTEFAN", "POPESCU"), ("ŁUKASZ", "KOWALSKI"), ("ANDRZEJ", "WIŚNIEWSKI")],
)
def test_a_listed_name_in_capitals_with_letters_beyond_latin_1_is_a_person(given, surname):
    text = f"28. 12. 2025  TRANSF {given} {surname}  FT4689544612  5724,31"
    assert covers(text, f"{given} {surname}", "PERSON"), found(text)


@pytest.mark.parametrize(
    ("given", "surname"), [("daniel", "patel"), ("maria", "nguyen"), ("sarah", "johnson")]
)
@pytest.mark.parametrize(
    "answer", ["yeah it's {}", "sure, {}", "it is {}", "{}", "um, my name is {}"]
)
def test_a_lower_case_answer_to_a_question_for_the_name_is_a_person(given, surname, answer):
    """A transcript in lower case: the turn after `your name` holds a listed given name."""
    name = f"{given} {surname}"
    text = f"agent: thanks for calling, can i take your full name\ncaller: {answer.format(name)}\n"
    assert covers(text, name, "PERSON"), found(text)


@pytest.mark.parametrize("cue", ["my name is", "mijn naam is", "me llamo", "mi chiamo"])
def test_a_lower_case_listed_given_name_after_a_self_introduction_is_a_person(cue):
    text = f"agent: hello, {cue} daniel, how can i help"
    assert covers(text, "daniel", "PERSON"), found(text)


@pytest.mark.parametrize("said", ["my name is will", "my name is not important", "call me later"])
def test_ordinary_words_after_a_self_introduction_are_no_name(said):
    assert not any(k == "PERSON" for k, _ in found(f"caller: {said} thanks"))


def test_a_place_the_model_found_among_the_parts_is_one_of_them():
    """With the `pii` extra a model's place (`Jardim Paulista`) must not cut the address."""
    from consentry.redact import address_parts
    from consentry.redact.engine import Finding

    text = "Rua Augusta, 529, bloco C – Jardim Paulista, São Paulo – SP\nnext"
    street = Finding(0, text.index(" –"), "ADDRESS", 60, "street")
    a = text.index("Jardim")
    place = Finding(a, a + len("Jardim Paulista"), "LOCATION", 10, "ner")
    out = address_parts.extend(text, [street, place], Finding)
    assert [(f.kind, text[f.start : f.end]) for f in out] == [("ADDRESS", text.split("\n")[0])]


@pytest.mark.parametrize(
    "born",
    [
        "lahir tanggal",
        "ipinanganak noong",
        "alizaliwa tarehe",
        "născută la",
        "narozena",
        "urodzony",
        "született",
        "född den",
        "rođen",
        "sinh ngày",
        "syntynyt",
    ],
)
def test_the_name_right_before_a_birth_cue_in_any_language_is_a_person(born):
    text = f"Halo,\n\nMaren Oyelaran, {born} 17-09-1987, no. 4411"
    assert covers(text, "Maren Oyelaran", "PERSON"), found(text)


@pytest.mark.parametrize(
    "name", ["ANA PAULA DE SOUZA LIMA", "PIETER VAN DER BERG", "NADIA EL AMRANI"]
)
def test_an_addressee_with_particles_is_one_name(name):
    text = f"Statement\n\n{name}\nRua Sete de Setembro, 828, casa 2\n"
    assert covers(text, name, "PERSON"), found(text)
