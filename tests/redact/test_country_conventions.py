"""Families of the fourth pass on issue 11, each written from how a country writes the thing,
not from single cases: Italian, Portuguese, Brazilian, Spanish and Mexican addresses (street
word, number after the name with its markers, floor and door after it, the last line with the
province or state), the parts English, Irish and French write before the house number, German
floors, P.O. boxes in seven languages, dates of birth and names in records in Italian and
Portuguese, and the look-alikes that must stay (ISBNs, reference numbers, postcodes with a
dash, an alliance's name)."""

from __future__ import annotations

import itertools

import pytest

from tests.redact.helpers import REDACTOR, covers, found, untouched

# --- Italy: street word, name, number (with n., n°, civico, /A, snc), floor and door, CAP ---
IT_WORDS = [
    "Via",
    "Viale",
    "V.le",
    "Piazza",
    "P.zza",
    "Corso",
    "C.so",
    "Largo",
    "Vicolo",
    "Piazzale",
    "Lungarno",
    "Borgo",
    "Salita",
    "Strada",
]
IT_NAMES = ["Roma", "Giuseppe Garibaldi", "dei Mille", "XX Settembre", "Vittorio Emanuele II"]
IT_NUMBERS = ["12", "12/A", "7b", "n. 45", "n° 3", "civico 18", "snc", "135/3"]
IT_AFTER = ["", ", scala B, int. 4", ", piano 3", " int. 12", ", 2° piano"]
IT_LAST = [
    "",
    ", 00184 Roma (RM)",
    ", 20121 Milano MI",
    ", 50122 - Firenze (FI)",
    "\n40121 Bologna",
]


@pytest.mark.parametrize(
    ("word", "name", "number", "after", "last"),
    [
        (w, n, num, a, last)
        for i, (w, n, num, a, last) in enumerate(
            itertools.product(IT_WORDS, IT_NAMES, IT_NUMBERS, IT_AFTER, IT_LAST)
        )
        if i % 97 == 0  # a spread over every combination, not all 14,000
    ],
)
def test_an_italian_address_street_word_first_number_after(word, name, number, after, last):
    address = f"{word} {name} {number}{after}{last}"
    text = f"Buongiorno, il mio indirizzo è {address}. Grazie mille."
    assert covers(text, address, "ADDRESS"), text


# --- Portugal and Brazil: Rua, Av., Travessa, Praça...; n.º, s/n; 3.º Esq., r/c, apto; CEP ---
PT_STREETS = [
    "Rua Augusta",
    "R. da Prata",
    "Av. da Liberdade",
    "Avenida 25 de Abril",
    "Travessa do Carmo",
    "Tv. Garrett",
    "Largo do Chiado",
    "Praça do Comércio",
    "Alameda Dom Afonso Henriques",
    "Calçada da Estrela",
    "Estrada de Benfica",
]
PT_NUMBERS = [" 274", ", 274", ", n.º 110", " nº 12", ", s/n", " 12-A", ", 45B"]
PT_AFTER = [
    "",
    ", 3.º Esq.",
    " 2º Dto.",
    ", r/c",
    ", 4.º andar",
    ", apto 92",
    " - sala 12",
    ", bloco B, apto 31",
]
PT_LAST = [
    "",
    ", 1100-053 Lisboa",
    "\n4000-442 Porto",
    ", São Paulo - SP, 01310-200",
    ", CEP 01310-200 - São Paulo/SP",
    ", Curitiba/PR - CEP 80010-000",
]


@pytest.mark.parametrize(
    ("street", "number", "after", "last"),
    [
        combo
        for i, combo in enumerate(itertools.product(PT_STREETS, PT_NUMBERS, PT_AFTER, PT_LAST))
        if i % 41 == 0
    ],
)
def test_a_portuguese_or_brazilian_address(street, number, after, last):
    address = f"{street}{number}{after}{last}"
    text = f"Olá, a minha morada é {address}. Obrigado!"
    assert covers(text, address, "ADDRESS"), text


@pytest.mark.parametrize(
    "address",
    [
        "Avenida Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        "Rua Oscar Freire, 379 - Jardins, São Paulo/SP - CEP 01426-001",
        "Av. Insurgentes Sur 1602, Int. 4, Col. Crédito Constructor, C.P. 03940, Ciudad de México, CDMX",
        "Calz. de Tlalpan #1924 Depto. 11, 04220 Guadalajara, Jal.",
        "Carrer de Balmes, 150, 2º 1ª, 08008 Barcelona (Barcelona)",
        "Calle del Pez, s/n, piso 3, puerta 2, 28004 Madrid",
        "Avda. de la Constitución 25, 8º izda., 41004 Sevilla",
    ],
)
def test_a_bairro_colonia_or_province_stays_with_the_address(address):
    text = f"Enviar para: {address}\nGracias / Obrigado"
    assert covers(text, address, "ADDRESS"), text


def test_lower_case_street_words_where_the_language_writes_them():
    for text, address in [
        ("Abito in via Garibaldi 12, 10122 Torino.", "via Garibaldi 12, 10122 Torino"),
        ("Moro na rua Augusta, 274, em Lisboa.", "rua Augusta, 274"),
        ("Vivo en la calle Mayor 7, 3º B.", "calle Mayor 7, 3º B"),
    ]:
        assert covers(text, address, "ADDRESS"), text


# --- the parts English, Irish and French write before the house number -----------------------
@pytest.mark.parametrize("house", ["Rose Cottage, ", "The Old Rectory, ", "Ivy House, "])
@pytest.mark.parametrize("flat", ["", "Flat 2, ", "Apartment 14, "])
def test_a_house_name_and_a_flat_before_the_number(house, flat):
    address = f"{flat}{house}14 Mill Lane, Ashford TN24 8AA"
    text = f"Please post it to {address}. Thanks"
    assert covers(text, address, "ADDRESS"), text


@pytest.mark.parametrize("county", ["Cork", "Galway", "Kilkenny"])
def test_an_irish_county_before_the_eircode(county):
    address = f"12 Main Street, Ballincollig, Co. {county}, P31 X2Y4"
    text = f"Ship to {address} please."
    assert covers(text, address, "ADDRESS"), text


@pytest.mark.parametrize("before", ["", "Bât. B, ", "Appt 12, ", "Résidence les Tilleuls, "])
@pytest.mark.parametrize("after", ["", ", 3e étage", ", escalier C", ", 2e étage, porte 4"])
def test_french_building_flat_floor_and_staircase(before, after):
    address = f"{before}21-23 avenue Jean Jaurès{after}, 69007 Lyon Cedex"
    text = f"Merci de livrer au {address} avant lundi."
    assert covers(text, address, "ADDRESS"), text


@pytest.mark.parametrize("floor", ["2. Stock", "3. OG", "EG", "Hinterhaus"])
@pytest.mark.parametrize("street", ["Lindenstraße 14a", "Friedrich-Ebert-Graben 51", "Am Markt 3"])
def test_a_german_floor_after_the_house_number(floor, street):
    address = f"{street}, {floor}, 04109 Leipzig"
    text = f"Meine Adresse ist {address}."
    assert covers(text, address, "ADDRESS"), text


@pytest.mark.parametrize(
    "box",
    [
        "PO Box 4521, Springfield, IL 62704",
        "Postfach 10 02 45, 20001 Hamburg",
        "BP 1234, 69001 Lyon Cedex",
        "Case postale 145, 1211 Genève",
        "Apartado de Correos 123, 28080 Madrid",
        "Postbus 1234, 1000 BA Amsterdam",
        "Casella postale 27, 00100 Roma (RM)",
        "Caixa Postal 1234, CEP 01059-970 - São Paulo/SP",
        "Apartado 1234, 4001-001 Porto",
    ],
)
def test_a_post_office_box_in_each_language(box):
    text = f"Correspondence / Post / Correio: {box}\n"
    assert covers(text, box, "ADDRESS"), text


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Raleigh, NC 27601-0419", "27601-0419"),
        ("São Paulo - SP, 01310-200", "01310-200"),
        ("CEP 01689-926 - São Paulo/SP", "01689-926"),
        ("1100-053 Lisboa", "1100-053"),
    ],
)
def test_a_postcode_written_with_a_dash_is_no_phone_number(line, code):
    text = f"Address: 12 Main St, {line}\n"
    assert ("PHONE", code) not in found(text), text


# --- dates of birth: Italian and Portuguese cues, months and fields ---------------------------
IT_MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
PT_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize(
    "cue",
    ["nato il", "Nata il", "nato a Napoli il", "Data di nascita:", "nata a Bari, il", "nato/a il"],
)
def test_an_italian_date_of_birth_after_its_cue(cue, month):
    for date in (f"{month + 3} {IT_MONTHS[month - 1]} 1984", f"{month + 3:02d}/{month:02d}/1984"):
        text = f"Il paziente, {cue} {date}, è in attesa."
        assert covers(text, date, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize(
    "cue",
    [
        "nascido em",
        "Nascida a",
        "nasceu em",
        "Data de nascimento:",
        "nascida em Lisboa a",
        "nascido no Porto em",
    ],
)
def test_a_portuguese_date_of_birth_after_its_cue(cue, month):
    for date in (
        f"{month + 3} de {PT_MONTHS[month - 1]} de 1984",
        f"{month + 3:02d}-{month:02d}-1984",
    ):
        text = f"O cliente, {cue} {date}, pediu ajuda."
        assert covers(text, date, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize(
    "key",
    ["data_di_nascita", "dataNascita", "data_nascimento", "dt_nascimento", "Data de nascimento"],
)
@pytest.mark.parametrize("date", ["1. Mai 2003", "23 sept. 2001", "12/03/1985", "5 lug. 1964"])
def test_a_date_field_in_italian_or_portuguese_holds_its_full_stops(key, date):
    text = f'{key}: "{date}"\n' if " " not in key else f"{key}: {date}\n"
    assert covers(text, date, "DATE_OF_BIRTH"), text


def test_a_date_without_a_birth_cue_and_an_alliance_are_kept():
    for text, value in [
        ("La consegna è prevista il 12 marzo 2025.", "12 marzo 2025"),
        ("A reunião é em 03/04/2025.", "03/04/2025"),
        ("The NATO summit opened on 4 April 1949.", "4 April 1949"),
    ]:
        assert untouched(text, value), text


# --- names in Italian and Portuguese records and letters -------------------------------------
@pytest.mark.parametrize(
    ("given_key", "family_key"),
    [
        ("nome", "cognome"),
        ("Nome", "Cognome"),
        ("nome", "sobrenome"),
        ("nome", "apelido"),
        ("primeiro_nome", "ultimo_nome"),
    ],
)
@pytest.mark.parametrize("given,family", [("Giulia", "Bianchi"), ("João", "Gonçalves")])
def test_names_under_italian_and_portuguese_field_names(given_key, family_key, given, family):
    for text in (
        f'{{"{given_key}": "{given}", "{family_key}": "{family}"}}',
        f"{given_key}: {given}\n{family_key}: {family}\n",
        f"id,{given_key},{family_key}\n17,{given},{family}\n",
    ):
        assert covers(text, given, "PERSON") and covers(text, family, "PERSON"), text


@pytest.mark.parametrize(
    "salutation",
    ["Gentile", "Gentile Sig.ra", "Egregio Dott.", "Caro", "Prezado", "Exmo. Sr.", "Olá", "Cara"],
)
def test_names_after_italian_and_portuguese_salutations(salutation):
    text = f"{salutation} Lorenzo Ferraris,\n\nla ringrazio."
    assert covers(text, "Lorenzo Ferraris", "PERSON"), text


@pytest.mark.parametrize(
    "sign_off",
    [
        "Cordiali saluti",
        "Distinti saluti",
        "Un caro saluto",
        "Atenciosamente",
        "Cumprimentos",
        "Com os melhores cumprimentos",
        "Obrigada",
        "Abraços",
    ],
)
def test_names_after_italian_and_portuguese_sign_offs(sign_off):
    text = f"Fico a aguardar.\n\n{sign_off},\nInês Carvalho\n"
    assert covers(text, "Inês Carvalho", "PERSON"), text


# --- look-alikes --------------------------------------------------------------------------------
@pytest.mark.parametrize("isbn", ["978-3-16-148410-0", "9780306406157", "978-0-306-40615-7"])
@pytest.mark.parametrize("before", ["ISBN ", "see ", "Libro: "])
def test_an_isbn_13_is_kept(isbn, before):
    text = f"{before}{isbn} on page 4."
    assert untouched(text, isbn), (text, REDACTOR.find(text))


@pytest.mark.parametrize(
    "cue", ["ordine n.", "encomenda n.º", "incidencia", "fattura n.", "pratica n.", "processo"]
)
@pytest.mark.parametrize("number", ["8915-0169-28", "0711426377", "2024-118823"])
def test_reference_numbers_after_italian_portuguese_spanish_words_are_kept(cue, number):
    text = f"Riferimento / referência: {cue} {number}."
    assert untouched(text, number), text


@pytest.mark.parametrize(
    "text",
    [
        "We talked via Slack 2 days ago.",
        "Sent via Email 3 times.",
        "Im Jahr 2024 war alles anders.",
        "La Piazza Affari 2024 è stata positiva.",
        "Studio 54 and Route 66 are famous.",
        "The Nascido 12345678 field is empty",
    ],
)
def test_product_and_place_look_alikes_are_kept(text):
    assert not [f for f in REDACTOR.find(text) if f.kind in ("ADDRESS", "NATIONAL_ID")], text


@pytest.mark.parametrize(
    "address",
    [
        "45, 2nd Main Road, Jayanagar, Bangalore - 560041",
        "Flat 302, 14 MG Road, Bengaluru, Karnataka 560001",
        "1234 rue Sainte-Catherine Ouest, Montréal (Québec) H3G 1P1",
        "1e Jan Steenstraat 12, 1072 NH Amsterdam",
        "Via Roma 10 - 00184 Roma",
        "Via Roma 10, CAP 00184 Roma",
    ],
)
def test_last_lines_of_india_quebec_and_italy_and_dutch_ordinals(address):
    text = f"Send it to {address}, thanks."
    assert covers(text, address, "ADDRESS"), text


def test_a_town_never_swallows_a_code_in_the_next_cell():
    text = "address\tamount\tticket\nGoetheweg 78\tJD5159172624289609\t#10288977\n"
    assert untouched(text, "JD5159172624289609"), found(text)


@pytest.mark.parametrize(
    ("key", "value", "kind"),
    [
        ("Geburtsname", "Schneider", "PERSON"),
        ("nom_de_naissance", "Dupont", "PERSON"),
        ("tussenvoegsel", "van der", "PERSON"),
        ("address1", "12 Main St", "ADDRESS"),
        ("Straße und Hausnummer", "Lindenstr. 5", "ADDRESS"),
        ("data_de_nasc", "12/03/1985", "DATE_OF_BIRTH"),
    ],
)
def test_field_names_that_say_the_kind_in_each_language(key, value, kind):
    text = f"{key}: {value}\n"
    assert covers(text, value, kind), (text, found(text))


@pytest.mark.parametrize(
    "address",
    [
        "350 Fifth Avenue, 34th Floor, New York, NY 10118",
        "Strada Statale 16, km 5, 70126 Bari",
        "Rua Visconde de Pirajá 550, Ipanema, Rio de Janeiro, RJ, 22410-002",
        "The Old School House, Main Street, Kinsale, Co. Cork P17 WK26",
    ],
)
def test_a_floor_a_kilometre_a_neighbourhood_or_a_house_without_number(address):
    text = f"My address: {address}. Thanks"
    assert covers(text, address, "ADDRESS"), (text, found(text))


@pytest.mark.parametrize(
    ("key", "street"),
    [
        ("street", "Maple Avenue"),
        ("strasse", "Lindenallee"),
        ("rue", "Rue de la Paix"),
        ("calle", "Calle Mayor"),
        ("rua", "Rua das Flores"),
        ("straat", "Keizersgracht"),
        ("logradouro", "Avenida Paulista"),
    ],
)
def test_a_field_that_names_the_street_holds_one_without_its_number(key, street):
    text = f'{{"{key}": "{street}", "number": "12", "city": "Springfield"}}'
    assert covers(text, street, "ADDRESS"), (text, found(text))


def test_a_shipping_method_is_no_street():
    for text in ("via: DHL Express", "shipped via: email", "street: main"):
        assert not [f for f in REDACTOR.find(text) if f.kind == "ADDRESS"], text


@pytest.mark.parametrize(
    "key", ["utente", "mittente", "remetente", "sender", "indirizzo", "morada"]
)
def test_an_email_address_under_a_person_or_address_field_stays_an_email(key):
    text = f"{key}: mario.rossi84@example.it\n"
    assert covers(text, "mario.rossi84@example.it", "EMAIL"), found(text)


@pytest.mark.parametrize("cue", ["ligue", "celular:", "WhatsApp", "Tel.:"])
def test_a_brazilian_mobile_written_five_dash_four_is_a_phone(cue):
    text = f"{cue} 91234-5678 Maria"
    assert covers(text, "91234-5678", "PHONE"), found(text)
