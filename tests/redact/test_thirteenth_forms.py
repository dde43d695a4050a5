"""Families of the thirteenth pass on issue 11 (red13): layouts and conventions of the world,
each test one rule, parametrised over the languages and countries it is built from, with the
look-alikes the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, found, untouched

# --- values in aligned forms ------------------------------------------------------------------
PSQL_ROWS = [
    ("first_name", "Wiremu", "PERSON"),
    ("last_name", "Tūhoe-Ngata", "PERSON"),
    ("birth_date", "1969-07-21", "DATE_OF_BIRTH"),
    ("home_address", "Kōwhai Street 18, 3015 Rotorua", "ADDRESS"),
]


@pytest.mark.parametrize(("key", "value", "kind"), PSQL_ROWS)
@pytest.mark.parametrize("pad", [1, 6, 14])
def test_a_key_padded_to_its_column_names_its_value(key, value, kind, pad):
    """psql's expanded display (`\\x`) pads every key to one column before the bar: the key
    still names the value however far the bar is."""
    width = max(len(k) for k, _, _ in PSQL_ROWS) + pad
    lines = [f"{k.ljust(width)}| {v}" for k, v, _ in PSQL_ROWS]
    text = "-[ RECORD 1 ]----+------------\nid" + " " * (width - 2) + "| 5512\n" + "\n".join(lines)
    text += "\n" + "plan".ljust(width) + "| Premium\n"
    assert covers(text, value, kind), found(text)
    assert untouched(text, "Premium")  # a key that names nothing keeps its value


SCREEN = [
    ("First name", "Aroha", "PERSON"),
    ("Last name", "Whitcombe", "PERSON"),
    ("Date of Birth", "03.11.1984", "DATE_OF_BIRTH"),
    ("Street/House number", "Unit 4, 27 Tainui Road", "ADDRESS"),
    ("Postal Code/City", "Ōtaki, 5512", "ADDRESS"),
]


@pytest.mark.parametrize(("label", "value", "kind"), SCREEN)
@pytest.mark.parametrize("indent", ["", "  "])
def test_a_screen_form_value_beside_its_label(label, value, kind, indent):
    """A screen form (SAP GUI, a terminal's form) writes label, blanks, value, the values of a
    block in one column: the label names the value beside it."""
    lines = [f"{indent}{lab.ljust(22)}{val}" for lab, val, _ in SCREEN]
    lines.append(f"{indent}{'Sales Order'.ljust(22)}4526091661   Net value 8,572.01")
    text = "Display Person: 1374442\n\n" + "\n".join(lines) + "\n"
    assert covers(text, value, kind), found(text)
    assert untouched(text, "4526091661")  # its label names no kind


@pytest.mark.parametrize(
    "text",
    [
        "We looked at the Name  field but it was empty.",  # one padded line in prose
        "  Surname    is what the form calls it\nand this line is prose, not a form.",
    ],
)
def test_a_padded_label_without_an_aligned_neighbour_is_no_form(text):
    """One line with two blanks after a label word is no form: its value column must be shared
    by the line above or below it."""
    assert not [k for k, _ in found(text) if k == "PERSON"], found(text)


# --- the parties a form names -----------------------------------------------------------------
PARTIES = [
    ("Vevő", "Szabó Kinga"),  # Hungarian buyer
    ("Anyja neve", "Kiss Erzsébet"),  # Hungarian mother's name
    ("Bên mua", "Trịnh Văn Khoa"),  # Vietnamese buyer
    ("Họ tên mẹ", "Lý Thị Hằng"),  # Vietnamese mother's full name
    ("Pembeli", "Nur Aisyah binti Kamal"),  # Malay buyer
    ("Pirkėjas", "Tomas Stankevičius"),  # Lithuanian buyer
    ("Müüja", "Liis Saar"),  # Estonian seller
    ("Kupac", "Dario Perković"),  # Croatian buyer
    ("Sprzedający", "Jan Wiśniewski"),  # Polish seller
    ("Vânzător", "Ioana Dobre"),  # Romanian seller
    ("Alıcı", "Emre Yıldız"),  # Turkish recipient
    ("Vårdnadshavare", "Sara Lindqvist"),  # Swedish guardian
    ("Huoltaja", "Aino Lehtinen"),  # Finnish guardian
    ("Consignee", "Ngaio Marsh"),
]


@pytest.mark.parametrize(("label", "name"), PARTIES)
def test_a_party_label_names_a_person(label, name):
    """The seller, buyer, recipient, guardian or mother a form or a contract names, in the
    label's language: a capitalised value is a person."""
    text = f"Contract no. 55/2024\n{label}: {name}, tel. on file\n"
    assert covers(text, name, "PERSON"), found(text)


@pytest.mark.parametrize(
    ("label", "company"),
    [
        ("Vevő", "Dunakanyar Kft."),
        ("Pirkėjas", "Baltic Parcel UAB"),
        ("Pembeli", "Maju Jaya Sdn Bhd"),
        ("Buyer", "Nordic Timber AB"),
        ("Kupac", "Jadran Trade d.o.o."),
    ],
)
def test_a_party_that_is_a_company_is_kept(label, company):
    """A party whose value carries a company's legal form is the company, not a person."""
    text = f"{label}: {company}\nTotal: 1 200 EUR\n"
    assert untouched(text, company), found(text)


@pytest.mark.parametrize("label", ["Seller", "Vevő", "Penerima"])
def test_a_party_label_wants_a_capitalised_value(label):
    """A party's value in lower case is prose (`seller: the usual one`)."""
    text = f"{label}: the usual one from last week\n"
    assert untouched(text, "the usual one"), found(text)


# --- addresses by the postal conventions of more countries ------------------------------------
ADDRESSES = [
    # Lithuania and Estonia: the flat after the house number and a dash, the postcode after
    "Savanorių pr. 131-7, LT-03150 Vilnius",
    "Kalnų g. 8A-14, LT-44280 Kaunas",
    "Tähe tn 41-3, 50103 Tartu",
    "Endla pst 12-5, 10122 Tallinn",
    "Peterburi mnt 2-17, 11415 Tallinn",
    # Croatia: a floor in Roman numerals or `kat`; a street named in the genitive after its noun
    "Vlaška ulica 72/III, 10000 Zagreb",
    "Zagrebačka cesta 7/2. kat, 21000 Split",
    "Ulica bana Jelačića 14, 31000 Osijek",
    # Hungary: the full stop after the house number, floor and door
    "Bartók Béla út 52. II/7, 1114 Budapest",
    "Petőfi Sándor utca 9. fsz. 2., 6720 Szeged",
    "Kossuth tér 3. 4. em. 11., 4026 Debrecen",
    # Vietnam: number, lane, street, then the ward, district and province
    "Số 12 ngõ 48 Tạ Quang Bửu, Phường Bách Khoa, Quận Hai Bà Trưng, Hà Nội",
    "45/7 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh",
    "18 đường Hùng Vương, P. Thạch Thang, Hải Châu, Đà Nẵng",
    "So 7 ngach 3 ngo 61 Lac Trung, Phuong Vinh Tuy, Hai Ba Trung, Ha Noi",
]


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize(
    "layout",
    ["Adresas: {a}.\nTelefonas: nėra", "1\t{a}\t1990-01-01", "Delivery to:\n{a}\n\nThanks"],
)
def test_an_address_in_its_countrys_convention(address, layout):
    """A street in its country's own writing (street word, house number with its flat or floor
    convention, postcode and town, or Vietnam's ward and district) is an address."""
    text = layout.format(a=address)
    assert covers(text, address, "ADDRESS"), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dunakanyar Kft., 1132 Budapest, Váci út 18. · Adószám: 12345678-2-41",
        "Baltic Parcel UAB\nSavanorių pr. 131-7, LT-03150 Vilnius\nTel. +370 5 200 0000",
        "Công ty TNHH Sao Mai | 45/7 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh",
        "Jadran Trade d.o.o., Vlaška ulica 72/III, 10000 Zagreb",
    ],
)
def test_a_companys_address_after_its_name_is_kept(text):
    """An address right after a company's name with its legal form (on its line or the line
    above) is the company's published address, not a person's."""
    assert "ADDRESS" not in [k for k, _ in found(text)], found(text)


def test_a_unit_before_a_street_starts_at_a_word():
    """A flat or door written before a street begins at a word: `D` + `e/City` inside a label
    `Postal Code/City` is no door."""
    text = "  Street/House number   Unit 4, 27 Tainui Road\n  Postal Code/City      Ōtaki, 5512\n"
    assert not any(k == "ADDRESS" and "Code" in v for k, v in found(text)), found(text)


# --- chat threads and label blocks ------------------------------------------------------------
POSTERS = ["Ngaire Tipene", "Jorge Ibáñez Roldán", "Ravi s/o Sundram", "Nurul binti Kassim"]


@pytest.mark.parametrize("poster", POSTERS)
@pytest.mark.parametrize("clock", ["14:07", "9:07 AM", "11:52 pm"])
def test_a_chat_header_names_its_poster(poster, clock):
    """A chat client's message copied with its header (display name, blanks, time, nothing else
    on the line: Slack, Teams, Google Chat) names the poster."""
    text = f"Can you summarise this thread?\n\n{poster}  {clock}\nthe export failed again\n"
    assert covers(text, poster, "PERSON"), found(text)


@pytest.mark.parametrize(
    "line", ["Standup Bot  9:00", "Release Notes  10:30", "Daily Report  08:15", "System  12:00"]
)
def test_a_chat_header_of_a_bot_or_a_document_is_no_person(line):
    """Roles, bots and documents posting at a time are no people."""
    text = f"{line}\nall checks passed\n"
    assert not [k for k, _ in found(text) if k == "PERSON"], found(text)


@pytest.mark.parametrize("handle", ["mereana", "tāne", "kowhai"])
def test_a_mention_opening_a_message_in_a_chat_thread(handle):
    """In a chat thread, a one-word mention that opens a message addresses a person, in any
    casing, even one no list knows."""
    text = f"Hemi Walker  10:02\n@{handle} can you check the order?\n"
    assert covers(text, handle, "PERSON"), found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hemi Walker  10:02\n@channel the build is green\n", "channel"),
        ("Hemi Walker  10:02\n@here the build is green\n", "here"),
        ("@dataclass\nclass Order:\n    id: int\n", "dataclass"),
        ("mail hemi@example.org about @mereana later\n", "mereana"),  # no chat header
    ],
)
def test_group_mentions_and_code_are_no_person(text, kept):
    """Slack's group mentions, a decorator on a line of code and a mention outside a thread
    whose handle no list knows are kept."""
    assert untouched(text, kept), found(text)


@pytest.mark.parametrize("label", ["RECIPIENT", "Címzett", "Penerima", "Người nhận", "Gavėjas"])
@pytest.mark.parametrize("name", ["MERE KAWHIA", "Tomasz Wróbel"])
def test_a_label_line_names_the_value_on_the_next_line(label, name):
    """A label alone on its line with a colon (a shipping label's or a letter's block) names the
    value on the next line."""
    text = f"Tracking: 00340434161094022115\n\n{label}:\n{name}\n14 Kōwhai Street\n"
    assert covers(text, name, "PERSON"), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "SENDER:\nKauri Freight Ltd\n14 Kōwhai Street\n",  # a company's block
        "name:\n  - build\n  - test\n",  # YAML: a list under a key
        "Customer:\nCustomer ID: 5512\n",  # another key on the next line
    ],
)
def test_a_label_line_over_a_company_a_list_or_a_key_names_no_person(text):
    assert not [k for k, _ in found(text) if k == "PERSON"], found(text)


# --- dates of birth: CLDR's long dates and the labels forms abbreviate ------------------------
@pytest.mark.parametrize(
    ("cue", "date"),
    [
        ("Gimimo data:", "1979 m. vasario 14 d."),  # Lithuanian: y 'm'. MMMM d 'd'.
        ("gimė", "2003 m. spalio 1 d."),
        ("Gim. data", "1988-12-30"),  # the label abbreviated
        ("Ngày sinh:", "9 tháng 12 năm 1990"),  # Vietnamese: d 'tháng' M 'năm' y
        ("sinh ngày", "1 tháng 1, 1975"),
        ("NS:", "30 tháng 4 năm 1961"),  # a field name only (a cue in prose would cost)
        ("Szül. idő:", "1977. május 8."),  # Hungarian, the label abbreviated
        ("Geb. datum:", "3 Junie 1969"),  # Afrikaans
    ],
)
def test_a_birth_date_in_its_languages_long_form_or_after_an_abbreviated_label(cue, date):
    text = f"Record 7\n{cue} {date}\nStatus: open\n"
    assert covers(text, date, "DATE_OF_BIRTH"), found(text)


@pytest.mark.parametrize(
    "key", ["Szül. idő (szülő)", "Geburtsdatum (TT.MM.JJJJ)", "Date of birth (guardian)"]
)
def test_a_key_with_a_hint_in_brackets_names_its_value(key):
    """A hint in brackets between a key and its colon (whose value, its format) is no part of
    the key: the key names the value."""
    text = f"Start: 2024-09-01\n{key}: 14.02.1981\n"
    assert covers(text, "14.02.1981", "DATE_OF_BIRTH"), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Giao hàng trước 5 tháng 8 năm 2024.",  # a delivery date, no cue
        "Sutartis pasirašyta 2024 m. kovo 3 d. Vilniuje.",  # a contract's date
        "Fizetési határidő (HUF): 2025. 06. 05.",  # a due date under a hint
    ],
)
def test_a_long_date_without_a_birth_cue_is_kept(text):
    assert "DATE_OF_BIRTH" not in [k for k, _ in found(text)], found(text)


# --- a name corroborated by its owner's mailbox -----------------------------------------------
@pytest.mark.parametrize(
    ("name", "mailbox"),
    [
        ("Tamati Ruawai", "t.ruawai@example.net"),
        ("IOANA DOBRESCU", "idobrescu88@example.net"),
        ("Nur Aisyah binti Kamal", "aisyah.kamal@example.net"),
        ("Đặng Thu Trang", "trang.dang@example.net"),
        ("Kęstutis Žemaitis", "zemaitis.k@example.net"),
    ],
)
@pytest.mark.parametrize("layout", ["Customer {n} ({m}) asked", "7\t{n}\t{m}\t+64 9 555 0101"])
def test_a_name_before_a_mailbox_that_spells_it(name, mailbox, layout):
    """Capitalised words right before a mailbox (in brackets, the next cell, after a comma or a
    dash) whose local part spells one of them are the mailbox owner's name, in any language."""
    text = layout.format(n=name, m=mailbox)
    assert covers(text, name, "PERSON"), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kauri Freight Support (support@kauri.example)",  # a role's mailbox
        "Kauri Freight Ltd (kauri.freight@example.net)",  # a company
        "Release Notes (notes@example.net)",  # the local part spells no name word before it
        "Ruawai Estate (orders@example.net)",
    ],
)
def test_a_role_a_company_or_an_unrelated_mailbox_names_no_person(text):
    assert not [k for k, _ in found(text) if k == "PERSON"], found(text)


@pytest.mark.parametrize(
    "address",
    [
        "6722 Szeged, Petőfi Sándor utca 9. fsz. 2.",
        "Győr, Bartók Béla út 52. II/7, 9021",
        "1114 Budapest, Kossuth tér 3",  # (its full stop at the line's end may be a sentence's)
    ],
)
@pytest.mark.parametrize("layout", ["Lakcím: {a}\nTelefon: nincs", "Vevő: Kiss Anna\n{a}\n"])
def test_a_hungarian_address_with_its_town_first(address, layout):
    """Hungary's post writes the postcode and town before the street (or the town first and
    the postcode last): they belong to the address."""
    text = layout.format(a=address)
    assert covers(text, address, "ADDRESS"), found(text)


def test_a_town_in_a_sentence_before_a_street_stays_prose():
    text = "We met in Paris, Kossuth tér 3. was closed"
    assert untouched(text, "Paris"), found(text)


def test_a_name_before_a_street_is_no_town():
    """Without a postcode before it or after the street, the words before a street are not its
    town (a person's name: `Wynajmujący: Olga Zbróg, ulica Polna 174, ...`)."""
    text = "Wynajmujący: Halina Kędzior, ulica Polna 174, 34-722 Gdańsk\n"
    assert covers(text, "Halina Kędzior", "PERSON"), found(text)
    assert covers(text, "ulica Polna 174, 34-722 Gdańsk", "ADDRESS"), found(text)
