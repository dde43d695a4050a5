"""Address parts in records (tenth pass), written from the rule: in a record that has a street's
field, the postcode's field (zip, postcode, postal_code, PLZ, CAP, code postal, CEP, ...) and a
line that holds the town with its postcode (line2, city_line, postcodeCity) are part of the
address, in JSON, YAML, key: value forms, PHP arrays, CSV, TSV and SQL; a vCard's ADR gives its
street and postcode. A town alone is kept (shared by thousands), and so is a postcode's field in
a record without a street (a shop's or a weather station's)."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, found, untouched

# (street, postcode, town) as each country writes them
PLACES = (
    ("van Bovensingel 177", "1424 WJ", "Amsterdam"),
    ("240 High St", "M8S 8H1", "Ottawa"),
    ("136 Kingsway Street", "E20 3QU", "Cardiff"),
    ("Alameda Gonçalves, 220", "4559-312", "Coimbra"),
    ("Gartenstr. 56", "68018", "Halle (Saale)"),
    ("Im Käser 204", "CH-2349", "Bern"),
)
POSTCODE_KEYS = (
    "zip",
    "postcode",
    "postal_code",
    "postalCode",
    "plz",
    "cap",
    "code_postal",
    "kod_pocztowy",
)
STREET_KEYS = ("street", "line1", "address_line1", "strasse", "rue", "address")


def _layouts(
    street_key: str, street: str, postcode_key: str, postcode: str, town: str
) -> list[tuple[str, bool]]:
    """The same record in each layout, and whether its town stays (a header-less CSV row's
    street, postcode and town cells are read as one address by the row rule of an earlier pass)."""
    return [
        (
            f'{{"{street_key}": "{street}", "{postcode_key}": "{postcode}", "city": "{town}", "country": "XX"}}',
            True,
        ),
        (
            f'address:\n  {street_key}: {street}\n  {postcode_key}: "{postcode}"\n  city: {town}\nplan:\n  tier: gold\n',
            True,
        ),
        (
            f"{street_key}: {street}\n{postcode_key}: {postcode}\ncity: {town}\nnewsletter: 1\n",
            True,
        ),
        (
            f"Array\n(\n    [{street_key}] => {street}\n    [{postcode_key}] => {postcode}\n    [city] => {town}\n)\n",
            True,
        ),
        (f"name;{street_key};{postcode_key};city\nAnna;{street};{postcode};{town}\n", False),
    ]


@pytest.mark.parametrize(("street", "postcode", "town"), PLACES)
@pytest.mark.parametrize("postcode_key", POSTCODE_KEYS)
@pytest.mark.parametrize("street_key", STREET_KEYS)
def test_postcode_field_beside_a_street_field(
    street: str, postcode: str, town: str, postcode_key: str, street_key: str
) -> None:
    for text, town_kept in _layouts(street_key, street, postcode_key, postcode, town):
        assert covers(text, postcode, "ADDRESS"), text
        assert untouched(text, town) or not town_kept, text


@pytest.mark.parametrize(
    "line",
    (
        "Boise, OR 49191",
        "5596FS Den Haag",
        "16034 Lecce (RM)",
        "Townsville VIC 7118",
        "Leeds E0T 9PX",
    ),
)
@pytest.mark.parametrize("key", ("line2", "address_line2", "city_line", "postcodeCity"))
def test_town_line_with_its_postcode(line: str, key: str) -> None:
    text = f'"address": {{"line1": "7891 Sarah Union", "{key}": "{line}"}}, "last_ip": "x"'
    assert covers(text, line, "ADDRESS")


def test_sql_columns_name_the_town_line() -> None:
    text = (
        "INSERT INTO customers (id, first_name, street, city_line, created_at) VALUES\n"
        "  (27246, 'Tom', '187 Sinclair Way', 'Leeds E0T 9PX', '2025-07-20'),\n"
        "  (27247, 'Ann', '5 Hutchinson Grove', 'York RM5 1AL', '2025-07-21');\n"
    )
    assert covers(text, "Leeds E0T 9PX", "ADDRESS")
    assert covers(text, "York RM5 1AL", "ADDRESS")


@pytest.mark.parametrize("postcode_key", POSTCODE_KEYS)
def test_postcode_field_without_a_street_is_kept(postcode_key: str) -> None:
    text = f'{{"store": "Centraal", "{postcode_key}": "1012 AB", "opening_hours": "9-18"}}'
    assert untouched(text, "1012 AB")


@pytest.mark.parametrize("town", ("Namur", "South Brisbane", "Sint-Niklaas"))
def test_town_alone_is_kept(town: str) -> None:
    text = f'{{"line1": "Boulevard la Loi 235", "city": "{town}", "country": "BE"}}'
    assert untouched(text, town)


@pytest.mark.parametrize(("street", "postcode", "town"), PLACES)
@pytest.mark.parametrize("kind", ("ADR;TYPE=HOME:", "ADR:", "adr;type=work:"))
def test_vcard_address_street_and_postcode(
    street: str, postcode: str, town: str, kind: str
) -> None:
    text = (
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\n{kind};;{street};{town};;{postcode};XX\nEND:VCARD\n"
    )
    assert covers(text, street, "ADDRESS")
    assert covers(text, postcode, "ADDRESS")
    assert not [v for k, v in found(text) if k == "ADDRESS" and town in v and street not in v]


# A transcript's answer to a question that ends by asking for the address: after the speaker's
# label and the name with its comma, the rest of the line (when it holds a number).
ASK_ADDRESS = (
    "Can you confirm your name and address?",
    "¿Me confirma su nombre y dirección?",
    "können sie mir name und anschrift bestätigen?",
    "Pouvez-vous me donner votre nom et votre adresse ?",
    "Mag ik uw naam en adres?",
)
ANSWERS = (
    "apt 3406, marina heights tower, 2nd december street al barsha 2 dubai, uae",
    "plaza del pilar, 113 50041 zaragoza",
    "Suite 461, 2397 Rue Saint-Paul O Vancouver BC V4P 3B5",
    "spalenberg 86 c 1069 lausanne",
)


@pytest.mark.parametrize("question", ASK_ADDRESS)
@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("name", ("omar benali, ", "Luo Zihan, "))
def test_answer_to_a_question_for_the_address(question: str, answer: str, name: str) -> None:
    text = (
        f"[09:20] Agent: {question}\n[09:22] Customer: {name}{answer}\n[09:23] Customer: thanks\n"
    )
    assert covers(text, answer, "ADDRESS")


@pytest.mark.parametrize(
    "question",
    (
        "What is your email address?",
        "What is the IP address?",
        "Wilt u mijn adres wijzigen naar Molenlaan 43, 9711 LM Groningen?",
        "What is the order number?",
    ),
)
def test_answer_to_another_question_is_no_address(question: str) -> None:
    text = f"[12:44] Evie: {question}\n[12:45] Agent: Klantnummer 0423620126 heeft een tegoed van 999,91 EUR\n"
    assert untouched(text, "heeft een tegoed")
