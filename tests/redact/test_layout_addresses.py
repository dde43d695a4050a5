"""Addresses across layouts (red17), each family from its public convention, in the five
languages, and each with its opposite: what looks alike and must stay.

- vCard (RFC 6350) and iCalendar (RFC 5545) escape a value's commas (`\\,`) and fold long lines
  (a line break and one blank); an ADR's locality that holds a postcode is the address's last line.
- A query string (application/x-www-form-urlencoded) writes blanks as `+` and commas as `%2C`.
- A record gives the postcode and town in the field after the street's.
- PDF text and OCR wrap a word with a hyphen; a building's name stands before the street.
- Ecuador numbers a door by axis, block and door (N56-143) and names the cross street.
- An IBAN has its country's registered length; a field's IBAN ends where the IBAN ends.
"""

from __future__ import annotations

import pytest
from stdnum import iban as stdnum_iban

from consentry.redact import validators as v
from tests.redact.helpers import REDACTOR, covers, found, untouched

# (street, locality with postcode, a town alone) per language
STREETS = (
    ("en", "221 Baker Street", "London NW1 6XE", "Bristol"),
    ("de", "Hauptstraße 12", "10115 Berlin", "Köln"),
    ("fr", "12 rue des Lilas", "69003 Lyon", "Namur"),
    ("es", "Calle Mayor 7", "28013 Madrid", "Sevilla"),
    ("nl", "Keizersgracht 123", "1016 GV Amsterdam", "Utrecht"),
)


def _esc(value: str) -> str:
    """A vCard's or an iCalendar's text value: commas and semicolons escaped (RFC 6350 3.4)."""
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str, width: int = 30) -> str:
    """A content line folded every `width` characters (RFC 6350 3.2): CRLF and one blank."""
    return "\r\n ".join(line[i : i + width] for i in range(0, len(line), width))


@pytest.mark.parametrize(("lang", "street", "locality", "town"), STREETS)
@pytest.mark.parametrize("folded", [False, True])
def test_vcard_adr_street_and_postal_locality(
    lang: str, street: str, locality: str, town: str, folded: bool
) -> None:
    unit = f"{street}, 2. OG" if lang == "de" else street
    adr = f"ADR;TYPE=home:;;{_esc(unit)};{locality};;;"
    card = f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Test Person\r\n{_fold(adr) if folded else adr}\r\nEND:VCARD"
    unfolded = card.replace("\r\n ", "")
    assert unfolded.count(locality) == 1
    # every character of the street and of the locality lies in an address finding
    spans = [(f.start, f.end) for f in REDACTOR.find(card) if f.kind == "ADDRESS"]
    head = card.index("ADR")
    value_start = card.index(";;", head) + 2
    letters = [i for i in range(value_start, card.index(";;;", value_start)) if card[i].isalnum()]
    assert letters and all(any(a <= i < b for a, b in spans) for i in letters)
    # the opposite: a locality with no postcode (a town alone) is kept
    alone = f"BEGIN:VCARD\r\nVERSION:4.0\r\nADR;TYPE=home:;;{_esc(street)};{town};;;\r\nEND:VCARD"
    assert covers(alone, street, "ADDRESS") and untouched(alone, town)


@pytest.mark.parametrize(("lang", "street", "locality", "town"), STREETS)
def test_icalendar_location_with_escaped_commas(
    lang: str, street: str, locality: str, town: str
) -> None:
    location = f"{street}, {locality}"
    cal = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20270101T090000Z\r\n"
        f"LOCATION:{_esc(location)}\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    assert covers(cal, _esc(location), "ADDRESS")
    # the opposite: a place that is no one's address (a room, an online meeting) is kept
    room = cal.replace(_esc(location), _esc(f"Room 4, {town} office, online"))
    assert not any(k == "ADDRESS" for k, _ in found(room))


@pytest.mark.parametrize(("lang", "street", "locality", "town"), STREETS)
def test_query_string_address_and_its_postal_field(
    lang: str, street: str, locality: str, town: str
) -> None:
    def q(s: str) -> str:
        return s.replace(",", "%2C").replace(" ", "+")

    url = f"https://example.org/form?name=X&street={q(street + ', 3')}&city={q(locality)}&ok=1"
    assert covers(url, q(street), "ADDRESS")
    assert covers(url, q(locality), "ADDRESS")
    # the opposite: a town alone in the next field, and counts written the same way, are kept
    other = (
        f"https://example.org/form?street={q(street)}&city={q(town)}&q={q('12 apples, 3 pears')}"
    )
    assert untouched(other, q(town)) and untouched(other, q("12 apples, 3 pears"))


NEXT_FIELD = (
    "street: {s}\n    postal: {p}\n    phone_ok: yes\n",
    "<tr><td>Anna</td><td>{s}</td><td>{p}</td><td>open</td></tr>",
    '<label for="a">A</label>\n  <input id="a" name="a" value="{s}">\n  <label for="b">B</label>\n  <input id="b" name="b" value="{p}">',
    '{{"line1": "{s}", "line2": "{p}", "status": "open"}}',
    "{s};{p};open",
)


@pytest.mark.parametrize("layout", NEXT_FIELD)
@pytest.mark.parametrize(("lang", "street", "locality", "town"), STREETS)
def test_postal_line_in_the_next_field(
    layout: str, lang: str, street: str, locality: str, town: str
) -> None:
    text = layout.format(s=street, p=locality)
    assert covers(text, street, "ADDRESS") and covers(text, locality, "ADDRESS")
    # the opposite: a town alone in the next field is kept
    alone = layout.format(s=street, p=town)
    assert untouched(alone, town)


def test_postal_line_needs_an_address_before_it() -> None:
    # a postcode-like value after a field that is no address (an amount, a product) is kept
    for text in (
        "<tr><td>Widget Pro</td><td>2000 Units</td></tr>",
        "product: Widget Pro\n    batch: 1200 Lots\n",
    ):
        assert not any(k == "ADDRESS" for k, _ in found(text)), text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Envoyez-le au 12 boule-\nvard Voltaire, 75011 Paris.",
            "12 boule-\nvard Voltaire, 75011 Paris",
        ),
        ("Schicken Sie es an Haupt-\nstraße 12, 10115 Berlin.", "Haupt-\nstraße 12, 10115 Berlin"),
        ("Mándelo a Calle de Alca-\nlá 45, 28014 Madrid.", "Calle de Alca-\nlá 45, 28014 Madrid"),
    ],
)
def test_hyphen_wrapped_street(text: str, address: str) -> None:
    assert covers(text, address, "ADDRESS")


def test_hyphen_wrap_is_not_a_join_of_other_words() -> None:
    # a dash at a line's end before a capital or a digit is no broken word
    text = "Warteliste -\nHauptstraße ist gesperrt, Tor 12 -\n3 Tage"
    assert not any(k == "ADDRESS" for k, _ in found(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Résidence Les Acacias\n12 rue des Lilas\n69003 Lyon", "Résidence Les Acacias"),
        (
            "Merci d'écrire au Le Millefiori, 33 boulevard des Moulins, 98000 Monaco.",
            "Le Millefiori",
        ),
        ("Please send it to 'Dar il-Ward', 32, Triq San Pawl, Attard ATD 1411.", "'Dar il-Ward'"),
        ("Villa Les Pins, 1 boulevard des Moulins, 98000 Monaco", "Villa Les Pins"),
        ("Edificio Sol, Calle Mayor 7, 28013 Madrid", "Edificio Sol"),
    ],
)
def test_building_name_before_the_street(text: str, address: str) -> None:
    assert covers(text, address, "ADDRESS")


def test_building_words_without_an_address_are_kept() -> None:
    for text in (
        "Le Monde, 12 articles ce mois-ci.",
        "La Poste ferme à 18 h.",
        "'Dar il-Ward' is a song.",
    ):
        assert not any(k == "ADDRESS" for k, _ in found(text)), text


@pytest.mark.parametrize(
    "address",
    [
        "Av. Amazonas N56-143 y Calle Veintimilla, Quito 170135",
        "Av. de los Shyris N38-56 y Av. Naciones Unidas, Cuenca 010107",
        "Calle Larrea Oe3-25 y Av. Colón, Manta 130105",
        "Av. 9 de Octubre S12-40, Guayaquil 090313",
    ],
)
def test_ecuador_block_and_door_numbers(address: str) -> None:
    for text in (f"Envíen la documentación a {address}, por favor.", f"Dirección: {address}\n"):
        assert covers(text, address, "ADDRESS")


def test_ecuador_number_shapes_alone_are_kept() -> None:
    text = "El modelo N56-143 y la serie S12-40 llegan el lunes."
    assert not any(k == "ADDRESS" for k, _ in found(text))


@pytest.mark.parametrize("street", ["14 Triq San Pawl", "28, Triq il-Kbira", "9 Triq tal-Ħriereb"])
def test_malta_street_word_first(street: str) -> None:
    text = f"Address: {street}, Sliema SLM 1553"
    assert covers(text, f"{street}, Sliema SLM 1553", "ADDRESS")


# --- IBANs ------------------------------------------------------------------------------------
VALID = (
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606",
    "ES9121000418450200051332",
    "NL91ABNA0417164300",
    "BE71096123456769",
    "AT611904300234573201",
)


def _mod97_prefix_of_failed(valid: str) -> str:
    """A failed IBAN (one digit changed) a prefix of which passes mod-97 at a length that is not
    its country's: the 1 in 97 the registry length rules out."""
    for pos in range(len(valid) - 1, 4, -1):
        for d in "0123456789":
            if not valid[pos].isdigit() or d == valid[pos]:
                continue
            bad = valid[:pos] + d + valid[pos + 1 :]
            if stdnum_iban.is_valid(bad):
                continue
            for n in range(15, len(bad)):
                if v.iban_mod97(bad[:n]):
                    return bad
    raise AssertionError("no such prefix")


@pytest.mark.parametrize("valid", VALID)
def test_iban_only_at_its_registered_length(valid: str) -> None:
    assert stdnum_iban.is_valid(valid)
    assert v.iban_span(valid + " next") == len(valid)
    assert v.IBAN_LENGTHS[valid[:2]] == len(valid)
    bad = _mod97_prefix_of_failed(valid)
    assert v.iban_span(bad) == 0
    text = f"IBAN: {bad}"
    assert not any(k == "IBAN" for k, _ in found(text))


@pytest.mark.parametrize(
    ("key", "after"),
    [
        ("Account", "2 of the invoice"),
        ("Konto", "3 Tage nach Rechnung"),
        ("Compte", "2 de la facture"),
        ("Cuenta", "2 de la factura"),
        ("Rekening", "2 van de factuur"),
    ],
)
@pytest.mark.parametrize("valid", ["DE89 3704 0044 0532 0130 00", "ES91 2100 0418 4502 0005 1332"])
def test_field_iban_ends_where_the_iban_ends(key: str, after: str, valid: str) -> None:
    text = f"{key}: {valid} {after}"
    assert covers(text, valid, "IBAN")
    assert untouched(text, after)


# --- HTML records: a form control's name, a table's header cells ------------------------------
CONTROLS = (
    ("date_of_birth", "1980-05-31", "DATE_OF_BIRTH", "order_date"),
    ("Geburtsdatum", "31.05.1980", "DATE_OF_BIRTH", "Lieferdatum"),
    ("date_de_naissance", "31/05/1980", "DATE_OF_BIRTH", "date_de_livraison"),
    ("fecha_de_nacimiento", "31/05/1980", "DATE_OF_BIRTH", "fecha_de_entrega"),
    ("geboortedatum", "31-05-1980", "DATE_OF_BIRTH", "leverdatum"),
)


@pytest.mark.parametrize(("name", "value", "kind", "other"), CONTROLS)
def test_html_form_control_value_under_its_name(
    name: str, value: str, kind: str, other: str
) -> None:
    form = f'<form>\n  <label for="a">A</label>\n  <input id="a" name="{name}" value="{value}">\n</form>'
    assert covers(form, value, kind)
    # the opposite: the same value under a control that names no one's data is kept
    assert untouched(form.replace(f'name="{name}"', f'name="{other}"'), value)


HEADERS = (
    ("Name", "Date of birth", "Due date"),
    ("Name", "Geburtsdatum", "Fällig am"),
    ("Nom", "Date de naissance", "Échéance"),
    ("Nombre", "Fecha de nacimiento", "Vencimiento"),
    ("Naam", "Geboortedatum", "Vervaldatum"),
)


@pytest.mark.parametrize(("name", "born", "due"), HEADERS)
def test_html_table_cells_under_their_header(name: str, born: str, due: str) -> None:
    table = (
        f"<table>\n  <tr><th>{name}</th><th>{born}</th><th>{due}</th></tr>\n"
        "  <tr><td>Anna Berger</td><td>07.11.1972</td><td>28.02.2026</td></tr>\n</table>"
    )
    assert covers(table, "07.11.1972", "DATE_OF_BIRTH")
    assert untouched(table, "28.02.2026")  # the opposite: a due date's column is kept


# --- a postal line wrapped, Argentina's bracketed postcodes, a form's dot leaders --------------
@pytest.mark.parametrize(
    "address",
    [
        "Kastanjelaan 27A, 1016\nGV Amsterdam",
        "Sporgasse 116, 1070\nWien",
        "250, boulevard Royal, L-9001\nEttelbruck",
        "Calle Mayor 7, 28013\nMadrid",
    ],
)
def test_postal_line_wrapped_after_its_postcode(address: str) -> None:
    text = f"Please send the papers to {address} soon."
    assert covers(text, address, "ADDRESS")


def test_a_year_before_a_line_break_is_no_postcode() -> None:
    text = "We met in 2019\nBerlin was cold."
    assert not any(k == "ADDRESS" for k, _ in found(text))


@pytest.mark.parametrize(
    "address",
    [
        "Bv. Oroño 4725, (M5500) Mendoza",
        "Av. Corrientes 2160, (C1425BGH) CABA",
        "Calle Florida 3301, (X5000) Córdoba",
    ],
)
def test_argentina_bracketed_postcode(address: str) -> None:
    assert covers(f"Envíen la documentación a {address}, por favor.", address, "ADDRESS")


def test_form_dot_leaders_separate_label_and_postal_line() -> None:
    text = "Street . . . 107 Main Street  |\nTown . . . Attard ATD 1411  |\nPhone . . . n/a"
    assert covers(text, "107 Main Street", "ADDRESS") and covers(text, "Attard ATD 1411", "ADDRESS")
    # the opposite: a town alone under the leaders is kept
    assert untouched(text.replace("Attard ATD 1411", "Attard"), "Attard")


def test_query_string_email_with_a_plus_stays_whole() -> None:
    # a value holding a bare `@` is not form-encoded: its `+` is the mailbox's own
    url = "GET /track?email=linnea+shop@web.de&ref=42 HTTP/1.1"
    assert covers(url, "linnea+shop@web.de", "EMAIL")


def test_a_postcode_at_a_line_end_does_not_take_the_next_lines_label() -> None:
    text = "Adresse: Hauptstraße 12, 10115\nTelefon: 030 1234567"
    assert untouched(text, "Telefon")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "<td>188, route d&#x27;Arlon, L-8001 Strassen</td>",
            "188, route d&#x27;Arlon, L-8001 Strassen",
        ),
        (
            "<p>Adresse : 12 rue de l&apos;Église, 69003 Lyon</p>",
            "12 rue de l&apos;Église, 69003 Lyon",
        ),
    ],
)
def test_html_character_references_inside_an_address(text: str, address: str) -> None:
    assert covers(text, address, "ADDRESS")


def test_decoded_view_maps_every_character_back() -> None:
    from consentry.redact.address_records import decoded_view

    text = (
        "BEGIN:VCARD\r\nNOTE:a\\, b\\nc\r\n d\r\nEND:VCARD ?x=Gen%C3%A8ve+1&y=d&#x27;A boule-\nvard"
    )
    view = decoded_view(text)
    assert view is not None and len(view.starts) == len(view.ends) == len(view.text)
    for i, ch in enumerate(view.text):
        src = text[view.starts[i] : view.ends[i]]
        assert src == ch or src == "+" or len(src) > 1, (i, ch, src)  # itself or its escape
    assert "Genève 1" in view.text and "d'A" in view.text and "boulevard" in view.text
    assert "a, b\ncd" in view.text  # the escapes read and the folded line joined
